//! The sharding strategies MicroSim: one table of users split over 2–8 shards by range, hash,
//! directory or region, with a live workload flowing from a router to the shards, hot spots,
//! point lookups and range scans, the records each strategy moves when a shard is added, and
//! a scorecard backing the chapter's table with measured numbers.

dsim_ui::sim_crate!(ShardingStrategies);

mod draw;
mod later_tabs;
pub mod layout;
pub mod settings;
pub mod text;
mod tours;
mod view;

use std::cell::Cell;
use std::collections::VecDeque;
use std::rc::Rc;

use dsim_core::sharding::{
    LetterRange, Query, QueryOutcome, Region, ShardingEvent, ShardingSim, Strategy, Workload,
    MAX_SHARDS, WINDOW_MS,
};
use dsim_ui::params::CommonParams;
use dsim_ui::{Cx, Frame, PointerInput, PointerKind, Sim, View};
use yew::prelude::*;

use draw::{Dot, DotKind, QueryMark, Scene};
use later_tabs::{TabsOp, TabsPanel};

/// The most request dots kept for drawing.
const MAX_DOTS: usize = 320;

/// Messages of [`ShardingStrategies`].
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// An event for the model.
    Event(ShardingEvent),
    /// A tab was opened.
    Tab(AttrValue),
    /// A range scan was chosen in the menu.
    Scan(usize),
    /// Run the chosen range scan.
    RunScan,
    /// Show this strategy's scorecard.
    ScoreFor(Strategy),
    /// A shard's overlay button was pressed.
    ShardInfo(usize),
    /// The later tabs' code arrived (their constructor), or did not.
    TabsCode(Result<later_tabs::MakeTabs, dsim_ui::part::PartFailed>),
}

/// The sharding strategies sim: the model, the requests in flight, the marks of the last query
/// and the last move, and the state of the panel's tabs.
pub struct ShardingStrategies {
    settings: Settings,
    sim: ShardingSim,
    /// Whether the workload plays (for the screen summary; the host runs the clock).
    playing: bool,
    dots: VecDeque<Dot>,
    query: Option<QueryMark>,
    query_text: String,
    /// Records per shard before the last change of layout, and when it happened.
    before: Option<(Vec<usize>, f64)>,
    /// Records each shard gained and lost in the last move, and when.
    deltas: Option<(Vec<(usize, usize)>, f64)>,
    /// The tabs other than the workload (layout, moves, scorecard), from the first time one
    /// of them is opened.
    later_tabs: Option<TabsPanel>,
    tab: AttrValue,
    scan: usize,
    score_for: Option<Strategy>,
    drag: Option<usize>,
    hover_split: bool,
    /// The theme's scale at the last frame, for the drag handles' geometry.
    scale: Rc<Cell<f64>>,
    /// Counts the model's changes, so the selects show the model even when it refused a pick.
    revision: u64,
    residency: usize,
    /// The load meter, read once after every change of the model.
    meter: text::Meter,
}

/// A fresh model from the settings, with the load meter primed by one window of traffic so the
/// readouts mean something before Play is pressed.
fn fresh(settings: &Settings) -> ShardingSim {
    let mut sim = ShardingSim::new(settings.config, settings.common.seed);
    if sim.traffic() != settings.traffic {
        sim.apply(ShardingEvent::SetTraffic(settings.traffic));
    }
    sim.apply(ShardingEvent::SetWorkload(settings.workload));
    sim.advance(WINDOW_MS);
    sim
}

/// A request dot's small vertical offset (−1 to 1), so dots do not sit on one line.
fn lane(id: u64) -> f64 {
    ((id.wrapping_mul(7_919) % 21) as f64) / 10.0 - 1.0
}

impl ShardingStrategies {
    fn flight_ms(&self) -> f64 {
        (draw::FLIGHT_MS / self.settings.common.speed.max(0.01)).max(90.0)
    }

    fn rescore(&mut self) {
        self.residency = self.sim.residency_violations(self.sim.strategy());
        let Some(part) = self.later_tabs.as_mut() else {
            return;
        };
        // The scorecards depend on the model alone: one queued rescore reads it as it is when
        // the code arrives, so more would only repeat the same work.
        if matches!(part, dsim_ui::part::Part::Loading(queue) if !queue.is_empty()) {
            return;
        }
        let sim = &self.sim;
        part.apply(TabsOp::Rescore, |p, op| p.run(op, sim));
    }

