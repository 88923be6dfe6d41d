//! The sharding strategies MicroSim: one table of users split over 2–8 shards by range, hash,
//! directory or region, with a live workload flowing from a router to the shards, hot spots,
//! point lookups and range scans, the records each strategy moves when a shard is added, and
//! a scorecard backing the chapter's table with measured numbers.

mod draw;
pub mod layout;
pub mod settings;
pub mod text;

use std::cell::Cell;
use std::collections::VecDeque;
use std::rc::Rc;

use dsim_core::sharding::{
    letter_char, LetterRange, Query, QueryOutcome, Region, Rejection, Scorecard, ShardingEvent,
    ShardingSim, Strategy, MAX_SHARDS, MIN_SHARDS, WINDOW_MS,
};
use dsim_ui::format::{percent_of, thousands};
use dsim_ui::Ticker;
use dsim_ui::{
    env, ActionButton, Choice, Frame, PlayControls, PointerInput, PointerKind, SimCanvas, SimShell,
    Slider, Switch, Tabs, Theme,
};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use draw::{Dot, DotKind, QueryMark, View};
pub use settings::Settings;

/// The sim's id, as in its URL and folder name.
pub const ID: &str = "sharding-strategies";

/// Wall-clock time between model ticks while playing, in ms (the model advances this times
/// the speed each tick; Yew re-renders the readouts at most this often).
const TICK_MS: f64 = 100.0;
/// The most request dots kept for drawing.
const MAX_DOTS: usize = 320;
/// The dataset sizes the Records slider offers.
const RECORD_STOPS: [usize; 9] = [
    200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000,
];
/// The request rates the Request rate slider offers, per second.
const RATE_STOPS: [u32; 10] = [1, 2, 5, 10, 20, 40, 80, 150, 300, 500];
/// Traffic presets for geographic sharding: (label, weights).
const TRAFFIC_PRESETS: [(&str, [u32; 3]); 2] = [
    ("Like users (50/30/20)", [50, 30, 20]),
    ("EU peak (20/70/10)", [20, 70, 10]),
];

/// The component the app mounts on this sim's page.
pub type App = ShardingStrategies;

/// Messages of [`ShardingStrategies`].
pub enum Msg {
    /// An event for the model.
    Event(ShardingEvent),
    /// The play timer fired.
    Tick,
    /// Play or pause the workload.
    PlayPause,
    /// Send one request.
    Step,
    /// Back to the settings from the link.
    Reset,
    /// The canvas was resized.
    Resized(f64, f64),
    /// The canvas was clicked at a point.
    Clicked(f64, f64),
    /// A pointer pressed, moved or released on the canvas.
    Pointer(PointerInput),
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
}

/// The sharding strategies component.
pub struct ShardingStrategies {
    settings: Settings,
    sim: ShardingSim,
    narration: String,
    notices: Rc<Vec<String>>,
    size: (f64, f64),
    playing: bool,
    ticker: Option<Ticker>,
    dots: VecDeque<Dot>,
    query: Option<QueryMark>,
    query_text: String,
    before: Option<(Vec<usize>, f64)>,
    deltas: Option<(Vec<(usize, usize)>, f64)>,
    cards: Rc<Vec<Scorecard>>,
    tab: AttrValue,
    scan: usize,
    score_for: Option<Strategy>,
    drag: Option<usize>,
    hover_split: bool,
    scale: Rc<Cell<f64>>,
    sync_selects: bool,
    residency: usize,
}

/// A fresh model from the settings, with the load meter primed by one window of traffic so the
/// readouts mean something before Play is pressed.
fn fresh(settings: &Settings) -> ShardingSim {
    let mut sim = ShardingSim::new(settings.config, settings.common.seed);
    if sim.traffic() != settings.traffic {
        sim.apply(ShardingEvent::SetTraffic(settings.traffic));
    }
    sim.advance(WINDOW_MS);
    sim
}

