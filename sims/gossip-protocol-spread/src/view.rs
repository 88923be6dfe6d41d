//! The sim's page inside the shell: two tabs (gossip spread, phi accrual detector), the panel
//! shown, and the fixed texts of the screen summary and the help dialog.

use dsim_ui::{TabPanel, Tabs, View};
use yew::prelude::*;

use crate::detector::PhiPanel;
use crate::msg::t;
use crate::spread::SpreadPanel;
use crate::{spread_view, GossipSpread, Msg, Tab};

/// The tabs and the panel shown.
pub fn body(
    tab: Tab,
    spread: &SpreadPanel,
    detector: Option<&PhiPanel>,
    v: &View<GossipSpread>,
) -> Html {
    let tabs = vec![
        (
            AttrValue::from(Tab::Gossip.id()),
            AttrValue::from(t!(TAB_GOSSIP)),
        ),
        (AttrValue::from(Tab::Phi.id()), AttrValue::from(t!(TAB_PHI))),
    ];
    html! {
        <div class="gossip">
            <Tabs label={t!(TABS_LABEL)} {tabs} selected={AttrValue::from(tab.id())}
                on_select={v.callback(Msg::Tab)} />
            <TabPanel class="gossip-panel" tab={tab.id()}>
                { match tab {
                    Tab::Gossip => spread_view::body(spread, v),
                    Tab::Phi => phi_panel(detector, v),
                } }
            </TabPanel>
        </div>
    }
}

/// The detector panel, or what stands in its place until its code is here.
fn phi_panel(detector: Option<&PhiPanel>, v: &View<GossipSpread>) -> Html {
    detector.map_or_else(Html::default, |panel| panel.show(|p| p.view(v)))
}
