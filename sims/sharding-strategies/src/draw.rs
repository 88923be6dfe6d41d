//! Drawing the sharded cluster: the key strip (surname letters, the lookup table or the
//! regions), the router, one row per shard with its records and load meters, the requests in
//! flight, and the marks of the last query and the last move. Every state has a text or a
//! shape besides its colour (HOT badge and warning triangle, LOOKUP / SCAN badges, crosses).

use dsim_core::sharding::{Region, ShardRange, Strategy, HOT_FACTOR};
use dsim_ui::draw::{ease, progress, Align, Frame};

use crate::layout::{self, Geometry};

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
    /// "LOOKUP" or "SCAN".
    pub badge: &'static str,
}

/// Everything the canvas draws, copied from the model at each render (never per frame).
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The strategy routing requests.
    pub strategy: Strategy,
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
}

/// Draws one frame; returns whether something still moves.
pub fn draw(f: &Frame, v: &View) -> bool {
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

fn strip(f: &Frame, v: &View, g: &Geometry) {
    let p = f.palette;
    let s = &g.strip;
    let n = v.n;
    let title: Vec<String> = match v.strategy {
        Strategy::Range => vec![
            "Shard key: last name · each shard holds a range of first letters · drag ◆ to move a split".into(),
            "Ranges of last names · drag ◆ to move a split".into(),
            "Name ranges · drag ◆".into(),
        ],
        Strategy::Hash => vec![
            format!("Shard key: user id · shard = hash(id) mod {n} · every letter is spread over all shards"),
            format!("shard = hash(user id) mod {n} · names spread everywhere"),
            format!("hash(id) mod {n}"),
        ],
        Strategy::Directory if v.directory_down => vec![
            "Lookup table (directory): DOWN · no request can be routed".into(),
            "Directory DOWN: nothing routes".into(),
            "Directory DOWN".into(),
        ],
        Strategy::Directory => vec![
            "Lookup table (directory): first letter of the last name → shard".into(),
            "Lookup table: first letter → shard".into(),
            "Lookup table".into(),
        ],
        Strategy::Geographic => vec![
            format!(
                "Shard key: region · EU records outside EU shards: {}",
                v.residency
            ),
            format!("By region · EU records outside EU: {}", v.residency),
            format!("EU outside EU: {}", v.residency),
        ],
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

    // The histogram: how many surnames start with each letter.
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
    f.line(
        s.all.x,
        s.body.bottom(),
        s.all.right(),
        s.body.bottom(),
        p.muted,
        1.0,
    );

    match v.strategy {
        Strategy::Range => {
            for r in &v.ranges {
                let x0 = s.boundary_x(r.letters.from) + 2.0;
                let x1 = s.boundary_x(r.letters.to + 1) - 2.0;
                let y = s.band.cy();
                f.line(x0, y, x1, y, series(f, r.shard), 3.0);
                let label = format!("{}", r.shard + 1);
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
            for (i, &l) in v.splits.iter().enumerate() {
                let x = s.boundary_x(l);
                let active = v.drag == Some(i);
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
        }
        Strategy::Directory => {
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
                f.badge("DIRECTORY DOWN", cx, cy, p.bad, p.background);
            }
        }
        Strategy::Hash | Strategy::Geographic => {
            let t = fit(f, "any letter → any shard", 10.0, s.all.w);
            f.text(&t, s.all.cx(), s.band.cy(), 10.0, p.muted, Align::Center);
        }
    }
}

fn regions(f: &Frame, v: &View, g: &Geometry) {
    let p = f.palette;
    let total = v.total.max(1);
    let traffic: u32 = v.traffic.iter().sum::<u32>().max(1);
    for (i, r) in g.strip.regions().iter().enumerate() {
        let region = Region::ALL[i];
        let eu = region == Region::EuWest;
        f.rounded_rect(
            dsim_ui::geom::Rect::new(r.x, r.y, r.w, r.h),
            6.0,
            p.surface,
            if eu { p.good } else { p.muted },
        );
        let lines = [
            (crate::text::region_label(region).to_string(), true),
            (
                format!(
                    "{}% of users",
                    (v.region_counts[i] as f64 * 100.0 / total as f64).round()
                ),
                false,
            ),
            (
                format!(
                    "{}% of traffic",
                    (f64::from(v.traffic[i]) * 100.0 / f64::from(traffic)).round()
                ),
                false,
            ),
            (
                {
                    let own: Vec<String> = v
                        .region_shards
                        .get(i)
                        .map(|s| s.iter().map(|k| (k + 1).to_string()).collect())
                        .unwrap_or_default();
                    format!(
                        "Shard{} {}",
                        if own.len() == 1 { "" } else { "s" },
                        own.join(", ")
                    )
                },
                true,
            ),
        ];
        let step = r.h / lines.len() as f64;
        let px = (step / f.scale * 0.78).clamp(8.0, 11.0);
        for (k, (text, bold)) in lines.iter().enumerate() {
            let y = r.y + step * (k as f64 + 0.5);
            let t = fit(f, text, px, r.w - 8.0);
            if *bold {
                f.bold(&t, r.cx(), y, px, p.ink, Align::Center);
            } else {
                f.text(&t, r.cx(), y, px, p.ink, Align::Center);
            }
        }
    }
}

/// The router's links: to every shard, and up to the lookup table under directory sharding.
fn links(f: &Frame, v: &View, g: &Geometry) {
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

fn router(f: &Frame, v: &View, g: &Geometry) {
    let p = f.palette;
    let r = g.router;
    let down = v.strategy == Strategy::Directory && v.directory_down;
    f.rounded_rect(
        dsim_ui::geom::Rect::new(r.x, r.y, r.w, r.h),
        8.0,
        p.surface,
        if down { p.bad } else { p.ink },
    );
    let rule = match v.strategy {
        Strategy::Range => "by name",
        Strategy::Hash => "hash mod N",
        Strategy::Directory if down => "lookups fail",
        Strategy::Directory => "lookup",
        Strategy::Geographic => "by region",
    };
    let two = r.h >= 34.0 * f.scale;
    let y1 = if two { r.cy() - 8.0 * f.scale } else { r.cy() };
    f.bold(
        &fit(f, "Router", 12.0, r.w - 6.0),
        r.cx(),
        y1,
        12.0,
        p.ink,
        Align::Center,
    );
    if two && f.text_width(rule, 10.0) <= r.w - 6.0 {
        f.text(
            rule,
            r.cx(),
            r.cy() + 8.0 * f.scale,
            10.0,
            if down { p.bad_text } else { p.muted },
            Align::Center,
        );
    }
    // The last query's reach, under the router.
    if let Some(q) = &v.query {
        let (texts, color) = if q.failed {
            (
                vec!["query failed".to_string(), "failed".to_string()],
                p.bad_text,
            )
        } else {
            let k = q.shards.len();
            (
                vec![format!("{k} of {} shards", v.n), format!("{k} of {}", v.n)],
                p.read,
            )
        };
        let y = r.bottom() + 12.0 * f.scale;
        let room = r.w + 2.0 * layout::PAD - 4.0;
        if y + 6.0 < f.height {
            let t = first_fitting(f, &texts, 11.0, room);
            let x = r.cx().max(2.0 + f.text_width(&t, 11.0) * 0.55);
            f.bold(&t, x, y, 11.0, color, Align::Center);
        }
    }
}

fn rows(f: &Frame, v: &View, g: &Geometry, fill_t: f64) -> Columns {
    let p = f.palette;
    let Some(first) = g.rows.first() else {
        return Columns {
            bars_x: 0.0,
            bars_w: 0.0,
            scale: 2.5,
        };
    };
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

    // Columns, measured in the current font scale.
    let two_lines = first.h >= 27.0 * f.scale;
    // Taller rows (few shards on a big screen) get larger text and thicker bars.
    let k = if two_lines {
        (first.h / (46.0 * f.scale)).clamp(1.0, 1.3)
    } else {
        // Thin rows (many shards on a small screen): text shrinks to fit the row.
        ((first.h - 2.0) / (12.5 * f.scale)).clamp(0.6, 1.0)
    };
    let swatch = 6.0 * k;
    let label_px = 12.0 * k;
    let small = 11.0 * k;
    let label_w = (0..v.n)
        .map(|i| {
            let name = f.text_width(&format!("Shard {}", i + 1), label_px) * 1.08;
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
            let rec = f.text_width(
                &format!("{} rec", v.counts.get(i).copied().unwrap_or(0)),
                small,
            );
            let load = f.text_width(&load_short(v.loads.get(i).copied().unwrap_or(0.0)), small);
            rec.max(load)
        })
        .fold(0.0_f64, f64::max)
        + 10.0;
    let ratio_w = f.text_width("0.00× mean", small) * 1.08 + 8.0;
    let label_w = label_w.max(f.text_width("Shard 8", label_px) * 1.12 + 16.0);
    let mut show_nums = two_lines;
    let mut bars_w =
        first.w - swatch - label_w - ratio_w - if show_nums { nums_w } else { 0.0 } - 8.0;
    if bars_w < 44.0 && show_nums {
        show_nums = false;
        bars_w += nums_w;
    }
    let label_x = first.x + swatch + 6.0;
    let bars_x = first.x + swatch + label_w;
    let nums_x = bars_x + bars_w + 6.0;
    let ratio_x = first.right() - 4.0;
    let cols = Columns {
        bars_x,
        bars_w: bars_w.max(8.0),
        scale,
    };

    for (i, r) in g.rows.iter().enumerate() {
        let hot = v.hot.get(i).copied().unwrap_or(false);
        let queried = v
            .query
            .as_ref()
            .is_some_and(|q| q.shards.contains(&i) && !q.failed);
        f.rounded_rect(
            dsim_ui::geom::Rect::new(r.x, r.y, r.w, r.h),
            5.0,
            p.surface,
            p.muted,
        );
        if hot {
            let c = &f.ctx;
            c.save();
            c.set_global_alpha(0.14);
            c.set_fill_style_str(p.bad);
            c.fill_rect(r.x, r.y, r.w, r.h);
            c.restore();
        }
        f.ctx.set_fill_style_str(series(f, i));
        f.ctx.fill_rect(r.x + 1.0, r.y + 1.0, swatch, r.h - 2.0);

        let (y1, y2) = if two_lines {
            (r.y + r.h * 0.3, r.y + r.h * 0.72)
        } else {
            (r.cy(), r.cy())
        };
        let bar_h = if two_lines {
            (r.h * 0.22).min(11.0 * f.scale * k * k)
        } else {
            (r.h * 0.22).min(6.0 * f.scale)
        };
        f.bold(
            &format!("Shard {}", i + 1),
            label_x,
            y1,
            label_px,
            p.ink,
            Align::Left,
        );
        if two_lines {
            let key = fit(
                f,
                v.keys.get(i).map_or("", String::as_str),
                small,
                label_w - 8.0,
            );
            f.text(&key, label_x, y2, small, p.muted, Align::Left);
        }

        // Records held (grey) and load (sky blue, vermillion when hot), in multiples of the mean.
        let count = counts.get(i).copied().unwrap_or(0.0);
        let rec_frac = count / mean_count.max(1e-9) / scale;
        let ratio = v.ratios.get(i).copied().unwrap_or(0.0);
        let load_fill = if hot { p.bad } else { p.accent };
        if two_lines {
            f.meter(
                dsim_ui::geom::Rect::new(cols.bars_x, y1 - bar_h / 2.0, cols.bars_w, bar_h),
                rec_frac,
                p.idle,
                p.background,
            );
            f.meter(
                dsim_ui::geom::Rect::new(cols.bars_x, y2 - bar_h / 2.0, cols.bars_w, bar_h),
                ratio / scale,
                load_fill,
                p.background,
            );
        } else {
            let y = r.cy();
            f.meter(
                dsim_ui::geom::Rect::new(cols.bars_x, y - bar_h - 1.0, cols.bars_w, bar_h),
                rec_frac,
                p.idle,
                p.background,
            );
            f.meter(
                dsim_ui::geom::Rect::new(cols.bars_x, y + 1.0, cols.bars_w, bar_h),
                ratio / scale,
                load_fill,
                p.background,
            );
        }
        if show_nums {
            let rec = format!("{} rec", v.counts.get(i).copied().unwrap_or(0));
            f.text(&rec, nums_x, y1, small, p.ink, Align::Left);
            let load = load_short(v.loads.get(i).copied().unwrap_or(0.0));
            f.text(&load, nums_x, y2, small, p.ink, Align::Left);
        }

        // The ratio to the mean, and the hot-spot mark.
        let ratio_text = if v.measured || ratio > 0.0 {
            format!("{ratio:.2}× mean")
        } else {
            "—".to_string()
        };
        let ink = if hot { p.bad_text } else { p.ink };
        if two_lines {
            f.bold(&ratio_text, ratio_x, y1, small, ink, Align::Right);
            if hot {
                let bw = f.text_width("HOT", 11.0) + 10.0 * f.scale;
                let bx = ratio_x - bw / 2.0;
                f.badge("HOT", bx, y2, p.bad, p.background);
                f.warning(bx - bw / 2.0 - 10.0 * f.scale * k, y2, 14.0 * k, p.leader);
            }
        } else if hot {
            let bw = f.text_width("HOT", 11.0) + 10.0 * f.scale;
            let t = format!("{ratio:.2}×");
            if r.h >= 16.0 * f.scale {
                f.badge("HOT", ratio_x - bw / 2.0, r.cy(), p.bad, p.background);
            } else {
                f.warning(ratio_x - bw + 5.0 * f.scale * k, r.cy(), 11.0 * k, p.leader);
                f.bold("HOT", ratio_x, r.cy(), small, p.bad_text, Align::Right);
            }
            f.bold(&t, ratio_x - bw - 4.0, r.cy(), small, ink, Align::Right);
        } else {
            f.bold(&ratio_text, ratio_x, r.cy(), small, ink, Align::Right);
        }

        if queried {
            let c = &f.ctx;
            c.set_stroke_style_str(p.read);
            c.set_line_width(3.0 * f.scale);
            c.stroke_rect(r.x - 1.0, r.y - 1.0, r.w + 2.0, r.h + 2.0);
            if let Some(q) = &v.query {
                // The badge sits in the gap left of the row, where the query's line arrives.
                let bw = f.text_width(q.badge, 11.0) + 10.0 * f.scale;
                if r.x - g.router.right() >= bw + 8.0 {
                    f.badge(q.badge, r.x - bw / 2.0 - 3.0, r.cy(), p.read, p.background);
                }
            }
        }
    }
    cols
}

fn load_short(load: f64) -> String {
    if load < 100.0 {
        format!("{load:.1} req/s")
    } else {
        format!("{load:.0} req/s")
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
    f.text("mean", x_mean - 3.0, y, px, p.ink, Align::Right);
    let hot_label = format!("{HOT_FACTOR}× = hot");
    f.text(&hot_label, x_hot + 3.0, y, px, p.bad_text, Align::Left);
    // A legend for the two bars, at the right end when it fits.
    let hot_end = x_hot + 3.0 + f.text_width(&hot_label, px);
    let sw = 12.0 * f.scale;
    let parts = [("records", p.idle), ("load", p.accent)];
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
fn deltas(f: &Frame, v: &View, g: &Geometry, cols: &Columns) -> bool {
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
        ((MOVES_MS - age) / 1_000.0).clamp(0.0, 1.0)
    };
    f.ctx.save();
    f.ctx.set_global_alpha(alpha);
    for (i, r) in g.rows.iter().enumerate() {
        let (gained, lost) = d.get(i).copied().unwrap_or((0, 0));
        if gained == 0 && lost == 0 {
            continue;
        }
        let long = match (gained, lost) {
            (0, l) => format!("{l} moved out"),
            (g, 0) => format!("{g} moved in"),
            (g, l) => format!("{g} in, {l} out"),
        };
        let short = match (gained, lost) {
            (0, l) => format!("−{l}"),
            (g, 0) => format!("+{g}"),
            (g, l) => format!("+{g} −{l}"),
        };
        let net = if gained >= lost {
            format!("+{}", gained - lost)
        } else {
            format!("−{}", lost - gained)
        };
        let width = |s: &str| f.text_width(s, 11.0) + 10.0 * f.scale;
        let label = [long, short, net]
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
fn dots(f: &Frame, v: &View, g: &Geometry) -> bool {
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
        f.ctx.set_global_alpha(fade.clamp(0.0, 1.0));
        f.circle(x, y, radius * f.scale, p.bad, p.ink, 1.0);
        if crossed {
            f.cross(x, y, radius * 1.6 * f.scale, p.bad);
        }
        f.ctx.restore();
    }
    more
}
