//! The ring's page: the stage (canvas, legend, readouts), the panel (membership buttons,
//! sliders, the comparison with `hash mod N`, the key lookup), the buttons over the node
//! markers, and its fixed texts.

use dsim_core::hash_ring::{KeyLookup, Migration, NodeId, RingEvent, MAX_VNODES, MIN_VNODES};
use dsim_core::num::Within;
use dsim_ui::format::thousands;
use dsim_ui::i18n::fixed;
use dsim_ui::{ActionButton, Slider, SteppedSlider, Switch, Theme, View};
use yew::prelude::*;

use crate::msg::t;
use crate::{layout, text, ConsistentHashRing, Msg, KEY_STOPS};

type V<'a> = View<'a, ConsistentHashRing>;

/// Everything inside the shell.
pub fn body(ring: &ConsistentHashRing, v: &V) -> Html {
    let lookup = ring.selected.and_then(|k| ring.sim.lookup(k));
    let stage = html! {
        <>
            { legend() }
            { readouts(ring) }
        </>
    };
    let panel = html! {
        <>
            { membership(ring, v) }
            <div class="sliders ring-sliders">
                { settings_sliders(ring, v) }
                { inspect_slider(ring, lookup.as_ref(), v) }
                <div class="ring-switch">
                    <Switch label={t!(COMPARE_SWITCH)} checked={ring.compare}
                        on_toggle={v.callback(Msg::Compare)} />
                </div>
            </div>
            if ring.compare {
                { comparison(ring.sim.last_migration()) }
            }
            <div class="ring-lookup" role="status" aria-label={t!(LOOKUP_LABEL)}>
                { lookup_facts(lookup.as_ref().map(|l| (l, ring.sim.preference_list(l.key, ring.settings.replicas))), ring.compare) }
            </div>
        </>
    };
    v.stage_and_panel("ring", stage, panel)
}

fn legend() -> Html {
    html! {
        <ul class="legend ring-legend" aria-label={t!(SWATCHES)}>
            <li title={t!(RING_SPACE_WHY)}>
                <strong>{ "0°–360°" }</strong>{ " " }{ t!(RING_SPACE) }</li>
            <li><span class="swatch tick" aria-hidden="true"></span>{ t!(SWATCH_VNODE) }</li>
            <li title={text::migration_why()}><span class="swatch write">{ t!(SWATCH_ORANGE) }</span>{ t!(SWATCH_MIGRATES) }</li>
        </ul>
    }
}

/// The counter, keys per node and the spread, as text in a status region.
fn readouts(ring: &ConsistentHashRing) -> Html {
    html! {
        <div class="readouts ring-readouts" role="status" aria-label={t!(READOUTS)}>
            <p class="counter">{ text::counter(&ring.sim) }</p>
            <p class="per-node">{ text::per_node_readout(&ring.counts()) }</p>
            <p class="key-spread">{ text::spread_readout(&ring.scene.load) }</p>
            <p class="share-spread" title={text::spread_why()}>
                { text::share_spread_readout(ring.sim.share_spread(), ring.sim.nodes().len(), ring.sim.config().vnodes) }
            </p>
        </div>
    }
}

/// Add Node, Remove Node (each saying why when unavailable) and Reset.
fn membership(ring: &ConsistentHashRing, v: &V) -> Html {
    let reason = |r: Result<(), _>| r.err().map(|why| AttrValue::from(text::refusal(why)));
    html! {
        <div class="buttons" role="group" aria-label={t!(MEMBERSHIP)}>
            <ActionButton label={t!(ADD_NODE)} primary=true onclick={v.send(Msg::Event(RingEvent::AddNode))}
                disabled_reason={reason(ring.sim.can_add())} />
            <ActionButton label={t!(REMOVE_NODE)} primary=true onclick={v.send(Msg::Event(RingEvent::RemoveNode))}
                disabled_reason={reason(ring.sim.can_remove())} />
            <ActionButton label={t!(RESET_BUTTON)} onclick={v.on_reset()} />
        </div>
    }
}

/// Virtual nodes per physical node, and the number of keys on a stepped scale.
fn settings_sliders(ring: &ConsistentHashRing, v: &V) -> Html {
    let c = ring.sim.config();
    html! {
        <>
            <Slider id="vnodes" label={t!(VNODES_SLIDER)} min={MIN_VNODES as f64}
                max={MAX_VNODES as f64} value={c.vnodes as f64} display={c.vnodes.to_string()}
                value_text={text::vnodes_value(c.vnodes, ring.sim.ring().len())}
                on_change={v.callback(|x: f64| Msg::Event(RingEvent::SetVnodes(x.round() as usize)))} />
            <SteppedSlider id="keys" label={t!(KEYS_SLIDER)} stops={&KEY_STOPS[..]} value={c.keys as f64}
                display={thousands(c.keys)} value_text={text::keys_value(c.keys)}
                on_change={v.callback(Msg::Keys)} />
        </>
    }
}

/// "Inspect key": 0 is none, then the keys clockwise from 0°.
fn inspect_slider(ring: &ConsistentHashRing, lookup: Option<&KeyLookup>, v: &V) -> Html {
    let keys = ring.sim.config().keys;
    let (rank, display, value_text) = match lookup {
        Some(l) => {
            let rank = ring.keys.rank.get(l.key).map_or(0, |&r| r as usize + 1);
            (rank, l.name.clone(), text::inspect_value(l, rank, keys))
        }
        None => (0, text::inspect_none(), text::inspect_none_value()),
    };
    html! {
        <Slider id="inspect" label={t!(INSPECT_SLIDER)} min={0.0} max={keys as f64}
            value={rank as f64} {display} {value_text}
            on_change={v.callback(|x: f64| Msg::Inspect(x.round().max(0.0) as usize))} />
    }
}

