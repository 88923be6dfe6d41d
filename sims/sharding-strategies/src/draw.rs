//! Drawing the sharded cluster: the key strip (surname letters, the lookup table or the
//! regions), the router, one row per shard with its records and load meters, the requests in
//! flight, and the marks of the last query and the last move. Every state has a text or a
//! shape besides its colour (HOT badge and warning triangle, LOOKUP / SCAN badges, crosses).

use dsim_core::num::Within;
use std::cell::Cell;
use std::rc::Rc;

use dsim_core::sharding::{IdRange, Region, ShardRange, Strategy, Workload, HOT_FACTOR};
use dsim_ui::draw::{ease, progress, Align, Frame};

use crate::layout::{self, Geometry, Rect, Strip};
use crate::text::canvas as words;
use crate::text::workload as load_words;

/// Length of one request's flight from the router to a shard at speed 1, in ms.
pub const FLIGHT_MS: f64 = 650.0;
/// How long the moved-records badges stay, in ms.
pub const MOVES_MS: f64 = 6_000.0;
/// How long the record bars take to grow or shrink after a move, in ms.
pub const FILL_MS: f64 = 900.0;

/// What a dot in flight is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DotKind {
    /// A request from the workload.
    Workload,
    /// A student's query.
    Query,
}

/// One request in flight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dot {
    /// When it leaves the router (`performance.now()` ms; may be a little in the future).
    pub start: f64,
    /// The shard it goes to, or `None` when routing failed.
    pub target: Option<usize>,
    /// A small vertical offset (−1 to 1) so dots do not sit on one line.
    pub lane: f64,
    /// What it is.
    pub kind: DotKind,
}

/// The last query, drawn until the layout changes.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryMark {
    /// The shards it touched.
    pub shards: Vec<usize>,
    /// Whether routing failed.
    pub failed: bool,
    /// Its badge's message: [`words::LOOKUP`] or [`words::SCAN`].
    pub badge: &'static str,
}

/// Everything the canvas draws, copied from the model at each render (never per frame).
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// The strategy routing requests.
    pub strategy: Strategy,
    /// What the requests ask for.
    pub workload: Workload,
    /// Shards.
    pub n: usize,
    /// Records per shard.
    pub counts: Vec<usize>,
    /// Records per shard before the last move, and when the move happened.
    pub before: Option<(Vec<usize>, f64)>,
    /// Records each shard gained and lost in the last move, and when.
    pub deltas: Option<(Vec<(usize, usize)>, f64)>,
    /// Requests per second per shard.
    pub loads: Vec<f64>,
    /// Load divided by the mean load.
    pub ratios: Vec<f64>,
    /// Which shards are hot.
    pub hot: Vec<bool>,
    /// Whether the meter holds enough requests to judge.
    pub measured: bool,
    /// Surnames per first letter.
    pub letter_counts: [usize; 26],
    /// The shard each letter maps to (range or directory), if names decide the shard.
    pub letter_shard: Option<[usize; 26]>,
    /// Range sharding's ranges.
    pub ranges: Vec<ShardRange>,
    /// Range sharding's split letters.
    pub splits: Vec<u8>,
    /// The user-id ranges new sign-ups are routed by under range sharding.
    pub id_ranges: Vec<IdRange>,
    /// The id the next new sign-up gets.
    pub next_id: usize,
    /// Whether the directory is down.
    pub directory_down: bool,
    /// The region each shard is located in.
    pub homes: Vec<Region>,
    /// The shards serving each region.
    pub region_shards: [Vec<usize>; 3],
    /// Users per region.
    pub region_counts: [usize; 3],
    /// Traffic weight per region.
    pub traffic: [u32; 3],
    /// EU records stored outside EU-West under the current strategy.
    pub residency: usize,
    /// All records.
    pub total: usize,
    /// Each shard's key text (`A–G`, `mod 4 = 0`, …).
    pub keys: Vec<String>,
    /// The last query.
    pub query: Option<QueryMark>,
    /// Requests in flight (at most a few hundred).
    pub dots: Vec<Dot>,
    /// How long a flight lasts now, in ms.
    pub flight_ms: f64,
    /// The split handle being dragged.
    pub drag: Option<usize>,
    /// Where each frame leaves the theme's scale, for finding the drag handles under a pointer.
    pub scale: Rc<Cell<f64>>,
}

