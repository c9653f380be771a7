//! Query, header and cookie parameters, one struct per operation that has any.
#[allow(unused_imports)]
use crate::models;
#[cfg(feature = "three_d_secure")]
/// Parameters of [`three_d_secure().retrieve`](crate::resources::ThreeDSecure::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ThreeDSecureRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "three_d_secure")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ThreeDSecureRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "account")]
/// Parameters of [`account().retrieve`](crate::resources::Account::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "account")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "external_account")]
/// Parameters of [`account().bank_accounts().retrieve`](crate::resources::AccountBankAccounts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountBankAccountRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "external_account")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountBankAccountRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "capability")]
/// Parameters of [`account().capabilities().list`](crate::resources::AccountCapabilities::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountCapabilityListParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "capability")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountCapabilityListParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "capability")]
/// Parameters of [`account().capabilities().retrieve`](crate::resources::AccountCapabilities::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountCapabilityRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "capability")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountCapabilityRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "bank_account")]
/// Parameters of [`account().external_accounts().list`](crate::resources::AccountExternalAccounts::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountExternalAccountListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "bank_account")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountExternalAccountListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "external_account")]
/// Parameters of [`account().external_accounts().retrieve`](crate::resources::AccountExternalAccounts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountExternalAccountRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "external_account")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountExternalAccountRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "person")]
/// Parameters of [`account().people().list`](crate::resources::AccountPeople::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountPeopleListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Filters on the list of people returned based on the person's relationship to the account's company.
    pub relationship: Option<models::AccountPeopleListRelationship>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "person")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountPeopleListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `relationship`.
    pub fn relationship(
        mut self,
        value: impl Into<models::AccountPeopleListRelationship>,
    ) -> Self {
        self.relationship = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "person")]
/// Parameters of [`account().people().retrieve`](crate::resources::AccountPeople::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountPeopleRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "person")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountPeopleRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "person")]
/// Parameters of [`account().persons().list`](crate::resources::AccountPersons::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountPersonListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Filters on the list of people returned based on the person's relationship to the account's company.
    pub relationship: Option<models::AccountPersonListRelationship>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "person")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountPersonListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `relationship`.
    pub fn relationship(
        mut self,
        value: impl Into<models::AccountPersonListRelationship>,
    ) -> Self {
        self.relationship = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "person")]
/// Parameters of [`account().persons().retrieve`](crate::resources::AccountPersons::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountPersonRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "person")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountPersonRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "account")]
/// Parameters of [`accounts().list`](crate::resources::Accounts::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountListParams {
    pub created: Option<models::AccountListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "account")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::AccountListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "account")]
/// Parameters of [`accounts().retrieve`](crate::resources::Accounts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "account")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "external_account")]
/// Parameters of [`accounts().bank_accounts().retrieve`](crate::resources::AccountsBankAccounts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountBankAccountRetrieve2Params {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "external_account")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountBankAccountRetrieve2Params {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "capability")]
/// Parameters of [`accounts().capabilities().list`](crate::resources::AccountsCapabilities::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountCapabilityList2Params {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "capability")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountCapabilityList2Params {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "capability")]
/// Parameters of [`accounts().capabilities().retrieve`](crate::resources::AccountsCapabilities::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountCapabilityRetrieve2Params {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "capability")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountCapabilityRetrieve2Params {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "bank_account")]
/// Parameters of [`accounts().external_accounts().list`](crate::resources::AccountsExternalAccounts::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountExternalAccountList2Params {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "bank_account")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountExternalAccountList2Params {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "external_account")]
/// Parameters of [`accounts().external_accounts().retrieve`](crate::resources::AccountsExternalAccounts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountExternalAccountRetrieve2Params {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "external_account")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountExternalAccountRetrieve2Params {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "person")]
/// Parameters of [`accounts().people().list`](crate::resources::AccountsPeople::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountPeopleList2Params {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Filters on the list of people returned based on the person's relationship to the account's company.
    pub relationship: Option<models::AccountPeopleList2Relationship>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "person")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountPeopleList2Params {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `relationship`.
    pub fn relationship(
        mut self,
        value: impl Into<models::AccountPeopleList2Relationship>,
    ) -> Self {
        self.relationship = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "person")]
/// Parameters of [`accounts().people().retrieve`](crate::resources::AccountsPeople::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountPeopleRetrieve2Params {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "person")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountPeopleRetrieve2Params {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "person")]
/// Parameters of [`accounts().persons().list`](crate::resources::AccountsPersons::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountPersonList2Params {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Filters on the list of people returned based on the person's relationship to the account's company.
    pub relationship: Option<models::AccountPersonList2Relationship>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "person")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountPersonList2Params {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `relationship`.
    pub fn relationship(
        mut self,
        value: impl Into<models::AccountPersonList2Relationship>,
    ) -> Self {
        self.relationship = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "person")]
/// Parameters of [`accounts().persons().retrieve`](crate::resources::AccountsPersons::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountPersonRetrieve2Params {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "person")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl AccountPersonRetrieve2Params {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "apple_pay_domain")]
/// Parameters of [`apple_pay().domains().list`](crate::resources::ApplePayDomains::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplePayDomainListParams {
    pub domain_name: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "apple_pay_domain")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ApplePayDomainListParams {
    /// Sets `domain_name`.
    pub fn domain_name(mut self, value: impl Into<String>) -> Self {
        self.domain_name = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "apple_pay_domain")]
/// Parameters of [`apple_pay().domains().retrieve`](crate::resources::ApplePayDomains::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplePayDomainRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "apple_pay_domain")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ApplePayDomainRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "application_fee")]
/// Parameters of [`application_fees().list`](crate::resources::ApplicationFees::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplicationFeeListParams {
    /// Only return application fees for the charge specified by this charge ID.
    pub charge: Option<String>,
    pub created: Option<models::ApplicationFeeListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "application_fee")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ApplicationFeeListParams {
    /// Sets `charge`.
    pub fn charge(mut self, value: impl Into<String>) -> Self {
        self.charge = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::ApplicationFeeListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "fee_refund")]
/// Parameters of [`application_fees().refunds().retrieve`](crate::resources::ApplicationFeesRefunds::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplicationFeeRefundRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "fee_refund")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ApplicationFeeRefundRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "application_fee")]
/// Parameters of [`application_fees().retrieve`](crate::resources::ApplicationFees::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplicationFeeRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "application_fee")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ApplicationFeeRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "fee_refund")]
/// Parameters of [`application_fees().refunds().list`](crate::resources::ApplicationFeesRefunds::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplicationFeeRefundListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "fee_refund")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ApplicationFeeRefundListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "balance")]
/// Parameters of [`balance().retrieve`](crate::resources::Balance::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BalanceParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "balance")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl BalanceParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "balance_transaction")]
/// Parameters of [`balance().history().list`](crate::resources::BalanceHistory::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BalanceHistoryListParams {
    pub created: Option<models::BalanceHistoryListCreated>,
    /// Only return transactions in a certain currency. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// For automatic Stripe payouts only, only returns transactions that were paid out on the specified payout ID.
    pub payout: Option<String>,
    /// Only returns the original transaction.
    pub source: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only returns transactions of the given type. One of: `adjustment`, `advance`, `advance_funding`, `anticipation_repayment`, `application_fee`, `application_fee_refund`, `charge`, `connect_collection_transfer`, `contribution`, `issuing_authorization_hold`, `issuing_authorization_release`, `issuing_dispute`, `issuing_transaction`, `payment`, `payment_failure_refund`, `payment_refund`, `payout`, `payout_cancel`, `payout_failure`, `refund`, `refund_failure`, `reserve_transaction`, `reserved_funds`, `stripe_fee`, `stripe_fx_fee`, `tax_fee`, `topup`, `topup_reversal`, `transfer`, `transfer_cancel`, `transfer_failure`, or `transfer_refund`.
    pub r#type: Option<String>,
}
#[cfg(feature = "balance_transaction")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl BalanceHistoryListParams {
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::BalanceHistoryListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `currency`.
    pub fn currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `payout`.
    pub fn payout(mut self, value: impl Into<String>) -> Self {
        self.payout = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
#[cfg(feature = "balance_transaction")]
/// Parameters of [`balance().history().retrieve`](crate::resources::BalanceHistory::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BalanceHistoryRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "balance_transaction")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl BalanceHistoryRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "balance_transaction")]
/// Parameters of [`balance_transactions().list`](crate::resources::BalanceTransactions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BalanceTransactionListParams {
    pub created: Option<models::BalanceTransactionListCreated>,
    /// Only return transactions in a certain currency. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// For automatic Stripe payouts only, only returns transactions that were paid out on the specified payout ID.
    pub payout: Option<String>,
    /// Only returns the original transaction.
    pub source: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only returns transactions of the given type. One of: `adjustment`, `advance`, `advance_funding`, `anticipation_repayment`, `application_fee`, `application_fee_refund`, `charge`, `connect_collection_transfer`, `contribution`, `issuing_authorization_hold`, `issuing_authorization_release`, `issuing_dispute`, `issuing_transaction`, `payment`, `payment_failure_refund`, `payment_refund`, `payout`, `payout_cancel`, `payout_failure`, `refund`, `refund_failure`, `reserve_transaction`, `reserved_funds`, `stripe_fee`, `stripe_fx_fee`, `tax_fee`, `topup`, `topup_reversal`, `transfer`, `transfer_cancel`, `transfer_failure`, or `transfer_refund`.
    pub r#type: Option<String>,
}
#[cfg(feature = "balance_transaction")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl BalanceTransactionListParams {
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::BalanceTransactionListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `currency`.
    pub fn currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `payout`.
    pub fn payout(mut self, value: impl Into<String>) -> Self {
        self.payout = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
#[cfg(feature = "balance_transaction")]
/// Parameters of [`balance_transactions().retrieve`](crate::resources::BalanceTransactions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BalanceTransactionRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "balance_transaction")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl BalanceTransactionRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "billing_portal_configuration")]
/// Parameters of [`billing_portal().configurations().list`](crate::resources::BillingPortalConfigurations::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BillingPortalConfigurationListParams {
    /// Only return configurations that are active or inactive (e.g., pass `true` to only list active configurations).
    pub active: Option<bool>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// Only return the default or non-default configurations (e.g., pass `true` to only list the default configuration).
    pub is_default: Option<bool>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "billing_portal_configuration")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl BillingPortalConfigurationListParams {
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `is_default`.
    pub fn is_default(mut self, value: impl Into<bool>) -> Self {
        self.is_default = Some(value.into());
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
}
#[cfg(feature = "billing_portal_configuration")]
/// Parameters of [`billing_portal().configurations().retrieve`](crate::resources::BillingPortalConfigurations::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BillingPortalConfigurationRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "billing_portal_configuration")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl BillingPortalConfigurationRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "bitcoin_receiver")]
/// Parameters of [`bitcoin().receivers().list`](crate::resources::BitcoinReceivers::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BitcoinReceiverListParams {
    /// Filter for active receivers.
    pub active: Option<bool>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// Filter for filled receivers.
    pub filled: Option<bool>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Filter for receivers with uncaptured funds.
    pub uncaptured_funds: Option<bool>,
}
#[cfg(feature = "bitcoin_receiver")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl BitcoinReceiverListParams {
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `filled`.
    pub fn filled(mut self, value: impl Into<bool>) -> Self {
        self.filled = Some(value.into());
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
    /// Sets `uncaptured_funds`.
    pub fn uncaptured_funds(mut self, value: impl Into<bool>) -> Self {
        self.uncaptured_funds = Some(value.into());
        self
    }
}
#[cfg(feature = "bitcoin_receiver")]
/// Parameters of [`bitcoin().receivers().retrieve`](crate::resources::BitcoinReceivers::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BitcoinReceiverRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "bitcoin_receiver")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl BitcoinReceiverRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "bitcoin_transaction")]
/// Parameters of [`bitcoin().receivers().transactions`](crate::resources::BitcoinReceivers::transactions).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BitcoinReceiverTransactionsParams {
    /// Only return transactions for the customer specified by this customer ID.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "bitcoin_transaction")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl BitcoinReceiverTransactionsParams {
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "bitcoin_transaction")]
/// Parameters of [`bitcoin().transactions().list`](crate::resources::BitcoinTransactions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BitcoinTransactionParams {
    /// Only return transactions for the customer specified by this customer ID.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    pub receiver: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "bitcoin_transaction")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl BitcoinTransactionParams {
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `receiver`.
    pub fn receiver(mut self, value: impl Into<String>) -> Self {
        self.receiver = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "charge")]
