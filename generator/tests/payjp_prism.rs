//! The generated PAY.JP v2 client over real HTTP, against Prism validating every request
//! against `specs/payjp-v2/openapi.yaml`.
//!
//! Prism answers 422 to any request that breaks the spec and 401 to one without valid
//! credentials, so every success below also proves the request was well-formed.

mod support;

use std::collections::BTreeMap;
use std::time::Duration;

use payjp_v2_client::models::{
    CaptureMethod, Currency, CustomerUpdateRequest, MetadataValue, PaymentFlowCancelRequest, PaymentFlowCancelRequestCancellationReason,
    PaymentFlowCaptureRequest, PaymentFlowConfirmRequest, PaymentFlowCreateRequest, PaymentFlowResponse,
    PaymentFlowStatus, PaymentFlowUpdateRequest, PaymentMethodTypes,
};
use payjp_v2_client::{
    Client, ConfirmPaymentFlowError, CreatePaymentFlowError, Error, GetAllPaymentFlowsError, GetAllPaymentFlowsParams,
    GetPaymentFlowError, GetPaymentFlowRefundsParams, UpdatePaymentFlowError,
};
use support::prism::Prism;

const SPEC: &str = "specs/payjp-v2/openapi.yaml";

fn client(prism: &Prism) -> Client {
    Client::builder()
        .base_url(&prism.url)
        .basic_auth("sk_test_123", None)
        .timeout(Duration::from_secs(30))
        .build()
        .expect("client builds")
}

/// A client that asks Prism for the documented response with status `code`.
fn client_preferring(prism: &Prism, code: u16) -> Client {
    Client::builder()
        .base_url(&prism.url)
        .bearer_auth("sk_test_123")
        .default_header("Prefer", format!("code={code}"))
        .timeout(Duration::from_secs(30))
        .build()
        .expect("client builds")
}

fn create_request() -> PaymentFlowCreateRequest {
    let mut metadata = BTreeMap::new();
    metadata.insert("order".to_owned(), MetadataValue::String("A-1".to_owned()));
    metadata.insert("items".to_owned(), MetadataValue::Integer(3));
    PaymentFlowCreateRequest {
        amount: 1000,
        currency: Currency::Jpy,
        customer_id: Some("cus_123".to_owned()),
        payment_method_id: None,
        payment_method_options: None,
        payment_method_types: Some(vec![PaymentMethodTypes::Card, PaymentMethodTypes::Paypay]),
        capture_method: Some(CaptureMethod::Manual),
        confirm: Some(false),
        return_url: Some("https://example.com/return".to_owned()),
        description: Some("order A-1 \"quoted\" / ünïcode".to_owned()),
        metadata: Some(metadata),
    }
}

