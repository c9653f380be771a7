//! Query, header and cookie parameters, one struct per operation that has any.
#[allow(unused_imports)]
use crate::models;
/// Parameters of [`Client::get_all_balances`](crate::Client::get_all_balances).
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
/// Parameters of [`Client::get_all_checkout_sessions`](crate::Client::get_all_checkout_sessions).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllCheckoutSessionsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`Client::get_all_checkout_session_line_items`](crate::Client::get_all_checkout_session_line_items).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllCheckoutSessionLineItemsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`Client::get_all_customers`](crate::Client::get_all_customers).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllCustomersParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`Client::get_customer_payment_methods`](crate::Client::get_customer_payment_methods).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomerPaymentMethodsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`Client::get_all_events`](crate::Client::get_all_events).
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
/// Parameters of [`Client::get_all_payment_disputes`](crate::Client::get_all_payment_disputes).
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
/// Parameters of [`Client::get_all_payment_flows`](crate::Client::get_all_payment_flows).
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
/// Parameters of [`Client::get_payment_flow_refunds`](crate::Client::get_payment_flow_refunds).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPaymentFlowRefundsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`Client::get_all_payment_method_configurations`](crate::Client::get_all_payment_method_configurations).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllPaymentMethodConfigurationsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`Client::get_all_payment_methods`](crate::Client::get_all_payment_methods).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllPaymentMethodsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`Client::get_all_payment_refunds`](crate::Client::get_all_payment_refunds).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllPaymentRefundsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`Client::get_all_payment_transactions`](crate::Client::get_all_payment_transactions).
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
/// Parameters of [`Client::get_all_prices`](crate::Client::get_all_prices).
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
/// Parameters of [`Client::get_all_products`](crate::Client::get_all_products).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllProductsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`Client::get_all_setup_flows`](crate::Client::get_all_setup_flows).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAllSetupFlowsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
/// Parameters of [`Client::get_all_statements`](crate::Client::get_all_statements).
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
/// Parameters of [`Client::get_all_tax_rates`](crate::Client::get_all_tax_rates).
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
/// Parameters of [`Client::get_all_terms`](crate::Client::get_all_terms).
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