    /// Opens the tab `key`; the later tabs' code is fetched the first time one of them opens (and
    /// again if it did not arrive last time).
    fn open_tab(&mut self, key: AttrValue, cx: &mut Cx<Self>) {
        if later_tabs::owns(&key) && dsim_ui::part::Part::wanted(self.later_tabs.as_ref()) {
            self.later_tabs = Some(later_tabs::start(cx));
            self.rescore();
        }
        self.tab = key;
    }

    /// The later tabs' code arrived (or did not).
    fn tabs_arrived(&mut self, code: Result<later_tabs::MakeTabs, dsim_ui::part::PartFailed>) {
        let Some(part) = self.later_tabs.as_mut() else {
            return;
        };
        let sim = &self.sim;
        for op in part.arrive(code, |make| make()) {
            part.apply(op, |p, op| p.run(op, sim));
        }
    }

    fn push_dot(&mut self, start: f64, target: Option<usize>, id: u64, kind: DotKind) {
        self.dots.push_back(Dot {
            start,
            target,
            lane: lane(id),
            kind,
        });
        while self.dots.len() > MAX_DOTS {
            self.dots.pop_front();
        }
    }

    fn trim_dots(&mut self, now: f64) {
        let keep = self.flight_ms() * 2.0 + 200.0;
        while self.dots.front().is_some_and(|d| d.start + keep < now) {
            self.dots.pop_front();
        }
    }

    /// Applies a model event, narrates it, updates the marks drawn around it and reads the
    /// load meter afresh.
    fn apply(&mut self, event: ShardingEvent, rescore: bool, cx: &mut Cx<Self>) {
        self.apply_event(event, rescore, cx);
        self.meter = text::Meter::read(&self.sim);
    }

    fn apply_event(&mut self, event: ShardingEvent, rescore: bool, cx: &mut Cx<Self>) {
        let counts_before = self.sim.record_counts().to_vec();
        let moves_before = self.sim.last_moves().cloned();
        cx.narrate(text::narrate(&self.sim.apply(event)));
        self.revision += 1;
        let now = cx.now();
        match event {
            ShardingEvent::Query(query) => {
                if let Some(q) = self.sim.last_query().cloned() {
                    self.mark_query(&q, now);
                }
                let scans = text::scans();
                let short = scans.iter().find(|s| s.2 == query).map_or("", |s| s.1);
                self.query_text = text::query_result(&self.sim, short);
                return;
            }
            ShardingEvent::SetRate(_) => return,
            ShardingEvent::SetTraffic(_)
            | ShardingEvent::SetWorkload(_)
            | ShardingEvent::FailDirectory => {}
            _ => {
                if self.query.take().is_some() {
                    self.query_text = text::query_stale();
                }
            }
        }
        if self.sim.window_requests() == 0 {
            // The meter starts afresh after a change of strategy, size or data: prime it.
            self.sim.advance(WINDOW_MS);
        }
        if self.sim.record_counts() != counts_before.as_slice() {
            self.before = Some((counts_before, now));
        }
        match self.sim.last_moves() {
            Some(m) if moves_before.as_ref() != Some(m) => {
                self.deltas = Some((self.gains_and_losses(), now));
            }
            Some(_) => {}
            None => self.deltas = None,
        }
        if matches!(event, ShardingEvent::SetStrategy(_)) {
            self.deltas = None;
        }
        if rescore {
            self.rescore();
        }
    }

    /// Records each shard gained and lost in the last move, under the current strategy.
    fn gains_and_losses(&self) -> Vec<(usize, usize)> {
        let s = self.sim.strategy();
        let mut d = vec![(0usize, 0usize); self.sim.shard_count().max(MAX_SHARDS)];
        for flow in self
            .sim
            .last_moves()
            .map_or(&[][..], |m| &m.flows[s.index()])
        {
            if let Some(x) = d.get_mut(flow.to) {
                x.0 += flow.records;
            }
            if let Some(x) = d.get_mut(flow.from) {
                x.1 += flow.records;
            }
        }
        d
    }

    fn mark_query(&mut self, q: &QueryOutcome, now: f64) {
        let badge = match q.query {
            Query::PointLookup(_) => text::canvas::LOOKUP,
            Query::RangeScan { .. } => text::canvas::SCAN,
        };
        self.query = Some(QueryMark {
            shards: q.shards.clone(),
            failed: q.failed,
            badge,
        });
        if q.failed {
            self.push_dot(now, None, 0, DotKind::Query);
        } else {
            for (k, &s) in q.shards.iter().enumerate() {
                self.push_dot(now, Some(s), 10 + k as u64, DotKind::Query);
            }
        }
    }

