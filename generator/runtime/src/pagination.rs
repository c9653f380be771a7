//! Auto-pagination over every common list style: item-id cursors (`data`, `has_more`,
//! `starting_after`, `ending_before`), a next-page cursor the server hands out, a next link (in
//! the body or an RFC 8288 `Link` header), offset/limit and page/per-page.

use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use reqwest::header::HeaderMap;
use serde::Serialize;

use super::{EncodeError, Error, Refusal};

/// Most pages a stream fetches unless told otherwise (see [`Paginator::max_pages`]): a server
/// that keeps handing out new cursors (or full pages at ever larger offsets) cannot keep a
/// stream going forever.
pub const DEFAULT_MAX_PAGES: u64 = 10_000;

/// One page of a list, as the generated code hands it over.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The page's items, in the order the API returned them.
    pub items: Vec<T>,
    /// What the page says about the next one.
    pub next: Next,
}

/// What a page says about the page after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// No page follows.
    End,
    /// More items follow (`has_more`), or the page does not say otherwise (offset and page
    /// numbers, which stop at a short or empty page).
    More,
    /// The server's cursor for the next page, sent back in a query parameter.
    Cursor(String),
    /// The URL of the next page.
    Link(String),
}

impl Next {
    /// [`Next::More`] if `has_more`, else [`Next::End`].
    pub fn more(has_more: bool) -> Next {
        if has_more {
            Next::More
        } else {
            Next::End
        }
    }

    /// The next page's cursor, if the page gives one (an empty cursor ends the list).
    pub fn cursor(cursor: Option<String>) -> Next {
        match cursor {
            Some(cursor) if !cursor.is_empty() => Next::Cursor(cursor),
            _ => Next::End,
        }
    }

    /// The next page's link, if the page gives one (an empty link ends the list).
    pub fn link(link: Option<String>) -> Next {
        match link {
            Some(link) if !link.is_empty() => Next::Link(link),
            _ => Next::End,
        }
    }
}

/// Which page to fetch.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Cursor {
    /// The first page, with the parameters as the caller gave them.
    First,
    /// The page after the item with this id (`starting_after`).
    After(String),
    /// The page before the item with this id (`ending_before`).
    Before(String),
    /// The page the server's cursor names (`cursor`, `page_token`, ...).
    Token(String),
    /// The page at this URL (a next link).
    Link(String),
    /// The page starting at this item offset (`offset`).
    Offset(u64),
    /// The page with this number (`page`).
    Page(u64),
}

impl Cursor {
    /// The cursor as an error shows it: a link without its query (which may carry tokens).
    fn shown(&self) -> String {
        match self {
            Cursor::First => "the first page".to_owned(),
            Cursor::After(id) | Cursor::Before(id) | Cursor::Token(id) => id.clone(),
            Cursor::Link(link) => link.split(['?', '#']).next().unwrap_or_default().to_owned(),
            Cursor::Offset(n) => format!("offset {n}"),
            Cursor::Page(n) => format!("page {n}"),
        }
    }
}

/// Which way a list is walked by item ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Following `starting_after` from each page's last item.
    Forward,
    /// Following `ending_before` from each page's first item; items come out nearest first,
    /// so each page is yielded in reverse.
    Backward,
}

/// How a list goes from one page to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Walk {
    /// By the id of the page's edge item, while the page says more follow ([`Next::More`]).
    ItemId(Direction),
    /// By the cursor each page gives ([`Next::Cursor`]).
    Cursor,
    /// By the link each page gives ([`Next::Link`]).
    Link,
    /// By item offsets, from `start`; ends at a page shorter than `page_size` (the caller's
    /// limit, else the first page's length) or empty.
    Offset {
        /// The offset of the first page.
        start: u64,
        /// The page size asked for, if the caller chose one.
        page_size: Option<u64>,
    },
    /// By page numbers, from `start`; ends like [`Walk::Offset`].
    PageNumber {
        /// The number of the first page.
        start: u64,
        /// The page size asked for, if the caller chose one.
        page_size: Option<u64>,
    },
}

type PageFuture<T, E> = Pin<Box<dyn Future<Output = Result<Page<T>, Error<E>>> + Send>>;
type FetchPage<T, E> = Box<dyn FnMut(Cursor) -> PageFuture<T, E> + Send>;

