//! The screen summary (after PhET's practice): what the canvas shows, what the controls do, and
//! the current state in a sentence or two, kept current in a polite live region that is
//! updated at most once every few seconds so a running sim never floods a screen reader.

use crate::msg::t;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::env;

/// The least time between two updates of the announced state, in milliseconds.
pub const MIN_INTERVAL_MS: f64 = 3000.0;

/// Properties of [`ScreenSummary`].
#[derive(Properties, PartialEq)]
pub struct ScreenSummaryProps {
    /// What is on the canvas and what the controls do (static).
    pub about: Html,
    /// The current state, in one or two sentences.
    pub state: AttrValue,
}

/// The screen summary: for screen readers, read first; hidden from sight (the help dialog says
/// the same to sighted users).
#[function_component(ScreenSummary)]
pub fn screen_summary(p: &ScreenSummaryProps) -> Html {
    let shown = use_state(|| p.state.clone());
    let last = use_mut_ref(|| f64::MIN);
    let pending = use_mut_ref(|| None::<Timeout>);
    {
        let shown = shown.clone();
        let last = last.clone();
        let pending = pending.clone();
        use_effect_with(p.state.clone(), move |state| {
            if *shown != *state {
                let wait = *last.borrow() + MIN_INTERVAL_MS - env::now();
                if wait <= 0.0 {
                    *last.borrow_mut() = env::now();
                    *pending.borrow_mut() = None;
                    shown.set(state.clone());
                } else {
                    let state = state.clone();
                    let last = last.clone();
                    let timeout = Timeout::new(wait.ceil() as u32, move || {
                        *last.borrow_mut() = env::now();
                        shown.set(state);
                    });
                    *pending.borrow_mut() = Some(timeout);
                }
            } else {
                *pending.borrow_mut() = None;
            }
        });
    }
    {
        let pending = pending.clone();
        use_effect_with((), move |_| move || drop(pending.borrow_mut().take()));
    }
    html! {
        <section class="screen-summary visually-hidden" aria-labelledby="screen-summary-title">
            <h2 id="screen-summary-title">{ t!(SCREEN_SUMMARY) }</h2>
            { p.about.clone() }
            <p class="summary-state" aria-live="polite" aria-atomic="true">
                { t!(SUMMARY_NOW) }{ " " }{ (*shown).clone() }
            </p>
        </section>
    }
}
