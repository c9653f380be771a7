//! The API's resources: borrowed views of a [`Client`], reached with accessors
//! (`client.customers().tax_ids()`), whose methods are the resource's operations. A view costs
//! nothing: it holds a reference to the client and nothing else.
use crate::Client;
impl Client {
    /// The `balances` operations.
    pub fn balances(&self) -> Balances<'_> {
        Balances { client: self }
    }
    /// The `checkout_sessions` operations.
    pub fn checkout_sessions(&self) -> CheckoutSessions<'_> {
        CheckoutSessions { client: self }
    }
    /// The `customers` operations.
    pub fn customers(&self) -> Customers<'_> {
        Customers { client: self }
    }
    /// The `events` operations.
    pub fn events(&self) -> Events<'_> {
        Events { client: self }
    }
    /// The `payment_disputes` operations.
    pub fn payment_disputes(&self) -> PaymentDisputes<'_> {
        PaymentDisputes { client: self }
    }
    /// The `payment_flows` operations.
    pub fn payment_flows(&self) -> PaymentFlows<'_> {
        PaymentFlows { client: self }
    }
    /// The `payment_method_configurations` operations.
    pub fn payment_method_configurations(&self) -> PaymentMethodConfigurations<'_> {
        PaymentMethodConfigurations {
            client: self,
        }
    }
    /// The `payment_methods` operations.
    pub fn payment_methods(&self) -> PaymentMethods<'_> {
        PaymentMethods { client: self }
    }
    /// The `payment_refunds` operations.
    pub fn payment_refunds(&self) -> PaymentRefunds<'_> {
        PaymentRefunds { client: self }
    }
    /// The `payment_transactions` operations.
    pub fn payment_transactions(&self) -> PaymentTransactions<'_> {
        PaymentTransactions {
            client: self,
        }
    }
    /// The `prices` operations.
    pub fn prices(&self) -> Prices<'_> {
        Prices { client: self }
    }
    /// The `products` operations.
    pub fn products(&self) -> Products<'_> {
        Products { client: self }
    }
    /// The `setup_flows` operations.
    pub fn setup_flows(&self) -> SetupFlows<'_> {
        SetupFlows { client: self }
    }
    /// The `statements` operations.
    pub fn statements(&self) -> Statements<'_> {
        Statements { client: self }
    }
    /// The `tax_rates` operations.
    pub fn tax_rates(&self) -> TaxRates<'_> {
        TaxRates { client: self }
    }
    /// The `terms` operations.
    pub fn terms(&self) -> Terms<'_> {
        Terms { client: self }
    }
}
/// The `balances` operations.
#[derive(Debug, Clone, Copy)]
pub struct Balances<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Balances<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `checkout_sessions` operations.
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
/// The `payment_disputes` operations.
#[derive(Debug, Clone, Copy)]
pub struct PaymentDisputes<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> PaymentDisputes<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `payment_flows` operations.
#[derive(Debug, Clone, Copy)]
pub struct PaymentFlows<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> PaymentFlows<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `payment_method_configurations` operations.
#[derive(Debug, Clone, Copy)]
pub struct PaymentMethodConfigurations<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> PaymentMethodConfigurations<'c> {
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
/// The `payment_refunds` operations.
#[derive(Debug, Clone, Copy)]
pub struct PaymentRefunds<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> PaymentRefunds<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `payment_transactions` operations.
#[derive(Debug, Clone, Copy)]
pub struct PaymentTransactions<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> PaymentTransactions<'c> {
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
/// The `setup_flows` operations.
#[derive(Debug, Clone, Copy)]
pub struct SetupFlows<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> SetupFlows<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
/// The `statements` operations.
#[derive(Debug, Clone, Copy)]
pub struct Statements<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Statements<'c> {
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
/// The `terms` operations.
#[derive(Debug, Clone, Copy)]
pub struct Terms<'c> {
    pub(crate) client: &'c Client,
}
impl<'c> Terms<'c> {
    /// The client this view calls through.
    pub fn client(&self) -> &'c Client {
        self.client
    }
}
