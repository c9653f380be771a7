//! Auto-pagination over real HTTP, the way generated list methods drive it: both list shapes
//! (Stripe's list object, PAY.JP's list response), both directions, over a thousand items.

mod support;

use std::fmt;
use std::time::Duration;

use futures_util::StreamExt;
use reqwest::Method;
use sdkgen_runtime::{
    append_query, decode_json, ApiError, ClientBuilder, Cursor, DecodeError, Direction, Error,
    Next, Page, Paginator, QueryStyle, RetryPolicy, Transport,
};
use serde::{Deserialize, Serialize};
use support::{item_id, Config, FaultServer, ListShape};

const ITEMS: usize = 1_234;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Item {
    id: String,
    n: usize,
}

/// Stripe's list object.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StripeList {
    object: String,
    data: Vec<Item>,
    has_more: bool,
    url: String,
}

/// PAY.JP's list response (`object` is optional there).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PayjpList {
    #[serde(default)]
    object: Option<String>,
    url: String,
    has_more: bool,
    data: Vec<Item>,
}

#[derive(Debug)]
struct ListError(u16);

impl ApiError for ListError {
    fn from_response(status: u16, _body: &[u8]) -> Result<Self, DecodeError> {
        Ok(ListError(status))
    }
    fn status(&self) -> u16 {
        self.0
    }
}

impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "status {}", self.0)
    }
}

#[derive(Debug, Clone, Default)]
struct ListParams {
    limit: Option<i64>,
    starting_after: Option<String>,
    ending_before: Option<String>,
}

/// What a generated list method does for one page.
async fn list_page(
    transport: &Transport,
    shape: ListShape,
    params: &ListParams,
) -> Result<Page<Item>, Error<ListError>> {
    let mut query = Vec::new();
    append_query(&mut query, "limit", &params.limit, QueryStyle::Form)?;
    append_query(
        &mut query,
        "starting_after",
        &params.starting_after,
        QueryStyle::Form,
    )?;
    append_query(
        &mut query,
        "ending_before",
        &params.ending_before,
        QueryStyle::Form,
    )?;
    let request = transport.request(Method::GET, "/v1/items").query(&query);
    Ok(match shape {
        ListShape::Stripe => {
            let list: StripeList = transport
                .execute(request, "/v1/items", decode_json)
                .await?
                .into_value();
            assert_eq!(
                (list.object.as_str(), list.url.as_str()),
                ("list", "/v1/items")
            );
            Page {
                items: list.data,
                next: Next::more(list.has_more),
            }
        }
        ListShape::Payjp => {
            let list: PayjpList = transport
                .execute(request, "/v1/items", decode_json)
                .await?
                .into_value();
            assert_eq!((list.object, list.url.as_str()), (None, "/v1/items"));
            Page {
                items: list.data,
                next: Next::more(list.has_more),
            }
        }
        other => unreachable!("{other:?} lists are walked in pagination_styles.rs"),
    })
}

/// What a generated `*_stream` method does: the direction follows the caller's cursor.
fn stream(
    transport: &Transport,
    shape: ListShape,
    params: ListParams,
) -> Paginator<Item, ListError> {
    let direction = if params.ending_before.is_some() {
        Direction::Backward
    } else {
        Direction::Forward
    };
    let transport = transport.clone();
    Paginator::new(direction, move |cursor| {
        let transport = transport.clone();
        let mut params = params.clone();
        match cursor {
            Cursor::First => {}
            Cursor::After(id) => (params.starting_after, params.ending_before) = (Some(id), None),
            Cursor::Before(id) => (params.starting_after, params.ending_before) = (None, Some(id)),
            other => unreachable!("an item-id list is never asked for {other:?}"),
        }
        async move { list_page(&transport, shape, &params).await }
    })
}

async fn server(shape: ListShape, random_faults: Option<(f64, u64)>) -> (FaultServer, Transport) {
    let server = FaultServer::start(Config {
        shape,
        items: ITEMS,
        random: random_faults,
        ..Config::default()
    })
    .await;
    let transport = ClientBuilder::new(&server.url, "pagination-test/1")
        .timeout(Duration::from_millis(200))
        .retry_policy(RetryPolicy {
            max_retries: 12,
            initial_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(10),
        })
        .build_transport()
        .unwrap();
    (server, transport)
}

