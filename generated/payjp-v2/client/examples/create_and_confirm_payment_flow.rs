//! Creates a payment flow and confirms it.
//!
//! The create carries an idempotency key of our own, so running this again with the same
//! order id cannot create a second flow; every retry of one call reuses the call's key.
//!
//! ```sh
//! PAYJP_BASE_URL=http://127.0.0.1:4010 PAYJP_SECRET_KEY=sk_test_... cargo run --example create_and_confirm_payment_flow
//! ```
use std::time::Duration;
use payjp_v2_client::{models, Client, RequestOptions};
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = std::env::var("PAYJP_BASE_URL")
        .unwrap_or_else(|_| payjp_v2_client::DEFAULT_BASE_URL.to_owned());
    let secret_key = std::env::var("PAYJP_SECRET_KEY")
        .map_err(|_| "set PAYJP_SECRET_KEY to a test secret key")?;
    let order_id = std::env::var("ORDER_ID").unwrap_or_else(|_| "A-1".to_owned());
    let client = Client::builder()
        .base_url(base_url)
        .basic_auth(secret_key, None)
        .timeout(Duration::from_secs(30))
        .max_retries(3)
        .build()?;
    let request = models::PaymentFlowCreateRequest {
        description: Some(format!("order {order_id}")),
        ..models::PaymentFlowCreateRequest::new(1000, models::Currency::Jpy)
    };
    let created = client
        .with_options(
            RequestOptions::new().idempotency_key(format!("order-{order_id}-create")),
        )
        .payment_flows()
        .create_with_response(&request)
        .await?;
    println!(
        "created payment flow {} (HTTP {}, request id {}, {} attempt(s))", created
        .value().id, created.status(), created.request_id().unwrap_or("none"), created
        .meta().attempts(),
    );
    let confirm = models::PaymentFlowConfirmRequest {
        payment_method_id: Some("pm_test_card".to_owned()),
        ..Default::default()
    };
    match client.payment_flows().confirm(&created.value().id, Some(&confirm)).await {
        Ok(flow) => {
            println!("confirmed payment flow {}: status {:?}", flow.id, flow.status)
        }
        Err(err) if err.is_retryable() => {
            println!("not confirmed yet, try again later: {err}")
        }
        Err(err) => return Err(err.into()),
    }
    Ok(())
}
