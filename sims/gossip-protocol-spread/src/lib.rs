//! The gossip protocol spread MicroSim: Node 4 is down and nobody monitors the cluster; the
//! news spreads by gossip, round by round, from the node that noticed first. Students change
//! the fanout, message loss, cluster size (12 to 1,000) and push style, fail and revive nodes,
//! compare runs on a chart against the epidemic model, and run 200 seeded trials. A second
//! panel shows how a node decides that a peer is down: the phi accrual detector beside a
//! fixed timeout.

dsim_ui::sim_crate!(GossipSpread);

mod curves;
mod detector;
mod detector_view;
mod draw;
pub mod layout;
mod phi_view;
pub mod runs;
pub mod settings;
mod spread;
mod spread_view;
pub mod text;
mod tours;
mod view;

use std::rc::Rc;

use dsim_core::gossip::phi::{PhiConfig, PhiEvent};
use dsim_core::gossip::GossipEvent;
use dsim_ui::params::CommonParams;
use dsim_ui::{Cx, Frame, Sim, View};
use yew::prelude::*;

use crate::detector::{PhiOp, PhiPanel};
use crate::spread::SpreadPanel;
use crate::text::gossip as say;
pub use settings::Tab;

/// Messages of [`GossipSpread`] (play, step and reset are the host's).
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A tab was chosen.
    Tab(AttrValue),
    /// "Start Gossip".
    Start,
    /// A setting or a node toggle for the gossip model.
    Set(GossipEvent),
    /// The "Nodes" slider chose this cluster size.
    Nodes(usize),
    /// "Fail a random node".
    FailRandom,
    /// "Revive failed nodes".
    ReviveAll,
    /// "Run 200 trials".
    Trials,
    /// An event for the detector.
    Phi(PhiEvent),
    /// The detector panel's code arrived (its constructor), or did not.
    PhiCode(Result<detector::MakePhi, dsim_ui::part::PartFailed>),
}

/// The gossip protocol spread sim: two panels, one shown at a time. Play, step and reset act
/// on the panel shown, and only its clock runs.
pub struct GossipSpread {
    tab: Tab,
    spread: SpreadPanel,
    /// The detector panel's settings from the link (it is built from them when first shown).
    phi_config: PhiConfig,
    /// The detector panel, from the first time it is shown.
    detector: Option<PhiPanel>,
}

impl GossipSpread {
    /// Shows `tab`: pauses, and plays the detector panel when it is the one shown.
    fn show(&mut self, tab: Tab, cx: &mut Cx<Self>) {
        cx.set_playing(false);
        self.tab = tab;
        match tab {
            Tab::Phi => {
                self.phi(PhiOp::Shown, cx);
                cx.set_playing(true);
            }
            Tab::Gossip => {
                cx.narrate(say::shown(&self.spread.sim));
                self.spread.refresh(None, cx);
            }
        }
    }

    /// The detector panel's model, once the panel is here.
    fn detector_model(&self) -> Option<&dsim_core::gossip::phi::PhiSim> {
        Some(self.detector.as_ref()?.get()?.phi())
    }

    /// Passes `op` on to the detector panel, which is started (its code fetched) the first
    /// time; until its code is here, operations wait in order.
    fn phi(&mut self, op: PhiOp, cx: &mut Cx<Self>) {
        // Started the first time, and again when shown after its code did not arrive.
        let wanted = dsim_ui::part::Part::wanted(self.detector.as_ref());
        if wanted && (op == PhiOp::Shown || self.detector.is_none()) {
            self.detector = Some(detector::start(self.phi_config, cx));
        }
        if let Some(panel) = self.detector.as_mut() {
            panel.apply(op, |p, op| p.run(op, cx));
        }
    }

    /// The detector panel's code arrived (or did not).
    fn phi_arrived(
        &mut self,
        code: Result<detector::MakePhi, dsim_ui::part::PartFailed>,
        cx: &mut Cx<Self>,
    ) {
        let Some(panel) = self.detector.as_mut() else {
            return;
        };
        let queued = panel.arrive(code, detector::build(self.phi_config, cx.seed()));
        if panel.failed() {
            cx.set_playing(false);
        }
        for op in queued {
            self.phi(op, cx);
        }
    }
}

