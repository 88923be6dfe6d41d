//! Shared Yew widgets for the simulations: the HiDPI canvas, labelled controls, the sim shell
//! (title, tools, notices, narration, keyboard shortcuts), the theme, the drawing helpers and
//! line charts.

/// The shell's words: its catalogues `locales/<lang>.ftl`, compiled by `build.rs`.
pub(crate) mod msg {
    include!(concat!(env!("OUT_DIR"), "/msg.rs"));
}

pub mod canvas;
pub mod chart;
pub mod clock;
pub mod controls;
pub mod draw;
pub mod env;
pub mod field;
mod flow;
pub mod format;
pub mod geom;
pub mod help_words;
pub mod language;
pub use dsim_i18n as i18n;
pub mod host;
pub mod icons;
pub mod layer;
pub mod legend;
pub mod live;
pub mod logtable;
pub mod math;
pub mod palette;
pub mod params;
pub mod part;
pub mod polar;
pub mod share;
pub mod shell;
pub mod sim;
pub mod stepped;
pub mod summary;
pub mod theme;
pub mod ticker;
pub mod tour;
mod tour_view;
pub mod tour_words;
pub mod visibility;

pub use canvas::{PointerInput, PointerKind, SimCanvas};
pub use clock::{Every, ModelClock};
pub use controls::{ActionButton, Choice, PlayControls, Slider, Switch, TabPanel, Tabs};
pub use draw::{Align, Frame};
pub use field::TextField;
pub use flow::BoxStyle;
pub use help_words::HelpWords;
pub use host::SimHost;
pub use live::Live;
pub use logtable::{RowTone, TableRow};
pub use shell::SimShell;
pub use sim::{Cx, LinkSettings, Sim, SimInfo, View};
pub use stepped::SteppedSlider;
pub use theme::Theme;
pub use ticker::Ticker;
pub use tour::{Tour, TourStep};
pub use tour_words::TourWords;

/// The properties every sim's page component takes: the page's query string, from which it
/// reads its settings.
#[derive(yew::Properties, PartialEq, Clone)]
pub struct SimProps {
    /// The page's query string (with or without its leading `?`).
    pub query: yew::AttrValue,
}
