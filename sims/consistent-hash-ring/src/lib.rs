//! The consistent hash ring MicroSim: physical nodes and their virtual nodes on a 32-bit hash
//! ring drawn as 0°–360°, keys owned by the first virtual node clockwise, Add Node / Remove Node
//! with the keys that migrate animated and counted, a histogram of keys per node that flattens
//! as virtual nodes rise, a side-by-side comparison with `hash(key) % N`, and the owner lookup
//! of any key.

mod draw;
pub mod layout;
pub mod scene;
pub mod settings;
pub mod text;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use dsim_core::hash_ring::{Migration, NodeId, RingEvent, RingSim, MAX_VNODES, MIN_VNODES};
use dsim_ui::format::thousands;
use dsim_ui::{env, ActionButton, Frame, SimCanvas, SimShell, Slider, Switch, Theme};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use scene::{KeyCache, Scene};
pub use settings::Settings;

/// The sim's id, as in its URL and folder name.
pub const ID: &str = "consistent-hash-ring";

/// How long the key tour (Space) shows each key at speed 1, in milliseconds.
const TOUR_MS: f64 = 1_500.0;

/// The positions of the "Keys" slider.
pub const KEY_STEPS: [usize; 10] = [12, 24, 50, 100, 200, 500, 1000, 2000, 5000, 10_000];

/// The "Keys" slider position nearest (on a log scale) to a key count.
pub fn key_step(keys: usize) -> usize {
    let target = (keys.max(1) as f64).ln();
    (0..KEY_STEPS.len())
        .min_by(|&a, &b| {
            let da = ((KEY_STEPS[a] as f64).ln() - target).abs();
            let db = ((KEY_STEPS[b] as f64).ln() - target).abs();
            da.total_cmp(&db)
        })
        .unwrap_or(0)
}

/// The component the app mounts on this sim's page.
pub type App = ConsistentHashRing;

/// Messages of [`ConsistentHashRing`].
pub enum Msg {
    /// An event for the model.
    Event(RingEvent),
    /// The "Keys" slider moved to this position of [`KEY_STEPS`].
    KeysStep(usize),
    /// "Compare with hash mod N" switched.
    Compare(bool),
    /// "Inspect key" moved: 0 is none, i is the i-th key clockwise from 0°.
    Inspect(usize),
    /// Back to the settings of the link.
    Reset,
    /// Space: start or stop a tour that inspects one key after another, clockwise.
    Tour,
    /// →: inspect the next key clockwise (stopping the tour).
    NextKey,
    /// The tour's timer fired.
    TourTick,
    /// The canvas was resized.
    Resized(f64, f64),
    /// The canvas was clicked at a point.
    Clicked(f64, f64),
}

/// Time spent drawing frames, written onto the canvas (`data-draw-ms-total`, `data-frames`,
/// `data-draw-ms-max`) so the frame cost can be measured in a browser, with the ring's place
/// (`data-ring`).
#[derive(Debug, Default)]
struct FrameStats {
    total_ms: Cell<f64>,
    max_ms: Cell<f64>,
    frames: Cell<u64>,
}

impl FrameStats {
    fn record(&self, ms: f64, f: &Frame) {
        self.total_ms.set(self.total_ms.get() + ms);
        self.max_ms.set(self.max_ms.get().max(ms));
        self.frames.set(self.frames.get() + 1);
        if let Some(canvas) = f.ctx.canvas() {
            let canvas: HtmlCanvasElement = canvas;
            // Where the ring is (centre, radius, key band), for tests that click on keys.
            let g = layout::geometry(f.width, f.height, f.scale);
            let _ = canvas.set_attribute(
                "data-ring",
                &format!(
                    "{:.1} {:.1} {:.1} {:.1} {:.1}",
                    g.cx, g.cy, g.r, g.band.0, g.band.1
                ),
            );
            let _ =
                canvas.set_attribute("data-draw-ms-total", &format!("{:.3}", self.total_ms.get()));
            let _ = canvas.set_attribute("data-frames", &self.frames.get().to_string());
            let _ = canvas.set_attribute("data-draw-ms-max", &format!("{:.3}", self.max_ms.get()));
            let _ = canvas.set_attribute("data-draw-ms-last", &format!("{ms:.3}"));
        }
    }
}

