//! Where things are on the canvas: the two regions side by side when the canvas is wide,
//! stacked when it is narrow; in each, the users' strip, three shard rows (three voters, three
//! read replicas) and that region's etcd nodes.

use dsim_core::cluster::{NodeRef, Region, ETCD_NODES, READ_REPLICAS, SHARDS, VOTERS};
use dsim_core::num::Within;
use dsim_ui::geom::{Rect, Spot};

/// Canvases at least this wide put the regions side by side.
pub const SIDE_BY_SIDE_MIN_W: f64 = 640.0;
const PAD: f64 = 6.0;
const TITLE_H: f64 = 20.0;
const ETCD_H: f64 = 34.0;
/// How far above its circle a leader's crown is drawn (its base line).
pub const CROWN_GAP: f64 = 5.0;
/// The crown's size for a voter of radius `r` is `CROWN_SIZE * r`.
pub const CROWN_SIZE: f64 = 0.8;
/// How far a crown reaches above its voter's circle, per unit of radius, at the projector's
/// 1.3 scale (the crown's tips are 0.6 of its scaled size above its base line).
const CROWN_PER_R: f64 = 0.6 * CROWN_SIZE * 1.3;
/// Clear space between a crown's tips and the top of its row, plus the gap under the circle.
const CROWN_MARGIN: f64 = CROWN_GAP + 6.0;
/// Below a read replica: the gap, its lag bar and a margin.
const BAR_ROOM: f64 = 3.0 + 4.0 + 3.0;
/// Room for a shard row's name on its left in a region `w` wide: more on a wide canvas, where
/// projector text is larger.
pub fn label_w(w: f64) -> f64 {
    (w * 0.21).within(74.0, 96.0)
}

/// One shard row: its box and its nodes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row {
    /// The row's box.
    pub rect: Rect,
    /// The leader and its two followers, by slot.
    pub voters: [Spot; VOTERS],
    /// The read replicas.
    pub replicas: [Spot; READ_REPLICAS],
    /// The width of its name column.
    pub label_w: f64,
}

/// Every place on the canvas.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// US-East, then EU-West.
    pub regions: [Rect; 2],
    /// The users' strip of each region: left x, right x, y.
    pub users: [(f64, f64, f64); 2],
    /// The six shard rows.
    pub rows: Vec<Row>,
    /// The etcd nodes.
    pub etcd: [Spot; ETCD_NODES],
    /// Whether the regions sit side by side.
    pub wide: bool,
}

/// The region boxes' order.
pub const REGIONS: [Region; 2] = [Region::UsEast, Region::EuWest];

/// Index of a region in [`Layout::regions`].
pub fn region_index(r: Region) -> usize {
    usize::from(r == Region::EuWest)
}

/// The layout of a `w` × `h` canvas.
pub fn layout(w: f64, h: f64) -> Layout {
    let wide = w >= SIDE_BY_SIDE_MIN_W;
    let regions = Rect::halves(w, h, PAD, wide);
    // The users' strip grows with the region, so the first shard row sits clear of the title
    // bar's menus on a wide canvas.
    let users_h = (regions[0].h * 0.1).within(22.0, 60.0);
    let users = regions.map(|r| {
        (
            r.x + label_w(r.w),
            r.right() - 12.0,
            r.y + TITLE_H + users_h / 2.0,
        )
    });
    let rows = (0..SHARDS).map(|s| row(&regions, s, users_h)).collect();
    let etcd = std::array::from_fn(|i| etcd_spot(&regions, i));
    Layout {
        regions,
        users,
        rows,
        etcd,
        wide,
    }
}

