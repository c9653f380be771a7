//! Query, header and cookie parameters, one struct per operation that has any.
#[allow(unused_imports)]
use crate::models;
/// Parameters of [`balances().get_all`](crate::resources::Balances::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BalanceGetAllParams {
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
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl BalanceGetAllParams {
    /// Sets `since`.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
        self
    }
    /// Sets `until`.
    pub fn until(mut self, value: impl Into<String>) -> Self {
        self.until = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<models::BalanceState>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `closed`.
    pub fn closed(mut self, value: impl Into<bool>) -> Self {
        self.closed = Some(value.into());
        self
    }
    /// Sets `since_due_date`.
    pub fn since_due_date(mut self, value: impl Into<String>) -> Self {
        self.since_due_date = Some(value.into());
        self
    }
    /// Sets `until_due_date`.
    pub fn until_due_date(mut self, value: impl Into<String>) -> Self {
        self.until_due_date = Some(value.into());
        self
    }
}
/// Parameters of [`checkout_sessions().get_all`](crate::resources::CheckoutSessions::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckoutSessionGetAllParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CheckoutSessionGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
}
/// Parameters of [`checkout_sessions().get_all_line_items`](crate::resources::CheckoutSessions::get_all_line_items).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckoutSessionGetAllLineItemsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CheckoutSessionGetAllLineItemsParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
}
/// Parameters of [`customers().get_all`](crate::resources::Customers::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerGetAllParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
}
/// Parameters of [`customers().get_payment_methods`](crate::resources::Customers::get_payment_methods).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerGetPaymentMethodsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerGetPaymentMethodsParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
}
/// Parameters of [`events().get_all`](crate::resources::Events::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventGetAllParams {
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
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl EventGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `resource_id`.
    pub fn resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<String>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
/// Parameters of [`payment_disputes().get_all`](crate::resources::PaymentDisputes::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaymentDisputeGetAllParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    pub payment_flow_id: Option<String>,
    pub status: Option<Vec<models::PaymentDisputeStatus>>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PaymentDisputeGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `payment_flow_id`.
    pub fn payment_flow_id(mut self, value: impl Into<String>) -> Self {
        self.payment_flow_id = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<Vec<models::PaymentDisputeStatus>>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}
/// Parameters of [`payment_flows().get_all`](crate::resources::PaymentFlows::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaymentFlowGetAllParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    /// Only return items that belong to this customer.
    pub customer_id: Option<String>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PaymentFlowGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `customer_id`.
    pub fn customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self
    }
}
/// Parameters of [`payment_flows().get_refunds`](crate::resources::PaymentFlows::get_refunds).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaymentFlowGetRefundsParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PaymentFlowGetRefundsParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
}
/// Parameters of [`payment_method_configurations().get_all`](crate::resources::PaymentMethodConfigurations::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaymentMethodConfigurationGetAllParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PaymentMethodConfigurationGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
}
/// Parameters of [`payment_methods().get_all`](crate::resources::PaymentMethods::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaymentMethodGetAllParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PaymentMethodGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
}
/// Parameters of [`payment_refunds().get_all`](crate::resources::PaymentRefunds::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaymentRefundGetAllParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PaymentRefundGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
}
/// Parameters of [`payment_transactions().get_all`](crate::resources::PaymentTransactions::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaymentTransactionGetAllParams {
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
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PaymentTransactionGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `term_id`.
    pub fn term_id(mut self, value: impl Into<String>) -> Self {
        self.term_id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `payment_method_type`.
    pub fn payment_method_type(mut self, value: impl Into<String>) -> Self {
        self.payment_method_type = Some(value.into());
        self
    }
}
/// Parameters of [`prices().get_all`](crate::resources::Prices::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PriceGetAllParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    pub lookup_keys: Option<Vec<Option<String>>>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PriceGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `lookup_keys`.
    pub fn lookup_keys(mut self, value: impl Into<Vec<Option<String>>>) -> Self {
        self.lookup_keys = Some(value.into());
        self
    }
}
/// Parameters of [`products().get_all`](crate::resources::Products::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProductGetAllParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ProductGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
}
/// Parameters of [`setup_flows().get_all`](crate::resources::SetupFlows::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetupFlowGetAllParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SetupFlowGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
}
/// Parameters of [`statements().get_all`](crate::resources::Statements::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatementGetAllParams {
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
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl StatementGetAllParams {
    /// Sets `since`.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
        self
    }
    /// Sets `until`.
    pub fn until(mut self, value: impl Into<String>) -> Self {
        self.until = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<models::StatementType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `term_id`.
    pub fn term_id(mut self, value: impl Into<String>) -> Self {
        self.term_id = Some(value.into());
        self
    }
}
/// Parameters of [`tax_rates().get_all`](crate::resources::TaxRates::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaxRateGetAllParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    pub active: Option<bool>,
    pub inclusive: Option<bool>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TaxRateGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    /// Sets `inclusive`.
    pub fn inclusive(mut self, value: impl Into<bool>) -> Self {
        self.inclusive = Some(value.into());
        self
    }
}
/// Parameters of [`terms().get_all`](crate::resources::Terms::get_all).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TermGetAllParams {
    /// Maximum number of items to return.
    pub limit: Option<i64>,
    /// Pagination cursor: return items that come after the object with this ID.
    pub starting_after: Option<String>,
    /// Pagination cursor: return items that come before the object with this ID.
    pub ending_before: Option<String>,
    pub since_start_at: Option<String>,
    pub until_start_at: Option<String>,
}
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TermGetAllParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `since_start_at`.
    pub fn since_start_at(mut self, value: impl Into<String>) -> Self {
        self.since_start_at = Some(value.into());
        self
    }
    /// Sets `until_start_at`.
    pub fn until_start_at(mut self, value: impl Into<String>) -> Self {
        self.until_start_at = Some(value.into());
        self
    }
}
