//! The scaling up vs scaling out MicroSim: one growing workload served two ways, a bigger
//! machine (Amdahl's law, a price ladder and a largest machine) or more machines (the
//! Universal Scalability Law, read replicas or shards), month by month, with queueing latency,
//! cost and failures, to find where each lever stops.

dsim_ui::sim_crate!(ScalingUpVsOut);

mod charts;
mod data;
mod picture;
pub mod settings;
pub mod text;
mod tours;
mod view;

use std::rc::Rc;

use dsim_core::scaling::{Outcome, ScalingEvent, ScalingSim, MAX_MONTHS};
use dsim_ui::params::CommonParams;
use dsim_ui::{Cx, Frame, Sim, View};
use yew::prelude::*;

use data::Derived;
use settings::{ChartTab, PanelTab};

/// Model milliseconds per month while playing (1.2 s at speed 1).
const MONTH_MS: u64 = 1_200;

/// Messages of [`ScalingUpVsOut`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Msg {
    /// An event for the model.
    Event(ScalingEvent),
    /// Show another chart.
    Chart(ChartTab),
    /// Show another group of controls.
    Panel(PanelTab),
}

/// The sim: the model, what is derived from it, and the tabs shown.
pub struct ScalingUpVsOut {
    sim: ScalingSim,
    derived: Rc<Derived>,
    chart: ChartTab,
    panel: PanelTab,
    /// Model time since the last month while playing.
    elapsed: u64,
}

impl ScalingUpVsOut {
    /// Applies an event, recomputes what is shown, and narrates it.
    fn apply(&mut self, event: ScalingEvent, cx: &mut Cx<Self>) -> Vec<Outcome> {
        let outcomes = self.sim.apply(event);
        self.derived = Rc::new(Derived::new(&self.sim));
        cx.narrate(text::outcomes(&outcomes, &self.sim, &self.derived));
        outcomes
    }

    fn at_end(&self) -> bool {
        self.sim.month() >= MAX_MONTHS
    }
}

impl Sim for ScalingUpVsOut {
    dsim_ui::sim_items! {
        scene: picture::Picture,
        tours: [tours::levers, tours::workloads],
        tick_ms: 100,
    }

    fn new(settings: &Settings, cx: &mut Cx<Self>) -> Self {
        let sim = ScalingSim::resume(
            settings.config,
            settings.common.seed,
            settings.month,
            settings.levers,
        );
        let derived = Rc::new(Derived::new(&sim));
        cx.narrate(text::start(&sim, &derived));
        ScalingUpVsOut {
            sim,
            derived,
            chart: settings.chart,
            panel: settings.panel,
            elapsed: 0,
        }
    }

    fn update(&mut self, msg: Msg, cx: &mut Cx<Self>) -> bool {
        match msg {
            Msg::Event(e) => {
                self.apply(e, cx);
            }
            Msg::Chart(c) => self.chart = c,
            Msg::Panel(p) => self.panel = p,
        }
        true
    }

    fn reset(&mut self, cx: &mut Cx<Self>) {
        self.elapsed = 0;
        self.apply(ScalingEvent::Reset, cx);
    }

    fn advance(&mut self, model_ms: u64, cx: &mut Cx<Self>) -> bool {
        if self.at_end() {
            cx.set_playing(false);
            cx.narrate(text::end());
            return true;
        }
        self.elapsed += model_ms;
        if self.elapsed < MONTH_MS {
            return false;
        }
        self.elapsed = (self.elapsed - MONTH_MS).min(MONTH_MS);
        self.apply(ScalingEvent::AdvanceMonth, cx);
        true
    }

    fn played(&mut self, playing: bool, cx: &mut Cx<Self>) {
        if playing && self.at_end() {
            cx.set_playing(false);
            cx.narrate(text::end());
        } else if playing {
            self.elapsed = 0;
            cx.narrate(text::playing());
        } else {
            cx.narrate(text::paused(self.sim.month()));
        }
    }

    fn step(&mut self, cx: &mut Cx<Self>) {
        cx.set_playing(false);
        self.apply(ScalingEvent::AdvanceMonth, cx);
    }

    fn view(&self, v: &View<Self>) -> Html {
        view::body(self, v)
    }

    fn scene(&self, _v: &View<Self>) -> picture::Picture {
        picture::Picture::new(&self.sim, &self.derived)
    }

    fn draw(frame: &Frame, scene: &picture::Picture) -> bool {
        picture::draw(frame, scene)
    }

    fn canvas_label(&self) -> String {
        text::canvas_label(&self.sim, &self.derived)
    }

    fn state_summary(&self) -> String {
        text::state_summary(&self.sim, &self.derived)
    }

    fn share_query(&self, common: &CommonParams) -> String {
        let config = self.sim.config();
        let params = Params {
            config,
            month: self.sim.month(),
            levers: (!config.follow).then(|| (self.sim.machine(), self.sim.nodes())),
            chart: self.chart,
            panel: self.panel,
        };
        Settings::query(&params, common)
    }
}
