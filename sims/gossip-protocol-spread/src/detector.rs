//! The detector panel's state and what its controls do: one monitored node, the phi accrual
//! detector and a fixed timeout watching its heartbeats. Logical time moves on the host's
//! model clock while playing; each tick redraws the charts.
//!
//! The panel is a part of its own ([`dsim_ui::part`]): its model, drawing, view and sentences
//! arrive when the tab is first shown. The sim reaches it only through [`PhiPart`], built by
//! the constructor the split point [`phi_code`] returns.

use std::cell::Cell;
use std::rc::Rc;

use dsim_core::gossip::phi::{PhiConfig, PhiEvent, PhiSim};
use dsim_ui::part::{self, Part, PartFailed};
use dsim_ui::{Cx, View};
use yew::Html;

use crate::phi_view::PhiScene;
use crate::text::phi as say;
use crate::{GossipSpread, Msg};

/// The model time "Advance 1 s" moves on, in ms.
const STEP_MS: u64 = 1000;

type C<'a, 'b> = &'a mut Cx<'b, GossipSpread>;

/// What the sim asks of the detector panel.
pub trait PhiPart {
    /// The model.
    fn phi(&self) -> &PhiSim;
    /// The narration when the panel is shown.
    fn intro(&self) -> String;
    /// The panel's stage and controls.
    fn view(&self, v: &View<GossipSpread>) -> Html;
    /// The panel's state in a sentence, for the screen summary.
    fn summary(&self) -> String;
    /// Does one operation the sim passed on.
    fn run(&mut self, op: PhiOp, cx: C);
}

/// What the sim passes on to the panel (queued while its code is on the way).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PhiOp {
    /// The tab was shown: narrate the introduction.
    Shown,
    /// The clock ticked while playing.
    Advance(u64),
    /// "Advance 1 s" or →.
    Step,
    /// Play or Pause.
    Played(bool),
    /// A setting, Stop or Restart heartbeats, or Reset.
    Event(PhiEvent),
}

/// Builds the panel from the link's settings and the seed.
pub type MakePhi = fn(PhiConfig, u64) -> Box<dyn PhiPart>;

/// The panel as the sim holds it.
pub type PhiPanel = Part<dyn PhiPart, PhiOp>;

thread_local! {
    static CODE: Cell<Option<MakePhi>> = const { Cell::new(None) };
}

fn make(config: PhiConfig, seed: u64) -> Box<dyn PhiPart> {
    Box::new(DetectorPanel::new(config, seed))
}

/// The split point: everything only [`make`] reaches lands in the panel's own module.
#[part::split(sim_gossip_protocol_spread__phi, fallible, wasm_split_path = dsim_ui::part::split_rt)]
fn phi_code() -> Result<MakePhi, PartFailed> {
    Ok(make)
}

/// The panel for a sim with these settings: at once if its code is here, else on its way
/// (the sim then gets [`Msg::PhiCode`]).
pub fn start(config: PhiConfig, cx: &Cx<GossipSpread>) -> PhiPanel {
    part::start(&CODE, build(config, cx.seed()), phi_code, Msg::PhiCode, cx)
}

/// How the panel is built from its constructor, at once or when its code arrives.
pub fn build(config: PhiConfig, seed: u64) -> impl FnOnce(MakePhi) -> Box<dyn PhiPart> {
    move |make| make(config, seed)
}

impl PhiPart for DetectorPanel {
    fn phi(&self) -> &PhiSim {
        &self.phi
    }
    fn intro(&self) -> String {
        DetectorPanel::intro(self)
    }
    fn view(&self, v: &View<GossipSpread>) -> Html {
        crate::detector_view::body(self, v)
    }
    fn summary(&self) -> String {
        say::summary(&self.phi.config(), self.phi.is_alive())
    }
    fn run(&mut self, op: PhiOp, cx: C) {
        match op {
            PhiOp::Shown => cx.narrate(DetectorPanel::intro(self)),
            PhiOp::Advance(ms) => {
                self.advance(ms, cx);
            }
            PhiOp::Step => self.step(cx),
            PhiOp::Played(playing) => self.played(playing, cx),
            PhiOp::Event(event) => self.apply(event, cx),
        }
    }
}

/// The detector panel: the model and the charts drawn from it.
pub struct DetectorPanel {
    /// The model.
    pub phi: PhiSim,
    /// What the charts draw.
    pub scene: Rc<PhiScene>,
}

impl DetectorPanel {
    /// A monitor at time 0 with the link's settings.
    pub fn new(config: PhiConfig, seed: u64) -> Self {
        let phi = PhiSim::new(config, seed);
        DetectorPanel {
            scene: Rc::new(PhiScene::new(&phi)),
            phi,
        }
    }

    /// The narration when the panel is shown.
    pub fn intro(&self) -> String {
        say::intro(self.phi.config().threshold)
    }

    /// Moves logical time on; a detector that changes its mind is narrated. Returns whether
    /// one did.
    fn run(&mut self, model_ms: u64, cx: C) -> bool {
        let changes = self.phi.advance(model_ms);
        if !changes.is_empty() {
            cx.narrate(say::changes(&changes));
        }
        self.scene = Rc::new(PhiScene::new(&self.phi));
        !changes.is_empty()
    }

    /// The clock ticked while playing.
    pub fn advance(&mut self, model_ms: u64, cx: C) -> bool {
        self.run(model_ms, cx);
        true
    }

    /// "Advance 1 s" or →: pauses and moves on one second.
    pub fn step(&mut self, cx: C) {
        cx.set_playing(false);
        if !self.run(STEP_MS, cx) {
            cx.narrate(say::one_second_later(&self.phi));
        }
    }

    /// Play or Pause.
    pub fn played(&mut self, playing: bool, cx: C) {
        if playing {
            cx.narrate(say::running());
        } else {
            cx.narrate(say::paused(self.phi.now()));
        }
    }

    /// A setting, Stop or Restart heartbeats, or Reset (which plays again).
    pub fn apply(&mut self, event: PhiEvent, cx: C) {
        cx.narrate(say::outcome(&self.phi.apply(event)));
        if event == PhiEvent::Reset {
            cx.set_playing(true);
        }
        self.scene = Rc::new(PhiScene::new(&self.phi));
    }
}