    /// The letter → shard map drawn on the strip, when names decide the shard.
    fn letter_shard(&self) -> Option<[usize; 26]> {
        match self.sim.strategy() {
            Strategy::Range => {
                let mut map = [0usize; 26];
                for r in self.sim.ranges() {
                    for l in r.letters.from..=r.letters.to {
                        if let Some(slot) = map.get_mut(l as usize) {
                            *slot = r.shard;
                        }
                    }
                }
                Some(map)
            }
            Strategy::Directory => Some(*self.sim.directory()),
            _ => None,
        }
    }

    /// The geometry of the canvas now, for finding what is under the pointer.
    fn geometry(&self, cx: &Cx<Self>) -> layout::Geometry {
        let (w, h) = cx.canvas_size();
        layout::geometry(self.sim.shard_count(), w, h, self.scale.get())
    }

    /// A press, move or release on the canvas under range sharding: drags a split handle.
    fn drag_split(&mut self, p: PointerInput, cx: &mut Cx<Self>) -> bool {
        let g = self.geometry(cx);
        let splits = self.sim.split_points();
        match p.kind {
            PointerKind::Down => {
                self.drag = g.strip.split_at(&splits, p.x, p.y);
                self.drag.is_some()
            }
            PointerKind::Move => {
                let Some(i) = self.drag else {
                    let hover = g.strip.split_at(&splits, p.x, p.y).is_some();
                    let changed = hover != self.hover_split;
                    self.hover_split = hover;
                    return changed;
                };
                let Some((lo, hi)) = self.sim.split_bounds(i) else {
                    return false;
                };
                let letter = g.strip.nearest_boundary(p.x).clamp(lo, hi);
                if splits.get(i) == Some(&letter) {
                    return false;
                }
                self.apply(ShardingEvent::SetSplit { index: i, letter }, false, cx);
                true
            }
            PointerKind::Up => {
                let dropped = self.drag.take().is_some();
                if dropped {
                    self.rescore();
                }
                dropped
            }
        }
    }
}

impl Sim for ShardingStrategies {
    dsim_ui::sim_items! {
        scene: Scene,
        tours: [tours::hot_shard, tours::scans_and_moves],
        drags: true,
        // The readouts re-render at most this often while the workload plays.
        tick_ms: 100,
    }

    fn new(settings: &Settings, cx: &mut Cx<Self>) -> Self {
        let sim = fresh(settings);
        cx.narrate(text::start_text(&sim));
        let mut me = ShardingStrategies {
            meter: text::Meter::read(&sim),
            query_text: text::query_result(&sim, ""),
            settings: settings.clone(),
            sim,
            playing: false,
            dots: VecDeque::new(),
            query: None,
            before: None,
            deltas: None,
            later_tabs: None,
            tab: AttrValue::from("workload"),
            scan: 0,
            score_for: None,
            drag: None,
            hover_split: false,
            scale: Rc::new(Cell::new(1.0)),
            revision: 0,
            residency: 0,
        };
        me.rescore();
        me
    }

    fn update(&mut self, msg: Msg, cx: &mut Cx<Self>) -> bool {
        match msg {
            Msg::Event(event) => self.apply(event, true, cx),
            Msg::Tab(key) => self.open_tab(key, cx),
            Msg::Scan(i) => {
                // The menu shows the choice already: nothing to redraw.
                self.scan = i.min(text::scans().len().saturating_sub(1));
                return false;
            }
            Msg::RunScan => {
                if let Some(&(_, _, q)) = text::scans().get(self.scan) {
                    self.apply(ShardingEvent::Query(q), false, cx);
                }
            }
            Msg::ScoreFor(s) => self.score_for = Some(s),
            Msg::ShardInfo(i) => cx.narrate(text::shard_info(&self.sim, i)),
            Msg::TabsCode(code) => self.tabs_arrived(code),
        }
        true
    }

    fn reset(&mut self, cx: &mut Cx<Self>) {
        self.playing = false;
        self.sim = fresh(&self.settings);
        self.dots.clear();
        self.query = None;
        self.query_text = text::query_result(&self.sim, "");
        self.before = None;
        self.deltas = None;
        self.drag = None;
        self.score_for = None;
        self.revision += 1;
        self.rescore();
        self.meter = text::Meter::read(&self.sim);
        cx.narrate(text::reset_text(&self.sim));
    }

