//! Parts of a sim whose code arrives the first time they are shown: a secondary panel or mode
//! lives in its own WebAssembly module, split off at build time, so a page that never shows it
//! never downloads it.
//!
//! The sim marks one function per part as a split point, named `<sim crate>__<part>` (e.g.
//! `sim_gossip_protocol_spread__phi`; `tools/split.mjs` groups modules by that prefix), that
//! returns the part's constructor:
//!
//! ```ignore
//! #[dsim_ui::part::split(sim_x__panel, fallible, wasm_split_path = dsim_ui::part::split_rt)]
//! fn panel_code() -> Result<MakePanel, PartFailed> {
//!     Ok(|config| Box::new(Panel::new(config)))
//! }
//! ```
//!
//! The part's code is reached only through that constructor and the trait object it builds,
//! so it all lands in the part's module. The sim keeps a [`Part`]: while the code is on its
//! way, what the part must do is queued ([`Part::apply`]) and done in order when it arrives
//! ([`Part::arrive`]), so the model goes through the same steps (and a seed gives the same
//! run) however slow the network is.

use std::cell::Cell;
use std::future::Future;
use std::thread::LocalKey;

use yew::prelude::*;

use crate::msg::t;
use crate::sim::{Cx, Sim};

pub use wasm_split_helpers as split_rt;
pub use wasm_split_helpers::wasm_split as split;

/// The code of a part did not arrive (the network failed, or the file is missing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartFailed;

impl From<split_rt::SplitLoaderError> for PartFailed {
    fn from(_: split_rt::SplitLoaderError) -> Self {
        PartFailed
    }
}

/// A part of the sim and the operations it has not applied yet.
pub enum Part<T: ?Sized, Op> {
    /// Its code is on the way; what it must do when it arrives, in order.
    Loading(Vec<Op>),
    /// Here and running.
    Ready(Box<T>),
    /// Its code did not arrive.
    Failed,
}

impl<T: ?Sized, Op> Part<T, Op> {
    /// The part, once its code is here.
    pub fn get(&self) -> Option<&T> {
        match self {
            Part::Ready(p) => Some(p),
            _ => None,
        }
    }

    /// Whether its code did not arrive (the sim may start it again the next time it is shown:
    /// the loader tries afresh).
    pub fn failed(&self) -> bool {
        matches!(self, Part::Failed)
    }

    /// Applies `op` now if the part is here, or queues it until it is.
    pub fn apply(&mut self, op: Op, run: impl FnOnce(&mut T, Op)) {
        match self {
            Part::Ready(p) => run(p, op),
            Part::Loading(queue) => queue.push(op),
            Part::Failed => {}
        }
    }

    /// Its code arrived (`Ok`: the part is built from it by `build`) or did not (`Err`: the
    /// part has failed). Returns the operations queued meanwhile, in order, for the caller to
    /// do now. A part that is not loading is left as it is and nothing is returned: the answer
    /// is a late one to the fetch of an earlier sim (a Reset or a tour step built this one,
    /// whose part is already here or has failed).
    pub fn arrive<F>(
        &mut self,
        code: Result<F, PartFailed>,
        build: impl FnOnce(F) -> Box<T>,
    ) -> Vec<Op> {
        let Part::Loading(queue) = self else {
            return Vec::new();
        };
        let queue = std::mem::take(queue);
        match code {
            Ok(f) => {
                *self = Part::Ready(build(f));
                queue
            }
            Err(PartFailed) => {
                *self = Part::Failed;
                Vec::new()
            }
        }
    }

    /// Whether a sim must start this part (again): it never has, or its code did not arrive
    /// last time (the loader then tries afresh). A part that is here or on its way is not
    /// started twice.
    pub fn wanted(part: Option<&Self>) -> bool {
        part.is_none_or(Part::failed)
    }

    /// The part drawn by `view` once it is here; until then its [`Part::placeholder`].
    pub fn show(&self, view: impl FnOnce(&T) -> Html) -> Html {
        match self.get() {
            Some(p) => view(p),
            None => self.placeholder(),
        }
    }

