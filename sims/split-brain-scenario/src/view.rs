//! The split-brain page: the stage (canvas, legend, status line and clock, the nodes' logs for
//! screen readers, the conflict banner on narrow screens) and the panel (failover mode,
//! actions, clock skew; the next step, the conflict with its choices, the resolution, why there
//! is no conflict, the client writes), and the fixed texts.

use dsim_core::num::Within;
use dsim_core::split_brain::{
    FailoverMode, Phase, SplitBrainEvent, SplitBrainSim, NODE_COUNT, SPEC_VALUE_A, SPEC_VALUE_B,
};
use dsim_ui::controls::options;
use dsim_ui::i18n::fixed;
use dsim_ui::{ActionButton, Choice, PlayControls, Slider, Switch, TextField, View};
use yew::prelude::*;

use crate::clock::Live;
use crate::layout;
use crate::msg::t;
use crate::settings::{skew_ms, MAX_SKEW_S, SKEW_STEP_S};
use crate::text::{self, Tone};
use crate::{Manual, Msg, SplitBrainScenario};

type V<'a> = View<'a, SplitBrainScenario>;

/// The most client writes listed on the page (the newest).
const WRITES_SHOWN: usize = 4;

fn ev(v: &V, e: SplitBrainEvent) -> Callback<()> {
    v.send(Msg::Event(e))
}

/// Everything inside the shell; `waiting` stands for the mode's code until it is here.
pub fn body(live: &Live, manual: &Manual, waiting: Html, v: &V) -> Html {
    let sim = &live.sim;
    let stage = html! {
        <>
            { legend(sim.mode()) }
            { waiting }
            { status(live) }
            <div class="visually-hidden" role="status" aria-label={t!(NODE_LOGS)} aria-live="off">
                <ul>{ for (0..NODE_COUNT).map(|n| html! { <li>{ text::node_summary(sim, n) }</li> }) }</ul>
            </div>
            { conflict_box(sim, manual, v, "stage") }
        </>
    };
    let panel = html! {
        <>
            { controls(live, v) }
            { guide(live, manual, v) }
        </>
    };
    v.stage_and_panel("sb", stage, panel)
}

/// What the canvas's shapes and colours mean.
fn legend(mode: FailoverMode) -> Html {
    let raft = mode == FailoverMode::Raft;
    html! {
        <ul class="legend sb-legend" aria-label={t!(CANVAS_KEY)}>
            <li><span class="swatch sb-leader">{ "♛" }</span>{ t!(KEY_LEADER) }</li>
            <li><span class="swatch sb-cut">{ "- -" }</span>{ t!(KEY_CUT) }</li>
            <li><span class="swatch write">{ "●" }</span>{ if raft { t!(KEY_APPEND) } else { t!(KEY_SYNC) } }</li>
            if raft {
                <li><span class="swatch sb-vote">{ "●" }</span>{ t!(KEY_VOTE) }</li>
                <li><span class="swatch sb-star">{ "*" }</span>{ t!(KEY_UNCOMMITTED) }</li>
            }
        </ul>
    }
}

/// The status line, the logical time and the clock's state, and the running timer's bar.
fn status(live: &Live) -> Html {
    let sim = &live.sim;
    let timer = match sim.phase() {
        Phase::TimerRunning {
            node,
            elapsed_ms,
            timeout_ms,
        } => timer_bar(sim.mode(), node, elapsed_ms, timeout_ms),
        _ => Html::default(),
    };
    html! {
        <div class="sb-status" role="status" aria-label={t!(CLUSTER_STATUS)} aria-live="off">
            <p class="sb-phase">{ text::status(sim) }</p>
            <p class="sb-clock">
                <span>{ text::clock_line(live.cur_ms, live.paused, live.running) }</span>
                { timer }
            </p>
        </div>
    }
}

/// Node `node`'s failover timer as a progress bar with its numbers.
fn timer_bar(mode: FailoverMode, node: usize, elapsed_ms: u64, timeout_ms: u64) -> Html {
    let t = text::timer_texts(mode, node, elapsed_ms, timeout_ms);
    let pct = if timeout_ms > 0 {
        (elapsed_ms as f64 / timeout_ms as f64 * 100.0).within(0.0, 100.0)
    } else {
        0.0
    };
    html! {
        <span class="sb-timer">
            <span class="sb-bar" role="progressbar" aria-label={t.label}
                aria-valuemin="0" aria-valuemax={t.max} aria-valuenow={t.now}
                aria-valuetext={t.value_text}>
                <span class="sb-fill" style={format!("width:{}%", fixed(pct, 1))}></span>
            </span>
            <span class="sb-timer-text">{ t.caption }</span>
        </span>
    }
}