/// The comparison with `hash mod N` for the last join or leave.
fn comparison(last: Option<&Migration>) -> Html {
    let body = match last {
        Some(m) => compare_rows(m),
        None => html! {
            <p class="hint">{ t!(COMPARE_HINT) }</p>
        },
    };
    html! {
        <div class="compare-rows" role="status" aria-label={t!(COMPARE_LABEL)}>
            { body }
        </div>
    }
}

/// The two bars of the comparison for the last join or leave.
fn compare_rows(m: &Migration) -> Html {
    let (before, after) = (m.mod_n.n_before, m.mod_n.n_after);
    let row = |name: String, moved: usize, share: f64, class: &'static str| {
        let width = format!("width:{}%", fixed((share * 100.0).within(0.0, 100.0), 1));
        html! {
            <div class={classes!("compare-row", class)}>
                <span class="compare-name">{ name }</span>
                <span class="compare-value">{ text::moved_value(moved, m.total_keys, share) }</span>
                <span class="compare-bar" aria-hidden="true"><span class="compare-fill" style={width}></span></span>
            </div>
        }
    };
    html! {
        <>
            { row(t!(CONSISTENT_HASHING), m.moved(), m.share(), "ring") }
            { row(text::mod_n_name(before, after), m.mod_n.moved(), m.mod_n.share(), "modn") }
            <p class="compare-expect">{ text::expected_shares(before.min(after), before.max(after)) }</p>
        </>
    }
}

/// The inspected key's hash, position, clockwise walk and owner (and `hash mod N` placement
/// while comparing), or how to inspect one.
fn lookup_facts(lookup: Option<(&KeyLookup, Vec<NodeId>)>, compare: bool) -> Html {
    let Some((l, copies)) = lookup else {
        return html! {
            <p class="hint">{ t!(LOOKUP_HINT) }</p>
        };
    };
    html! {
        <dl class="lookup-facts">
            <dt>{ t!(FACT_KEY) }</dt><dd>{ l.name.clone() }</dd>
            <dt>{ t!(FACT_HASH) }</dt><dd>{ text::hash_fact(l.hash) }</dd>
            <dt>{ t!(FACT_POSITION) }</dt><dd>{ text::position_fact(l.degrees) }</dd>
            <dt>{ t!(FACT_WALK) }</dt><dd>{ text::walk_fact(l) }</dd>
            <dt>{ t!(FACT_OWNER) }</dt><dd><strong>{ text::node_name(l.owner) }</strong></dd>
            <dt>{ text::replicas_term(copies.len()) }</dt><dd>{ text::preference_list(&copies) }</dd>
            if compare {
                <dt>{ t!(FACT_MOD_N) }</dt><dd>{ text::mod_n_fact(l) }</dd>
            }
        </dl>
    }
}

/// One node's focusable button over the canvas.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeButton {
    /// Which node.
    pub id: NodeId,
    /// Its marker's angle.
    pub deg: f64,
    /// What the button says to a screen reader.
    pub label: AttrValue,
}

/// A focusable button over each node marker: Enter removes that node.
pub fn node_buttons(ring: &ConsistentHashRing, v: &V) -> Html {
    let total = ring.sim.config().keys;
    let removable = ring.sim.can_remove().is_ok();
    let nodes: Vec<NodeButton> = ring
        .scene
        .nodes
        .iter()
        .map(|n| NodeButton {
            id: n.id,
            deg: n.deg,
            label: AttrValue::from(text::node_button(n.id, n.keys, total, removable)),
        })
        .collect();
    let on_remove = v.callback(|id: NodeId| Msg::Event(RingEvent::RemoveNodeById(id)));
    html! { <NodeButtons {nodes} size={v.canvas_size()} {on_remove} /> }
}

/// Properties of [`NodeButtons`].
#[derive(Properties, PartialEq)]
struct NodeButtonsProps {
    nodes: Vec<NodeButton>,
    size: (f64, f64),
    on_remove: Callback<NodeId>,
}

/// Focusable buttons over the node markers; they follow the theme's scale like the drawing.
#[function_component(NodeButtons)]
fn node_buttons_over(p: &NodeButtonsProps) -> Html {
    let scale = use_context::<Theme>().unwrap_or_default().scale();
    let (w, h) = p.size;
    if w < 1.0 || h < 1.0 {
        return Html::default();
    }
    let g = layout::geometry(w, h, layout::effective_scale(w, scale));
    let degs: Vec<f64> = p.nodes.iter().map(|n| n.deg).collect();
    let spots = layout::node_spots(&g, &degs);
    p.nodes
        .iter()
        .zip(spots)
        .map(|(n, s)| {
            let style = dsim_ui::geom::Rect::around(s.x, s.y, s.r).css();
            let id = n.id;
            let cb = p.on_remove.clone();
            let onclick = Callback::from(move |_: MouseEvent| cb.emit(id));
            html! { <button type="button" class="hit" {style} aria-label={n.label.clone()} {onclick}></button> }
        })
        .collect()
}