/// A [`Stream`](futures_core::Stream) of every item of a list, fetching pages lazily: the next
/// page is requested only once the items of the current one have been taken.
///
/// The stream ends after the last page, or after yielding an error. A page that points back
/// to a page already fetched (a server repeating its cursor or link) ends it with
/// [`Refusal::CursorRepeated`] instead of its items, and so does going past
/// [`max_pages`](Self::max_pages) with [`Refusal::TooManyPages`], so a faulty list cannot loop
/// forever.
pub struct Paginator<T, E> {
    fetch: FetchPage<T, E>,
    walk: Walk,
    next: Option<Cursor>,
    buffer: VecDeque<T>,
    pending: Option<PageFuture<T, E>>,
    pages: u64,
    max_pages: u64,
    /// Every cursor fetched so far.
    fetched: HashSet<Cursor>,
    /// For offsets and page numbers: where the page being fetched starts, and the page size.
    position: u64,
    page_size: Option<u64>,
}

impl<T, E> fmt::Debug for Paginator<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator")
            .field("walk", &self.walk)
            .field("next", &self.next)
            .field("buffered", &self.buffer.len())
            .field("pages", &self.pages)
            .finish_non_exhaustive()
    }
}

impl<T: Serialize + Send + 'static, E: Send + 'static> Paginator<T, E> {
    /// Walks a list by item ids in `direction`, calling `fetch` for each page.
    pub fn new<F, Fut>(direction: Direction, fetch: F) -> Self
    where
        F: FnMut(Cursor) -> Fut + Send + 'static,
        Fut: Future<Output = Result<Page<T>, Error<E>>> + Send + 'static,
    {
        Self::walking(Walk::ItemId(direction), fetch)
    }

    /// Walks a list as `walk` says, calling `fetch` for each page.
    pub fn walking<F, Fut>(walk: Walk, mut fetch: F) -> Self
    where
        F: FnMut(Cursor) -> Fut + Send + 'static,
        Fut: Future<Output = Result<Page<T>, Error<E>>> + Send + 'static,
    {
        let (position, page_size) = match walk {
            Walk::Offset { start, page_size } | Walk::PageNumber { start, page_size } => {
                (start, page_size.filter(|n| *n > 0))
            }
            _ => (0, None),
        };
        Paginator {
            fetch: Box::new(move |cursor| Box::pin(fetch(cursor))),
            walk,
            next: Some(Cursor::First),
            buffer: VecDeque::new(),
            pending: None,
            pages: 0,
            max_pages: DEFAULT_MAX_PAGES,
            fetched: HashSet::new(),
            position,
            page_size,
        }
    }

    /// Fetches at most `max` pages (default [`DEFAULT_MAX_PAGES`]); a list that goes on
    /// beyond them ends with [`Refusal::TooManyPages`].
    pub fn max_pages(mut self, max: u64) -> Self {
        self.max_pages = max;
        self
    }

    /// How many pages have been fetched so far.
    pub fn pages_fetched(&self) -> u64 {
        self.pages
    }

    /// The next item, fetching the next page when needed; `None` at the end of the list.
    pub async fn next_item(&mut self) -> Option<Result<T, Error<E>>> {
        std::future::poll_fn(|cx| self.poll_item(cx)).await
    }

