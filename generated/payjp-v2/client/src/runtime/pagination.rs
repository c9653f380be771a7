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
        if has_more { Next::More } else { Next::End }
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
            Cursor::Link(link) => {
                link.split(['?', '#']).next().unwrap_or_default().to_owned()
            }
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
                None => {
                    match self.next.take() {
                        Some(_) if self.pages >= self.max_pages => {
                            return Poll::Ready(
                                Some(
                                    Err(
                                        Error::Refused(Refusal::TooManyPages {
                                            pages: self.pages,
                                        }),
                                    ),
                                ),
                            );
                        }
                        Some(cursor) => {
                            self.fetched.insert(cursor.clone());
                            self.pending.insert((self.fetch)(cursor))
                        }
                        None => return Poll::Ready(None),
                    }
                }
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
        if let Some(next) = self.next.as_ref().filter(|next| self.fetched.contains(next))
        {
            let refusal = Refusal::CursorRepeated {
                cursor: next.shown(),
                pages: self.pages,
            };
            self.next = None;
            return Err(refusal);
        }
        match self.walk {
            Walk::ItemId(Direction::Backward) => {
                self.buffer.extend(page.items.into_iter().rev())
            }
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
                    tracing::warn!(
                        "the list says it has more items, but its last page has no item id to continue from"
                    );
                    return None;
                };
                Some(
                    match direction {
                        Direction::Forward => Cursor::After(id),
                        Direction::Backward => Cursor::Before(id),
                    },
                )
            }
            (Walk::Cursor, Next::Cursor(token)) => Some(Cursor::Token(token.clone())),
            (Walk::Link, Next::Link(link)) => Some(Cursor::Link(link.clone())),
            (Walk::Offset { .. } | Walk::PageNumber { .. }, Next::More) => {
                let len = page.items.len() as u64;
                let size = *self.page_size.get_or_insert(len);
                if len == 0 || len < size {
                    return None;
                }
                Some(
                    match self.walk {
                        Walk::Offset { .. } => {
                            self.position += len;
                            Cursor::Offset(self.position)
                        }
                        _ => {
                            self.position += 1;
                            Cursor::Page(self.position)
                        }
                    },
                )
            }
            _ => None,
        }
    }
}
impl<T, E> Unpin for Paginator<T, E> {}
impl<T: Serialize + Send + 'static, E: Send + 'static> futures_core::Stream
for Paginator<T, E> {
    type Item = Result<T, Error<E>>;
    fn poll_next(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Self::Item>> {
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
    N::try_from(value)
        .map_err(|_| EncodeError(
            format!("the list position {value} does not fit its parameter"),
        ))
}
/// The target of the `rel="next"` link of an RFC 8288 `Link` header, if the response has one.
pub fn next_link(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(reqwest::header::LINK)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| {
            link_values(value)
                .find(|(_, rels)| {
                    rels.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("next"))
                })
                .map(|(target, _)| target.to_owned())
        })
}
/// The `<target>` and `rel` of each link of a `Link` header value.
fn link_values(mut value: &str) -> impl Iterator<Item = (&str, &str)> {
    std::iter::from_fn(move || {
        let start = value.find('<')?;
        let end = start + value[start..].find('>')?;
        let target = &value[start + 1..end];
        value = &value[end + 1..];
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
