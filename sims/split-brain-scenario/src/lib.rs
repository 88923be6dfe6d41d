//! The split-brain MicroSim: partition a three-node cluster, watch a naive monitor promote a
//! second leader, send the two conflicting writes, heal, and resolve the conflict; then see how
//! Raft's majority votes and fencing tokens (or STONITH) keep it from happening at all.

dsim_ui::sim_crate!(SplitBrainScenario);

mod clock;
mod draw;
pub mod layout;
mod modes;
pub mod settings;
pub mod text;
mod tours;
mod view;

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use dsim_core::split_brain::{FailoverMode, Outcome, SplitBrainEvent, SplitBrainSim, LINKS};
use dsim_ui::params::CommonParams;
use dsim_ui::part::{Part, PartFailed};
use dsim_ui::{Cx, Frame, Sim, View};
use yew::prelude::*;

use clock::Live;
use modes::{ModeOp, ModesCode};
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
    /// The Raft and fencing modes' code arrived (its constructor), or did not.
    ModesCode(Result<modes::MakeModes, PartFailed>),
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
    /// The Raft and fencing modes' code, from the first time either mode is chosen.
    modes: Option<ModesCode>,
}

impl SplitBrainScenario {
    /// Whether the model waits for the Raft and fencing modes' code: it is in one of them
    /// and the code is not here (or did not arrive), or operations wait for it in order.
    fn stalled(&self) -> bool {
        match &self.modes {
            Some(Part::Ready(_)) => false,
            Some(Part::Loading(queue)) if !queue.is_empty() => true,
            _ => self.live.borrow().sim.mode() != FailoverMode::Naive,
        }
    }

