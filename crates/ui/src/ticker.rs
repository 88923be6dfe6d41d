//! A repeating timer for a sim's clock that runs only while the page can be seen (see
//! [`crate::visibility`]): hidden or scrolled away, it stops firing; back in view, it resumes.
//! Dropping it stops it for good.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Interval;

use crate::visibility::{page_visible, Watch};

/// An interval timer that pauses while the page is out of sight.
pub struct Ticker {
    interval: Rc<RefCell<Option<Interval>>>,
    _watch: Watch,
}

impl Ticker {
    /// Calls `tick` every `ms` milliseconds while the page is visible.
    pub fn new(ms: u32, tick: impl Fn() + 'static) -> Ticker {
        let tick: Rc<dyn Fn()> = Rc::new(tick);
        let start = move || {
            let tick = tick.clone();
            Interval::new(ms, move || tick())
        };
        let interval = Rc::new(RefCell::new(page_visible().then(&start)));
        let slot = Rc::downgrade(&interval);
        let watch = Watch::new(move |visible| {
            if let Some(slot) = slot.upgrade() {
                let mut slot = slot.borrow_mut();
                if !visible {
                    *slot = None;
                } else if slot.is_none() {
                    *slot = Some(start());
                }
            }
        });
        Ticker {
            interval,
            _watch: watch,
        }
    }

    /// Whether the timer is firing now (false while the page is out of sight).
    pub fn running(&self) -> bool {
        self.interval.borrow().is_some()
    }
}
