//! Where things sit on each panel's canvas, shared by the drawing and the clickable overlay.
//!
//! * Single-Leader: the client box at the top, Node 1 (the leader) under it, Nodes 2–5 in a
//!   row at the bottom.
//! * Multi-Leader: clients A and B at the top, above leaders Node 1 (left) and Node 3
//!   (right); Nodes 2, 4 and 5 in a row at the bottom.
//! * Leaderless: the client box at the top, the five replicas in a row at the bottom.
//!
//! A canvas smaller than [`COMPACT_HEIGHT`] (the panels that are not highlighted on a narrow
//! screen) is drawn compact: smaller nodes, no value lines under them.

use dsim_core::num::Within;
use dsim_core::replication::{Endpoint, Topology, NODES};
use dsim_ui::math;

/// Canvases shorter than this (CSS px) are drawn as compact thumbnails.
pub const COMPACT_HEIGHT: f64 = 120.0;
/// Canvases narrower than this are drawn compact too.
pub const COMPACT_WIDTH: f64 = 200.0;

/// The most vertical room between the two rows of nodes (between their edges).
const MAX_ROW_GAP: f64 = 130.0;
/// The longest fan of arrows from the Leaderless client down to the replicas.
const MAX_FAN: f64 = 170.0;

pub use dsim_ui::geom::Spot;

/// Which edge of a client box stays put when its caption makes it narrower than its room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hug {
    /// Centred in its room (above its node).
    Center,
    /// Its right edge is fixed (it sits left of its leader).
    Right,
    /// Its left edge is fixed (it sits right of its leader).
    Left,
}

/// A client box: the room it may take, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClientBox {
    /// Centre x of its room.
    pub cx: f64,
    /// Centre y.
    pub cy: f64,
    /// Width of its room (the box draws as wide as its caption needs, up to this).
    pub w: f64,
    /// Height.
    pub h: f64,
    /// The edge that stays put.
    pub hug: Hug,
}

impl ClientBox {
    /// The centre x of the box when it is drawn `w` wide.
    pub fn center_for(&self, w: f64) -> f64 {
        let w = w.min(self.w);
        match self.hug {
            Hug::Center => self.cx,
            Hug::Right => self.cx + self.w / 2.0 - w / 2.0,
            Hug::Left => self.cx - self.w / 2.0 + w / 2.0,
        }
    }
}

/// Everything placed on one panel's canvas.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelLayout {
    /// The topology drawn.
    pub topology: Topology,
    /// Canvas width (CSS px).
    pub width: f64,
    /// Canvas height (CSS px).
    pub height: f64,
    /// Drawn as a thumbnail: small nodes, no text under them.
    pub compact: bool,
    /// The five nodes, Node 1 first.
    pub nodes: [Spot; NODES],
    /// The client boxes: one (Single-Leader, Leaderless) or two (Multi-Leader: A, B).
    pub clients: Vec<ClientBox>,
    /// Height of the value line drawn under each node (0 when compact).
    pub label_h: f64,
}

#[derive(Debug, Clone, Copy)]
struct Metrics {
    pad: f64,
    client_h: f64,
    label_h: f64,
    /// Room for a visible arrow between the client box and the first row (and the crown).
    arrow: f64,
    crown: f64,
    row_gap: f64,
}

impl Metrics {
    fn new(compact: bool, height: f64) -> Self {
        if compact {
            Metrics {
                pad: 3.0,
                client_h: (height * 0.16).within(10.0, 16.0),
                label_h: 0.0,
                arrow: 5.0,
                crown: 4.0,
                row_gap: 6.0,
            }
        } else {
            Metrics {
                pad: 6.0,
                client_h: (height * 0.1).within(20.0, 26.0),
                label_h: 18.0,
                arrow: 16.0,
                crown: 13.0,
                row_gap: 18.0,
            }
        }
    }
}