/// The consistent hash ring component.
pub struct ConsistentHashRing {
    settings: Settings,
    sim: RingSim,
    narration: String,
    keys: Rc<KeyCache>,
    scene: Rc<Scene>,
    /// Counts scene rebuilds, so the cached drawing layer knows when to repaint.
    version: u64,
    layer: Rc<RefCell<dsim_ui::layer::Layer>>,
    selected: Option<usize>,
    /// The key tour (Space): inspects the next key clockwise every [`TOUR_MS`] / speed.
    tour: Option<dsim_ui::Ticker>,
    compare: bool,
    migration_start: Option<f64>,
    lookup_start: Option<f64>,
    size: (f64, f64),
    /// The theme scale the canvas last drew with (for hit-testing clicks).
    scale: Rc<Cell<f64>>,
    stats: Rc<FrameStats>,
    notices: Rc<Vec<String>>,
}

impl ConsistentHashRing {
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

    fn inspect(&mut self, key: Option<usize>) {
        self.selected = key;
        self.lookup_start = Some(env::now());
        self.narration = match key.and_then(|k| self.sim.lookup(k)) {
            Some(l) => text::lookup(&l),
            None => text::NO_KEY_INSPECTED.to_string(),
        };
        self.rebuild();
    }

    fn compare_view(&self) -> Html {
        let body = match self.sim.last_migration() {
            Some(m) => compare_rows(m),
            None => html! {
                <p class="hint">{ "Add or remove a node to compare how many keys each scheme moves." }</p>
            },
        };
        html! {
            if self.compare {
                <div class="compare-rows" role="status" aria-label="Consistent hashing versus hash mod N">
                    { body }
                </div>
            }
        }
    }
}

/// The two bars of the comparison for the last join or leave.
fn compare_rows(m: &Migration) -> Html {
    let (before, after) = (m.mod_n.n_before, m.mod_n.n_after);
    let (small, big) = (before.min(after), before.max(after));
    let row = |name: String, moved: usize, share: f64, class: &'static str| {
        let width = format!("width:{:.1}%", (share * 100.0).clamp(0.0, 100.0));
        html! {
            <div class={classes!("compare-row", class)}>
                <span class="compare-name">{ name }</span>
                <span class="compare-value">{ text::moved_value(moved, m.total_keys, share) }</span>
                <span class="compare-bar" aria-hidden="true"><span class="compare-fill" style={width}></span></span>
            </div>
        }
    };
    html! {
        <>
            { row("Consistent hashing".to_string(), m.moved(), m.share(), "ring") }
            { row(text::mod_n_name(before, after), m.mod_n.moved(), m.mod_n.share(), "modn") }
            <p class="compare-expect">{ text::expected_shares(small, big) }</p>
        </>
    }
}

impl ConsistentHashRing {
    /// Inspects the key after the inspected one, clockwise from 0° (the first after the last).
    fn next_key(&mut self) {
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
        self.inspect(key);
    }
}

impl Component for ConsistentHashRing {
    type Message = Msg;
    type Properties = dsim_ui::SimProps;

