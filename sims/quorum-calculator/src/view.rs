//! The quorum calculator's page: the stage (canvas, legend, the W + R arithmetic) and the
//! panel (sliders, actions, presets, the cases W + R > N does not cover), and its fixed texts.

use dsim_core::quorum::{Limit, Preset, QuorumConfig, QuorumEvent, QuorumSim, MAX_N, MIN_N};
use dsim_ui::{ActionButton, Slider, View};
use yew::prelude::*;

use crate::{layout, text, Msg, QuorumCalculator};

type V<'a> = View<'a, QuorumCalculator>;

fn ev(v: &V, e: QuorumEvent) -> Callback<()> {
    v.send(Msg::Event(e))
}

/// Everything inside the shell.
pub fn body(sim: &QuorumSim, v: &V) -> Html {
    let stage = html! {
        <>
            <ul class="legend" aria-label="Legend">
                <li><span class="swatch write">{ "W" }</span>{ "acknowledged the write" }</li>
                <li><span class="swatch read">{ "R" }</span>{ "consulted by the read" }</li>
                <li><span class="swatch good">{ "W+R" }</span>{ "in both: sees the completed write" }</li>
            </ul>
            { readouts(sim.config()) }
        </>
    };
    let panel = html! {
        <>
            { sliders(sim.config(), v) }
            { actions(sim, v) }
            <div class="buttons presets" role="group" aria-label="Presets">
                <span class="group-label">{ "Presets:" }</span>
                { for Preset::ALL.iter().map(|&p| html! {
                    <ActionButton label={p.label()} onclick={ev(v, QuorumEvent::Preset(p))} />
                }) }
            </div>
            { limits(sim, v) }
        </>
    };
    v.stage_and_panel("", stage, panel)
}

/// W + R against N, the fault tolerances and the verdict, all as text in a status region.
fn readouts(c: QuorumConfig) -> Html {
    let consistent = c.consistent();
    let tone = if consistent { "good" } else { "bad" };
    html! {
        <div class="readouts" role="status" aria-label="Quorum arithmetic">
            <p class={classes!("formula", tone)}>
                <span class="big">{ format!("W + R = {}", c.sum()) }</span>
                <span class="versus">{ if consistent { format!("> N = {} ✓", c.n) } else { format!("≤ N = {} ✗", c.n) } }</span>
            </p>
            <p>{ format!("Write fault tolerance: {}", text::can_lose(c.write_fault_tolerance())) }</p>
            <p>{ format!("Read fault tolerance: {}", text::can_lose(c.read_fault_tolerance())) }</p>
            <p class={classes!("verdict", tone)}>
                { text::VERDICT }{ if consistent { "YES" } else { "NO" } }{ " " }
                <span class="why">{ text::VERDICT_WHY.pick(consistent) }</span>
            </p>
        </div>
    }
}

fn sliders(c: QuorumConfig, v: &V) -> Html {
    let slider = |id: &'static str,
                  label: &'static str,
                  letter: &'static str,
                  value: usize,
                  max: usize,
                  make: fn(usize) -> QuorumEvent| {
        let min = if letter == "N" { MIN_N } else { 1 };
        let unit = if letter == "N" {
            "replicas in total".to_string()
        } else {
            format!("of {} replicas", c.n)
        };
        html! {
            <Slider id={id} label={label} min={min as f64} max={max as f64} value={value as f64}
                display={value.to_string()}
                value_text={format!("{letter} = {value} {unit}")}
                on_change={v.callback(move |x: f64| Msg::Event(make(x.round() as usize)))} />
        }
    };
    html! {
        <div class="sliders">
            { slider("n", "N (total replicas)", "N", c.n, MAX_N, QuorumEvent::SetN) }
            { slider("w", "W (write quorum)", "W", c.w, c.n, QuorumEvent::SetW) }
            { slider("r", "R (read quorum)", "R", c.r, c.n, QuorumEvent::SetR) }
        </div>
    }
}

fn actions(sim: &QuorumSim, v: &V) -> Html {
    let stale_reason = sim
        .stale_read_possible()
        .err()
        .map(|why| AttrValue::from(text::stale_read_blocked(why)));
    html! {
        <div class="buttons" role="group" aria-label="Actions">
            <ActionButton label="Simulate Write" primary=true onclick={ev(v, QuorumEvent::Write)} />
            <ActionButton label="Simulate Read" primary=true onclick={ev(v, QuorumEvent::Read)} />
            <ActionButton label="Simulate Stale Read" onclick={ev(v, QuorumEvent::StaleRead)} disabled_reason={stale_reason} />
            <ActionButton label="Reset" onclick={v.on_reset()} />
        </div>
    }
}

/// The cases W + R > N does not cover, one button each (disabled, with the reason, when the
/// cluster cannot show it).
fn limits(sim: &QuorumSim, v: &V) -> Html {
    html! {
        <div class="buttons presets limits" role="group" aria-label={text::LIMITS_LABEL}>
            <span class="group-label">{ text::LIMITS_LABEL }</span>
            { for Limit::ALL.iter().map(|&l| {
                let reason = sim.limit_possible(l).err().map(|why| AttrValue::from(text::limit_blocked(why)));
                html! {
                    <ActionButton label={text::limit_label(l)} onclick={ev(v, QuorumEvent::Limit(l))} disabled_reason={reason} />
                }
            }) }
        </div>
    }
}

/// A focusable button over each replica: Enter takes it down or brings it back.
pub fn node_buttons(sim: &QuorumSim, v: &V) -> Html {
    let (w, h) = v.canvas_size();
    layout::nodes(sim.config().n, w, h)
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let replica = sim.replicas()[i];
            let style = s.bounds().css();
            html! {
                <button type="button" class="hit" {style}
                    aria-label={text::node_button(i, replica.up, replica.version)}
                    onclick={v.send(Msg::Event(QuorumEvent::ToggleNode(i)))}></button>
            }
        })
        .collect()
}