/// Parameters of [`charges().list`](crate::resources::Charges::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChargeListParams {
    pub created: Option<models::ChargeListCreated>,
    /// Only return charges for the customer specified by this customer ID.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return charges that were created by the PaymentIntent specified by this PaymentIntent ID.
    pub payment_intent: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return charges for this transfer group.
    pub transfer_group: Option<String>,
}
#[cfg(feature = "charge")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ChargeListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::ChargeListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `payment_intent`.
    pub fn payment_intent(mut self, value: impl Into<String>) -> Self {
        self.payment_intent = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `transfer_group`.
    pub fn transfer_group(mut self, value: impl Into<String>) -> Self {
        self.transfer_group = Some(value.into());
        self
    }
}
#[cfg(feature = "charge")]
/// Parameters of [`charges().retrieve`](crate::resources::Charges::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChargeRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "charge")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ChargeRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "dispute")]
/// Parameters of [`charges().dispute().retrieve`](crate::resources::ChargesDispute::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChargeDisputeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "dispute")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ChargeDisputeParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "refund")]
/// Parameters of [`charges().refunds().list`](crate::resources::ChargesRefunds::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChargeRefundListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "refund")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ChargeRefundListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "refund")]
/// Parameters of [`charges().refunds().retrieve`](crate::resources::ChargesRefunds::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChargeRefundRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "refund")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ChargeRefundRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "checkout_session")]
/// Parameters of [`checkout().sessions().list`](crate::resources::CheckoutSessions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckoutSessionListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return the Checkout Session for the PaymentIntent specified.
    pub payment_intent: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return the Checkout Session for the subscription specified.
    pub subscription: Option<String>,
}
#[cfg(feature = "checkout_session")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CheckoutSessionListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `payment_intent`.
    pub fn payment_intent(mut self, value: impl Into<String>) -> Self {
        self.payment_intent = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `subscription`.
    pub fn subscription(mut self, value: impl Into<String>) -> Self {
        self.subscription = Some(value.into());
        self
    }
}
#[cfg(feature = "checkout_session")]
/// Parameters of [`checkout().sessions().retrieve`](crate::resources::CheckoutSessions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckoutSessionRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "checkout_session")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CheckoutSessionRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "item")]
/// Parameters of [`checkout().sessions().line_items`](crate::resources::CheckoutSessions::line_items).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckoutSessionLineItemsParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "item")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CheckoutSessionLineItemsParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "country_spec")]
/// Parameters of [`country_specs().list`](crate::resources::CountrySpecs::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CountrySpecListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "country_spec")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CountrySpecListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "country_spec")]
/// Parameters of [`country_specs().retrieve`](crate::resources::CountrySpecs::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CountrySpecRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "country_spec")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CountrySpecRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "coupon")]
/// Parameters of [`coupons().list`](crate::resources::Coupons::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CouponListParams {
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::CouponListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "coupon")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CouponListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::CouponListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "coupon")]
/// Parameters of [`coupons().retrieve`](crate::resources::Coupons::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CouponRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "coupon")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CouponRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "credit_note")]
/// Parameters of [`credit_notes().list`](crate::resources::CreditNotes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreditNoteListParams {
    /// Only return credit notes for the customer specified by this customer ID.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// Only return credit notes for the invoice specified by this invoice ID.
    pub invoice: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "credit_note")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CreditNoteListParams {
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `invoice`.
    pub fn invoice(mut self, value: impl Into<String>) -> Self {
        self.invoice = Some(value.into());
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
}
#[cfg(feature = "credit_note")]
/// Parameters of [`credit_notes().preview().retrieve`](crate::resources::CreditNotesPreview::retrieve).
#[derive(Debug, Clone, PartialEq)]
pub struct CreditNotePreviewParams {
    /// The integer amount in %s representing the total amount of the credit note.
    pub amount: Option<i64>,
    /// The integer amount in %s representing the amount to credit the customer's balance, which will be automatically applied to their next invoice.
    pub credit_amount: Option<i64>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// ID of the invoice.
    pub invoice: String,
    /// Line items that make up the credit note.
    pub lines: Option<Vec<models::CreditNotePreviewLinesItem>>,
    /// The credit note's memo appears on the credit note PDF.
    pub memo: Option<String>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The integer amount in %s representing the amount that is credited outside of Stripe.
    pub out_of_band_amount: Option<i64>,
    /// Reason for issuing this credit note, one of `duplicate`, `fraudulent`, `order_change`, or `product_unsatisfactory`
    pub reason: Option<models::CreditNotePreviewReason>,
    /// ID of an existing refund to link this credit note to.
    pub refund: Option<String>,
    /// The integer amount in %s representing the amount to refund. If set, a refund will be created for the charge associated with the invoice.
    pub refund_amount: Option<i64>,
}
#[cfg(feature = "credit_note")]
impl CreditNotePreviewParams {
    /// Parameters with the required ones set and every optional one empty.
    pub fn new(invoice: String) -> Self {
        Self {
            amount: None,
            credit_amount: None,
            expand: None,
            invoice,
            lines: None,
            memo: None,
            metadata: None,
            out_of_band_amount: None,
            reason: None,
            refund: None,
            refund_amount: None,
        }
    }
}
#[cfg(feature = "credit_note")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CreditNotePreviewParams {
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<i64>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets `credit_amount`.
    pub fn credit_amount(mut self, value: impl Into<i64>) -> Self {
        self.credit_amount = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `lines`.
    pub fn lines(
        mut self,
        value: impl Into<Vec<models::CreditNotePreviewLinesItem>>,
    ) -> Self {
        self.lines = Some(value.into());
        self
    }
    /// Sets `memo`.
    pub fn memo(mut self, value: impl Into<String>) -> Self {
        self.memo = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `out_of_band_amount`.
    pub fn out_of_band_amount(mut self, value: impl Into<i64>) -> Self {
        self.out_of_band_amount = Some(value.into());
        self
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<models::CreditNotePreviewReason>) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// Sets `refund`.
    pub fn refund(mut self, value: impl Into<String>) -> Self {
        self.refund = Some(value.into());
        self
    }
    /// Sets `refund_amount`.
    pub fn refund_amount(mut self, value: impl Into<i64>) -> Self {
        self.refund_amount = Some(value.into());
        self
    }
}
#[cfg(feature = "credit_note_line_item")]
/// Parameters of [`credit_notes().preview().lines`](crate::resources::CreditNotesPreview::lines).
#[derive(Debug, Clone, PartialEq)]
pub struct CreditNotePreviewLinesParams {
    /// The integer amount in %s representing the total amount of the credit note.
    pub amount: Option<i64>,
    /// The integer amount in %s representing the amount to credit the customer's balance, which will be automatically applied to their next invoice.
    pub credit_amount: Option<i64>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// ID of the invoice.
    pub invoice: String,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Line items that make up the credit note.
    pub lines: Option<Vec<models::CreditNotePreviewLinesLinesItem>>,
    /// The credit note's memo appears on the credit note PDF.
    pub memo: Option<String>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The integer amount in %s representing the amount that is credited outside of Stripe.
    pub out_of_band_amount: Option<i64>,
    /// Reason for issuing this credit note, one of `duplicate`, `fraudulent`, `order_change`, or `product_unsatisfactory`
    pub reason: Option<models::CreditNotePreviewLinesReason>,
    /// ID of an existing refund to link this credit note to.
    pub refund: Option<String>,
    /// The integer amount in %s representing the amount to refund. If set, a refund will be created for the charge associated with the invoice.
    pub refund_amount: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "credit_note_line_item")]
impl CreditNotePreviewLinesParams {
    /// Parameters with the required ones set and every optional one empty.
    pub fn new(invoice: String) -> Self {
        Self {
            amount: None,
            credit_amount: None,
            ending_before: None,
            expand: None,
            invoice,
            limit: None,
            lines: None,
            memo: None,
            metadata: None,
            out_of_band_amount: None,
            reason: None,
            refund: None,
            refund_amount: None,
            starting_after: None,
        }
    }
}
#[cfg(feature = "credit_note_line_item")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CreditNotePreviewLinesParams {
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<i64>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets `credit_amount`.
    pub fn credit_amount(mut self, value: impl Into<i64>) -> Self {
        self.credit_amount = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `lines`.
    pub fn lines(
        mut self,
        value: impl Into<Vec<models::CreditNotePreviewLinesLinesItem>>,
    ) -> Self {
        self.lines = Some(value.into());
        self
    }
    /// Sets `memo`.
    pub fn memo(mut self, value: impl Into<String>) -> Self {
        self.memo = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `out_of_band_amount`.
    pub fn out_of_band_amount(mut self, value: impl Into<i64>) -> Self {
        self.out_of_band_amount = Some(value.into());
        self
    }
    /// Sets `reason`.
    pub fn reason(
        mut self,
        value: impl Into<models::CreditNotePreviewLinesReason>,
    ) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// Sets `refund`.
    pub fn refund(mut self, value: impl Into<String>) -> Self {
        self.refund = Some(value.into());
        self
    }
    /// Sets `refund_amount`.
    pub fn refund_amount(mut self, value: impl Into<i64>) -> Self {
        self.refund_amount = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "credit_note_line_item")]
/// Parameters of [`credit_notes().lines`](crate::resources::CreditNotes::lines).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreditNoteLinesParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "credit_note_line_item")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CreditNoteLinesParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "credit_note")]
/// Parameters of [`credit_notes().retrieve`](crate::resources::CreditNotes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreditNoteRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "credit_note")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CreditNoteRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "customer")]
/// Parameters of [`customers().list`](crate::resources::Customers::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerListParams {
    pub created: Option<models::CustomerListCreated>,
    /// A case-sensitive filter on the list based on the customer's `email` field. The value must be a string.
    pub email: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "customer")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::CustomerListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "customer")]