fn row(regions: &[Rect; 2], shard: usize, users_h: f64) -> Row {
    let reg = regions[region_index(Region::of_shard(shard))];
    let top = reg.y + TITLE_H + users_h;
    let row_h = ((reg.h - TITLE_H - users_h - ETCD_H) / 3.0).max(24.0);
    let k = (shard % 3) as f64;
    let rect = Rect::new(reg.x + 4.0, top + k * row_h + 2.0, reg.w - 8.0, row_h - 4.0);
    let label = label_w(reg.w);
    let room = (rect.w - label - 12.0) / 7.2;
    // Room above a voter for its crown at projector scale, and below a replica for its lag bar.
    let r = (rect.h * 0.3)
        .min(room * 0.42)
        .min((rect.h - CROWN_MARGIN - BAR_ROOM) / (1.0 + CROWN_PER_R + 0.78))
        .within(7.0, 16.0);
    let above = CROWN_MARGIN + r * (1.0 + CROWN_PER_R);
    let y = (rect.y + rect.h * 0.45)
        .max(rect.y + above)
        .min(rect.bottom() - 0.78 * r - BAR_ROOM);
    let step = (2.6 * r).max(room.min(3.4 * r));
    let x0 = rect.x + label + r + 2.0;
    let voters = std::array::from_fn(|i| Spot {
        x: x0 + i as f64 * step,
        y,
        r,
    });
    let rx0 = x0 + 3.0 * step + r * 0.6;
    let replicas = std::array::from_fn(|i| Spot {
        x: rx0 + i as f64 * step * 0.85,
        y,
        r: r * 0.78,
    });
    Row {
        rect,
        voters,
        replicas,
        label_w: label,
    }
}

fn etcd_spot(regions: &[Rect; 2], i: usize) -> Spot {
    let reg = regions[region_index(Region::of_etcd(i))];
    let r = 10.0;
    let k = (0..i)
        .filter(|&j| Region::of_etcd(j) == Region::of_etcd(i))
        .count() as f64;
    Spot {
        x: reg.x + label_w(reg.w) + r + 2.0 + k * 3.2 * r,
        y: reg.bottom() - ETCD_H / 2.0,
        r,
    }
}

impl Layout {
    /// Where a node is drawn.
    pub fn spot(&self, node: NodeRef) -> Option<Spot> {
        match node {
            NodeRef::Voter { shard, slot } => self.rows.get(shard)?.voters.get(slot).copied(),
            NodeRef::Replica { shard, index } => self.rows.get(shard)?.replicas.get(index).copied(),
            NodeRef::Etcd(i) => self.etcd.get(i).copied(),
        }
    }

    /// Where a request from `user` in `region` starts: a point on that region's users' strip.
    pub fn source(&self, region: Region, user: u32) -> (f64, f64) {
        let (x0, x1, y) = self.users[region_index(region)];
        let f = f64::from(user.wrapping_mul(2_654_435_761) % 1_000) / 1_000.0;
        (x0 + f * (x1 - x0), y)
    }
}

/// Every node in drawing order: voters and replicas shard by shard, then etcd.
pub fn all_nodes() -> Vec<NodeRef> {
    let mut v = Vec::new();
    for shard in 0..SHARDS {
        v.extend((0..VOTERS).map(|slot| NodeRef::Voter { shard, slot }));
        v.extend((0..READ_REPLICAS).map(|index| NodeRef::Replica { shard, index }));
    }
    v.extend((0..ETCD_NODES).map(NodeRef::Etcd));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_overlaps(l: &Layout) {
        let spots: Vec<Spot> = all_nodes().into_iter().filter_map(|n| l.spot(n)).collect();
        for (i, a) in spots.iter().enumerate() {
            for b in &spots[i + 1..] {
                let d = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
                assert!(d >= a.r + b.r, "{a:?} {b:?}");
            }
        }
        for (s, row) in l.rows.iter().enumerate() {
            let reg = l.regions[region_index(Region::of_shard(s))];
            for n in row.voters.iter().chain(&row.replicas) {
                assert!(n.x + n.r <= reg.right() && n.y + n.r <= reg.bottom(), "{s}");
            }
        }
    }

    #[test]
    fn crowns_and_lag_bars_stay_inside_their_row() {
        for (w, h) in [
            (340.0, 440.0),
            (340.0, 560.0),
            (620.0, 500.0),
            (900.0, 670.0),
        ] {
            for row in layout(w, h).rows {
                let v = row.voters[0];
                let crown_top = v.y - v.r - CROWN_GAP - CROWN_PER_R * v.r;
                assert!(
                    crown_top >= row.rect.y + 5.0,
                    "{w}×{h}: {crown_top} {row:?}"
                );
                let p = row.replicas[0];
                assert!(p.y + p.r + 7.0 <= row.rect.bottom(), "{w}×{h}: {row:?}");
            }
        }
    }

    #[test]
    fn nodes_never_overlap_from_phone_to_desktop() {
        for (w, h) in [
            (340.0, 640.0),
            (400.0, 640.0),
            (700.0, 420.0),
            (1260.0, 440.0),
        ] {
            no_overlaps(&layout(w, h));
        }
    }
}
