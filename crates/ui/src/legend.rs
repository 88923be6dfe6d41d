//! A legend under a canvas: each entry a small swatch (a colour class and a mark, so colour is
//! never the only cue) and the words for what it stands for.

use crate::msg::t;
use yew::prelude::*;

/// One entry: the swatch's CSS class, the mark drawn in it, and what it means.
pub type Entry = (&'static str, &'static str, &'static str);

/// The legend as a labelled list; `class` is the sim's own class for its layout.
pub fn legend(class: &'static str, entries: &[Entry]) -> Html {
    html! {
        <ul class={classes!("legend", class)} aria-label={t!(LEGEND)}>
            { for entries.iter().map(|&(swatch, mark, what)| html! {
                <li><span class={classes!("swatch", swatch)}>{ mark }</span>{ what }</li>
            }) }
        </ul>
    }
}
