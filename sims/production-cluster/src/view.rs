//! The production cluster page: the stage (canvas, legend, the claim checker and every shard's
//! readout as text in a status region) and the panel (clock, shard faults, cluster faults,
//! settings).

use dsim_core::cluster::{
    check, ClusterEvent as E, ClusterSim, Routing, MAX_RATE, MIN_RATE, SHARDS,
};
use dsim_ui::format::requests_per_second;
use dsim_ui::{ActionButton, Choice, Slider, Switch, View};
use yew::prelude::*;

use crate::layout::{all_nodes, layout};
use crate::msg::{self, t};
use crate::{text, Msg, ProductionCluster};

type V<'a> = View<'a, ProductionCluster>;

/// Everything inside the shell.
pub fn body(sim: &ClusterSim, shard: usize, v: &V) -> Html {
    let stage = html! {
        <>
            { v.legend("pc-legend") }
            { status(sim) }
        </>
    };
    let panel = html! {
        <>
            { v.clock_group(None) }
            { shard_faults(sim, shard, v) }
            { cluster_faults(sim, v) }
            { settings(sim, v) }
        </>
    };
    v.stage_and_panel("pc", stage, panel)
}

/// The claim checker, the cluster line, the notes and the shard table.
fn status(sim: &ClusterSim) -> Html {
    html! {
        <div class="readouts pc-status" role="status" aria-label={t!(STATUS_LABEL)}>
            <ul class="pc-claims" aria-label={t!(CLAIM_CHECKER)}>
                { for check(sim).iter().map(|c| html! {
                    <li class={classes!((!c.holds()).then_some("bad"))}>{ text::claim_line(c) }</li>
                }) }
            </ul>
            <p class="pc-cluster">{ text::cluster_line(sim) }</p>
            { table(sim) }
            <p class="pc-clock">{ text::clock(sim) }</p>
            <p class="pc-note">{ text::node_count_note() }{ " " }{ text::quorum_note() }</p>
        </div>
    }
}

/// The shard table. Explicit roles keep it a table for screen readers where a narrow status
/// region lays each row out as two lines (style.css), the later cells labelled by their heads.
fn table(sim: &ClusterSim) -> Html {
    html! {
        <div class="pc-table-wrap" tabindex="0" role="group" aria-label={t!(SHARD_TABLE)}>
            <table class="pc-table" role="table">
                <thead role="rowgroup"><tr role="row">{ for text::shard_heads().into_iter().map(|h| html! {
                    <th scope="col" role="columnheader">{ h }</th>
                }) }</tr></thead>
                <tbody role="rowgroup">
                    { for (0..sim.shards().len()).map(|i| shard_row(sim, i)) }
                </tbody>
            </table>
        </div>
    }
}

fn shard_row(sim: &ClusterSim, i: usize) -> Html {
    let cells = text::shard_cells(sim, i);
    let heads = text::shard_heads();
    let bad = !sim.shards()[i].writable();
    html! {
        <tr role="row" class={classes!(bad.then_some("bad"))}>
            <th scope="row" role="rowheader">{ cells[0].clone() }</th>
            { for cells[1..].iter().zip(&heads[1..]).map(|(c, h)| html! {
                <td role="cell" data-label={h.clone()}>{ c.clone() }</td>
            }) }
        </tr>
    }
}

fn event(v: &V, e: E, label: &'static str) -> Html {
    html! { <ActionButton label={t!((label))} onclick={v.send(Msg::Event(e))} /> }
}

fn shard_faults(sim: &ClusterSim, shard: usize, v: &V) -> Html {
    let options = (0..SHARDS)
        .map(|s| {
            (
                AttrValue::from(s.to_string()),
                AttrValue::from((s + 1).to_string()),
            )
        })
        .collect::<Vec<_>>();
    let on_select = v.callback(|s: AttrValue| Msg::Shard(s.parse().unwrap_or(0)));
    let lagged = sim.shards()[shard].replicas[0].lagged;
    let lag = E::LagReplica {
        shard,
        index: 0,
        lagged: !lagged,
    };
    html! {
        <div class="pc-shard" role="group" aria-label={t!(SHARD_FAULTS)}>
            <div class="choice-short"><Choice label={t!(SHARD_LABEL)} name="pc-shard" options={options}
                selected={shard.to_string()} {on_select} /></div>
            <div class="buttons">
                { event(v, E::KillLeader(shard), msg::KILL_LEADER) }
                { event(v, E::KillTwo(shard), msg::KILL_TWO) }
                { event(v, lag, text::LAG_LABEL.pick(lagged)) }
            </div>
        </div>
    }
}

fn cluster_faults(sim: &ClusterSim, v: &V) -> Html {
    let partitioned = sim.partitioned();
    let quorum = sim.etcd_up().iter().filter(|&&u| u).count() >= 2;
    let etcd = if quorum {
        E::LoseEtcdQuorum
    } else {
        E::HealEtcd
    };
    html! {
        <div class="buttons pc-cluster-faults" role="group" aria-label={t!(CLUSTER_FAULTS)}>
            { event(v, E::Partition(!partitioned), text::PARTITION_LABEL.pick(partitioned)) }
            { event(v, etcd, text::ETCD_LABEL.pick(quorum)) }
            { event(v, E::HotUser(!sim.hot_user()), text::HOT_LABEL.pick(sim.hot_user())) }
            { event(v, E::HealAll, msg::HEAL_ALL) }
        </div>
    }
}

fn settings(sim: &ClusterSim, v: &V) -> Html {
    let rate = sim.rate();
    let geo = sim.routing() == Routing::GeoThenRing;
    html! {
        <div class="pc-settings">
            <Slider id="pc-rate" label={t!(RATE_LABEL)} min={f64::from(MIN_RATE)} max={f64::from(MAX_RATE)} step={10.0}
                value={f64::from(rate)} display={rate.to_string()} value_text={requests_per_second(u64::from(rate))}
                on_change={v.callback(|x: f64| Msg::Event(E::SetRate(x.round() as u32)))} />
            <Switch label={t!(GEO_ROUTING)} checked={geo}
                on_toggle={v.callback(|on: bool| Msg::Event(E::SetRouting(if on { Routing::GeoThenRing } else { Routing::GlobalRing })))} />
        </div>
    }
}

/// A focusable button over every node: Enter kills it or starts a replacement.
pub fn node_buttons(sim: &ClusterSim, v: &V) -> Html {
    let (w, h) = v.canvas_size();
    let l = layout(w, h);
    all_nodes()
        .into_iter()
        .filter_map(|n| l.spot(n).map(|s| (n, s)))
        .map(|(n, s)| {
            let style = s.bounds().css();
            let label = text::node_button(sim, n);
            let e = if text::node_up(sim, n) {
                E::Kill(n)
            } else {
                E::Restart(n)
            };
            html! {
                <button type="button" class="hit" {style} aria-label={label}
                    onclick={v.send(Msg::Event(e))}></button>
            }
        })
        .collect()
}
