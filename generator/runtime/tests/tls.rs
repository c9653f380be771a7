//! TLS over real connections on loopback: a certificate authority and a server certificate for
//! `localhost` are made in the test (rcgen), a hyper server answers over rustls, and the
//! client trusts the server only when the authority is added with `add_root_certificate` (or
//! in a client from `http_client_builder`).

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
use reqwest::Method;
use sdkgen_runtime::{decode_json, reqwest, ApiError, ClientBuilder, DecodeError, Error, Transport};
use serde_json::Value;
use tokio::net::TcpListener;
use tokio_rustls::rustls;
use tokio_rustls::TlsAcceptor;

/// A certificate authority and an HTTPS server on loopback whose certificate it signed.
struct TlsServer {
    /// `https://localhost:PORT`.
    url: String,
    /// The authority's certificate, PEM.
    ca_pem: String,
}

impl TlsServer {
    /// Signs a certificate for `names` and serves `{"ok": true}` over TLS with it.
    async fn start(names: &[&str]) -> TlsServer {
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params.distinguished_name.push(DnType::CommonName, "sdkgen test CA");
        let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
        let server_key = KeyPair::generate().unwrap();
        let names: Vec<String> = names.iter().map(|name| name.to_string()).collect();
        let server_cert = CertificateParams::new(names).unwrap().signed_by(&server_key, &ca).unwrap();

        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                vec![server_cert.der().clone()],
                rustls::pki_types::PrivateKeyDer::Pkcs8(server_key.serialize_der().into()),
            )
            .unwrap();
        let acceptor = TlsAcceptor::from(Arc::new(config));
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { return };
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    // A client that refuses the certificate ends the handshake here.
                    let Ok(stream) = acceptor.accept(stream).await else { return };
                    let service = service_fn(|_: Request<hyper::body::Incoming>| async {
                        let body = Full::new(Bytes::from_static(b"{\"ok\": true}"));
                        Ok::<_, std::convert::Infallible>(Response::new(body))
                    });
                    let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
                });
            }
        });
        TlsServer { url: format!("https://localhost:{port}"), ca_pem: ca.pem() }
    }

    fn ca(&self) -> reqwest::Certificate {
        reqwest::Certificate::from_pem(self.ca_pem.as_bytes()).unwrap()
    }
}

/// The documented errors of a test operation: none.
#[derive(Debug)]
struct AnyError(u16);

impl std::fmt::Display for AnyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "status {}", self.0)
    }
}

impl std::error::Error for AnyError {}

impl ApiError for AnyError {
    fn from_response(status: u16, _body: &[u8]) -> Result<Self, DecodeError> {
        Ok(AnyError(status))
    }
    fn status(&self) -> u16 {
        self.0
    }
}

fn builder(url: &str) -> ClientBuilder {
    ClientBuilder::new(url, "tls-test/1").max_retries(0)
}

async fn get(transport: &Transport) -> Result<Value, Error<AnyError>> {
    let call = transport.execute(transport.request(Method::GET, "/v1/things"), "/v1/things", decode_json);
    let response = tokio::time::timeout(Duration::from_secs(20), call).await.expect("the call ends")?;
    Ok(response.into_value())
}

/// The whole chain of an error's sources, where rustls says why it refused a certificate.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[tokio::test]
async fn a_root_certificate_added_to_the_builder_is_trusted() {
    let server = TlsServer::start(&["localhost"]).await;
    let transport = builder(&server.url).add_root_certificate(server.ca()).build_transport().unwrap();
    let body = get(&transport).await.expect("the server's certificate verifies against the added root");
    assert_eq!(body, serde_json::json!({"ok": true}));
}

#[tokio::test]
async fn a_server_signed_by_an_unknown_authority_is_refused() {
    let server = TlsServer::start(&["localhost"]).await;
    let transport = builder(&server.url).build_transport().unwrap();
    let error = get(&transport).await.expect_err("the authority is not among the system's roots");
    let text = chain(&error);
    assert!(text.contains("UnknownIssuer") || text.contains("unknown issuer"), "{text}");
}

#[tokio::test]
async fn a_certificate_for_another_name_is_refused_even_from_a_trusted_authority() {
    let server = TlsServer::start(&["api.example.com"]).await;
    let transport = builder(&server.url).add_root_certificate(server.ca()).build_transport().unwrap();
    let error = get(&transport).await.expect_err("the certificate does not name localhost");
    let text = chain(&error);
    assert!(text.contains("NotValidForName") || text.contains("not valid for name"), "{text}");
}

#[tokio::test]
async fn a_client_from_http_client_builder_carries_its_own_roots() {
    let server = TlsServer::start(&["localhost"]).await;
    let http = sdkgen_runtime::http_client_builder().tls_certs_merge([server.ca()]).build().unwrap();
    let transport = builder(&server.url).http_client(http).build_transport().unwrap();
    let body = get(&transport).await.expect("the caller's client trusts the authority");
    assert_eq!(body, serde_json::json!({"ok": true}));
}
