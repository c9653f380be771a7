//! Query, header and cookie parameters, one struct per operation that has any.
#[allow(unused_imports)]
use crate::models;
#[cfg(feature = "three_d_secure")]
/// Parameters of [`Client::get3d_secure_three_d_secure`](crate::Client::get3d_secure_three_d_secure).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Get3dSecureThreeDSecureParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "account")]
/// Parameters of [`Client::get_account`](crate::Client::get_account).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "external_account")]
/// Parameters of [`Client::get_account_bank_accounts_id`](crate::Client::get_account_bank_accounts_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountBankAccountsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "capability")]
/// Parameters of [`Client::get_account_capabilities`](crate::Client::get_account_capabilities).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountCapabilitiesParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "capability")]
/// Parameters of [`Client::get_account_capabilities_capability`](crate::Client::get_account_capabilities_capability).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountCapabilitiesCapabilityParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "bank_account")]
/// Parameters of [`Client::get_account_external_accounts`](crate::Client::get_account_external_accounts).
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
/// Parameters of [`Client::get_account_external_accounts_id`](crate::Client::get_account_external_accounts_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountExternalAccountsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "person")]
/// Parameters of [`Client::get_account_people`](crate::Client::get_account_people).
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
/// Parameters of [`Client::get_account_people_person`](crate::Client::get_account_people_person).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountPeoplePersonParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "person")]
/// Parameters of [`Client::get_account_persons`](crate::Client::get_account_persons).
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
/// Parameters of [`Client::get_account_persons_person`](crate::Client::get_account_persons_person).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountPersonsPersonParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "account")]
/// Parameters of [`Client::get_accounts`](crate::Client::get_accounts).
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
/// Parameters of [`Client::get_accounts_account`](crate::Client::get_accounts_account).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "external_account")]
/// Parameters of [`Client::get_accounts_account_bank_accounts_id`](crate::Client::get_accounts_account_bank_accounts_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountBankAccountsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "capability")]
/// Parameters of [`Client::get_accounts_account_capabilities`](crate::Client::get_accounts_account_capabilities).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountCapabilitiesParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "capability")]
/// Parameters of [`Client::get_accounts_account_capabilities_capability`](crate::Client::get_accounts_account_capabilities_capability).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountCapabilitiesCapabilityParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "bank_account")]
/// Parameters of [`Client::get_accounts_account_external_accounts`](crate::Client::get_accounts_account_external_accounts).
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
/// Parameters of [`Client::get_accounts_account_external_accounts_id`](crate::Client::get_accounts_account_external_accounts_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountExternalAccountsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "person")]
/// Parameters of [`Client::get_accounts_account_people`](crate::Client::get_accounts_account_people).
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
/// Parameters of [`Client::get_accounts_account_people_person`](crate::Client::get_accounts_account_people_person).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountPeoplePersonParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "person")]
/// Parameters of [`Client::get_accounts_account_persons`](crate::Client::get_accounts_account_persons).
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
/// Parameters of [`Client::get_accounts_account_persons_person`](crate::Client::get_accounts_account_persons_person).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountsAccountPersonsPersonParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "apple_pay_domain")]
/// Parameters of [`Client::get_apple_pay_domains`](crate::Client::get_apple_pay_domains).
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
/// Parameters of [`Client::get_apple_pay_domains_domain`](crate::Client::get_apple_pay_domains_domain).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplePayDomainsDomainParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "application_fee")]
/// Parameters of [`Client::get_application_fees`](crate::Client::get_application_fees).
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
/// Parameters of [`Client::get_application_fees_fee_refunds_id`](crate::Client::get_application_fees_fee_refunds_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationFeesFeeRefundsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "application_fee")]
/// Parameters of [`Client::get_application_fees_id`](crate::Client::get_application_fees_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetApplicationFeesIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "fee_refund")]
/// Parameters of [`Client::get_application_fees_id_refunds`](crate::Client::get_application_fees_id_refunds).
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
/// Parameters of [`Client::get_balance`](crate::Client::get_balance).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBalanceParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "balance_transaction")]
/// Parameters of [`Client::get_balance_history`](crate::Client::get_balance_history).
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
/// Parameters of [`Client::get_balance_history_id`](crate::Client::get_balance_history_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBalanceHistoryIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "balance_transaction")]
/// Parameters of [`Client::get_balance_transactions`](crate::Client::get_balance_transactions).
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
/// Parameters of [`Client::get_balance_transactions_id`](crate::Client::get_balance_transactions_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBalanceTransactionsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "billing_portal_configuration")]
/// Parameters of [`Client::get_billing_portal_configurations`](crate::Client::get_billing_portal_configurations).
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
/// Parameters of [`Client::get_billing_portal_configurations_configuration`](crate::Client::get_billing_portal_configurations_configuration).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBillingPortalConfigurationsConfigurationParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "bitcoin_receiver")]
/// Parameters of [`Client::get_bitcoin_receivers`](crate::Client::get_bitcoin_receivers).
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
/// Parameters of [`Client::get_bitcoin_receivers_id`](crate::Client::get_bitcoin_receivers_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBitcoinReceiversIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "bitcoin_transaction")]
/// Parameters of [`Client::get_bitcoin_receivers_receiver_transactions`](crate::Client::get_bitcoin_receivers_receiver_transactions).
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
/// Parameters of [`Client::get_bitcoin_transactions`](crate::Client::get_bitcoin_transactions).
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
/// Parameters of [`Client::get_charges`](crate::Client::get_charges).
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
/// Parameters of [`Client::get_charges_charge`](crate::Client::get_charges_charge).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetChargesChargeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "dispute")]
/// Parameters of [`Client::get_charges_charge_dispute`](crate::Client::get_charges_charge_dispute).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetChargesChargeDisputeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "refund")]
/// Parameters of [`Client::get_charges_charge_refunds`](crate::Client::get_charges_charge_refunds).
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
/// Parameters of [`Client::get_charges_charge_refunds_refund`](crate::Client::get_charges_charge_refunds_refund).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetChargesChargeRefundsRefundParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "checkout_session")]
/// Parameters of [`Client::get_checkout_sessions`](crate::Client::get_checkout_sessions).
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
/// Parameters of [`Client::get_checkout_sessions_session`](crate::Client::get_checkout_sessions_session).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCheckoutSessionsSessionParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "item")]
/// Parameters of [`Client::get_checkout_sessions_session_line_items`](crate::Client::get_checkout_sessions_session_line_items).
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
/// Parameters of [`Client::get_country_specs`](crate::Client::get_country_specs).
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
/// Parameters of [`Client::get_country_specs_country`](crate::Client::get_country_specs_country).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCountrySpecsCountryParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "coupon")]
/// Parameters of [`Client::get_coupons`](crate::Client::get_coupons).
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
/// Parameters of [`Client::get_coupons_coupon`](crate::Client::get_coupons_coupon).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCouponsCouponParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "credit_note")]
/// Parameters of [`Client::get_credit_notes`](crate::Client::get_credit_notes).
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
/// Parameters of [`Client::get_credit_notes_preview`](crate::Client::get_credit_notes_preview).
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
/// Parameters of [`Client::get_credit_notes_preview_lines`](crate::Client::get_credit_notes_preview_lines).
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
/// Parameters of [`Client::get_credit_notes_credit_note_lines`](crate::Client::get_credit_notes_credit_note_lines).
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
/// Parameters of [`Client::get_credit_notes_id`](crate::Client::get_credit_notes_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCreditNotesIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "customer")]
/// Parameters of [`Client::get_customers`](crate::Client::get_customers).
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
/// Parameters of [`Client::get_customers_customer`](crate::Client::get_customers_customer).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "customer_balance_transaction")]
/// Parameters of [`Client::get_customers_customer_balance_transactions`](crate::Client::get_customers_customer_balance_transactions).
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
/// Parameters of [`Client::get_customers_customer_balance_transactions_transaction`](crate::Client::get_customers_customer_balance_transactions_transaction).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerBalanceTransactionsTransactionParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "bank_account")]
/// Parameters of [`Client::get_customers_customer_bank_accounts`](crate::Client::get_customers_customer_bank_accounts).
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
/// Parameters of [`Client::get_customers_customer_bank_accounts_id`](crate::Client::get_customers_customer_bank_accounts_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerBankAccountsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "card")]
/// Parameters of [`Client::get_customers_customer_cards`](crate::Client::get_customers_customer_cards).
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
/// Parameters of [`Client::get_customers_customer_cards_id`](crate::Client::get_customers_customer_cards_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerCardsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "discount")]
/// Parameters of [`Client::get_customers_customer_discount`](crate::Client::get_customers_customer_discount).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerDiscountParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "alipay_account")]
/// Parameters of [`Client::get_customers_customer_sources`](crate::Client::get_customers_customer_sources).
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
/// Parameters of [`Client::get_customers_customer_sources_id`](crate::Client::get_customers_customer_sources_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerSourcesIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "subscription")]
/// Parameters of [`Client::get_customers_customer_subscriptions`](crate::Client::get_customers_customer_subscriptions).
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
/// Parameters of [`Client::get_customers_customer_subscriptions_subscription_exposed_id`](crate::Client::get_customers_customer_subscriptions_subscription_exposed_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerSubscriptionsSubscriptionExposedIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "discount")]
/// Parameters of [`Client::get_customers_customer_subscriptions_subscription_exposed_id_discount`](crate::Client::get_customers_customer_subscriptions_subscription_exposed_id_discount).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerSubscriptionsSubscriptionExposedIdDiscountParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "tax_id")]
/// Parameters of [`Client::get_customers_customer_tax_ids`](crate::Client::get_customers_customer_tax_ids).
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
/// Parameters of [`Client::get_customers_customer_tax_ids_id`](crate::Client::get_customers_customer_tax_ids_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomersCustomerTaxIdsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "dispute")]
/// Parameters of [`Client::get_disputes`](crate::Client::get_disputes).
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
/// Parameters of [`Client::get_disputes_dispute`](crate::Client::get_disputes_dispute).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDisputesDisputeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "event")]
/// Parameters of [`Client::get_events`](crate::Client::get_events).
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
/// Parameters of [`Client::get_events_id`](crate::Client::get_events_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetEventsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "exchange_rate")]
/// Parameters of [`Client::get_exchange_rates`](crate::Client::get_exchange_rates).
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
/// Parameters of [`Client::get_exchange_rates_rate_id`](crate::Client::get_exchange_rates_rate_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetExchangeRatesRateIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "file_link")]
/// Parameters of [`Client::get_file_links`](crate::Client::get_file_links).
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
/// Parameters of [`Client::get_file_links_link`](crate::Client::get_file_links_link).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFileLinksLinkParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "file")]
/// Parameters of [`Client::get_files`](crate::Client::get_files).
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
/// Parameters of [`Client::get_files_file`](crate::Client::get_files_file).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFilesFileParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "identity_verification_report")]
/// Parameters of [`Client::get_identity_verification_reports`](crate::Client::get_identity_verification_reports).
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
/// Parameters of [`Client::get_identity_verification_reports_report`](crate::Client::get_identity_verification_reports_report).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIdentityVerificationReportsReportParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "identity_verification_session")]
/// Parameters of [`Client::get_identity_verification_sessions`](crate::Client::get_identity_verification_sessions).
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
/// Parameters of [`Client::get_identity_verification_sessions_session`](crate::Client::get_identity_verification_sessions_session).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIdentityVerificationSessionsSessionParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "invoiceitem")]
/// Parameters of [`Client::get_invoiceitems`](crate::Client::get_invoiceitems).
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
/// Parameters of [`Client::get_invoiceitems_invoiceitem`](crate::Client::get_invoiceitems_invoiceitem).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInvoiceitemsInvoiceitemParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "invoice")]
/// Parameters of [`Client::get_invoices`](crate::Client::get_invoices).
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
/// Parameters of [`Client::get_invoices_upcoming`](crate::Client::get_invoices_upcoming).
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
/// Parameters of [`Client::get_invoices_upcoming_lines`](crate::Client::get_invoices_upcoming_lines).
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
/// Parameters of [`Client::get_invoices_invoice`](crate::Client::get_invoices_invoice).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInvoicesInvoiceParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "line_item")]
/// Parameters of [`Client::get_invoices_invoice_lines`](crate::Client::get_invoices_invoice_lines).
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
/// Parameters of [`Client::get_issuer_fraud_records`](crate::Client::get_issuer_fraud_records).
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
/// Parameters of [`Client::get_issuer_fraud_records_issuer_fraud_record`](crate::Client::get_issuer_fraud_records_issuer_fraud_record).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuerFraudRecordsIssuerFraudRecordParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_authorization")]
/// Parameters of [`Client::get_issuing_authorizations`](crate::Client::get_issuing_authorizations).
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
/// Parameters of [`Client::get_issuing_authorizations_authorization`](crate::Client::get_issuing_authorizations_authorization).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingAuthorizationsAuthorizationParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_cardholder")]
/// Parameters of [`Client::get_issuing_cardholders`](crate::Client::get_issuing_cardholders).
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
/// Parameters of [`Client::get_issuing_cardholders_cardholder`](crate::Client::get_issuing_cardholders_cardholder).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingCardholdersCardholderParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_card")]
/// Parameters of [`Client::get_issuing_cards`](crate::Client::get_issuing_cards).
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
/// Parameters of [`Client::get_issuing_cards_card`](crate::Client::get_issuing_cards_card).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingCardsCardParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_dispute")]
/// Parameters of [`Client::get_issuing_disputes`](crate::Client::get_issuing_disputes).
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
/// Parameters of [`Client::get_issuing_disputes_dispute`](crate::Client::get_issuing_disputes_dispute).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingDisputesDisputeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_settlement")]
/// Parameters of [`Client::get_issuing_settlements`](crate::Client::get_issuing_settlements).
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
/// Parameters of [`Client::get_issuing_settlements_settlement`](crate::Client::get_issuing_settlements_settlement).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingSettlementsSettlementParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "issuing_transaction")]
/// Parameters of [`Client::get_issuing_transactions`](crate::Client::get_issuing_transactions).
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
/// Parameters of [`Client::get_issuing_transactions_transaction`](crate::Client::get_issuing_transactions_transaction).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetIssuingTransactionsTransactionParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "mandate")]
/// Parameters of [`Client::get_mandates_mandate`](crate::Client::get_mandates_mandate).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetMandatesMandateParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "order_return")]
/// Parameters of [`Client::get_order_returns`](crate::Client::get_order_returns).
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
/// Parameters of [`Client::get_order_returns_id`](crate::Client::get_order_returns_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOrderReturnsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "order")]
/// Parameters of [`Client::get_orders`](crate::Client::get_orders).
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
/// Parameters of [`Client::get_orders_id`](crate::Client::get_orders_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOrdersIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "payment_intent")]
/// Parameters of [`Client::get_payment_intents`](crate::Client::get_payment_intents).
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
/// Parameters of [`Client::get_payment_intents_intent`](crate::Client::get_payment_intents_intent).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPaymentIntentsIntentParams {
    /// The client secret of the PaymentIntent. Required if a publishable key is used to retrieve the source.
    pub client_secret: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "payment_method")]