fn lane(id: u64) -> f64 {
    ((id.wrapping_mul(7_919) % 21) as f64) / 10.0 - 1.0
}

fn nearest_stop<T: Copy + Into<f64>>(stops: &[T], value: f64) -> usize {
    stops
        .iter()
        .enumerate()
        .min_by(|a, b| {
            let da = (Into::<f64>::into(*a.1).ln() - value.max(1.0).ln()).abs();
            let db = (Into::<f64>::into(*b.1).ln() - value.max(1.0).ln()).abs();
            da.total_cmp(&db)
        })
        .map_or(0, |(i, _)| i)
}

impl ShardingStrategies {
    fn flight_ms(&self) -> f64 {
        (draw::FLIGHT_MS / self.settings.common.speed.max(0.01)).max(90.0)
    }

    fn rescore(&mut self) {
        self.cards = Rc::new(self.sim.scorecards());
        self.residency = self.sim.residency_violations(self.sim.strategy());
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

    /// Applies a model event and updates the marks drawn around it.
    fn apply(&mut self, event: ShardingEvent, rescore: bool) {
        let counts_before = self.sim.record_counts().to_vec();
        let moves_before = self.sim.last_moves().cloned();
        self.narration = text::narrate(&self.sim.apply(event));
        self.sync_selects = true;
        let now = env::now();
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
            ShardingEvent::SetTraffic(_) | ShardingEvent::FailDirectory => {}
            _ => {
                if self.query.take().is_some() {
                    self.query_text = text::QUERY_STALE.to_string();
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
                let s = self.sim.strategy();
                let n = self.sim.shard_count().max(MAX_SHARDS);
                let mut d = vec![(0usize, 0usize); n];
                for flow in &m.flows[s.index()] {
                    if let Some(x) = d.get_mut(flow.to) {
                        x.0 += flow.records;
                    }
                    if let Some(x) = d.get_mut(flow.from) {
                        x.1 += flow.records;
                    }
                }
                self.deltas = Some((d, now));
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

    fn mark_query(&mut self, q: &QueryOutcome, now: f64) {
        let badge = match q.query {
            Query::PointLookup(_) => "LOOKUP",
            Query::RangeScan { .. } => "SCAN",
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

    fn view_data(&self, meter: &text::Meter) -> View {
        let sim = &self.sim;
        let strategy = sim.strategy();
        let n = sim.shard_count();
        let letter_shard = match strategy {
            Strategy::Range => {
                let mut map = [0usize; 26];
                for r in sim.ranges() {
                    for l in r.letters.from..=r.letters.to {
                        if let Some(slot) = map.get_mut(l as usize) {
                            *slot = r.shard;
                        }
                    }
                }
                Some(map)
            }
            Strategy::Directory => Some(*sim.directory()),
            _ => None,
        };
        View {
            strategy,
            n,
            counts: sim.record_counts().to_vec(),
            before: self.before.clone(),
            deltas: self.deltas.clone(),
            loads: meter.loads.clone(),
            ratios: meter.ratios.clone(),
            hot: (0..n).map(|i| meter.is_hot(i)).collect(),
            measured: meter.measured(),
            letter_counts: *sim.dataset().letter_counts(),
            letter_shard,
            ranges: sim.ranges(),
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
        }
    }

    fn set_playing(&mut self, ctx: &Context<Self>, playing: bool) {
        self.playing = playing;
        self.ticker = playing.then(|| {
            let link = ctx.link().clone();
            Ticker::new(TICK_MS as u32, move || link.send_message(Msg::Tick))
        });
    }

    fn layout_tab(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let sim = &self.sim;
        match sim.strategy() {
            Strategy::Range => {
                let splits = sim.split_points();
                html! {
                    <div class="layout-tab">
                        <p class="hint">{ "Each split is the first letter of the next shard's range. Drag a ◆ on the letter axis, or choose here:" }</p>
                        <div class="split-grid">
                            { for splits.iter().enumerate().map(|(i, &at)| {
                                let (lo, hi) = sim.split_bounds(i).unwrap_or((at, at));
                                let id = format!("split-{}", i + 1);
                                let onchange = link.batch_callback(move |e: Event| {
                                    let sel = e.target_dyn_into::<HtmlSelectElement>()?;
                                    let letter = dsim_core::sharding::letter_index(sel.value().chars().next()?)?;
                                    Some(Msg::Event(ShardingEvent::SetSplit { index: i, letter }))
                                });
                                html! {
                                    <label class="pick" for={id.clone()}>
                                        <span>{ format!("Split {}", i + 1) }</span>
                                        <select id={id.clone()} {onchange}
                                            aria-label={format!("Split {}: first letter of Shard {}'s range", i + 1, i + 2)}>
                                            { for (lo..=hi).map(|l| {
                                                let c = letter_char(l).to_string();
                                                html! { <option value={c.clone()} selected={l == at}>{ c }</option> }
                                            }) }
                                        </select>
                                    </label>
                                }
                            }) }
                        </div>
                        <div class="buttons">
                            <ActionButton label="Even ranges" onclick={link.callback(|_| Msg::Event(ShardingEvent::EvenSplits))} />
                        </div>
                    </div>
                }
            }
            Strategy::Hash => html! {
                <div class="layout-tab">
                    <p>{ text::hash_layout(sim.shard_count()) }</p>
                    <p>{ "Changing N changes almost every record's remainder: press Add shard and see the Moves tab. " }
                        <a href="../consistent-hash-ring/main.html">{ "Consistent hashing" }</a>
                        { " moves only about 1/N of them." }</p>
                </div>
            },
            Strategy::Directory => {
                let down = sim.directory_down();
                let n = sim.shard_count();
                let dir = *sim.directory();
                let rebalance_reason =
                    down.then(|| AttrValue::from("The directory is down; bring it back first."));
                html! {
                    <div class="layout-tab">
                        <div class="dir-grid" role="group" aria-label="Lookup table: first letter of the last name → shard">
                            { for (0..26u8).map(|l| {
                                let c = letter_char(l);
                                let id = format!("dir-{c}");
                                let onchange = link.batch_callback(move |e: Event| {
                                    let sel = e.target_dyn_into::<HtmlSelectElement>()?;
                                    let shard: usize = sel.value().parse().ok()?;
                                    Some(Msg::Event(ShardingEvent::Reassign { range: LetterRange::new(l, l), shard: shard.checked_sub(1)? }))
                                });
                                html! {
                                    <label class="dir-cell" for={id.clone()}>
                                        <span>{ c }</span>
                                        <select id={id.clone()} {onchange}
                                            aria-label={format!("Surnames starting with {c}: shard")}>
                                            { for (0..n).map(|s| html! {
                                                <option value={(s + 1).to_string()} selected={dir[l as usize] == s}>{ s + 1 }</option>
                                            }) }
                                        </select>
                                    </label>
                                }
                            }) }
                        </div>
                        <div class="buttons">
                            <Switch label="Fail directory" checked={down}
                                on_toggle={link.callback(|_| Msg::Event(ShardingEvent::FailDirectory))} />
                            <ActionButton label="Rebalance by record count" disabled_reason={rebalance_reason}
                                onclick={link.callback(|_| Msg::Event(ShardingEvent::RebalanceDirectory))} />
                        </div>
                    </div>
                }
            }
            Strategy::Geographic => {
                let t = sim.traffic();
                let total: u32 = t.iter().sum::<u32>().max(1);
                html! {
                    <div class="layout-tab">
                        <div class="sliders traffic">
                            { for Region::ALL.iter().map(|&r| {
                                let i = r.index();
                                let share = f64::from(t[i]) * 100.0 / f64::from(total);
                                let name = text::region_label(r);
                                let on_change = link.callback(move |v: f64| {
                                    let mut w = t;
                                    w[i] = v.round().clamp(0.0, 100.0) as u32;
                                    Msg::Event(ShardingEvent::SetTraffic(w))
                                });
                                html! {
                                    <Slider id={format!("traffic-{}", name.to_ascii_lowercase())}
                                        label={format!("{name} traffic")} min=0.0 max=100.0 value={f64::from(t[i])}
                                        display={format!("{share:.0}%")}
                                        value_text={format!("{name} sends {share:.0}% of requests")}
                                        {on_change} />
                                }
                            }) }
                        </div>
                        <div class="buttons">
                            { for TRAFFIC_PRESETS.iter().map(|&(label, w)| html! {
                                <ActionButton {label} onclick={link.callback(move |_| Msg::Event(ShardingEvent::SetTraffic(w)))} />
                            }) }
                        </div>
                    </div>
                }
            }
        }
    }

    fn moves_tab(&self) -> Html {
        let sim = &self.sim;
        let row = text::moves_row(sim, &self.cards);
        let total = sim.records().len();
        let current = sim.strategy();
        html! {
            <div class="moves-tab">
                <div role="status" aria-live="off" aria-label="Records moved">
                    <p class="caption">{ text::moves_caption(sim) }</p>
                    if let Some(moved) = row {
                        <table class="moves">
                            <thead><tr><th scope="col">{ "Strategy" }</th><th scope="col">{ "Records moved" }</th><th scope="col">{ "Share" }</th></tr></thead>
                            <tbody>
                                { for Strategy::ALL.iter().map(|&s| {
                                    let m = moved[s.index()];
                                    html! {
                                        <tr class={classes!((s == current).then_some("current"))}>
                                            <th scope="row">{ text::moves_row_name(s) }</th>
                                            <td>{ thousands(m) }</td>
                                            <td>{ percent_of(m, total) }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    }
                </div>
                <p class="hint">{ "The fix for mod N, moving only about 1/N: " }
                    <a href="../consistent-hash-ring/main.html">{ "Consistent Hash Ring" }</a></p>
            </div>
        }
    }

    fn score_tab(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let chosen = self.score_for.unwrap_or(self.sim.strategy());
        let card = self.cards.iter().find(|c| c.strategy == chosen);
        html! {
            <div class="score-tab">
                <div class="buttons picker" role="group" aria-label="Scorecard of">
                    { for Strategy::ALL.iter().map(|&s| {
                        let pressed = s == chosen;
                        html! {
                            <button type="button" class={classes!("btn", "pick-btn")} aria-pressed={pressed.to_string()}
                                onclick={link.callback(move |_| Msg::ScoreFor(s))}>{ text::short_name(s) }</button>
                        }
                    }) }
                </div>
                if let Some(card) = card {
                    {{
                        let e = text::evidence(&self.sim, card);
                        html! {
                            <div class="scorecard" role="status" aria-live="off" aria-label="Scorecard">
                                <p><strong>{ "How it works: " }</strong>{ e.how }</p>
                                <p><strong class="good">{ "✓ Strength: " }</strong>{ e.strength }</p>
                                <p><strong class="bad">{ "✗ Weakness: " }</strong>{ e.weakness }</p>
                                <p class="numbers">{ e.numbers }</p>
                            </div>
                        }
                    }}
                }
            </div>
        }
    }
}

/// Properties of [`ShardButtons`].
#[derive(Properties, PartialEq)]
struct ShardButtonsProps {
    n: usize,
    size: (f64, f64),
    labels: Vec<String>,
    on_press: Callback<usize>,
}

/// Focusable buttons laid over the shard rows (they need the theme's scale for the layout).
#[function_component(ShardButtons)]
fn shard_buttons(p: &ShardButtonsProps) -> Html {
    let theme = use_context::<Theme>().unwrap_or_default();
    if p.size.0 < 1.0 {
        return html! {};
    }
    let g = layout::geometry(p.n, p.size.0, p.size.1, theme.scale());
    g.rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let style = format!(
                "left:{:.1}px;top:{:.1}px;width:{:.1}px;height:{:.1}px",
                r.x, r.y, r.w, r.h
            );
            let label = p.labels.get(i).cloned().unwrap_or_default();
            let onclick = {
                let cb = p.on_press.clone();
                Callback::from(move |_: MouseEvent| cb.emit(i))
            };
            html! { <button type="button" class="hit shard-hit" {style} aria-label={label} {onclick}></button> }
        })
        .collect()
}

impl Component for ShardingStrategies {
    type Message = Msg;
    type Properties = dsim_ui::SimProps;

    fn create(ctx: &Context<Self>) -> Self {
        let settings = Settings::from_query(&ctx.props().query);
        let sim = fresh(&settings);
        let query_text = text::query_result(&sim, "");
        let mut me = ShardingStrategies {
            narration: text::start_text(&sim),
            notices: Rc::new(settings.notices.clone()),
            settings,
            sim,
            size: (0.0, 0.0),
            playing: false,
            ticker: None,
            dots: VecDeque::new(),
            query: None,
            query_text,
            before: None,
            deltas: None,
            cards: Rc::new(Vec::new()),
            tab: AttrValue::from("workload"),
            scan: 0,
            score_for: None,
            drag: None,
            hover_split: false,
            scale: Rc::new(Cell::new(1.0)),
            sync_selects: false,
            residency: 0,
        };
        me.rescore();
        me
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        match msg {
            Msg::Event(event) => {
                self.apply(event, true);
                true
            }
            Msg::Tick => {
                if !self.playing {
                    // A tick queued just before Pause or Reset: the clock stays where it is.
                    return false;
                }
                let speed = self.settings.common.speed.max(0.01);
                let dt = (TICK_MS * speed).round().max(1.0) as u64;
                let t0 = self.sim.now_ms();
                let now = env::now();
                for r in self.sim.advance(dt) {
                    let start = now + r.at_ms.saturating_sub(t0) as f64 / speed;
                    self.push_dot(start, r.target, r.id, DotKind::Workload);
                }
                self.trim_dots(now);
                true
            }
            Msg::PlayPause => {
                let playing = !self.playing;
                self.set_playing(ctx, playing);
                self.narration = if playing {
                    text::narration::playing(self.sim.config().rate)
                } else {
                    text::PAUSED.to_string()
                };
                true
            }
            Msg::Step => {
                let r = self.sim.step();
                let now = env::now();
                self.push_dot(now, r.target, r.id, DotKind::Workload);
                self.trim_dots(now);
                self.narration = text::narration::request(&r);
                true
            }
            Msg::Reset => {
                self.set_playing(ctx, false);
                self.sim = fresh(&self.settings);
                self.dots.clear();
                self.query = None;
                self.query_text = text::query_result(&self.sim, "");
                self.before = None;
                self.deltas = None;
                self.drag = None;
                self.score_for = None;
                self.sync_selects = true;
                self.rescore();
                self.narration = text::reset_text(&self.sim);
                true
            }
            Msg::Resized(w, h) => {
                self.size = (w, h);
                true
            }
            Msg::Clicked(x, y) => {
                let g = layout::geometry(
                    self.sim.shard_count(),
                    self.size.0,
                    self.size.1,
                    self.scale.get(),
                );
                if self.sim.strategy() != Strategy::Directory {
                    return false;
                }
                let Some(l) = g.strip.letter_at(x, y) else {
                    return false;
                };
                let n = self.sim.shard_count();
                let next = (self.sim.directory()[l as usize] + 1) % n.max(1);
                self.apply(
                    ShardingEvent::Reassign {
                        range: LetterRange::new(l, l),
                        shard: next,
                    },
                    true,
                );
                true
            }
            Msg::Pointer(p) => {
                if self.sim.strategy() != Strategy::Range {
                    let changed = self.hover_split || self.drag.is_some();
                    self.hover_split = false;
                    self.drag = None;
                    return changed;
                }
                let g = layout::geometry(
                    self.sim.shard_count(),
                    self.size.0,
                    self.size.1,
                    self.scale.get(),
                );
                let splits = self.sim.split_points();
                match p.kind {
                    PointerKind::Down => {
                        self.drag = g.strip.split_at(&splits, p.x, p.y);
                        self.drag.is_some()
                    }
                    PointerKind::Move => {
                        if let Some(i) = self.drag {
                            let Some((lo, hi)) = self.sim.split_bounds(i) else {
                                return false;
                            };
                            let letter = g.strip.nearest_boundary(p.x).clamp(lo, hi);
                            if splits.get(i) != Some(&letter) {
                                self.apply(ShardingEvent::SetSplit { index: i, letter }, false);
                                return true;
                            }
                            false
                        } else {
                            let hover = g.strip.split_at(&splits, p.x, p.y).is_some();
                            let changed = hover != self.hover_split;
                            self.hover_split = hover;
                            changed
                        }
                    }
                    PointerKind::Up => {
                        if self.drag.take().is_some() {
                            self.rescore();
                            true
                        } else {
                            false
                        }
                    }
                }
            }
            Msg::Tab(key) => {
                self.tab = key;
                self.sync_selects = true;
                true
            }
            Msg::Scan(i) => {
                self.scan = i.min(text::scans().len().saturating_sub(1));
                false
            }
            Msg::RunScan => {
                if let Some(&(_, _, q)) = text::scans().get(self.scan) {
                    self.apply(ShardingEvent::Query(q), false);
                }
                true
            }
            Msg::ScoreFor(s) => {
                self.score_for = Some(s);
                true
            }
            Msg::ShardInfo(i) => {
                self.narration = text::shard_info(&self.sim, i);
                true
            }
        }
    }

    fn rendered(&mut self, _ctx: &Context<Self>, _first_render: bool) {
        if !std::mem::take(&mut self.sync_selects) {
            return;
        }
        // Selects keep what the student picked even when the model refused it: show the model.
        let sim = &self.sim;
        for (i, &l) in sim.split_points().iter().enumerate() {
            if let Some(sel) = env::element_by_id::<HtmlSelectElement>(&format!("split-{}", i + 1))
            {
                sel.set_value(&letter_char(l).to_string());
            }
        }
        for (l, &s) in sim.directory().iter().enumerate() {
            if let Some(sel) =
                env::element_by_id::<HtmlSelectElement>(&format!("dir-{}", letter_char(l as u8)))
            {
                sel.set_value(&(s + 1).to_string());
            }
        }
        if let Some(sel) = env::element_by_id::<HtmlSelectElement>("scan") {
            sel.set_value(&self.scan.to_string());
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let sim = &self.sim;
        let strategy = sim.strategy();
        let n = sim.shard_count();
        let ev = |e: ShardingEvent| link.callback(move |_: ()| Msg::Event(e));

        let meter = text::Meter::read(sim);
        let draw_cb = {
            let view = Rc::new(self.view_data(&meter));
            let scale = self.scale.clone();
            Callback::from(move |f: Frame| {
                scale.set(f.scale);
                draw::draw(&f, &view)
            })
        };
        let labels: Vec<String> = (0..n).map(|i| text::shard_button(sim, &meter, i)).collect();
        let canvas_label = text::canvas_label(strategy, n);
        let cursor =
            (self.hover_split || self.drag.is_some()).then(|| AttrValue::from("ew-resize"));

        let strategies: Vec<(AttrValue, AttrValue)> = Strategy::ALL
            .iter()
            .map(|&s| {
                (
                    AttrValue::from(s.key()),
                    AttrValue::from(text::strategy_label(s)),
                )
            })
            .collect();
        let on_strategy = link.batch_callback(|key: AttrValue| {
            Strategy::from_key(&key).map(|s| Msg::Event(ShardingEvent::SetStrategy(s)))
        });
        let add_reason = (n >= MAX_SHARDS)
            .then(|| AttrValue::from(text::narration::rejection(Rejection::MostShards)));
        let remove_reason = (n <= MIN_SHARDS)
            .then(|| AttrValue::from(text::narration::rejection(Rejection::FewestShards)));

        let scans = text::scans();
        let hot_now = !meter.hot.is_empty();
        let down = strategy == Strategy::Directory && sim.directory_down();

        let layout_label = text::layout_tab(strategy);
        let tabs: Vec<(AttrValue, AttrValue)> = vec![
            ("workload".into(), "Workload".into()),
            ("layout".into(), layout_label.into()),
            ("moves".into(), "Moves".into()),
            ("score".into(), "Scorecard".into()),
        ];
        let records = sim.records().len();
        let record_at = nearest_stop(&RECORD_STOPS.map(|r| r as f64), records as f64);
        let rate = sim.config().rate;
        let rate_at = nearest_stop(&RATE_STOPS.map(f64::from), f64::from(rate));
        let tab_body = match self.tab.as_str() {
            "layout" => self.layout_tab(ctx),
            "moves" => self.moves_tab(),
            "score" => self.score_tab(ctx),
            _ => html! {
                <div class="workload-tab">
                    <div class="sliders">
                        <Slider id="rate" label="Request rate" min=0.0 max={(RATE_STOPS.len() - 1) as f64}
                            value={rate_at as f64} display={format!("{rate}/s")}
                            value_text={format!("{rate} requests per second")}
                            on_change={link.callback(|v: f64| {
                                let i = (v.round() as usize).min(RATE_STOPS.len() - 1);
                                Msg::Event(ShardingEvent::SetRate(RATE_STOPS[i]))
                            })} />
                        <Slider id="records" label="Records" min=0.0 max={(RECORD_STOPS.len() - 1) as f64}
                            value={record_at as f64} display={thousands(records)}
                            value_text={format!("{} user records", thousands(records))}
                            on_change={link.callback(|v: f64| {
                                let i = (v.round() as usize).min(RECORD_STOPS.len() - 1);
                                Msg::Event(ShardingEvent::SetRecords(RECORD_STOPS[i]))
                            })} />
                    </div>
                    <div class="buttons">
                        <label class="pick" for="scan">
                            <span>{ "Range scan of" }</span>
                            <select id="scan" onchange={link.batch_callback(|e: Event| {
                                let sel = e.target_dyn_into::<HtmlSelectElement>()?;
                                sel.value().parse::<usize>().ok().map(Msg::Scan)
                            })}>
                                { for scans.iter().enumerate().map(|(i, s)| html! {
                                    <option value={i.to_string()} selected={i == self.scan}>{ s.0 }</option>
                                }) }
                            </select>
                        </label>
                        <ActionButton label="Reset" onclick={link.callback(|_| Msg::Reset)} />
                    </div>
                </div>
            },
        };

        let about = html! {
            <>
                <p>{ "The picture shows a router on the left and one row per shard on the right. Requests travel from the router to the shard that holds the user as moving dots. Each shard row has a grey bar for the records it holds and a blue bar for its load in requests per second, its ratio to the mean load, and a HOT mark when it is over 1.5 times the mean. Above the shards, an axis shows the shard key: letters of surnames for range sharding, regions for geographic sharding." }</p>
                <p>{ "A choice sets the strategy: range-based, hash-based, directory-based or geographic. Play, Step, One request, Point lookup and Range scan send requests; Add shard and Remove shard change the shard count and show how many records move. Tabs hold the workload sliders (request rate, records), the range splits or the directory table, the record moves, and a scorecard that compares the strategies. Each shard row is also a button that describes the shard." }</p>
            </>
        };
        let help = html! {
            <>
                <p>{ "One table of users is split over several shards. The router sends each request (a dot) to the shard holding that user; each shard row shows how many records it holds (grey bar) and its load in requests per second (blue bar), with its ratio to the mean. A shard over 1.5× the mean load is marked HOT." }</p>
                <p>{ "Pick a strategy, press Play, then try Point lookup, Range scan and Add shard. Under range sharding drag a ◆ on the letter axis (or use the Splits tab); under directory sharding change the lookup table or fail it; under geographic sharding change where traffic comes from." }</p>
            </>
        };

        html! {
            <SimShell sim_id={ID} title="Sharding Strategies" narration={self.narration.clone()}
                share_query={Settings::query(sim.config(), sim.traffic(), &self.settings.common)}
                {about} state={text::state_summary(sim, self.playing)}
                notices={self.notices.clone()} projector={self.settings.common.projector}
                on_reset={link.callback(|_| Msg::Reset)}
                on_play_pause={Some(link.callback(|_| Msg::PlayPause))}
                on_step={Some(link.callback(|_| Msg::Step))} {help}>
                <div class="stage sharding-stage">
                    <SimCanvas draw={draw_cb} label={canvas_label} {cursor}
                        on_resize={link.callback(|(w, h)| Msg::Resized(w, h))}
                        on_click={link.callback(|(x, y)| Msg::Clicked(x, y))}
                        on_pointer={Some(link.callback(Msg::Pointer))}>
                        <ShardButtons {n} size={self.size} {labels} on_press={link.callback(Msg::ShardInfo)} />
                    </SimCanvas>
                    <div class="readouts shard-status" role="status" aria-live="off" aria-label="Shard load">
                        <p class={classes!("load-line", hot_now.then_some("bad"))}>{ text::load_summary(&meter) }</p>
                        if strategy == Strategy::Geographic {
                            <p class="good">{ format!("Residency check: {}", text::residency_text(self.residency)) }</p>
                        }
                        if down {
                            <p class="bad">{ format!("Failed requests: {}", text::load_text(sim.failures_per_sec())) }</p>
                        }
                        <ul class="visually-hidden">
                            { for (0..n).map(|i| html! { <li>{ text::shard_line(sim, &meter, i) }</li> }) }
                        </ul>
                    </div>
                    <p class={classes!("query-line", self.query.as_ref().is_some_and(|q| q.failed).then_some("failed"))} role="status" aria-live="off" aria-label="Last query">{ self.query_text.clone() }</p>
                </div>
                <div class="panel sharding-panel">
                    <Choice label="Strategy" name="strategy" options={strategies}
                        selected={AttrValue::from(strategy.key())} on_select={on_strategy} />
                    <div class="buttons actions" role="group" aria-label="Actions">
                        <PlayControls playing={self.playing} on_play_pause={link.callback(|_| Msg::PlayPause)}
                            on_step={Some(link.callback(|_| Msg::Step))} step_label="One request" />
                        <ActionButton label="Point lookup" primary=true onclick={ev(ShardingEvent::Query(Query::PointLookup(None)))} />
                        <ActionButton label="Range scan" primary=true onclick={link.callback(|_| Msg::RunScan)} />
                        <ActionButton label="Add shard" onclick={ev(ShardingEvent::AddShard)} disabled_reason={add_reason} />
                        <ActionButton label="Remove shard" onclick={ev(ShardingEvent::RemoveShard)} disabled_reason={remove_reason} />
                    </div>
                    <div class="tab-box">
                        <Tabs label="More controls" {tabs} selected={self.tab.clone()}
                            on_select={link.callback(Msg::Tab)} />
                        <div class="tab-panel" role="tabpanel" id={format!("panel-{}", self.tab)}
                            aria-labelledby={format!("tab-{}", self.tab)}>
                            { tab_body }
                        </div>
                    </div>
                </div>
            </SimShell>
        }
    }
}