/// What Prism builds from the schema: the first enum value, `"string"` and `0`.
fn assert_mock_flow(flow: &PaymentFlowResponse) {
    assert_eq!(flow.id, "string");
    assert_eq!(flow.amount, 0);
    assert_eq!(flow.currency, Currency::Jpy);
    assert_eq!(flow.status, PaymentFlowStatus::Canceled);
    assert_eq!(flow.capture_method, CaptureMethod::Automatic);
    assert_eq!(flow.payment_method_types, vec![PaymentMethodTypes::Card]);
    assert_eq!(flow.created_at, "2019-08-24T14:15:22Z");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn payment_flow_operations_succeed_with_typed_values() {
    let prism = Prism::start(SPEC);
    let client = client(&prism);

    let created = client.payment_flows().create(&create_request()).await.expect("create");
    assert_mock_flow(&created);

    let page = client
        .payment_flows()
        .get_all(&GetAllPaymentFlowsParams {
            limit: Some(3),
            starting_after: Some("pfw_1".to_owned()),
            customer_id: Some("cus_123".to_owned()),
            ..Default::default()
        })
        .await
        .expect("list");
    assert_eq!(page.data.len(), 1);
    assert!(page.has_more);
    assert_mock_flow(&page.data[0]);

    let fetched = client.payment_flows().get("pfw_123").await.expect("get");
    assert_mock_flow(&fetched);

    let update = PaymentFlowUpdateRequest { amount: Some(2000), description: Some("new".to_owned()), ..Default::default() };
    assert_mock_flow(&client.payment_flows().update("pfw_123", &update).await.expect("update"));

    let confirm = PaymentFlowConfirmRequest { payment_method_id: Some("pm_1".to_owned()), ..Default::default() };
    assert_mock_flow(&client.payment_flows().confirm("pfw_123", Some(&confirm)).await.expect("confirm"));
    assert_mock_flow(&client.payment_flows().confirm("pfw_123", None).await.expect("confirm without body"));

    let capture = PaymentFlowCaptureRequest { amount_to_capture: Some(500) };
    assert_mock_flow(&client.payment_flows().capture("pfw_123", Some(&capture)).await.expect("capture"));

    let cancel = PaymentFlowCancelRequest {
        cancellation_reason: Some(PaymentFlowCancelRequestCancellationReason::RequestedByCustomer),
    };
    assert_mock_flow(&client.payment_flows().cancel("pfw_123", Some(&cancel)).await.expect("cancel"));

    let refunds = client
        .payment_flows().get_refunds("pfw_123", &GetPaymentFlowRefundsParams { limit: Some(100), ..Default::default() })
        .await
        .expect("list refunds");
    assert_eq!(refunds.data.len(), 1);
    assert_eq!(refunds.data[0].amount, 0);
}

/// An optional nullable field is sent absent, as `null` (clearing the default payment method)
/// or with a value, and the validating server accepts all three.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_nullable_field_can_be_cleared_left_out_or_set() {
    let prism = Prism::start(SPEC);
    let client = client(&prism);
    for default_payment_method_id in [None, Some(None), Some(Some("pm_1".to_owned()))] {
        let update = CustomerUpdateRequest { default_payment_method_id, ..Default::default() };
        let customer = client.customers().update("cus_123", &update).await;
        assert!(customer.is_ok(), "{update:?}: {customer:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn documented_errors_decode_into_their_variants() {
    let prism = Prism::start(SPEC);

    // 400: one of the documented reasons, as problem details.
    let err = client_preferring(&prism, 400)
        .payment_flows().update("pfw_123", &PaymentFlowUpdateRequest::default())
        .await
        .expect_err("400");
    let Error::Api { error: UpdatePaymentFlowError::BadRequest(problem), .. } = &err else { panic!("expected BadRequest, got {err:?}") };
    assert_eq!(problem.title, "string");
    assert_eq!(err.status(), Some(400));

    // 402 on confirm.
    let err = client_preferring(&prism, 402).payment_flows().confirm("pfw_123", None).await.expect_err("402");
    assert!(matches!(err, Error::Api { error: ConfirmPaymentFlowError::PaymentRequired(_), .. }), "{err:?}");

    // 404 on get.
    let err = client_preferring(&prism, 404).payment_flows().get("pfw_missing").await.expect_err("404");
    assert!(matches!(err, Error::Api { error: GetPaymentFlowError::NotFound(_), .. }), "{err:?}");
    assert!(err.to_string().contains("status 404"), "{err}");

    // 422 asked for.
    let err = client_preferring(&prism, 422).payment_flows().create(&create_request()).await.expect_err("422");
    assert!(matches!(err, Error::Api { error: CreatePaymentFlowError::UnprocessableEntity(_), .. }), "{err:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_requests_are_rejected_by_the_validating_server() {
    let prism = Prism::start(SPEC);
    let client = client(&prism);

    // Below the schema's minimum amount (50): Prism's validation answers 422.
    let too_small = PaymentFlowCreateRequest { amount: 10, ..create_request() };
    let err = client.payment_flows().create(&too_small).await.expect_err("amount below minimum");
    assert!(matches!(err, Error::Api { error: CreatePaymentFlowError::UnprocessableEntity(_), .. }), "{err:?}");

    // Out of the documented range for `limit` (1..=100).
    let err = client
        .payment_flows()
        .get_all(&GetAllPaymentFlowsParams { limit: Some(500), ..Default::default() })
        .await
        .expect_err("limit out of range");
    assert!(matches!(err, Error::Api { error: GetAllPaymentFlowsError::UnprocessableEntity(_), .. }), "{err:?}");

    // No credentials: 401 is not documented, so it lands in the fallback with its body.
    let anonymous = Client::builder().base_url(&prism.url).build().expect("client builds");
    let err = anonymous.payment_flows().get("pfw_123").await.expect_err("401");
    let Error::Api { error: GetPaymentFlowError::Unexpected { status, body }, .. } = &err else { panic!("expected 401, got {err:?}") };
    assert_eq!(*status, 401);
    assert!(!body.is_empty());

    // Path parameters are percent-encoded: a slash stays inside the segment.
    let flow = client.payment_flows().get("a/b?c#d").await.expect("encoded path parameter");
    assert_eq!(flow.amount, 0);
}

#[tokio::test]
async fn path_arguments_that_address_another_resource_are_refused_before_sending() {
    // A listener that would see any request; nothing may reach it.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    listener.set_nonblocking(true).expect("non-blocking");
    let client = Client::builder()
        .base_url(format!("http://{}", listener.local_addr().unwrap()))
        .basic_auth("sk_test_123", None)
        .build()
        .expect("client builds");
    for id in ["", ".", ".."] {
        let err = client.payment_flows().get(id).await.expect_err("refused");
        assert!(matches!(&err, Error::Encode(_)), "{id:?}: {err:?}");
        assert!(err.to_string().contains("would address another resource"), "{err}");
    }
    let err = listener.accept().expect_err("no connection was made");
    assert_eq!(err.kind(), std::io::ErrorKind::WouldBlock);
}
