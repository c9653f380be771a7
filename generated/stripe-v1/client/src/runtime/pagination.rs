//! Auto-pagination over cursor-paged lists (`data`, `has_more`, `starting_after`, `ending_before`).
use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use serde::Serialize;
use super::{Error, Refusal};
/// One page of a list, as the generated code hands it over.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The page's items, in the order the API returned them.
    pub items: Vec<T>,
    /// Whether the API has more items beyond this page.
    pub has_more: bool,
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
}
/// Which way a list is walked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Following `starting_after` from each page's last item.
    Forward,
    /// Following `ending_before` from each page's first item; items come out nearest first,
    /// so each page is yielded in reverse.
    Backward,
}
type PageFuture<T, E> = Pin<Box<dyn Future<Output = Result<Page<T>, Error<E>>> + Send>>;
type FetchPage<T, E> = Box<dyn FnMut(Cursor) -> PageFuture<T, E> + Send>;
/// A [`Stream`](futures_core::Stream) of every item of a list, fetching pages lazily: the next
/// page is requested only once the items of the current one have been taken.
///
/// The stream ends after the last page, or after yielding an error. A page that points back
/// to a page already fetched (a server repeating its cursor) ends it with
/// [`Refusal::CursorRepeated`] instead of its items, so a faulty list cannot loop forever.
pub struct Paginator<T, E> {
    fetch: FetchPage<T, E>,
    direction: Direction,
    next: Option<Cursor>,
    buffer: VecDeque<T>,
    pending: Option<PageFuture<T, E>>,
    pages: u64,
    /// Every cursor fetched so far.
    fetched: HashSet<Cursor>,
}
impl<T, E> fmt::Debug for Paginator<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator")
            .field("direction", &self.direction)
            .field("next", &self.next)
            .field("buffered", &self.buffer.len())
            .field("pages", &self.pages)
            .finish_non_exhaustive()
    }
}
impl<T: Serialize + Send + 'static, E: Send + 'static> Paginator<T, E> {
    /// Walks a list in `direction`, calling `fetch` for each page.
    pub fn new<F, Fut>(direction: Direction, mut fetch: F) -> Self
    where
        F: FnMut(Cursor) -> Fut + Send + 'static,
        Fut: Future<Output = Result<Page<T>, Error<E>>> + Send + 'static,
    {
        Paginator {
            fetch: Box::new(move |cursor| Box::pin(fetch(cursor))),
            direction,
            next: Some(Cursor::First),
            buffer: VecDeque::new(),
            pending: None,
            pages: 0,
            fetched: HashSet::new(),
        }
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
    /// cursor was already fetched.
    fn take_page(&mut self, page: Page<T>) -> Result<(), Refusal> {
        self.pages += 1;
        let edge = match self.direction {
            Direction::Forward => page.items.last(),
            Direction::Backward => page.items.first(),
        };
        self.next = match (page.has_more, edge.and_then(item_id)) {
            (true, Some(id)) => {
                Some(
                    match self.direction {
                        Direction::Forward => Cursor::After(id),
                        Direction::Backward => Cursor::Before(id),
                    },
                )
            }
            (true, None) => {
                tracing::warn!(
                    "the list says it has more items, but its last page has no item id to continue from"
                );
                None
            }
            (false, _) => None,
        };
        if let Some(Cursor::After(id) | Cursor::Before(id)) = self
            .next
            .as_ref()
            .filter(|next| self.fetched.contains(next))
        {
            let refusal = Refusal::CursorRepeated {
                cursor: id.clone(),
                pages: self.pages,
            };
            self.next = None;
            return Err(refusal);
        }
        match self.direction {
            Direction::Forward => self.buffer.extend(page.items),
            Direction::Backward => self.buffer.extend(page.items.into_iter().rev()),
        }
        Ok(())
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