/// Where the two rows of Single- and Multi-Leader sit: the nodes' radius, the rows' centres
/// and the client boxes' centre line.
#[derive(Debug, Clone, Copy)]
struct Rows {
    r: f64,
    y_top: f64,
    y_bottom: f64,
    client_cy: f64,
}

/// One canvas's size and metrics, from which each topology's places follow.
struct Geometry {
    width: f64,
    height: f64,
    compact: bool,
    inner_w: f64,
    m: Metrics,
}

impl Geometry {
    fn radius_range(&self) -> (f64, f64) {
        if self.compact {
            (3.0, 12.0)
        } else {
            (8.0, 28.0)
        }
    }

    /// A short, wide canvas puts the clients beside their leaders instead of above them.
    fn beside(&self) -> bool {
        !self.compact && self.height < 200.0 && self.width >= 2.2 * self.height
    }

    /// The two rows: the leader(s) on top, `bottom_count` other nodes at the bottom; on a tall
    /// canvas the drawing stays together, centred vertically.
    fn rows(&self, bottom_count: f64, beside: bool) -> Rows {
        let m = self.m;
        let top = if beside {
            m.pad + m.crown
        } else {
            m.pad + m.client_h + m.arrow + m.crown
        };
        let bottom = self.height - m.pad - m.label_h;
        let (min_r, max_r) = self.radius_range();
        let r_v = (bottom - top - m.label_h - m.row_gap) / 4.0;
        let r_h = self.inner_w / bottom_count * 0.3;
        let r = r_v.min(r_h).within(min_r, max_r);
        let (y_top, y_bottom) = (top + r, bottom - r);
        let extra = (y_bottom - y_top - (MAX_ROW_GAP + 2.0 * r)).max(0.0) / 2.0;
        let y_top = y_top + extra;
        Rows {
            r,
            y_top,
            y_bottom: y_bottom - extra,
            client_cy: if beside {
                y_top
            } else {
                m.pad + m.client_h / 2.0 + extra
            },
        }
    }

    /// The room left of a leader at x, for a client box beside it.
    fn left_of(&self, x: f64, rows: Rows) -> ClientBox {
        let right = x - (rows.r + 16.0);
        let w = (right - self.m.pad).within(1.0, 190.0);
        ClientBox {
            cx: right - w / 2.0,
            cy: rows.client_cy,
            w,
            h: self.m.client_h,
            hug: Hug::Right,
        }
    }

    /// The room right of a leader at x, for a client box beside it.
    fn right_of(&self, x: f64, rows: Rows) -> ClientBox {
        let left = x + (rows.r + 16.0);
        let w = (self.width - self.m.pad - left).within(1.0, 190.0);
        ClientBox {
            cx: left + w / 2.0,
            cy: rows.client_cy,
            w,
            h: self.m.client_h,
            hug: Hug::Left,
        }
    }

    /// A client box centred at `cx`, at most `max_w` wide.
    fn above(&self, cx: f64, cy: f64, max_w: f64) -> ClientBox {
        ClientBox {
            cx,
            cy,
            w: max_w,
            h: self.m.client_h,
            hug: Hug::Center,
        }
    }

    /// The leader centred on top, the four replicas in a row at the bottom.
    fn single_leader(&self) -> ([Spot; NODES], Vec<ClientBox>) {
        let beside = self.beside();
        let rows = self.rows(4.0, beside);
        let at = |x: f64, y: f64| Spot { x, y, r: rows.r };
        let slot = self.inner_w / 4.0;
        let row = |k: f64| self.m.pad + slot * (k + 0.5);
        let client = if beside {
            self.left_of(self.width / 2.0, rows)
        } else {
            self.above(self.width / 2.0, rows.client_cy, self.inner_w.min(190.0))
        };
        let nodes = [
            at(self.width / 2.0, rows.y_top),
            at(row(0.0), rows.y_bottom),
            at(row(1.0), rows.y_bottom),
            at(row(2.0), rows.y_bottom),
            at(row(3.0), rows.y_bottom),
        ];
        (nodes, vec![client])
    }

