//! Lists every customer with auto-pagination: pages of 100 are fetched as the stream is read.
//!
//! `MAX_CUSTOMERS` caps how many are taken (default 10000).
//!
//! ```sh
//! STRIPE_BASE_URL=http://127.0.0.1:12111 STRIPE_SECRET_KEY=sk_test_... cargo run --example list_every_customer
//! ```
use stripe_v1_client::{Client, GetCustomersParams};
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = std::env::var("STRIPE_BASE_URL")
        .unwrap_or_else(|_| stripe_v1_client::DEFAULT_BASE_URL.to_owned());
    let secret_key = std::env::var("STRIPE_SECRET_KEY")
        .map_err(|_| "set STRIPE_SECRET_KEY to a test secret key")?;
    let max: usize = std::env::var("MAX_CUSTOMERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let client = Client::builder().base_url(base_url).bearer_auth(secret_key).build()?;
    let params = GetCustomersParams {
        limit: Some(100),
        ..Default::default()
    };
    let mut customers = client.customers().list_stream(&params);
    let mut count = 0;
    while count < max {
        let Some(customer) = customers.next_item().await else { break };
        let customer = customer?;
        count += 1;
        if count <= 3 {
            println!(
                "customer {} <{}>", customer.id, customer.email.as_deref()
                .unwrap_or("no email")
            );
        }
    }
    println!("{count} customers in {} page(s)", customers.pages_fetched());
    let first_ten = client.customers().list_stream(&params).collect_up_to(10).await?;
    println!("first {} customers collected", first_ten.len());
    Ok(())
}
