//! The hash ring's guided tours: a join or leave moves about 1/N of the keys where `hash % N`
//! moves almost all, and virtual nodes even out the load without making it perfect.

use dsim_core::hash_ring::{expected_spread, MembershipChange, RingEvent};
use dsim_ui::{Tour, TourStep, TourWords};

use crate::{ConsistentHashRing as H, Msg};

fn step(check: fn(&H) -> bool) -> TourStep<H> {
    TourStep::new(check)
}

fn ev(e: RingEvent) -> Msg {
    Msg::Event(e)
}

/// The last join or leave: whether it was that change, and the shares of keys moved on the
/// ring and under `hash % N`.
fn moved(h: &H, change: MembershipChange) -> Option<(f64, f64)> {
    let m = h.sim.last_migration().filter(|m| m.change == change)?;
    Some((m.share(), m.mod_n.share()))
}

/// Whether the ring has `nodes` nodes of `vnodes` virtual nodes each.
fn shape(h: &H, nodes: usize, vnodes: usize) -> bool {
    h.sim.nodes().len() == nodes && h.sim.config().vnodes == vnodes
}

/// The coefficient of variation of keys per node, as a share of the expected spread.
fn spread_ratio(h: &H) -> f64 {
    let c = h.sim.config();
    h.sim.load().cv / expected_spread(h.sim.nodes().len(), c.vnodes).max(1e-9)
}

pub(crate) fn moves(w: &TourWords) -> Tour<H> {
    w.tour(
        "add-a-node",
        vec![
            step(|h| shape(h, 5, 50) && h.sim.keys().len() == 1000)
                .settings("nodes=5&vnodes=50&keys=1000&seed=3")
                .focus(".sim-canvas"),
            step(|h| {
                shape(h, 6, 50)
                    && moved(h, MembershipChange::Added).is_some_and(|(s, _)| s > 0.05 && s < 0.3)
            })
            .send(ev(RingEvent::AddNode))
            .focus(".compare-rows"),
            step(|h| {
                h.compare
                    && moved(h, MembershipChange::Added).is_some_and(|(s, m)| m > 0.7 && s < m)
            })
            .send(Msg::Compare(true)),
            step(|h| {
                shape(h, 5, 50)
                    && moved(h, MembershipChange::Removed).is_some_and(|(s, m)| s < 0.3 && m > 0.7)
            })
            .send(ev(RingEvent::RemoveNode)),
            step(|h| h.selected.is_some())
                .send(Msg::Inspect(1))
                .focus("#inspect"),
        ],
    )
}

pub(crate) fn vnodes(w: &TourWords) -> Tour<H> {
    w.tour(
        "virtual-nodes",
        vec![
            step(|h| shape(h, 5, 1) && h.sim.load().max_over_mean > 1.5)
                .settings("nodes=5&vnodes=1&keys=10000&seed=3")
                .focus(".sim-canvas"),
            step(|h| shape(h, 5, 10) && h.sim.load().max_over_mean < 1.9)
                .send(ev(RingEvent::SetVnodes(10)))
                .focus("#vnodes"),
            step(|h| shape(h, 5, 50) && h.sim.load().max_over_mean < 1.4)
                .send(ev(RingEvent::SetVnodes(50))),
            step(|h| {
                let r = spread_ratio(h);
                r > 0.5 && r < 2.0
            }),
            step(|h| shape(h, 6, 50) && moved(h, MembershipChange::Added).is_some())
                .send(ev(RingEvent::AddNode)),
        ],
    )
}
