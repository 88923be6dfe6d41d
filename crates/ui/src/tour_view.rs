//! What a tour looks like: the "Take the tour" menu in the tool bar, and the panel that tells
//! the current step with Back, Continue and Exit (→, ← and Esc while it has focus).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::msg::t;
use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::icons::{self, Icon};

/// Properties of [`TourMenu`].
#[derive(Properties, PartialEq)]
pub struct TourMenuProps {
    /// The tours' titles, in order.
    pub titles: Vec<AttrValue>,
    /// Starts the tour at this index.
    pub on_start: Callback<usize>,
}

/// The tool bar's "Take the tour" button and the list of tours it opens.
#[function_component(TourMenu)]
pub fn tour_menu(p: &TourMenuProps) -> Html {
    let open = use_state(|| false);
    if p.titles.is_empty() {
        return html! {};
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let item = |(i, title): (usize, &AttrValue)| {
        let (open, start) = (open.clone(), p.on_start.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            open.set(false);
            start.emit(i);
        });
        html! { <li><button type="button" class="btn" {onclick}>{ title.clone() }</button></li> }
    };
    html! {
        <div class="tour-menu">
            <button type="button" class="tool tour-tool" onclick={toggle} aria-label={t!(TAKE_TOUR)}
                aria-expanded={open.to_string()} aria-controls={open.then_some("tour-list")}>
                { icons::icon(Icon::Tour) }<span class="tool-text">{ t!(TAKE_TOUR) }</span></button>
            if *open {
                <ul id="tour-list" class="tour-list" aria-label={t!(TOURS_MENU)}>
                    { for p.titles.iter().enumerate().map(item) }
                </ul>
            }
        </div>
    }
}

/// Properties of [`TourPanel`].
#[derive(Properties, PartialEq)]
pub struct TourPanelProps {
    /// The tour's title.
    pub tour: AttrValue,
    /// The step's index (from 0) and the number of steps.
    pub step: usize,
    /// How many steps the tour has.
    pub steps: usize,
    /// The step's heading.
    pub title: AttrValue,
    /// The step's sentences.
    pub text: AttrValue,
    /// The question this step asks, if any.
    pub ask: Option<AttrValue>,
    /// The answer to the previous step's question, if it asked one.
    pub answer: Option<AttrValue>,
    /// Whether the model is in the state the step describes (for tests: `data-state`).
    pub ok: bool,
    /// A CSS selector of what the step is about, highlighted while the step shows.
    pub focus: Option<AttrValue>,
    /// Goes to step `k`.
    pub on_go: Callback<usize>,
    /// Leaves the tour.
    pub on_exit: Callback<()>,
}

/// The current tour step, with Back / Continue / Exit.
#[function_component(TourPanel)]
pub fn tour_panel(p: &TourPanelProps) -> Html {
    let next_ref = use_node_ref();
    let left = use_state(|| false);
    use_focus_on_step(&next_ref, p.step, p.focus.clone());
    let flip = {
        let left = left.clone();
        Callback::from(move |_: MouseEvent| left.set(!*left))
    };
    let last = p.step + 1 >= p.steps;
    let back = (p.step > 0).then(|| {
        p.on_go.reform({
            let k = p.step.saturating_sub(1);
            move |_: MouseEvent| k
        })
    });
    let next = {
        let (go, exit, k) = (p.on_go.clone(), p.on_exit.clone(), p.step + 1);
        Callback::from(move |_: MouseEvent| if last { exit.emit(()) } else { go.emit(k) })
    };
    let onkeydown = keys(p, last);
    let exit = p.on_exit.reform(|_: MouseEvent| ());
    html! {
        <section class={classes!("tour", left.then_some("left"))} aria-labelledby="tour-step-title" {onkeydown}
            data-state={if p.ok { "as-described" } else { "changed" }}>
            <p class="tour-progress">{ t!(STEP_PROGRESS, tour = p.tour.to_string(), step = p.step + 1, steps = p.steps) }</p>
            <div id="tour-text" role="status" aria-live="polite">
                <h2 id="tour-step-title">{ p.title.clone() }</h2>
                if let Some(a) = &p.answer { <p class="tour-answer"><strong>{ t!(ANSWER_LABEL) }{ " " }</strong>{ a.clone() }</p> }
                <p>{ p.text.clone() }</p>
                if let Some(q) = &p.ask { <p class="tour-ask"><strong>{ t!(PREDICT_LABEL) }{ " " }</strong>{ q.clone() }</p> }
            </div>
            <div class="tour-buttons">
                <button type="button" class="btn" onclick={back.unwrap_or_default()} disabled={p.step == 0}>{ t!(BACK) }</button>
                <button type="button" class="btn primary" ref={next_ref} onclick={next}>{ if last { t!(FINISH) } else { t!(CONTINUE) } }</button>
                <button type="button" class="btn" onclick={exit}>{ t!(EXIT_TOUR) }</button>
                <button type="button" class="btn tour-move" onclick={flip}
                    title={t!(PANEL_MOVE_TITLE)}>
                    { if *left { t!(PANEL_MOVE_RIGHT) } else { t!(PANEL_MOVE_LEFT) } }</button>
            </div>
        </section>
    }
}

