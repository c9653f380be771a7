//! Query, header and cookie parameters, one struct per operation that has any.
#[allow(unused_imports)]
use crate::models;
#[cfg(feature = "three_d_secure")]
/// Parameters of [`_3d_secure().retrieve`](crate::resources::V3dSecure::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Get3dSecureThreeDSecureParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "account")]
/// Parameters of [`account().retrieve`](crate::resources::Account::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "external_account")]
/// Parameters of [`account().bank_accounts().retrieve`](crate::resources::AccountBankAccounts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountBankAccountsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "capability")]
/// Parameters of [`account().capabilities().list`](crate::resources::AccountCapabilities::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountCapabilitiesParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "capability")]
/// Parameters of [`account().capabilities().retrieve`](crate::resources::AccountCapabilities::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountCapabilitiesCapabilityParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "bank_account")]
/// Parameters of [`account().external_accounts().list`](crate::resources::AccountExternalAccounts::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountExternalAccountsParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "external_account")]
/// Parameters of [`account().external_accounts().retrieve`](crate::resources::AccountExternalAccounts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountExternalAccountsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "person")]
/// Parameters of [`account().people().list`](crate::resources::AccountPeople::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountPeopleParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Filters on the list of people returned based on the person's relationship to the account's company.
    pub relationship: Option<models::GetAccountPeopleRelationship>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "person")]
/// Parameters of [`account().people().retrieve`](crate::resources::AccountPeople::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountPeoplePersonParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "person")]
/// Parameters of [`account().persons().list`](crate::resources::AccountPersons::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountPersonsParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Filters on the list of people returned based on the person's relationship to the account's company.
    pub relationship: Option<models::GetAccountPersonsRelationship>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "person")]
/// Parameters of [`account().persons().retrieve`](crate::resources::AccountPersons::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountPersonsPersonParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "account")]
/// Parameters of [`accounts().list`](crate::resources::Accounts::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsParams {
    pub created: Option<models::GetAccountsCreated>,
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
/// Parameters of [`accounts().retrieve`](crate::resources::Accounts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "external_account")]
/// Parameters of [`accounts().bank_accounts().retrieve`](crate::resources::AccountsBankAccounts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountBankAccountsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "capability")]
/// Parameters of [`accounts().capabilities().list`](crate::resources::AccountsCapabilities::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountCapabilitiesParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "capability")]
/// Parameters of [`accounts().capabilities().retrieve`](crate::resources::AccountsCapabilities::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountCapabilitiesCapabilityParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "bank_account")]
/// Parameters of [`accounts().external_accounts().list`](crate::resources::AccountsExternalAccounts::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountExternalAccountsParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "external_account")]
/// Parameters of [`accounts().external_accounts().retrieve`](crate::resources::AccountsExternalAccounts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountExternalAccountsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "person")]
/// Parameters of [`accounts().people().list`](crate::resources::AccountsPeople::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountPeopleParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Filters on the list of people returned based on the person's relationship to the account's company.
    pub relationship: Option<models::GetAccountsAccountPeopleRelationship>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "person")]
/// Parameters of [`accounts().people().retrieve`](crate::resources::AccountsPeople::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountPeoplePersonParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "person")]
/// Parameters of [`accounts().persons().list`](crate::resources::AccountsPersons::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountPersonsParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Filters on the list of people returned based on the person's relationship to the account's company.
    pub relationship: Option<models::GetAccountsAccountPersonsRelationship>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "person")]