/// Parameters of [`customers().retrieve`](crate::resources::Customers::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "customer")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "customer_balance_transaction")]
/// Parameters of [`customers().balance_transactions().list`](crate::resources::CustomersBalanceTransactions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerBalanceTransactionListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "customer_balance_transaction")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerBalanceTransactionListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "customer_balance_transaction")]
/// Parameters of [`customers().balance_transactions().retrieve`](crate::resources::CustomersBalanceTransactions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerBalanceTransactionRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "customer_balance_transaction")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerBalanceTransactionRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "bank_account")]
/// Parameters of [`customers().bank_accounts().list`](crate::resources::CustomersBankAccounts::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerBankAccountListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "bank_account")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerBankAccountListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "bank_account")]
/// Parameters of [`customers().bank_accounts().retrieve`](crate::resources::CustomersBankAccounts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerBankAccountRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "bank_account")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerBankAccountRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "card")]
/// Parameters of [`customers().cards().list`](crate::resources::CustomersCards::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerCardListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "card")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerCardListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "card")]
/// Parameters of [`customers().cards().retrieve`](crate::resources::CustomersCards::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerCardRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "card")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerCardRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "discount")]
/// Parameters of [`customers().discount().retrieve`](crate::resources::CustomersDiscount::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerDiscountParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "discount")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerDiscountParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "alipay_account")]
/// Parameters of [`customers().sources().list`](crate::resources::CustomersSources::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerSourceListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Filter sources according to a particular object type.
    pub object: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "alipay_account")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerSourceListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<String>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "payment_source")]
/// Parameters of [`customers().sources().retrieve`](crate::resources::CustomersSources::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerSourceRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "payment_source")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerSourceRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "subscription")]
/// Parameters of [`customers().subscriptions().list`](crate::resources::CustomersSubscriptions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerSubscriptionListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "subscription")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerSubscriptionListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "subscription")]
/// Parameters of [`customers().subscriptions().retrieve`](crate::resources::CustomersSubscriptions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerSubscriptionRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "subscription")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerSubscriptionRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "discount")]
/// Parameters of [`customers().subscriptions().discount().retrieve`](crate::resources::CustomersSubscriptionsDiscount::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerSubscriptionDiscountParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "discount")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerSubscriptionDiscountParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "tax_id")]
/// Parameters of [`customers().tax_ids().list`](crate::resources::CustomersTaxIds::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerTaxIdListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "tax_id")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerTaxIdListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "tax_id")]
/// Parameters of [`customers().tax_ids().retrieve`](crate::resources::CustomersTaxIds::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerTaxIdRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "tax_id")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl CustomerTaxIdRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "dispute")]
/// Parameters of [`disputes().list`](crate::resources::Disputes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisputeListParams {
    /// Only return disputes associated to the charge specified by this charge ID.
    pub charge: Option<String>,
    pub created: Option<models::DisputeListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return disputes associated to the PaymentIntent specified by this PaymentIntent ID.
    pub payment_intent: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "dispute")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl DisputeListParams {
    /// Sets `charge`.
    pub fn charge(mut self, value: impl Into<String>) -> Self {
        self.charge = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::DisputeListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `payment_intent`.
    pub fn payment_intent(mut self, value: impl Into<String>) -> Self {
        self.payment_intent = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "dispute")]
/// Parameters of [`disputes().retrieve`](crate::resources::Disputes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisputeRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "dispute")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl DisputeRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "event")]
/// Parameters of [`events().list`](crate::resources::Events::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventListParams {
    pub created: Option<models::EventListCreated>,
    /// Filter events by whether all webhooks were successfully delivered. If false, events which are still pending or have failed all delivery attempts to a webhook endpoint will be returned.
    pub delivery_success: Option<bool>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// A string containing a specific event name, or group of events using \* as a wildcard. The list will be filtered to include only events with a matching event property.
    pub r#type: Option<String>,
    /// An array of up to 20 strings containing specific event names. The list will be filtered to include only events with a matching event property. You may pass either `type` or `types`, but not both.
    pub types: Option<Vec<String>>,
}
#[cfg(feature = "event")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl EventListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::EventListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `delivery_success`.
    pub fn delivery_success(mut self, value: impl Into<bool>) -> Self {
        self.delivery_success = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `types`.
    pub fn types(mut self, value: impl Into<Vec<String>>) -> Self {
        self.types = Some(value.into());
        self
    }
}
#[cfg(feature = "event")]
/// Parameters of [`events().retrieve`](crate::resources::Events::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "event")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl EventRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "exchange_rate")]
/// Parameters of [`exchange_rates().list`](crate::resources::ExchangeRates::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExchangeRateListParams {
    /// A cursor for use in pagination. `ending_before` is the currency that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with the exchange rate for currency X your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and total number of supported payout currencies, and the default is the max.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is the currency that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with the exchange rate for currency X, your subsequent call can include `starting_after=X` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "exchange_rate")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ExchangeRateListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "exchange_rate")]
/// Parameters of [`exchange_rates().retrieve`](crate::resources::ExchangeRates::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExchangeRateRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "exchange_rate")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ExchangeRateRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "file_link")]
/// Parameters of [`file_links().list`](crate::resources::FileLinks::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileLinkListParams {
    pub created: Option<models::FileLinkListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// Filter links by their expiration status. By default, all links are returned.
    pub expired: Option<bool>,
    /// Only return links for the given file.
    pub file: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "file_link")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl FileLinkListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::FileLinkListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `expired`.
    pub fn expired(mut self, value: impl Into<bool>) -> Self {
        self.expired = Some(value.into());
        self
    }
    /// Sets `file`.
    pub fn file(mut self, value: impl Into<String>) -> Self {
        self.file = Some(value.into());
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
}
#[cfg(feature = "file_link")]
/// Parameters of [`file_links().retrieve`](crate::resources::FileLinks::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileLinkRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "file_link")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl FileLinkRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "file")]
/// Parameters of [`files().list`](crate::resources::Files::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileListParams {
    pub created: Option<models::FileListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// The file purpose to filter queries by. If none is provided, files will not be filtered by purpose.
    pub purpose: Option<models::FileListPurpose>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "file")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl FileListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::FileListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `purpose`.
    pub fn purpose(mut self, value: impl Into<models::FileListPurpose>) -> Self {
        self.purpose = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "file")]
/// Parameters of [`files().retrieve`](crate::resources::Files::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "file")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl FileRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "identity_verification_report")]
/// Parameters of [`identity().verification_reports().list`](crate::resources::IdentityVerificationReports::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityVerificationReportListParams {
    pub created: Option<models::IdentityVerificationReportListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return VerificationReports of this type
    pub r#type: Option<models::IdentityVerificationReportListType>,
    /// Only return VerificationReports created by this VerificationSession ID. It is allowed to provide a VerificationIntent ID.
    pub verification_session: Option<String>,
}
#[cfg(feature = "identity_verification_report")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IdentityVerificationReportListParams {
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::IdentityVerificationReportListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<models::IdentityVerificationReportListType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `verification_session`.
    pub fn verification_session(mut self, value: impl Into<String>) -> Self {
        self.verification_session = Some(value.into());
        self
    }
}
#[cfg(feature = "identity_verification_report")]
/// Parameters of [`identity().verification_reports().retrieve`](crate::resources::IdentityVerificationReports::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityVerificationReportRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "identity_verification_report")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IdentityVerificationReportRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "identity_verification_session")]
/// Parameters of [`identity().verification_sessions().list`](crate::resources::IdentityVerificationSessions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityVerificationSessionListParams {
    pub created: Option<models::IdentityVerificationSessionListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return VerificationSessions with this status. [Learn more about the lifecycle of sessions](https://stripe.com/docs/identity/how-sessions-work).
    pub status: Option<models::IdentityVerificationSessionListStatus>,
}
#[cfg(feature = "identity_verification_session")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IdentityVerificationSessionListParams {
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::IdentityVerificationSessionListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<models::IdentityVerificationSessionListStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(feature = "identity_verification_session")]
/// Parameters of [`identity().verification_sessions().retrieve`](crate::resources::IdentityVerificationSessions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityVerificationSessionRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "identity_verification_session")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IdentityVerificationSessionRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "invoiceitem")]
/// Parameters of [`invoiceitems().list`](crate::resources::Invoiceitems::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoiceitemListParams {
    pub created: Option<models::InvoiceitemListCreated>,
    /// The identifier of the customer whose invoice items to return. If none is provided, all invoice items will be returned.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// Only return invoice items belonging to this invoice. If none is provided, all invoice items will be returned. If specifying an invoice, no customer identifier is needed.
    pub invoice: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Set to `true` to only show pending invoice items, which are not yet attached to any invoices. Set to `false` to only show invoice items already attached to invoices. If unspecified, no filter is applied.
    pub pending: Option<bool>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "invoiceitem")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl InvoiceitemListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::InvoiceitemListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `invoice`.
    pub fn invoice(mut self, value: impl Into<String>) -> Self {
        self.invoice = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `pending`.
    pub fn pending(mut self, value: impl Into<bool>) -> Self {
        self.pending = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "invoiceitem")]
