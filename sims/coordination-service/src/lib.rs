//! The coordination service MicroSim: a ZooKeeper or etcd ensemble and the application
//! processes that use it to elect a leader (the herd recipe against sequential nodes), to hold
//! a lock whose fencing token the storage checks (against a GC pause), and to discover service
//! instances (with the window a crashed one stays listed); crash a majority of servers and
//! everything stops until it heals. A message timeline shows every request.

dsim_ui::sim_crate!(CoordinationService);

mod actions;
mod draw;
pub mod layout;
pub mod settings;
pub mod text;
mod tours;
mod view;

use dsim_core::coordination::{
    CoordConfig, CoordEvent, CoordSim, Endpoint, Recipe, MAX_ADVANCE_MS,
};
use dsim_ui::params::CommonParams;
use dsim_ui::{Cx, Live, Sim, View};
use yew::prelude::*;

/// Messages of [`CoordinationService`].
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// An event for the model as it is.
    Event(CoordEvent),
    /// A new setting: the run starts again with it (same seed).
    Config(CoordConfig),
    /// The GC pause slider, in seconds.
    PauseLen(u64),
    /// One of the scene buttons.
    Action(actions::Action),
    /// A server or client button: crash it, or restart it.
    Toggle(Endpoint),
}

/// The sim: the shared model, the GC pause length, and the notifications per failover
/// measured for each recipe (kept across runs, to compare them).
pub struct CoordinationService {
    live: Live<CoordSim>,
    pause_s: u64,
    per_recipe: [Option<u32>; 2],
}

impl CoordinationService {
    /// Narrates what happened, if anything notable did.
    fn tell(&self, hs: &[dsim_core::coordination::Happening], cx: &mut Cx<Self>) {
        let f = self.live.borrow().config().flavour;
        if let Some(s) = text::narrate(hs, f) {
            cx.narrate(s);
        }
    }

    /// Applies events in order and narrates the outcome (or why nothing changed).
    fn apply_all(&mut self, events: &[CoordEvent], cx: &mut Cx<Self>) {
        let mut said = Vec::new();
        let mut refused = None;
        for &e in events {
            match self.live.borrow_mut().apply(e) {
                Ok(hs) => said.extend(hs),
                Err(r) => refused = Some(r),
            }
        }
        match (said.is_empty(), refused) {
            (true, Some(r)) => cx.narrate(text::refusal(r)),
            _ => self.tell(&said, cx),
        }
    }

    /// Starts a fresh run with `config`, remembering the last one's failover cost.
    fn restart(&mut self, config: CoordConfig, cx: &mut Cx<Self>) {
        self.remember();
        let sim = CoordSim::new(config, cx.seed());
        cx.narrate(text::start(&sim.config()));
        *self.live.borrow_mut() = sim;
    }

    /// Keeps the current run's notifications per failover under its recipe.
    fn remember(&mut self) {
        let live = self.live.borrow();
        let c = live.config();
        if let Some(n) = actions::failover_notifications(&live) {
            let slot = usize::from(c.recipe == Recipe::Sequential);
            self.per_recipe[slot] = Some(n);
        }
    }
}

impl Sim for CoordinationService {
    dsim_ui::sim_items! {
        scene: Live<CoordSim>,
        tours: [tours::election, tours::fencing],
        autoplay: true,
        render_every_ms: 120.0,
    }

    fn new(settings: &Settings, cx: &mut Cx<Self>) -> Self {
        let sim = CoordSim::new(settings.config, settings.common.seed);
        cx.narrate(text::start(&sim.config()));
        let live = Live::new(sim, cx.playing());
        CoordinationService {
            live,
            pause_s: settings.pause_s,
            per_recipe: [None; 2],
        }
    }

    fn update(&mut self, msg: Msg, cx: &mut Cx<Self>) -> bool {
        match msg {
            Msg::Event(e) => self.apply_all(&[e], cx),
            Msg::Config(c) => self.restart(c.clamped(), cx),
            Msg::PauseLen(s) => {
                self.pause_s = s.clamp(settings::MIN_PAUSE_S, settings::MAX_PAUSE_S)
            }
            Msg::Action(a) => {
                let events = actions::events(a, &self.live.borrow(), self.pause_s);
                self.apply_all(&events, cx);
            }
            Msg::Toggle(e) => {
                let event = actions::toggle(&self.live.borrow(), e);
                self.apply_all(&Vec::from_iter(event), cx);
            }
        }
        true
    }

    fn reset(&mut self, cx: &mut Cx<Self>) {
        let c = self.live.borrow().config();
        self.restart(c, cx);
        cx.narrate(text::reset(&c));
    }

    fn advance(&mut self, model_ms: u64, cx: &mut Cx<Self>) -> bool {
        let hs = self.live.borrow_mut().advance(model_ms.min(MAX_ADVANCE_MS));
        self.tell(&hs, cx);
        self.live.sync(cx);
        true
    }

    fn step(&mut self, cx: &mut Cx<Self>) {
        self.live.pause(cx);
        let next = self.live.borrow().next_event_in_ms();
        if next.is_none() {
            cx.narrate(text::nothing_scheduled());
            return;
        }
        let hs = self.live.borrow_mut().step();
        let f = self.live.borrow().config().flavour;
        let now = self.live.borrow().now_ms();
        cx.narrate(text::narrate(&hs, f).unwrap_or_else(|| text::stepped(now)));
    }

    fn view(&self, v: &View<Self>) -> Html {
        view::body(&self.live.borrow(), self.pause_s, self.per_recipe, v)
    }

    dsim_ui::live_sim_methods! {
        live, draw: draw::draw, label: text::canvas_label, overlay: view::node_buttons,
        summary: text::state_summary, paused: text::PAUSED,
    }

    fn share_query(&self, common: &CommonParams) -> String {
        let params = Params {
            config: self.live.borrow().config(),
            pause_s: self.pause_s,
        };
        Settings::query(&params, common)
    }
}