/// Parameters of [`Client::get_payment_methods`](crate::Client::get_payment_methods).
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
/// Parameters of [`Client::get_payment_methods_payment_method`](crate::Client::get_payment_methods_payment_method).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPaymentMethodsPaymentMethodParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "payout")]
/// Parameters of [`Client::get_payouts`](crate::Client::get_payouts).
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
/// Parameters of [`Client::get_payouts_payout`](crate::Client::get_payouts_payout).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPayoutsPayoutParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "plan")]
/// Parameters of [`Client::get_plans`](crate::Client::get_plans).
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
/// Parameters of [`Client::get_plans_plan`](crate::Client::get_plans_plan).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPlansPlanParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "price")]
/// Parameters of [`Client::get_prices`](crate::Client::get_prices).
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
/// Parameters of [`Client::get_prices_price`](crate::Client::get_prices_price).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPricesPriceParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "product")]
/// Parameters of [`Client::get_products`](crate::Client::get_products).
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
/// Parameters of [`Client::get_products_id`](crate::Client::get_products_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetProductsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "promotion_code")]
/// Parameters of [`Client::get_promotion_codes`](crate::Client::get_promotion_codes).
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
/// Parameters of [`Client::get_promotion_codes_promotion_code`](crate::Client::get_promotion_codes_promotion_code).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPromotionCodesPromotionCodeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "quote")]
/// Parameters of [`Client::get_quotes`](crate::Client::get_quotes).
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
/// Parameters of [`Client::get_quotes_quote`](crate::Client::get_quotes_quote).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetQuotesQuoteParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "item")]
/// Parameters of [`Client::get_quotes_quote_computed_upfront_line_items`](crate::Client::get_quotes_quote_computed_upfront_line_items).
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
/// Parameters of [`Client::get_quotes_quote_line_items`](crate::Client::get_quotes_quote_line_items).
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
/// Parameters of [`Client::get_quotes_quote_pdf`](crate::Client::get_quotes_quote_pdf).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetQuotesQuotePdfParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "radar_early_fraud_warning")]
/// Parameters of [`Client::get_radar_early_fraud_warnings`](crate::Client::get_radar_early_fraud_warnings).
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
/// Parameters of [`Client::get_radar_early_fraud_warnings_early_fraud_warning`](crate::Client::get_radar_early_fraud_warnings_early_fraud_warning).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRadarEarlyFraudWarningsEarlyFraudWarningParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "radar_value_list_item")]
/// Parameters of [`Client::get_radar_value_list_items`](crate::Client::get_radar_value_list_items).
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
/// Parameters of [`Client::get_radar_value_list_items_item`](crate::Client::get_radar_value_list_items_item).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRadarValueListItemsItemParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "radar_value_list")]
/// Parameters of [`Client::get_radar_value_lists`](crate::Client::get_radar_value_lists).
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
/// Parameters of [`Client::get_radar_value_lists_value_list`](crate::Client::get_radar_value_lists_value_list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRadarValueListsValueListParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "recipient")]
/// Parameters of [`Client::get_recipients`](crate::Client::get_recipients).
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
/// Parameters of [`Client::get_recipients_id`](crate::Client::get_recipients_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRecipientsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "refund")]
/// Parameters of [`Client::get_refunds`](crate::Client::get_refunds).
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
/// Parameters of [`Client::get_refunds_refund`](crate::Client::get_refunds_refund).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRefundsRefundParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "reporting_report_run")]
/// Parameters of [`Client::get_reporting_report_runs`](crate::Client::get_reporting_report_runs).
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
/// Parameters of [`Client::get_reporting_report_runs_report_run`](crate::Client::get_reporting_report_runs_report_run).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetReportingReportRunsReportRunParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "reporting_report_type")]
/// Parameters of [`Client::get_reporting_report_types`](crate::Client::get_reporting_report_types).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetReportingReportTypesParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "reporting_report_type")]
/// Parameters of [`Client::get_reporting_report_types_report_type`](crate::Client::get_reporting_report_types_report_type).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetReportingReportTypesReportTypeParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "review")]
/// Parameters of [`Client::get_reviews`](crate::Client::get_reviews).
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
/// Parameters of [`Client::get_reviews_review`](crate::Client::get_reviews_review).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetReviewsReviewParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "setup_attempt")]
/// Parameters of [`Client::get_setup_attempts`](crate::Client::get_setup_attempts).
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
/// Parameters of [`Client::get_setup_intents`](crate::Client::get_setup_intents).
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
/// Parameters of [`Client::get_setup_intents_intent`](crate::Client::get_setup_intents_intent).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSetupIntentsIntentParams {
    /// The client secret of the SetupIntent. Required if a publishable key is used to retrieve the SetupIntent.
    pub client_secret: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "scheduled_query_run")]