/// The failover mode, STONITH, the actions and the clock skew.
fn controls(live: &Live, v: &V) -> Html {
    let sim = &live.sim;
    let mode = sim.mode();
    let options = options(&FailoverMode::ALL, FailoverMode::param, text::mode_label);
    html! {
        <div class="sb-controls">
            <Choice label={t!(FAILOVER_BY)} name="sb-mode" {options}
                selected={AttrValue::from(mode.param())}
                on_select={v.callback(Msg::Mode)} />
            if mode == FailoverMode::Fencing {
                <Switch label={t!(STONITH_SWITCH)}
                    checked={sim.config().stonith}
                    on_toggle={v.callback(|on: bool| Msg::Event(SplitBrainEvent::SetStonith(on)))} />
            }
            { actions(live, v) }
            if mode == FailoverMode::Naive && sim.conflict().is_none() {
                { skew_slider(sim, v) }
            }
        </div>
    }
}

/// The action buttons, with why each disabled one is disabled.
fn actions(live: &Live, v: &V) -> Html {
    let sim = &live.sim;
    let partition_reason = text::partition_reason(sim).map(AttrValue::from);
    let heal_reason = text::heal_reason(sim).map(AttrValue::from);
    let writes_reason = text::writes_reason(sim).map(AttrValue::from);
    let skip_reason = live
        .notable_in()
        .is_none()
        .then(|| AttrValue::from(text::skip_reason()));
    let powered_off = (0..NODE_COUNT).filter(|&n| sim.can_power_on(n));
    html! {
        <div class="buttons sb-actions" role="group" aria-label={t!(ACTIONS)}>
            <ActionButton label={t!(BTN_PARTITION)} primary=true onclick={ev(v, SplitBrainEvent::PartitionNetwork)} disabled_reason={partition_reason} />
            <ActionButton label={t!(BTN_SEND)} primary=true onclick={ev(v, SplitBrainEvent::SpecWrites)} disabled_reason={writes_reason} />
            <ActionButton label={t!(BTN_HEAL)} primary=true onclick={ev(v, SplitBrainEvent::Heal)} disabled_reason={heal_reason} />
            { for powered_off.map(|n| html! {
                <ActionButton label={t!(BTN_POWER_ON, node = text::node_name(n))} onclick={ev(v, SplitBrainEvent::PowerOn(n))} />
            }) }
            <PlayControls playing={v.playing()} on_play_pause={v.on_play_pause()} />
            <ActionButton label={t!(BTN_SKIP)} onclick={v.on_step()} disabled_reason={skip_reason} />
            <ActionButton label={t!(BTN_RESET)} onclick={v.on_reset()} />
        </div>
    }
}

/// Node 1's clock offset, in half seconds.
fn skew_slider(sim: &SplitBrainSim, v: &V) -> Html {
    let skew = sim.config().clock_skew_ms;
    let (display, value_text) = text::skew_texts(skew);
    html! {
        <Slider id="sb-skew" label={t!(SKEW_LABEL)}
            min={-MAX_SKEW_S} max={MAX_SKEW_S} step={SKEW_STEP_S} value={skew as f64 / 1000.0}
            {display} {value_text}
            on_change={v.callback(|s: f64| Msg::Event(SplitBrainEvent::SetClockSkewMs(skew_ms(s))))} />
    }
}

/// The guide beside the controls: the next step, the conflict (wide screens), the resolution
/// or why there is no conflict, and the client writes.
fn guide(live: &Live, manual: &Manual, v: &V) -> Html {
    let sim = &live.sim;
    let why = text::why_no_conflict(sim);
    let resolved = sim.conflict().is_none() && sim.resolution().is_some();
    let minor = why.is_some() || resolved;
    let show_hint = !(minor && matches!(sim.phase(), Phase::Stable));
    html! {
        <div class="sb-guide">
            if show_hint {
                <p class={classes!("sb-hint", minor.then_some("sb-minor"))}><strong>{ format!("{} ", t!(NEXT)) }</strong>{ text::hint(sim, live.paused) }</p>
            }
            { conflict_box(sim, manual, v, "panel") }
            if resolved {
                { resolution(sim, manual) }
            }
            if let Some(why) = why {
                <p class="sb-why" role="note" aria-label={t!(WHY_NO_CONFLICT)}>{ why }</p>
            }
            { writes(sim) }
        </div>
    }
}

/// The CONFLICT DETECTED banner with its choices; `place` ("panel" or "stage") keeps the two
/// copies' ids apart (CSS shows one of them, depending on the screen width).
fn conflict_box(sim: &SplitBrainSim, manual: &Manual, v: &V, place: &str) -> Html {
    let Some(c) = sim.conflict() else {
        return Html::default();
    };
    html! {
        <div class={classes!("sb-conflict", format!("sb-in-{place}"))} role="alert">
            <p class="sb-conflict-title">{ t!(CONFLICT_DETECTED) }</p>
            <ul class="sb-sides">{ for text::conflict_sides(c).into_iter().map(|s| html! { <li>{ s }</li> }) }</ul>
            <div class="buttons sb-question-row">
                <p class="sb-question">{ t!(WHICH_WINS) }</p>
                <ActionButton label={t!(BTN_LWW)} primary=true
                    onclick={ev(v, SplitBrainEvent::ResolveLastWriteWins)} />
                <span class="action">
                    <button type="button" class="btn" aria-expanded={manual.open.to_string()}
                        onclick={v.send(Msg::ToggleManual)}>{ t!(BTN_MANUAL) }</button>
                </span>
            </div>
            if manual.open {
                { manual_choices(sim, manual, v, place) }
            }
        </div>
    }
}