/// Parameters of [`accounts().persons().retrieve`](crate::resources::AccountsPersons::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountPersonsPersonParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "apple_pay_domain")]
/// Parameters of [`apple_pay().domains().list`](crate::resources::ApplePayDomains::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplePayDomainsParams {
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
/// Parameters of [`apple_pay().domains().retrieve`](crate::resources::ApplePayDomains::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplePayDomainsDomainParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "application_fee")]
/// Parameters of [`application_fees().list`](crate::resources::ApplicationFees::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationFeesParams {
    /// Only return application fees for the charge specified by this charge ID.
    pub charge: Option<String>,
    pub created: Option<models::GetApplicationFeesCreated>,
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
/// Parameters of [`application_fees().refunds().retrieve`](crate::resources::ApplicationFeesRefunds::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationFeesFeeRefundsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "application_fee")]
/// Parameters of [`application_fees().retrieve`](crate::resources::ApplicationFees::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationFeesIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "fee_refund")]
/// Parameters of [`application_fees().refunds().list`](crate::resources::ApplicationFeesRefunds::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationFeesIdRefundsParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "balance")]
/// Parameters of [`balance().retrieve`](crate::resources::Balance::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBalanceParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "balance_transaction")]
/// Parameters of [`balance().history().list`](crate::resources::BalanceHistory::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBalanceHistoryParams {
    pub created: Option<models::GetBalanceHistoryCreated>,
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
/// Parameters of [`balance().history().retrieve`](crate::resources::BalanceHistory::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBalanceHistoryIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "balance_transaction")]
/// Parameters of [`balance_transactions().list`](crate::resources::BalanceTransactions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBalanceTransactionsParams {
    pub created: Option<models::GetBalanceTransactionsCreated>,
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
/// Parameters of [`balance_transactions().retrieve`](crate::resources::BalanceTransactions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBalanceTransactionsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "billing_portal_configuration")]
/// Parameters of [`billing_portal().configurations().list`](crate::resources::BillingPortalConfigurations::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBillingPortalConfigurationsParams {
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
/// Parameters of [`billing_portal().configurations().retrieve`](crate::resources::BillingPortalConfigurations::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBillingPortalConfigurationsConfigurationParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "bitcoin_receiver")]
/// Parameters of [`bitcoin().receivers().list`](crate::resources::BitcoinReceivers::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBitcoinReceiversParams {
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
/// Parameters of [`bitcoin().receivers().retrieve`](crate::resources::BitcoinReceivers::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBitcoinReceiversIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "bitcoin_transaction")]
/// Parameters of [`bitcoin().receivers().transactions`](crate::resources::BitcoinReceivers::transactions).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBitcoinReceiversReceiverTransactionsParams {
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
/// Parameters of [`bitcoin().transactions().list`](crate::resources::BitcoinTransactions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBitcoinTransactionsParams {
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
#[cfg(feature = "charge")]
/// Parameters of [`charges().list`](crate::resources::Charges::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetChargesParams {
    pub created: Option<models::GetChargesCreated>,
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
/// Parameters of [`charges().retrieve`](crate::resources::Charges::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetChargesChargeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "dispute")]
/// Parameters of [`charges().dispute().retrieve`](crate::resources::ChargesDispute::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetChargesChargeDisputeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "refund")]
/// Parameters of [`charges().refunds().list`](crate::resources::ChargesRefunds::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetChargesChargeRefundsParams {
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
/// Parameters of [`charges().refunds().retrieve`](crate::resources::ChargesRefunds::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetChargesChargeRefundsRefundParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "checkout_session")]
/// Parameters of [`checkout().sessions().list`](crate::resources::CheckoutSessions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCheckoutSessionsParams {
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
/// Parameters of [`checkout().sessions().retrieve`](crate::resources::CheckoutSessions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCheckoutSessionsSessionParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "item")]
/// Parameters of [`checkout().sessions().line_items`](crate::resources::CheckoutSessions::line_items).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCheckoutSessionsSessionLineItemsParams {
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
/// Parameters of [`country_specs().list`](crate::resources::CountrySpecs::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCountrySpecsParams {
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
/// Parameters of [`country_specs().retrieve`](crate::resources::CountrySpecs::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCountrySpecsCountryParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "coupon")]
/// Parameters of [`coupons().list`](crate::resources::Coupons::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCouponsParams {
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::GetCouponsCreated>,
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
/// Parameters of [`coupons().retrieve`](crate::resources::Coupons::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCouponsCouponParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "credit_note")]
/// Parameters of [`credit_notes().list`](crate::resources::CreditNotes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCreditNotesParams {
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
/// Parameters of [`credit_notes().preview().retrieve`](crate::resources::CreditNotesPreview::retrieve).
#[derive(Debug, Clone, PartialEq)]
pub struct GetCreditNotesPreviewParams {
    /// The integer amount in %s representing the total amount of the credit note.
    pub amount: Option<i64>,
    /// The integer amount in %s representing the amount to credit the customer's balance, which will be automatically applied to their next invoice.
    pub credit_amount: Option<i64>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// ID of the invoice.
    pub invoice: String,
    /// Line items that make up the credit note.
    pub lines: Option<Vec<models::GetCreditNotesPreviewLinesItem>>,
    /// The credit note's memo appears on the credit note PDF.
    pub memo: Option<String>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The integer amount in %s representing the amount that is credited outside of Stripe.
    pub out_of_band_amount: Option<i64>,
    /// Reason for issuing this credit note, one of `duplicate`, `fraudulent`, `order_change`, or `product_unsatisfactory`
    pub reason: Option<models::GetCreditNotesPreviewReason>,
    /// ID of an existing refund to link this credit note to.
    pub refund: Option<String>,
    /// The integer amount in %s representing the amount to refund. If set, a refund will be created for the charge associated with the invoice.
    pub refund_amount: Option<i64>,
}
#[cfg(feature = "credit_note_line_item")]
/// Parameters of [`credit_notes().preview().lines`](crate::resources::CreditNotesPreview::lines).
#[derive(Debug, Clone, PartialEq)]
pub struct GetCreditNotesPreviewLinesParams {
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
    pub lines: Option<Vec<models::GetCreditNotesPreviewLinesLinesItem>>,
    /// The credit note's memo appears on the credit note PDF.
    pub memo: Option<String>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The integer amount in %s representing the amount that is credited outside of Stripe.
    pub out_of_band_amount: Option<i64>,
    /// Reason for issuing this credit note, one of `duplicate`, `fraudulent`, `order_change`, or `product_unsatisfactory`
    pub reason: Option<models::GetCreditNotesPreviewLinesReason>,
    /// ID of an existing refund to link this credit note to.
    pub refund: Option<String>,
    /// The integer amount in %s representing the amount to refund. If set, a refund will be created for the charge associated with the invoice.
    pub refund_amount: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "credit_note_line_item")]
