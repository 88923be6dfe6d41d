//! The leader election MicroSim: Raft and Bully side by side on the same cluster, seed and
//! scenario. Crash nodes, cut links, split the network 3–2 or 2–2–1, make the highest node's
//! network flap, fire every timeout at once, drop messages; compare time to elect, messages,
//! leaders at once and elections started.

dsim_ui::sim_crate!(LeaderElection);

mod draw;
pub mod layout;
pub mod settings;
pub mod text;
mod tours;
mod view;

use dsim_core::election::{Algorithm, ElectionConfig, ElectionEvent, ElectionLab, Happening};
use dsim_ui::params::CommonParams;
use dsim_ui::{Cx, Live, Sim, View};
use yew::prelude::*;

/// Model time runs this many times slower than the clock, so a 150 ms election timeout
/// takes 1.5 s on screen.
pub const SLOWDOWN: u64 = 10;

/// Messages of [`LeaderElection`].
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// An event for both runs.
    Event(ElectionEvent),
    /// Drops one message of one run (a click on it).
    Drop(Algorithm, u64),
    /// Drops the next message to arrive in each run.
    DropNext,
    /// New settings: both runs start again with them (same seed).
    Config(ElectionConfig),
    /// The node the keyboard controls act on.
    Select(usize),
    /// The other end of the link the keyboard toggles.
    Peer(usize),
}

/// The sim: the shared runs, the clock's carried remainder and the keyboard selection.
pub struct LeaderElection {
    live: Live<ElectionLab>,
    carry: u64,
    selected: usize,
    peer: usize,
}

impl LeaderElection {
    fn tell(&self, hs: &[Vec<Happening>; 2], cx: &mut Cx<Self>) {
        if let Some(s) = text::narrate(hs, &self.live.borrow()) {
            cx.narrate(s);
        }
    }

    fn restart(&mut self, config: ElectionConfig, cx: &mut Cx<Self>) {
        let lab = ElectionLab::new(config.clamped(), cx.seed());
        cx.narrate(text::start(&lab.raft.config()));
        *self.live.borrow_mut() = lab;
        self.carry = 0;
        let n = config.clamped().nodes;
        self.selected = self.selected.min(n - 1);
        self.peer = self.peer.min(n - 1);
    }

    fn drop_next(&mut self, cx: &mut Cx<Self>) {
        let mut live = self.live.borrow_mut();
        let lab = &mut *live;
        let mut said = [Vec::new(), Vec::new()];
        for (k, run) in [&mut lab.raft, &mut lab.bully].into_iter().enumerate() {
            let next = run
                .messages()
                .iter()
                .min_by_key(|m| (m.arrive_ms, m.id))
                .map(|m| m.id);
            if let Some(id) = next {
                said[k] = run.apply(ElectionEvent::Drop(id));
            }
        }
        drop(live);
        match text::narrate(&said, &self.live.borrow()) {
            Some(s) => cx.narrate(s),
            None => cx.narrate(text::nothing_to_drop()),
        }
    }
}

impl Sim for LeaderElection {
    dsim_ui::sim_items! {
        scene: Live<ElectionLab>,
        tours: [tours::raft_and_bully, tours::split_votes],
        autoplay: true,
        render_every_ms: 150.0,
    }

    fn new(settings: &Settings, cx: &mut Cx<Self>) -> Self {
        let lab = ElectionLab::new(settings.config, settings.common.seed);
        cx.narrate(text::start(&settings.config));
        let live = Live::new(lab, cx.playing());
        LeaderElection {
            live,
            carry: 0,
            selected: 0,
            peer: 1,
        }
    }

    fn update(&mut self, msg: Msg, cx: &mut Cx<Self>) -> bool {
        match msg {
            Msg::Event(e) => {
                let said = self.live.borrow_mut().apply(e);
                match text::narrate(&said, &self.live.borrow()) {
                    Some(s) => cx.narrate(s),
                    None => cx.narrate(text::event_done(e)),
                }
            }
            Msg::Drop(a, id) => {
                let mut live = self.live.borrow_mut();
                let run = match a {
                    Algorithm::Raft => &mut live.raft,
                    Algorithm::Bully => &mut live.bully,
                };
                let said = run.apply(ElectionEvent::Drop(id));
                drop(live);
                let mut both = [Vec::new(), Vec::new()];
                both[usize::from(a == Algorithm::Bully)] = said;
                self.tell(&both, cx);
            }
            Msg::DropNext => self.drop_next(cx),
            Msg::Config(c) => self.restart(c, cx),
            Msg::Select(i) => self.selected = i,
            Msg::Peer(i) => self.peer = i,
        }
        true
    }

    fn reset(&mut self, cx: &mut Cx<Self>) {
        let c = self.live.borrow().raft.config();
        self.restart(c, cx);
        cx.narrate(format!("{} {}", text::reset(), text::start(&c)));
    }

    fn advance(&mut self, model_ms: u64, cx: &mut Cx<Self>) -> bool {
        self.carry += model_ms;
        let ms = self.carry / SLOWDOWN;
        self.carry %= SLOWDOWN;
        let said = self.live.borrow_mut().advance(ms);
        self.tell(&said, cx);
        self.live.sync(cx);
        true
    }

    fn step(&mut self, cx: &mut Cx<Self>) {
        self.live.pause(cx);
        let said = self.live.borrow_mut().step();
        let now = self.live.borrow().raft.now_ms();
        let s = text::narrate(&said, &self.live.borrow());
        cx.narrate(s.unwrap_or_else(|| text::stepped(now)));
    }

    fn view(&self, v: &View<Self>) -> Html {
        view::body(&self.live.borrow(), self.selected, self.peer, v)
    }

    fn click(&mut self, x: f64, y: f64, cx: &mut Cx<Self>) -> bool {
        let (w, h) = cx.canvas_size();
        let hit = draw::message_near(&self.live.borrow(), w, h, (x, y));
        match hit {
            Some((a, id)) => self.update(Msg::Drop(a, id), cx),
            None => false,
        }
    }

    dsim_ui::live_sim_methods! {
        live, draw: draw::draw, label: text::canvas_label, overlay: view::node_buttons,
        summary: text::state_summary, paused: text::PAUSED,
    }

    fn share_query(&self, common: &CommonParams) -> String {
        let params = Params {
            config: self.live.borrow().raft.config(),
        };
        Settings::query(&params, common)
    }
}
