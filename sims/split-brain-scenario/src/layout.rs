//! Where things sit on the split-brain canvas, shared by the drawing and the clickable overlay.
//!
//! Node 1 stands on the left and Nodes 2 and 3 on the right, one above the other, so the spec's
//! partition (Node 1 cut off from Nodes 2 and 3) is one vertical line through the middle of the
//! links 1–2 and 1–3. Each node has a text block (name, role, badges) and its log table: below
//! Node 1, to the right of Nodes 2 and 3. The clients' write boxes sit along the top, above the
//! nodes they write to. Node positions do not depend on the text scale (they are computed for
//! projector text), so the overlay buttons stay put when projector mode is toggled.

use dsim_core::num::Within;
use dsim_core::split_brain::LINKS;

/// Margin kept free at every edge of the canvas, in CSS pixels.
pub const PAD: f64 = 6.0;
/// The largest text scale (projector mode); node positions leave room for it.
pub const MAX_SCALE: f64 = 1.3;
/// Height of one text line at scale 1 (12–13 px type).
pub const LINE_H: f64 = 14.0;
/// Height of one log-table row at scale 1 (11 px type).
pub const ROW_H: f64 = 14.0;
/// Width and height of a link's clickable overlay button.
pub const LINK_HIT: (f64, f64) = (44.0, 28.0);

pub use dsim_ui::geom::Spot;

pub use dsim_ui::geom::Rect;

/// Which side of its node a text block sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Centred under the node (Node 1).
    Below,
    /// Left-aligned to the right of the node (Nodes 2 and 3).
    Right,
}

/// A node's text lines and log table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Block {
    /// Where the block sits relative to its node.
    pub side: Side,
    /// The text anchor: the centre (below) or the left edge (right).
    pub text_x: f64,
    /// The widest a text line may be.
    pub width: f64,
    /// Centre line of the node's name.
    pub name_y: f64,
    /// Centre line of its role and term.
    pub role_y: f64,
    /// Centre line of its badges (elected, votes, timer, fenced…).
    pub badge_y: f64,
    /// The space for its log table (rows that do not fit are summarised).
    pub table: Rect,
}

/// Everything the canvas places.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Canvas width.
    pub w: f64,
    /// Canvas height.
    pub h: f64,
    /// The text scale this layout was made for.
    pub scale: f64,
    /// How much larger than the base sizes everything is drawn on a large canvas (1–1.4).
    pub zoom: f64,
    /// Height of a text line at this scale.
    pub line_h: f64,
    /// Height of a table row at this scale.
    pub row_h: f64,
    /// The size passed to `Frame::crown` for a leader's crown.
    pub crown: f64,
    /// The three node circles, Node 1 first.
    pub nodes: [Spot; 3],
    /// Each node's text block and table.
    pub blocks: [Block; 3],
    /// The clients' write boxes: the one writing to Node 1, the one writing to Node 2. Each is
    /// the largest box allowed; the drawing uses what its text needs, from the left edge.
    pub writes: [Rect; 2],
    /// The x where each write box's arrow runs down to its node.
    pub write_arrow_x: [f64; 2],
    /// The vertical partition line, through the middle of the links 1–2 and 1–3.
    pub partition_x: f64,
    /// The fencing mode's shared storage, under Node 1's table.
    pub storage: Option<Rect>,
}

impl Layout {
    /// A font or gap size `v` (at zoom 1), zoomed for this canvas.
    pub fn px(&self, v: f64) -> f64 {
        v * self.zoom
    }

    /// The middle of a link (index into [`LINKS`]).
    pub fn link_mid(&self, link: usize) -> (f64, f64) {
        let (a, b) = LINKS.get(link).copied().unwrap_or((0, 1));
        let (p, q) = (self.nodes[a], self.nodes[b]);
        ((p.x + q.x) / 2.0, (p.y + q.y) / 2.0)
    }

