//! Serde behaviour of the generated PAY.JP models: tags, enum fallbacks, optional fields.

use payjp_v2_client::models::{
    CaptureMethod, Currency, CustomerUpdateRequest, PaymentFlowCreateRequest, PaymentFlowResponse, PaymentFlowStatus, PaymentMethodCreateRequest,
    PaymentMethodPayPayCreateRequest, TaxRateCreateRequest,
};
use serde_json::json;

fn flow_json(object: &str, status: &str) -> serde_json::Value {
    json!({
        "object": object, "id": "pfw_1", "livemode": false, "amount": 1000, "currency": "jpy",
        "amount_capturable": null, "amount_received": 0, "client_secret": "s", "customer_id": null,
        "description": null, "payment_method_id": null, "payment_method_options": null,
        "payment_method_types": ["card"], "status": status, "next_action": null, "return_url": null,
        "capture_method": "automatic", "last_payment_error": null, "cancellation_reason": null,
        "canceled_at": null, "metadata": {"k": "v"}, "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z"
    })
}

#[test]
fn unknown_enum_values_are_kept() {
    let flow: PaymentFlowResponse = serde_json::from_value(flow_json("payment_flow", "brand_new_status")).unwrap();
    assert_eq!(flow.status, PaymentFlowStatus::Unknown("brand_new_status".to_owned()));
    assert_eq!(flow.status.as_str(), "brand_new_status");
    let back = serde_json::to_value(&flow).unwrap();
    assert_eq!(back["status"], "brand_new_status");
}

#[test]
fn the_object_tag_is_checked_and_written() {
    let flow: PaymentFlowResponse = serde_json::from_value(flow_json("payment_flow", "succeeded")).unwrap();
    assert_eq!(flow.status, PaymentFlowStatus::Succeeded);
    let back = serde_json::to_value(&flow).unwrap();
    assert_eq!(back["object"], "payment_flow");
    assert_eq!(back["amount_capturable"], serde_json::Value::Null, "required nullable fields are written as null");
    assert!(serde_json::from_value::<PaymentFlowResponse>(flow_json("customer", "succeeded")).is_err());
}

#[test]
fn optional_request_fields_are_left_out() {
    let request = PaymentFlowCreateRequest::new(1000, Currency::Jpy);
    assert_eq!(serde_json::to_value(&request).unwrap(), json!({ "amount": 1000, "currency": "jpy" }));
}

#[test]
fn discriminated_unions_pick_the_member_by_its_tag() {
    let parsed: PaymentMethodCreateRequest = serde_json::from_value(json!({ "type": "paypay" })).unwrap();
    assert_eq!(parsed, PaymentMethodCreateRequest::Paypay(PaymentMethodPayPayCreateRequest::default()));
    assert_eq!(serde_json::to_value(&parsed).unwrap(), json!({ "type": "paypay" }));
    // The PayPay member has only optional fields; only its tag keeps it from matching this.
    let unknown = serde_json::from_value::<PaymentMethodCreateRequest>(json!({ "type": "bank_transfer" }));
    assert!(unknown.is_err(), "{unknown:?}");
}

#[test]
fn optional_nullable_request_fields_have_three_states() {
    let absent = CustomerUpdateRequest::default();
    let cleared = CustomerUpdateRequest { default_payment_method_id: Some(None), ..Default::default() };
    let set = CustomerUpdateRequest { default_payment_method_id: Some(Some("pm_1".to_owned())), ..Default::default() };
    assert_eq!(serde_json::to_value(&absent).unwrap(), json!({}));
    assert_eq!(serde_json::to_value(&cleared).unwrap(), json!({ "default_payment_method_id": null }));
    assert_eq!(serde_json::to_value(&set).unwrap(), json!({ "default_payment_method_id": "pm_1" }));
    // The setter of a nullable field sets a value, not `null`.
    assert_eq!(CustomerUpdateRequest::default().default_payment_method_id("pm_1"), set);
    for request in [absent, cleared, set] {
        let text = serde_json::to_string(&request).unwrap();
        assert_eq!(serde_json::from_str::<CustomerUpdateRequest>(&text).unwrap(), request, "{text}");
    }
}

/// Chainable setters fill a request type's optional fields one call each, after `new` took the
/// required ones; the result is what the struct literal builds.
#[test]
fn setters_fill_optional_fields() {
    let built = PaymentFlowCreateRequest::new(1000, Currency::Jpy).description("order A-1").capture_method(CaptureMethod::Manual);
    let literal = PaymentFlowCreateRequest {
        description: Some("order A-1".to_owned()),
        capture_method: Some(CaptureMethod::Manual),
        ..PaymentFlowCreateRequest::new(1000, Currency::Jpy)
    };
    assert_eq!(built, literal);
    assert_eq!(serde_json::to_value(&built).unwrap()["description"], json!("order A-1"));
}

#[test]
fn floats_keep_their_last_bit() {
    // Without serde_json's `float_roundtrip` (on in the generated crates) each of these decodes
    // one bit off.
    for text in ["2.5192305572364624e39", "9.678470600553095e59", "-2.360769870415293e-212"] {
        let json = format!(r#"{{"display_name": "VAT", "inclusive": false, "percentage": {text}}}"#);
        let request: TaxRateCreateRequest = serde_json::from_str(&json).unwrap();
        let exact: f64 = text.parse().unwrap();
        assert_eq!(request.percentage.to_bits(), exact.to_bits(), "{text}");
        let again: TaxRateCreateRequest = serde_json::from_str(&serde_json::to_string(&request).unwrap()).unwrap();
        assert_eq!(again.percentage.to_bits(), exact.to_bits(), "{text} after a round trip");
    }
}