/// Parameters of [`invoiceitems().retrieve`](crate::resources::Invoiceitems::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoiceitemRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "invoiceitem")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl InvoiceitemRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "invoice")]
/// Parameters of [`invoices().list`](crate::resources::Invoices::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoiceListParams {
    /// The collection method of the invoice to retrieve. Either `charge_automatically` or `send_invoice`.
    pub collection_method: Option<models::InvoiceListCollectionMethod>,
    pub created: Option<models::InvoiceListCreated>,
    /// Only return invoices for the customer specified by this customer ID.
    pub customer: Option<String>,
    pub due_date: Option<models::InvoiceListDueDate>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// The status of the invoice, one of `draft`, `open`, `paid`, `uncollectible`, or `void`. [Learn more](https://stripe.com/docs/billing/invoices/workflow#workflow-overview)
    pub status: Option<models::InvoiceListStatus>,
    /// Only return invoices for the subscription specified by this subscription ID.
    pub subscription: Option<String>,
}
#[cfg(feature = "invoice")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl InvoiceListParams {
    /// Sets `collection_method`.
    pub fn collection_method(
        mut self,
        value: impl Into<models::InvoiceListCollectionMethod>,
    ) -> Self {
        self.collection_method = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::InvoiceListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `due_date`.
    pub fn due_date(mut self, value: impl Into<models::InvoiceListDueDate>) -> Self {
        self.due_date = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<models::InvoiceListStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `subscription`.
    pub fn subscription(mut self, value: impl Into<String>) -> Self {
        self.subscription = Some(value.into());
        self
    }
}
#[cfg(feature = "invoice")]
/// Parameters of [`invoices().upcoming().retrieve`](crate::resources::InvoicesUpcoming::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoiceUpcomingParams {
    /// Settings for automatic tax lookup for this invoice preview.
    pub automatic_tax: Option<models::InvoiceUpcomingAutomaticTax>,
    /// The code of the coupon to apply. If `subscription` or `subscription_items` is provided, the invoice returned will preview updating or creating a subscription with that coupon. Otherwise, it will preview applying that coupon to the customer for the next upcoming invoice from among the customer's subscriptions. The invoice can be previewed without a coupon by passing this value as an empty string.
    pub coupon: Option<String>,
    /// The identifier of the customer whose upcoming invoice you'd like to retrieve.
    pub customer: Option<String>,
    /// Details about the customer you want to invoice or overrides for an existing customer.
    pub customer_details: Option<models::InvoiceUpcomingCustomerDetails>,
    /// The coupons to redeem into discounts for the invoice preview. If not specified, inherits the discount from the customer or subscription. Pass an empty string to avoid inheriting any discounts. To preview the upcoming invoice for a subscription that hasn't been created, use `coupon` instead.
    pub discounts: Option<models::OrEmpty<Vec<models::InvoiceUpcomingDiscountsItem>>>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// List of invoice items to add or update in the upcoming invoice preview.
    pub invoice_items: Option<Vec<models::InvoiceUpcomingInvoiceItemsItem>>,
    /// The identifier of the unstarted schedule whose upcoming invoice you'd like to retrieve. Cannot be used with subscription or subscription fields.
    pub schedule: Option<String>,
    /// The identifier of the subscription for which you'd like to retrieve the upcoming invoice. If not provided, but a `subscription_items` is provided, you will preview creating a subscription with those items. If neither `subscription` nor `subscription_items` is provided, you will retrieve the next upcoming invoice from among the customer's subscriptions.
    pub subscription: Option<String>,
    /// For new subscriptions, a future timestamp to anchor the subscription's [billing cycle](https://stripe.com/docs/subscriptions/billing-cycle). This is used to determine the date of the first full invoice, and, for plans with `month` or `year` intervals, the day of the month for subsequent invoices. For existing subscriptions, the value can only be set to `now` or `unchanged`.
    pub subscription_billing_cycle_anchor: Option<
        models::InvoiceUpcomingSubscriptionBillingCycleAnchor,
    >,
    /// Timestamp indicating when the subscription should be scheduled to cancel. Will prorate if within the current period and prorations have been enabled using `proration_behavior`.
    pub subscription_cancel_at: Option<models::OrEmpty<i64>>,
    /// Boolean indicating whether this subscription should cancel at the end of the current period.
    pub subscription_cancel_at_period_end: Option<bool>,
    /// This simulates the subscription being canceled or expired immediately.
    pub subscription_cancel_now: Option<bool>,
    /// If provided, the invoice returned will preview updating or creating a subscription with these default tax rates. The default tax rates will apply to any line item that does not have `tax_rates` set.
    pub subscription_default_tax_rates: Option<models::OrEmpty<Vec<String>>>,
    /// A list of up to 20 subscription items, each with an attached price.
    pub subscription_items: Option<Vec<models::InvoiceUpcomingSubscriptionItemsItem>>,
    /// Determines how to handle [prorations](https://stripe.com/docs/subscriptions/billing-cycle#prorations) when the billing cycle changes (e.g., when switching plans, resetting `billing_cycle_anchor=now`, or starting a trial), or if an item's `quantity` changes. Valid values are `create_prorations`, `none`, or `always_invoice`.
    ///
    /// Passing `create_prorations` will cause proration invoice items to be created when applicable. These proration items will only be invoiced immediately under [certain conditions](https://stripe.com/docs/subscriptions/upgrading-downgrading#immediate-payment). In order to always invoice immediately for prorations, pass `always_invoice`.
    ///
    /// Prorations can be disabled by passing `none`.
    pub subscription_proration_behavior: Option<
        models::InvoiceUpcomingSubscriptionProrationBehavior,
    >,
    /// If previewing an update to a subscription, and doing proration, `subscription_proration_date` forces the proration to be calculated as though the update was done at the specified time. The time given must be within the current subscription period, and cannot be before the subscription was on its current plan. If set, `subscription`, and one of `subscription_items`, or `subscription_trial_end` are required. Also, `subscription_proration_behavior` cannot be set to 'none'.
    pub subscription_proration_date: Option<i64>,
    /// Date a subscription is intended to start (can be future or past)
    pub subscription_start_date: Option<i64>,
    /// If provided, the invoice returned will preview updating or creating a subscription with that trial end. If set, one of `subscription_items` or `subscription` is required.
    pub subscription_trial_end: Option<models::InvoiceUpcomingSubscriptionTrialEnd>,
    /// Indicates if a plan's `trial_period_days` should be applied to the subscription. Setting `subscription_trial_end` per subscription is preferred, and this defaults to `false`. Setting this flag to `true` together with `subscription_trial_end` is not allowed.
    pub subscription_trial_from_plan: Option<bool>,
}
#[cfg(feature = "invoice")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl InvoiceUpcomingParams {
    /// Sets `automatic_tax`.
    pub fn automatic_tax(
        mut self,
        value: impl Into<models::InvoiceUpcomingAutomaticTax>,
    ) -> Self {
        self.automatic_tax = Some(value.into());
        self
    }
    /// Sets `coupon`.
    pub fn coupon(mut self, value: impl Into<String>) -> Self {
        self.coupon = Some(value.into());
        self
    }
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `customer_details`.
    pub fn customer_details(
        mut self,
        value: impl Into<models::InvoiceUpcomingCustomerDetails>,
    ) -> Self {
        self.customer_details = Some(value.into());
        self
    }
    /// Sets `discounts`.
    pub fn discounts(
        mut self,
        value: impl Into<models::OrEmpty<Vec<models::InvoiceUpcomingDiscountsItem>>>,
    ) -> Self {
        self.discounts = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `invoice_items`.
    pub fn invoice_items(
        mut self,
        value: impl Into<Vec<models::InvoiceUpcomingInvoiceItemsItem>>,
    ) -> Self {
        self.invoice_items = Some(value.into());
        self
    }
    /// Sets `schedule`.
    pub fn schedule(mut self, value: impl Into<String>) -> Self {
        self.schedule = Some(value.into());
        self
    }
    /// Sets `subscription`.
    pub fn subscription(mut self, value: impl Into<String>) -> Self {
        self.subscription = Some(value.into());
        self
    }
    /// Sets `subscription_billing_cycle_anchor`.
    pub fn subscription_billing_cycle_anchor(
        mut self,
        value: impl Into<models::InvoiceUpcomingSubscriptionBillingCycleAnchor>,
    ) -> Self {
        self.subscription_billing_cycle_anchor = Some(value.into());
        self
    }
    /// Sets `subscription_cancel_at`.
    pub fn subscription_cancel_at(
        mut self,
        value: impl Into<models::OrEmpty<i64>>,
    ) -> Self {
        self.subscription_cancel_at = Some(value.into());
        self
    }
    /// Sets `subscription_cancel_at_period_end`.
    pub fn subscription_cancel_at_period_end(mut self, value: impl Into<bool>) -> Self {
        self.subscription_cancel_at_period_end = Some(value.into());
        self
    }
    /// Sets `subscription_cancel_now`.
    pub fn subscription_cancel_now(mut self, value: impl Into<bool>) -> Self {
        self.subscription_cancel_now = Some(value.into());
        self
    }
    /// Sets `subscription_default_tax_rates`.
    pub fn subscription_default_tax_rates(
        mut self,
        value: impl Into<models::OrEmpty<Vec<String>>>,
    ) -> Self {
        self.subscription_default_tax_rates = Some(value.into());
        self
    }
    /// Sets `subscription_items`.
    pub fn subscription_items(
        mut self,
        value: impl Into<Vec<models::InvoiceUpcomingSubscriptionItemsItem>>,
    ) -> Self {
        self.subscription_items = Some(value.into());
        self
    }
    /// Sets `subscription_proration_behavior`.
    pub fn subscription_proration_behavior(
        mut self,
        value: impl Into<models::InvoiceUpcomingSubscriptionProrationBehavior>,
    ) -> Self {
        self.subscription_proration_behavior = Some(value.into());
        self
    }
    /// Sets `subscription_proration_date`.
    pub fn subscription_proration_date(mut self, value: impl Into<i64>) -> Self {
        self.subscription_proration_date = Some(value.into());
        self
    }
    /// Sets `subscription_start_date`.
    pub fn subscription_start_date(mut self, value: impl Into<i64>) -> Self {
        self.subscription_start_date = Some(value.into());
        self
    }
    /// Sets `subscription_trial_end`.
    pub fn subscription_trial_end(
        mut self,
        value: impl Into<models::InvoiceUpcomingSubscriptionTrialEnd>,
    ) -> Self {
        self.subscription_trial_end = Some(value.into());
        self
    }
    /// Sets `subscription_trial_from_plan`.
    pub fn subscription_trial_from_plan(mut self, value: impl Into<bool>) -> Self {
        self.subscription_trial_from_plan = Some(value.into());
        self
    }
}
#[cfg(feature = "line_item")]
/// Parameters of [`invoices().upcoming().lines`](crate::resources::InvoicesUpcoming::lines).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoiceUpcomingLinesParams {
    /// Settings for automatic tax lookup for this invoice preview.
    pub automatic_tax: Option<models::InvoiceUpcomingLinesAutomaticTax>,
    /// The code of the coupon to apply. If `subscription` or `subscription_items` is provided, the invoice returned will preview updating or creating a subscription with that coupon. Otherwise, it will preview applying that coupon to the customer for the next upcoming invoice from among the customer's subscriptions. The invoice can be previewed without a coupon by passing this value as an empty string.
    pub coupon: Option<String>,
    /// The identifier of the customer whose upcoming invoice you'd like to retrieve.
    pub customer: Option<String>,
    /// Details about the customer you want to invoice or overrides for an existing customer.
    pub customer_details: Option<models::InvoiceUpcomingLinesCustomerDetails>,
    /// The coupons to redeem into discounts for the invoice preview. If not specified, inherits the discount from the customer or subscription. Pass an empty string to avoid inheriting any discounts. To preview the upcoming invoice for a subscription that hasn't been created, use `coupon` instead.
    pub discounts: Option<
        models::OrEmpty<Vec<models::InvoiceUpcomingLinesDiscountsItem>>,
    >,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// List of invoice items to add or update in the upcoming invoice preview.
    pub invoice_items: Option<Vec<models::InvoiceUpcomingLinesInvoiceItemsItem>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// The identifier of the unstarted schedule whose upcoming invoice you'd like to retrieve. Cannot be used with subscription or subscription fields.
    pub schedule: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// The identifier of the subscription for which you'd like to retrieve the upcoming invoice. If not provided, but a `subscription_items` is provided, you will preview creating a subscription with those items. If neither `subscription` nor `subscription_items` is provided, you will retrieve the next upcoming invoice from among the customer's subscriptions.
    pub subscription: Option<String>,
    /// For new subscriptions, a future timestamp to anchor the subscription's [billing cycle](https://stripe.com/docs/subscriptions/billing-cycle). This is used to determine the date of the first full invoice, and, for plans with `month` or `year` intervals, the day of the month for subsequent invoices. For existing subscriptions, the value can only be set to `now` or `unchanged`.
    pub subscription_billing_cycle_anchor: Option<
        models::InvoiceUpcomingLinesSubscriptionBillingCycleAnchor,
    >,
    /// Timestamp indicating when the subscription should be scheduled to cancel. Will prorate if within the current period and prorations have been enabled using `proration_behavior`.
    pub subscription_cancel_at: Option<models::OrEmpty<i64>>,
    /// Boolean indicating whether this subscription should cancel at the end of the current period.
    pub subscription_cancel_at_period_end: Option<bool>,
    /// This simulates the subscription being canceled or expired immediately.
    pub subscription_cancel_now: Option<bool>,
    /// If provided, the invoice returned will preview updating or creating a subscription with these default tax rates. The default tax rates will apply to any line item that does not have `tax_rates` set.
    pub subscription_default_tax_rates: Option<models::OrEmpty<Vec<String>>>,
    /// A list of up to 20 subscription items, each with an attached price.
    pub subscription_items: Option<
        Vec<models::InvoiceUpcomingLinesSubscriptionItemsItem>,
    >,
    /// Determines how to handle [prorations](https://stripe.com/docs/subscriptions/billing-cycle#prorations) when the billing cycle changes (e.g., when switching plans, resetting `billing_cycle_anchor=now`, or starting a trial), or if an item's `quantity` changes. Valid values are `create_prorations`, `none`, or `always_invoice`.
    ///
    /// Passing `create_prorations` will cause proration invoice items to be created when applicable. These proration items will only be invoiced immediately under [certain conditions](https://stripe.com/docs/subscriptions/upgrading-downgrading#immediate-payment). In order to always invoice immediately for prorations, pass `always_invoice`.
    ///
    /// Prorations can be disabled by passing `none`.
    pub subscription_proration_behavior: Option<
        models::InvoiceUpcomingLinesSubscriptionProrationBehavior,
    >,
    /// If previewing an update to a subscription, and doing proration, `subscription_proration_date` forces the proration to be calculated as though the update was done at the specified time. The time given must be within the current subscription period, and cannot be before the subscription was on its current plan. If set, `subscription`, and one of `subscription_items`, or `subscription_trial_end` are required. Also, `subscription_proration_behavior` cannot be set to 'none'.
    pub subscription_proration_date: Option<i64>,
    /// Date a subscription is intended to start (can be future or past)
    pub subscription_start_date: Option<i64>,
    /// If provided, the invoice returned will preview updating or creating a subscription with that trial end. If set, one of `subscription_items` or `subscription` is required.
    pub subscription_trial_end: Option<models::InvoiceUpcomingLinesSubscriptionTrialEnd>,
    /// Indicates if a plan's `trial_period_days` should be applied to the subscription. Setting `subscription_trial_end` per subscription is preferred, and this defaults to `false`. Setting this flag to `true` together with `subscription_trial_end` is not allowed.
    pub subscription_trial_from_plan: Option<bool>,
}
#[cfg(feature = "line_item")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl InvoiceUpcomingLinesParams {
    /// Sets `automatic_tax`.
    pub fn automatic_tax(
        mut self,
        value: impl Into<models::InvoiceUpcomingLinesAutomaticTax>,
    ) -> Self {
        self.automatic_tax = Some(value.into());
        self
    }
    /// Sets `coupon`.
    pub fn coupon(mut self, value: impl Into<String>) -> Self {
        self.coupon = Some(value.into());
        self
    }
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `customer_details`.
    pub fn customer_details(
        mut self,
        value: impl Into<models::InvoiceUpcomingLinesCustomerDetails>,
    ) -> Self {
        self.customer_details = Some(value.into());
        self
    }
    /// Sets `discounts`.
    pub fn discounts(
        mut self,
        value: impl Into<models::OrEmpty<Vec<models::InvoiceUpcomingLinesDiscountsItem>>>,
    ) -> Self {
        self.discounts = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `invoice_items`.
    pub fn invoice_items(
        mut self,
        value: impl Into<Vec<models::InvoiceUpcomingLinesInvoiceItemsItem>>,
    ) -> Self {
        self.invoice_items = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `schedule`.
    pub fn schedule(mut self, value: impl Into<String>) -> Self {
        self.schedule = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `subscription`.
    pub fn subscription(mut self, value: impl Into<String>) -> Self {
        self.subscription = Some(value.into());
        self
    }
    /// Sets `subscription_billing_cycle_anchor`.
    pub fn subscription_billing_cycle_anchor(
        mut self,
        value: impl Into<models::InvoiceUpcomingLinesSubscriptionBillingCycleAnchor>,
    ) -> Self {
        self.subscription_billing_cycle_anchor = Some(value.into());
        self
    }
    /// Sets `subscription_cancel_at`.
    pub fn subscription_cancel_at(
        mut self,
        value: impl Into<models::OrEmpty<i64>>,
    ) -> Self {
        self.subscription_cancel_at = Some(value.into());
        self
    }
    /// Sets `subscription_cancel_at_period_end`.
    pub fn subscription_cancel_at_period_end(mut self, value: impl Into<bool>) -> Self {
        self.subscription_cancel_at_period_end = Some(value.into());
        self
    }
    /// Sets `subscription_cancel_now`.
    pub fn subscription_cancel_now(mut self, value: impl Into<bool>) -> Self {
        self.subscription_cancel_now = Some(value.into());
        self
    }
    /// Sets `subscription_default_tax_rates`.
    pub fn subscription_default_tax_rates(
        mut self,
        value: impl Into<models::OrEmpty<Vec<String>>>,
    ) -> Self {
        self.subscription_default_tax_rates = Some(value.into());
        self
    }
    /// Sets `subscription_items`.
    pub fn subscription_items(
        mut self,
        value: impl Into<Vec<models::InvoiceUpcomingLinesSubscriptionItemsItem>>,
    ) -> Self {
        self.subscription_items = Some(value.into());
        self
    }
    /// Sets `subscription_proration_behavior`.
    pub fn subscription_proration_behavior(
        mut self,
        value: impl Into<models::InvoiceUpcomingLinesSubscriptionProrationBehavior>,
    ) -> Self {
        self.subscription_proration_behavior = Some(value.into());
        self
    }
    /// Sets `subscription_proration_date`.
    pub fn subscription_proration_date(mut self, value: impl Into<i64>) -> Self {
        self.subscription_proration_date = Some(value.into());
        self
    }
    /// Sets `subscription_start_date`.
    pub fn subscription_start_date(mut self, value: impl Into<i64>) -> Self {
        self.subscription_start_date = Some(value.into());
        self
    }
    /// Sets `subscription_trial_end`.
    pub fn subscription_trial_end(
        mut self,
        value: impl Into<models::InvoiceUpcomingLinesSubscriptionTrialEnd>,
    ) -> Self {
        self.subscription_trial_end = Some(value.into());
        self
    }
    /// Sets `subscription_trial_from_plan`.
    pub fn subscription_trial_from_plan(mut self, value: impl Into<bool>) -> Self {
        self.subscription_trial_from_plan = Some(value.into());
        self
    }
}
#[cfg(feature = "invoice")]
/// Parameters of [`invoices().retrieve`](crate::resources::Invoices::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoiceRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "invoice")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl InvoiceRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "line_item")]
/// Parameters of [`invoices().lines`](crate::resources::Invoices::lines).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoiceLinesParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "line_item")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl InvoiceLinesParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "issuer_fraud_record")]
/// Parameters of [`issuer_fraud_records().list`](crate::resources::IssuerFraudRecords::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuerFraudRecordListParams {
    /// Only return issuer fraud records for the charge specified by this charge ID.
    pub charge: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "issuer_fraud_record")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuerFraudRecordListParams {
    /// Sets `charge`.
    pub fn charge(mut self, value: impl Into<String>) -> Self {
        self.charge = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "issuer_fraud_record")]
/// Parameters of [`issuer_fraud_records().retrieve`](crate::resources::IssuerFraudRecords::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuerFraudRecordRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuer_fraud_record")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuerFraudRecordRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "issuing_authorization")]
/// Parameters of [`issuing().authorizations().list`](crate::resources::IssuingAuthorizations::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingAuthorizationListParams {
    /// Only return authorizations that belong to the given card.
    pub card: Option<String>,
    /// Only return authorizations that belong to the given cardholder.
    pub cardholder: Option<String>,
    /// Only return authorizations that were created during the given date interval.
    pub created: Option<models::IssuingAuthorizationListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return authorizations with the given status. One of `pending`, `closed`, or `reversed`.
    pub status: Option<models::IssuingAuthorizationListStatus>,
}
#[cfg(feature = "issuing_authorization")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuingAuthorizationListParams {
    /// Sets `card`.
    pub fn card(mut self, value: impl Into<String>) -> Self {
        self.card = Some(value.into());
        self
    }
    /// Sets `cardholder`.
    pub fn cardholder(mut self, value: impl Into<String>) -> Self {
        self.cardholder = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::IssuingAuthorizationListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<models::IssuingAuthorizationListStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(feature = "issuing_authorization")]