    fn create(ctx: &Context<Self>) -> Self {
        let settings = Settings::from_query(&ctx.props().query);
        let sim = RingSim::new(settings.config, settings.common.seed);
        let keys = Rc::new(KeyCache::new(&sim));
        let scene = Rc::new(Scene::new(&sim, keys.clone(), None));
        ConsistentHashRing {
            narration: text::start(&sim),
            notices: Rc::new(settings.notices.clone()),
            compare: settings.compare,
            settings,
            sim,
            keys,
            scene,
            version: 0,
            layer: Rc::new(RefCell::new(dsim_ui::layer::Layer::new())),
            selected: None,
            tour: None,
            migration_start: None,
            lookup_start: None,
            size: (0.0, 0.0),
            scale: Rc::new(Cell::new(1.0)),
            stats: Rc::new(FrameStats::default()),
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        match msg {
            Msg::Event(event) => {
                let outcome = self.sim.apply(event);
                self.narration = text::outcome(&outcome);
                let membership = outcome.migration().is_some();
                self.migration_start = membership.then(env::now);
                if let Some(k) = self.selected.filter(|_| membership) {
                    if let Some(l) = self.sim.lookup(k) {
                        self.narration = text::with_inspected(&self.narration, &l);
                    }
                }
                self.rebuild();
                true
            }
            Msg::KeysStep(i) => {
                let keys = KEY_STEPS[i.min(KEY_STEPS.len() - 1)];
                self.narration = text::outcome(&self.sim.apply(RingEvent::SetKeys(keys)));
                self.migration_start = None;
                self.rebuild();
                true
            }
            Msg::Compare(on) => {
                self.compare = on;
                self.narration = text::compare_switched(on, self.sim.last_migration());
                true
            }
            Msg::Inspect(v) => {
                let key = v
                    .checked_sub(1)
                    .and_then(|r| self.keys.clockwise.get(r))
                    .map(|&k| k as usize);
                self.inspect(key);
                true
            }
            Msg::Tour => {
                if self.tour.take().is_some() {
                    self.narration = text::TOUR_STOPPED.to_string();
                } else {
                    let link = ctx.link().clone();
                    let ms = (TOUR_MS / self.settings.common.speed.max(0.01)).round() as u32;
                    self.tour = Some(dsim_ui::Ticker::new(ms.max(100), move || {
                        link.send_message(Msg::TourTick)
                    }));
                    self.next_key();
                }
                true
            }
            Msg::NextKey => {
                self.tour = None;
                self.next_key();
                true
            }
            Msg::TourTick => {
                self.next_key();
                true
            }
            Msg::Reset => {
                self.tour = None;
                self.sim = RingSim::new(self.settings.config, self.settings.common.seed);
                self.narration = text::reset(&self.sim);
                self.compare = self.settings.compare;
                self.selected = None;
                self.migration_start = None;
                self.lookup_start = None;
                self.rebuild();
                true
            }
            Msg::Resized(w, h) => {
                self.size = (w, h);
                true
            }
            Msg::Clicked(x, y) => {
                let (w, h) = self.size;
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
                        self.inspect(Some(k));
                        true
                    }
                    None => false,
                }
            }
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let c = self.sim.config();
        let ev = |e: RingEvent| link.callback(move |_: ()| Msg::Event(e));

        let draw_cb = {
            let state = draw::DrawState {
                scene: self.scene.clone(),
                migration_start: self.migration_start,
                lookup_start: self.lookup_start,
                speed: self.settings.common.speed,
                version: self.version,
            };
            let layer = self.layer.clone();
            let stats = self.stats.clone();
            let scale = self.scale.clone();
            Callback::from(move |f: Frame| {
                let t0 = env::now();
                let f = Frame {
                    scale: layout::effective_scale(f.width, f.scale),
                    ..f
                };
                scale.set(f.scale);
                let more = draw::draw(&f, &state, &mut layer.borrow_mut());
                stats.record(env::now() - t0, &f);
                more
            })
        };

        let load = &self.scene.load;
        let can_remove = self.sim.can_remove().err();
        let buttons: Vec<NodeButton> = self
            .scene
            .nodes
            .iter()
            .map(|n| NodeButton {
                id: n.id,
                deg: n.deg,
                label: AttrValue::from(text::node_button(
                    n.id,
                    n.keys,
                    c.keys,
                    can_remove.is_none(),
                )),
            })
            .collect();
        let on_remove = link.callback(|id: NodeId| Msg::Event(RingEvent::RemoveNodeById(id)));

        let counts: Vec<(NodeId, usize)> =
            self.scene.nodes.iter().map(|n| (n.id, n.keys)).collect();
        let canvas_label = text::canvas_label(&self.sim, &counts);

        let vnode_slider = html! {
            <Slider id="vnodes" label="Virtual nodes per physical node" min={MIN_VNODES as f64} max={MAX_VNODES as f64}
                value={c.vnodes as f64} display={c.vnodes.to_string()}
                value_text={text::vnodes_value(c.vnodes, self.sim.ring().len())}
                on_change={link.callback(|v: f64| Msg::Event(RingEvent::SetVnodes(v.round() as usize)))} />
        };
        let keys_slider = html! {
            <Slider id="keys" label="Keys" min={0.0} max={(KEY_STEPS.len() - 1) as f64}
                value={key_step(c.keys) as f64} display={thousands(c.keys)}
                value_text={text::keys_value(c.keys)}
                on_change={link.callback(|v: f64| Msg::KeysStep(v.round().max(0.0) as usize))} />
        };
        let lookup = self.selected.and_then(|k| self.sim.lookup(k));
        let (inspect_value, inspect_display, inspect_text) = match &lookup {
            Some(l) => {
                let rank = self.keys.rank.get(l.key).map_or(0, |&r| r as usize + 1);
                (rank, l.name.clone(), text::inspect_value(l, rank, c.keys))
            }
            None => (
                0,
                text::INSPECT_NONE.to_string(),
                text::INSPECT_NONE_VALUE.to_string(),
            ),
        };
        let inspect_slider = html! {
            <Slider id="inspect" label="Inspect key" min={0.0} max={c.keys as f64}
                value={inspect_value as f64} display={inspect_display}
                value_text={inspect_text}
                on_change={link.callback(|v: f64| Msg::Inspect(v.round().max(0.0) as usize))} />
        };

        let lookup_view = match &lookup {
            Some(l) => html! {
                <dl class="lookup-facts">
                    <dt>{ "Key" }</dt><dd>{ l.name.clone() }</dd>
                    <dt>{ "xxh32 hash" }</dt><dd>{ text::hash_fact(l.hash) }</dd>
                    <dt>{ "Position" }</dt><dd>{ text::position_fact(l.degrees) }</dd>
                    <dt>{ "Walk clockwise" }</dt><dd>{ text::walk_fact(l) }</dd>
                    <dt>{ "Owner" }</dt><dd><strong>{ text::node_name(l.owner) }</strong></dd>
                    if self.compare {
                        <dt>{ "hash mod N" }</dt><dd>{ text::mod_n_fact(l) }</dd>
                    }
                </dl>
            },
            None => html! {
                <p class="hint">{ "Click a key on the ring, or use Inspect key, to see its hash and the clockwise walk to its owner." }</p>
            },
        };

        let about = html! {
            <>
                <p>{ "The picture shows the hash ring: a circle of 2³² positions drawn as 0° to 360°. Each physical node (A, B, C…) has a colour; its virtual nodes are ticks on the ring in that colour, and each owns the arc before it. Keys are small dots on the ring in the colour of the node that owns them. A bar chart shows how many keys each node holds." }</p>
                <p>{ "Add Node and Remove Node change the membership; the keys that must move are highlighted and then walk to their new owner. Each node is also a button that removes it. The sliders set the virtual nodes per physical node and the number of keys, and Inspect key steps through the keys to show one key's owner lookup. Compare with hash mod N shows how many keys the same change would move under hash(key) mod N." }</p>
                <p>{ "Space starts a tour that inspects one key after another, clockwise, and stops it; → inspects the next key." }</p>
            </>
        };
        let help = html! {
            <>
                <p>{ "Nodes and keys are hashed (xxh32) onto one ring of 2³² positions, drawn as 0°–360°. A key belongs to the first virtual node clockwise from it; each virtual node is a tick in its node's colour and owns the coloured arc before it." }</p>
                <p>{ "Add Node and Remove Node change the membership: the keys that must move are first highlighted in orange, then walk clockwise to their new owner, and the counter shows how many moved. Click a node (or Tab to it and press Enter) to remove that node. Raise Virtual nodes per physical node and watch the histogram even out. Click a key, or use Inspect key with the arrow keys, to see its owner lookup. Compare with hash mod N shows how many keys the same change would move under hash(key) mod N." }</p>
                <p>{ "Space starts a tour that inspects one key after another, clockwise, and stops it; → inspects the next key." }</p>
            </>
        };

        html! {
            <SimShell sim_id={ID} title="Consistent Hash Ring" narration={self.narration.clone()}
                share_query={Settings::query(c, self.compare, &self.settings.common)} {about}
                state={text::state_summary(&self.sim, &self.scene.load)}
                notices={self.notices.clone()} projector={self.settings.common.projector}
                on_reset={link.callback(|_: ()| Msg::Reset)}
                on_play_pause={Some(link.callback(|_: ()| Msg::Tour))}
                on_step={Some(link.callback(|_: ()| Msg::NextKey))} {help}>
                <div class="stage ring-stage">
                    <SimCanvas draw={draw_cb} label={canvas_label}
                        on_resize={link.callback(|(w, h)| Msg::Resized(w, h))}
                        on_click={link.callback(|(x, y)| Msg::Clicked(x, y))}>
                        <NodeButtons nodes={buttons} size={self.size} {on_remove} />
                    </SimCanvas>
                    <ul class="legend ring-legend" aria-label="Legend">
                        <li title="The ring is the 32-bit hash space: 0° is hash 0, 360° is 2^32 = 4,294,967,296, which wraps back to 0.">
                            <strong>{ "0°–360°" }</strong>{ " = hash 0 … 2³² − 1 (xxh32)" }</li>
                        <li><span class="swatch tick" aria-hidden="true"></span>{ "virtual node" }</li>
                        <li><span class="swatch write">{ "orange" }</span>{ "key that migrates" }</li>
                    </ul>
                    <div class="readouts ring-readouts" role="status" aria-label="Ring readouts">
                        <p class="counter">{ text::counter(&self.sim) }</p>
                        <p class="per-node">{ text::per_node_readout(&counts) }</p>
                        <p>{ text::spread_readout(load) }</p>
                    </div>
                </div>
                <div class="panel ring-panel">
                    <div class="buttons" role="group" aria-label="Membership">
                        <ActionButton label="Add Node" primary=true onclick={ev(RingEvent::AddNode)}
                            disabled_reason={self.sim.can_add().err().map(|r| AttrValue::from(text::refusal(r)))} />
                        <ActionButton label="Remove Node" primary=true onclick={ev(RingEvent::RemoveNode)}
                            disabled_reason={can_remove.map(|r| AttrValue::from(text::refusal(r)))} />
                        <ActionButton label="Reset" onclick={link.callback(|_: ()| Msg::Reset)} />
                    </div>
                    <div class="sliders ring-sliders">
                        { vnode_slider }
                        { keys_slider }
                        { inspect_slider }
                        <div class="ring-switch">
                            <Switch label="Compare with hash mod N" checked={self.compare} on_toggle={link.callback(Msg::Compare)} />
                        </div>
                    </div>
                    { self.compare_view() }
                    <div class="ring-lookup" role="status" aria-label="Key lookup">{ lookup_view }</div>
                </div>
            </SimShell>
        }
    }
}

