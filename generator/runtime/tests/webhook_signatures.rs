//! Webhook signature checks with vectors computed outside this crate: Standard Webhooks'
//! published example, and Stripe-scheme and token vectors computed with Python's `hmac` module
//! (`hmac.new(b"whsec_test_secret", b"1700000000." + payload, hashlib.sha256).hexdigest()`).
//! Every wrong input gives its own clear error and none panics.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::{HeaderMap, HeaderValue};
use sdkgen_runtime::{SignatureError, SignatureScheme, WebhookVerifier, DEFAULT_TOLERANCE};

const STRIPE_SECRET: &str = "whsec_test_secret";
const STRIPE_PAYLOAD: &[u8] = br#"{"id":"evt_1","object":"event","type":"customer.created","data":{"object":{"id":"cus_1","object":"customer"}}}"#;
const STRIPE_T: u64 = 1_700_000_000;
/// HMAC-SHA256 of "1700000000." + payload under `whsec_test_secret`.
const STRIPE_V1: &str = "82207b55cd66804e3b905d76046f1227cd450df774b49bae2c081ace9cecc204";
/// The same under another secret (`whsec_other`), as after a secret roll.
const STRIPE_V1_OTHER: &str = "ed12177be7bd2c786f1f3bc2b6feed6e21ea0e5bbeb76207cb58d3852e888e04";

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

fn stripe() -> WebhookVerifier {
    WebhookVerifier::new(SignatureScheme::Stripe, STRIPE_SECRET)
}

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.insert(*name, HeaderValue::from_str(value).unwrap());
    }
    map
}

#[test]
fn stripe_signatures_verify_by_the_signed_timestamp_and_payload() {
    let header = format!("t={STRIPE_T},v1={STRIPE_V1}");
    assert_eq!(stripe().verify_header_at(&header, STRIPE_PAYLOAD, at(STRIPE_T + 10)), Ok(()));
    let map = headers(&[("stripe-signature", &header)]);
    assert_eq!(stripe().verify_at(&map, STRIPE_PAYLOAD, at(STRIPE_T + 299)), Ok(()));
    // Several signatures (a rolled secret) and other schemes: one matching v1 is enough.
    let several = format!("t={STRIPE_T},v1={STRIPE_V1_OTHER},v0=abc,v1={STRIPE_V1}");
    assert_eq!(stripe().verify_header_at(&several, STRIPE_PAYLOAD, at(STRIPE_T)), Ok(()));
    let other = WebhookVerifier::new(SignatureScheme::Stripe, "whsec_other");
    assert_eq!(other.verify_header_at(&several, STRIPE_PAYLOAD, at(STRIPE_T)), Ok(()));
}

#[test]
fn stripe_refuses_a_wrong_secret_a_tampered_body_and_an_old_timestamp() {
    let header = format!("t={STRIPE_T},v1={STRIPE_V1}");
    let wrong = WebhookVerifier::new(SignatureScheme::Stripe, "whsec_wrong");
    assert_eq!(wrong.verify_header_at(&header, STRIPE_PAYLOAD, at(STRIPE_T)), Err(SignatureError::NoMatchingSignature));
    let tampered = String::from_utf8(STRIPE_PAYLOAD.to_vec()).unwrap().replace("cus_1", "cus_2");
    assert_eq!(
        stripe().verify_header_at(&header, tampered.as_bytes(), at(STRIPE_T)),
        Err(SignatureError::NoMatchingSignature)
    );
    // The timestamp is signed too: moving it breaks the signature.
    let moved = format!("t={},v1={STRIPE_V1}", STRIPE_T + 1);
    assert_eq!(stripe().verify_header_at(&moved, STRIPE_PAYLOAD, at(STRIPE_T)), Err(SignatureError::NoMatchingSignature));
    let old = stripe().verify_header_at(&header, STRIPE_PAYLOAD, at(STRIPE_T + 301)).unwrap_err();
    assert_eq!(
        old,
        SignatureError::OutsideTolerance { timestamp: STRIPE_T as i64, now: STRIPE_T as i64 + 301, tolerance: DEFAULT_TOLERANCE }
    );
    assert!(old.to_string().contains("301 s from now"), "{old}");
    let lenient = stripe().tolerance(Duration::from_secs(3600));
    assert_eq!(lenient.verify_header_at(&header, STRIPE_PAYLOAD, at(STRIPE_T + 301)), Ok(()));
}

#[test]
fn malformed_stripe_headers_get_clear_errors() {
    let cases: &[(&str, &str)] = &[
        ("", "an item is not `key=value`"),
        ("garbage", "an item is not `key=value`"),
        ("v1=abcd", "it has no timestamp `t`"),
        ("t=abc,v1=00", "the timestamp `t` is not a number of seconds"),
        ("t=-5,v1=00", "the timestamp `t` is not a number of seconds"),
        ("t=99999999999999999999999,v1=00", "the timestamp `t` is not a number of seconds"),
        ("t=1700000000", "it has no `v1` signature"),
        ("t=1700000000,t=1700000001,v1=00", "it has more than one `t`"),
    ];
    for (header, reason) in cases {
        let err = stripe().verify_header_at(header, STRIPE_PAYLOAD, at(STRIPE_T)).unwrap_err();
        assert_eq!(err, SignatureError::MalformedHeader { header: "stripe-signature", reason }, "{header:?}");
        assert!(err.to_string().contains("`stripe-signature` header is malformed"), "{err}");
    }
    // Signatures that are not hex, or of the wrong length, just do not match.
    for bad in ["zz", "0", "é", &"0".repeat(64)] {
        let header = format!("t={STRIPE_T},v1={bad}");
        assert_eq!(stripe().verify_header_at(&header, STRIPE_PAYLOAD, at(STRIPE_T)), Err(SignatureError::NoMatchingSignature));
    }
    let huge = format!("t={STRIPE_T},{}", "v1=00,".repeat(5000));
    assert!(matches!(stripe().verify_header_at(&huge, STRIPE_PAYLOAD, at(STRIPE_T)), Err(SignatureError::MalformedHeader { .. })));
    assert_eq!(stripe().verify_at(&HeaderMap::new(), STRIPE_PAYLOAD, at(STRIPE_T)), Err(SignatureError::MissingHeader("stripe-signature")));
}