/// Parameters of [`issuing().authorizations().retrieve`](crate::resources::IssuingAuthorizations::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingAuthorizationRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_authorization")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuingAuthorizationRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "issuing_cardholder")]
/// Parameters of [`issuing().cardholders().list`](crate::resources::IssuingCardholders::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingCardholderListParams {
    /// Only return cardholders that were created during the given date interval.
    pub created: Option<models::IssuingCardholderListCreated>,
    /// Only return cardholders that have the given email address.
    pub email: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return cardholders that have the given phone number.
    pub phone_number: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return cardholders that have the given status. One of `active`, `inactive`, or `blocked`.
    pub status: Option<models::IssuingCardholderListStatus>,
    /// Only return cardholders that have the given type. One of `individual` or `company`.
    pub r#type: Option<models::IssuingCardholderListType>,
}
#[cfg(feature = "issuing_cardholder")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuingCardholderListParams {
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::IssuingCardholderListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `phone_number`.
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<models::IssuingCardholderListStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<models::IssuingCardholderListType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
#[cfg(feature = "issuing_cardholder")]
/// Parameters of [`issuing().cardholders().retrieve`](crate::resources::IssuingCardholders::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingCardholderRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_cardholder")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuingCardholderRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "issuing_card")]
/// Parameters of [`issuing().cards().list`](crate::resources::IssuingCards::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingCardListParams {
    /// Only return cards belonging to the Cardholder with the provided ID.
    pub cardholder: Option<String>,
    /// Only return cards that were issued during the given date interval.
    pub created: Option<models::IssuingCardListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Only return cards that have the given expiration month.
    pub exp_month: Option<i64>,
    /// Only return cards that have the given expiration year.
    pub exp_year: Option<i64>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// Only return cards that have the given last four digits.
    pub last4: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return cards that have the given status. One of `active`, `inactive`, or `canceled`.
    pub status: Option<models::IssuingCardListStatus>,
    /// Only return cards that have the given type. One of `virtual` or `physical`.
    pub r#type: Option<models::IssuingCardListType>,
}
#[cfg(feature = "issuing_card")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuingCardListParams {
    /// Sets `cardholder`.
    pub fn cardholder(mut self, value: impl Into<String>) -> Self {
        self.cardholder = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::IssuingCardListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `exp_month`.
    pub fn exp_month(mut self, value: impl Into<i64>) -> Self {
        self.exp_month = Some(value.into());
        self
    }
    /// Sets `exp_year`.
    pub fn exp_year(mut self, value: impl Into<i64>) -> Self {
        self.exp_year = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `last4`.
    pub fn last4(mut self, value: impl Into<String>) -> Self {
        self.last4 = Some(value.into());
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
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<models::IssuingCardListStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<models::IssuingCardListType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
#[cfg(feature = "issuing_card")]
/// Parameters of [`issuing().cards().retrieve`](crate::resources::IssuingCards::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingCardRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_card")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuingCardRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "issuing_dispute")]
/// Parameters of [`issuing().disputes().list`](crate::resources::IssuingDisputes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingDisputeListParams {
    /// Select Issuing disputes that were created during the given date interval.
    pub created: Option<models::IssuingDisputeListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Select Issuing disputes with the given status.
    pub status: Option<models::IssuingDisputeListStatus>,
    /// Select the Issuing dispute for the given transaction.
    pub transaction: Option<String>,
}
#[cfg(feature = "issuing_dispute")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuingDisputeListParams {
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::IssuingDisputeListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<models::IssuingDisputeListStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `transaction`.
    pub fn transaction(mut self, value: impl Into<String>) -> Self {
        self.transaction = Some(value.into());
        self
    }
}
#[cfg(feature = "issuing_dispute")]
/// Parameters of [`issuing().disputes().retrieve`](crate::resources::IssuingDisputes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingDisputeRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_dispute")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuingDisputeRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "issuing_settlement")]
/// Parameters of [`issuing().settlements().list`](crate::resources::IssuingSettlements::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingSettlementListParams {
    /// Only return issuing settlements that were created during the given date interval.
    pub created: Option<models::IssuingSettlementListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "issuing_settlement")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuingSettlementListParams {
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::IssuingSettlementListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "issuing_settlement")]
/// Parameters of [`issuing().settlements().retrieve`](crate::resources::IssuingSettlements::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingSettlementRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_settlement")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuingSettlementRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "issuing_transaction")]
/// Parameters of [`issuing().transactions().list`](crate::resources::IssuingTransactions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingTransactionListParams {
    /// Only return transactions that belong to the given card.
    pub card: Option<String>,
    /// Only return transactions that belong to the given cardholder.
    pub cardholder: Option<String>,
    /// Only return transactions that were created during the given date interval.
    pub created: Option<models::IssuingTransactionListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return transactions that have the given type. One of `capture` or `refund`.
    pub r#type: Option<models::IssuingTransactionListType>,
}
#[cfg(feature = "issuing_transaction")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuingTransactionListParams {
    /// Sets `card`.
    pub fn card(mut self, value: impl Into<String>) -> Self {
        self.card = Some(value.into());
        self
    }
    /// Sets `cardholder`.
    pub fn cardholder(mut self, value: impl Into<String>) -> Self {
        self.cardholder = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::IssuingTransactionListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<models::IssuingTransactionListType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
#[cfg(feature = "issuing_transaction")]
/// Parameters of [`issuing().transactions().retrieve`](crate::resources::IssuingTransactions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingTransactionRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_transaction")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl IssuingTransactionRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "mandate")]
/// Parameters of [`mandates().retrieve`](crate::resources::Mandates::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MandateRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "mandate")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl MandateRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "order_return")]
/// Parameters of [`order_returns().list`](crate::resources::OrderReturns::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderReturnListParams {
    /// Date this return was created.
    pub created: Option<models::OrderReturnListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// The order to retrieve returns for.
    pub order: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "order_return")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl OrderReturnListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::OrderReturnListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<String>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "order_return")]