/// Parameters of [`credit_notes().lines`](crate::resources::CreditNotes::lines).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCreditNotesCreditNoteLinesParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "credit_note")]
/// Parameters of [`credit_notes().retrieve`](crate::resources::CreditNotes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCreditNotesIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "customer")]
/// Parameters of [`customers().list`](crate::resources::Customers::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersParams {
    pub created: Option<models::GetCustomersCreated>,
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
/// Parameters of [`customers().retrieve`](crate::resources::Customers::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "customer_balance_transaction")]
/// Parameters of [`customers().balance_transactions().list`](crate::resources::CustomersBalanceTransactions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerBalanceTransactionsParams {
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
/// Parameters of [`customers().balance_transactions().retrieve`](crate::resources::CustomersBalanceTransactions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerBalanceTransactionsTransactionParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "bank_account")]
/// Parameters of [`customers().bank_accounts().list`](crate::resources::CustomersBankAccounts::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerBankAccountsParams {
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
/// Parameters of [`customers().bank_accounts().retrieve`](crate::resources::CustomersBankAccounts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerBankAccountsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "card")]
/// Parameters of [`customers().cards().list`](crate::resources::CustomersCards::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerCardsParams {
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
/// Parameters of [`customers().cards().retrieve`](crate::resources::CustomersCards::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerCardsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "discount")]
/// Parameters of [`customers().discount().retrieve`](crate::resources::CustomersDiscount::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerDiscountParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "alipay_account")]
/// Parameters of [`customers().sources().list`](crate::resources::CustomersSources::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerSourcesParams {
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
#[cfg(feature = "payment_source")]
/// Parameters of [`customers().sources().retrieve`](crate::resources::CustomersSources::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerSourcesIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "subscription")]
/// Parameters of [`customers().subscriptions().list`](crate::resources::CustomersSubscriptions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerSubscriptionsParams {
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
/// Parameters of [`customers().subscriptions().retrieve`](crate::resources::CustomersSubscriptions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerSubscriptionsSubscriptionExposedIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "discount")]
/// Parameters of [`customers().subscriptions().discount().retrieve`](crate::resources::CustomersSubscriptionsDiscount::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerSubscriptionsSubscriptionExposedIdDiscountParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "tax_id")]
/// Parameters of [`customers().tax_ids().list`](crate::resources::CustomersTaxIds::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerTaxIdsParams {
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
/// Parameters of [`customers().tax_ids().retrieve`](crate::resources::CustomersTaxIds::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerTaxIdsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "dispute")]
/// Parameters of [`disputes().list`](crate::resources::Disputes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDisputesParams {
    /// Only return disputes associated to the charge specified by this charge ID.
    pub charge: Option<String>,
    pub created: Option<models::GetDisputesCreated>,
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
/// Parameters of [`disputes().retrieve`](crate::resources::Disputes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDisputesDisputeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "event")]
/// Parameters of [`events().list`](crate::resources::Events::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetEventsParams {
    pub created: Option<models::GetEventsCreated>,
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
/// Parameters of [`events().retrieve`](crate::resources::Events::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetEventsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "exchange_rate")]
/// Parameters of [`exchange_rates().list`](crate::resources::ExchangeRates::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetExchangeRatesParams {
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
/// Parameters of [`exchange_rates().retrieve`](crate::resources::ExchangeRates::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetExchangeRatesRateIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "file_link")]
/// Parameters of [`file_links().list`](crate::resources::FileLinks::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFileLinksParams {
    pub created: Option<models::GetFileLinksCreated>,
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
/// Parameters of [`file_links().retrieve`](crate::resources::FileLinks::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFileLinksLinkParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "file")]
/// Parameters of [`files().list`](crate::resources::Files::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFilesParams {
    pub created: Option<models::GetFilesCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// The file purpose to filter queries by. If none is provided, files will not be filtered by purpose.
    pub purpose: Option<models::GetFilesPurpose>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "file")]
