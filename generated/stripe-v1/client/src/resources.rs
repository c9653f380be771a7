//! The API's resources: borrowed views of a [`Client`], reached with accessors
//! (`client.customers().tax_ids()`), whose methods are the resource's operations. A view costs
//! nothing: it holds a reference to the client and nothing else.
use crate::Client;
impl Client {
    /// The `three_d_secure` operations.
    pub fn three_d_secure(&self) -> ThreeDSecure<'_> {
        ThreeDSecure { client: self }
    }
    /// The `account` operations.
    pub fn account(&self) -> Account<'_> {
        Account { client: self }
    }
    /// The `account_links` operations.
    pub fn account_links(&self) -> AccountLinks<'_> {
        AccountLinks { client: self }
    }
    /// The `accounts` operations.
    pub fn accounts(&self) -> Accounts<'_> {
        Accounts { client: self }
    }
    /// The `apple_pay` operations.
    pub fn apple_pay(&self) -> ApplePay<'_> {
        ApplePay { client: self }
    }
    /// The `application_fees` operations.
    pub fn application_fees(&self) -> ApplicationFees<'_> {
        ApplicationFees { client: self }
    }
    /// The `balance` operations.
    pub fn balance(&self) -> Balance<'_> {
        Balance { client: self }
    }
    /// The `balance_transactions` operations.
    pub fn balance_transactions(&self) -> BalanceTransactions<'_> {
        BalanceTransactions {
            client: self,
        }
    }
    /// The `billing_portal` operations.
    pub fn billing_portal(&self) -> BillingPortal<'_> {
        BillingPortal { client: self }
    }
    /// The `bitcoin` operations.
    pub fn bitcoin(&self) -> Bitcoin<'_> {
        Bitcoin { client: self }
    }
    /// The `charges` operations.
    pub fn charges(&self) -> Charges<'_> {
        Charges { client: self }
    }
    /// The `checkout` operations.
    pub fn checkout(&self) -> Checkout<'_> {
        Checkout { client: self }
    }
    /// The `country_specs` operations.
    pub fn country_specs(&self) -> CountrySpecs<'_> {
        CountrySpecs { client: self }
    }
    /// The `coupons` operations.
    pub fn coupons(&self) -> Coupons<'_> {
        Coupons { client: self }
    }
    /// The `credit_notes` operations.
    pub fn credit_notes(&self) -> CreditNotes<'_> {
        CreditNotes { client: self }
    }
    /// The `customers` operations.
    pub fn customers(&self) -> Customers<'_> {
        Customers { client: self }
    }
    /// The `disputes` operations.
    pub fn disputes(&self) -> Disputes<'_> {
        Disputes { client: self }
    }
    /// The `ephemeral_keys` operations.
    pub fn ephemeral_keys(&self) -> EphemeralKeys<'_> {
        EphemeralKeys { client: self }
    }
    /// The `events` operations.
    pub fn events(&self) -> Events<'_> {
        Events { client: self }
    }
    /// The `exchange_rates` operations.
    pub fn exchange_rates(&self) -> ExchangeRates<'_> {
        ExchangeRates { client: self }
    }
    /// The `file_links` operations.
    pub fn file_links(&self) -> FileLinks<'_> {
        FileLinks { client: self }
    }
    /// The `files` operations.
    pub fn files(&self) -> Files<'_> {
        Files { client: self }
    }
    /// The `identity` operations.
    pub fn identity(&self) -> Identity<'_> {
        Identity { client: self }
    }
    /// The `invoiceitems` operations.
    pub fn invoiceitems(&self) -> Invoiceitems<'_> {
        Invoiceitems { client: self }
    }
    /// The `invoices` operations.
    pub fn invoices(&self) -> Invoices<'_> {
        Invoices { client: self }
    }
    /// The `issuer_fraud_records` operations.
    pub fn issuer_fraud_records(&self) -> IssuerFraudRecords<'_> {
        IssuerFraudRecords { client: self }
    }
    /// The `issuing` operations.
    pub fn issuing(&self) -> Issuing<'_> {
        Issuing { client: self }
    }
    /// The `mandates` operations.
    pub fn mandates(&self) -> Mandates<'_> {
        Mandates { client: self }
    }
    /// The `order_returns` operations.
    pub fn order_returns(&self) -> OrderReturns<'_> {
        OrderReturns { client: self }
    }
    /// The `orders` operations.
    pub fn orders(&self) -> Orders<'_> {
        Orders { client: self }
    }
    /// The `payment_intents` operations.
    pub fn payment_intents(&self) -> PaymentIntents<'_> {
        PaymentIntents { client: self }
    }
    /// The `payment_methods` operations.
    pub fn payment_methods(&self) -> PaymentMethods<'_> {
        PaymentMethods { client: self }
    }
    /// The `payouts` operations.
    pub fn payouts(&self) -> Payouts<'_> {
        Payouts { client: self }
    }
    /// The `plans` operations.
    pub fn plans(&self) -> Plans<'_> {
        Plans { client: self }
    }
    /// The `prices` operations.
    pub fn prices(&self) -> Prices<'_> {
        Prices { client: self }
    }
    /// The `products` operations.
    pub fn products(&self) -> Products<'_> {
        Products { client: self }
    }
    /// The `promotion_codes` operations.
    pub fn promotion_codes(&self) -> PromotionCodes<'_> {
        PromotionCodes { client: self }
    }
    /// The `quotes` operations.
    pub fn quotes(&self) -> Quotes<'_> {
        Quotes { client: self }
    }
    /// The `radar` operations.
    pub fn radar(&self) -> Radar<'_> {
        Radar { client: self }
    }
    /// The `recipients` operations.
    pub fn recipients(&self) -> Recipients<'_> {
        Recipients { client: self }
    }
    /// The `refunds` operations.
    pub fn refunds(&self) -> Refunds<'_> {
        Refunds { client: self }
    }
    /// The `reporting` operations.
    pub fn reporting(&self) -> Reporting<'_> {
        Reporting { client: self }
    }
    /// The `reviews` operations.
    pub fn reviews(&self) -> Reviews<'_> {
        Reviews { client: self }
    }
    /// The `setup_attempts` operations.
    pub fn setup_attempts(&self) -> SetupAttempts<'_> {
        SetupAttempts { client: self }
    }
    /// The `setup_intents` operations.
    pub fn setup_intents(&self) -> SetupIntents<'_> {
        SetupIntents { client: self }
    }
    /// The `sigma` operations.
    pub fn sigma(&self) -> Sigma<'_> {
        Sigma { client: self }
    }
    /// The `skus` operations.
    pub fn skus(&self) -> Skus<'_> {
        Skus { client: self }
    }
    /// The `sources` operations.
    pub fn sources(&self) -> Sources<'_> {
        Sources { client: self }
    }
    /// The `subscription_items` operations.
    pub fn subscription_items(&self) -> SubscriptionItems<'_> {
        SubscriptionItems { client: self }
    }
    /// The `subscription_schedules` operations.
    pub fn subscription_schedules(&self) -> SubscriptionSchedules<'_> {
        SubscriptionSchedules {
            client: self,
        }
    }
    /// The `subscriptions` operations.
    pub fn subscriptions(&self) -> Subscriptions<'_> {
        Subscriptions { client: self }
    }
    /// The `tax_codes` operations.
    pub fn tax_codes(&self) -> TaxCodes<'_> {
        TaxCodes { client: self }
    }
    /// The `tax_rates` operations.
    pub fn tax_rates(&self) -> TaxRates<'_> {
        TaxRates { client: self }
    }
    /// The `terminal` operations.
    pub fn terminal(&self) -> Terminal<'_> {
        Terminal { client: self }
    }
    /// The `tokens` operations.
    pub fn tokens(&self) -> Tokens<'_> {
        Tokens { client: self }
    }
    /// The `topups` operations.
    pub fn topups(&self) -> Topups<'_> {
        Topups { client: self }
    }
    /// The `transfers` operations.
    pub fn transfers(&self) -> Transfers<'_> {
        Transfers { client: self }
    }
    /// The `webhook_endpoints` operations.
    pub fn webhook_endpoints(&self) -> WebhookEndpoints<'_> {
        WebhookEndpoints { client: self }
    }
}
/// The `three_d_secure` operations.
#[derive(Debug, Clone, Copy)]
pub struct ThreeDSecure<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> ThreeDSecure<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `account` operations.
#[derive(Debug, Clone, Copy)]
pub struct Account<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Account<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `account.bank_accounts` operations.
    pub fn bank_accounts(&self) -> AccountBankAccounts<'c> {
        AccountBankAccounts {
            client: self.client,
        }
    }
    /// The `account.capabilities` operations.
    pub fn capabilities(&self) -> AccountCapabilities<'c> {
        AccountCapabilities {
            client: self.client,
        }
    }
    /// The `account.external_accounts` operations.
    pub fn external_accounts(&self) -> AccountExternalAccounts<'c> {
        AccountExternalAccounts {
            client: self.client,
        }
    }
    /// The `account.people` operations.
    pub fn people(&self) -> AccountPeople<'c> {
        AccountPeople {
            client: self.client,
        }
    }
    /// The `account.persons` operations.
    pub fn persons(&self) -> AccountPersons<'c> {
        AccountPersons {
            client: self.client,
        }
    }
}
/// The `account.bank_accounts` operations.
#[derive(Debug, Clone, Copy)]
pub struct AccountBankAccounts<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> AccountBankAccounts<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `account.capabilities` operations.
#[derive(Debug, Clone, Copy)]
pub struct AccountCapabilities<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> AccountCapabilities<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `account.external_accounts` operations.
#[derive(Debug, Clone, Copy)]
pub struct AccountExternalAccounts<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> AccountExternalAccounts<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `account.people` operations.
#[derive(Debug, Clone, Copy)]
pub struct AccountPeople<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> AccountPeople<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `account.persons` operations.
#[derive(Debug, Clone, Copy)]
pub struct AccountPersons<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> AccountPersons<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `account_links` operations.
#[derive(Debug, Clone, Copy)]
pub struct AccountLinks<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> AccountLinks<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `accounts` operations.
#[derive(Debug, Clone, Copy)]
pub struct Accounts<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Accounts<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `accounts.bank_accounts` operations.
    pub fn bank_accounts(&self) -> AccountsBankAccounts<'c> {
        AccountsBankAccounts {
            client: self.client,
        }
    }
    /// The `accounts.capabilities` operations.
    pub fn capabilities(&self) -> AccountsCapabilities<'c> {
        AccountsCapabilities {
            client: self.client,
        }
    }
    /// The `accounts.external_accounts` operations.
    pub fn external_accounts(&self) -> AccountsExternalAccounts<'c> {
        AccountsExternalAccounts {
            client: self.client,
        }
    }
    /// The `accounts.people` operations.
    pub fn people(&self) -> AccountsPeople<'c> {
        AccountsPeople {
            client: self.client,
        }
    }
    /// The `accounts.persons` operations.
    pub fn persons(&self) -> AccountsPersons<'c> {
        AccountsPersons {
            client: self.client,
        }
    }
}
/// The `accounts.bank_accounts` operations.
#[derive(Debug, Clone, Copy)]
pub struct AccountsBankAccounts<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> AccountsBankAccounts<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `accounts.capabilities` operations.
#[derive(Debug, Clone, Copy)]
pub struct AccountsCapabilities<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> AccountsCapabilities<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `accounts.external_accounts` operations.
#[derive(Debug, Clone, Copy)]
pub struct AccountsExternalAccounts<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> AccountsExternalAccounts<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `accounts.people` operations.
#[derive(Debug, Clone, Copy)]
pub struct AccountsPeople<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> AccountsPeople<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `accounts.persons` operations.
#[derive(Debug, Clone, Copy)]
pub struct AccountsPersons<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> AccountsPersons<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `apple_pay` operations.
#[derive(Debug, Clone, Copy)]
pub struct ApplePay<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> ApplePay<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `apple_pay.domains` operations.
    pub fn domains(&self) -> ApplePayDomains<'c> {
        ApplePayDomains {
            client: self.client,
        }
    }
}
/// The `apple_pay.domains` operations.
#[derive(Debug, Clone, Copy)]
pub struct ApplePayDomains<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> ApplePayDomains<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `application_fees` operations.
#[derive(Debug, Clone, Copy)]
pub struct ApplicationFees<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> ApplicationFees<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `application_fees.refunds` operations.
    pub fn refunds(&self) -> ApplicationFeesRefunds<'c> {
        ApplicationFeesRefunds {
            client: self.client,
        }
    }
}
/// The `application_fees.refunds` operations.
#[derive(Debug, Clone, Copy)]
pub struct ApplicationFeesRefunds<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> ApplicationFeesRefunds<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `balance` operations.
#[derive(Debug, Clone, Copy)]
pub struct Balance<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Balance<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `balance.history` operations.
    pub fn history(&self) -> BalanceHistory<'c> {
        BalanceHistory {
            client: self.client,
        }
    }
}
/// The `balance.history` operations.
#[derive(Debug, Clone, Copy)]
pub struct BalanceHistory<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> BalanceHistory<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `balance_transactions` operations.
#[derive(Debug, Clone, Copy)]
pub struct BalanceTransactions<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> BalanceTransactions<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `billing_portal` operations.
#[derive(Debug, Clone, Copy)]
pub struct BillingPortal<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> BillingPortal<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `billing_portal.configurations` operations.
    pub fn configurations(&self) -> BillingPortalConfigurations<'c> {
        BillingPortalConfigurations {
            client: self.client,
        }
    }
    /// The `billing_portal.sessions` operations.
    pub fn sessions(&self) -> BillingPortalSessions<'c> {
        BillingPortalSessions {
            client: self.client,
        }
    }
}
/// The `billing_portal.configurations` operations.
#[derive(Debug, Clone, Copy)]
pub struct BillingPortalConfigurations<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> BillingPortalConfigurations<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `billing_portal.sessions` operations.
#[derive(Debug, Clone, Copy)]
pub struct BillingPortalSessions<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> BillingPortalSessions<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `bitcoin` operations.
#[derive(Debug, Clone, Copy)]
pub struct Bitcoin<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Bitcoin<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `bitcoin.receivers` operations.
    pub fn receivers(&self) -> BitcoinReceivers<'c> {
        BitcoinReceivers {
            client: self.client,
        }
    }
    /// The `bitcoin.transactions` operations.
    pub fn transactions(&self) -> BitcoinTransactions<'c> {
        BitcoinTransactions {
            client: self.client,
        }
    }
}
/// The `bitcoin.receivers` operations.
#[derive(Debug, Clone, Copy)]
pub struct BitcoinReceivers<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> BitcoinReceivers<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `bitcoin.transactions` operations.
#[derive(Debug, Clone, Copy)]
pub struct BitcoinTransactions<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> BitcoinTransactions<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `charges` operations.
#[derive(Debug, Clone, Copy)]
pub struct Charges<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Charges<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `charges.dispute` operations.
    pub fn dispute(&self) -> ChargesDispute<'c> {
        ChargesDispute {
            client: self.client,
        }
    }
    /// The `charges.refunds` operations.
    pub fn refunds(&self) -> ChargesRefunds<'c> {
        ChargesRefunds {
            client: self.client,
        }
    }
}
/// The `charges.dispute` operations.
#[derive(Debug, Clone, Copy)]
pub struct ChargesDispute<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> ChargesDispute<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `charges.refunds` operations.
#[derive(Debug, Clone, Copy)]
pub struct ChargesRefunds<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> ChargesRefunds<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `checkout` operations.
#[derive(Debug, Clone, Copy)]
pub struct Checkout<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Checkout<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `checkout.sessions` operations.
    pub fn sessions(&self) -> CheckoutSessions<'c> {
        CheckoutSessions {
            client: self.client,
        }
    }
}
/// The `checkout.sessions` operations.
#[derive(Debug, Clone, Copy)]
pub struct CheckoutSessions<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> CheckoutSessions<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `country_specs` operations.
#[derive(Debug, Clone, Copy)]
pub struct CountrySpecs<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> CountrySpecs<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `coupons` operations.
#[derive(Debug, Clone, Copy)]
pub struct Coupons<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Coupons<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `credit_notes` operations.
#[derive(Debug, Clone, Copy)]
pub struct CreditNotes<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> CreditNotes<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `credit_notes.preview` operations.
    pub fn preview(&self) -> CreditNotesPreview<'c> {
        CreditNotesPreview {
            client: self.client,
        }
    }
}
/// The `credit_notes.preview` operations.
#[derive(Debug, Clone, Copy)]
pub struct CreditNotesPreview<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> CreditNotesPreview<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `customers` operations.
#[derive(Debug, Clone, Copy)]
pub struct Customers<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Customers<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `customers.balance_transactions` operations.
    pub fn balance_transactions(&self) -> CustomersBalanceTransactions<'c> {
        CustomersBalanceTransactions {
            client: self.client,
        }
    }
    /// The `customers.bank_accounts` operations.
    pub fn bank_accounts(&self) -> CustomersBankAccounts<'c> {
        CustomersBankAccounts {
            client: self.client,
        }
    }
    /// The `customers.cards` operations.
    pub fn cards(&self) -> CustomersCards<'c> {
        CustomersCards {
            client: self.client,
        }
    }
    /// The `customers.discount` operations.
    pub fn discount(&self) -> CustomersDiscount<'c> {
        CustomersDiscount {
            client: self.client,
        }
    }
    /// The `customers.sources` operations.
    pub fn sources(&self) -> CustomersSources<'c> {
        CustomersSources {
            client: self.client,
        }
    }
    /// The `customers.subscriptions` operations.
    pub fn subscriptions(&self) -> CustomersSubscriptions<'c> {
        CustomersSubscriptions {
            client: self.client,
        }
    }
    /// The `customers.tax_ids` operations.
    pub fn tax_ids(&self) -> CustomersTaxIds<'c> {
        CustomersTaxIds {
            client: self.client,
        }
    }
}
/// The `customers.balance_transactions` operations.
#[derive(Debug, Clone, Copy)]
pub struct CustomersBalanceTransactions<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> CustomersBalanceTransactions<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `customers.bank_accounts` operations.
#[derive(Debug, Clone, Copy)]
pub struct CustomersBankAccounts<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> CustomersBankAccounts<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `customers.cards` operations.
#[derive(Debug, Clone, Copy)]
pub struct CustomersCards<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> CustomersCards<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `customers.discount` operations.
#[derive(Debug, Clone, Copy)]
pub struct CustomersDiscount<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> CustomersDiscount<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `customers.sources` operations.
#[derive(Debug, Clone, Copy)]
pub struct CustomersSources<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> CustomersSources<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `customers.subscriptions` operations.
#[derive(Debug, Clone, Copy)]
pub struct CustomersSubscriptions<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> CustomersSubscriptions<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `customers.subscriptions.discount` operations.
    pub fn discount(&self) -> CustomersSubscriptionsDiscount<'c> {
        CustomersSubscriptionsDiscount {
            client: self.client,
        }
    }
}
/// The `customers.subscriptions.discount` operations.
#[derive(Debug, Clone, Copy)]
pub struct CustomersSubscriptionsDiscount<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> CustomersSubscriptionsDiscount<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `customers.tax_ids` operations.
#[derive(Debug, Clone, Copy)]
pub struct CustomersTaxIds<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> CustomersTaxIds<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `disputes` operations.
#[derive(Debug, Clone, Copy)]
pub struct Disputes<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Disputes<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `ephemeral_keys` operations.
#[derive(Debug, Clone, Copy)]
pub struct EphemeralKeys<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> EphemeralKeys<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `events` operations.
#[derive(Debug, Clone, Copy)]
pub struct Events<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Events<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `exchange_rates` operations.
#[derive(Debug, Clone, Copy)]
pub struct ExchangeRates<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> ExchangeRates<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `file_links` operations.
#[derive(Debug, Clone, Copy)]
pub struct FileLinks<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> FileLinks<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `files` operations.
#[derive(Debug, Clone, Copy)]
pub struct Files<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Files<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `identity` operations.
#[derive(Debug, Clone, Copy)]
pub struct Identity<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Identity<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `identity.verification_reports` operations.
    pub fn verification_reports(&self) -> IdentityVerificationReports<'c> {
        IdentityVerificationReports {
            client: self.client,
        }
    }
    /// The `identity.verification_sessions` operations.
    pub fn verification_sessions(&self) -> IdentityVerificationSessions<'c> {
        IdentityVerificationSessions {
            client: self.client,
        }
    }
}
/// The `identity.verification_reports` operations.
#[derive(Debug, Clone, Copy)]
pub struct IdentityVerificationReports<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> IdentityVerificationReports<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `identity.verification_sessions` operations.
#[derive(Debug, Clone, Copy)]
pub struct IdentityVerificationSessions<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> IdentityVerificationSessions<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `invoiceitems` operations.
#[derive(Debug, Clone, Copy)]
pub struct Invoiceitems<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Invoiceitems<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `invoices` operations.
#[derive(Debug, Clone, Copy)]
pub struct Invoices<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Invoices<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `invoices.upcoming` operations.
    pub fn upcoming(&self) -> InvoicesUpcoming<'c> {
        InvoicesUpcoming {
            client: self.client,
        }
    }
}
/// The `invoices.upcoming` operations.
#[derive(Debug, Clone, Copy)]
pub struct InvoicesUpcoming<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> InvoicesUpcoming<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `issuer_fraud_records` operations.
#[derive(Debug, Clone, Copy)]
pub struct IssuerFraudRecords<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> IssuerFraudRecords<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `issuing` operations.
#[derive(Debug, Clone, Copy)]
pub struct Issuing<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Issuing<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `issuing.authorizations` operations.
    pub fn authorizations(&self) -> IssuingAuthorizations<'c> {
        IssuingAuthorizations {
            client: self.client,
        }
    }
    /// The `issuing.cardholders` operations.
    pub fn cardholders(&self) -> IssuingCardholders<'c> {
        IssuingCardholders {
            client: self.client,
        }
    }
    /// The `issuing.cards` operations.
    pub fn cards(&self) -> IssuingCards<'c> {
        IssuingCards {
            client: self.client,
        }
    }
    /// The `issuing.disputes` operations.
    pub fn disputes(&self) -> IssuingDisputes<'c> {
        IssuingDisputes {
            client: self.client,
        }
    }
    /// The `issuing.settlements` operations.
    pub fn settlements(&self) -> IssuingSettlements<'c> {
        IssuingSettlements {
            client: self.client,
        }
    }
    /// The `issuing.transactions` operations.
    pub fn transactions(&self) -> IssuingTransactions<'c> {
        IssuingTransactions {
            client: self.client,
        }
    }
}
/// The `issuing.authorizations` operations.
#[derive(Debug, Clone, Copy)]
pub struct IssuingAuthorizations<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> IssuingAuthorizations<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `issuing.cardholders` operations.
#[derive(Debug, Clone, Copy)]
pub struct IssuingCardholders<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> IssuingCardholders<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `issuing.cards` operations.
#[derive(Debug, Clone, Copy)]
pub struct IssuingCards<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> IssuingCards<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `issuing.disputes` operations.
#[derive(Debug, Clone, Copy)]
pub struct IssuingDisputes<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> IssuingDisputes<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `issuing.settlements` operations.
#[derive(Debug, Clone, Copy)]
pub struct IssuingSettlements<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> IssuingSettlements<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `issuing.transactions` operations.
#[derive(Debug, Clone, Copy)]
pub struct IssuingTransactions<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> IssuingTransactions<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `mandates` operations.
#[derive(Debug, Clone, Copy)]
pub struct Mandates<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Mandates<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `order_returns` operations.
#[derive(Debug, Clone, Copy)]
pub struct OrderReturns<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> OrderReturns<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `orders` operations.
#[derive(Debug, Clone, Copy)]
pub struct Orders<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Orders<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `payment_intents` operations.
#[derive(Debug, Clone, Copy)]
pub struct PaymentIntents<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> PaymentIntents<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `payment_methods` operations.
#[derive(Debug, Clone, Copy)]
pub struct PaymentMethods<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> PaymentMethods<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `payouts` operations.
#[derive(Debug, Clone, Copy)]
pub struct Payouts<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Payouts<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `plans` operations.
#[derive(Debug, Clone, Copy)]
pub struct Plans<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Plans<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `prices` operations.
#[derive(Debug, Clone, Copy)]
pub struct Prices<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Prices<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `products` operations.
#[derive(Debug, Clone, Copy)]
pub struct Products<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Products<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `promotion_codes` operations.
#[derive(Debug, Clone, Copy)]
pub struct PromotionCodes<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> PromotionCodes<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `quotes` operations.
#[derive(Debug, Clone, Copy)]
pub struct Quotes<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Quotes<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `radar` operations.
#[derive(Debug, Clone, Copy)]
pub struct Radar<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Radar<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `radar.early_fraud_warnings` operations.
    pub fn early_fraud_warnings(&self) -> RadarEarlyFraudWarnings<'c> {
        RadarEarlyFraudWarnings {
            client: self.client,
        }
    }
    /// The `radar.value_list_items` operations.
    pub fn value_list_items(&self) -> RadarValueListItems<'c> {
        RadarValueListItems {
            client: self.client,
        }
    }
    /// The `radar.value_lists` operations.
    pub fn value_lists(&self) -> RadarValueLists<'c> {
        RadarValueLists {
            client: self.client,
        }
    }
}
/// The `radar.early_fraud_warnings` operations.
#[derive(Debug, Clone, Copy)]
pub struct RadarEarlyFraudWarnings<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> RadarEarlyFraudWarnings<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `radar.value_list_items` operations.
#[derive(Debug, Clone, Copy)]
pub struct RadarValueListItems<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> RadarValueListItems<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `radar.value_lists` operations.
#[derive(Debug, Clone, Copy)]
pub struct RadarValueLists<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> RadarValueLists<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `recipients` operations.
#[derive(Debug, Clone, Copy)]
pub struct Recipients<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Recipients<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `refunds` operations.
#[derive(Debug, Clone, Copy)]
pub struct Refunds<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Refunds<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `reporting` operations.
#[derive(Debug, Clone, Copy)]
pub struct Reporting<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Reporting<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `reporting.report_runs` operations.
    pub fn report_runs(&self) -> ReportingReportRuns<'c> {
        ReportingReportRuns {
            client: self.client,
        }
    }
    /// The `reporting.report_types` operations.
    pub fn report_types(&self) -> ReportingReportTypes<'c> {
        ReportingReportTypes {
            client: self.client,
        }
    }
}
/// The `reporting.report_runs` operations.
#[derive(Debug, Clone, Copy)]
pub struct ReportingReportRuns<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> ReportingReportRuns<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `reporting.report_types` operations.
#[derive(Debug, Clone, Copy)]
pub struct ReportingReportTypes<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> ReportingReportTypes<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `reviews` operations.
#[derive(Debug, Clone, Copy)]
pub struct Reviews<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Reviews<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `setup_attempts` operations.
#[derive(Debug, Clone, Copy)]
pub struct SetupAttempts<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> SetupAttempts<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `setup_intents` operations.
#[derive(Debug, Clone, Copy)]
pub struct SetupIntents<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> SetupIntents<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `sigma` operations.
#[derive(Debug, Clone, Copy)]
pub struct Sigma<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Sigma<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `sigma.scheduled_query_runs` operations.
    pub fn scheduled_query_runs(&self) -> SigmaScheduledQueryRuns<'c> {
        SigmaScheduledQueryRuns {
            client: self.client,
        }
    }
}
/// The `sigma.scheduled_query_runs` operations.
#[derive(Debug, Clone, Copy)]
pub struct SigmaScheduledQueryRuns<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> SigmaScheduledQueryRuns<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `skus` operations.
#[derive(Debug, Clone, Copy)]
pub struct Skus<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Skus<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `sources` operations.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Sources<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `sources.mandate_notifications` operations.
    pub fn mandate_notifications(&self) -> SourcesMandateNotifications<'c> {
        SourcesMandateNotifications {
            client: self.client,
        }
    }
    /// The `sources.source_transactions` operations.
    pub fn source_transactions(&self) -> SourcesSourceTransactions<'c> {
        SourcesSourceTransactions {
            client: self.client,
        }
    }
}
/// The `sources.mandate_notifications` operations.
#[derive(Debug, Clone, Copy)]
pub struct SourcesMandateNotifications<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> SourcesMandateNotifications<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `sources.source_transactions` operations.
#[derive(Debug, Clone, Copy)]
pub struct SourcesSourceTransactions<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> SourcesSourceTransactions<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `subscription_items` operations.
#[derive(Debug, Clone, Copy)]
pub struct SubscriptionItems<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> SubscriptionItems<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `subscription_schedules` operations.
#[derive(Debug, Clone, Copy)]
pub struct SubscriptionSchedules<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> SubscriptionSchedules<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `subscriptions` operations.
#[derive(Debug, Clone, Copy)]
pub struct Subscriptions<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Subscriptions<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `tax_codes` operations.
#[derive(Debug, Clone, Copy)]
pub struct TaxCodes<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> TaxCodes<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `tax_rates` operations.
#[derive(Debug, Clone, Copy)]
pub struct TaxRates<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> TaxRates<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `terminal` operations.
#[derive(Debug, Clone, Copy)]
pub struct Terminal<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Terminal<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `terminal.connection_tokens` operations.
    pub fn connection_tokens(&self) -> TerminalConnectionTokens<'c> {
        TerminalConnectionTokens {
            client: self.client,
        }
    }
    /// The `terminal.locations` operations.
    pub fn locations(&self) -> TerminalLocations<'c> {
        TerminalLocations {
            client: self.client,
        }
    }
    /// The `terminal.readers` operations.
    pub fn readers(&self) -> TerminalReaders<'c> {
        TerminalReaders {
            client: self.client,
        }
    }
}
/// The `terminal.connection_tokens` operations.
#[derive(Debug, Clone, Copy)]
pub struct TerminalConnectionTokens<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> TerminalConnectionTokens<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `terminal.locations` operations.
#[derive(Debug, Clone, Copy)]
pub struct TerminalLocations<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> TerminalLocations<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `terminal.readers` operations.
#[derive(Debug, Clone, Copy)]
pub struct TerminalReaders<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> TerminalReaders<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `tokens` operations.
#[derive(Debug, Clone, Copy)]
pub struct Tokens<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Tokens<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `topups` operations.
#[derive(Debug, Clone, Copy)]
pub struct Topups<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Topups<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `transfers` operations.
#[derive(Debug, Clone, Copy)]
pub struct Transfers<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Transfers<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
    /// The `transfers.reversals` operations.
    pub fn reversals(&self) -> TransfersReversals<'c> {
        TransfersReversals {
            client: self.client,
        }
    }
}
/// The `transfers.reversals` operations.
#[derive(Debug, Clone, Copy)]
pub struct TransfersReversals<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> TransfersReversals<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `webhook_endpoints` operations.
#[derive(Debug, Clone, Copy)]
pub struct WebhookEndpoints<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> WebhookEndpoints<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