    /// Leaders Node 1 (left) and Node 3 (right) on top, Nodes 2, 4 and 5 at the bottom.
    fn multi_leader(&self) -> ([Spot; NODES], Vec<ClientBox>) {
        let beside = self.beside();
        let rows = self.rows(3.0, beside);
        let at = |x: f64, y: f64| Spot { x, y, r: rows.r };
        let (at_l, at_r) = if beside { (0.36, 0.64) } else { (0.25, 0.75) };
        let left = self.m.pad + self.inner_w * at_l;
        let right = self.m.pad + self.inner_w * at_r;
        let slot = self.inner_w / 3.0;
        let row = |k: f64| self.m.pad + slot * (k + 0.5);
        let clients = if beside {
            vec![self.left_of(left, rows), self.right_of(right, rows)]
        } else {
            let w = (self.inner_w / 2.0 - 6.0).min(130.0);
            vec![
                self.above(left, rows.client_cy, w),
                self.above(right, rows.client_cy, w),
            ]
        };
        let nodes = [
            at(left, rows.y_top),
            at(row(0.0), rows.y_bottom),
            at(right, rows.y_top),
            at(row(1.0), rows.y_bottom),
            at(row(2.0), rows.y_bottom),
        ];
        (nodes, clients)
    }

    /// One row of equal replicas under the client, far enough for the fan of arrows (and
    /// their labels) to read.
    fn leaderless(&self) -> ([Spot; NODES], Vec<ClientBox>) {
        let m = self.m;
        let bottom = self.height - m.pad - m.label_h;
        let (min_r, max_r) = self.radius_range();
        let fan = if self.compact { 10.0 } else { 40.0 };
        let r_v = (bottom - (m.pad + m.client_h + fan)) / 2.0;
        let r_h = self.inner_w / NODES as f64 * 0.3;
        let r = r_v.min(r_h).within(min_r, max_r);
        let y = bottom - r;
        let extra = (y - r - (m.pad + m.client_h) - MAX_FAN).max(0.0) / 2.0;
        let client_cy = m.pad + m.client_h / 2.0 + extra;
        let y = y - extra;
        let slot = self.inner_w / NODES as f64;
        let client = self.above(self.width / 2.0, client_cy, self.inner_w.min(190.0));
        let nodes = std::array::from_fn(|i| Spot {
            x: m.pad + slot * (i as f64 + 0.5),
            y,
            r,
        });
        (nodes, vec![client])
    }
}

impl PanelLayout {
    /// Lays out one panel on a `width` × `height` canvas.
    pub fn new(topology: Topology, width: f64, height: f64) -> Self {
        let width = width.max(1.0);
        let height = height.max(1.0);
        let compact = height < COMPACT_HEIGHT || width < COMPACT_WIDTH;
        let m = Metrics::new(compact, height);
        let g = Geometry {
            width,
            height,
            compact,
            inner_w: width - 2.0 * m.pad,
            m,
        };
        let (nodes, clients) = match topology {
            Topology::SingleLeader => g.single_leader(),
            Topology::MultiLeader => g.multi_leader(),
            Topology::Leaderless => g.leaderless(),
        };
        PanelLayout {
            topology,
            width,
            height,
            compact,
            nodes,
            clients,
            label_h: m.label_h,
        }
    }