    /// What the page shows in the part's place until it is here: "Loading this panel…", or
    /// that its code did not arrive (both announced to screen readers).
    pub fn placeholder(&self) -> Html {
        let (class, text) = match self {
            Part::Failed => ("part-status part-failed", t!(PART_FAILED)),
            _ => ("part-status", t!(PART_LOADING)),
        };
        html! { <p class={class} role="status">{ text }</p> }
    }
}

/// Remembers a part's constructor once its code is here, so a fresh sim (Reset, a tour step, a
/// second mount) builds the part at once instead of waiting on the loader again. One per part:
/// `thread_local! { static CODE: Cell<Option<MakePanel>> = const { Cell::new(None) }; }`.
pub type Code<F> = LocalKey<Cell<Option<F>>>;

/// Starts `part` for a sim: built at once when `code` already holds its constructor, else
/// loading, with `load` (the split point's wrapper) fetching it and `msg` telling the sim
/// what came of it.
pub fn start<S, T, Op, F, Fut>(
    code: &'static Code<F>,
    make: impl FnOnce(F) -> Box<T>,
    load: impl FnOnce() -> Fut,
    msg: fn(Result<F, PartFailed>) -> S::Msg,
    cx: &Cx<S>,
) -> Part<T, Op>
where
    S: Sim,
    T: ?Sized,
    F: Copy + 'static,
    Fut: Future<Output = Result<F, PartFailed>> + 'static,
{
    match code.with(Cell::get) {
        Some(f) => Part::Ready(make(f)),
        None => {
            let fut = load();
            cx.spawn(async move {
                let got = fut.await;
                if let Ok(f) = got {
                    code.with(|c| c.set(Some(f)));
                }
                msg(got)
            });
            Part::Loading(Vec::new())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_wait_in_order_until_the_part_arrives() {
        let mut part: Part<Vec<u32>, u32> = Part::Loading(Vec::new());
        assert!(part.get().is_none());
        for op in [3, 1, 2] {
            part.apply(op, |p, op| p.push(op));
        }
        let queued = part.arrive(Ok(0), |first| Box::new(vec![first]));
        assert_eq!(queued, vec![3, 1, 2]);
        for op in queued {
            part.apply(op, |p, op| p.push(op));
        }
        assert_eq!(part.get(), Some(&vec![0, 3, 1, 2]));
        part.apply(9, |p, op| p.push(op));
        assert_eq!(part.get(), Some(&vec![0, 3, 1, 2, 9]));
    }

    #[test]
    fn a_late_answer_leaves_a_part_that_is_not_loading_as_it_is() {
        let mut part: Part<Vec<u32>, u32> = Part::Loading(vec![5]);
        assert_eq!(part.arrive(Ok(0), |first| Box::new(vec![first])), vec![5]);
        part.apply(7, |p, op| p.push(op));
        assert!(part.arrive(Ok(1), |first| Box::new(vec![first])).is_empty());
        assert!(part
            .arrive(Err(PartFailed), |first| Box::new(vec![first]))
            .is_empty());
        assert_eq!(part.get(), Some(&vec![0, 7]));
        let mut failed: Part<Vec<u32>, u32> = Part::Loading(vec![5]);
        assert!(failed
            .arrive(Err(PartFailed), |first| Box::new(vec![first]))
            .is_empty());
        assert!(failed.failed());
        assert!(failed
            .arrive(Ok(1), |first| Box::new(vec![first]))
            .is_empty());
        assert!(failed.failed());
    }

    #[test]
    fn a_part_is_wanted_until_it_is_here_or_on_its_way() {
        type P = Part<Vec<u32>, u32>;
        assert!(P::wanted(None));
        assert!(P::wanted(Some(&Part::Failed)));
        assert!(!P::wanted(Some(&Part::Loading(Vec::new()))));
        assert!(!P::wanted(Some(&Part::Ready(Box::default()))));
    }

    #[test]
    fn a_part_that_failed_ignores_operations() {
        let mut part: Part<Vec<u32>, u32> = Part::Failed;
        part.apply(1, |p, op| p.push(op));
        assert!(part.get().is_none());
    }
}