    /// Where a link's cut / heal mark sits: its middle, except that the mark on the link 2–3
    /// is centred in the free space between Node 2 and Node 3's crown.
    pub fn link_mark(&self, link: usize) -> (f64, f64) {
        let (x, y) = self.link_mid(link);
        if LINKS.get(link) == Some(&(1, 2)) {
            let top = self.nodes[1].y + self.nodes[1].r;
            let bottom = self.crown_box(2).y;
            (x, (top + bottom) / 2.0)
        } else {
            (x, y)
        }
    }

    /// The clickable area over a link's mark.
    pub fn link_hit(&self, link: usize) -> Rect {
        let (x, y) = self.link_mark(link);
        let (w, mut h) = LINK_HIT;
        if LINKS.get(link) == Some(&(1, 2)) {
            let room = self.crown_box(2).y - (self.nodes[1].y + self.nodes[1].r) - 2.0;
            h = h.min(room).max(16.0);
        }
        Rect {
            x: x - w / 2.0,
            y: y - h / 2.0,
            w,
            h,
        }
    }

    /// The link whose button is under a point, if any.
    pub fn hit_link(&self, x: f64, y: f64) -> Option<usize> {
        (0..LINKS.len()).find(|&l| self.link_hit(l).contains(x, y))
    }

    /// The area a node's crown occupies when it leads.
    pub fn crown_box(&self, n: usize) -> Rect {
        let s = self.nodes[n];
        let half = self.crown * MAX_SCALE;
        Rect {
            x: s.x - half,
            y: s.y - s.r - 2.0 - 1.1 * half,
            w: 2.0 * half,
            h: 1.1 * half,
        }
    }

    /// Where a node's crown is centred.
    pub fn crown_at(&self, n: usize) -> (f64, f64) {
        let s = self.nodes[n];
        (s.x, s.y - s.r - 2.0 - 0.5 * self.crown * self.scale)
    }
}

/// Height of a client's write box (two lines) at text scale `scale` and zoom `zoom`.
pub fn write_box_h(scale: f64, zoom: f64) -> f64 {
    (2.0 * LINE_H * scale + 6.0) * zoom
}

/// How much a `w` × `h` canvas enlarges the drawing: 1 up to about 640 × 360, at most 1.4.
pub fn zoom(w: f64, h: f64) -> f64 {
    (w / 660.0).min(h / 380.0).within(1.0, 1.4)
}

/// The layout of a `w` × `h` canvas at text scale `scale`; `storage` reserves room for the
/// fencing mode's storage drum.
pub fn layout(w: f64, h: f64, scale: f64, storage: bool) -> Layout {
    let b = base(w, h, scale);
    let (block_a, storage) = node1_block(&b, storage);
    let [block_2, block_3] = right_blocks(&b);
    let (writes, write_arrow_x) = write_boxes(&b);
    Layout {
        w: b.w,
        h: b.h,
        scale: b.scale,
        zoom: b.z,
        line_h: b.lh,
        row_h: ROW_H * b.scale * b.z,
        crown: b.crown,
        nodes: [
            Spot {
                x: b.xa,
                y: b.ya,
                r: b.r,
            },
            Spot {
                x: b.xb,
                y: b.yb2,
                r: b.r,
            },
            Spot {
                x: b.xb,
                y: b.yb3,
                r: b.r,
            },
        ],
        blocks: [block_a, block_2, block_3],
        writes,
        write_arrow_x,
        partition_x: b.xp,
        storage,
    }
}

/// The sizes and positions everything else is placed from.
struct Base {
    w: f64,
    h: f64,
    scale: f64,
    z: f64,
    /// Node radius.
    r: f64,
    crown: f64,
    /// A text line at this scale.
    lh: f64,
    /// Node 1's column, the partition line, Nodes 2 and 3's column.
    xa: f64,
    xp: f64,
    xb: f64,
    /// Node 1's, Node 2's and Node 3's rows.
    ya: f64,
    yb2: f64,
    yb3: f64,
}

