//! Query, header and cookie parameters, one struct per operation that has any.
#[allow(unused_imports)]
use crate::models;
/// Parameters of [`balances().get_all`](crate::resources::Balances::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllBalancesParams {
    /// Only return items from this time onwards.
    pub since: Option<String>,
    /// Only return items up to this time.
    pub until: Option<String>,
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    pub state: Option<models::BalanceState>,
    pub closed: Option<bool>,
    pub since_due_date: Option<String>,
    pub until_due_date: Option<String>,
}
/// Parameters of [`checkout_sessions().get_all`](crate::resources::CheckoutSessions::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllCheckoutSessionsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`checkout_sessions().get_all_line_items`](crate::resources::CheckoutSessions::get_all_line_items).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllCheckoutSessionLineItemsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`customers().get_all`](crate::resources::Customers::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllCustomersParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`customers().get_payment_methods`](crate::resources::Customers::get_payment_methods).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomerPaymentMethodsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`events().get_all`](crate::resources::Events::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllEventsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    pub resource_id: Option<String>,
    pub object: Option<String>,
    pub r#type: Option<String>,
}
/// Parameters of [`payment_disputes().get_all`](crate::resources::PaymentDisputes::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllPaymentDisputesParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    pub payment_flow_id: Option<String>,
    pub status: Option<Vec<models::PaymentDisputeStatus>>,
}
/// Parameters of [`payment_flows().get_all`](crate::resources::PaymentFlows::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllPaymentFlowsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    /// Only return items that belong to this customer.
    pub customer_id: Option<String>,
}
/// Parameters of [`payment_flows().get_refunds`](crate::resources::PaymentFlows::get_refunds).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPaymentFlowRefundsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`payment_method_configurations().get_all`](crate::resources::PaymentMethodConfigurations::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllPaymentMethodConfigurationsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`payment_methods().get_all`](crate::resources::PaymentMethods::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllPaymentMethodsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`payment_refunds().get_all`](crate::resources::PaymentRefunds::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllPaymentRefundsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`payment_transactions().get_all`](crate::resources::PaymentTransactions::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllPaymentTransactionsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    pub term_id: Option<String>,
    pub r#type: Option<String>,
    pub payment_method_type: Option<String>,
}
/// Parameters of [`prices().get_all`](crate::resources::Prices::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllPricesParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    pub lookup_keys: Option<Vec<Option<String>>>,
}
/// Parameters of [`products().get_all`](crate::resources::Products::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllProductsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`setup_flows().get_all`](crate::resources::SetupFlows::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllSetupFlowsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`statements().get_all`](crate::resources::Statements::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllStatementsParams {
    /// Only return items from this time onwards.
    pub since: Option<String>,
    /// Only return items up to this time.
    pub until: Option<String>,
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    pub r#type: Option<models::StatementType>,
    pub term_id: Option<String>,
}
/// Parameters of [`tax_rates().get_all`](crate::resources::TaxRates::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllTaxRatesParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    pub active: Option<bool>,
    pub inclusive: Option<bool>,
}
/// Parameters of [`terms().get_all`](crate::resources::Terms::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllTermsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    pub since_start_at: Option<String>,
    pub until_start_at: Option<String>,
}