/// Parameters of [`files().retrieve`](crate::resources::Files::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFilesFileParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "identity_verification_report")]
/// Parameters of [`identity().verification_reports().list`](crate::resources::IdentityVerificationReports::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIdentityVerificationReportsParams {
    pub created: Option<models::GetIdentityVerificationReportsCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return VerificationReports of this type
    pub r#type: Option<models::GetIdentityVerificationReportsType>,
    /// Only return VerificationReports created by this VerificationSession ID. It is allowed to provide a VerificationIntent ID.
    pub verification_session: Option<String>,
}
#[cfg(feature = "identity_verification_report")]
/// Parameters of [`identity().verification_reports().retrieve`](crate::resources::IdentityVerificationReports::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIdentityVerificationReportsReportParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "identity_verification_session")]
/// Parameters of [`identity().verification_sessions().list`](crate::resources::IdentityVerificationSessions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIdentityVerificationSessionsParams {
    pub created: Option<models::GetIdentityVerificationSessionsCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return VerificationSessions with this status. [Learn more about the lifecycle of sessions](https://stripe.com/docs/identity/how-sessions-work).
    pub status: Option<models::GetIdentityVerificationSessionsStatus>,
}
#[cfg(feature = "identity_verification_session")]
/// Parameters of [`identity().verification_sessions().retrieve`](crate::resources::IdentityVerificationSessions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIdentityVerificationSessionsSessionParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "invoiceitem")]
/// Parameters of [`invoiceitems().list`](crate::resources::Invoiceitems::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInvoiceitemsParams {
    pub created: Option<models::GetInvoiceitemsCreated>,
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
/// Parameters of [`invoiceitems().retrieve`](crate::resources::Invoiceitems::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInvoiceitemsInvoiceitemParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "invoice")]
/// Parameters of [`invoices().list`](crate::resources::Invoices::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInvoicesParams {
    /// The collection method of the invoice to retrieve. Either `charge_automatically` or `send_invoice`.
    pub collection_method: Option<models::GetInvoicesCollectionMethod>,
    pub created: Option<models::GetInvoicesCreated>,
    /// Only return invoices for the customer specified by this customer ID.
    pub customer: Option<String>,
    pub due_date: Option<models::GetInvoicesDueDate>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// The status of the invoice, one of `draft`, `open`, `paid`, `uncollectible`, or `void`. [Learn more](https://stripe.com/docs/billing/invoices/workflow#workflow-overview)
    pub status: Option<models::GetInvoicesStatus>,
    /// Only return invoices for the subscription specified by this subscription ID.
    pub subscription: Option<String>,
}
#[cfg(feature = "invoice")]
/// Parameters of [`invoices().upcoming().retrieve`](crate::resources::InvoicesUpcoming::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInvoicesUpcomingParams {
    /// Settings for automatic tax lookup for this invoice preview.
    pub automatic_tax: Option<models::GetInvoicesUpcomingAutomaticTax>,
    /// The code of the coupon to apply. If `subscription` or `subscription_items` is provided, the invoice returned will preview updating or creating a subscription with that coupon. Otherwise, it will preview applying that coupon to the customer for the next upcoming invoice from among the customer's subscriptions. The invoice can be previewed without a coupon by passing this value as an empty string.
    pub coupon: Option<String>,
    /// The identifier of the customer whose upcoming invoice you'd like to retrieve.
    pub customer: Option<String>,
    /// Details about the customer you want to invoice or overrides for an existing customer.
    pub customer_details: Option<models::GetInvoicesUpcomingCustomerDetails>,
    /// The coupons to redeem into discounts for the invoice preview. If not specified, inherits the discount from the customer or subscription. Pass an empty string to avoid inheriting any discounts. To preview the upcoming invoice for a subscription that hasn't been created, use `coupon` instead.
    pub discounts: Option<
        models::OrEmpty<Vec<models::GetInvoicesUpcomingDiscountsItem>>,
    >,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// List of invoice items to add or update in the upcoming invoice preview.
    pub invoice_items: Option<Vec<models::GetInvoicesUpcomingInvoiceItemsItem>>,
    /// The identifier of the unstarted schedule whose upcoming invoice you'd like to retrieve. Cannot be used with subscription or subscription fields.
    pub schedule: Option<String>,
    /// The identifier of the subscription for which you'd like to retrieve the upcoming invoice. If not provided, but a `subscription_items` is provided, you will preview creating a subscription with those items. If neither `subscription` nor `subscription_items` is provided, you will retrieve the next upcoming invoice from among the customer's subscriptions.
    pub subscription: Option<String>,
    /// For new subscriptions, a future timestamp to anchor the subscription's [billing cycle](https://stripe.com/docs/subscriptions/billing-cycle). This is used to determine the date of the first full invoice, and, for plans with `month` or `year` intervals, the day of the month for subsequent invoices. For existing subscriptions, the value can only be set to `now` or `unchanged`.
    pub subscription_billing_cycle_anchor: Option<
        models::GetInvoicesUpcomingSubscriptionBillingCycleAnchor,
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
        Vec<models::GetInvoicesUpcomingSubscriptionItemsItem>,
    >,
    /// Determines how to handle [prorations](https://stripe.com/docs/subscriptions/billing-cycle#prorations) when the billing cycle changes (e.g., when switching plans, resetting `billing_cycle_anchor=now`, or starting a trial), or if an item's `quantity` changes. Valid values are `create_prorations`, `none`, or `always_invoice`.
    ///
    /// Passing `create_prorations` will cause proration invoice items to be created when applicable. These proration items will only be invoiced immediately under [certain conditions](https://stripe.com/docs/subscriptions/upgrading-downgrading#immediate-payment). In order to always invoice immediately for prorations, pass `always_invoice`.
    ///
    /// Prorations can be disabled by passing `none`.
    pub subscription_proration_behavior: Option<
        models::GetInvoicesUpcomingSubscriptionProrationBehavior,
    >,
    /// If previewing an update to a subscription, and doing proration, `subscription_proration_date` forces the proration to be calculated as though the update was done at the specified time. The time given must be within the current subscription period, and cannot be before the subscription was on its current plan. If set, `subscription`, and one of `subscription_items`, or `subscription_trial_end` are required. Also, `subscription_proration_behavior` cannot be set to 'none'.
    pub subscription_proration_date: Option<i64>,
    /// Date a subscription is intended to start (can be future or past)
    pub subscription_start_date: Option<i64>,
    /// If provided, the invoice returned will preview updating or creating a subscription with that trial end. If set, one of `subscription_items` or `subscription` is required.
    pub subscription_trial_end: Option<models::GetInvoicesUpcomingSubscriptionTrialEnd>,
    /// Indicates if a plan's `trial_period_days` should be applied to the subscription. Setting `subscription_trial_end` per subscription is preferred, and this defaults to `false`. Setting this flag to `true` together with `subscription_trial_end` is not allowed.
    pub subscription_trial_from_plan: Option<bool>,
}
#[cfg(feature = "line_item")]
/// Parameters of [`invoices().upcoming().lines`](crate::resources::InvoicesUpcoming::lines).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInvoicesUpcomingLinesParams {
    /// Settings for automatic tax lookup for this invoice preview.
    pub automatic_tax: Option<models::GetInvoicesUpcomingLinesAutomaticTax>,
    /// The code of the coupon to apply. If `subscription` or `subscription_items` is provided, the invoice returned will preview updating or creating a subscription with that coupon. Otherwise, it will preview applying that coupon to the customer for the next upcoming invoice from among the customer's subscriptions. The invoice can be previewed without a coupon by passing this value as an empty string.
    pub coupon: Option<String>,
    /// The identifier of the customer whose upcoming invoice you'd like to retrieve.
    pub customer: Option<String>,
    /// Details about the customer you want to invoice or overrides for an existing customer.
    pub customer_details: Option<models::GetInvoicesUpcomingLinesCustomerDetails>,
    /// The coupons to redeem into discounts for the invoice preview. If not specified, inherits the discount from the customer or subscription. Pass an empty string to avoid inheriting any discounts. To preview the upcoming invoice for a subscription that hasn't been created, use `coupon` instead.
    pub discounts: Option<
        models::OrEmpty<Vec<models::GetInvoicesUpcomingLinesDiscountsItem>>,
    >,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// List of invoice items to add or update in the upcoming invoice preview.
    pub invoice_items: Option<Vec<models::GetInvoicesUpcomingLinesInvoiceItemsItem>>,
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
        models::GetInvoicesUpcomingLinesSubscriptionBillingCycleAnchor,
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
        Vec<models::GetInvoicesUpcomingLinesSubscriptionItemsItem>,
    >,
    /// Determines how to handle [prorations](https://stripe.com/docs/subscriptions/billing-cycle#prorations) when the billing cycle changes (e.g., when switching plans, resetting `billing_cycle_anchor=now`, or starting a trial), or if an item's `quantity` changes. Valid values are `create_prorations`, `none`, or `always_invoice`.
    ///
    /// Passing `create_prorations` will cause proration invoice items to be created when applicable. These proration items will only be invoiced immediately under [certain conditions](https://stripe.com/docs/subscriptions/upgrading-downgrading#immediate-payment). In order to always invoice immediately for prorations, pass `always_invoice`.
    ///
    /// Prorations can be disabled by passing `none`.
    pub subscription_proration_behavior: Option<
        models::GetInvoicesUpcomingLinesSubscriptionProrationBehavior,
    >,
    /// If previewing an update to a subscription, and doing proration, `subscription_proration_date` forces the proration to be calculated as though the update was done at the specified time. The time given must be within the current subscription period, and cannot be before the subscription was on its current plan. If set, `subscription`, and one of `subscription_items`, or `subscription_trial_end` are required. Also, `subscription_proration_behavior` cannot be set to 'none'.
    pub subscription_proration_date: Option<i64>,
    /// Date a subscription is intended to start (can be future or past)
    pub subscription_start_date: Option<i64>,
    /// If provided, the invoice returned will preview updating or creating a subscription with that trial end. If set, one of `subscription_items` or `subscription` is required.
    pub subscription_trial_end: Option<
        models::GetInvoicesUpcomingLinesSubscriptionTrialEnd,
    >,
    /// Indicates if a plan's `trial_period_days` should be applied to the subscription. Setting `subscription_trial_end` per subscription is preferred, and this defaults to `false`. Setting this flag to `true` together with `subscription_trial_end` is not allowed.
    pub subscription_trial_from_plan: Option<bool>,
}
#[cfg(feature = "invoice")]
/// Parameters of [`invoices().retrieve`](crate::resources::Invoices::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInvoicesInvoiceParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "line_item")]
/// Parameters of [`invoices().lines`](crate::resources::Invoices::lines).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInvoicesInvoiceLinesParams {
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
/// Parameters of [`issuer_fraud_records().list`](crate::resources::IssuerFraudRecords::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuerFraudRecordsParams {
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
/// Parameters of [`issuer_fraud_records().retrieve`](crate::resources::IssuerFraudRecords::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuerFraudRecordsIssuerFraudRecordParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_authorization")]
/// Parameters of [`issuing().authorizations().list`](crate::resources::IssuingAuthorizations::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingAuthorizationsParams {
    /// Only return authorizations that belong to the given card.
    pub card: Option<String>,
    /// Only return authorizations that belong to the given cardholder.
    pub cardholder: Option<String>,
    /// Only return authorizations that were created during the given date interval.
    pub created: Option<models::GetIssuingAuthorizationsCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return authorizations with the given status. One of `pending`, `closed`, or `reversed`.
    pub status: Option<models::GetIssuingAuthorizationsStatus>,
}
#[cfg(feature = "issuing_authorization")]
/// Parameters of [`issuing().authorizations().retrieve`](crate::resources::IssuingAuthorizations::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingAuthorizationsAuthorizationParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_cardholder")]
/// Parameters of [`issuing().cardholders().list`](crate::resources::IssuingCardholders::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingCardholdersParams {
    /// Only return cardholders that were created during the given date interval.
    pub created: Option<models::GetIssuingCardholdersCreated>,
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
    pub status: Option<models::GetIssuingCardholdersStatus>,
    /// Only return cardholders that have the given type. One of `individual` or `company`.
    pub r#type: Option<models::GetIssuingCardholdersType>,
}
#[cfg(feature = "issuing_cardholder")]
/// Parameters of [`issuing().cardholders().retrieve`](crate::resources::IssuingCardholders::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingCardholdersCardholderParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_card")]
/// Parameters of [`issuing().cards().list`](crate::resources::IssuingCards::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingCardsParams {
    /// Only return cards belonging to the Cardholder with the provided ID.
    pub cardholder: Option<String>,
    /// Only return cards that were issued during the given date interval.
    pub created: Option<models::GetIssuingCardsCreated>,
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
    pub status: Option<models::GetIssuingCardsStatus>,
    /// Only return cards that have the given type. One of `virtual` or `physical`.
    pub r#type: Option<models::GetIssuingCardsType>,
}
#[cfg(feature = "issuing_card")]
/// Parameters of [`issuing().cards().retrieve`](crate::resources::IssuingCards::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingCardsCardParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_dispute")]
/// Parameters of [`issuing().disputes().list`](crate::resources::IssuingDisputes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingDisputesParams {
    /// Select Issuing disputes that were created during the given date interval.
    pub created: Option<models::GetIssuingDisputesCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Select Issuing disputes with the given status.
    pub status: Option<models::GetIssuingDisputesStatus>,
    /// Select the Issuing dispute for the given transaction.
    pub transaction: Option<String>,
}
#[cfg(feature = "issuing_dispute")]
/// Parameters of [`issuing().disputes().retrieve`](crate::resources::IssuingDisputes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingDisputesDisputeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_settlement")]
/// Parameters of [`issuing().settlements().list`](crate::resources::IssuingSettlements::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingSettlementsParams {
    /// Only return issuing settlements that were created during the given date interval.
    pub created: Option<models::GetIssuingSettlementsCreated>,
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
/// Parameters of [`issuing().settlements().retrieve`](crate::resources::IssuingSettlements::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingSettlementsSettlementParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_transaction")]
/// Parameters of [`issuing().transactions().list`](crate::resources::IssuingTransactions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingTransactionsParams {
    /// Only return transactions that belong to the given card.
    pub card: Option<String>,
    /// Only return transactions that belong to the given cardholder.
    pub cardholder: Option<String>,
    /// Only return transactions that were created during the given date interval.
    pub created: Option<models::GetIssuingTransactionsCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return transactions that have the given type. One of `capture` or `refund`.
    pub r#type: Option<models::GetIssuingTransactionsType>,
}
#[cfg(feature = "issuing_transaction")]
/// Parameters of [`issuing().transactions().retrieve`](crate::resources::IssuingTransactions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingTransactionsTransactionParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "mandate")]
/// Parameters of [`mandates().retrieve`](crate::resources::Mandates::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetMandatesMandateParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "order_return")]
/// Parameters of [`order_returns().list`](crate::resources::OrderReturns::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOrderReturnsParams {
    /// Date this return was created.
    pub created: Option<models::GetOrderReturnsCreated>,
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
/// Parameters of [`order_returns().retrieve`](crate::resources::OrderReturns::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOrderReturnsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "order")]
/// Parameters of [`orders().list`](crate::resources::Orders::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOrdersParams {
    /// Date this order was created.
    pub created: Option<models::GetOrdersCreated>,
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
    pub status_transitions: Option<models::GetOrdersStatusTransitions>,
    /// Only return orders with the given upstream order IDs.
    pub upstream_ids: Option<Vec<String>>,
}
#[cfg(feature = "order")]
/// Parameters of [`orders().retrieve`](crate::resources::Orders::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOrdersIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "payment_intent")]
/// Parameters of [`payment_intents().list`](crate::resources::PaymentIntents::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPaymentIntentsParams {
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::GetPaymentIntentsCreated>,
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
/// Parameters of [`payment_intents().retrieve`](crate::resources::PaymentIntents::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPaymentIntentsIntentParams {
    /// The client secret of the PaymentIntent. Required if a publishable key is used to retrieve the source.
    pub client_secret: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "payment_method")]