fn numbers(items: &[Item]) -> Vec<usize> {
    items.iter().map(|i| i.n).collect()
}

#[tokio::test]
async fn forward_over_every_item_in_both_shapes() {
    for shape in [ListShape::Stripe, ListShape::Payjp] {
        let (server, transport) = server(shape, None).await;
        let params = ListParams {
            limit: Some(100),
            ..ListParams::default()
        };
        let items: Vec<Item> = stream(&transport, shape, params)
            .map(|r| r.expect("page"))
            .collect()
            .await;
        assert_eq!(numbers(&items), (0..ITEMS).collect::<Vec<_>>(), "{shape:?}");
        let requests = server.received();
        assert_eq!(
            requests.len(),
            ITEMS.div_ceil(100),
            "{shape:?}: one request per page"
        );
        assert_eq!(
            requests[1].uri,
            format!("/v1/items?limit=100&starting_after={}", item_id(99))
        );
    }
}

#[tokio::test]
async fn backward_from_a_cursor_yields_nearest_first_in_both_shapes() {
    for shape in [ListShape::Stripe, ListShape::Payjp] {
        let (server, transport) = server(shape, None).await;
        let start = ITEMS - 1;
        let params = ListParams {
            limit: Some(100),
            ending_before: Some(item_id(start)),
            ..ListParams::default()
        };
        let items: Vec<Item> = stream(&transport, shape, params)
            .map(|r| r.expect("page"))
            .collect()
            .await;
        assert_eq!(
            numbers(&items),
            (0..start).rev().collect::<Vec<_>>(),
            "{shape:?}"
        );
        let requests = server.received();
        assert_eq!(requests.len(), start.div_ceil(100));
        assert_eq!(
            requests[1].uri,
            format!("/v1/items?limit=100&ending_before={}", item_id(start - 100))
        );
    }
}

#[tokio::test]
async fn forward_from_a_cursor_with_the_default_page_size() {
    let (_server, transport) = server(ListShape::Stripe, None).await;
    let params = ListParams {
        starting_after: Some(item_id(199)),
        ..ListParams::default()
    };
    let items = stream(&transport, ListShape::Stripe, params)
        .collect_up_to(usize::MAX)
        .await
        .unwrap();
    assert_eq!(numbers(&items), (200..ITEMS).collect::<Vec<_>>());
}

#[tokio::test]
async fn the_cap_stops_fetching_pages() {
    let (server, transport) = server(ListShape::Payjp, None).await;
    let params = ListParams {
        limit: Some(100),
        ..ListParams::default()
    };
    let items = stream(&transport, ListShape::Payjp, params)
        .collect_up_to(250)
        .await
        .unwrap();
    assert_eq!(numbers(&items), (0..250).collect::<Vec<_>>());
    assert_eq!(server.received().len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pagination_survives_faults_without_losing_or_repeating_items() {
    let (server, transport) = server(ListShape::Stripe, Some((0.3, 7))).await;
    let params = ListParams {
        limit: Some(50),
        ..ListParams::default()
    };
    let items = stream(&transport, ListShape::Stripe, params)
        .collect_up_to(usize::MAX)
        .await
        .unwrap();
    assert_eq!(numbers(&items), (0..ITEMS).collect::<Vec<_>>());
    let faults = server
        .received()
        .iter()
        .filter(|r| r.fault.is_some())
        .count();
    assert!(faults > 0, "faults were injected");
}

#[tokio::test]
async fn an_error_page_ends_the_stream_with_the_error() {
    let (_server, transport) = server(ListShape::Stripe, None).await;
    let params = ListParams {
        limit: Some(500),
        ..ListParams::default()
    };
    let mut paginator = stream(&transport, ListShape::Stripe, params);
    let err = paginator
        .next_item()
        .await
        .unwrap()
        .expect_err("limit 500 is refused");
    assert_eq!(err.status(), Some(400));
    assert!(paginator.next_item().await.is_none());
}
