//! A webhook endpoint: a hyper server that checks each request's `X-Payjp-Webhook-Token`
//! against the endpoint's token, reads the event with its `data` typed by its `object`, and
//! dispatches on it.
//!
//! ```sh
//! PAYJP_WEBHOOK_TOKEN=whook_... cargo run --example verify_and_dispatch_webhooks
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
use payjp_v2_client::webhooks::{self, TypedObject};
/// Verifies and dispatches one request; answers 400 to anything that does not check out.
async fn handle(
    request: Request<Incoming>,
    token: Arc<String>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let given = request
        .headers()
        .get("x-payjp-webhook-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let Ok(body) = request.into_body().collect().await.map(|b| b.to_bytes()) else {
        return Ok(answer(StatusCode::BAD_REQUEST, "unreadable body".to_owned()));
    };
    let event = match webhooks::construct_event(&body, &given, &token) {
        Ok(event) => event,
        Err(e) => {
            eprintln!("refused: {e}");
            return Ok(answer(StatusCode::BAD_REQUEST, e.to_string()));
        }
    };
    let kind = &event.event.r#type;
    match &event.object {
        TypedObject::PaymentFlowResponse(flow) => {
            println!("{kind}: payment flow {}", flow.id)
        }
        TypedObject::CustomerResponse(customer) => {
            println!("{kind}: customer {}", customer.id)
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
    let token = std::env::var("PAYJP_WEBHOOK_TOKEN")
        .map_err(|_| "set PAYJP_WEBHOOK_TOKEN to the endpoint's webhook token")?;
    let token = Arc::new(token);
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
        let token = Arc::clone(&token);
        let service = hyper::service::service_fn(move |request| handle(
            request,
            Arc::clone(&token),
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