/// Manual resolution: keep one side's value, or type a merged one.
fn manual_choices(sim: &SplitBrainSim, manual: &Manual, v: &V, place: &str) -> Html {
    let picks = sim.conflict().into_iter().flat_map(|c| c.sides.iter()).map(|s| {
        let what = s.last().map(text::entry_label).unwrap_or_default();
        let label = t!(VALUE_ENTRY, value = text::money(s.value), entry = what);
        html! { <ActionButton {label} onclick={ev(v, SplitBrainEvent::ResolveManual(s.value))} /> }
    });
    html! {
        <div class="sb-manual" role="group" aria-label={t!(BTN_MANUAL)}>
            <p class="sb-manual-title">{ t!(MANUAL_PICK) }</p>
            <div class="buttons">{ for picks }</div>
            <div class="sb-merge">
                <TextField id={format!("sb-merged-{place}")} label={t!(MERGED_LABEL)} prefix="$"
                    inputmode="numeric" max_length={12}
                    value={manual.merged.clone()}
                    hint={Some(AttrValue::from(t!(MERGED_HINT)))}
                    error={manual.error.clone().map(AttrValue::from)}
                    on_input={v.callback(Msg::MergedInput)}
                    on_enter={Some(v.send(Msg::ApplyMerged))} />
                <ActionButton label={t!(BTN_USE_MERGED)} onclick={v.send(Msg::ApplyMerged)} />
            </div>
        </div>
    }
}

/// How the last conflict was resolved, with the last-write-wins table.
fn resolution(sim: &SplitBrainSim, manual: &Manual) -> Html {
    let Some(res) = sim.resolution() else {
        return Html::default();
    };
    let rows = text::lww_rows(res);
    let table = if rows.is_empty() {
        Html::default()
    } else {
        html! {
            <table class="sb-lww">
                <thead><tr><th scope="col">{ t!(COL_WRITE) }</th><th scope="col">{ t!(COL_REAL) }</th><th scope="col">{ t!(COL_STAMP) }</th><th scope="col">{ t!(COL_RESULT) }</th></tr></thead>
                <tbody>
                    { for rows.iter().map(|r| html! {
                        <tr class={if r.won { "good" } else { "bad" }}>
                            <td>{ r.write.clone() }</td><td>{ r.happened.clone() }</td><td>{ r.stamped.clone() }</td>
                            <td><strong>{ format!("{} {}", if r.won { "✓" } else { "✗" }, r.outcome) }</strong></td>
                        </tr>
                    }) }
                </tbody>
            </table>
        }
    };
    html! {
        <div class="sb-resolution" role="status" aria-label={t!(RESOLUTION)}>
            if let Some(note) = &manual.note { <p class="bad">{ note.clone() }</p> }
            <p>{ text::resolution_sentence(res, sim.config().clock_skew_ms) }</p>
            { table }
        </div>
    }
}

/// The newest client writes and what their clients were told.
fn writes(sim: &SplitBrainSim) -> Html {
    let writes = sim.writes();
    let items = if writes.is_empty() {
        html! { <li class="muted">{ text::no_writes_yet(SPEC_VALUE_A, SPEC_VALUE_B) }</li> }
    } else {
        let first = writes.len().saturating_sub(WRITES_SHOWN);
        writes[first..]
            .iter()
            .map(|w| {
                let class = match text::write_short(w).2 {
                    Tone::Good => "good",
                    Tone::Bad => "bad",
                    _ => "",
                };
                html! { <li {class}>{ text::write_line(w) }</li> }
            })
            .collect::<Html>()
    };
    html! {
        <div class="sb-writes" role="status" aria-label={t!(CLIENT_WRITES)}><ul>{ items }</ul></div>
    }
}

/// A focusable button on each link's middle: Enter cuts it or heals it.
pub fn link_buttons(sim: &SplitBrainSim, v: &V) -> Html {
    let (w, h) = v.canvas_size();
    if w < 1.0 || h < 1.0 {
        return Html::default();
    }
    let lay = layout::layout(w, h, 1.0, false);
    sim.links()
        .into_iter()
        .enumerate()
        .map(|(i, (a, b, up))| {
            let r = lay.link_hit(i);
            let style = r.css();
            html! {
                <button type="button" class="hit sb-link" {style} aria-label={text::link_button(a, b, up)}
                    onclick={v.send::<MouseEvent>(Msg::Event(SplitBrainEvent::ToggleLink(a, b)))}></button>
            }
        })
        .collect()
}