/// Parameters of [`Client::get_sigma_scheduled_query_runs`](crate::Client::get_sigma_scheduled_query_runs).
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
/// Parameters of [`Client::get_sigma_scheduled_query_runs_scheduled_query_run`](crate::Client::get_sigma_scheduled_query_runs_scheduled_query_run).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSigmaScheduledQueryRunsScheduledQueryRunParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "sku")]
/// Parameters of [`Client::get_skus`](crate::Client::get_skus).
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
/// Parameters of [`Client::get_skus_id`](crate::Client::get_skus_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSkusIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "source")]
/// Parameters of [`Client::get_sources_source`](crate::Client::get_sources_source).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSourcesSourceParams {
    /// The client secret of the source. Required if a publishable key is used to retrieve the source.
    pub client_secret: Option<String>,
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "source_mandate_notification")]
/// Parameters of [`Client::get_sources_source_mandate_notifications_mandate_notification`](crate::Client::get_sources_source_mandate_notifications_mandate_notification).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSourcesSourceMandateNotificationsMandateNotificationParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "source_transaction")]
/// Parameters of [`Client::get_sources_source_source_transactions`](crate::Client::get_sources_source_source_transactions).
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
/// Parameters of [`Client::get_sources_source_source_transactions_source_transaction`](crate::Client::get_sources_source_source_transactions_source_transaction).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSourcesSourceSourceTransactionsSourceTransactionParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "subscription_item")]
/// Parameters of [`Client::get_subscription_items`](crate::Client::get_subscription_items).
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
/// Parameters of [`Client::get_subscription_items_item`](crate::Client::get_subscription_items_item).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSubscriptionItemsItemParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "usage_record_summary")]
/// Parameters of [`Client::get_subscription_items_subscription_item_usage_record_summaries`](crate::Client::get_subscription_items_subscription_item_usage_record_summaries).
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
/// Parameters of [`Client::get_subscription_schedules`](crate::Client::get_subscription_schedules).
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
/// Parameters of [`Client::get_subscription_schedules_schedule`](crate::Client::get_subscription_schedules_schedule).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSubscriptionSchedulesScheduleParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "subscription")]
/// Parameters of [`Client::get_subscriptions`](crate::Client::get_subscriptions).
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
/// Parameters of [`Client::get_subscriptions_subscription_exposed_id`](crate::Client::get_subscriptions_subscription_exposed_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSubscriptionsSubscriptionExposedIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "tax_code")]
/// Parameters of [`Client::get_tax_codes`](crate::Client::get_tax_codes).
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
/// Parameters of [`Client::get_tax_codes_id`](crate::Client::get_tax_codes_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTaxCodesIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "tax_rate")]
/// Parameters of [`Client::get_tax_rates`](crate::Client::get_tax_rates).
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
/// Parameters of [`Client::get_tax_rates_tax_rate`](crate::Client::get_tax_rates_tax_rate).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTaxRatesTaxRateParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "terminal_location")]
/// Parameters of [`Client::get_terminal_locations`](crate::Client::get_terminal_locations).
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
/// Parameters of [`Client::get_terminal_locations_location`](crate::Client::get_terminal_locations_location).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTerminalLocationsLocationParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "terminal_reader")]
/// Parameters of [`Client::get_terminal_readers`](crate::Client::get_terminal_readers).
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
/// Parameters of [`Client::get_terminal_readers_reader`](crate::Client::get_terminal_readers_reader).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTerminalReadersReaderParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "token")]
/// Parameters of [`Client::get_tokens_token`](crate::Client::get_tokens_token).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTokensTokenParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "topup")]
/// Parameters of [`Client::get_topups`](crate::Client::get_topups).
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
/// Parameters of [`Client::get_topups_topup`](crate::Client::get_topups_topup).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTopupsTopupParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "transfer")]
/// Parameters of [`Client::get_transfers`](crate::Client::get_transfers).
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
/// Parameters of [`Client::get_transfers_id_reversals`](crate::Client::get_transfers_id_reversals).
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
/// Parameters of [`Client::get_transfers_transfer`](crate::Client::get_transfers_transfer).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTransfersTransferParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "transfer_reversal")]
/// Parameters of [`Client::get_transfers_transfer_reversals_id`](crate::Client::get_transfers_transfer_reversals_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTransfersTransferReversalsIdParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
#[cfg(feature = "webhook_endpoint")]
/// Parameters of [`Client::get_webhook_endpoints`](crate::Client::get_webhook_endpoints).
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
/// Parameters of [`Client::get_webhook_endpoints_webhook_endpoint`](crate::Client::get_webhook_endpoints_webhook_endpoint).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWebhookEndpointsWebhookEndpointParams {
    /// Specifies which fields in the response should be expanded.
    pub expand: Option<Vec<String>>,
}