    fn advance(&mut self, model_ms: u64, cx: &mut Cx<Self>) -> bool {
        let speed = cx.speed().max(0.01);
        let t0 = self.sim.now_ms();
        let now = cx.now();
        // The requests of this stretch of model time leave the router over the next tick.
        for r in self.sim.advance(model_ms) {
            let start = now + r.at_ms.saturating_sub(t0) as f64 / speed;
            self.push_dot(start, r.target, r.id, DotKind::Workload);
        }
        self.trim_dots(now);
        self.meter = text::Meter::read(&self.sim);
        true
    }

    fn played(&mut self, playing: bool, cx: &mut Cx<Self>) {
        self.playing = playing;
        cx.narrate(if playing {
            text::narration::playing(self.sim.config().rate, self.sim.workload())
        } else {
            text::paused()
        });
    }

    fn step(&mut self, cx: &mut Cx<Self>) {
        let r = self.sim.step();
        let now = cx.now();
        self.push_dot(now, r.target, r.id, DotKind::Workload);
        self.trim_dots(now);
        self.meter = text::Meter::read(&self.sim);
        cx.narrate(text::narration::request(&r));
    }

    fn view(&self, v: &View<Self>) -> Html {
        view::body(self, v)
    }

    fn scene(&self, _v: &View<Self>) -> Scene {
        let sim = &self.sim;
        let meter = &self.meter;
        let n = sim.shard_count();
        Scene {
            strategy: sim.strategy(),
            workload: sim.workload(),
            n,
            counts: sim.record_counts().to_vec(),
            before: self.before.clone(),
            deltas: self.deltas.clone(),
            hot: (0..n).map(|i| meter.is_hot(i)).collect(),
            measured: meter.measured(),
            loads: meter.loads.clone(),
            ratios: meter.ratios.clone(),
            letter_counts: *sim.dataset().letter_counts(),
            letter_shard: self.letter_shard(),
            ranges: sim.ranges(),
            id_ranges: sim.insert_id_ranges(),
            next_id: sim.records().len() + sim.inserted().iter().sum::<usize>() + 1,
            splits: sim.split_points(),
            directory_down: sim.directory_down(),
            homes: sim.shard_homes().to_vec(),
            region_shards: Region::ALL.map(|r| sim.region_shards(r).to_vec()),
            region_counts: *sim.dataset().region_counts(),
            traffic: sim.traffic(),
            residency: self.residency,
            total: sim.records().len(),
            keys: (0..n).map(|i| text::shard_key(sim, i)).collect(),
            query: self.query.clone(),
            dots: self.dots.iter().copied().collect(),
            flight_ms: self.flight_ms(),
            drag: self.drag,
            scale: self.scale.clone(),
        }
    }

    fn draw(frame: &Frame, scene: &Scene) -> bool {
        draw::draw(frame, scene)
    }

    fn canvas_label(&self) -> String {
        text::canvas_label(&self.sim)
    }

    fn overlay(&self, v: &View<Self>) -> Html {
        view::shard_buttons(self, v)
    }

    fn click(&mut self, x: f64, y: f64, cx: &mut Cx<Self>) -> bool {
        if self.sim.strategy() != Strategy::Directory {
            return false;
        }
        let Some(l) = self.geometry(cx).strip.letter_at(x, y) else {
            return false;
        };
        let n = self.sim.shard_count();
        let next = (self.sim.directory()[l as usize] + 1) % n.max(1);
        let range = LetterRange::new(l, l);
        self.apply(ShardingEvent::Reassign { range, shard: next }, true, cx);
        true
    }

    fn pointer(&mut self, p: PointerInput, cx: &mut Cx<Self>) -> Option<bool> {
        // The split handles move surname splits; with new sign-ups the strip shows ids.
        if self.sim.strategy() != Strategy::Range || self.sim.workload() == Workload::Inserts {
            let changed = self.hover_split || self.drag.is_some();
            self.hover_split = false;
            self.drag = None;
            return Some(changed);
        }
        Some(self.drag_split(p, cx))
    }

    fn cursor(&self) -> Option<AttrValue> {
        (self.hover_split || self.drag.is_some()).then(|| AttrValue::from("ew-resize"))
    }

    fn state_summary(&self) -> String {
        text::state_summary(&self.sim, &self.meter, self.playing)
    }

    fn share_query(&self, common: &CommonParams) -> String {
        let params = Params {
            config: self.sim.config(),
            traffic: self.sim.traffic(),
            workload: self.sim.workload(),
        };
        Settings::query(&params, common)
    }
}
