//! The generated PAY.JP client's list streams over real HTTP, against the runtime's
//! fault-injecting loopback server playing PAY.JP's list endpoints: every item once, in order,
//! forward and backward, over more than a thousand items, with and without faults.

#[path = "../runtime/tests/support/mod.rs"]
mod fault_server;

use std::sync::Arc;
use std::time::Duration;

use fault_server::{Config, FaultServer, ListShape, item_id};
use payjp_v2_client::{Client, GetAllCustomersParams, GetPaymentFlowRefundsParams, RetryPolicy};
use serde_json::json;

const ITEMS: usize = 1_111;

async fn server(random_faults: Option<(f64, u64)>) -> (FaultServer, Client) {
    let item = Arc::new(|i: usize| {
        json!({
            "id": item_id(i), "livemode": false, "email": format!("c{i}@example.com"),
            "metadata": {"n": i}, "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z",
            "amount": i, "currency": "jpy", "status": "succeeded", "payment_flow_id": "pfw_1", "reason": null,
        })
    });
    let config = Config { shape: ListShape::Payjp, items: ITEMS, random: random_faults, item, ..Config::default() };
    let server = FaultServer::start(config).await;
    let client = Client::builder()
        .base_url(&server.url)
        .basic_auth("sk_test_123", None)
        .timeout(Duration::from_millis(300))
        .retry_policy(RetryPolicy { max_retries: 12, initial_delay: Duration::from_millis(1), max_delay: Duration::from_millis(10) })
        .build()
        .expect("client builds");
    (server, client)
}

fn ids(range: impl Iterator<Item = usize>) -> Vec<String> {
    range.map(item_id).collect()
}

#[tokio::test]
async fn customers_stream_forward_over_every_item() {
    let (server, client) = server(None).await;
    let params = GetAllCustomersParams { limit: Some(100), ..Default::default() };
    let customers = client.customers().get_all_stream(&params).collect_up_to(usize::MAX).await.expect("all pages");
    assert_eq!(customers.iter().map(|c| c.id.clone()).collect::<Vec<_>>(), ids(0..ITEMS));
    let requests = server.received();
    assert_eq!(requests.len(), ITEMS.div_ceil(100));
    assert!(requests.iter().all(|r| r.uri.starts_with("/v2/customers?limit=100")), "{:?}", requests[0].uri);
    assert!(requests[1].uri.ends_with(&format!("starting_after={}", item_id(99))), "{}", requests[1].uri);
}

#[tokio::test]
async fn customers_stream_backward_from_ending_before() {
    let (server, client) = server(None).await;
    let last = ITEMS - 1;
    let params = GetAllCustomersParams { limit: Some(100), ending_before: Some(item_id(last)), ..Default::default() };
    let customers = client.customers().get_all_stream(&params).collect_up_to(usize::MAX).await.expect("all pages");
    assert_eq!(customers.iter().map(|c| c.id.clone()).collect::<Vec<_>>(), ids((0..last).rev()));
    assert!(server.received()[1].uri.ends_with(&format!("ending_before={}", item_id(last - 100))));
}

#[tokio::test]
async fn a_stream_with_a_path_parameter_and_a_cap() {
    let (server, client) = server(None).await;
    let params = GetPaymentFlowRefundsParams { limit: Some(10), ..Default::default() };
    let refunds = client.payment_flows().get_refunds_stream("pfw_1", &params).collect_up_to(25).await.expect("pages");
    assert_eq!(refunds.len(), 25);
    assert_eq!(server.received().len(), 3, "pages beyond the cap are not fetched");
    assert!(server.received()[0].uri.starts_with("/v2/payment_flows/pfw_1/refunds?"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn customers_stream_survives_faults() {
    let (server, client) = server(Some((0.3, 11))).await;
    let params = GetAllCustomersParams { limit: Some(50), ..Default::default() };
    let customers = client.customers().get_all_stream(&params).collect_up_to(usize::MAX).await.expect("all pages");
    assert_eq!(customers.iter().map(|c| c.id.clone()).collect::<Vec<_>>(), ids(0..ITEMS));
    assert!(server.received().iter().any(|r| r.fault.is_some()));
}
