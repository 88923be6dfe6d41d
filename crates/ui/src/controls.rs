//! Labelled, keyboard-usable controls shared by every sim: sliders, action buttons that say
//! why they are disabled, on/off switches and one-of-several choices.

use crate::msg::t;
use dsim_core::num::Within;
use dsim_i18n::short;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`Slider`].
#[derive(Properties, PartialEq, Clone)]
pub struct SliderProps {
    /// The element id (also used to link the label).
    pub id: AttrValue,
    /// The visible label, in the spec's wording.
    pub label: AttrValue,
    /// Smallest value.
    pub min: f64,
    /// Largest value.
    pub max: f64,
    /// Step between values.
    #[prop_or(1.0)]
    pub step: f64,
    /// Current value.
    pub value: f64,
    /// The value as shown beside the label (e.g. "3" or "1.5 s").
    pub display: AttrValue,
    /// The value as a screen reader should say it (e.g. "W = 3 of 5 replicas").
    pub value_text: AttrValue,
    /// Called with the new value as the slider moves.
    pub on_change: Callback<f64>,
}

/// A range slider with a visible label and value, and `aria-valuetext`.
#[function_component(Slider)]
pub fn slider(p: &SliderProps) -> Html {
    let oninput = {
        let cb = p.on_change.clone();
        let (min, max) = (p.min, p.max);
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                let v = input.value_as_number();
                if v.is_finite() {
                    cb.emit(v.within(min, max));
                }
            }
        })
    };
    html! {
        <div class="slider">
            <label for={p.id.clone()}>
                <span class="slider-label">{ p.label.clone() }</span>
                <output for={p.id.clone()} class="slider-value">{ p.display.clone() }</output>
            </label>
            <input type="range" id={p.id.clone()}
                min={short(p.min)} max={short(p.max)} step={short(p.step)}
                value={short(p.value)}
                aria-valuetext={p.value_text.clone()}
                {oninput} />
        </div>
    }
}

/// Properties of [`ActionButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct ActionButtonProps {
    /// The button's visible label, in the spec's wording.
    pub label: AttrValue,
    /// Called when the button is pressed while enabled.
    pub onclick: Callback<()>,
    /// When set, the button is disabled and this says why (shown on hover and focus, and
    /// read by screen readers); the button stays in the tab order.
    #[prop_or_default]
    pub disabled_reason: Option<AttrValue>,
    /// Draws the button as the main action.
    #[prop_or_default]
    pub primary: bool,
    /// An optional element id.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// A button that, when disabled, stays focusable (`aria-disabled`) and says why.
#[function_component(ActionButton)]
pub fn action_button(p: &ActionButtonProps) -> Html {
    let reason_id = use_memo((), |_| format!("why-{}", next_id()));
    let disabled = p.disabled_reason.is_some();
    let onclick = {
        let cb = p.onclick.clone();
        Callback::from(move |_: MouseEvent| {
            if !disabled {
                cb.emit(())
            }
        })
    };
    let class = classes!(
        "btn",
        p.primary.then_some("primary"),
        disabled.then_some("is-disabled")
    );
    html! {
        <span class="action">
            <button type="button" id={p.id.clone()} {class} {onclick}
                aria-disabled={disabled.then_some("true")}
                aria-describedby={disabled.then(|| AttrValue::from((*reason_id).clone()))}>
                { p.label.clone() }
            </button>
            if let Some(reason) = &p.disabled_reason {
                <span class="why" role="tooltip" id={(*reason_id).clone()}>{ reason.clone() }</span>
            }
        </span>
    }
}

/// Properties of [`Switch`].
#[derive(Properties, PartialEq, Clone)]
pub struct SwitchProps {
    /// The visible label.
    pub label: AttrValue,
    /// Whether it is on.
    pub checked: bool,
    /// Called with the new state.
    pub on_toggle: Callback<bool>,
}

/// An on/off switch (a checkbox with `role="switch"`).
#[function_component(Switch)]
pub fn switch(p: &SwitchProps) -> Html {
    let onchange = {
        let cb = p.on_toggle.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                cb.emit(input.checked());
            }
        })
    };
    html! {
        <label class="switch">
            <input type="checkbox" role="switch" checked={p.checked} {onchange} />
            <span>{ p.label.clone() }</span>
        </label>
    }
}

/// Properties of [`Choice`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChoiceProps {
    /// The group's visible label.
    pub label: AttrValue,
    /// A name unique in the page, for the radio group.
    pub name: AttrValue,
    /// (value, visible label) of each option.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The selected value.
    pub selected: AttrValue,
    /// Called with the chosen value.
    pub on_select: Callback<AttrValue>,
}