/// Parameters of [`payment_methods().list`](crate::resources::PaymentMethods::list).
#[derive(Debug, Clone, PartialEq)]
pub struct GetPaymentMethodsParams {
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
    pub r#type: models::GetPaymentMethodsType,
}
#[cfg(feature = "payment_method")]
/// Parameters of [`payment_methods().retrieve`](crate::resources::PaymentMethods::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPaymentMethodsPaymentMethodParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "payout")]
/// Parameters of [`payouts().list`](crate::resources::Payouts::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPayoutsParams {
    pub arrival_date: Option<models::GetPayoutsArrivalDate>,
    pub created: Option<models::GetPayoutsCreated>,
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
/// Parameters of [`payouts().retrieve`](crate::resources::Payouts::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPayoutsPayoutParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "plan")]
/// Parameters of [`plans().list`](crate::resources::Plans::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPlansParams {
    /// Only return plans that are active or inactive (e.g., pass `false` to list all inactive plans).
    pub active: Option<bool>,
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::GetPlansCreated>,
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
/// Parameters of [`plans().retrieve`](crate::resources::Plans::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPlansPlanParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "price")]
/// Parameters of [`prices().list`](crate::resources::Prices::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPricesParams {
    /// Only return prices that are active or inactive (e.g., pass `false` to list all inactive prices).
    pub active: Option<bool>,
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::GetPricesCreated>,
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
    pub recurring: Option<models::GetPricesRecurring>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return prices of type `recurring` or `one_time`.
    pub r#type: Option<models::GetPricesType>,
}
#[cfg(feature = "price")]
/// Parameters of [`prices().retrieve`](crate::resources::Prices::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPricesPriceParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "product")]
/// Parameters of [`products().list`](crate::resources::Products::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetProductsParams {
    /// Only return products that are active or inactive (e.g., pass `false` to list all inactive products).
    pub active: Option<bool>,
    /// Only return products that were created during the given date interval.
    pub created: Option<models::GetProductsCreated>,
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
/// Parameters of [`products().retrieve`](crate::resources::Products::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetProductsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "promotion_code")]
/// Parameters of [`promotion_codes().list`](crate::resources::PromotionCodes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPromotionCodesParams {
    /// Filter promotion codes by whether they are active.
    pub active: Option<bool>,
    /// Only return promotion codes that have this case-insensitive code.
    pub code: Option<String>,
    /// Only return promotion codes for this coupon.
    pub coupon: Option<String>,
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::GetPromotionCodesCreated>,
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
/// Parameters of [`promotion_codes().retrieve`](crate::resources::PromotionCodes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPromotionCodesPromotionCodeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "quote")]
/// Parameters of [`quotes().list`](crate::resources::Quotes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetQuotesParams {
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
    pub status: Option<models::GetQuotesStatus>,
}
#[cfg(feature = "quote")]
/// Parameters of [`quotes().retrieve`](crate::resources::Quotes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetQuotesQuoteParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "item")]
/// Parameters of [`quotes().computed_upfront_line_items`](crate::resources::Quotes::computed_upfront_line_items).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetQuotesQuoteComputedUpfrontLineItemsParams {
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
/// Parameters of [`quotes().line_items`](crate::resources::Quotes::line_items).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetQuotesQuoteLineItemsParams {
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
/// Parameters of [`quotes().pdf`](crate::resources::Quotes::pdf).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetQuotesQuotePdfParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "radar_early_fraud_warning")]
/// Parameters of [`radar().early_fraud_warnings().list`](crate::resources::RadarEarlyFraudWarnings::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRadarEarlyFraudWarningsParams {
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
/// Parameters of [`radar().early_fraud_warnings().retrieve`](crate::resources::RadarEarlyFraudWarnings::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRadarEarlyFraudWarningsEarlyFraudWarningParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "radar_value_list_item")]
/// Parameters of [`radar().value_list_items().list`](crate::resources::RadarValueListItems::list).
#[derive(Debug, Clone, PartialEq)]
pub struct GetRadarValueListItemsParams {
    pub created: Option<models::GetRadarValueListItemsCreated>,
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
/// Parameters of [`radar().value_list_items().retrieve`](crate::resources::RadarValueListItems::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRadarValueListItemsItemParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "radar_value_list")]
/// Parameters of [`radar().value_lists().list`](crate::resources::RadarValueLists::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRadarValueListsParams {
    /// The alias used to reference the value list when writing rules.
    pub alias: Option<String>,
    /// A value contained within a value list - returns all value lists containing this value.
    pub contains: Option<String>,
    pub created: Option<models::GetRadarValueListsCreated>,
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
/// Parameters of [`radar().value_lists().retrieve`](crate::resources::RadarValueLists::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRadarValueListsValueListParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "recipient")]
/// Parameters of [`recipients().list`](crate::resources::Recipients::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRecipientsParams {
    pub created: Option<models::GetRecipientsCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    pub r#type: Option<models::GetRecipientsType>,
    /// Only return recipients that are verified or unverified.
    pub verified: Option<bool>,
}
#[cfg(feature = "recipient")]
/// Parameters of [`recipients().retrieve`](crate::resources::Recipients::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRecipientsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "refund")]
/// Parameters of [`refunds().list`](crate::resources::Refunds::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRefundsParams {
    /// Only return refunds for the charge specified by this charge ID.
    pub charge: Option<String>,
    pub created: Option<models::GetRefundsCreated>,
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
/// Parameters of [`refunds().retrieve`](crate::resources::Refunds::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRefundsRefundParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "reporting_report_run")]
/// Parameters of [`reporting().report_runs().list`](crate::resources::ReportingReportRuns::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetReportingReportRunsParams {
    pub created: Option<models::GetReportingReportRunsCreated>,
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
/// Parameters of [`reporting().report_runs().retrieve`](crate::resources::ReportingReportRuns::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetReportingReportRunsReportRunParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "reporting_report_type")]
/// Parameters of [`reporting().report_types().list`](crate::resources::ReportingReportTypes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetReportingReportTypesParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "reporting_report_type")]
/// Parameters of [`reporting().report_types().retrieve`](crate::resources::ReportingReportTypes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetReportingReportTypesReportTypeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "review")]
/// Parameters of [`reviews().list`](crate::resources::Reviews::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetReviewsParams {
    pub created: Option<models::GetReviewsCreated>,
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
/// Parameters of [`reviews().retrieve`](crate::resources::Reviews::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetReviewsReviewParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "setup_attempt")]
/// Parameters of [`setup_attempts().list`](crate::resources::SetupAttempts::list).
#[derive(Debug, Clone, PartialEq)]
pub struct GetSetupAttemptsParams {
    /// A filter on the list, based on the object `created` field. The value
    /// can be a string with an integer Unix timestamp, or it can be a
    /// dictionary with a number of different query options.
    pub created: Option<models::GetSetupAttemptsCreated>,
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
#[cfg(feature = "setup_intent")]
/// Parameters of [`setup_intents().list`](crate::resources::SetupIntents::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSetupIntentsParams {
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::GetSetupIntentsCreated>,
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
/// Parameters of [`setup_intents().retrieve`](crate::resources::SetupIntents::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSetupIntentsIntentParams {
    /// The client secret of the SetupIntent. Required if a publishable key is used to retrieve the SetupIntent.
    pub client_secret: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "scheduled_query_run")]