/// The canvas's size, zoom and node positions.
fn base(w: f64, h: f64, scale: f64) -> Base {
    let w = w.max(240.0);
    let h = h.max(140.0);
    let scale = scale.within(1.0, MAX_SCALE);
    let z = zoom(w, h);
    let r = (w * 0.055).min(h * 0.085).within(12.0, 30.0 * z);
    let crown = r * 0.45;
    let crown_h = 1.1 * crown * MAX_SCALE + 4.0;
    let lh_max = LINE_H * MAX_SCALE * z;
    let top_node = PAD + write_box_h(MAX_SCALE, z) + 6.0 * z + crown_h + r;

    // Columns: Node 1 on the left, the partition line, Nodes 2 and 3 on the right.
    // (Narrow canvases give the right column a little more room for its badges.)
    let narrow = w < 480.0;
    let xa = (w * if narrow { 0.16 } else { 0.17 }).max(PAD + r + 2.0);
    let xp = w * if narrow { 0.36 } else { 0.38 };
    let xb = 2.0 * xp - xa;

    // Rows: Node 2 high on the right, Node 3 low, with equal room for their tables between
    // (text offsets computed for projector text, so positions never depend on the scale).
    // Tables longer than eight rows are not needed: spare height goes above and between.
    let name_above = 1.35 * lh_max + 4.0;
    let table_below = 1.35 * lh_max + 8.0 * MAX_SCALE * z + 3.0;
    let table_cap = 8.0 * ROW_H * MAX_SCALE * z;
    let mut yb2 = top_node.max(h * 0.16);
    let first_table = yb2 + table_below;
    let mut yb3 = ((h - PAD - table_below + name_above + first_table) / 2.0)
        .min(first_table + table_cap + name_above + 4.0)
        .max(yb2 + 2.0 * r + crown_h + 8.0)
        .min(h - PAD - r);
    let slack = (h - PAD - (yb3 + table_below + table_cap)).max(0.0);
    yb2 += slack * 0.3;
    yb3 += slack * 0.45;
    // Node 1 sits a third of the way down: the links still meet the partition line far
    // apart, and its table gets the room below it.
    let ya = yb2 + 0.35 * (yb3 - yb2);
    let lh = LINE_H * scale * z;
    Base {
        w,
        h,
        scale,
        z,
        r,
        crown,
        lh,
        xa,
        xp,
        xb,
        ya,
        yb2,
        yb3,
    }
}

/// Node 1's block, centred under the node and clear of the link buttons on the partition
/// line, and the storage drum under its table (fencing mode).
fn node1_block(b: &Base, storage: bool) -> (Block, Option<Rect>) {
    let (xa, z, lh, h) = (b.xa, b.z, b.lh, b.h);
    let half_a = (xa - PAD).min(b.xp - LINK_HIT.0 / 2.0 - 4.0 - xa).max(20.0);
    let width_a = (2.0 * half_a).min(240.0 * z);
    let storage_h = 2.0 * lh + 12.0 * z;
    let storage_rect = storage.then(|| {
        let sw = width_a.min(190.0 * z);
        Rect {
            x: xa - sw / 2.0,
            y: h - PAD - storage_h,
            w: sw,
            h: storage_h,
        }
    });
    let name_a = b.ya + b.r + 3.0 + 0.5 * lh;
    let badge_a = name_a + 2.1 * lh;
    let table_a_top = badge_a + 8.0 * b.scale * z + 3.0;
    let table_a_bottom = storage_rect.map_or(h - PAD, |s| s.y - 6.0).max(table_a_top);
    let block = Block {
        side: Side::Below,
        text_x: xa,
        width: width_a,
        name_y: name_a,
        role_y: name_a + lh,
        badge_y: badge_a,
        table: Rect {
            x: xa - width_a / 2.0,
            y: table_a_top,
            w: width_a,
            h: (table_a_bottom - table_a_top).max(0.0),
        },
    };
    (block, storage_rect)
}

/// Nodes 2 and 3's blocks, to the right of the nodes.
fn right_blocks(b: &Base) -> [Block; 2] {
    let (lh, z) = (b.lh, b.z);
    let bx = b.xb + b.r + 10.0;
    let bw = (b.w - PAD - bx).within(40.0, 240.0 * z);
    let right_block = |y: f64, bottom: f64| {
        let badge_y = y + 1.35 * lh;
        let top = badge_y + 8.0 * b.scale * z + 3.0;
        Block {
            side: Side::Right,
            text_x: bx,
            width: bw,
            name_y: y - 0.85 * lh,
            role_y: y + 0.25 * lh,
            badge_y,
            table: Rect {
                x: bx,
                y: top,
                w: bw,
                h: (bottom - top).max(0.0),
            },
        }
    };
    [
        right_block(b.yb2, b.yb3 - 1.35 * lh - 4.0),
        right_block(b.yb3, b.h - PAD),
    ]
}

