//! Creates a payment intent and confirms it with a card payment method, with one idempotency
//! key per call (retries of a call reuse it, so a retry can never charge twice).
//!
//! ```sh
//! STRIPE_BASE_URL=http://127.0.0.1:12111 STRIPE_SECRET_KEY=sk_test_... cargo run --example create_and_confirm_payment_intent
//! ```
use stripe_v1_client::{models, Client, RequestOptions};
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = std::env::var("STRIPE_BASE_URL")
        .unwrap_or_else(|_| stripe_v1_client::DEFAULT_BASE_URL.to_owned());
    let secret_key = std::env::var("STRIPE_SECRET_KEY")
        .map_err(|_| "set STRIPE_SECRET_KEY to a test secret key")?;
    let order = std::env::var("ORDER_ID").unwrap_or_else(|_| "A-1".to_owned());
    let client = Client::builder().base_url(base_url).bearer_auth(secret_key).build()?;
    let request = models::PostPaymentIntentsRequest {
        description: Some(format!("order {order}")),
        payment_method_types: Some(vec!["card".to_owned()]),
        ..models::PostPaymentIntentsRequest::new(2000, "usd".to_owned())
    };
    let create = client
        .with_options(
            RequestOptions::new().idempotency_key(format!("order-{order}-create")),
        );
    let created = create.payment_intents().create_with_response(&request).await?;
    println!(
        "created payment intent {} for {} (HTTP {}, request {}, {} attempt(s))", created
        .value().id, created.value().amount, created.status(), created.request_id()
        .unwrap_or("-"), created.meta().attempts()
    );
    let confirm = models::PostPaymentIntentsIntentConfirmRequest {
        payment_method: Some("pm_card_visa".to_owned()),
        ..Default::default()
    };
    let confirmed = client
        .payment_intents()
        .confirm(&created.value().id, Some(&confirm))
        .await?;
    println!("confirmed payment intent {}: {}", confirmed.id, confirmed.status);
    Ok(())
}