/// Parameters of [`sigma().scheduled_query_runs().list`](crate::resources::SigmaScheduledQueryRuns::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSigmaScheduledQueryRunsParams {
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
/// Parameters of [`sigma().scheduled_query_runs().retrieve`](crate::resources::SigmaScheduledQueryRuns::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSigmaScheduledQueryRunsScheduledQueryRunParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "sku")]
/// Parameters of [`skus().list`](crate::resources::Skus::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSkusParams {
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
/// Parameters of [`skus().retrieve`](crate::resources::Skus::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSkusIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "source")]
/// Parameters of [`sources().retrieve`](crate::resources::Sources::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSourcesSourceParams {
    /// The client secret of the source. Required if a publishable key is used to retrieve the source.
    pub client_secret: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "source_mandate_notification")]
/// Parameters of [`sources().mandate_notifications().retrieve`](crate::resources::SourcesMandateNotifications::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSourcesSourceMandateNotificationsMandateNotificationParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "source_transaction")]
/// Parameters of [`sources().source_transactions().list`](crate::resources::SourcesSourceTransactions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSourcesSourceSourceTransactionsParams {
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
/// Parameters of [`sources().source_transactions().retrieve`](crate::resources::SourcesSourceTransactions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSourcesSourceSourceTransactionsSourceTransactionParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "subscription_item")]
/// Parameters of [`subscription_items().list`](crate::resources::SubscriptionItems::list).
#[derive(Debug, Clone, PartialEq)]
pub struct GetSubscriptionItemsParams {
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
/// Parameters of [`subscription_items().retrieve`](crate::resources::SubscriptionItems::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSubscriptionItemsItemParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "usage_record_summary")]
/// Parameters of [`subscription_items().usage_record_summaries`](crate::resources::SubscriptionItems::usage_record_summaries).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSubscriptionItemsSubscriptionItemUsageRecordSummariesParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "subscription_schedule")]
/// Parameters of [`subscription_schedules().list`](crate::resources::SubscriptionSchedules::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSubscriptionSchedulesParams {
    /// Only return subscription schedules that were created canceled the given date interval.
    pub canceled_at: Option<models::GetSubscriptionSchedulesCanceledAt>,
    /// Only return subscription schedules that completed during the given date interval.
    pub completed_at: Option<models::GetSubscriptionSchedulesCompletedAt>,
    /// Only return subscription schedules that were created during the given date interval.
    pub created: Option<models::GetSubscriptionSchedulesCreated>,
    /// Only return subscription schedules for the given customer.
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// Only return subscription schedules that were released during the given date interval.
    pub released_at: Option<models::GetSubscriptionSchedulesReleasedAt>,
    /// Only return subscription schedules that have not started yet.
    pub scheduled: Option<bool>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "subscription_schedule")]
