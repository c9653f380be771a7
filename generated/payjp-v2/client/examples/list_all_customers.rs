//! Lists every customer with auto-pagination: pages of 100 are fetched as the stream is read.
//!
//! `MAX_CUSTOMERS` caps how many are taken (default 10000).
//!
//! ```sh
//! PAYJP_BASE_URL=http://127.0.0.1:4010 PAYJP_SECRET_KEY=sk_test_... cargo run --example list_all_customers
//! ```
use payjp_v2_client::{Client, GetAllCustomersParams};
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = std::env::var("PAYJP_BASE_URL")
        .unwrap_or_else(|_| payjp_v2_client::DEFAULT_BASE_URL.to_owned());
    let secret_key = std::env::var("PAYJP_SECRET_KEY")
        .map_err(|_| "set PAYJP_SECRET_KEY to a test secret key")?;
    let max: usize = std::env::var("MAX_CUSTOMERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let client = Client::builder()
        .base_url(base_url)
        .basic_auth(secret_key, None)
        .build()?;
    let params = GetAllCustomersParams {
        limit: Some(100),
        ..Default::default()
    };
    let mut customers = client.customers().get_all_stream(&params);
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
    let first_ten = client.customers().get_all_stream(&params).collect_up_to(10).await?;
    println!("first {} customers collected", first_ten.len());
    Ok(())
}
