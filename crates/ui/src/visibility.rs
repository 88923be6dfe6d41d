//! Whether anyone can see the page: a sim on a hidden browser tab, or in an iframe that the
//! reader has scrolled away from (a course page with several sims), stops its timers and
//! animation frames, and picks up where it left off when it comes back into view. Only the
//! UI's clock pauses; the models never see wall time, so a pause changes nothing in them.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, VisibilityState};

/// A function told the page's new visibility.
type Listener = Rc<dyn Fn(bool)>;
/// An intersection observer and the callback it calls (kept alive together).
pub(crate) type Observer = (IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);

#[derive(Default)]
struct Page {
    installed: bool,
    /// `document.visibilityState` is `hidden` (another tab, minimised window).
    hidden: bool,
    /// The page's root element is outside the top-level viewport (an iframe scrolled away).
    off_screen: bool,
    next_id: u64,
    listeners: Vec<(u64, Listener)>,
    _on_visibility: Option<Closure<dyn FnMut()>>,
    _observer: Option<Observer>,
}

impl Page {
    fn visible(&self) -> bool {
        !self.hidden && !self.off_screen
    }
}

thread_local! {
    static PAGE: RefCell<Page> = RefCell::new(Page::default());
}

fn document_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == VisibilityState::Hidden)
}

/// Watches `target` with an [`IntersectionObserver`] against the top-level viewport (which,
/// inside an iframe, is the embedding page's), telling `on_change` whether any of it shows.
pub(crate) fn observe_on_screen(
    target: &web_sys::Element,
    on_change: impl Fn(bool) + 'static,
) -> Option<Observer> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // The newest entry is the current state.
        let last = entries.get(entries.length().saturating_sub(1));
        if let Ok(entry) = last.dyn_into::<IntersectionObserverEntry>() {
            on_change(entry.is_intersecting());
        }
    });
    let observer = IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(target);
    Some((observer, callback))
}

/// Applies `change` and tells every listener if the page's visibility flipped.
fn update(change: impl FnOnce(&mut Page)) {
    let (before, after, listeners) = PAGE.with(|p| {
        let mut p = p.borrow_mut();
        let before = p.visible();
        change(&mut p);
        let listeners: Vec<Listener> = p.listeners.iter().map(|(_, l)| l.clone()).collect();
        (before, p.visible(), listeners)
    });
    if before != after {
        for l in listeners {
            l(after);
        }
    }
}

/// Starts listening to the document's visibility and position, once per page.
fn install() {
    if PAGE.with(|p| std::mem::replace(&mut p.borrow_mut().installed, true)) {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let on_visibility = Closure::<dyn FnMut()>::new(|| {
        let hidden = document_hidden();
        update(|p| p.hidden = hidden);
    });
    let _ = doc.add_event_listener_with_callback(
        "visibilitychange",
        on_visibility.as_ref().unchecked_ref(),
    );
    let observer = doc.document_element().and_then(|root| {
        observe_on_screen(&root, |on_screen| update(|p| p.off_screen = !on_screen))
    });
    let hidden = document_hidden();
    PAGE.with(|p| {
        let mut p = p.borrow_mut();
        p.hidden = hidden;
        p._on_visibility = Some(on_visibility);
        p._observer = observer;
    });
}

/// Whether the page is on a visible tab and (inside an iframe) scrolled into view.
pub fn page_visible() -> bool {
    install();
    PAGE.with(|p| p.borrow().visible())
}

/// While alive, tells its function each time the page becomes visible or hidden.
pub struct Watch {
    id: u64,
}

impl Watch {
    /// Calls `on_change(visible)` on every change of [`page_visible`] until dropped.
    pub fn new(on_change: impl Fn(bool) + 'static) -> Watch {
        install();
        let id = PAGE.with(|p| {
            let mut p = p.borrow_mut();
            p.next_id += 1;
            let id = p.next_id;
            p.listeners.push((id, Rc::new(on_change)));
            id
        });
        Watch { id }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let id = self.id;
        let _ = PAGE.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                p.listeners.retain(|(i, _)| *i != id);
            }
        });
    }
}
