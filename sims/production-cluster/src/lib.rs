//! The production cluster MicroSim: the chapter's closing architecture in one picture, six
//! shards in two regions, each a quorum group with read replicas, etcd electing leaders, users'
//! requests flowing, and faults to inject while a claim checker says which of the chapter's
//! claims still hold.

dsim_ui::sim_crate!(ProductionCluster);

mod draw;
pub mod layout;
pub mod settings;
pub mod text;
mod tours;
mod view;

use dsim_core::cluster::{ClusterEvent, ClusterSim};
use dsim_ui::params::CommonParams;
use dsim_ui::{Cx, Live, Sim, View};
use yew::prelude::*;

/// Model time one → step lets pass.
pub const STEP_MS: u64 = 1_000;

/// Messages of [`ProductionCluster`].
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// An event for the cluster.
    Event(ClusterEvent),
    /// The shard the shard buttons act on.
    Shard(usize),
}

/// The sim: the shared cluster and the chosen shard.
pub struct ProductionCluster {
    live: Live<ClusterSim>,
    shard: usize,
}

impl ProductionCluster {
    fn fresh(&self, seed: u64) -> ClusterSim {
        let sim = self.live.borrow();
        ClusterSim::new(sim.routing(), sim.rate(), seed)
    }
}

impl Sim for ProductionCluster {
    dsim_ui::sim_items! {
        scene: Live<ClusterSim>,
        tours: [tours::failover, tours::claims],
        autoplay: true,
        render_every_ms: 250.0,
    }

    fn new(settings: &Settings, cx: &mut Cx<Self>) -> Self {
        let sim = ClusterSim::new(settings.routing, settings.rate, settings.common.seed);
        cx.narrate(text::start(&sim));
        ProductionCluster {
            live: Live::new(sim, cx.playing()),
            shard: settings.shard.min(dsim_core::cluster::SHARDS - 1),
        }
    }

    fn update(&mut self, msg: Msg, cx: &mut Cx<Self>) -> bool {
        match msg {
            Msg::Event(e) => {
                let said = self.live.borrow_mut().apply(e);
                if let Some(s) = text::narrate(&said, &self.live.borrow()) {
                    cx.narrate(s);
                }
            }
            Msg::Shard(s) => self.shard = s.min(dsim_core::cluster::SHARDS - 1),
        }
        true
    }

    fn reset(&mut self, cx: &mut Cx<Self>) {
        let sim = self.fresh(cx.seed());
        cx.narrate(text::reset(&sim));
        *self.live.borrow_mut() = sim;
    }

    fn advance(&mut self, model_ms: u64, cx: &mut Cx<Self>) -> bool {
        let said = self.live.borrow_mut().advance(model_ms);
        if let Some(s) = text::narrate(&said, &self.live.borrow()) {
            cx.narrate(s);
        }
        self.live.sync(cx);
        true
    }

    fn step(&mut self, cx: &mut Cx<Self>) {
        self.live.pause(cx);
        let said = self.live.borrow_mut().advance(STEP_MS);
        let sim = self.live.borrow();
        let s = text::narrate(&said, &sim);
        cx.narrate(s.unwrap_or_else(|| text::stepped(sim.now_ms())));
    }

    fn view(&self, v: &View<Self>) -> Html {
        view::body(&self.live.borrow(), self.shard, v)
    }

    dsim_ui::live_sim_methods! {
        live, draw: draw::draw, label: text::canvas_label, overlay: view::node_buttons,
        summary: text::state_summary, paused: text::PAUSED,
    }

    fn share_query(&self, common: &CommonParams) -> String {
        let sim = self.live.borrow();
        let params = Params {
            rate: sim.rate(),
            routing: sim.routing(),
            shard: self.shard,
        };
        Settings::query(&params, common)
    }
}
