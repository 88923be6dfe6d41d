//! The quorum calculator's page: the stage (canvas, legend, the W + R arithmetic) and the
//! panel (sliders, actions, presets, the cases W + R > N does not cover), and its fixed texts.

use dsim_core::quorum::{Limit, Preset, QuorumConfig, QuorumEvent, QuorumSim, MAX_N, MIN_N};
use dsim_ui::{ActionButton, Slider, View};
use yew::prelude::*;

use crate::msg::t;
use crate::{layout, text, Msg, QuorumCalculator};

type V<'a> = View<'a, QuorumCalculator>;

fn ev(v: &V, e: QuorumEvent) -> Callback<()> {
    v.send(Msg::Event(e))
}

/// Everything inside the shell.
pub fn body(sim: &QuorumSim, v: &V) -> Html {
    let stage = html! {
        <>
            <ul class="legend" aria-label={t!(SWATCHES)}>
                <li><span class="swatch write">{ "W" }</span>{ t!(SWATCH_WRITE) }</li>
                <li><span class="swatch read">{ "R" }</span>{ t!(SWATCH_READ) }</li>
                <li><span class="swatch good">{ "W+R" }</span>{ t!(SWATCH_BOTH) }</li>
            </ul>
            { readouts(sim.config()) }
        </>
    };
    let panel = html! {
        <>
            { sliders(sim.config(), v) }
            { actions(sim, v) }
            <div class="buttons presets" role="group" aria-label={t!(PRESETS)}>
                <span class="group-label">{ t!(PRESETS_COLON) }</span>
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
        <div class="readouts" role="status" aria-label={t!(ARITHMETIC)}>
            <p class={classes!("formula", tone)}>
                <span class="big">{ format!("W + R = {}", c.sum()) }</span>
                <span class="versus">{ if consistent { format!("> N = {} ✓", c.n) } else { format!("≤ N = {} ✗", c.n) } }</span>
            </p>
            <p>{ text::write_tolerance(c.write_fault_tolerance()) }</p>
            <p>{ text::read_tolerance(c.read_fault_tolerance()) }</p>
            <p class={classes!("verdict", tone)}>
                { text::verdict(consistent) }{ " " }
                <span class="why">{ t!((text::VERDICT_WHY.pick(consistent))) }</span>
            </p>
        </div>
    }
}

fn sliders(c: QuorumConfig, v: &V) -> Html {
    let slider = |id: &'static str,
                  label: String,
                  letter: &'static str,
                  value: usize,
                  max: usize,
                  make: fn(usize) -> QuorumEvent| {
        let min = if letter == "N" { MIN_N } else { 1 };
        let value_text = if letter == "N" {
            t!(SLIDER_N_VALUE, value = value)
        } else {
            t!(SLIDER_QUORUM_VALUE, letter = letter, value = value, n = c.n)
        };
        html! {
            <Slider id={id} label={label} min={min as f64} max={max as f64} value={value as f64}
                display={value.to_string()}
                value_text={value_text}
                on_change={v.callback(move |x: f64| Msg::Event(make(x.round() as usize)))} />
        }
    };
    html! {
        <div class="sliders">
            { slider("n", t!(SLIDER_N), "N", c.n, MAX_N, QuorumEvent::SetN) }
            { slider("w", t!(SLIDER_W), "W", c.w, c.n, QuorumEvent::SetW) }
            { slider("r", t!(SLIDER_R), "R", c.r, c.n, QuorumEvent::SetR) }
        </div>
    }
}

fn actions(sim: &QuorumSim, v: &V) -> Html {
    let stale_reason = sim
        .stale_read_possible()
        .err()
        .map(|why| AttrValue::from(text::stale_read_blocked(why)));
    html! {
        <div class="buttons" role="group" aria-label={t!(ACTIONS)}>
            <ActionButton label={t!(SIMULATE_WRITE)} primary=true onclick={ev(v, QuorumEvent::Write)} />
            <ActionButton label={t!(SIMULATE_READ)} primary=true onclick={ev(v, QuorumEvent::Read)} />
            <ActionButton label={t!(SIMULATE_STALE_READ)} onclick={ev(v, QuorumEvent::StaleRead)} disabled_reason={stale_reason} />
            <ActionButton label={t!(RESET_BUTTON)} onclick={v.on_reset()} />
        </div>
    }
}

/// The cases W + R > N does not cover, one button each (disabled, with the reason, when the
/// cluster cannot show it).
fn limits(sim: &QuorumSim, v: &V) -> Html {
    let label = text::limits_label();
    html! {
        <div class="buttons presets limits" role="group" aria-label={label.clone()}>
            <span class="group-label">{ label }</span>
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