    /// Every item, stopping early once `max` items are collected (no page beyond the one that
    /// reaches `max` is fetched). Returns the first error met.
    pub async fn collect_up_to(mut self, max: usize) -> Result<Vec<T>, Error<E>> {
        let mut items = Vec::new();
        while items.len() < max {
            match self.next_item().await {
                Some(item) => items.push(item?),
                None => break,
            }
        }
        Ok(items)
    }

    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<T, Error<E>>>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            let pending = match &mut self.pending {
                Some(pending) => pending,
                None => match self.next.take() {
                    Some(_) if self.pages >= self.max_pages => {
                        return Poll::Ready(Some(Err(Error::Refused(Refusal::TooManyPages {
                            pages: self.pages,
                        }))));
                    }
                    Some(cursor) => {
                        self.fetched.insert(cursor.clone());
                        self.pending.insert((self.fetch)(cursor))
                    }
                    None => return Poll::Ready(None),
                },
            };
            let page = match pending.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(page) => page,
            };
            self.pending = None;
            match page {
                Err(e) => return Poll::Ready(Some(Err(e))),
                Ok(page) => {
                    if let Err(refusal) = self.take_page(page) {
                        return Poll::Ready(Some(Err(Error::Refused(refusal))));
                    }
                }
            }
        }
    }

    /// Buffers a page's items and works out the cursor of the next page; refuses a page whose
    /// next cursor was already fetched.
    fn take_page(&mut self, page: Page<T>) -> Result<(), Refusal> {
        self.pages += 1;
        self.next = self.cursor_after(&page);
        if let Some(next) = self.next.as_ref().filter(|next| self.fetched.contains(next)) {
            let refusal = Refusal::CursorRepeated {
                cursor: next.shown(),
                pages: self.pages,
            };
            self.next = None;
            return Err(refusal);
        }
        match self.walk {
            Walk::ItemId(Direction::Backward) => self.buffer.extend(page.items.into_iter().rev()),
            _ => self.buffer.extend(page.items),
        }
        Ok(())
    }

    /// The cursor of the page after `page`, if there is one.
    fn cursor_after(&mut self, page: &Page<T>) -> Option<Cursor> {
        match (self.walk, &page.next) {
            (Walk::ItemId(direction), Next::More) => {
                let edge = match direction {
                    Direction::Forward => page.items.last(),
                    Direction::Backward => page.items.first(),
                };
                let Some(id) = edge.and_then(item_id) else {
                    tracing::warn!("the list says it has more items, but its last page has no item id to continue from");
                    return None;
                };
                Some(match direction {
                    Direction::Forward => Cursor::After(id),
                    Direction::Backward => Cursor::Before(id),
                })
            }
            (Walk::Cursor, Next::Cursor(token)) => Some(Cursor::Token(token.clone())),
            (Walk::Link, Next::Link(link)) => Some(Cursor::Link(link.clone())),
            (Walk::Offset { .. } | Walk::PageNumber { .. }, Next::More) => {
                let len = page.items.len() as u64;
                let size = *self.page_size.get_or_insert(len);
                if len == 0 || len < size {
                    return None;
                }
                Some(match self.walk {
                    Walk::Offset { .. } => {
                        self.position += len;
                        Cursor::Offset(self.position)
                    }
                    _ => {
                        self.position += 1;
                        Cursor::Page(self.position)
                    }
                })
            }
            _ => None,
        }
    }
}

// Nothing inside is pinned in place: items are moved out freely and the page future is boxed.
impl<T, E> Unpin for Paginator<T, E> {}

impl<T: Serialize + Send + 'static, E: Send + 'static> futures_core::Stream for Paginator<T, E> {
    type Item = Result<T, Error<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_item(cx)
    }
}

/// The `id` of a list item (a string field named `id`), used as the cursor.
pub fn item_id<T: Serialize + ?Sized>(item: &T) -> Option<String> {
    match serde_json::to_value(item).ok()?.get("id")? {
        serde_json::Value::String(id) => Some(id.clone()),
        _ => None,
    }
}

/// A caller's offset, page number or page size as a count (`None` when unset or negative).
pub fn count<N: Copy + TryInto<u64>>(value: &Option<N>) -> Option<u64> {
    value.and_then(|n| n.try_into().ok())
}

/// An offset or page number as the integer type of its parameter.
pub fn position<N: TryFrom<u64>>(value: u64) -> Result<N, EncodeError> {
    N::try_from(value).map_err(|_| EncodeError(format!("the list position {value} does not fit its parameter")))
}

/// The target of the `rel="next"` link of an RFC 8288 `Link` header, if the response has one.
pub fn next_link(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(reqwest::header::LINK)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| link_values(value).find(|(_, rels)| rels.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("next"))).map(|(target, _)| target.to_owned()))
}