/// Parameters of [`order_returns().retrieve`](crate::resources::OrderReturns::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderReturnRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "order_return")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl OrderReturnRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "order")]
/// Parameters of [`orders().list`](crate::resources::Orders::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderListParams {
    /// Date this order was created.
    pub created: Option<models::OrderListCreated>,
    /// Only return orders for the given customer.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// Only return orders with the given IDs.
    pub ids: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return orders that have the given status. One of `created`, `paid`, `fulfilled`, or `refunded`.
    pub status: Option<String>,
    /// Filter orders based on when they were paid, fulfilled, canceled, or returned.
    pub status_transitions: Option<models::OrderListStatusTransitions>,
    /// Only return orders with the given upstream order IDs.
    pub upstream_ids: Option<Vec<String>>,
}
#[cfg(feature = "order")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl OrderListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::OrderListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `ids`.
    pub fn ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.ids = Some(value.into());
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
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `status_transitions`.
    pub fn status_transitions(
        mut self,
        value: impl Into<models::OrderListStatusTransitions>,
    ) -> Self {
        self.status_transitions = Some(value.into());
        self
    }
    /// Sets `upstream_ids`.
    pub fn upstream_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.upstream_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "order")]
/// Parameters of [`orders().retrieve`](crate::resources::Orders::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "order")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl OrderRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "payment_intent")]
/// Parameters of [`payment_intents().list`](crate::resources::PaymentIntents::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaymentIntentListParams {
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::PaymentIntentListCreated>,
    /// Only return PaymentIntents for the customer specified by this customer ID.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "payment_intent")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PaymentIntentListParams {
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::PaymentIntentListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "payment_intent")]
/// Parameters of [`payment_intents().retrieve`](crate::resources::PaymentIntents::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaymentIntentRetrieveParams {
    /// The client secret of the PaymentIntent. Required if a publishable key is used to retrieve the source.
    pub client_secret: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "payment_intent")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PaymentIntentRetrieveParams {
    /// Sets `client_secret`.
    pub fn client_secret(mut self, value: impl Into<String>) -> Self {
        self.client_secret = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "payment_method")]
/// Parameters of [`payment_methods().list`](crate::resources::PaymentMethods::list).
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentMethodListParams {
    /// The ID of the customer whose PaymentMethods will be retrieved.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// A required filter on the list, based on the object `type` field.
    pub r#type: models::PaymentMethodListType,
}
#[cfg(feature = "payment_method")]
impl PaymentMethodListParams {
    /// Parameters with the required ones set and every optional one empty.
    pub fn new(r#type: models::PaymentMethodListType) -> Self {
        Self {
            customer: None,
            ending_before: None,
            expand: None,
            limit: None,
            starting_after: None,
            r#type,
        }
    }
}
#[cfg(feature = "payment_method")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PaymentMethodListParams {
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "payment_method")]
/// Parameters of [`payment_methods().retrieve`](crate::resources::PaymentMethods::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaymentMethodRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "payment_method")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PaymentMethodRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "payout")]
/// Parameters of [`payouts().list`](crate::resources::Payouts::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PayoutListParams {
    pub arrival_date: Option<models::PayoutListArrivalDate>,
    pub created: Option<models::PayoutListCreated>,
    /// The ID of an external account - only return payouts sent to this external account.
    pub destination: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return payouts that have the given status: `pending`, `paid`, `failed`, or `canceled`.
    pub status: Option<String>,
}
#[cfg(feature = "payout")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PayoutListParams {
    /// Sets `arrival_date`.
    pub fn arrival_date(
        mut self,
        value: impl Into<models::PayoutListArrivalDate>,
    ) -> Self {
        self.arrival_date = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::PayoutListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `destination`.
    pub fn destination(mut self, value: impl Into<String>) -> Self {
        self.destination = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(feature = "payout")]
/// Parameters of [`payouts().retrieve`](crate::resources::Payouts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PayoutRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "payout")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PayoutRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "plan")]
/// Parameters of [`plans().list`](crate::resources::Plans::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanListParams {
    /// Only return plans that are active or inactive (e.g., pass `false` to list all inactive plans).
    pub active: Option<bool>,
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::PlanListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return plans for the given product.
    pub product: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "plan")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PlanListParams {
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::PlanListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `product`.
    pub fn product(mut self, value: impl Into<String>) -> Self {
        self.product = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "plan")]
/// Parameters of [`plans().retrieve`](crate::resources::Plans::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "plan")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PlanRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "price")]
/// Parameters of [`prices().list`](crate::resources::Prices::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PriceListParams {
    /// Only return prices that are active or inactive (e.g., pass `false` to list all inactive prices).
    pub active: Option<bool>,
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::PriceListCreated>,
    /// Only return prices for the given currency.
    pub currency: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return the price with these lookup_keys, if any exist.
    pub lookup_keys: Option<Vec<String>>,
    /// Only return prices for the given product.
    pub product: Option<String>,
    /// Only return prices with these recurring fields.
    pub recurring: Option<models::PriceListRecurring>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return prices of type `recurring` or `one_time`.
    pub r#type: Option<models::PriceListType>,
}
#[cfg(feature = "price")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PriceListParams {
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::PriceListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `currency`.
    pub fn currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `lookup_keys`.
    pub fn lookup_keys(mut self, value: impl Into<Vec<String>>) -> Self {
        self.lookup_keys = Some(value.into());
        self
    }
    /// Sets `product`.
    pub fn product(mut self, value: impl Into<String>) -> Self {
        self.product = Some(value.into());
        self
    }
    /// Sets `recurring`.
    pub fn recurring(mut self, value: impl Into<models::PriceListRecurring>) -> Self {
        self.recurring = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<models::PriceListType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
#[cfg(feature = "price")]
/// Parameters of [`prices().retrieve`](crate::resources::Prices::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PriceRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "price")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PriceRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "product")]
/// Parameters of [`products().list`](crate::resources::Products::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProductListParams {
    /// Only return products that are active or inactive (e.g., pass `false` to list all inactive products).
    pub active: Option<bool>,
    /// Only return products that were created during the given date interval.
    pub created: Option<models::ProductListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// Only return products with the given IDs.
    pub ids: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return products that can be shipped (i.e., physical, not digital products).
    pub shippable: Option<bool>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return products with the given url.
    pub url: Option<String>,
}
#[cfg(feature = "product")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ProductListParams {
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::ProductListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `ids`.
    pub fn ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.ids = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `shippable`.
    pub fn shippable(mut self, value: impl Into<bool>) -> Self {
        self.shippable = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}