/// Draws one frame; returns whether something still moves.
pub fn draw(f: &Frame, v: &Scene) -> bool {
    v.scale.set(f.scale);
    f.clear();
    let g = layout::geometry(v.n, f.width, f.height, f.scale);
    let fill_t = match &v.before {
        Some((_, start)) if !f.reduced_motion => ease(progress(*start, FILL_MS, f.now)),
        _ => 1.0,
    };
    strip(f, v, &g);
    links(f, v, &g);
    router(f, v, &g);
    let cols = rows(f, v, &g, fill_t);
    markers(f, &g, &cols);
    let moves_on = deltas(f, v, &g, &cols);
    let flying = dots(f, v, &g);
    let filling = fill_t < 1.0;
    flying || filling || moves_on
}

/// The x positions of the columns inside every row.
struct Columns {
    bars_x: f64,
    bars_w: f64,
    /// The bar scale, in multiples of the mean: a bar at `scale` × mean is full.
    scale: f64,
}

fn series(f: &Frame, shard: usize) -> &'static str {
    f.palette.series[shard % f.palette.series.len()]
}

/// `s` cut with an ellipsis to fit `max_w` at `px`.
fn fit(f: &Frame, s: &str, px: f64, max_w: f64) -> String {
    if f.text_width(s, px) <= max_w {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut keep = chars.len();
    while keep > 1 {
        keep -= 1;
        let t: String = chars[..keep].iter().collect::<String>() + "…";
        if f.text_width(&t, px) <= max_w {
            return t;
        }
    }
    "…".to_string()
}

/// The first of `options` that fits `max_w` at `px` (or the last, cut to fit).
fn first_fitting(f: &Frame, options: &[String], px: f64, max_w: f64) -> String {
    for o in options {
        // Measured in the regular weight; bold runs about a tenth wider.
        if f.text_width(o, px) * 1.1 <= max_w {
            return o.clone();
        }
    }
    fit(f, options.last().map_or("", String::as_str), px, max_w)
}

fn strip(f: &Frame, v: &Scene, g: &Geometry) {
    let p = f.palette;
    let s = &g.strip;
    let own = words::strip_title(v.strategy, v.n, v.directory_down, v.residency);
    // An outage and the residency check say more than the workload's title.
    let keep_own = v.strategy == Strategy::Geographic
        || (v.strategy == Strategy::Directory && v.directory_down);
    let title = match crate::text::workload::strip_title(v.workload, v.strategy) {
        Some(t) if !keep_own => t,
        _ => own,
    };
    let color = if v.strategy == Strategy::Directory && v.directory_down {
        p.bad_text
    } else {
        p.ink
    };
    let t = first_fitting(f, &title, 12.0, s.all.w);
    f.bold(&t, s.all.x, s.title.cy(), 12.0, color, Align::Left);

    if v.strategy == Strategy::Geographic {
        regions(f, v, g);
        return;
    }
    if v.strategy == Strategy::Range && v.workload == Workload::Inserts {
        id_axis(f, v, s);
        return;
    }
    histogram(f, v, s);
    match v.strategy {
        Strategy::Range => range_band(f, v, s),
        Strategy::Directory => directory_band(f, v, s),
        Strategy::Hash | Strategy::Geographic => {
            let t = fit(f, &words::any_letter(), 10.0, s.all.w);
            f.text(&t, s.all.cx(), s.band.cy(), 10.0, p.muted, Align::Center);
        }
    }
}

/// How many surnames start with each letter, coloured by the shard the letter maps to.
fn histogram(f: &Frame, v: &Scene, s: &Strip) {
    let p = f.palette;
    let max = v.letter_counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    let lw = s.letter_width();
    for l in 0..26u8 {
        let c = v.letter_counts[l as usize] as f64;
        let h = (s.body.h - 2.0) * c / max;
        let x = s.letter_x(l) - lw * 0.36;
        let fill = match v.letter_shard {
            Some(map) => series(f, map[l as usize]),
            None => p.idle,
        };
        f.ctx.set_fill_style_str(fill);
        f.ctx.fill_rect(x, s.body.bottom() - h, lw * 0.72, h);
        let letter = dsim_core::sharding::letter_char(l).to_string();
        f.text(
            &letter,
            s.letter_x(l),
            s.letters.cy(),
            10.0,
            p.muted,
            Align::Center,
        );
    }
    baseline(f, s);
}

/// The line under the strip's body.
fn baseline(f: &Frame, s: &Strip) {
    let (y, p) = (s.body.bottom(), f.palette);
    f.line(s.all.x, y, s.all.right(), y, p.muted, 1.0);
}

/// Range sharding's band: each range's shard number, and a ◆ handle on every split.
fn range_band(f: &Frame, v: &Scene, s: &Strip) {
    for r in &v.ranges {
        let x0 = s.boundary_x(r.letters.from) + 2.0;
        let x1 = s.boundary_x(r.letters.to + 1) - 2.0;
        band_segment(f, (x0, x1), s.band.cy(), r.shard);
    }
    for (i, &l) in v.splits.iter().enumerate() {
        split_handle(f, s, s.boundary_x(l), v.drag == Some(i));
    }
}

/// One range on the band: a line in its shard's colour from `x0` to `x1`, the shard's
/// number in its middle.
fn band_segment(f: &Frame, (x0, x1): (f64, f64), y: f64, shard: usize) {
    let p = f.palette;
    f.line(x0, y, x1, y, series(f, shard), 3.0);
    let label = format!("{}", shard + 1);
    let w = f.text_width(&label, 11.0) + 6.0;
    f.ctx.set_fill_style_str(p.background);
    f.ctx.fill_rect(
        (x0 + x1) / 2.0 - w / 2.0,
        y - 7.0 * f.scale,
        w,
        14.0 * f.scale,
    );
    f.bold(&label, (x0 + x1) / 2.0, y, 11.0, p.ink, Align::Center);
}

/// Where the stored ids end on the id axis, as a share of its width: the rest is the open
/// end where new ids arrive.
const STORED_SHARE: f64 = 0.8;

/// Range sharding on the user id, for new sign-ups: the id axis from 1 to the stored ids
/// split into each shard's range (coloured block, range text, shard number on the band, a
/// mark on each split), then the open end of the last range where every new id arrives.
fn id_axis(f: &Frame, v: &Scene, s: &Strip) {
    let p = f.palette;
    let stored = v.total.max(1) as f64;
    let open_x = s.all.x + s.all.w * STORED_SHARE;
    let x_of = |id: u32| s.all.x + (f64::from(id) - 1.0) / stored * (open_x - s.all.x);
    // A short strip (a phone) has room for one line of words over the blocks.
    let roomy = s.body.h >= 30.0 * f.scale;
    let block_y = s.body.y + s.body.h * if roomy { 0.45 } else { 0.1 };
    let spans: Vec<(&IdRange, f64, f64)> = v
        .id_ranges
        .iter()
        .map(|r| {
            let x1 = r.last.map_or(s.all.right(), |l| x_of(l.saturating_add(1)));
            (r, x_of(r.first), x1)
        })
        .filter(|(_, x0, x1)| x1 > x0)
        .collect();
    // Every range in the same wording: `ids 1–250` where all fit, else `1–250`.
    let long = spans.iter().all(|(r, x0, x1)| {
        f.text_width(&load_words::id_range_label(r), 10.0) * 1.1 <= x1 - x0 - 4.0
    });
    for &(r, x0, x1) in &spans {
        f.ctx.set_fill_style_str(series(f, r.shard));
        f.ctx.fill_rect(
            x0 + 1.0,
            block_y,
            (x1 - x0 - 2.0).max(1.0),
            s.body.bottom() - block_y,
        );
        let text = if long {
            load_words::id_range_label(r)
        } else {
            load_words::id_range_short(r)
        };
        let t = fit(f, &text, 10.0, x1 - x0 - 4.0);
        f.text(
            &t,
            (x0 + x1) / 2.0,
            s.letters.cy(),
            10.0,
            p.ink,
            Align::Center,
        );
        band_segment(f, (x0 + 2.0, x1 - 2.0), s.band.cy(), r.shard);
        if r.shard > 0 {
            f.line(x0, s.body.y, x0, s.band.bottom(), p.ink, 1.5);
        }
    }
    new_ids_end(f, v, s, (open_x, block_y, roomy));
}

/// The open end of the id axis: a pale veil over the last range past the stored ids, a
/// dashed line where they end, and the label saying new ids arrive there, with the next id
/// when the strip is `roomy`.
fn new_ids_end(f: &Frame, v: &Scene, s: &Strip, (open_x, block_y, roomy): (f64, f64, bool)) {
    let p = f.palette;
    let c = &f.ctx;
    c.save();
    c.set_global_alpha(0.55);
    c.set_fill_style_str(p.background);
    c.fill_rect(
        open_x,
        block_y,
        s.all.right() - open_x,
        s.body.bottom() - block_y,
    );
    c.restore();
    f.dashed_line(
        (open_x, s.body.y),
        (open_x, s.body.bottom()),
        p.muted,
        1.0,
        0.0,
    );
    let room = s.all.right() - open_x - 4.0;
    let options: Vec<String> = load_words::new_ids().to_vec();
    let t = first_fitting(f, &options, 10.0, room);
    let mid = (block_y + s.body.bottom()) / 2.0;
    if !roomy {
        f.text(&t, s.all.right() - 2.0, mid, 10.0, p.ink, Align::Right);
        baseline(f, s);
        return;
    }
    let top = (s.body.y + block_y) / 2.0;
    f.text(&t, s.all.right() - 2.0, top, 10.0, p.ink, Align::Right);
    let next = load_words::next_id(v.next_id);
    let t = fit(f, &next, 10.0, room);
    f.bold(&t, s.all.right() - 2.0, mid, 10.0, p.ink, Align::Right);
    baseline(f, s);
}

/// One split: a line through the histogram and a ◆ on the band (larger while dragged).
fn split_handle(f: &Frame, s: &Strip, x: f64, active: bool) {
    let p = f.palette;
    f.line(
        x,
        s.body.y,
        x,
        s.band.bottom(),
        p.ink,
        if active { 2.5 } else { 1.5 },
    );
    let k = if active { 7.5 } else { 5.5 } * f.scale;
    let y = s.band.cy();
    let c = &f.ctx;
    c.begin_path();
    c.move_to(x, y - k);
    c.line_to(x + k, y);
    c.line_to(x, y + k);
    c.line_to(x - k, y);
    c.close_path();
    c.set_fill_style_str(if active { p.write } else { p.ink });
    c.fill();
}

/// Directory sharding's band: the shard each letter's entry points at, crossed out when the
/// directory is down.
fn directory_band(f: &Frame, v: &Scene, s: &Strip) {
    let p = f.palette;
    if let Some(map) = v.letter_shard {
        for l in 0..26u8 {
            let label = format!("{}", map[l as usize] + 1);
            f.bold(
                &label,
                s.letter_x(l),
                s.band.cy(),
                10.0,
                p.ink,
                Align::Center,
            );
        }
    }
    if v.directory_down {
        let c = &f.ctx;
        c.save();
        c.set_global_alpha(0.6);
        c.set_fill_style_str(p.background);
        c.fill_rect(s.all.x, s.body.y, s.all.w, s.band.bottom() - s.body.y);
        c.restore();
        let (cx, cy) = (s.all.cx(), (s.body.y + s.band.bottom()) / 2.0);
        f.cross(cx, cy, (s.band.bottom() - s.body.y) * 0.45, p.bad);
        f.badge(&words::directory_down(), cx, cy, p.bad, p.background);
    }
}

fn regions(f: &Frame, v: &Scene, g: &Geometry) {
    let p = f.palette;
    let total = v.total.max(1);
    let traffic: u32 = v.traffic.iter().sum::<u32>().max(1);
    for (i, r) in g.strip.regions().iter().enumerate() {
        let region = Region::ALL[i];
        let eu = region == Region::EuWest;
        f.rounded_rect(*r, 6.0, p.surface, if eu { p.good } else { p.muted });
        let lines = words::region_lines(
            region,
            v.region_counts[i] as f64 * 100.0 / total as f64,
            f64::from(v.traffic[i]) * 100.0 / f64::from(traffic),
            v.region_shards.get(i).map_or(&[], Vec::as_slice),
        );
        let step = r.h / lines.len() as f64;
        let px = (step / f.scale * 0.78).within(8.0, 11.0);
        for (k, text) in lines.iter().enumerate() {
            let y = r.y + step * (k as f64 + 0.5);
            let t = fit(f, text, px, r.w - 8.0);
            // The region's name and its shards in bold, the shares between them regular.
            if k == 0 || k == 3 {
                f.bold(&t, r.cx(), y, px, p.ink, Align::Center);
            } else {
                f.text(&t, r.cx(), y, px, p.ink, Align::Center);
            }
        }
    }
}

/// The router's links: to every shard, and up to the lookup table under directory sharding.
fn links(f: &Frame, v: &Scene, g: &Geometry) {
    let p = f.palette;
    let (rx, ry) = (g.router.right(), g.router.cy());
    for r in &g.rows {
        f.line(rx, ry, r.x, r.cy(), p.idle, 1.0);
    }
    if v.strategy == Strategy::Directory {
        let (x, y0, y1) = (g.router.cx(), g.router.y, g.strip.all.bottom() + 2.0);
        if v.directory_down {
            f.dashed_line((x, y0), (x, y1), p.bad, 2.0, 0.0);
            f.cross(x, (y0 + y1) / 2.0, 8.0 * f.scale, p.bad);
        } else {
            f.arrow(x, y0, x, y1, p.ink, 1.5);
        }
    }
    if let Some(q) = &v.query {
        for &s in &q.shards {
            if let Some(r) = g.rows.get(s) {
                f.line(rx, ry, r.x, r.cy(), p.read, 2.5);
            }
        }
    }
}

fn router(f: &Frame, v: &Scene, g: &Geometry) {
    let p = f.palette;
    let r = g.router;
    let down = v.strategy == Strategy::Directory && v.directory_down;
    f.rounded_rect(r, 8.0, p.surface, if down { p.bad } else { p.ink });
    let rule = words::router_rule(v.strategy, down, v.workload);
    let two = r.h >= 34.0 * f.scale;
    let y1 = if two { r.cy() - 8.0 * f.scale } else { r.cy() };
    f.bold(
        &fit(f, &words::router(), 12.0, r.w - 6.0),
        r.cx(),
        y1,
        12.0,
        p.ink,
        Align::Center,
    );
    if two && f.text_width(&rule, 10.0) <= r.w - 6.0 {
        f.text(
            &rule,
            r.cx(),
            r.cy() + 8.0 * f.scale,
            10.0,
            if down { p.bad_text } else { p.muted },
            Align::Center,
        );
    }
    if let Some(q) = &v.query {
        query_reach(f, v, q, r);
    }
}

/// The last query's reach, under the router: how many shards it touched, or that it failed.
fn query_reach(f: &Frame, v: &Scene, q: &QueryMark, r: Rect) {
    let p = f.palette;
    let texts = words::query_reach(q.failed, q.shards.len(), v.n);
    let color = if q.failed { p.bad_text } else { p.read };
    let y = r.bottom() + 12.0 * f.scale;
    let room = r.w + 2.0 * layout::PAD - 4.0;
    if y + 6.0 < f.height {
        let t = first_fitting(f, &texts, 11.0, room);
        let x = r.cx().max(2.0 + f.text_width(&t, 11.0) * 0.55);
        f.bold(&t, x, y, 11.0, color, Align::Center);
    }
}

/// Where the parts of every shard row go and how large their text is, measured once per
/// frame for all rows.
struct RowLayout {
    cols: Columns,
    /// Records per shard, part way from before the last move to now while the bars grow.
    counts: Vec<f64>,
    /// The mean records per shard.
    mean_count: f64,
    /// Whether rows are tall enough for two lines (name over key, records over load).
    two_lines: bool,
    /// The text and bar scale: above 1 in tall rows, below 1 in thin ones.
    k: f64,
    swatch: f64,
    label_px: f64,
    small: f64,
    label_w: f64,
    label_x: f64,
    nums_x: f64,
    ratio_x: f64,
    show_nums: bool,
}

fn rows(f: &Frame, v: &Scene, g: &Geometry, fill_t: f64) -> Columns {
    let Some(first) = g.rows.first() else {
        return Columns {
            bars_x: 0.0,
            bars_w: 0.0,
            scale: 2.5,
        };
    };
    let l = row_layout(f, v, first, fill_t);
    for (i, r) in g.rows.iter().enumerate() {
        row(f, v, g, &l, (i, r));
    }
    l.cols
}

/// Records per shard as the bars show them now, their mean, and the bar scale in multiples
/// of the mean (wide enough for the fullest or busiest shard).
fn bar_scale(v: &Scene, fill_t: f64) -> (Vec<f64>, f64, f64) {
    let counts: Vec<f64> = (0..v.n)
        .map(|i| {
            let now = v.counts.get(i).copied().unwrap_or(0) as f64;
            match &v.before {
                Some((before, _)) => {
                    let b = before.get(i).copied().unwrap_or(0) as f64;
                    b + (now - b) * fill_t
                }
                None => now,
            }
        })
        .collect();
    let mean_count = v.total as f64 / v.n.max(1) as f64;
    let max_ratio = counts
        .iter()
        .map(|c| c / mean_count.max(1e-9))
        .chain(v.ratios.iter().copied())
        .fold(0.0_f64, f64::max);
    let scale = if max_ratio > 2.4 {
        max_ratio * 1.05
    } else {
        2.5
    };
    (counts, mean_count, scale)
}

fn row_layout(f: &Frame, v: &Scene, first: &Rect, fill_t: f64) -> RowLayout {
    let (counts, mean_count, scale) = bar_scale(v, fill_t);
    // Columns, measured in the current font scale.
    let two_lines = first.h >= 27.0 * f.scale;
    // Taller rows (few shards on a big screen) get larger text and thicker bars.
    let k = if two_lines {
        (first.h / (46.0 * f.scale)).within(1.0, 1.3)
    } else {
        // Thin rows (many shards on a small screen): text shrinks to fit the row.
        ((first.h - 2.0) / (12.5 * f.scale)).within(0.6, 1.0)
    };
    let (swatch, label_px, small) = (6.0 * k, 12.0 * k, 11.0 * k);
    let label_w = (0..v.n)
        .map(|i| {
            let name = f.text_width(&words::shard_name(i), label_px) * 1.08;
            let key = if two_lines {
                f.text_width(v.keys.get(i).map_or("", String::as_str), small)
            } else {
                0.0
            };
            name.max(key)
        })
        .fold(0.0_f64, f64::max)
        .min(first.w * 0.3)
        + 14.0;
    let nums_w = (0..v.n)
        .map(|i| {
            let rec = words::records_short(v.counts.get(i).copied().unwrap_or(0));
            let load = words::load_short(v.loads.get(i).copied().unwrap_or(0.0));
            f.text_width(&rec, small).max(f.text_width(&load, small))
        })
        .fold(0.0_f64, f64::max)
        + 10.0;
    let ratio_w = f.text_width(&words::row_ratio(0.0, true), small) * 1.08 + 8.0;
    let label_w = label_w.max(f.text_width(&words::shard_name(7), label_px) * 1.12 + 16.0);
    let mut show_nums = two_lines;
    let mut bars_w =
        first.w - swatch - label_w - ratio_w - if show_nums { nums_w } else { 0.0 } - 8.0;
    if bars_w < 44.0 && show_nums {
        show_nums = false;
        bars_w += nums_w;
    }
    let bars_x = first.x + swatch + label_w;
    RowLayout {
        cols: Columns {
            bars_x,
            bars_w: bars_w.max(8.0),
            scale,
        },
        counts,
        mean_count,
        two_lines,
        k,
        swatch,
        label_px,
        small,
        label_w,
        label_x: first.x + swatch + 6.0,
        nums_x: bars_x + bars_w + 6.0,
        ratio_x: first.right() - 4.0,
        show_nums,
    }
}

/// The two text lines of a row (the same line in a thin row).
fn row_lines(l: &RowLayout, r: &Rect) -> (f64, f64) {
    if l.two_lines {
        (r.y + r.h * 0.3, r.y + r.h * 0.72)
    } else {
        (r.cy(), r.cy())
    }
}

/// One shard's row: its box (tinted when hot), colour swatch, name and key, bars, ratio and
/// the mark of the last query. `at` is the shard and its box.
fn row(f: &Frame, v: &Scene, g: &Geometry, l: &RowLayout, at: (usize, &Rect)) {
    let p = f.palette;
    let (i, r) = at;
    let hot = v.hot.get(i).copied().unwrap_or(false);
    f.rounded_rect(*r, 5.0, p.surface, p.muted);
    if hot {
        let c = &f.ctx;
        c.save();
        c.set_global_alpha(0.14);
        c.set_fill_style_str(p.bad);
        c.fill_rect(r.x, r.y, r.w, r.h);
        c.restore();
    }
    f.ctx.set_fill_style_str(series(f, i));
    f.ctx.fill_rect(r.x + 1.0, r.y + 1.0, l.swatch, r.h - 2.0);
    let (y1, y2) = row_lines(l, r);
    f.bold(
        &words::shard_name(i),
        l.label_x,
        y1,
        l.label_px,
        p.ink,
        Align::Left,
    );
    if l.two_lines {
        let key = fit(
            f,
            v.keys.get(i).map_or("", String::as_str),
            l.small,
            l.label_w - 8.0,
        );
        f.text(&key, l.label_x, y2, l.small, p.muted, Align::Left);
    }
    row_bars(f, v, l, at, hot);
    row_ratio(f, v, l, at, hot);
    if v.query
        .as_ref()
        .is_some_and(|q| q.shards.contains(&i) && !q.failed)
    {
        query_outline(f, v, g, r);
    }
}

/// A row's bars: records held (grey) and load (sky blue, vermillion when hot), in multiples
/// of the mean, with the numbers beside them when there is room.
fn row_bars(f: &Frame, v: &Scene, l: &RowLayout, at: (usize, &Rect), hot: bool) {
    let p = f.palette;
    let (i, r) = at;
    let (y1, y2) = row_lines(l, r);
    let bar_h = if l.two_lines {
        (r.h * 0.22).min(11.0 * f.scale * l.k * l.k)
    } else {
        (r.h * 0.22).min(6.0 * f.scale)
    };
    let cols = &l.cols;
    let count = l.counts.get(i).copied().unwrap_or(0.0);
    let rec_frac = count / l.mean_count.max(1e-9) / cols.scale;
    let ratio = v.ratios.get(i).copied().unwrap_or(0.0);
    let load_fill = if hot { p.bad } else { p.accent };
    let (rec_y, load_y) = if l.two_lines {
        (y1 - bar_h / 2.0, y2 - bar_h / 2.0)
    } else {
        (r.cy() - bar_h - 1.0, r.cy() + 1.0)
    };
    let bar = |y: f64, frac: f64, fill: &str| {
        let bar = Rect::new(cols.bars_x, y, cols.bars_w, bar_h);
        f.meter(bar, frac, fill, p.background);
    };
    bar(rec_y, rec_frac, p.idle);
    bar(load_y, ratio / cols.scale, load_fill);
    if l.show_nums {
        let rec = words::records_short(v.counts.get(i).copied().unwrap_or(0));
        f.text(&rec, l.nums_x, y1, l.small, p.ink, Align::Left);
        let load = words::load_short(v.loads.get(i).copied().unwrap_or(0.0));
        f.text(&load, l.nums_x, y2, l.small, p.ink, Align::Left);
    }
}

/// A row's load against the mean, and the HOT badge and warning sign of a hot spot.
fn row_ratio(f: &Frame, v: &Scene, l: &RowLayout, at: (usize, &Rect), hot: bool) {
    let p = f.palette;
    let (i, r) = at;
    let (y1, y2) = row_lines(l, r);
    let (x, small, k) = (l.ratio_x, l.small, l.k);
    let ratio = v.ratios.get(i).copied().unwrap_or(0.0);
    let ratio_text = words::row_ratio(ratio, v.measured);
    let ink = if hot { p.bad_text } else { p.ink };
    let hot_word = words::hot();
    let bw = f.text_width(&hot_word, 11.0) + 10.0 * f.scale;
    if l.two_lines {
        f.bold(&ratio_text, x, y1, small, ink, Align::Right);
        if hot {
            let bx = x - bw / 2.0;
            f.badge(&hot_word, bx, y2, p.bad, p.background);
            f.warning(bx - bw / 2.0 - 10.0 * f.scale * k, y2, 14.0 * k, p.leader);
        }
    } else if hot {
        if r.h >= 16.0 * f.scale {
            f.badge(&hot_word, x - bw / 2.0, r.cy(), p.bad, p.background);
        } else {
            f.warning(x - bw + 5.0 * f.scale * k, r.cy(), 11.0 * k, p.leader);
            f.bold(&hot_word, x, r.cy(), small, p.bad_text, Align::Right);
        }
        let t = words::ratio_short(ratio);
        f.bold(&t, x - bw - 4.0, r.cy(), small, ink, Align::Right);
    } else {
        f.bold(&ratio_text, x, r.cy(), small, ink, Align::Right);
    }
}

/// The outline of a row the last query touched, with its LOOKUP or SCAN badge in the gap
/// left of the row, where the query's line arrives.
fn query_outline(f: &Frame, v: &Scene, g: &Geometry, r: &Rect) {
    let p = f.palette;
    let c = &f.ctx;
    c.set_stroke_style_str(p.read);
    c.set_line_width(3.0 * f.scale);
    c.stroke_rect(r.x - 1.0, r.y - 1.0, r.w + 2.0, r.h + 2.0);
    if let Some(q) = &v.query {
        let badge = words::badge(q.badge);
        let bw = f.text_width(&badge, 11.0) + 10.0 * f.scale;
        if r.x - g.router.right() >= bw + 8.0 {
            f.badge(&badge, r.x - bw / 2.0 - 3.0, r.cy(), p.read, p.background);
        }
    }
}

/// The "mean" and "1.5× hot" lines across every row's bars.
fn markers(f: &Frame, g: &Geometry, cols: &Columns) {
    let p = f.palette;
    let (Some(first), Some(last)) = (g.rows.first(), g.rows.last()) else {
        return;
    };
    let (y0, y1) = (first.y, last.bottom());
    let x_mean = cols.bars_x + cols.bars_w / cols.scale;
    let x_hot = cols.bars_x + cols.bars_w * HOT_FACTOR / cols.scale;
    f.line(x_mean, y0, x_mean, y1, p.ink, 1.0);
    f.dashed_line((x_hot, y0), (x_hot, y1), p.bad, 1.5, 0.0);
    let y = g.marker_y;
    let px = 10.0;
    f.text(&words::mean(), x_mean - 3.0, y, px, p.ink, Align::Right);
    let hot_label = words::hot_marker();
    f.text(&hot_label, x_hot + 3.0, y, px, p.bad_text, Align::Left);
    // A legend for the two bars, at the right end when it fits.
    let hot_end = x_hot + 3.0 + f.text_width(&hot_label, px);
    let sw = 12.0 * f.scale;
    let [records, load] = words::bars();
    let parts = [(records, p.idle), (load, p.accent)];
    let widths: Vec<f64> = parts
        .iter()
        .map(|(t, _)| sw + 4.0 + f.text_width(t, px))
        .collect();
    let total: f64 = widths.iter().sum::<f64>() + 10.0;
    let mut x = last.right() - total;
    if x > hot_end + 10.0 {
        for ((label, color), w) in parts.iter().zip(&widths) {
            f.ctx.set_fill_style_str(color);
            f.ctx.fill_rect(x, y - 3.5 * f.scale, sw, 7.0 * f.scale);
            f.ctx.set_stroke_style_str(p.muted);
            f.ctx.set_line_width(1.0);
            f.ctx.stroke_rect(
                x + 0.5,
                y - 3.5 * f.scale + 0.5,
                sw - 1.0,
                7.0 * f.scale - 1.0,
            );
            f.text(label, x + sw + 4.0, y, px, p.ink, Align::Left);
            x += w + 10.0;
        }
    }
}

/// Badges with the records each shard gained and lost in the last move.
fn deltas(f: &Frame, v: &Scene, g: &Geometry, cols: &Columns) -> bool {
    let p = f.palette;
    let Some((d, start)) = &v.deltas else {
        return false;
    };
    let age = f.now - start;
    if age > MOVES_MS {
        return false;
    }
    let alpha = if f.reduced_motion {
        1.0
    } else {
        ((MOVES_MS - age) / 1_000.0).within(0.0, 1.0)
    };
    f.ctx.save();
    f.ctx.set_global_alpha(alpha);
    for (i, r) in g.rows.iter().enumerate() {
        let (gained, lost) = d.get(i).copied().unwrap_or((0, 0));
        if gained == 0 && lost == 0 {
            continue;
        }
        let options = words::moved_badge(gained, lost);
        let width = |s: &str| f.text_width(s, 11.0) + 10.0 * f.scale;
        let label = options
            .into_iter()
            .find(|s| width(s) <= cols.bars_w * 0.9)
            .unwrap_or_default();
        if label.is_empty() {
            continue;
        }
        let w = width(&label);
        let x = (cols.bars_x + cols.bars_w * 0.84).min(cols.bars_x + cols.bars_w - w / 2.0);
        f.badge(&label, x, r.y + 1.0, p.write, p.ink);
    }
    f.ctx.restore();
    true
}

/// Requests in flight from the router to their shard; failed ones stop with a cross.
fn dots(f: &Frame, v: &Scene, g: &Geometry) -> bool {
    let p = f.palette;
    let mut more = false;
    let (rx, ry) = (g.router.right(), g.router.cy());
    let mut workload: Vec<(f64, f64)> = Vec::with_capacity(v.dots.len());
    let mut queries: Vec<(f64, f64)> = Vec::new();
    let mut failed: Vec<(f64, f64, f64, bool, f64)> = Vec::new();
    let fail_hold = 0.8;
    if f.reduced_motion {
        // No flights: the requests show up in the meters and the narration only.
        return false;
    }
    for d in &v.dots {
        let t = (f.now - d.start) / v.flight_ms.max(1.0);
        if t < 0.0 {
            more = true;
            continue;
        }
        if t > 1.0 + if d.target.is_none() { fail_hold } else { 0.0 } {
            continue;
        }
        more = true;
        let radius = match d.kind {
            DotKind::Workload => 3.5,
            DotKind::Query => 5.5,
        };
        let y0 = ry + d.lane * g.router.h * 0.3;
        match d.target.and_then(|s| g.rows.get(s)) {
            Some(r) => {
                let y1 = r.cy() + d.lane * r.h * 0.2;
                let e = ease(t);
                let point = (rx + (r.x - rx) * e, y0 + (y1 - y0) * e);
                match d.kind {
                    DotKind::Workload => workload.push(point),
                    DotKind::Query => queries.push(point),
                }
            }
            None => {
                // Routing failed: the request reaches for the lookup table and dies there.
                let (x1, y1) = (g.router.cx() + d.lane * 10.0, g.strip.all.bottom() + 4.0);
                let (x0, y0) = (g.router.cx(), g.router.y);
                let u = ease((t / 0.8).min(1.0)) * 0.7;
                let fade = if t > 1.0 {
                    1.0 - (t - 1.0) / fail_hold
                } else {
                    1.0
                };
                failed.push((
                    x0 + (x1 - x0) * u,
                    y0 + (y1 - y0) * u,
                    radius,
                    t > 0.8,
                    fade,
                ));
            }
        }
    }
    // Each batch as one path: an ink disc under a coloured one gives every dot an outline.
    for (points, r, color) in [(&workload, 3.5, p.accent), (&queries, 5.5, p.read)] {
        f.dots(points.iter().copied(), (r + 1.0) * f.scale, p.ink);
        f.dots(points.iter().copied(), r * f.scale, color);
    }
    for (x, y, radius, crossed, fade) in failed {
        f.ctx.save();
        f.ctx.set_global_alpha(fade.within(0.0, 1.0));
        f.circle(x, y, radius * f.scale, p.bad, p.ink, 1.0);
        if crossed {
            f.cross(x, y, radius * 1.6 * f.scale, p.bad);
        }
        f.ctx.restore();
    }
    more
}
