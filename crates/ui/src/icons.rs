//! Small line icons for the shell's tool buttons; on narrow screens the buttons show only the
//! icon (their accessible names stay the words).

use yew::prelude::*;

/// The tool icons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    /// A screen on a stand: projector mode.
    Projector,
    /// Four corners: full screen.
    FullScreen,
    /// Two chain links: copy link.
    Link,
    /// An arrow into a tray: save image.
    Download,
    /// A signpost: take the guided tour.
    Tour,
}

/// The icon as inline SVG, drawn in the button's text colour and hidden from screen readers.
pub fn icon(which: Icon) -> Html {
    let paths: &[&str] = match which {
        Icon::Projector => &["M3 4h18v12H3z", "M8 20h8", "M12 16v4"],
        Icon::FullScreen => &["M8 3H3v5", "M16 3h5v5", "M21 16v5h-5", "M3 16v5h5"],
        Icon::Link => &[
            "M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7",
            "M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7",
        ],
        Icon::Download => &["M21 15v6H3v-6", "M7 10l5 5 5-5", "M12 15V3"],
        Icon::Tour => &[
            "M12 3v18",
            "M12 5h7l2 2.5-2 2.5h-7",
            "M12 12H5l-2 2.5L5 17h7",
        ],
    };
    html! {
        <svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            { for paths.iter().map(|d| html! { <path d={*d} /> }) }
        </svg>
    }
}