    /// The node under a point, if any (a little larger than the circle, for fingers).
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        self.nodes
            .iter()
            .position(|s| math::hypot(s.x - x, s.y - y) <= (s.r * 1.25).max(12.0))
    }

    /// The centre of an endpoint and the half-extents of its shape (radius twice for a node,
    /// half width and half height for a client box).
    pub fn anchor(&self, e: Endpoint) -> (f64, f64, f64, f64) {
        match e {
            Endpoint::Node(i) => {
                let s = self.nodes.get(i).copied().unwrap_or(self.nodes[0]);
                (s.x, s.y, s.r, s.r)
            }
            Endpoint::Client(k) => {
                let b = self
                    .clients
                    .get(k)
                    .or_else(|| self.clients.first())
                    .copied()
                    .unwrap_or(ClientBox {
                        cx: self.width / 2.0,
                        cy: 10.0,
                        w: 40.0,
                        h: 16.0,
                        hug: Hug::Center,
                    });
                match b.hug {
                    Hug::Center => (b.cx, b.cy, b.w.min(70.0) / 2.0, b.h / 2.0),
                    Hug::Right => (b.cx + b.w / 2.0 - 1.0, b.cy, 1.0, b.h / 2.0),
                    Hug::Left => (b.cx - b.w / 2.0 + 1.0, b.cy, 1.0, b.h / 2.0),
                }
            }
        }
    }

    /// The path a message takes from one endpoint to another: from the edge of the sender to
    /// the edge of the receiver. Messages in opposite directions on one link are drawn a few
    /// pixels apart, so two writes crossing stay visible.
    pub fn path(&self, from: Endpoint, to: Endpoint) -> ((f64, f64), (f64, f64)) {
        let (x0, y0, a0, b0) = self.anchor(from);
        let (x1, y1, a1, b1) = self.anchor(to);
        let (dx, dy) = (x1 - x0, y1 - y0);
        let len = math::hypot(dx, dy);
        if len < 1e-6 {
            return ((x0, y0), (x1, y1));
        }
        let (ux, uy) = (dx / len, dy / len);
        let exit = |a: f64, b: f64, circle: bool| {
            if circle {
                a
            } else {
                let tx = if ux.abs() > 1e-9 {
                    a / ux.abs()
                } else {
                    f64::MAX
                };
                let ty = if uy.abs() > 1e-9 {
                    b / uy.abs()
                } else {
                    f64::MAX
                };
                tx.min(ty)
            }
        };
        let s0 = exit(a0, b0, matches!(from, Endpoint::Node(_))) + 2.0;
        let s1 = exit(a1, b1, matches!(to, Endpoint::Node(_))) + 3.0;
        let (s0, s1) = if s0 + s1 >= len {
            (len * 0.3, len * 0.3)
        } else {
            (s0, s1)
        };
        // Between two nodes every message keeps to the right of the centre line, so the two
        // directions of one link sit on either side of it.
        let shift = match (from, to) {
            (Endpoint::Node(_), Endpoint::Node(_)) if self.compact => 1.5,
            (Endpoint::Node(_), Endpoint::Node(_)) => 3.5,
            _ => 0.0,
        };
        let (px, py) = (-uy * shift, ux * shift);
        (
            (x0 + ux * s0 + px, y0 + uy * s0 + py),
            (x1 - ux * s1 + px, y1 - uy * s1 + py),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZES: [(f64, f64); 6] = [
        (340.0, 150.0),
        (400.0, 260.0),
        (620.0, 220.0),
        (440.0, 400.0),
        (160.0, 70.0),
        (110.0, 60.0),
    ];

    #[test]
    fn everything_fits_inside_the_canvas_at_every_size() {
        for t in Topology::ALL {
            for (w, h) in SIZES {
                let l = PanelLayout::new(t, w, h);
                for (i, s) in l.nodes.iter().enumerate() {
                    assert!(s.x - s.r >= 0.0 && s.x + s.r <= w, "{t:?} {w}x{h} node {i}");
                    assert!(s.y + s.r + l.label_h <= h + 0.01, "{t:?} {w}x{h}: {s:?}");
                    assert!(s.r >= 3.0, "{t:?} {w}x{h}: {s:?}");
                }
                for b in &l.clients {
                    assert!(b.cy - b.h / 2.0 >= 0.0, "{t:?} {w}x{h}");
                    assert!(
                        b.cx - b.w / 2.0 >= 0.0 && b.cx + b.w / 2.0 <= w,
                        "{t:?} {w}x{h}"
                    );
                    // No client box covers a node.
                    for s in &l.nodes {
                        let nx = s.x.within(b.cx - b.w / 2.0, b.cx + b.w / 2.0);
                        let ny = s.y.within(b.cy - b.h / 2.0, b.cy + b.h / 2.0);
                        assert!(
                            (s.x - nx).hypot(s.y - ny) > s.r,
                            "{t:?} {w}x{h}: {b:?} {s:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn nodes_do_not_overlap() {
        for t in Topology::ALL {
            for (w, h) in SIZES {
                let l = PanelLayout::new(t, w, h);
                for a in 0..NODES {
                    for b in (a + 1)..NODES {
                        let (p, q) = (l.nodes[a], l.nodes[b]);
                        let gap = (p.x - q.x).hypot(p.y - q.y) - p.r - q.r;
                        assert!(gap > 4.0, "{t:?} {w}x{h}: nodes {a} and {b}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_leaders_sit_on_the_top_row() {
        let l = PanelLayout::new(Topology::SingleLeader, 400.0, 260.0);
        assert!(l.nodes[0].y < l.nodes[1].y);
        assert!((l.nodes[0].x - 200.0).abs() < 1e-9);
        let m = PanelLayout::new(Topology::MultiLeader, 400.0, 260.0);
        assert_eq!(m.clients.len(), 2);
        assert!(m.nodes[0].y < m.nodes[1].y && m.nodes[2].y < m.nodes[3].y);
        assert!(m.nodes[0].x < m.nodes[2].x);
        let p = PanelLayout::new(Topology::Leaderless, 400.0, 260.0);
        assert!(p.nodes.iter().all(|s| s.y == p.nodes[0].y));
    }

    #[test]
    fn short_wide_canvases_put_the_clients_beside_the_leaders() {
        let l = PanelLayout::new(Topology::SingleLeader, 340.0, 150.0);
        assert_eq!(l.clients[0].hug, Hug::Right);
        assert!((l.clients[0].cy - l.nodes[0].y).abs() < 1e-9);
        assert!(l.nodes[0].r >= 14.0, "{:?}", l.nodes[0]);
        let m = PanelLayout::new(Topology::MultiLeader, 620.0, 180.0);
        assert_eq!(
            (m.clients[0].hug, m.clients[1].hug),
            (Hug::Right, Hug::Left)
        );
        let b = m.clients[1];
        assert!((b.center_for(40.0) - (b.cx - b.w / 2.0 + 20.0)).abs() < 1e-9);
        let tall = PanelLayout::new(Topology::SingleLeader, 400.0, 300.0);
        assert_eq!(tall.clients[0].hug, Hug::Center);
    }

    #[test]
    fn small_canvases_are_compact() {
        assert!(PanelLayout::new(Topology::Leaderless, 170.0, 80.0).compact);
        assert!(PanelLayout::new(Topology::Leaderless, 150.0, 200.0).compact);
        assert!(!PanelLayout::new(Topology::Leaderless, 340.0, 150.0).compact);
    }

    #[test]
    fn clicks_find_the_node() {
        let l = PanelLayout::new(Topology::Leaderless, 400.0, 260.0);
        assert_eq!(l.hit(l.nodes[2].x, l.nodes[2].y), Some(2));
        assert_eq!(l.hit(1.0, 1.0), None);
    }

    #[test]
    fn paths_start_and_end_outside_the_shapes_and_opposite_ones_do_not_overlap() {
        let l = PanelLayout::new(Topology::MultiLeader, 400.0, 260.0);
        let (a0, a1) = l.path(Endpoint::Node(0), Endpoint::Node(2));
        let (b0, b1) = l.path(Endpoint::Node(2), Endpoint::Node(0));
        let n0 = l.nodes[0];
        assert!((a0.0 - n0.x).hypot(a0.1 - n0.y) > n0.r);
        assert!((a1.0 - b0.0).abs() < 6.0 + n0.r);
        assert!((a0.1 - b1.1).abs() > 5.0, "{a0:?} {b1:?}");
        let (c0, _) = l.path(Endpoint::Client(1), Endpoint::Node(2));
        let b = l.clients[1];
        assert!(c0.1 > b.cy + b.h / 2.0 - 0.01);
    }
}
