//! A `<select>` that shows the model's value: after every change of the model it sets itself
//! to what the model holds, so a pick the model refused (a directory that is down, a split
//! clamped into bounds) does not stay on screen.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`ModelSelect`].
#[derive(Properties, PartialEq, Clone)]
pub struct ModelSelectProps {
    /// The element id (a `<label for>` may name it).
    pub id: AttrValue,
    /// The accessible name, when no `<label>` gives one.
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    /// The options: (value, text).
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The position of the model's choice.
    pub selected: usize,
    /// The model's revision: a new one makes the select show the model's choice again.
    pub revision: u64,
    /// Called with the position of the option picked.
    pub on_pick: Callback<usize>,
}

/// A select whose shown choice follows the model (see the module's comment).
#[function_component(ModelSelect)]
pub fn model_select(p: &ModelSelectProps) -> Html {
    let node = use_node_ref();
    {
        let (node, selected) = (node.clone(), p.selected);
        use_effect(move || {
            if let Some(sel) = node.cast::<HtmlSelectElement>() {
                let want = i32::try_from(selected).unwrap_or(-1);
                if sel.selected_index() != want {
                    sel.set_selected_index(want);
                }
            }
        });
    }
    let onchange = {
        let cb = p.on_pick.clone();
        Callback::from(move |e: Event| {
            let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            if let Ok(i) = usize::try_from(sel.selected_index()) {
                cb.emit(i);
            }
        })
    };
    html! {
        <select id={p.id.clone()} ref={node} aria-label={p.aria_label.clone()} {onchange}>
            { for p.options.iter().enumerate().map(|(i, (value, text))| html! {
                <option value={value.clone()} selected={i == p.selected}>{ text.clone() }</option>
            }) }
        </select>
    }
}
