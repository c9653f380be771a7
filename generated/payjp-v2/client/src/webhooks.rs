//! Webhooks: the requests the API sends to your endpoint, checked with the API's signature
//! scheme (feature `webhook-signatures`) and read into typed events.
#[allow(unused_imports)]
use crate::models;
#[allow(unused_imports)]
use crate::runtime;
/// How the API signs its webhook requests.
#[cfg(feature = "webhook-signatures")]
pub const SIGNATURE_SCHEME: runtime::SignatureScheme = runtime::SignatureScheme::Token {
    header: "X-Payjp-Webhook-Token",
};
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
    /// An object whose `object` is `balance`.
    BalanceResponse(Box<models::BalanceResponse>),
    /// An object whose `object` is `balance_url`.
    BalanceUrlResponse(Box<models::BalanceUrlResponse>),
    /// An object whose `object` is `checkout.session`.
    CheckoutSessionDetailsResponse(Box<models::CheckoutSessionDetailsResponse>),
    /// An object whose `object` is `customer`.
    CustomerResponse(Box<models::CustomerResponse>),
    /// An object whose `object` is `event`.
    EventResponse(Box<models::EventResponse>),
    /// An object whose `object` is `line_item`.
    CheckoutSessionLineItemDataResponse(
        Box<models::CheckoutSessionLineItemDataResponse>,
    ),
    /// An object whose `object` is `list`.
    BalanceListResponse(Box<models::BalanceListResponse>),
    /// An object whose `object` is `payment_dispute`.
    PaymentDisputeResponse(Box<models::PaymentDisputeResponse>),
    /// An object whose `object` is `payment_flow`.
    PaymentFlowResponse(Box<models::PaymentFlowResponse>),
    /// An object whose `object` is `payment_method`.
    PaymentMethodCardResponse(Box<models::PaymentMethodCardResponse>),
    /// An object whose `object` is `payment_method_configuration`.
    PaymentMethodConfigurationDetailsResponse(
        Box<models::PaymentMethodConfigurationDetailsResponse>,
    ),
    /// An object whose `object` is `payment_refund`.
    PaymentRefundResponse(Box<models::PaymentRefundResponse>),
    /// An object whose `object` is `payment_transaction`.
    PaymentTransactionResponse(Box<models::PaymentTransactionResponse>),
    /// An object whose `object` is `price`.
    PriceDetailsResponse(Box<models::PriceDetailsResponse>),
    /// An object whose `object` is `product`.
    ProductDetailsResponse(Box<models::ProductDetailsResponse>),
    /// An object whose `object` is `setup_flow`.
    SetupFlowResponse(Box<models::SetupFlowResponse>),
    /// An object whose `object` is `statement`.
    StatementResponse(Box<models::StatementResponse>),
    /// An object whose `object` is `statement_url`.
    StatementUrlResponse(Box<models::StatementUrlResponse>),
    /// An object whose `object` is `tax_rate`.
    TaxRateDetailsResponse(Box<models::TaxRateDetailsResponse>),
    /// An object whose `object` is `term`.
    TermResponse(Box<models::TermResponse>),
    /// An object of a kind this SDK does not decode, as JSON.
    Unknown(serde_json::Value),
}
/// An event with its object typed.
#[derive(Debug, Clone)]
pub struct TypedEvent {
    /// The event as the API sent it.
    pub event: models::EventResponse,
    /// The event's object, decoded by its kind.
    pub object: TypedObject,
}
/// Reads a webhook request body (already verified) as an event with its object typed.
pub fn parse_event(payload: &[u8]) -> Result<TypedEvent, runtime::WebhookError> {
    let event: models::EventResponse = runtime::decode_webhook(payload, None)?;
    let (value, kind) = runtime::object_at(payload, &["data"], "object")?;
    let object = match kind.as_str() {
        "balance" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::BalanceResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "balance_url" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::BalanceUrlResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "checkout.session" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::CheckoutSessionDetailsResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "customer" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::CustomerResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "event" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::EventResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "line_item" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::CheckoutSessionLineItemDataResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "list" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::BalanceListResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "payment_dispute" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::PaymentDisputeResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "payment_flow" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::PaymentFlowResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "payment_method" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::PaymentMethodCardResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "payment_method_configuration" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::PaymentMethodConfigurationDetailsResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "payment_refund" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::PaymentRefundResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "payment_transaction" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::PaymentTransactionResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "price" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::PriceDetailsResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "product" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::ProductDetailsResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "setup_flow" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::SetupFlowResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "statement" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::StatementResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "statement_url" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::StatementUrlResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "tax_rate" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::TaxRateDetailsResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        "term" => {
            runtime::decode_object(&value, &kind)
                .map(TypedObject::TermResponse)
                .unwrap_or_else(|_| TypedObject::Unknown(value))
        }
        _ => TypedObject::Unknown(value),
    };
    Ok(TypedEvent { event, object })
}
/// Checks a webhook request's signature header against the endpoint's secret, then
/// reads its body as an event with its object typed.
#[cfg(feature = "webhook-signatures")]
pub fn construct_event(
    payload: &[u8],
    signature_header: &str,
    secret: &str,
) -> Result<TypedEvent, runtime::WebhookError> {
    verifier(secret).verify_header(signature_header, payload)?;
    parse_event(payload)
}
