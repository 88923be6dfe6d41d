//! The consistent hash ring MicroSim: physical nodes and their virtual nodes on a 32-bit hash
//! ring drawn as 0°–360°, keys owned by the first virtual node clockwise, Add Node / Remove Node
//! with the keys that migrate animated and counted, a histogram of keys per node that flattens
//! as virtual nodes rise, a side-by-side comparison with `hash(key) % N`, and the owner lookup
//! of any key.

dsim_ui::sim_crate!(ConsistentHashRing);

mod draw;
mod frame;
pub mod layout;
pub mod scene;
pub mod settings;
pub mod text;
mod tours;
mod view;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use dsim_core::hash_ring::{NodeId, RingEvent, RingSim};
use dsim_ui::params::CommonParams;
use dsim_ui::{Cx, Every, Frame, Sim, View};
use yew::prelude::*;

use frame::{FrameStats, RingFrame};
use scene::{KeyCache, Scene};

/// How long the key tour (Space) shows each key, in model milliseconds (real ms at speed 1).
const TOUR_MS: u64 = 1_500;

/// The stops of the "Keys" slider.
pub const KEY_STOPS: [f64; 10] = [
    12.0, 24.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10_000.0,
];

/// Messages of [`ConsistentHashRing`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Msg {
    /// An event for the model.
    Event(RingEvent),
    /// The "Keys" slider chose this many keys.
    Keys(f64),
    /// "Compare with hash mod N" switched.
    Compare(bool),
    /// "Inspect key" moved: 0 is none, i is the i-th key clockwise from 0°.
    Inspect(usize),
}

/// The consistent hash ring: the model, the drawing it precomputes, the inspected key, and
/// when the last migration and lookup started animating.
pub struct ConsistentHashRing {
    settings: Settings,
    sim: RingSim,
    keys: Rc<KeyCache>,
    scene: Rc<Scene>,
    /// Counts scene rebuilds, so the cached drawing layer knows when to repaint.
    version: u64,
    layer: Rc<RefCell<dsim_ui::layer::Layer>>,
    selected: Option<usize>,
    /// Model time since the key tour (Space) last inspected a key.
    tour: Every,
    compare: bool,
    migration_start: Option<f64>,
    lookup_start: Option<f64>,
    /// The theme scale the canvas last drew with (for hit-testing clicks).
    scale: Rc<Cell<f64>>,
    stats: Rc<FrameStats>,
}

impl ConsistentHashRing {
    /// A fresh ring from the link's settings.
    fn fresh(settings: &Settings) -> Self {
        let sim = RingSim::new(settings.config, settings.common.seed);
        let keys = Rc::new(KeyCache::new(&sim));
        let scene = Rc::new(Scene::new(&sim, keys.clone(), None));
        ConsistentHashRing {
            settings: settings.clone(),
            compare: settings.compare,
            sim,
            keys,
            scene,
            version: 0,
            layer: Rc::new(RefCell::new(dsim_ui::layer::Layer::new())),
            selected: None,
            tour: Every::new(TOUR_MS),
            migration_start: None,
            lookup_start: None,
            scale: Rc::new(Cell::new(1.0)),
            stats: Rc::new(FrameStats::default()),
        }
    }

    fn rebuild(&mut self) {
        if self.keys.len() != self.sim.keys().len() {
            self.keys = Rc::new(KeyCache::new(&self.sim));
        }
        if self.selected.is_some_and(|k| k >= self.sim.keys().len()) {
            self.selected = None;
        }
        self.scene = Rc::new(Scene::new(&self.sim, self.keys.clone(), self.selected));
        self.version += 1;
    }

    /// Applies an event and narrates it; a join or leave starts the migration animation and
    /// says where the inspected key now lives.
    fn apply(&mut self, event: RingEvent, cx: &mut Cx<Self>) {
        let outcome = self.sim.apply(event);
        let mut narration = text::outcome(&outcome);
        let membership = outcome.migration().is_some();
        self.migration_start = membership.then(|| cx.now());
        if let Some(k) = self.selected.filter(|_| membership) {
            if let Some(l) = self.sim.lookup(k) {
                narration = text::with_inspected(&narration, &l);
            }
        }
        cx.narrate(narration);
        self.rebuild();
    }

    fn inspect(&mut self, key: Option<usize>, cx: &mut Cx<Self>) {
        self.selected = key;
        self.lookup_start = Some(cx.now());
        cx.narrate(match key.and_then(|k| self.sim.lookup(k)) {
            Some(l) => text::lookup(&l),
            None => text::no_key_inspected(),
        });
        self.rebuild();
    }

    /// Inspects the key after the inspected one, clockwise from 0° (the first after the last).
    fn next_key(&mut self, cx: &mut Cx<Self>) {
        self.tour.restart();
        let rank = self
            .selected
            .and_then(|k| self.keys.rank.get(k))
            .map_or(0, |&r| r as usize + 1);
        let next = if rank >= self.keys.clockwise.len() {
            0
        } else {
            rank
        };
        let key = self.keys.clockwise.get(next).map(|&k| k as usize);
        self.inspect(key, cx);
    }

