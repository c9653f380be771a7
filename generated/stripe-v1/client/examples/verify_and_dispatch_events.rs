//! A webhook endpoint: a hyper server that checks each request's `Stripe-Signature` against the
//! endpoint's signing secret, reads the event with its `data.object` typed, and dispatches on it.
//!
//! ```sh
//! STRIPE_WEBHOOK_SECRET=whsec_... cargo run --example verify_and_dispatch_events
//! stripe listen --forward-to localhost:4242/webhooks   # in another shell
//! ```
//!
//! `WEBHOOK_ADDR` sets the address (default `127.0.0.1:4242`); `WEBHOOK_MAX_REQUESTS` stops the
//! server after that many requests.
use std::convert::Infallible;
use std::sync::Arc;
use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use stripe_v1_client::webhooks::{self, TypedObject};
/// Verifies and dispatches one request; answers 400 to anything that does not check out, so
/// Stripe shows the failure in the dashboard.
async fn handle(
    request: Request<Incoming>,
    secret: Arc<String>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let signature = request
        .headers()
        .get("stripe-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let Ok(body) = request.into_body().collect().await.map(|b| b.to_bytes()) else {
        return Ok(answer(StatusCode::BAD_REQUEST, "unreadable body".to_owned()));
    };
    let event = match webhooks::construct_event(&body, &signature, &secret) {
        Ok(event) => event,
        Err(e) => {
            eprintln!("refused: {e}");
            return Ok(answer(StatusCode::BAD_REQUEST, e.to_string()));
        }
    };
    let kind = &event.event.r#type;
    match &event.object {
        TypedObject::PaymentIntent(intent) => {
            println!(
                "{kind}: payment intent {} for {} {}", intent.id, intent.amount, intent
                .currency
            )
        }
        TypedObject::Customer(customer) => {
            println!(
                "{kind}: customer {} <{}>", customer.id, customer.email.as_deref()
                .unwrap_or("no email")
            )
        }
        TypedObject::Unknown(object) => {
            println!("{kind}: an object this SDK does not type: {object}")
        }
        _ => println!("{kind}: event {}", event.event.id),
    }
    Ok(answer(StatusCode::OK, "received".to_owned()))
}
fn answer(status: StatusCode, text: String) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(text)));
    *response.status_mut() = status;
    response
}
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let secret = std::env::var("STRIPE_WEBHOOK_SECRET")
        .map_err(|_| "set STRIPE_WEBHOOK_SECRET to the endpoint's signing secret")?;
    let secret = Arc::new(secret);
    let addr = std::env::var("WEBHOOK_ADDR")
        .unwrap_or_else(|_| "127.0.0.1:4242".to_owned());
    let max_requests: Option<usize> = std::env::var("WEBHOOK_MAX_REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("listening on http://{}/webhooks", listener.local_addr() ?);
    let mut served = 0;
    while max_requests.is_none_or(|max| served < max) {
        let (stream, _) = listener.accept().await?;
        let secret = Arc::clone(&secret);
        let service = hyper::service::service_fn(move |request| handle(
            request,
            Arc::clone(&secret),
        ));
        if let Err(e) = hyper::server::conn::http1::Builder::new()
            .serve_connection(TokioIo::new(stream), service)
            .await
        {
            eprintln!("connection failed: {e}");
        }
        served += 1;
    }
    Ok(())
}