#[cfg(feature = "product")]
/// Parameters of [`products().retrieve`](crate::resources::Products::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProductRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "product")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ProductRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "promotion_code")]
/// Parameters of [`promotion_codes().list`](crate::resources::PromotionCodes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PromotionCodeListParams {
    /// Filter promotion codes by whether they are active.
    pub active: Option<bool>,
    /// Only return promotion codes that have this case-insensitive code.
    pub code: Option<String>,
    /// Only return promotion codes for this coupon.
    pub coupon: Option<String>,
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::PromotionCodeListCreated>,
    /// Only return promotion codes that are restricted to this customer.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "promotion_code")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PromotionCodeListParams {
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `coupon`.
    pub fn coupon(mut self, value: impl Into<String>) -> Self {
        self.coupon = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::PromotionCodeListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "promotion_code")]
/// Parameters of [`promotion_codes().retrieve`](crate::resources::PromotionCodes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PromotionCodeRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "promotion_code")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl PromotionCodeRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "quote")]
/// Parameters of [`quotes().list`](crate::resources::Quotes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuoteListParams {
    /// The ID of the customer whose quotes will be retrieved.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// The status of the quote.
    pub status: Option<models::QuoteListStatus>,
}
#[cfg(feature = "quote")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl QuoteListParams {
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<models::QuoteListStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(feature = "quote")]
/// Parameters of [`quotes().retrieve`](crate::resources::Quotes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuoteRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "quote")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl QuoteRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "item")]
/// Parameters of [`quotes().computed_upfront_line_items`](crate::resources::Quotes::computed_upfront_line_items).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuoteComputedUpfrontLineItemsParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "item")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl QuoteComputedUpfrontLineItemsParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "item")]
/// Parameters of [`quotes().line_items`](crate::resources::Quotes::line_items).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuoteLineItemsParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "item")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl QuoteLineItemsParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "payment_intent")]
/// Parameters of [`quotes().pdf`](crate::resources::Quotes::pdf).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuotePdfParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "payment_intent")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl QuotePdfParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "radar_early_fraud_warning")]
/// Parameters of [`radar().early_fraud_warnings().list`](crate::resources::RadarEarlyFraudWarnings::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RadarEarlyFraudWarningListParams {
    /// Only return early fraud warnings for the charge specified by this charge ID.
    pub charge: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return early fraud warnings for charges that were created by the PaymentIntent specified by this PaymentIntent ID.
    pub payment_intent: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "radar_early_fraud_warning")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl RadarEarlyFraudWarningListParams {
    /// Sets `charge`.
    pub fn charge(mut self, value: impl Into<String>) -> Self {
        self.charge = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `payment_intent`.
    pub fn payment_intent(mut self, value: impl Into<String>) -> Self {
        self.payment_intent = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "radar_early_fraud_warning")]
/// Parameters of [`radar().early_fraud_warnings().retrieve`](crate::resources::RadarEarlyFraudWarnings::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RadarEarlyFraudWarningRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "radar_early_fraud_warning")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl RadarEarlyFraudWarningRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "radar_value_list_item")]
/// Parameters of [`radar().value_list_items().list`](crate::resources::RadarValueListItems::list).
#[derive(Debug, Clone, PartialEq)]
pub struct RadarValueListItemListParams {
    pub created: Option<models::RadarValueListItemListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Return items belonging to the parent list whose value matches the specified value (using an "is like" match).
    pub value: Option<String>,
    /// Identifier for the parent value list this item belongs to.
    pub value_list: String,
}
#[cfg(feature = "radar_value_list_item")]
impl RadarValueListItemListParams {
    /// Parameters with the required ones set and every optional one empty.
    pub fn new(value_list: String) -> Self {
        Self {
            created: None,
            ending_before: None,
            expand: None,
            limit: None,
            starting_after: None,
            value: None,
            value_list,
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl RadarValueListItemListParams {
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::RadarValueListItemListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
#[cfg(feature = "radar_value_list_item")]
/// Parameters of [`radar().value_list_items().retrieve`](crate::resources::RadarValueListItems::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RadarValueListItemRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "radar_value_list_item")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl RadarValueListItemRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "radar_value_list")]
/// Parameters of [`radar().value_lists().list`](crate::resources::RadarValueLists::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RadarValueListListParams {
    /// The alias used to reference the value list when writing rules.
    pub alias: Option<String>,
    /// A value contained within a value list - returns all value lists containing this value.
    pub contains: Option<String>,
    pub created: Option<models::RadarValueListListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "radar_value_list")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl RadarValueListListParams {
    /// Sets `alias`.
    pub fn alias(mut self, value: impl Into<String>) -> Self {
        self.alias = Some(value.into());
        self
    }
    /// Sets `contains`.
    pub fn contains(mut self, value: impl Into<String>) -> Self {
        self.contains = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::RadarValueListListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "radar_value_list")]
/// Parameters of [`radar().value_lists().retrieve`](crate::resources::RadarValueLists::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RadarValueListRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "radar_value_list")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl RadarValueListRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "recipient")]
/// Parameters of [`recipients().list`](crate::resources::Recipients::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecipientListParams {
    pub created: Option<models::RecipientListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    pub r#type: Option<models::RecipientListType>,
    /// Only return recipients that are verified or unverified.
    pub verified: Option<bool>,
}
#[cfg(feature = "recipient")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl RecipientListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::RecipientListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<models::RecipientListType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `verified`.
    pub fn verified(mut self, value: impl Into<bool>) -> Self {
        self.verified = Some(value.into());
        self
    }
}
#[cfg(feature = "recipient")]
/// Parameters of [`recipients().retrieve`](crate::resources::Recipients::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecipientRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "recipient")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl RecipientRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "refund")]
/// Parameters of [`refunds().list`](crate::resources::Refunds::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefundListParams {
    /// Only return refunds for the charge specified by this charge ID.
    pub charge: Option<String>,
    pub created: Option<models::RefundListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return refunds for the PaymentIntent specified by this ID.
    pub payment_intent: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "refund")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl RefundListParams {
    /// Sets `charge`.
    pub fn charge(mut self, value: impl Into<String>) -> Self {
        self.charge = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::RefundListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `payment_intent`.
    pub fn payment_intent(mut self, value: impl Into<String>) -> Self {
        self.payment_intent = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "refund")]
/// Parameters of [`refunds().retrieve`](crate::resources::Refunds::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefundRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "refund")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl RefundRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "reporting_report_run")]
/// Parameters of [`reporting().report_runs().list`](crate::resources::ReportingReportRuns::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportingReportRunListParams {
    pub created: Option<models::ReportingReportRunListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "reporting_report_run")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ReportingReportRunListParams {
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::ReportingReportRunListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "reporting_report_run")]
/// Parameters of [`reporting().report_runs().retrieve`](crate::resources::ReportingReportRuns::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportingReportRunRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "reporting_report_run")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ReportingReportRunRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "reporting_report_type")]
/// Parameters of [`reporting().report_types().list`](crate::resources::ReportingReportTypes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportingReportTypeListParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "reporting_report_type")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ReportingReportTypeListParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "reporting_report_type")]
/// Parameters of [`reporting().report_types().retrieve`](crate::resources::ReportingReportTypes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportingReportTypeRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "reporting_report_type")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ReportingReportTypeRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "review")]
/// Parameters of [`reviews().list`](crate::resources::Reviews::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewListParams {
    pub created: Option<models::ReviewListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "review")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ReviewListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::ReviewListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "review")]
/// Parameters of [`reviews().retrieve`](crate::resources::Reviews::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "review")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl ReviewRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "setup_attempt")]
/// Parameters of [`setup_attempts().list`](crate::resources::SetupAttempts::list).
#[derive(Debug, Clone, PartialEq)]
pub struct SetupAttemptParams {
    /// A filter on the list, based on the object `created` field. The value
    /// can be a string with an integer Unix timestamp, or it can be a
    /// dictionary with a number of different query options.
    pub created: Option<models::SetupAttemptCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return SetupAttempts created by the SetupIntent specified by
    /// this ID.
    pub setup_intent: String,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "setup_attempt")]
impl SetupAttemptParams {
    /// Parameters with the required ones set and every optional one empty.
    pub fn new(setup_intent: String) -> Self {
        Self {
            created: None,
            ending_before: None,
            expand: None,
            limit: None,
            setup_intent,
            starting_after: None,
        }
    }
}
#[cfg(feature = "setup_attempt")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SetupAttemptParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::SetupAttemptCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "setup_intent")]
/// Parameters of [`setup_intents().list`](crate::resources::SetupIntents::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetupIntentListParams {
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::SetupIntentListCreated>,
    /// Only return SetupIntents for the customer specified by this customer ID.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return SetupIntents associated with the specified payment method.
    pub payment_method: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "setup_intent")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SetupIntentListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::SetupIntentListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `payment_method`.
    pub fn payment_method(mut self, value: impl Into<String>) -> Self {
        self.payment_method = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "setup_intent")]
/// Parameters of [`setup_intents().retrieve`](crate::resources::SetupIntents::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetupIntentRetrieveParams {
    /// The client secret of the SetupIntent. Required if a publishable key is used to retrieve the SetupIntent.
    pub client_secret: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "setup_intent")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SetupIntentRetrieveParams {
    /// Sets `client_secret`.
    pub fn client_secret(mut self, value: impl Into<String>) -> Self {
        self.client_secret = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "scheduled_query_run")]
/// Parameters of [`sigma().scheduled_query_runs().list`](crate::resources::SigmaScheduledQueryRuns::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SigmaScheduledQueryRunListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "scheduled_query_run")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SigmaScheduledQueryRunListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "scheduled_query_run")]
/// Parameters of [`sigma().scheduled_query_runs().retrieve`](crate::resources::SigmaScheduledQueryRuns::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SigmaScheduledQueryRunRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "scheduled_query_run")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SigmaScheduledQueryRunRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "sku")]
/// Parameters of [`skus().list`](crate::resources::Skus::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SkuListParams {
    /// Only return SKUs that are active or inactive (e.g., pass `false` to list all inactive products).
    pub active: Option<bool>,
    /// Only return SKUs that have the specified key-value pairs in this partially constructed dictionary. Can be specified only if `product` is also supplied. For instance, if the associated product has attributes `["color", "size"]`, passing in `attributes[color]=red` returns all the SKUs for this product that have `color` set to `red`.
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// Only return SKUs with the given IDs.
    pub ids: Option<Vec<String>>,
    /// Only return SKUs that are either in stock or out of stock (e.g., pass `false` to list all SKUs that are out of stock). If no value is provided, all SKUs are returned.
    pub in_stock: Option<bool>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// The ID of the product whose SKUs will be retrieved. Must be a product with type `good`.
    pub product: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "sku")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SkuListParams {
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `ids`.
    pub fn ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.ids = Some(value.into());
        self
    }
    /// Sets `in_stock`.
    pub fn in_stock(mut self, value: impl Into<bool>) -> Self {
        self.in_stock = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `product`.
    pub fn product(mut self, value: impl Into<String>) -> Self {
        self.product = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "sku")]
