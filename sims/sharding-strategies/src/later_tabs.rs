//! The tabs the page does not open on: the strategy's layout (splits, the directory table or
//! regional traffic), the records moved when a shard is added, and the scorecard.
//!
//! They are a part of their own ([`dsim_ui::part`]): their views, the scorecards behind them
//! and the sentences they show arrive the first time one of them is opened. The sim reaches
//! them only through [`TabsPart`], built by the constructor the split point [`tabs_code`]
//! returns.

use std::cell::Cell;

use dsim_core::sharding::{Scorecard, ShardingSim};
use dsim_ui::part::{self, Part, PartFailed};
use dsim_ui::{Cx, View};
use yew::Html;

use crate::view::tabs;
use crate::{Msg, ShardingStrategies};

/// The tab keys that belong to this part.
pub const KEYS: [&str; 3] = ["layout", "moves", "score"];

/// Whether the tab `key` is one of this part's.
pub fn owns(key: &str) -> bool {
    KEYS.contains(&key)
}

/// What the sim asks of the later tabs.
pub trait TabsPart {
    /// The body of the tab `key` (one of [`KEYS`]).
    fn view(&self, key: &str, s: &ShardingStrategies, v: &View<ShardingStrategies>) -> Html;
    /// Does one operation the sim passed on, against the model as it is now.
    fn run(&mut self, op: TabsOp, sim: &ShardingSim);
}

/// What the sim passes on to the later tabs (queued while their code is on the way).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TabsOp {
    /// The layout or the data changed: score the four strategies afresh.
    Rescore,
}

/// Builds the later tabs (they score the model on their first [`TabsOp::Rescore`]).
pub type MakeTabs = fn() -> Box<dyn TabsPart>;

/// The later tabs as the sim holds them.
pub type TabsPanel = Part<dyn TabsPart, TabsOp>;

thread_local! {
    static CODE: Cell<Option<MakeTabs>> = const { Cell::new(None) };
}

fn make() -> Box<dyn TabsPart> {
    Box::new(LaterTabs { cards: Vec::new() })
}

/// The split point: everything only [`make`] reaches lands in the part's own module.
#[part::split(sim_sharding_strategies__tabs, fallible, wasm_split_path = dsim_ui::part::split_rt)]
fn tabs_code() -> Result<MakeTabs, PartFailed> {
    Ok(make)
}

/// The later tabs: at once if their code is here, else on their way (the sim then gets
/// [`Msg::TabsCode`]).
pub fn start(cx: &Cx<ShardingStrategies>) -> TabsPanel {
    part::start(&CODE, |f| f(), tabs_code, Msg::TabsCode, cx)
}

/// The later tabs' own state: the scorecards of the model as it was last scored.
struct LaterTabs {
    cards: Vec<Scorecard>,
}

impl TabsPart for LaterTabs {
    fn view(&self, key: &str, s: &ShardingStrategies, v: &View<ShardingStrategies>) -> Html {
        match key {
            "moves" => tabs::moves(s, &self.cards),
            "score" => tabs::score(s, &self.cards, v),
            _ => tabs::layout(s, v),
        }
    }

    fn run(&mut self, op: TabsOp, sim: &ShardingSim) {
        match op {
            TabsOp::Rescore => self.cards = sim.scorecards(),
        }
    }
}
