//! The leader election page: the stage (canvas, legend, every number as text in a status
//! region) and the panel (clock, scenario buttons, node and link controls, settings).

use dsim_core::election::{
    Algorithm, ElectionConfig, ElectionEvent, ElectionLab, Split, MAX_NODES, MAX_TIMEOUT_MS,
    MIN_NODES, MIN_TIMEOUT_MS,
};
use dsim_ui::format::{self, milliseconds};
use dsim_ui::{ActionButton, Slider, Switch, View};
use yew::prelude::*;

use crate::layout::panels;
use crate::text::{self, Word};
use crate::{msg, LeaderElection, Msg};

type V<'a> = View<'a, LeaderElection>;

/// Everything inside the shell.
pub fn body(lab: &ElectionLab, selected: usize, peer: usize, v: &V) -> Html {
    let stage = html! {
        <>
            { v.legend("le-legend") }
            { status(lab) }
        </>
    };
    let panel = html! {
        <>
            { v.clock_group(msg::SCOPE.words(text::word_id(Word::NextEvent))) }
            { scenarios(lab, v) }
            { node_controls(lab, selected, peer, v) }
            { settings(lab.raft.config(), v) }
        </>
    };
    v.stage_and_panel("le", stage, panel)
}

/// Every number of both runs as text.
fn status(lab: &ElectionLab) -> Html {
    let split = lab.bully.leaders().len() > 1;
    html! {
        <div class="readouts le-status" role="status" aria-label={text::word(Word::StatusName)}>
            <p class={classes!("le-verdict", split.then_some("bad"))}>{ text::verdict(lab) }</p>
            <p class="le-raft">{ text::counters(&lab.raft) }</p>
            <p class="le-bully">{ text::counters(&lab.bully) }</p>
            <p class="le-clock">{ text::clock(lab) }</p>
        </div>
    }
}

fn event(v: &V, e: ElectionEvent, label: String) -> Html {
    html! { <ActionButton label={label} onclick={v.send(Msg::Event(e))} /> }
}

fn scenarios(lab: &ElectionLab, v: &V) -> Html {
    let flap = text::FLAP_LABEL.pick(lab.raft.flapping());
    html! {
        <div class="buttons le-scenarios" role="group" aria-label={text::word(Word::ScenariosName)}>
            { event(v, ElectionEvent::CrashLeader, text::word(Word::CrashLeader)) }
            { event(v, ElectionEvent::Partition(Split::ThreeTwo), text::word(Word::PartitionThreeTwo)) }
            { event(v, ElectionEvent::Partition(Split::TwoTwoOne), text::word(Word::PartitionTwoTwoOne)) }
            { event(v, ElectionEvent::Partition(Split::Heal), text::word(Word::Heal)) }
            { event(v, ElectionEvent::ToggleFlap, flap) }
            { event(v, ElectionEvent::AllTimeout, text::word(Word::SimultaneousTimeouts)) }
            <ActionButton label={text::word(Word::DropNext)} onclick={v.send(Msg::DropNext)} />
        </div>
    }
}

fn node_select(
    id: &'static str,
    label: String,
    n: usize,
    value: usize,
    cb: Callback<usize>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let el: Option<web_sys::HtmlSelectElement> = e.target_dyn_into();
        if let Some(i) = el.and_then(|s| s.value().parse().ok()) {
            cb.emit(i);
        }
    });
    html! {
        <span class="le-select">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>
                { for (0..n).map(|i| html! {
                    <option value={i.to_string()} selected={i == value}>{ text::node_option(i) }</option>
                }) }
            </select>
        </span>
    }
}