/// Parameters of [`subscription_schedules().retrieve`](crate::resources::SubscriptionSchedules::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSubscriptionSchedulesScheduleParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "subscription")]
/// Parameters of [`subscriptions().list`](crate::resources::Subscriptions::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSubscriptionsParams {
    /// The collection method of the subscriptions to retrieve. Either `charge_automatically` or `send_invoice`.
    pub collection_method: Option<models::GetSubscriptionsCollectionMethod>,
    pub created: Option<models::GetSubscriptionsCreated>,
    pub current_period_end: Option<models::GetSubscriptionsCurrentPeriodEnd>,
    pub current_period_start: Option<models::GetSubscriptionsCurrentPeriodStart>,
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
    pub status: Option<models::GetSubscriptionsStatus>,
}
#[cfg(feature = "subscription")]
/// Parameters of [`subscriptions().retrieve`](crate::resources::Subscriptions::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSubscriptionsSubscriptionExposedIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "tax_code")]
/// Parameters of [`tax_codes().list`](crate::resources::TaxCodes::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTaxCodesParams {
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
/// Parameters of [`tax_codes().retrieve`](crate::resources::TaxCodes::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTaxCodesIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "tax_rate")]
/// Parameters of [`tax_rates().list`](crate::resources::TaxRates::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTaxRatesParams {
    /// Optional flag to filter by tax rates that are either active or inactive (archived).
    pub active: Option<bool>,
    /// Optional range for filtering created date.
    pub created: Option<models::GetTaxRatesCreated>,
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
/// Parameters of [`tax_rates().retrieve`](crate::resources::TaxRates::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTaxRatesTaxRateParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "terminal_location")]
/// Parameters of [`terminal().locations().list`](crate::resources::TerminalLocations::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTerminalLocationsParams {
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
/// Parameters of [`terminal().locations().retrieve`](crate::resources::TerminalLocations::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTerminalLocationsLocationParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "terminal_reader")]
/// Parameters of [`terminal().readers().list`](crate::resources::TerminalReaders::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTerminalReadersParams {
    /// Filters readers by device type
    pub device_type: Option<models::GetTerminalReadersDeviceType>,
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
    pub status: Option<models::GetTerminalReadersStatus>,
}
#[cfg(feature = "terminal_reader")]
/// Parameters of [`terminal().readers().retrieve`](crate::resources::TerminalReaders::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTerminalReadersReaderParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "token")]
/// Parameters of [`tokens().retrieve`](crate::resources::Tokens::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTokensTokenParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "topup")]
/// Parameters of [`topups().list`](crate::resources::Topups::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTopupsParams {
    /// A positive integer representing how much to transfer.
    pub amount: Option<models::GetTopupsAmount>,
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
    pub created: Option<models::GetTopupsCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
    /// Only return top-ups that have the given status. One of `canceled`, `failed`, `pending` or `succeeded`.
    pub status: Option<models::GetTopupsStatus>,
}
#[cfg(feature = "topup")]
/// Parameters of [`topups().retrieve`](crate::resources::Topups::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTopupsTopupParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "transfer")]
/// Parameters of [`transfers().list`](crate::resources::Transfers::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTransfersParams {
    pub created: Option<models::GetTransfersCreated>,
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
#[cfg(feature = "transfer_reversal")]
/// Parameters of [`transfers().reversals().list`](crate::resources::TransfersReversals::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTransfersIdReversalsParams {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list.
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list.
    pub starting_after: Option<String>,
}
#[cfg(feature = "transfer")]
/// Parameters of [`transfers().retrieve`](crate::resources::Transfers::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTransfersTransferParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "transfer_reversal")]
/// Parameters of [`transfers().reversals().retrieve`](crate::resources::TransfersReversals::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTransfersTransferReversalsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "webhook_endpoint")]
/// Parameters of [`webhook_endpoints().list`](crate::resources::WebhookEndpoints::list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWebhookEndpointsParams {
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
/// Parameters of [`webhook_endpoints().retrieve`](crate::resources::WebhookEndpoints::retrieve).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWebhookEndpointsWebhookEndpointParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