/// One of several options, as a radio group (arrow keys move between options).
#[function_component(Choice)]
pub fn choice(p: &ChoiceProps) -> Html {
    html! {
        <fieldset class="choice">
            <legend>{ p.label.clone() }</legend>
            { for p.options.iter().map(|(value, label)| {
                let onchange = {
                    let cb = p.on_select.clone();
                    let value = value.clone();
                    Callback::from(move |_: Event| cb.emit(value.clone()))
                };
                html! {
                    <label class="choice-option">
                        <input type="radio" name={p.name.clone()} value={value.clone()}
                            checked={*value == p.selected} {onchange} />
                        <span>{ label.clone() }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}

fn next_id() -> u32 {
    thread_local! {
        static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    NEXT.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

/// Properties of [`PlayControls`].
#[derive(Properties, PartialEq, Clone)]
pub struct PlayControlsProps {
    /// Whether the sim is running on its own.
    pub playing: bool,
    /// Toggles playing (also bound to Space by the shell when given to it).
    pub on_play_pause: Callback<()>,
    /// Advances one step, if the sim steps (also bound to → by the shell).
    #[prop_or_default]
    pub on_step: Option<Callback<()>>,
    /// The step button's label in the spec's wording (e.g. "Next Round").
    #[prop_or_else(|| AttrValue::from(t!(STEP)))]
    pub step_label: AttrValue,
    /// When set, playing is not possible now, and this says why.
    #[prop_or_default]
    pub disabled_reason: Option<AttrValue>,
}

/// Play/Pause and Step buttons; Play/Pause reports its state with `aria-pressed`.
#[function_component(PlayControls)]
pub fn play_controls(p: &PlayControlsProps) -> Html {
    let disabled = p.disabled_reason.is_some();
    let onclick = {
        let cb = p.on_play_pause.clone();
        Callback::from(move |_: MouseEvent| {
            if !disabled {
                cb.emit(())
            }
        })
    };
    html! {
        <>
            <span class="action">
                <button type="button" class={classes!("btn", "play", disabled.then_some("is-disabled"))}
                    aria-pressed={p.playing.to_string()} aria-disabled={disabled.then_some("true")}
                    title={p.disabled_reason.clone()} {onclick}>
                    { if p.playing { t!(PAUSE) } else { t!(PLAY) } }
                </button>
            </span>
            if let Some(step) = &p.on_step {
                <ActionButton label={p.step_label.clone()} onclick={step.clone()}
                    disabled_reason={p.disabled_reason.clone()} />
            }
        </>
    }
}

/// Properties of [`Tabs`].
#[derive(Properties, PartialEq, Clone)]
pub struct TabsProps {
    /// What the tabs choose between, for screen readers (e.g. "Panels").
    pub label: AttrValue,
    /// (id, visible label) of each tab. Tab `id` gets the element id `tab-<id>` and controls
    /// the panel with id `panel-<id>`, which the sim renders with `role="tabpanel"` and
    /// `aria-labelledby="tab-<id>"`.
    pub tabs: Vec<(AttrValue, AttrValue)>,
    /// The id of the selected tab.
    pub selected: AttrValue,
    /// Called with the id of the tab chosen (by click, arrow keys, Home or End).
    pub on_select: Callback<AttrValue>,
}

/// A row of tabs (`role="tablist"`): only the selected tab is in the tab order; the arrow
/// keys, Home and End move to and select the other tabs.
#[function_component(Tabs)]
pub fn tabs(p: &TabsProps) -> Html {
    let ids: Vec<AttrValue> = p.tabs.iter().map(|(id, _)| id.clone()).collect();
    html! {
        <div class="tabs" role="tablist" aria-label={p.label.clone()}>
            { for p.tabs.iter().enumerate().map(|(i, (id, label))| {
                let selected = *id == p.selected;
                let onclick = {
                    let cb = p.on_select.clone();
                    let id = id.clone();
                    Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
                };
                let onkeydown = {
                    let cb = p.on_select.clone();
                    let ids = ids.clone();
                    Callback::from(move |e: KeyboardEvent| {
                        let n = ids.len();
                        let next = match e.key().as_str() {
                            "ArrowRight" | "ArrowDown" => (i + 1) % n,
                            "ArrowLeft" | "ArrowUp" => (i + n - 1) % n,
                            "Home" => 0,
                            "End" => n - 1,
                            _ => return,
                        };
                        e.prevent_default();
                        if let Some(id) = ids.get(next) {
                            cb.emit(id.clone());
                            if let Some(el) = crate::env::element_by_id::<web_sys::HtmlElement>(&format!("tab-{id}")) {
                                let _ = el.focus();
                            }
                        }
                    })
                };
                html! {
                    <button type="button" role="tab" id={format!("tab-{id}")}
                        class={classes!("tab", selected.then_some("selected"))}
                        aria-selected={selected.to_string()} aria-controls={format!("panel-{id}")}
                        tabindex={if selected { "0" } else { "-1" }} {onclick} {onkeydown}>
                        { label.clone() }
                    </button>
                }
            }) }
        </div>
    }
}

/// Properties of [`TabPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct TabPanelProps {
    /// The id of the tab that shows it (the `id` of its entry in [`TabsProps::tabs`]).
    pub tab: AttrValue,
    /// Its CSS class.
    #[prop_or_default]
    pub class: Classes,
    /// What the tab shows.
    #[prop_or_default]
    pub children: Html,
}

/// The panel a [`Tabs`] row controls (`role="tabpanel"`, id `panel-<tab>`, labelled by the tab
/// `tab-<tab>`).
#[function_component(TabPanel)]
pub fn tab_panel(p: &TabPanelProps) -> Html {
    html! {
        <div class={p.class.clone()} role="tabpanel" id={format!("panel-{}", p.tab)}
            aria-labelledby={format!("tab-{}", p.tab)}>
            { p.children.clone() }
        </div>
    }
}

/// The (id, visible label) pairs a [`Choice`] or [`Tabs`] offers: one for each of `all`, in
/// order.
pub fn options<T: Copy, I: Into<AttrValue>, L: Into<AttrValue>>(
    all: &[T],
    id: impl Fn(T) -> I,
    label: impl Fn(T) -> L,
) -> Vec<(AttrValue, AttrValue)> {
    all.iter()
        .map(|&t| (id(t).into(), label(t).into()))
        .collect()
}
