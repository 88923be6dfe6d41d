//! The sim's page inside the shell: two tabs (gossip spread, phi accrual detector), the panel
//! shown, and the fixed texts of the screen summary and the help dialog.

use dsim_ui::{TabPanel, Tabs, View};
use yew::prelude::*;

use crate::detector::DetectorPanel;
use crate::msg::t;
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
                    Tab::Phi => detector_view::body(detector, v),
                } }
            </TabPanel>
        </div>
    }
}