/// The example of the Standard Webhooks specification.
const STANDARD_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const STANDARD_ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const STANDARD_T: u64 = 1_614_265_330;
const STANDARD_PAYLOAD: &[u8] = br#"{"test": 2432232314}"#;
const STANDARD_SIGNATURE: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

fn standard_headers(signature: &str, timestamp: u64) -> HeaderMap {
    headers(&[
        ("webhook-id", STANDARD_ID),
        ("webhook-timestamp", &timestamp.to_string()),
        ("webhook-signature", signature),
    ])
}

#[test]
fn standard_webhooks_verify_the_published_example() {
    let verifier = WebhookVerifier::new(SignatureScheme::StandardWebhooks, STANDARD_SECRET);
    let map = standard_headers(STANDARD_SIGNATURE, STANDARD_T);
    assert_eq!(verifier.verify_at(&map, STANDARD_PAYLOAD, at(STANDARD_T)), Ok(()));
    // Without the `whsec_` prefix, and among several signatures and versions.
    let bare = WebhookVerifier::new(SignatureScheme::StandardWebhooks, &STANDARD_SECRET[6..]);
    let several = format!("v1a,c29tZQ== v1,AAAA {STANDARD_SIGNATURE}");
    assert_eq!(bare.verify_at(&standard_headers(&several, STANDARD_T), STANDARD_PAYLOAD, at(STANDARD_T + 60)), Ok(()));
}

#[test]
fn standard_webhooks_refuse_what_does_not_check_out() {
    let verifier = WebhookVerifier::new(SignatureScheme::StandardWebhooks, STANDARD_SECRET);
    let map = standard_headers(STANDARD_SIGNATURE, STANDARD_T);
    let wrong = WebhookVerifier::new(SignatureScheme::StandardWebhooks, "whsec_c2VjcmV0");
    assert_eq!(wrong.verify_at(&map, STANDARD_PAYLOAD, at(STANDARD_T)), Err(SignatureError::NoMatchingSignature));
    assert_eq!(verifier.verify_at(&map, br#"{"test": 2432232315}"#, at(STANDARD_T)), Err(SignatureError::NoMatchingSignature));
    // Too old and too new.
    for now in [STANDARD_T + 301, STANDARD_T - 301] {
        assert!(matches!(verifier.verify_at(&map, STANDARD_PAYLOAD, at(now)), Err(SignatureError::OutsideTolerance { .. })));
    }
    let not_base64 = WebhookVerifier::new(SignatureScheme::StandardWebhooks, "whsec_***");
    assert!(matches!(not_base64.verify_at(&map, STANDARD_PAYLOAD, at(STANDARD_T)), Err(SignatureError::InvalidSecret(_))));
    let mut missing = map.clone();
    missing.remove("webhook-id");
    assert_eq!(verifier.verify_at(&missing, STANDARD_PAYLOAD, at(STANDARD_T)), Err(SignatureError::MissingHeader("webhook-id")));
    for (signature, expected) in [("v1", "an entry is not `version,signature`"), ("v2,abc", "it has no `v1` signature")] {
        assert_eq!(
            verifier.verify_at(&standard_headers(signature, STANDARD_T), STANDARD_PAYLOAD, at(STANDARD_T)),
            Err(SignatureError::MalformedHeader { header: "webhook-signature", reason: expected })
        );
    }
    assert_eq!(verifier.verify_at(&standard_headers("v1,!!!", STANDARD_T), STANDARD_PAYLOAD, at(STANDARD_T)), Err(SignatureError::NoMatchingSignature));
    let mut bad_time = map.clone();
    bad_time.insert("webhook-timestamp", HeaderValue::from_static("soon"));
    assert!(matches!(verifier.verify_at(&bad_time, STANDARD_PAYLOAD, at(STANDARD_T)), Err(SignatureError::MalformedHeader { header: "webhook-timestamp", .. })));
    assert!(matches!(verifier.verify_header("x", STANDARD_PAYLOAD), Err(SignatureError::MalformedHeader { .. })));
}

#[test]
fn a_shared_token_must_match_exactly() {
    let verifier = WebhookVerifier::new(SignatureScheme::Token { header: "x-payjp-webhook-token" }, "whook_secret");
    let ok = headers(&[("x-payjp-webhook-token", "whook_secret")]);
    assert_eq!(verifier.verify(&ok, b"{}"), Ok(()));
    for wrong in ["whook_secreT", "whook_secret ", "whook_secre", ""] {
        let map = headers(&[("x-payjp-webhook-token", wrong)]);
        assert_eq!(verifier.verify(&map, b"{}"), Err(SignatureError::TokenMismatch), "{wrong:?}");
    }
    assert_eq!(verifier.verify(&HeaderMap::new(), b"{}"), Err(SignatureError::MissingHeader("x-payjp-webhook-token")));
    let empty = WebhookVerifier::new(SignatureScheme::Token { header: "x-payjp-webhook-token" }, "");
    assert_eq!(empty.verify(&headers(&[("x-payjp-webhook-token", "")]), b"{}"), Err(SignatureError::TokenMismatch));
    assert!(!format!("{verifier:?}").contains("whook_secret"), "Debug hides the secret");
}
