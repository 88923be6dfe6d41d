//! A labelled one-line text input whose validation message is shown as text and linked to the
//! input (`aria-invalid`, `aria-describedby`), so a wrong entry is explained, not only coloured.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`TextField`].
#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    /// The element id (also used to link the label and the message).
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The current text.
    pub value: AttrValue,
    /// Called with the new text as the user types.
    pub on_input: Callback<String>,
    /// Called when the user presses Enter in the field.
    #[prop_or_default]
    pub on_enter: Option<Callback<()>>,
    /// When set, the entry is invalid and this says why (shown under the field).
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A short hint shown under the field when there is no error.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The on-screen keyboard to offer (`inputmode`), e.g. "numeric".
    #[prop_or(AttrValue::Static("text"))]
    pub inputmode: AttrValue,
    /// Text shown before the input, e.g. "$".
    #[prop_or_default]
    pub prefix: Option<AttrValue>,
    /// The longest text accepted.
    #[prop_or(64)]
    pub max_length: u32,
}

/// A labelled text input with its validation message.
#[function_component(TextField)]
pub fn text_field(p: &TextFieldProps) -> Html {
    let oninput = {
        let cb = p.on_input.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                cb.emit(input.value());
            }
        })
    };
    let onkeydown = {
        let cb = p.on_enter.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                if let Some(cb) = &cb {
                    e.prevent_default();
                    cb.emit(());
                }
            }
        })
    };
    let message_id = format!("{}-message", p.id);
    let invalid = p.error.is_some();
    let message = p.error.clone().or_else(|| p.hint.clone());
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            <span class="field-row">
                if let Some(prefix) = &p.prefix { <span class="field-prefix" aria-hidden="true">{ prefix.clone() }</span> }
                <input type="text" id={p.id.clone()} value={p.value.clone()}
                    inputmode={p.inputmode.clone()} autocomplete="off" spellcheck="false"
                    maxlength={p.max_length.to_string()}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={message.is_some().then(|| AttrValue::from(message_id.clone()))}
                    {oninput} {onkeydown} />
            </span>
            if let Some(text) = message {
                <p id={message_id} class={classes!("field-message", invalid.then_some("bad"))}>{ text }</p>
            }
        </div>
    }
}
