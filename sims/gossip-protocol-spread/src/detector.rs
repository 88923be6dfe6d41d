//! The detector panel's state and what its controls do: one monitored node, the phi accrual
//! detector and a fixed timeout watching its heartbeats. Logical time moves on the host's
//! model clock while playing; each tick redraws the charts.

use std::rc::Rc;

use dsim_core::gossip::phi::{PhiConfig, PhiEvent, PhiSim};
use dsim_ui::Cx;

use crate::phi_view::PhiScene;
use crate::text::phi as say;
use crate::GossipSpread;

/// The model time "Advance 1 s" moves on, in ms.
const STEP_MS: u64 = 1000;

type C<'a, 'b> = &'a mut Cx<'b, GossipSpread>;

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