/// The `<target>` and `rel` of each link of a `Link` header value.
fn link_values(mut value: &str) -> impl Iterator<Item = (&str, &str)> {
    std::iter::from_fn(move || {
        let start = value.find('<')?;
        let end = start + value[start..].find('>')?;
        let target = &value[start + 1..end];
        value = &value[end + 1..];
        // The parameters run to the next comma outside a quoted string.
        let mut quoted = false;
        let params_end = value
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == ',' && !quoted
            })
            .map_or(value.len(), |(i, _)| i);
        let params = &value[..params_end];
        value = &value[params_end..];
        let rel = params
            .split(';')
            .filter_map(|p| p.split_once('='))
            .find(|(name, _)| name.trim().eq_ignore_ascii_case("rel"))
            .map_or("", |(_, v)| v.trim().trim_matches('"'));
        Some((target, rel))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Debug, Serialize, PartialEq)]
    struct Item {
        id: String,
    }

    /// A list of `len` items `it_0..`, served `limit` at a time like Stripe does, with every
    /// cursor it was asked for recorded.
    fn paginator(
        len: usize,
        limit: usize,
        direction: Direction,
        start: Cursor,
    ) -> (Paginator<Item, ()>, Arc<Mutex<Vec<Cursor>>>) {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&asked);
        let paginator = Paginator::new(direction, move |cursor: Cursor| {
            seen.lock().unwrap().push(cursor.clone());
            let cursor = if cursor == Cursor::First {
                start.clone()
            } else {
                cursor
            };
            let index = |id: &str| id.trim_start_matches("it_").parse::<usize>().unwrap();
            let (from, to) = match &cursor {
                Cursor::First => (0, limit.min(len)),
                Cursor::After(id) => (index(id) + 1, (index(id) + 1 + limit).min(len)),
                Cursor::Before(id) => (index(id).saturating_sub(limit), index(id)),
                other => unreachable!("an item-id list is never asked for {other:?}"),
            };
            let has_more = match cursor {
                Cursor::Before(_) => from > 0,
                _ => to < len,
            };
            let items = (from..to)
                .map(|i| Item {
                    id: format!("it_{i}"),
                })
                .collect();
            async move { Ok(Page { items, next: Next::more(has_more) }) }
        });
        (paginator, asked)
    }

    fn block_on<F: Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(future)
    }

    #[test]
    fn forward_walks_every_item_once_in_order() {
        let (paginator, asked) = paginator(25, 10, Direction::Forward, Cursor::First);
        let items = block_on(paginator.collect_up_to(usize::MAX)).unwrap();
        let ids: Vec<String> = items.into_iter().map(|i| i.id).collect();
        assert_eq!(ids, (0..25).map(|i| format!("it_{i}")).collect::<Vec<_>>());
        let asked = asked.lock().unwrap().clone();
        assert_eq!(
            asked,
            vec![
                Cursor::First,
                Cursor::After("it_9".into()),
                Cursor::After("it_19".into())
            ]
        );
    }

    #[test]
    fn backward_follows_the_first_item_and_yields_nearest_first() {
        let (paginator, asked) =
            paginator(25, 10, Direction::Backward, Cursor::Before("it_25".into()));
        let ids: Vec<String> = block_on(paginator.collect_up_to(usize::MAX))
            .unwrap()
            .into_iter()
            .map(|i| i.id)
            .collect();
        assert_eq!(
            ids,
            (0..25).rev().map(|i| format!("it_{i}")).collect::<Vec<_>>()
        );
        assert_eq!(
            asked.lock().unwrap()[1..],
            [
                Cursor::Before("it_15".into()),
                Cursor::Before("it_5".into())
            ]
        );
    }

    #[test]
    fn the_cap_stops_fetching() {
        let (paginator, asked) = paginator(1000, 10, Direction::Forward, Cursor::First);
        let items = block_on(paginator.collect_up_to(35)).unwrap();
        assert_eq!(items.len(), 35);
        assert_eq!(
            asked.lock().unwrap().len(),
            4,
            "pages beyond the cap are never fetched"
        );
    }

    #[test]
    fn pages_are_fetched_lazily() {
        let (mut paginator, asked) = paginator(100, 10, Direction::Forward, Cursor::First);
        assert!(
            asked.lock().unwrap().is_empty(),
            "nothing is fetched before the first item is asked for"
        );
        block_on(async {
            for _ in 0..10 {
                paginator.next_item().await.unwrap().unwrap();
            }
        });
        assert_eq!(paginator.pages_fetched(), 1);
        block_on(paginator.next_item()).unwrap().unwrap();
        assert_eq!(paginator.pages_fetched(), 2);
    }

    #[test]
    fn an_error_ends_the_stream() {
        let mut calls = 0;
        let mut paginator = Paginator::<Item, &'static str>::new(Direction::Forward, move |_| {
            calls += 1;
            let page = if calls == 1 {
                Ok(Page {
                    items: vec![Item { id: "a".into() }],
                    next: Next::More,
                })
            } else {
                Err(Error::Encode(super::super::EncodeError("boom".into())))
            };
            async move { page }
        });
        block_on(async {
            assert_eq!(
                paginator.next_item().await.unwrap().unwrap(),
                Item { id: "a".into() }
            );
            assert!(paginator.next_item().await.unwrap().is_err());
            assert!(paginator.next_item().await.is_none());
        });
    }

    #[test]
    fn a_list_whose_cursor_does_not_advance_ends_with_an_error() {
        // Pages of one item each; the last page is served again and again, as a broken server
        // does. (served, yielded before the error, the repeated cursor, pages fetched)
        let cases: [(&[&str], &[&str], &str, u64); 2] = [
            (&["a", "b"], &["a", "b"], "b", 3),
            (&["a", "b", "c", "b"], &["a", "b", "c"], "b", 4),
        ];
        for (served, yielded, repeated, pages) in cases {
            let served: Vec<String> = served.iter().map(|s| s.to_string()).collect();
            let mut calls = 0;
            let mut paginator = Paginator::<Item, ()>::new(Direction::Forward, move |_| {
                let id = served[calls.min(served.len() - 1)].clone();
                calls += 1;
                async move { Ok(Page { items: vec![Item { id }], next: Next::More }) }
            });
            block_on(async {
                for id in yielded {
                    assert_eq!(paginator.next_item().await.unwrap().unwrap().id, *id);
                }
                let err = paginator.next_item().await.unwrap().unwrap_err();
                assert!(
                    matches!(&err, Error::Refused(Refusal::CursorRepeated { cursor, pages: n }) if cursor == repeated && *n == pages),
                    "{err:?}"
                );
                assert!(paginator.next_item().await.is_none());
            });
            assert_eq!(paginator.pages_fetched(), pages);
        }
    }

    #[test]
    fn item_ids_come_from_the_id_field() {
        assert_eq!(item_id(&Item { id: "cus_1".into() }), Some("cus_1".into()));
        assert_eq!(item_id(&serde_json::json!({"id": 5})), None);
        assert_eq!(item_id(&"text"), None);
    }

    /// A paginator over `len` numbered items whose fetch answers each cursor with `serve`,
    /// recording every cursor asked for.
    fn walker(
        walk: Walk,
        serve: impl Fn(&Cursor) -> Page<Item> + Send + 'static,
    ) -> (Paginator<Item, ()>, Arc<Mutex<Vec<Cursor>>>) {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&asked);
        let paginator = Paginator::walking(walk, move |cursor: Cursor| {
            seen.lock().unwrap().push(cursor.clone());
            let page = serve(&cursor);
            async move { Ok(page) }
        });
        (paginator, asked)
    }

    fn items(range: std::ops::Range<u64>) -> Vec<Item> {
        range.map(|i| Item { id: format!("it_{i}") }).collect()
    }

    #[test]
    fn offsets_advance_by_the_items_received_and_stop_at_a_short_page() {
        let serve = |cursor: &Cursor| {
            let from = match cursor {
                Cursor::Offset(n) => *n,
                _ => 5,
            };
            Page { items: items(from..(from + 10).min(32)), next: Next::More }
        };
        let (paginator, asked) = walker(Walk::Offset { start: 5, page_size: None }, serve);
        assert_eq!(block_on(paginator.collect_up_to(usize::MAX)).unwrap().len(), 27);
        assert_eq!(
            *asked.lock().unwrap(),
            [Cursor::First, Cursor::Offset(15), Cursor::Offset(25)]
        );
    }

    #[test]
    fn page_numbers_stop_at_an_empty_page_and_a_full_last_page_costs_one_more_request() {
        let serve = |cursor: &Cursor| {
            let page = match cursor {
                Cursor::Page(n) => *n,
                _ => 1,
            };
            let from = (page - 1) * 10;
            Page { items: items(from..(from + 10).min(30)), next: Next::More }
        };
        let (paginator, asked) =
            walker(Walk::PageNumber { start: 1, page_size: Some(10) }, serve);
        assert_eq!(block_on(paginator.collect_up_to(usize::MAX)).unwrap().len(), 30);
        assert_eq!(
            *asked.lock().unwrap(),
            [Cursor::First, Cursor::Page(2), Cursor::Page(3), Cursor::Page(4)]
        );
    }

    #[test]
    fn cursors_and_links_are_followed_until_the_page_gives_none() {
        for walk in [Walk::Cursor, Walk::Link] {
            let serve = move |cursor: &Cursor| {
                let at = match cursor {
                    Cursor::Token(t) | Cursor::Link(t) => t.trim_start_matches("/p/").parse().unwrap(),
                    _ => 0u64,
                };
                let next = (at < 2).then(|| format!("/p/{}", at + 1));
                let next = match walk {
                    Walk::Cursor => Next::cursor(next),
                    _ => Next::link(next),
                };
                Page { items: items(at * 3..at * 3 + 3), next }
            };
            let (paginator, asked) = walker(walk, serve);
            assert_eq!(block_on(paginator.collect_up_to(usize::MAX)).unwrap().len(), 9);
            assert_eq!(asked.lock().unwrap().len(), 3, "{walk:?}");
        }
    }

    #[test]
    fn a_repeated_cursor_or_link_ends_the_stream_with_an_error() {
        for (walk, next) in [
            (Walk::Cursor, Next::Cursor("same".into())),
            (Walk::Link, Next::Link("/same?token=secret".into())),
        ] {
            let (mut paginator, _) =
                walker(walk, move |_| Page { items: items(0..1), next: next.clone() });
            block_on(async {
                assert!(paginator.next_item().await.unwrap().is_ok());
                let err = paginator.next_item().await.unwrap().unwrap_err();
                let Error::Refused(Refusal::CursorRepeated { cursor, pages: 2 }) = &err else {
                    panic!("{err:?}")
                };
                assert!(!cursor.contains("secret"), "the link's query stays out of errors");
                assert!(paginator.next_item().await.is_none());
            });
        }
    }

    #[test]
    fn the_page_limit_ends_a_list_that_never_ends() {
        let serve = |cursor: &Cursor| {
            let n = match cursor {
                Cursor::Offset(n) => *n,
                _ => 0,
            };
            Page { items: items(n..n + 2), next: Next::More }
        };
        let (mut paginator, asked) = walker(Walk::Offset { start: 0, page_size: None }, serve);
        paginator = paginator.max_pages(3);
        let err = block_on(paginator.collect_up_to(usize::MAX)).unwrap_err();
        assert!(matches!(err, Error::Refused(Refusal::TooManyPages { pages: 3 })), "{err:?}");
        assert_eq!(asked.lock().unwrap().len(), 3);
    }

    #[test]
    fn the_next_link_comes_from_the_link_header() {
        let header = |values: &[&str]| {
            let mut headers = HeaderMap::new();
            for v in values {
                headers.append(reqwest::header::LINK, v.parse().unwrap());
            }
            next_link(&headers)
        };
        assert_eq!(
            header(&[r#"<https://a.test/x?page=1,2>; rel="prev", <https://a.test/x?page=3>; rel="next""#]),
            Some("https://a.test/x?page=3".into())
        );
        assert_eq!(header(&["</x?p=2>; title=\"a, b\"; REL=\"last next\""]), Some("/x?p=2".into()));
        assert_eq!(header(&["</x?p=9>; rel=last", "</x?p=2>; rel=next"]), Some("/x?p=2".into()));
        assert_eq!(header(&["</x?p=9>; rel=\"nextish\""]), None);
        assert_eq!(header(&["garbage"]), None);
        assert_eq!(header(&[]), None);
    }

    #[test]
    fn counts_and_positions_convert_between_parameter_types() {
        assert_eq!(count(&Some(5i32)), Some(5));
        assert_eq!(count(&Some(-1i64)), None);
        assert_eq!(count::<i64>(&None), None);
        assert_eq!(position::<i32>(7).unwrap(), 7);
        assert!(position::<i32>(u64::MAX).is_err());
    }
}