    /// The model and its animation, unless it waits for its mode's code.
    fn model(&self) -> Option<Ref<'_, Live>> {
        (!self.stalled()).then(|| self.live.borrow())
    }

    /// Starts fetching the Raft and fencing modes' code: the first time, and again if it did not
    /// arrive last time ([`Part::wanted`]).
    fn need_modes(&mut self, cx: &Cx<Self>) {
        if Part::wanted(self.modes.as_ref()) {
            let code = modes::start(cx);
            if let Some(m) = code.get() {
                self.live.borrow_mut().set_modes(m.clone());
            }
            self.modes = Some(code);
        }
    }

    /// Does `op` now, or queues it while the model waits for its mode's code. With nothing
    /// queued, what needs no mode code is done at once: a mode change or Reset (the model starts
    /// over) and a setting for later failovers (STONITH, clock skew), so its control answers
    /// while the code is on its way. Whatever else the student does in a mode whose code did
    /// not arrive is dropped.
    fn act(&mut self, op: ModeOp, cx: &mut Cx<Self>) {
        let needs_no_code = matches!(
            op,
            ModeOp::Reset
                | ModeOp::Event(
                    SplitBrainEvent::SetMode(_)
                        | SplitBrainEvent::Reset
                        | SplitBrainEvent::SetStonith(_)
                        | SplitBrainEvent::SetClockSkewMs(_)
                )
        );
        if let ModeOp::Event(SplitBrainEvent::SetMode(mode)) = op {
            if mode != FailoverMode::Naive {
                self.need_modes(cx);
            }
        }
        let stalled = self.stalled();
        match &mut self.modes {
            Some(Part::Loading(queue)) if stalled && !(needs_no_code && queue.is_empty()) => {
                queue.push(op);
            }
            _ if stalled && !needs_no_code => {}
            _ => self.run(op, cx),
        }
        self.sync(cx);
    }

    /// Does one operation.
    fn run(&mut self, op: ModeOp, cx: &mut Cx<Self>) {
        match op {
            ModeOp::Event(event) => self.apply(event, cx),
            ModeOp::Step => self.skip(cx),
            ModeOp::Reset => self.start_over(cx),
            ModeOp::Advance(ms) => self.move_on(ms, cx),
        }
    }

    /// The Raft and fencing modes' code arrived (or did not): what waited for it is done in
    /// order.
    fn modes_arrived(&mut self, code: Result<modes::MakeModes, PartFailed>, cx: &mut Cx<Self>) {
        let Some(part) = self.modes.as_mut() else {
            return;
        };
        let live = &self.live;
        let queued = part.arrive(code, |make| {
            let m = make();
            live.borrow_mut().set_modes(m.clone());
            Box::new(m)
        });
        for op in queued {
            self.run(op, cx);
        }
        self.sync(cx);
    }

    /// What one action or step did, in words: the modes' own outcomes are told by their code.
    fn say(&self, said: &[Outcome]) -> String {
        let live = self.live.borrow();
        let mode = live.sim.mode();
        text::narrate_with(said, |o| {
            text::common_text(o, mode)
                .or_else(|| live.modes.as_ref().map(|m| m.outcome_text(o)))
                .unwrap_or_default()
        })
    }

    /// Applies a student's action, narrates it, and tidies the manual panel.
    fn apply(&mut self, event: SplitBrainEvent, cx: &mut Cx<Self>) {
        let said = self.live.borrow_mut().apply(event, cx.now());
        cx.narrate(self.say(&said));
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

    /// Tells the animation whether the clock runs: while playing and something is pending
    /// (and the model does not wait for its mode's code).
    fn sync(&mut self, cx: &Cx<Self>) {
        let stalled = self.stalled();
        let mut live = self.live.borrow_mut();
        live.paused = !cx.playing();
        live.running = cx.playing() && live.busy() && !stalled;
    }

    /// Reset: the same settings from the start.
    fn start_over(&mut self, cx: &mut Cx<Self>) {
        self.apply(SplitBrainEvent::Reset, cx);
        let said = text::reset_text(&self.live.borrow().sim);
        cx.narrate(said);
    }

    /// "Skip ahead": on to the next notable moment, or why there is none.
    fn skip(&mut self, cx: &mut Cx<Self>) {
        if self.live.borrow().notable_in().is_some() {
            self.apply(SplitBrainEvent::SkipAhead, cx);
        } else {
            cx.narrate(text::skip_reason());
        }
    }

    /// The clock moved the model on `step` ms.
    fn move_on(&mut self, step: u64, cx: &mut Cx<Self>) {
        let now = cx.now();
        let said = self.live.borrow_mut().advance(step, now);
        if !said.is_empty() {
            cx.narrate(self.say(&said));
        }
        self.sync(cx);
    }

    /// The typed merged value: resolves the conflict with it, or says why it cannot.
    fn apply_merged(&mut self, cx: &mut Cx<Self>) {
        match parse_balance(&self.manual.merged) {
            Ok(balance) => {
                self.act(
                    ModeOp::Event(SplitBrainEvent::ResolveManual(balance.value)),
                    cx,
                );
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
        let sim = SplitBrainSim::without_raft(settings.config, settings.common.seed);
        cx.narrate(text::start_text(&sim));
        let mut s = SplitBrainScenario {
            live: Rc::new(RefCell::new(Live::new(sim, cx.speed()))),
            manual: Manual::default(),
            modes: None,
        };
        if settings.config.mode != FailoverMode::Naive {
            s.need_modes(cx);
        }
        s.sync(cx);
        s
    }

    fn update(&mut self, msg: Msg, cx: &mut Cx<Self>) -> bool {
        match msg {
            Msg::Event(event) => self.act(ModeOp::Event(event), cx),
            Msg::Mode(value) => match FailoverMode::from_param(&value) {
                Some(mode) if mode != self.live.borrow().sim.mode() => {
                    self.act(ModeOp::Event(SplitBrainEvent::SetMode(mode)), cx);
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
            Msg::ModesCode(code) => self.modes_arrived(code, cx),
        }
        true
    }

    fn reset(&mut self, cx: &mut Cx<Self>) {
        self.act(ModeOp::Reset, cx);
    }

    fn clock_running(&self, playing: bool) -> bool {
        playing && self.live.borrow().busy() && !self.stalled()
    }

    fn advance(&mut self, model_ms: u64, cx: &mut Cx<Self>) -> bool {
        // A lagging browser slows the story down rather than skipping its moments: one clock
        // step moves the model at most one tick's worth of time.
        let step = model_ms.min(clock::max_step_ms(Self::INFO.tick_ms, cx.speed()));
        self.act(ModeOp::Advance(step), cx);
        true
    }

    fn played(&mut self, playing: bool, cx: &mut Cx<Self>) {
        cx.narrate(text::pause_text(!playing));
        self.sync(cx);
    }

    fn step(&mut self, cx: &mut Cx<Self>) {
        self.act(ModeOp::Step, cx);
    }

    fn view(&self, v: &View<Self>) -> Html {
        let waiting = match &self.modes {
            Some(code) if self.stalled() => code.placeholder(),
            _ => Html::default(),
        };
        view::body(&self.live.borrow(), &self.manual, waiting, v)
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
        self.act(ModeOp::Event(SplitBrainEvent::ToggleLink(a, b)), cx);
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
