//! Auto-pagination over real HTTP in every list style besides item-id cursors (see
//! `pagination.rs`), the way generated `_stream` methods drive it: a next cursor, a next link in
//! the body, a `Link` header, offset/limit and page/per-page; and the lists a faulty or hostile
//! server serves: a cursor that does not advance, a link to another origin.

mod support;

use std::fmt;

use reqwest::Method;
use sdkgen_runtime::{
    append_query, count, decode_json, next_link, position, ApiError, ClientBuilder, Cursor,
    DecodeError, Error, Next, Page, Paginator, QueryStyle, Refusal, Transport, Walk,
};
use serde::{Deserialize, Serialize};
use support::{Config, FaultServer, ListShape};

const ITEMS: usize = 95;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Item {
    id: String,
    n: usize,
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

/// The query parameters of every style (a generated params struct has those of its operation).
#[derive(Debug, Clone, Default)]
struct Params {
    limit: Option<i64>,
    per_page: Option<i32>,
    cursor: Option<String>,
    offset: Option<i64>,
    page: Option<i32>,
}

#[derive(Deserialize)]
struct Meta {
    next_cursor: Option<String>,
}

#[derive(Deserialize)]
struct CursorList {
    items: Vec<Item>,
    meta: Option<Meta>,
}

#[derive(Deserialize)]
struct Links {
    next: Option<String>,
}

#[derive(Deserialize)]
struct LinkList {
    results: Vec<Item>,
    links: Links,
}

#[derive(Deserialize)]
struct OffsetList {
    data: Vec<Item>,
}

type CallResult<T> = Result<T, Error<ListError>>;

/// What a generated `_with_response` method does: the parameters go in the query.
async fn first_or_numbered(transport: &Transport, params: &Params) -> CallResult<sdkgen_runtime::Response<serde_json::Value>> {
    let mut query = Vec::new();
    append_query(&mut query, "limit", &params.limit, QueryStyle::Form)?;
    append_query(&mut query, "per_page", &params.per_page, QueryStyle::Form)?;
    append_query(&mut query, "cursor", &params.cursor, QueryStyle::Form)?;
    append_query(&mut query, "offset", &params.offset, QueryStyle::Form)?;
    append_query(&mut query, "page", &params.page, QueryStyle::Form)?;
    let request = transport.request(Method::GET, "/v1/items").query(&query);
    transport.execute(request, "/v1/items", decode_json).await
}

fn decode<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("the page has the documented shape")
}

/// What a generated `_stream` method does for `shape`: sets the cursor's parameter (or
/// follows the link), then reads the items and what comes next from the page.
fn stream(transport: &Transport, shape: ListShape, params: Params) -> Paginator<Item, ListError> {
    let walk = match shape {
        ListShape::NextCursor | ListShape::RepeatedCursor => Walk::Cursor,
        ListShape::BodyLink | ListShape::LinkHeader | ListShape::ForeignLinkHeader(_) => Walk::Link,
        ListShape::Offset => Walk::Offset {
            start: count(&params.offset).unwrap_or(0),
            page_size: count(&params.limit),
        },
        ListShape::PageNumber => Walk::PageNumber {
            start: count(&params.page).unwrap_or(1),
            page_size: count(&params.per_page),
        },
        other => unreachable!("{other:?} lists are walked in pagination.rs"),
    };
    let transport = transport.clone();
    Paginator::walking(walk, move |cursor| {
        let transport = transport.clone();
        let mut params = params.clone();
        async move {
            let response = match cursor {
                Cursor::Link(link) => {
                    let request = transport.request_link(Method::GET, &link).map_err(Error::Refused)?;
                    transport.execute(request, "/v1/items", decode_json).await?
                }
                cursor => {
                    match cursor {
                        Cursor::Token(token) => params.cursor = Some(token),
                        Cursor::Offset(n) => params.offset = Some(position(n)?),
                        Cursor::Page(n) => params.page = Some(position(n)?),
                        _ => {}
                    }
                    first_or_numbered(&transport, &params).await?
                }
            };
            let (page, meta) = response.into_parts();
            Ok(match shape {
                ListShape::NextCursor | ListShape::RepeatedCursor => {
                    let page: CursorList = decode(page);
                    let next = Next::cursor(Some(&page).and_then(|v| v.meta.as_ref()).and_then(|v| v.next_cursor.clone()));
                    Page { items: page.items, next }
                }
                ListShape::BodyLink => {
                    let page: LinkList = decode(page);
                    Page { next: Next::link(page.links.next.clone()), items: page.results }
                }
                ListShape::Offset => Page { items: decode::<OffsetList>(page).data, next: Next::More },
                ListShape::PageNumber => Page { items: decode(page), next: Next::More },
                _ => Page { items: decode(page), next: Next::link(next_link(meta.headers())) },
            })
        }
    })
}

