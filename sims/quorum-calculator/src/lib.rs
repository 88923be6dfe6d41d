//! The quorum calculator MicroSim: choose N, W and R, simulate writes and reads on a row of
//! replicas, and see when a read is guaranteed to overlap the last write (W + R > N) and when
//! it can return stale data, and the cases that condition does not cover (reads during a write,
//! failed writes, sloppy quorums, last-write-wins).

dsim_ui::sim_crate!(QuorumCalculator);

mod draw;
pub mod layout;
pub mod settings;
pub mod text;
mod tours;
mod view;

use dsim_core::quorum::{QuorumEvent, QuorumOutcome, QuorumSim};
use dsim_ui::params::CommonParams;
use dsim_ui::{Cx, Every, Frame, Sim, View};
use yew::prelude::*;

/// Messages of [`QuorumCalculator`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Msg {
    /// An event for the model.
    Event(QuorumEvent),
}

/// How much model time each operation of the demonstration (Space) stays on screen, in ms.
const DEMO_MS: u64 = 2_500;

/// The quorum calculator: the model, the operation being animated, and the demonstration that
/// Space runs (a write, then a read of it, again and again).
pub struct QuorumCalculator {
    sim: QuorumSim,
    anim: Option<draw::Animation>,
    /// Whether the demonstration's next operation is a read (else a write).
    demo_reads_next: bool,
    /// Model time since the demonstration's last operation.
    demo: Every,
    /// What the last event did (the tours check it).
    last: Option<QuorumOutcome>,
}

/// What one frame of the canvas shows.
pub struct Scene {
    sim: QuorumSim,
    anim: Option<draw::Animation>,
    speed: f64,
}

impl QuorumCalculator {
    /// Applies an event, narrates it and starts its animation.
    fn apply(&mut self, event: QuorumEvent, cx: &mut Cx<Self>) {
        let before = self.sim.latest();
        let outcome = self.sim.apply(event);
        let ran = !matches!(outcome, QuorumOutcome::LimitBlocked(..));
        cx.narrate(text::outcome(&outcome, self.sim.config()));
        self.last = Some(outcome);
        let start = cx.now();
        self.anim = match event {
            QuorumEvent::Write | QuorumEvent::Read | QuorumEvent::Limit(_) if ran => {
                Some(draw::Animation {
                    start,
                    stale_write: None,
                })
            }
            QuorumEvent::StaleRead if self.sim.latest() > before => Some(draw::Animation {
                start,
                stale_write: self
                    .sim
                    .last_write()
                    .map(|w| (self.sim.latest(), w.to_vec())),
            }),
            _ => None,
        };
    }

    /// The demonstration's next operation: a write, then a read of it, and so on.
    fn demo_step(&mut self, cx: &mut Cx<Self>) {
        let event = if self.demo_reads_next {
            QuorumEvent::Read
        } else {
            QuorumEvent::Write
        };
        self.demo_reads_next = !self.demo_reads_next;
        self.demo.restart();
        self.apply(event, cx);
    }
}

impl Sim for QuorumCalculator {
    dsim_ui::sim_items! {
        scene: Scene,
        tours: [tours::overlap, tours::stale],
    }

    fn new(settings: &Settings, cx: &mut Cx<Self>) -> Self {
        cx.narrate(text::start(settings.config));
        QuorumCalculator {
            sim: QuorumSim::new(settings.config, settings.common.seed),
            anim: None,
            demo_reads_next: false,
            demo: Every::new(DEMO_MS),
            last: None,
        }
    }

    fn update(&mut self, msg: Msg, cx: &mut Cx<Self>) -> bool {
        let Msg::Event(event) = msg;
        self.apply(event, cx);
        true
    }

    fn reset(&mut self, cx: &mut Cx<Self>) {
        self.demo_reads_next = false;
        self.demo.restart();
        self.apply(QuorumEvent::Reset, cx);
    }

    // A write, then a read, every `DEMO_MS` of model time.
    dsim_ui::demo_sim_methods!(demo, next: demo_step, stopped: msg::t!(DEMO_STOPPED));

    fn view(&self, v: &View<Self>) -> Html {
        view::body(&self.sim, v)
    }

    fn scene(&self, v: &View<Self>) -> Scene {
        Scene {
            sim: self.sim.clone(),
            anim: self.anim.clone(),
            speed: v.speed(),
        }
    }

    fn draw(frame: &Frame, scene: &Scene) -> bool {
        draw::draw(frame, &scene.sim, scene.anim.as_ref(), scene.speed)
    }

    fn canvas_label(&self) -> String {
        text::canvas_label(&self.sim)
    }

    fn overlay(&self, v: &View<Self>) -> Html {
        view::node_buttons(&self.sim, v)
    }

    fn click(&mut self, x: f64, y: f64, cx: &mut Cx<Self>) -> bool {
        let (w, h) = cx.canvas_size();
        let Some(i) = layout::hit(self.sim.config().n, w, h, x, y) else {
            return false;
        };
        let outcome = self.sim.apply(QuorumEvent::ToggleNode(i));
        cx.narrate(text::outcome(&outcome, self.sim.config()));
        self.anim = None;
        true
    }

    fn state_summary(&self) -> String {
        text::state_summary(&self.sim)
    }

    fn share_query(&self, common: &CommonParams) -> String {
        Settings::query(
            &Params {
                config: self.sim.config(),
            },
            common,
        )
    }
}