/// →, ← and Esc while the panel has focus.
fn keys(p: &TourPanelProps, last: bool) -> Callback<KeyboardEvent> {
    let (go, exit, step) = (p.on_go.clone(), p.on_exit.clone(), p.step);
    Callback::from(move |e: KeyboardEvent| {
        let handled = match e.key().as_str() {
            "ArrowRight" if !last => {
                go.emit(step + 1);
                true
            }
            "ArrowLeft" if step > 0 => {
                go.emit(step - 1);
                true
            }
            "Escape" => {
                exit.emit(());
                true
            }
            _ => false,
        };
        if handled {
            e.prevent_default();
            e.stop_propagation();
        }
    })
}

/// On every step: focus Continue, and mark what the step is about (a highlight and
/// `aria-describedby` pointing at the step's text) until the step changes. What the step is
/// about may be in a panel whose code is still on its way ([`crate::part`]): it is looked for
/// again every 100 ms for up to 5 s.
#[hook]
fn use_focus_on_step(next: &NodeRef, step: usize, focus: Option<AttrValue>) {
    let next = next.clone();
    use_effect_with((step, focus), move |(_, focus)| {
        if let Some(b) = next.cast::<web_sys::HtmlElement>() {
            let _ = b.focus();
        }
        let marked = Rc::new(RefCell::new(focus.as_deref().and_then(mark)));
        let looking = match (focus, marked.borrow().is_none()) {
            (Some(selector), true) => Some(look_again(selector.clone(), marked.clone())),
            _ => None,
        };
        move || {
            drop(looking);
            if let Some((el, described)) = marked.borrow_mut().take() {
                let _ = el.remove_attribute("data-tour-focus");
                if described {
                    let _ = el.remove_attribute("aria-describedby");
                }
            }
        }
    });
}

/// Looks for `selector` every 100 ms, 50 times at most, until it is marked.
fn look_again(
    selector: AttrValue,
    marked: Rc<RefCell<Option<(web_sys::Element, bool)>>>,
) -> Interval {
    let tries = Cell::new(0u32);
    Interval::new(100, move || {
        if marked.borrow().is_some() || tries.get() >= 50 {
            return;
        }
        tries.set(tries.get() + 1);
        *marked.borrow_mut() = mark(&selector);
    })
}

/// Highlights the first element matching `selector` and, unless it already has a description,
/// ties it to the step's text; returns it and whether it was tied.
fn mark(selector: &str) -> Option<(web_sys::Element, bool)> {
    let doc = web_sys::window()?.document()?;
    let el = doc.query_selector(selector).ok()??;
    let _ = el.set_attribute("data-tour-focus", "");
    let describe = !el.has_attribute("aria-describedby");
    if describe {
        let _ = el.set_attribute("aria-describedby", "tour-text");
    }
    Some((el, describe))
}