fn node_controls(lab: &ElectionLab, selected: usize, peer: usize, v: &V) -> Html {
    let n = lab.raft.config().nodes;
    let (selected, peer) = (selected.min(n - 1), peer.min(n - 1));
    let up = lab.raft.nodes().get(selected).is_some_and(|x| x.up);
    let slow = lab.raft.is_slow(selected);
    let cut = lab.raft.link_cut(selected, peer);
    let same = (selected == peer).then(|| AttrValue::from(text::word(Word::PickTwo)));
    html! {
        <div class="le-nodes" role="group" aria-label={text::word(Word::NodeAndLink)}>
            { node_select("le-node", text::word(Word::Node), n, selected, v.callback(Msg::Select)) }
            <ActionButton label={text::CRASH_LABEL.pick(up)} onclick={v.send(Msg::Event(ElectionEvent::ToggleNode(selected)))} />
            <ActionButton label={text::SLOW_LABEL.pick(slow)} onclick={v.send(Msg::Event(ElectionEvent::ToggleSlow(selected)))} />
            { node_select("le-peer", text::word(Word::LinkTo), n, peer, v.callback(Msg::Peer)) }
            <ActionButton label={text::LINK_LABEL.pick(cut)} disabled_reason={same}
                onclick={v.send(Msg::Event(ElectionEvent::ToggleLink(selected, peer)))} />
        </div>
    }
}

fn config_cb<T: 'static>(
    v: &V,
    c: ElectionConfig,
    f: fn(ElectionConfig, T) -> ElectionConfig,
) -> Callback<T> {
    v.callback(move |x: T| Msg::Config(f(c, x)))
}

/// The slider of one end of the election timeout range, in 10 ms steps.
fn timeout_slider(id: &'static str, label: String, ms: u64, on_change: Callback<f64>) -> Html {
    html! {
        <Slider {id} {label} min={MIN_TIMEOUT_MS as f64} max={MAX_TIMEOUT_MS as f64} step={10.0}
            value={ms as f64} display={format::ms(ms)} value_text={milliseconds(ms)} {on_change} />
    }
}

/// `c` with one end of the timeout range (the maximum when `max`) moved to `x` ms, and the other
/// end following it when it would pass it.
fn moved_timeout(c: ElectionConfig, x: f64, max: bool) -> ElectionConfig {
    let ms = x.round() as u64;
    let (timeout_min_ms, timeout_max_ms) = if max {
        (c.timeout_min_ms.min(ms), ms)
    } else {
        (ms, c.timeout_max_ms.max(ms))
    };
    ElectionConfig {
        timeout_min_ms,
        timeout_max_ms,
        ..c
    }
}

fn settings(c: ElectionConfig, v: &V) -> Html {
    let on_min = config_cb(v, c, |c, x: f64| moved_timeout(c, x, false));
    let on_max = config_cb(v, c, |c, x: f64| moved_timeout(c, x, true));
    html! {
        <div class="le-settings">
            <Slider id="le-n" label={text::word(Word::Nodes)} min={MIN_NODES as f64} max={MAX_NODES as f64}
                value={c.nodes as f64} display={c.nodes.to_string()} value_text={text::nodes_value(c.nodes)}
                on_change={config_cb(v, c, |c, x: f64| ElectionConfig { nodes: x.round() as usize, ..c })} />
            { timeout_slider("le-min", text::word(Word::TimeoutMin), c.timeout_min_ms, on_min) }
            { timeout_slider("le-max", text::word(Word::TimeoutMax), c.timeout_max_ms, on_max) }
            <Switch label={text::word(Word::PreVote)} checked={c.pre_vote}
                on_toggle={config_cb(v, c, |c, on: bool| ElectionConfig { pre_vote: on, ..c })} />
            <Switch label={text::word(Word::CheckQuorum)} checked={c.check_quorum}
                on_toggle={config_cb(v, c, |c, on: bool| ElectionConfig { check_quorum: on, ..c })} />
        </div>
    }
}

/// A focusable button over each node of both panels: Enter crashes or restarts it (in both
/// runs).
pub fn node_buttons(lab: &ElectionLab, v: &V) -> Html {
    let (w, h) = v.canvas_size();
    let n = lab.raft.config().nodes;
    panels(w, h, n)
        .iter()
        .zip(Algorithm::ALL)
        .flat_map(|(p, a)| {
            p.nodes.iter().enumerate().map(move |(i, s)| {
                let style = s.bounds().css();
                let label = text::node_button(lab, a, i);
                html! {
                    <button type="button" class="hit" {style} aria-label={label}
                        onclick={v.send(Msg::Event(ElectionEvent::ToggleNode(i)))}></button>
                }
            })
        })
        .collect()
}