impl Sim for GossipSpread {
    dsim_ui::sim_items! {
        scene: Rc<draw::Scene>,
        tours: [tours::epidemic, tours::detector],
        // The detector panel advances and redraws ten times a second.
        tick_ms: 100,
    }

    fn new(settings: &Settings, cx: &mut Cx<Self>) -> Self {
        let seed = settings.common.seed;
        let spread = SpreadPanel::new(settings.config, seed);
        cx.narrate(say::intro(&spread.sim));
        let mut this = GossipSpread {
            tab: Tab::Gossip,
            spread,
            phi_config: settings.phi,
            detector: None,
        };
        if settings.tab == Tab::Phi {
            this.tab = Tab::Phi;
            this.phi(PhiOp::Shown, cx);
            cx.set_playing(true);
        }
        this
    }

    fn update(&mut self, msg: Msg, cx: &mut Cx<Self>) -> bool {
        match msg {
            Msg::Tab(id) => {
                let tab = Tab::from_id(&id);
                if tab == self.tab {
                    return false;
                }
                self.show(tab, cx);
            }
            Msg::Start => self.spread.start(true, cx),
            Msg::Set(event) => self.spread.apply(event, cx),
            Msg::Nodes(n) => return self.spread.set_nodes(n, cx),
            Msg::FailRandom => return self.spread.fail_random(cx),
            Msg::ReviveAll => return self.spread.revive_all(cx),
            Msg::Trials => self.spread.run_trials(cx),
            Msg::Phi(event) => self.phi(PhiOp::Event(event), cx),
            Msg::PhiCode(code) => self.phi_arrived(code, cx),
        }
        true
    }

    fn reset(&mut self, cx: &mut Cx<Self>) {
        match self.tab {
            Tab::Gossip => self.spread.reset(cx),
            Tab::Phi => self.phi(PhiOp::Event(PhiEvent::Reset), cx),
        }
    }

    fn advance(&mut self, model_ms: u64, cx: &mut Cx<Self>) -> bool {
        match self.tab {
            Tab::Gossip => self.spread.advance(model_ms, cx),
            Tab::Phi => {
                self.phi(PhiOp::Advance(model_ms), cx);
                true
            }
        }
    }

    fn played(&mut self, playing: bool, cx: &mut Cx<Self>) {
        match self.tab {
            Tab::Gossip => self.spread.played(playing, cx),
            Tab::Phi => self.phi(PhiOp::Played(playing), cx),
        }
    }

    fn step(&mut self, cx: &mut Cx<Self>) {
        match self.tab {
            Tab::Gossip => self.spread.step(cx),
            Tab::Phi => self.phi(PhiOp::Step, cx),
        }
    }

    fn view(&self, v: &View<Self>) -> Html {
        view::body(self.tab, &self.spread, self.detector.as_ref(), v)
    }

    fn scene(&self, _v: &View<Self>) -> Rc<draw::Scene> {
        self.spread.scene.clone()
    }

    fn draw(frame: &Frame, scene: &Rc<draw::Scene>) -> bool {
        draw::draw(frame, scene)
    }

    fn canvas_label(&self) -> String {
        say::grid_label(&self.spread.sim, self.spread.failed_nodes().len())
    }

    fn overlay(&self, v: &View<Self>) -> Html {
        spread_view::node_buttons(&self.spread, v)
    }

    fn click(&mut self, x: f64, y: f64, cx: &mut Cx<Self>) -> bool {
        self.tab == Tab::Gossip && self.spread.click(x, y, cx)
    }

    fn state_summary(&self) -> String {
        match self.tab {
            Tab::Gossip => say::summary(&self.spread.sim),
            Tab::Phi => match self.detector.as_ref().and_then(|d| d.get()) {
                Some(panel) => panel.summary(),
                None => text::phi::summary(&self.phi_config, true),
            },
        }
    }

    fn share_query(&self, common: &CommonParams) -> String {
        let params = Params {
            config: self.spread.sim.config(),
            tab: self.tab,
            phi: self
                .detector
                .as_ref()
                .and_then(|d| d.get())
                .map_or(self.phi_config, |p| p.phi().config()),
        };
        Settings::query(&params, common)
    }
}