async fn server(shape: ListShape) -> (FaultServer, Transport) {
    let server = FaultServer::start(Config { shape, items: ITEMS, ..Config::default() }).await;
    let transport = ClientBuilder::new(&server.url, "pagination-test/1")
        .bearer_auth("sk_secret")
        .build_transport()
        .unwrap();
    (server, transport)
}

fn numbers(items: &[Item]) -> Vec<usize> {
    items.iter().map(|i| i.n).collect()
}

/// Walks every item of a `shape` list with `params` and returns the URIs requested.
async fn walk_all(shape: ListShape, params: Params, expected: std::ops::Range<usize>) -> Vec<String> {
    let (server, transport) = server(shape).await;
    let items = stream(&transport, shape, params).collect_up_to(usize::MAX).await.unwrap();
    assert_eq!(numbers(&items), expected.collect::<Vec<_>>(), "{shape:?}");
    server.received().into_iter().map(|r| r.uri).collect()
}

#[tokio::test]
async fn a_next_cursor_is_sent_back_until_the_page_gives_none() {
    let uris = walk_all(ListShape::NextCursor, Params { limit: Some(20), ..Params::default() }, 0..ITEMS).await;
    assert_eq!(uris.len(), 5);
    assert_eq!(uris[0], "/v1/items?limit=20");
    assert_eq!(uris[4], "/v1/items?limit=20&cursor=c80");
}

#[tokio::test]
async fn a_relative_next_link_in_the_body_is_followed() {
    let uris = walk_all(ListShape::BodyLink, Params { limit: Some(30), ..Params::default() }, 0..ITEMS).await;
    assert_eq!(uris, ["/v1/items?limit=30", "/v1/items?limit=30&cursor=c30", "/v1/items?limit=30&cursor=c60", "/v1/items?limit=30&cursor=c90"]);
}

#[tokio::test]
async fn the_link_header_is_followed_with_the_credentials_on_the_same_origin() {
    let (server, transport) = server(ListShape::LinkHeader).await;
    let params = Params { per_page: Some(40), ..Params::default() };
    let items = stream(&transport, ListShape::LinkHeader, params).collect_up_to(usize::MAX).await.unwrap();
    assert_eq!(numbers(&items), (0..ITEMS).collect::<Vec<_>>());
    let received = server.received();
    let uris: Vec<&str> = received.iter().map(|r| r.uri.as_str()).collect();
    assert_eq!(uris, ["/v1/items?per_page=40", "/v1/items?page=2&per_page=40", "/v1/items?page=3&per_page=40"]);
    assert!(received.iter().all(|r| r.headers.get("authorization").map(String::as_str) == Some("Bearer sk_secret")));
}

#[tokio::test]
async fn offsets_advance_until_a_short_page() {
    let uris = walk_all(ListShape::Offset, Params { limit: Some(25), offset: Some(10), ..Params::default() }, 10..ITEMS).await;
    assert_eq!(uris, ["/v1/items?limit=25&offset=10", "/v1/items?limit=25&offset=35", "/v1/items?limit=25&offset=60", "/v1/items?limit=25&offset=85"]);
}