    /// Keys per node, in joining order.
    fn counts(&self) -> Vec<(NodeId, usize)> {
        self.scene.nodes.iter().map(|n| (n.id, n.keys)).collect()
    }
}

impl Sim for ConsistentHashRing {
    dsim_ui::sim_items! {
        scene: RingFrame,
        tours: [tours::moves, tours::vnodes],
    }

    fn new(settings: &Settings, cx: &mut Cx<Self>) -> Self {
        let ring = ConsistentHashRing::fresh(settings);
        cx.narrate(text::start(&ring.sim));
        ring
    }

    fn update(&mut self, msg: Msg, cx: &mut Cx<Self>) -> bool {
        match msg {
            Msg::Event(event) => self.apply(event, cx),
            Msg::Keys(keys) => {
                let outcome = self
                    .sim
                    .apply(RingEvent::SetKeys(keys.round().max(0.0) as usize));
                cx.narrate(text::outcome(&outcome));
                self.migration_start = None;
                self.rebuild();
            }
            Msg::Compare(on) => {
                self.compare = on;
                cx.narrate(text::compare_switched(on, self.sim.last_migration()));
            }
            Msg::Inspect(v) => {
                let key = v
                    .checked_sub(1)
                    .and_then(|r| self.keys.clockwise.get(r))
                    .map(|&k| k as usize);
                self.inspect(key, cx);
            }
        }
        true
    }

    fn reset(&mut self, cx: &mut Cx<Self>) {
        *self = ConsistentHashRing {
            // Keep the cached layer and the frame statistics of the canvas.
            layer: self.layer.clone(),
            scale: self.scale.clone(),
            stats: self.stats.clone(),
            version: self.version + 1,
            ..ConsistentHashRing::fresh(&self.settings)
        };
        cx.narrate(text::reset(&self.sim));
    }

    // The key tour: the next key clockwise every `TOUR_MS` of model time.
    dsim_ui::demo_sim_methods!(tour, next: next_key, stopped: text::tour_stopped());

    fn view(&self, v: &View<Self>) -> Html {
        view::body(self, v)
    }

    fn scene(&self, v: &View<Self>) -> RingFrame {
        RingFrame {
            state: draw::DrawState {
                scene: self.scene.clone(),
                migration_start: self.migration_start,
                lookup_start: self.lookup_start,
                speed: v.speed(),
                version: self.version,
            },
            layer: self.layer.clone(),
            stats: self.stats.clone(),
            scale: self.scale.clone(),
        }
    }

    fn draw(f: &Frame, scene: &RingFrame) -> bool {
        frame::draw(f, scene)
    }

    fn canvas_label(&self) -> String {
        text::canvas_label(&self.sim, &self.counts())
    }

    fn overlay(&self, v: &View<Self>) -> Html {
        view::node_buttons(self, v)
    }

    fn click(&mut self, x: f64, y: f64, cx: &mut Cx<Self>) -> bool {
        let (w, h) = cx.canvas_size();
        let g = layout::geometry(w, h, self.scale.get());
        let count = self.scene.key_count();
        let spots = if count <= layout::LABEL_MAX {
            let degs: Vec<f64> = self.keys.geoms.iter().map(|k| k.deg).collect();
            layout::key_spots(&g, &degs[..count.min(degs.len())], self.keys.label_chars())
        } else {
            Vec::new()
        };
        let keys = self.keys.clone();
        match layout::key_hit(&g, &spots, x, y, |deg| keys.nearest(deg)) {
            Some(k) => {
                self.inspect(Some(k), cx);
                true
            }
            None => false,
        }
    }

    fn state_summary(&self) -> String {
        text::state_summary(&self.sim, &self.scene.load)
    }

    fn share_query(&self, common: &CommonParams) -> String {
        Settings::query(
            &Params {
                config: self.sim.config(),
                compare: self.compare,
                replicas: self.settings.replicas,
            },
            common,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::hash_ring::{MAX_KEYS, MIN_KEYS};
    use dsim_ui::stepped::nearest_stop;

    #[test]
    fn key_stops_cover_the_range_and_round_trip() {
        assert_eq!(KEY_STOPS[0], MIN_KEYS as f64);
        assert_eq!(KEY_STOPS[KEY_STOPS.len() - 1], MAX_KEYS as f64);
        for (i, &k) in KEY_STOPS.iter().enumerate() {
            assert_eq!(nearest_stop(&KEY_STOPS, k), i);
        }
        assert_eq!(nearest_stop(&KEY_STOPS, 300.0), 4);
        assert_eq!(nearest_stop(&KEY_STOPS, 9_000.0), 9);
    }
}