/// One node's focusable button over the canvas.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeButton {
    /// Which node.
    pub id: NodeId,
    /// Its marker's angle.
    pub deg: f64,
    /// What the button says to a screen reader.
    pub label: AttrValue,
}

/// Properties of [`NodeButtons`].
#[derive(Properties, PartialEq)]
struct NodeButtonsProps {
    nodes: Vec<NodeButton>,
    size: (f64, f64),
    on_remove: Callback<NodeId>,
}

/// Focusable buttons over the node markers; they follow the theme's scale like the drawing.
#[function_component(NodeButtons)]
fn node_buttons(p: &NodeButtonsProps) -> Html {
    let scale = use_context::<Theme>().unwrap_or_default().scale();
    let (w, h) = p.size;
    if w < 1.0 || h < 1.0 {
        return Html::default();
    }
    let g = layout::geometry(w, h, layout::effective_scale(w, scale));
    let degs: Vec<f64> = p.nodes.iter().map(|n| n.deg).collect();
    let spots = layout::node_spots(&g, &degs);
    p.nodes
        .iter()
        .zip(spots)
        .map(|(n, s)| {
            let style = format!(
                "left:{:.1}px;top:{:.1}px;width:{:.1}px;height:{:.1}px",
                s.x - s.r,
                s.y - s.r,
                2.0 * s.r,
                2.0 * s.r
            );
            let id = n.id;
            let cb = p.on_remove.clone();
            let onclick = Callback::from(move |_: MouseEvent| cb.emit(id));
            html! { <button type="button" class="hit" {style} aria-label={n.label.clone()} {onclick}></button> }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::hash_ring::{MAX_KEYS, MIN_KEYS};

    #[test]
    fn key_steps_cover_the_range_and_round_trip() {
        assert_eq!(KEY_STEPS[0], MIN_KEYS);
        assert_eq!(KEY_STEPS[KEY_STEPS.len() - 1], MAX_KEYS);
        for (i, &k) in KEY_STEPS.iter().enumerate() {
            assert_eq!(key_step(k), i);
        }
        assert_eq!(key_step(300), 4);
        assert_eq!(key_step(9_000), 9);
    }
}
