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
                None => match self.next.take() {
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
    /// cursor was already fetched.
    fn take_page(&mut self, page: Page<T>) -> Result<(), Refusal> {
        self.pages += 1;
        let edge = match self.direction {
            Direction::Forward => page.items.last(),
            Direction::Backward => page.items.first(),
        };
        self.next = match (page.has_more, edge.and_then(item_id)) {
            (true, Some(id)) => Some(match self.direction {
                Direction::Forward => Cursor::After(id),
                Direction::Backward => Cursor::Before(id),
            }),
            (true, None) => {
                tracing::warn!("the list says it has more items, but its last page has no item id to continue from");
                None
            }
            (false, _) => None,
        };
        if let Some(Cursor::After(id) | Cursor::Before(id)) =
            self.next.as_ref().filter(|next| self.fetched.contains(next))
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
            async move { Ok(Page { items, has_more }) }
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
                    has_more: true,
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
                async move { Ok(Page { items: vec![Item { id }], has_more: true }) }
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
}