/// Parameters of [`skus().retrieve`](crate::resources::Skus::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SkuRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "sku")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SkuRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "source")]
/// Parameters of [`sources().retrieve`](crate::resources::Sources::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceRetrieveParams {
    /// The client secret of the source. Required if a publishable key is used to retrieve the source.
    pub client_secret: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "source")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SourceRetrieveParams {
    /// Sets `client_secret`.
    pub fn client_secret(mut self, value: impl Into<String>) -> Self {
        self.client_secret = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "source_mandate_notification")]
/// Parameters of [`sources().mandate_notifications().retrieve`](crate::resources::SourcesMandateNotifications::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceMandateNotificationRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "source_mandate_notification")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SourceMandateNotificationRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "source_transaction")]
/// Parameters of [`sources().source_transactions().list`](crate::resources::SourcesSourceTransactions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceSourceTransactionListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "source_transaction")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SourceSourceTransactionListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "source_transaction")]
/// Parameters of [`sources().source_transactions().retrieve`](crate::resources::SourcesSourceTransactions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceSourceTransactionRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "source_transaction")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SourceSourceTransactionRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "subscription_item")]
/// Parameters of [`subscription_items().list`](crate::resources::SubscriptionItems::list).
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionItemListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// The ID of the subscription whose items will be retrieved.
    pub subscription: String,
}
#[cfg(feature = "subscription_item")]
impl SubscriptionItemListParams {
    /// Parameters with the required ones set and every optional one empty.
    pub fn new(subscription: String) -> Self {
        Self {
            ending_before: None,
            expand: None,
            limit: None,
            starting_after: None,
            subscription,
        }
    }
}
#[cfg(feature = "subscription_item")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SubscriptionItemListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "subscription_item")]
/// Parameters of [`subscription_items().retrieve`](crate::resources::SubscriptionItems::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubscriptionItemRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "subscription_item")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SubscriptionItemRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "usage_record_summary")]
/// Parameters of [`subscription_items().usage_record_summaries`](crate::resources::SubscriptionItems::usage_record_summaries).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubscriptionItemUsageRecordSummariesParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "usage_record_summary")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SubscriptionItemUsageRecordSummariesParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "subscription_schedule")]
/// Parameters of [`subscription_schedules().list`](crate::resources::SubscriptionSchedules::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubscriptionScheduleListParams {
    /// Only return subscription schedules that were created canceled the given date interval.
    pub canceled_at: Option<models::SubscriptionScheduleListCanceledAt>,
    /// Only return subscription schedules that completed during the given date interval.
    pub completed_at: Option<models::SubscriptionScheduleListCompletedAt>,
    /// Only return subscription schedules that were created during the given date interval.
    pub created: Option<models::SubscriptionScheduleListCreated>,
    /// Only return subscription schedules for the given customer.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return subscription schedules that were released during the given date interval.
    pub released_at: Option<models::SubscriptionScheduleListReleasedAt>,
    /// Only return subscription schedules that have not started yet.
    pub scheduled: Option<bool>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "subscription_schedule")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SubscriptionScheduleListParams {
    /// Sets `canceled_at`.
    pub fn canceled_at(
        mut self,
        value: impl Into<models::SubscriptionScheduleListCanceledAt>,
    ) -> Self {
        self.canceled_at = Some(value.into());
        self
    }
    /// Sets `completed_at`.
    pub fn completed_at(
        mut self,
        value: impl Into<models::SubscriptionScheduleListCompletedAt>,
    ) -> Self {
        self.completed_at = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(
        mut self,
        value: impl Into<models::SubscriptionScheduleListCreated>,
    ) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `released_at`.
    pub fn released_at(
        mut self,
        value: impl Into<models::SubscriptionScheduleListReleasedAt>,
    ) -> Self {
        self.released_at = Some(value.into());
        self
    }
    /// Sets `scheduled`.
    pub fn scheduled(mut self, value: impl Into<bool>) -> Self {
        self.scheduled = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}
#[cfg(feature = "subscription_schedule")]
/// Parameters of [`subscription_schedules().retrieve`](crate::resources::SubscriptionSchedules::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubscriptionScheduleRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "subscription_schedule")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SubscriptionScheduleRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "subscription")]
/// Parameters of [`subscriptions().list`](crate::resources::Subscriptions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubscriptionListParams {
    /// The collection method of the subscriptions to retrieve. Either `charge_automatically` or `send_invoice`.
    pub collection_method: Option<models::SubscriptionListCollectionMethod>,
    pub created: Option<models::SubscriptionListCreated>,
    pub current_period_end: Option<models::SubscriptionListCurrentPeriodEnd>,
    pub current_period_start: Option<models::SubscriptionListCurrentPeriodStart>,
    /// The ID of the customer whose subscriptions will be retrieved.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Filter for subscriptions that contain this recurring price ID.
    pub price: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// The status of the subscriptions to retrieve. Passing in a value of `canceled` will return all canceled subscriptions, including those belonging to deleted customers. Pass `ended` to find subscriptions that are canceled and subscriptions that are expired due to [incomplete payment](https://stripe.com/docs/billing/subscriptions/overview#subscription-statuses). Passing in a value of `all` will return subscriptions of all statuses. If no value is supplied, all subscriptions that have not been canceled are returned.
    pub status: Option<models::SubscriptionListStatus>,
}
#[cfg(feature = "subscription")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SubscriptionListParams {
    /// Sets `collection_method`.
    pub fn collection_method(
        mut self,
        value: impl Into<models::SubscriptionListCollectionMethod>,
    ) -> Self {
        self.collection_method = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::SubscriptionListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `current_period_end`.
    pub fn current_period_end(
        mut self,
        value: impl Into<models::SubscriptionListCurrentPeriodEnd>,
    ) -> Self {
        self.current_period_end = Some(value.into());
        self
    }
    /// Sets `current_period_start`.
    pub fn current_period_start(
        mut self,
        value: impl Into<models::SubscriptionListCurrentPeriodStart>,
    ) -> Self {
        self.current_period_start = Some(value.into());
        self
    }
    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `price`.
    pub fn price(mut self, value: impl Into<String>) -> Self {
        self.price = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<models::SubscriptionListStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(feature = "subscription")]
/// Parameters of [`subscriptions().retrieve`](crate::resources::Subscriptions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubscriptionRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "subscription")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl SubscriptionRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "tax_code")]
/// Parameters of [`tax_codes().list`](crate::resources::TaxCodes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaxCodeListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "tax_code")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TaxCodeListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "tax_code")]
/// Parameters of [`tax_codes().retrieve`](crate::resources::TaxCodes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaxCodeRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "tax_code")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TaxCodeRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "tax_rate")]
/// Parameters of [`tax_rates().list`](crate::resources::TaxRates::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaxRateListParams {
    /// Optional flag to filter by tax rates that are either active or inactive (archived).
    pub active: Option<bool>,
    /// Optional range for filtering created date.
    pub created: Option<models::TaxRateListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// Optional flag to filter by tax rates that are inclusive (or those that are not inclusive).
    pub inclusive: Option<bool>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "tax_rate")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TaxRateListParams {
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::TaxRateListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `inclusive`.
    pub fn inclusive(mut self, value: impl Into<bool>) -> Self {
        self.inclusive = Some(value.into());
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
}
#[cfg(feature = "tax_rate")]
/// Parameters of [`tax_rates().retrieve`](crate::resources::TaxRates::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaxRateRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "tax_rate")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TaxRateRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "terminal_location")]
/// Parameters of [`terminal().locations().list`](crate::resources::TerminalLocations::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TerminalLocationListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "terminal_location")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TerminalLocationListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "terminal_location")]
/// Parameters of [`terminal().locations().retrieve`](crate::resources::TerminalLocations::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TerminalLocationRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "terminal_location")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TerminalLocationRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "terminal_reader")]
/// Parameters of [`terminal().readers().list`](crate::resources::TerminalReaders::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TerminalReaderListParams {
    /// Filters readers by device type
    pub device_type: Option<models::TerminalReaderListDeviceType>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A location ID to filter the response list to only readers at the specific location
    pub location: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// A status filter to filter readers to only offline or online readers
    pub status: Option<models::TerminalReaderListStatus>,
}
#[cfg(feature = "terminal_reader")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TerminalReaderListParams {
    /// Sets `device_type`.
    pub fn device_type(
        mut self,
        value: impl Into<models::TerminalReaderListDeviceType>,
    ) -> Self {
        self.device_type = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<models::TerminalReaderListStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(feature = "terminal_reader")]
/// Parameters of [`terminal().readers().retrieve`](crate::resources::TerminalReaders::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TerminalReaderRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "terminal_reader")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TerminalReaderRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "token")]
/// Parameters of [`tokens().retrieve`](crate::resources::Tokens::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TokenRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "token")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TokenRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "topup")]
/// Parameters of [`topups().list`](crate::resources::Topups::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopupListParams {
    /// A positive integer representing how much to transfer.
    pub amount: Option<models::TopupListAmount>,
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::TopupListCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return top-ups that have the given status. One of `canceled`, `failed`, `pending` or `succeeded`.
    pub status: Option<models::TopupListStatus>,
}
#[cfg(feature = "topup")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TopupListParams {
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<models::TopupListAmount>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::TopupListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<models::TopupListStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(feature = "topup")]
/// Parameters of [`topups().retrieve`](crate::resources::Topups::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopupRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "topup")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TopupRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "transfer")]
/// Parameters of [`transfers().list`](crate::resources::Transfers::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransferListParams {
    pub created: Option<models::TransferListCreated>,
    /// Only return transfers for the destination specified by this account ID.
    pub destination: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return transfers with the specified transfer group.
    pub transfer_group: Option<String>,
}
#[cfg(feature = "transfer")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TransferListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<models::TransferListCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `destination`.
    pub fn destination(mut self, value: impl Into<String>) -> Self {
        self.destination = Some(value.into());
        self
    }
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
    /// Sets `transfer_group`.
    pub fn transfer_group(mut self, value: impl Into<String>) -> Self {
        self.transfer_group = Some(value.into());
        self
    }
}
#[cfg(feature = "transfer_reversal")]
/// Parameters of [`transfers().reversals().list`](crate::resources::TransfersReversals::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransferReversalListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "transfer_reversal")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TransferReversalListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "transfer")]
/// Parameters of [`transfers().retrieve`](crate::resources::Transfers::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransferRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "transfer")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TransferRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "transfer_reversal")]
/// Parameters of [`transfers().reversals().retrieve`](crate::resources::TransfersReversals::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransferReversalRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "transfer_reversal")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl TransferReversalRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
#[cfg(feature = "webhook_endpoint")]
/// Parameters of [`webhook_endpoints().list`](crate::resources::WebhookEndpoints::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookEndpointListParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "webhook_endpoint")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl WebhookEndpointListParams {
    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
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
}
#[cfg(feature = "webhook_endpoint")]
/// Parameters of [`webhook_endpoints().retrieve`](crate::resources::WebhookEndpoints::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookEndpointRetrieveParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "webhook_endpoint")]
#[allow(clippy::wrong_self_convention, clippy::should_implement_trait)]
impl WebhookEndpointRetrieveParams {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}