#[tokio::test]
async fn page_numbers_advance_until_an_empty_page_with_the_servers_page_size() {
    // 95 items at the server's default 10 a page: the tenth page is short, so no eleventh.
    let uris = walk_all(ListShape::PageNumber, Params::default(), 0..ITEMS).await;
    assert_eq!(uris.len(), 10);
    assert_eq!(uris[1], "/v1/items?page=2");
    // 100 items: the tenth page is full, the eleventh empty.
    let server = FaultServer::start(Config { shape: ListShape::PageNumber, items: 100, ..Config::default() }).await;
    let transport = ClientBuilder::new(&server.url, "t/1").build_transport().unwrap();
    let items = stream(&transport, ListShape::PageNumber, Params::default()).collect_up_to(usize::MAX).await.unwrap();
    assert_eq!(items.len(), 100);
    assert_eq!(server.received().len(), 11);
}

#[tokio::test]
async fn a_cursor_that_does_not_advance_ends_the_stream_with_an_error() {
    let (server, transport) = server(ListShape::RepeatedCursor).await;
    let mut paginator = stream(&transport, ListShape::RepeatedCursor, Params::default());
    let mut received = Vec::new();
    let err = loop {
        match paginator.next_item().await.expect("the stream ends with the error") {
            Ok(item) => received.push(item.n),
            Err(err) => break err,
        }
    };
    assert_eq!(received, (0..10).collect::<Vec<_>>(), "the first page; the second points back at itself");
    assert!(matches!(&err, Error::Refused(Refusal::CursorRepeated { cursor, pages: 2 }) if cursor == "c10"), "{err:?}");
    assert!(paginator.next_item().await.is_none());
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn a_link_to_another_origin_is_not_followed() {
    let elsewhere = FaultServer::start(Config { shape: ListShape::LinkHeader, items: ITEMS, ..Config::default() }).await;
    let origin: &'static str = Box::leak(elsewhere.url.clone().into_boxed_str());
    let shape = ListShape::ForeignLinkHeader(origin);
    let (server, transport) = server(shape).await;
    let mut paginator = stream(&transport, shape, Params::default());
    for n in 0..10 {
        assert_eq!(paginator.next_item().await.unwrap().unwrap().n, n);
    }
    let err = paginator.next_item().await.unwrap().unwrap_err();
    let Error::Refused(Refusal::ForeignLink { link }) = &err else { panic!("{err:?}") };
    assert_eq!(link, &format!("{origin}/v1/items"), "the link is named without its query");
    assert!(err.to_string().contains("was not followed"), "{err}");
    assert!(paginator.next_item().await.is_none());
    assert_eq!(server.received().len(), 1);
    assert!(elsewhere.received().is_empty(), "no request (and no credentials) went to the other origin");
}

#[test]
fn links_are_resolved_against_the_base_url_and_kept_to_its_origin() {
    let transport = ClientBuilder::new("https://api.example.com/v2", "t/1").build_transport().unwrap();
    let url = |link: &str| transport.request_link(Method::GET, link).map(|r| r.build().unwrap().url().to_string());
    assert_eq!(url("/v2/items?page=2").unwrap(), "https://api.example.com/v2/items?page=2");
    assert_eq!(url("items?page=2").unwrap(), "https://api.example.com/v2/items?page=2");
    assert_eq!(url("https://api.example.com/v2/items?page=3").unwrap(), "https://api.example.com/v2/items?page=3");
    for foreign in ["https://evil.example/v2/items?token=t", "http://api.example.com/v2/items", "https://api.example.com:8443/x", "//evil.example/x", "data:text/plain,x"] {
        assert!(matches!(url(foreign), Err(Refusal::ForeignLink { .. })), "{foreign}");
    }
}
