//! The split-brain MicroSim: partition a three-node cluster, watch a naive monitor promote a
//! second leader, send the two conflicting writes, heal, and resolve the conflict; then see how
//! Raft's majority votes and fencing tokens (or STONITH) keep it from happening at all.

dsim_ui::sim_crate!(SplitBrainScenario);

mod clock;
mod draw;
pub mod layout;
pub mod settings;
pub mod text;
mod tours;
mod view;

use std::cell::RefCell;
use std::rc::Rc;

use dsim_core::split_brain::{FailoverMode, SplitBrainEvent, SplitBrainSim, LINKS};
use dsim_ui::params::CommonParams;
use dsim_ui::{Cx, Frame, Sim, View};
use yew::prelude::*;

use clock::Live;
use settings::parse_balance;

/// Messages of [`SplitBrainScenario`].
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A student's action for the model.
    Event(SplitBrainEvent),
    /// The "Failover by" choice changed.
    Mode(AttrValue),
    /// Open or close the manual-resolution choices.
    ToggleManual,
    /// The merged value's text changed.
    MergedInput(String),
    /// Use the merged value typed.
    ApplyMerged,
}

/// The manual-resolution panel: whether it is open and the merged value being typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Manual {
    /// Whether the choices are shown.
    pub open: bool,
    /// The merged value as typed.
    pub merged: String,
    /// Why the typed value was refused, if it was.
    pub error: Option<String>,
    /// A note on the value used (it was clamped), shown with the resolution.
    pub note: Option<String>,
}

/// The split-brain scenario: the model with its animation state (shared with the canvas, which
/// replays the last clock step between renders) and the manual-resolution panel.
pub struct SplitBrainScenario {
    live: Rc<RefCell<Live>>,
    manual: Manual,
}

impl SplitBrainScenario {
    /// Applies a student's action, narrates it, and tidies the manual panel.
    fn apply(&mut self, event: SplitBrainEvent, cx: &mut Cx<Self>) {
        let said = self.live.borrow_mut().apply(event, cx.now());
        cx.narrate(text::narrate(&said, self.live.borrow().sim.mode()));
        match event {
            SplitBrainEvent::Reset | SplitBrainEvent::SetMode(_) => self.manual = Manual::default(),
            SplitBrainEvent::ResolveLastWriteWins | SplitBrainEvent::ResolveManual(_) => {
                self.manual.open = false;
                self.manual.error = None;
            }
            _ => {}
        }
        self.sync(cx);
    }

    /// Tells the animation whether the clock runs: while playing and something is pending.
    fn sync(&mut self, cx: &Cx<Self>) {
        let mut live = self.live.borrow_mut();
        live.paused = !cx.playing();
        live.running = cx.playing() && live.busy();
    }

    /// The typed merged value: resolves the conflict with it, or says why it cannot.
    fn apply_merged(&mut self, cx: &mut Cx<Self>) {
        match parse_balance(&self.manual.merged) {
            Ok(balance) => {
                self.apply(SplitBrainEvent::ResolveManual(balance.value), cx);
                self.manual.note = balance.clamped.then(text::balance_clamped);
            }
            Err(why) => self.manual.error = Some(text::balance_error(why)),
        }
    }
}

impl Sim for SplitBrainScenario {
    dsim_ui::sim_items! {
        scene: Rc<RefCell<Live>>,
        tours: [tours::naive, tours::majority],
        autoplay: true,
        render_every_ms: 95.0,
    }

    fn new(settings: &Settings, cx: &mut Cx<Self>) -> Self {
        let sim = SplitBrainSim::new(settings.config, settings.common.seed);
        cx.narrate(text::start_text(&sim));
        let mut s = SplitBrainScenario {
            live: Rc::new(RefCell::new(Live::new(sim, cx.speed()))),
            manual: Manual::default(),
        };
        s.sync(cx);
        s
    }

    fn update(&mut self, msg: Msg, cx: &mut Cx<Self>) -> bool {
        match msg {
            Msg::Event(event) => self.apply(event, cx),
            Msg::Mode(value) => match FailoverMode::from_param(&value) {
                Some(mode) if mode != self.live.borrow().sim.mode() => {
                    self.apply(SplitBrainEvent::SetMode(mode), cx);
                }
                _ => return false,
            },
            Msg::ToggleManual => {
                if self.live.borrow().sim.can_resolve() {
                    self.manual.open = !self.manual.open;
                }
            }
            Msg::MergedInput(typed) => {
                self.manual.merged = typed;
                self.manual.error = None;
            }
            Msg::ApplyMerged => self.apply_merged(cx),
        }
        true
    }

    fn reset(&mut self, cx: &mut Cx<Self>) {
        self.apply(SplitBrainEvent::Reset, cx);
        let said = text::reset_text(&self.live.borrow().sim);
        cx.narrate(said);
    }

    fn clock_running(&self, playing: bool) -> bool {
        playing && self.live.borrow().busy()
    }

    fn advance(&mut self, model_ms: u64, cx: &mut Cx<Self>) -> bool {
        let now = cx.now();
        // A lagging browser slows the story down rather than skipping its moments: one clock
        // step moves the model at most one tick's worth of time.
        let step = model_ms.min(clock::max_step_ms(Self::INFO.tick_ms, cx.speed()));
        let said = self.live.borrow_mut().advance(step, now);
        if !said.is_empty() {
            cx.narrate(text::narrate(&said, self.live.borrow().sim.mode()));
        }
        self.sync(cx);
        true
    }

    fn played(&mut self, playing: bool, cx: &mut Cx<Self>) {
        cx.narrate(text::pause_text(!playing));
        self.sync(cx);
    }

    fn step(&mut self, cx: &mut Cx<Self>) {
        if self.live.borrow().notable_in().is_some() {
            self.apply(SplitBrainEvent::SkipAhead, cx);
        } else {
            cx.narrate(text::skip_reason());
        }
    }

    fn view(&self, v: &View<Self>) -> Html {
        view::body(&self.live.borrow(), &self.manual, v)
    }

    fn scene(&self, _v: &View<Self>) -> Self::Scene {
        self.live.clone()
    }

    fn draw(frame: &Frame, scene: &Self::Scene) -> bool {
        draw::draw(frame, &scene.borrow())
    }

    fn canvas_label(&self) -> String {
        text::canvas_label(&self.live.borrow().sim)
    }

    fn overlay(&self, v: &View<Self>) -> Html {
        view::link_buttons(&self.live.borrow().sim, v)
    }

    fn click(&mut self, x: f64, y: f64, cx: &mut Cx<Self>) -> bool {
        let (w, h) = cx.canvas_size();
        let hit = layout::layout(w, h, 1.0, false).hit_link(x, y);
        let Some((a, b)) = hit.and_then(|i| LINKS.get(i).copied()) else {
            return false;
        };
        self.apply(SplitBrainEvent::ToggleLink(a, b), cx);
        true
    }

    fn state_summary(&self) -> String {
        let live = self.live.borrow();
        text::screen_state(&live.sim, !live.paused)
    }

    fn share_query(&self, common: &CommonParams) -> String {
        let config = self.live.borrow().sim.config();
        Settings::query(&Params { config }, common)
    }
}
