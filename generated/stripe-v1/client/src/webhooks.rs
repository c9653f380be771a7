//! Webhooks: the requests the API sends to your endpoint, checked with the API's signature
//! scheme (feature `webhook-signatures`) and read into typed events.
#[allow(unused_imports)]
use crate::models;
#[allow(unused_imports)]
use crate::runtime;
/// How the API signs its webhook requests.
#[cfg(feature = "webhook-signatures")]
pub const SIGNATURE_SCHEME: runtime::SignatureScheme = runtime::SignatureScheme::Stripe;
/// A verifier of the API's webhook requests with an endpoint's secret, allowing signed
/// timestamps [`runtime::DEFAULT_TOLERANCE`] from now (`.tolerance(d)` changes it).
#[cfg(feature = "webhook-signatures")]
pub fn verifier(secret: impl Into<String>) -> runtime::WebhookVerifier {
    runtime::WebhookVerifier::new(SIGNATURE_SCHEME, secret)
}
/// The object an event carries, decoded by its "object" property as the matching
/// resource type; kinds this SDK does not know (or whose feature is off), and objects that do
/// not decode as their kind (an event sent in another API version), stay JSON.
#[derive(Debug, Clone)]
pub enum TypedObject {
    #[cfg(any(feature = "account", feature = "payment_source"))]
    /// An object whose `object` is `account`.
    Account(Box<models::Account>),
    #[cfg(feature = "account_link")]
    /// An object whose `object` is `account_link`.
    AccountLink(Box<models::AccountLink>),
    #[cfg(
        any(feature = "alipay_account", feature = "customer", feature = "payment_source")
    )]
    /// An object whose `object` is `alipay_account`.
    AlipayAccount(Box<models::AlipayAccount>),
    #[cfg(feature = "apple_pay_domain")]
    /// An object whose `object` is `apple_pay_domain`.
    ApplePayDomain(Box<models::ApplePayDomain>),
    #[cfg(feature = "application_fee")]
    /// An object whose `object` is `application_fee`.
    ApplicationFee(Box<models::ApplicationFee>),
    #[cfg(feature = "balance")]
    /// An object whose `object` is `balance`.
    Balance(Box<models::Balance>),
    #[cfg(
        any(
            feature = "balance_transaction",
            feature = "dispute",
            feature = "issuing_authorization",
            feature = "issuing_dispute"
        )
    )]
    /// An object whose `object` is `balance_transaction`.
    BalanceTransaction(Box<models::BalanceTransaction>),
    /// An object whose `object` is `bank_account`.
    BankAccount(Box<models::BankAccount>),
    #[cfg(feature = "billing_portal_configuration")]
    /// An object whose `object` is `billing_portal.configuration`.
    BillingPortalConfiguration(Box<models::BillingPortalConfiguration>),
    #[cfg(feature = "billing_portal_session")]
    /// An object whose `object` is `billing_portal.session`.
    BillingPortalSession(Box<models::BillingPortalSession>),
    #[cfg(
        any(
            feature = "alipay_account",
            feature = "bitcoin_receiver",
            feature = "customer",
            feature = "payment_source"
        )
    )]
    /// An object whose `object` is `bitcoin_receiver`.
    BitcoinReceiver(Box<models::BitcoinReceiver>),
    #[cfg(
        any(
            feature = "alipay_account",
            feature = "bitcoin_receiver",
            feature = "bitcoin_transaction",
            feature = "customer",
            feature = "payment_source"
        )
    )]
    /// An object whose `object` is `bitcoin_transaction`.
    BitcoinTransaction(Box<models::BitcoinTransaction>),
    #[cfg(feature = "capability")]
    /// An object whose `object` is `capability`.
    Capability(Box<models::Capability>),
    /// An object whose `object` is `card`.
    Card(Box<models::Card>),
    /// An object whose `object` is `charge`.
    Charge(Box<models::Charge>),
    #[cfg(feature = "checkout_session")]
    /// An object whose `object` is `checkout.session`.
    CheckoutSession(Box<models::CheckoutSession>),
    #[cfg(feature = "country_spec")]
    /// An object whose `object` is `country_spec`.
    CountrySpec(Box<models::CountrySpec>),
    #[cfg(
        any(
            feature = "checkout_session",
            feature = "coupon",
            feature = "customer",
            feature = "discount",
            feature = "invoice",
            feature = "item",
            feature = "promotion_code",
            feature = "quote",
            feature = "subscription"
        )
    )]
    /// An object whose `object` is `coupon`.
    Coupon(Box<models::Coupon>),
    #[cfg(feature = "credit_note")]
    /// An object whose `object` is `credit_note`.
    CreditNote(Box<models::CreditNote>),
    #[cfg(any(feature = "credit_note", feature = "credit_note_line_item"))]
    /// An object whose `object` is `credit_note_line_item`.
    CreditNoteLineItem(Box<models::CreditNoteLineItem>),
    #[cfg(feature = "customer")]
    /// An object whose `object` is `customer`.
    Customer(Box<models::Customer>),
    #[cfg(feature = "customer_balance_transaction")]
    /// An object whose `object` is `customer_balance_transaction`.
    CustomerBalanceTransaction(Box<models::CustomerBalanceTransaction>),
    #[cfg(feature = "discount")]
    /// An object whose `object` is `discount`.
    DeletedDiscount(Box<models::DeletedDiscount>),
    #[cfg(feature = "dispute")]
    /// An object whose `object` is `dispute`.
    Dispute(Box<models::Dispute>),
    #[cfg(feature = "ephemeral_key")]
    /// An object whose `object` is `ephemeral_key`.
    EphemeralKey(Box<models::EphemeralKey>),
    #[cfg(feature = "event")]
    /// An object whose `object` is `event`.
    Event(Box<models::Event>),
    #[cfg(feature = "exchange_rate")]
    /// An object whose `object` is `exchange_rate`.
    ExchangeRate(Box<models::ExchangeRate>),
    #[cfg(any(feature = "application_fee", feature = "fee_refund"))]
    /// An object whose `object` is `fee_refund`.
    FeeRefund(Box<models::FeeRefund>),
    #[cfg(
        any(
            feature = "file",
            feature = "reporting_report_run",
            feature = "scheduled_query_run"
        )
    )]
    /// An object whose `object` is `file`.
    File(Box<models::File>),
    #[cfg(
        any(
            feature = "file",
            feature = "file_link",
            feature = "reporting_report_run",
            feature = "scheduled_query_run"
        )
    )]
    /// An object whose `object` is `file_link`.
    FileLink(Box<models::FileLink>),
    #[cfg(feature = "identity_verification_report")]
    /// An object whose `object` is `identity.verification_report`.
    IdentityVerificationReport(Box<models::IdentityVerificationReport>),
    #[cfg(feature = "identity_verification_session")]
    /// An object whose `object` is `identity.verification_session`.
    IdentityVerificationSession(Box<models::IdentityVerificationSession>),
    #[cfg(feature = "invoice")]
    /// An object whose `object` is `invoice`.
    Invoice(Box<models::Invoice>),
    #[cfg(feature = "invoiceitem")]
    /// An object whose `object` is `invoiceitem`.
    Invoiceitem(Box<models::Invoiceitem>),
    #[cfg(feature = "issuer_fraud_record")]
    /// An object whose `object` is `issuer_fraud_record`.
    IssuerFraudRecord(Box<models::IssuerFraudRecord>),
    #[cfg(feature = "issuing_authorization")]
    /// An object whose `object` is `issuing.authorization`.
    IssuingAuthorization(Box<models::IssuingAuthorization>),
    #[cfg(any(feature = "issuing_authorization", feature = "issuing_card"))]
    /// An object whose `object` is `issuing.card`.
    IssuingCard(Box<models::IssuingCard>),
    #[cfg(
        any(
            feature = "issuing_authorization",
            feature = "issuing_card",
            feature = "issuing_cardholder"
        )
    )]
    /// An object whose `object` is `issuing.cardholder`.
    IssuingCardholder(Box<models::IssuingCardholder>),
    #[cfg(feature = "issuing_dispute")]
    /// An object whose `object` is `issuing.dispute`.
    IssuingDispute(Box<models::IssuingDispute>),
    #[cfg(feature = "issuing_settlement")]
    /// An object whose `object` is `issuing.settlement`.
    IssuingSettlement(Box<models::IssuingSettlement>),
    #[cfg(any(feature = "issuing_authorization", feature = "issuing_transaction"))]
    /// An object whose `object` is `issuing.transaction`.
    IssuingTransaction(Box<models::IssuingTransaction>),
    #[cfg(any(feature = "checkout_session", feature = "item", feature = "quote"))]
    /// An object whose `object` is `item`.
    Item(Box<models::Item>),
    #[cfg(any(feature = "invoice", feature = "line_item"))]
    /// An object whose `object` is `line_item`.
    LineItem(Box<models::LineItem>),
    #[cfg(feature = "login_link")]
    /// An object whose `object` is `login_link`.
    LoginLink(Box<models::LoginLink>),
    #[cfg(feature = "mandate")]
    /// An object whose `object` is `mandate`.
    Mandate(Box<models::Mandate>),
    #[cfg(feature = "order")]
    /// An object whose `object` is `order`.
    Order(Box<models::Order>),
    #[cfg(any(feature = "order", feature = "order_return"))]
    /// An object whose `object` is `order_return`.
    OrderReturn(Box<models::OrderReturn>),
    /// An object whose `object` is `payment_intent`.
    PaymentIntent(Box<models::PaymentIntent>),
    /// An object whose `object` is `payment_method`.
    PaymentMethod(Box<models::PaymentMethod>),
    #[cfg(feature = "payout")]
    /// An object whose `object` is `payout`.
    Payout(Box<models::Payout>),
    #[cfg(any(feature = "account", feature = "payment_source", feature = "person"))]
    /// An object whose `object` is `person`.
    Person(Box<models::Person>),
    #[cfg(feature = "plan")]
    /// An object whose `object` is `plan`.
    Plan(Box<models::Plan>),
    #[cfg(
        any(
            feature = "checkout_session",
            feature = "customer",
            feature = "invoice",
            feature = "invoiceitem",
            feature = "item",
            feature = "line_item",
            feature = "price",
            feature = "quote",
            feature = "subscription",
            feature = "subscription_item"
        )
    )]
    /// An object whose `object` is `price`.
    Price(Box<models::Price>),
    #[cfg(feature = "product")]
    /// An object whose `object` is `product`.
    Product(Box<models::Product>),
    #[cfg(feature = "promotion_code")]
    /// An object whose `object` is `promotion_code`.
    PromotionCode(Box<models::PromotionCode>),
    #[cfg(feature = "quote")]
    /// An object whose `object` is `quote`.
    Quote(Box<models::Quote>),
    #[cfg(feature = "radar_early_fraud_warning")]
    /// An object whose `object` is `radar.early_fraud_warning`.
    RadarEarlyFraudWarning(Box<models::RadarEarlyFraudWarning>),
    #[cfg(feature = "radar_value_list")]
    /// An object whose `object` is `radar.value_list`.
    RadarValueList(Box<models::RadarValueList>),
    #[cfg(any(feature = "radar_value_list", feature = "radar_value_list_item"))]
    /// An object whose `object` is `radar.value_list_item`.
    RadarValueListItem(Box<models::RadarValueListItem>),
    #[cfg(feature = "recipient")]
    /// An object whose `object` is `recipient`.
    Recipient(Box<models::Recipient>),
    /// An object whose `object` is `refund`.
    Refund(Box<models::Refund>),
    #[cfg(feature = "reporting_report_run")]
    /// An object whose `object` is `reporting.report_run`.
    ReportingReportRun(Box<models::ReportingReportRun>),
    #[cfg(feature = "reporting_report_type")]
    /// An object whose `object` is `reporting.report_type`.
    ReportingReportType(Box<models::ReportingReportType>),
    #[cfg(feature = "review")]
    /// An object whose `object` is `review`.
    Review(Box<models::Review>),
    #[cfg(feature = "scheduled_query_run")]
    /// An object whose `object` is `scheduled_query_run`.
    ScheduledQueryRun(Box<models::ScheduledQueryRun>),
    #[cfg(feature = "setup_attempt")]
    /// An object whose `object` is `setup_attempt`.
    SetupAttempt(Box<models::SetupAttempt>),
    /// An object whose `object` is `setup_intent`.
    SetupIntent(Box<models::SetupIntent>),
    #[cfg(feature = "sku")]
    /// An object whose `object` is `sku`.
    Sku(Box<models::Sku>),
    /// An object whose `object` is `source`.
    Source(Box<models::Source>),
    #[cfg(feature = "source_mandate_notification")]
    /// An object whose `object` is `source_mandate_notification`.
    SourceMandateNotification(Box<models::SourceMandateNotification>),
    #[cfg(feature = "source_transaction")]
    /// An object whose `object` is `source_transaction`.
    SourceTransaction(Box<models::SourceTransaction>),
    #[cfg(any(feature = "customer", feature = "subscription"))]
    /// An object whose `object` is `subscription`.
    Subscription(Box<models::Subscription>),
    #[cfg(
        any(
            feature = "customer",
            feature = "subscription",
            feature = "subscription_item"
        )
    )]
    /// An object whose `object` is `subscription_item`.
    SubscriptionItem(Box<models::SubscriptionItem>),
    #[cfg(feature = "subscription_schedule")]
    /// An object whose `object` is `subscription_schedule`.
    SubscriptionSchedule(Box<models::SubscriptionSchedule>),
    #[cfg(feature = "tax_code")]
    /// An object whose `object` is `tax_code`.
    TaxCode(Box<models::TaxCode>),
    #[cfg(any(feature = "customer", feature = "tax_id"))]
    /// An object whose `object` is `tax_id`.
    TaxId(Box<models::TaxId>),
    #[cfg(
        any(
            feature = "checkout_session",
            feature = "credit_note",
            feature = "credit_note_line_item",
            feature = "customer",
            feature = "invoice",
            feature = "invoiceitem",
            feature = "item",
            feature = "line_item",
            feature = "quote",
            feature = "subscription",
            feature = "subscription_item",
            feature = "subscription_schedule",
            feature = "tax_rate"
        )
    )]
    /// An object whose `object` is `tax_rate`.
    TaxRate(Box<models::TaxRate>),
    #[cfg(feature = "terminal_connection_token")]
    /// An object whose `object` is `terminal.connection_token`.
    TerminalConnectionToken(Box<models::TerminalConnectionToken>),
    #[cfg(feature = "terminal_location")]
    /// An object whose `object` is `terminal.location`.
    TerminalLocation(Box<models::TerminalLocation>),
    #[cfg(feature = "terminal_reader")]
    /// An object whose `object` is `terminal.reader`.
    TerminalReader(Box<models::TerminalReader>),
    #[cfg(feature = "three_d_secure")]
    /// An object whose `object` is `three_d_secure`.
    ThreeDSecure(Box<models::ThreeDSecure>),
    #[cfg(feature = "token")]
    /// An object whose `object` is `token`.
    Token(Box<models::Token>),
    #[cfg(feature = "topup")]
    /// An object whose `object` is `topup`.
    Topup(Box<models::Topup>),
    #[cfg(feature = "transfer")]
    /// An object whose `object` is `transfer`.
    Transfer(Box<models::Transfer>),
    #[cfg(any(feature = "transfer", feature = "transfer_reversal"))]
    /// An object whose `object` is `transfer_reversal`.
    TransferReversal(Box<models::TransferReversal>),
    #[cfg(feature = "usage_record")]
    /// An object whose `object` is `usage_record`.
    UsageRecord(Box<models::UsageRecord>),
    #[cfg(feature = "usage_record_summary")]
    /// An object whose `object` is `usage_record_summary`.
    UsageRecordSummary(Box<models::UsageRecordSummary>),
    #[cfg(feature = "webhook_endpoint")]
    /// An object whose `object` is `webhook_endpoint`.
    WebhookEndpoint(Box<models::WebhookEndpoint>),
    /// An object of a kind this SDK does not decode, as JSON.
    Unknown(serde_json::Value),
}
/// An event with its object typed.
#[cfg(feature = "event")]
#[derive(Debug, Clone)]
pub struct TypedEvent {
    /// The event as the API sent it.
    pub event: models::Event,
    /// The event's object, decoded by its kind.
    pub object: TypedObject,
}
/// Reads a webhook request body (already verified) as an event with its object typed.
#[cfg(feature = "event")]
pub fn parse_event(payload: &[u8]) -> Result<TypedEvent, runtime::WebhookError> {
    let event: models::Event = runtime::decode_webhook(payload, None)?;
    let (value, kind) = runtime::object_at(payload, &["data", "object"], "object")?;
    let object = match kind.as_str() {
        #[cfg(any(feature = "account", feature = "payment_source"))]
        "account" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Account)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "account_link")]
        "account_link" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::AccountLink)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(
            any(
                feature = "alipay_account",
                feature = "customer",
                feature = "payment_source"
            )
        )]
        "alipay_account" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::AlipayAccount)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "apple_pay_domain")]
        "apple_pay_domain" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::ApplePayDomain)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "application_fee")]
        "application_fee" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::ApplicationFee)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "balance")]
        "balance" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Balance)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(
            any(
                feature = "balance_transaction",
                feature = "dispute",
                feature = "issuing_authorization",
                feature = "issuing_dispute"
            )
        )]
        "balance_transaction" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::BalanceTransaction)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "bank_account" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::BankAccount)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "billing_portal_configuration")]
        "billing_portal.configuration" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::BillingPortalConfiguration)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "billing_portal_session")]
        "billing_portal.session" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::BillingPortalSession)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(
            any(
                feature = "alipay_account",
                feature = "bitcoin_receiver",
                feature = "customer",
                feature = "payment_source"
            )
        )]
        "bitcoin_receiver" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::BitcoinReceiver)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(
            any(
                feature = "alipay_account",
                feature = "bitcoin_receiver",
                feature = "bitcoin_transaction",
                feature = "customer",
                feature = "payment_source"
            )
        )]
        "bitcoin_transaction" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::BitcoinTransaction)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "capability")]
        "capability" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Capability)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "card" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Card)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "charge" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Charge)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "checkout_session")]
        "checkout.session" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::CheckoutSession)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "country_spec")]
        "country_spec" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::CountrySpec)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(
            any(
                feature = "checkout_session",
                feature = "coupon",
                feature = "customer",
                feature = "discount",
                feature = "invoice",
                feature = "item",
                feature = "promotion_code",
                feature = "quote",
                feature = "subscription"
            )
        )]
        "coupon" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Coupon)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "credit_note")]
        "credit_note" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::CreditNote)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(any(feature = "credit_note", feature = "credit_note_line_item"))]
        "credit_note_line_item" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::CreditNoteLineItem)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "customer")]
        "customer" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Customer)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "customer_balance_transaction")]
        "customer_balance_transaction" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::CustomerBalanceTransaction)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "discount")]
        "discount" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::DeletedDiscount)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "dispute")]
        "dispute" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Dispute)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "ephemeral_key")]
        "ephemeral_key" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::EphemeralKey)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "event")]
        "event" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Event)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "exchange_rate")]
        "exchange_rate" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::ExchangeRate)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(any(feature = "application_fee", feature = "fee_refund"))]
        "fee_refund" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::FeeRefund)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(
            any(
                feature = "file",
                feature = "reporting_report_run",
                feature = "scheduled_query_run"
            )
        )]
        "file" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::File)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(
            any(
                feature = "file",
                feature = "file_link",
                feature = "reporting_report_run",
                feature = "scheduled_query_run"
            )
        )]
        "file_link" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::FileLink)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "identity_verification_report")]
        "identity.verification_report" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::IdentityVerificationReport)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "identity_verification_session")]
        "identity.verification_session" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::IdentityVerificationSession)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "invoice")]
        "invoice" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Invoice)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "invoiceitem")]
        "invoiceitem" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Invoiceitem)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "issuer_fraud_record")]
        "issuer_fraud_record" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::IssuerFraudRecord)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "issuing_authorization")]
        "issuing.authorization" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::IssuingAuthorization)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(any(feature = "issuing_authorization", feature = "issuing_card"))]
        "issuing.card" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::IssuingCard)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(
            any(
                feature = "issuing_authorization",
                feature = "issuing_card",
                feature = "issuing_cardholder"
            )
        )]
        "issuing.cardholder" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::IssuingCardholder)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "issuing_dispute")]
        "issuing.dispute" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::IssuingDispute)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "issuing_settlement")]
        "issuing.settlement" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::IssuingSettlement)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(any(feature = "issuing_authorization", feature = "issuing_transaction"))]
        "issuing.transaction" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::IssuingTransaction)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(any(feature = "checkout_session", feature = "item", feature = "quote"))]
        "item" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Item)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(any(feature = "invoice", feature = "line_item"))]
        "line_item" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::LineItem)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "login_link")]
        "login_link" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::LoginLink)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "mandate")]
        "mandate" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Mandate)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "order")]
        "order" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Order)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(any(feature = "order", feature = "order_return"))]
        "order_return" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::OrderReturn)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "payment_intent" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::PaymentIntent)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "payment_method" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::PaymentMethod)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "payout")]
        "payout" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Payout)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(any(feature = "account", feature = "payment_source", feature = "person"))]
        "person" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Person)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "plan")]
        "plan" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Plan)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(
            any(
                feature = "checkout_session",
                feature = "customer",
                feature = "invoice",
                feature = "invoiceitem",
                feature = "item",
                feature = "line_item",
                feature = "price",
                feature = "quote",
                feature = "subscription",
                feature = "subscription_item"
            )
        )]
        "price" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Price)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "product")]
        "product" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Product)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "promotion_code")]
        "promotion_code" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::PromotionCode)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "quote")]
        "quote" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Quote)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "radar_early_fraud_warning")]
        "radar.early_fraud_warning" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::RadarEarlyFraudWarning)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "radar_value_list")]
        "radar.value_list" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::RadarValueList)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(any(feature = "radar_value_list", feature = "radar_value_list_item"))]
        "radar.value_list_item" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::RadarValueListItem)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "recipient")]
        "recipient" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Recipient)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "refund" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Refund)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "reporting_report_run")]
        "reporting.report_run" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::ReportingReportRun)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "reporting_report_type")]
        "reporting.report_type" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::ReportingReportType)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "review")]
        "review" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Review)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "scheduled_query_run")]
        "scheduled_query_run" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::ScheduledQueryRun)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "setup_attempt")]
        "setup_attempt" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::SetupAttempt)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "setup_intent" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::SetupIntent)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "sku")]
        "sku" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Sku)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "source" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Source)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "source_mandate_notification")]
        "source_mandate_notification" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::SourceMandateNotification)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "source_transaction")]
        "source_transaction" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::SourceTransaction)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(any(feature = "customer", feature = "subscription"))]
        "subscription" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Subscription)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(
            any(
                feature = "customer",
                feature = "subscription",
                feature = "subscription_item"
            )
        )]
        "subscription_item" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::SubscriptionItem)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "subscription_schedule")]
        "subscription_schedule" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::SubscriptionSchedule)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "tax_code")]
        "tax_code" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::TaxCode)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(any(feature = "customer", feature = "tax_id"))]
        "tax_id" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::TaxId)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(
            any(
                feature = "checkout_session",
                feature = "credit_note",
                feature = "credit_note_line_item",
                feature = "customer",
                feature = "invoice",
                feature = "invoiceitem",
                feature = "item",
                feature = "line_item",
                feature = "quote",
                feature = "subscription",
                feature = "subscription_item",
                feature = "subscription_schedule",
                feature = "tax_rate"
            )
        )]
        "tax_rate" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::TaxRate)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "terminal_connection_token")]
        "terminal.connection_token" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::TerminalConnectionToken)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "terminal_location")]
        "terminal.location" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::TerminalLocation)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "terminal_reader")]
        "terminal.reader" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::TerminalReader)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "three_d_secure")]
        "three_d_secure" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::ThreeDSecure)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "token")]
        "token" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Token)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "topup")]
        "topup" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Topup)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "transfer")]
        "transfer" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::Transfer)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(any(feature = "transfer", feature = "transfer_reversal"))]
        "transfer_reversal" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::TransferReversal)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "usage_record")]
        "usage_record" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::UsageRecord)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "usage_record_summary")]
        "usage_record_summary" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::UsageRecordSummary)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        #[cfg(feature = "webhook_endpoint")]
        "webhook_endpoint" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::WebhookEndpoint)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        _ => TypedObject::Unknown(value),
    };
    Ok(TypedEvent { event, object })
}
/// Checks a webhook request's signature header against the endpoint's secret, then
/// reads its body as an event with its object typed.
#[cfg(feature = "webhook-signatures")]
#[cfg(feature = "event")]
pub fn construct_event(
    payload: &[u8],
    signature_header: &str,
    secret: &str,
) -> Result<TypedEvent, runtime::WebhookError> {
    verifier(secret).verify_header(signature_header, payload)?;
    parse_event(payload)
}