/// The clients' write boxes along the top, and the x of their arrows down to Nodes 1 and 2.
fn write_boxes(b: &Base) -> ([Rect; 2], [f64; 2]) {
    let box_h = write_box_h(b.scale, b.z);
    let arrow_a = b.xa - 0.8 * b.r;
    let arrow_b = b.xb - 0.8 * b.r;
    let write_a = Rect {
        x: PAD,
        y: PAD,
        w: (b.xp - 10.0 - PAD).max(arrow_a + 12.0 - PAD),
        h: box_h,
    };
    let wb_x = arrow_b - 12.0;
    let write_b = Rect {
        x: wb_x,
        y: PAD,
        w: b.w - PAD - wb_x,
        h: box_h,
    };
    ([write_a, write_b], [arrow_a, arrow_b])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Canvas sizes from a phone during a conflict to a wide projector screen.
    const SIZES: [(f64, f64); 7] = [
        (340.0, 230.0),
        (348.0, 300.0),
        (480.0, 250.0),
        (620.0, 320.0),
        (640.0, 240.0),
        (930.0, 560.0),
        (1380.0, 640.0),
    ];

    fn circle_box(s: &Spot) -> Rect {
        Rect {
            x: s.x - s.r,
            y: s.y - s.r,
            w: 2.0 * s.r,
            h: 2.0 * s.r,
        }
    }

    fn inside(r: &Rect, l: &Layout) -> bool {
        r.x >= -0.01 && r.y >= -0.01 && r.right() <= l.w + 0.01 && r.bottom() <= l.h + 0.01
    }

    #[test]
    fn everything_fits_inside_the_canvas() {
        for (w, h) in SIZES {
            for scale in [1.0, MAX_SCALE] {
                for storage in [false, true] {
                    let l = layout(w, h, scale, storage);
                    for (n, s) in l.nodes.iter().enumerate() {
                        assert!(inside(&circle_box(s), &l), "{w}x{h} node {n}");
                        assert!(inside(&l.crown_box(n), &l), "{w}x{h} crown {n}");
                    }
                    for b in &l.blocks {
                        assert!(inside(&b.table, &l), "{w}x{h} table {b:?}");
                        assert!(b.table.y >= b.badge_y, "{w}x{h}");
                    }
                    for r in l.writes {
                        assert!(inside(&r, &l), "{w}x{h} write box {r:?}");
                    }
                    if let Some(s) = l.storage {
                        assert!(inside(&s, &l));
                        let t = l.blocks[0].table;
                        assert!(t.h == 0.0 || !s.overlaps(&t), "{w}x{h}");
                    }
                    for link in 0..3 {
                        assert!(inside(&l.link_hit(link), &l), "{w}x{h} link {link}");
                    }
                }
            }
        }
    }

    #[test]
    fn nothing_overlaps_what_it_must_not() {
        for (w, h) in SIZES {
            for scale in [1.0, MAX_SCALE] {
                let l = layout(w, h, scale, true);
                let circles: Vec<Rect> = l.nodes.iter().map(circle_box).collect();
                let crowns: Vec<Rect> = (0..3).map(|n| l.crown_box(n)).collect();
                for link in 0..3 {
                    let hit = l.link_hit(link);
                    for (n, c) in circles.iter().chain(&crowns).enumerate() {
                        assert!(
                            !hit.overlaps(c),
                            "{w}x{h}@{scale}: link {link} hits node/crown {n}"
                        );
                    }
                    for b in &l.blocks {
                        assert!(!hit.overlaps(&b.table), "{w}x{h}: link {link} over a table");
                    }
                    for other in 0..link {
                        assert!(!hit.overlaps(&l.link_hit(other)), "{w}x{h}");
                    }
                }
                // Tables stay clear of the circles and of each other.
                for (i, b) in l.blocks.iter().enumerate() {
                    for (n, c) in circles.iter().enumerate() {
                        assert!(!b.table.overlaps(c), "{w}x{h}: table {i} over node {n}");
                    }
                    for o in &l.blocks[..i] {
                        assert!(!b.table.overlaps(&o.table), "{w}x{h}: tables {i}");
                    }
                }
                // The write boxes sit above the crowns, and their arrows miss the crowns.
                for (k, r) in l.writes.iter().enumerate() {
                    for c in &crowns {
                        assert!(!r.overlaps(c), "{w}x{h}: write box {k} over a crown");
                    }
                    let crown = crowns[k];
                    assert!(
                        l.write_arrow_x[k] < crown.x,
                        "{w}x{h}: arrow {k} through the crown"
                    );
                    assert!(r.x <= l.write_arrow_x[k] && l.write_arrow_x[k] <= r.right());
                }
                assert!(!l.writes[0].overlaps(&l.writes[1]), "{w}x{h}");
                // The partition line runs between the columns.
                assert!(l.nodes[0].x + l.nodes[0].r < l.partition_x);
                assert!(l.partition_x < l.nodes[1].x - l.nodes[1].r);
                assert!(l.blocks[0].table.right() < l.partition_x);
            }
        }
    }

    /// Whether the segment from `a` to `b` crosses the rectangle (sampled finely).
    fn crosses(a: (f64, f64), b: (f64, f64), r: &Rect) -> bool {
        (0..=400).any(|i| {
            let t = f64::from(i) / 400.0;
            r.contains(a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
        })
    }

    #[test]
    fn links_miss_the_text_blocks_and_tables() {
        for (w, h) in SIZES {
            for scale in [1.0, MAX_SCALE] {
                let l = layout(w, h, scale, false);
                for (i, b) in l.blocks.iter().enumerate() {
                    // The text lines: the name, a role line and a badge line as wide as they
                    // may be drawn.
                    let line = |y: f64, width: f64| {
                        let x = match b.side {
                            Side::Below => b.text_x - width / 2.0,
                            Side::Right => b.text_x,
                        };
                        Rect {
                            x,
                            y: y - 0.5 * l.line_h,
                            w: width,
                            h: l.line_h,
                        }
                    };
                    let lines = [
                        line(b.name_y, 50.0 * scale),
                        line(b.role_y, b.width.min(100.0 * scale)),
                        line(b.badge_y, b.width),
                    ];
                    for (k, &(p, q)) in LINKS.iter().enumerate() {
                        let (a, c) = (l.nodes[p], l.nodes[q]);
                        for text in &lines {
                            assert!(
                                !crosses((a.x, a.y), (c.x, c.y), text),
                                "{w}x{h}@{scale}: link {k} through text {i} {text:?}"
                            );
                        }
                        assert!(
                            !crosses((a.x, a.y), (c.x, c.y), &b.table),
                            "{w}x{h}@{scale}: link {k} through table {i}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn node_positions_do_not_depend_on_the_text_scale() {
        for (w, h) in SIZES {
            assert_eq!(
                layout(w, h, 1.0, false).nodes,
                layout(w, h, MAX_SCALE, true).nodes
            );
        }
    }

    #[test]
    fn clicks_find_the_link() {
        let l = layout(640.0, 320.0, 1.0, false);
        for link in 0..3 {
            let (x, y) = l.link_mid(link);
            assert_eq!(l.hit_link(x, y), Some(link));
        }
        assert_eq!(l.hit_link(1.0, 1.0), None);
        let (x, y) = (l.nodes[0].x, l.nodes[0].y);
        assert_eq!(l.hit_link(x, y), None);
    }

    #[test]
    fn tiny_or_broken_sizes_do_not_panic() {
        for (w, h) in [
            (0.0, 0.0),
            (-5.0, 10.0),
            (f64::NAN, 300.0),
            (10_000.0, 90.0),
        ] {
            let l = layout(w, h, 1.0, true);
            assert!(l.nodes.iter().all(|s| s.r >= 12.0 || s.r.is_nan()));
        }
    }
}
