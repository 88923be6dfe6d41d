//! The sim's page inside the shell: two tabs (gossip spread, phi accrual detector), the panel
//! shown, and the fixed texts of the screen summary and the help dialog.

use dsim_ui::{Tabs, View};
use yew::prelude::*;

use crate::detector::DetectorPanel;
use crate::spread::SpreadPanel;
use crate::{detector_view, spread_view, GossipSpread, Msg, Tab};

/// The tabs and the panel shown.
pub fn body(
    tab: Tab,
    spread: &SpreadPanel,
    detector: &DetectorPanel,
    v: &View<GossipSpread>,
) -> Html {
    let tabs = vec![
        (
            AttrValue::from(Tab::Gossip.id()),
            AttrValue::from("Gossip spread"),
        ),
        (
            AttrValue::from(Tab::Phi.id()),
            AttrValue::from("Phi accrual detector"),
        ),
    ];
    html! {
        <div class="gossip">
            <Tabs label="Panels" {tabs} selected={AttrValue::from(tab.id())}
                on_select={v.callback(Msg::Tab)} />
            <div class="gossip-panel" role="tabpanel" id={format!("panel-{}", tab.id())}
                aria-labelledby={format!("tab-{}", tab.id())}>
                { match tab {
                    Tab::Gossip => spread_view::body(spread, v),
                    Tab::Phi => detector_view::body(detector, v),
                } }
            </div>
        </div>
    }
}

/// The screen summary's fixed part.
pub fn about() -> Html {
    html! {
        <>
            <p>{ "Two panels. Gossip spread: a grid of nodes, one of which (Node 4) has crashed. Each node shows whether it knows of the crash: a question mark for unaware, an exclamation mark for just informed this round, a check mark for spreading it. A chart below plots the share of informed nodes per round, beside the expected curve." }</p>
            <p>{ "Start Gossip begins the spread, Next Round and Play advance it. Sliders set the fanout (peers per round), the message loss and the number of nodes; a choice sets push or push-pull; each node is a button that fails or revives it; Run 200 trials measures the mean rounds to full spread. The Phi accrual detector panel plots a heartbeat's phi and a fixed timeout over time, with sliders for the phi threshold, the heartbeat jitter and the fixed timeout, and a button that stops the heartbeats." }</p>
        </>
    }
}

/// The sim's part of the help dialog.
pub fn help() -> Html {
    html! {
        <>
            <p>{ "Node 4 has crashed. With no central monitor, the news spreads by gossip: each round every informed node tells a few random peers (the fanout). Gray ? nodes do not know yet, orange ! nodes learned it this round, green ✓ nodes spread it. Large clusters are drawn as small squares: hollow (unaware), orange dot (just informed), solid green (spreading)." }</p>
            <p>{ "Press Start Gossip, then Next Round (or Play). Change the fanout, the message loss, the number of nodes and push or push-pull. Click a node (or Tab to it and press Enter) to fail or revive it. Reset keeps the run as a faint line on the chart; Run 200 trials measures the mean rounds to full spread." }</p>
            <p>{ "The Phi accrual detector tab shows how a node decides that a peer is down: phi rises with the silence since the last heartbeat, measured against the heartbeats' own jitter." }</p>
        </>
    }
}
