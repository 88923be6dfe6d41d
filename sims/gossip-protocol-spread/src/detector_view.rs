//! The detector panel's page: the readings and both charts on the stage; play, heartbeats and
//! the three sliders in the panel.

use dsim_core::gossip::phi::{
    Detector, PhiConfig, PhiEvent, MAX_JITTER_MS, MAX_THRESHOLD, MAX_TIMEOUT_MS, MIN_THRESHOLD,
    MIN_TIMEOUT_MS,
};
use dsim_ui::format::{milliseconds, ms};
use dsim_ui::sim::stage_and_panel;
use dsim_ui::{ActionButton, Frame, PlayControls, SimCanvas, Slider, View};
use yew::prelude::*;

use crate::detector::DetectorPanel;
use crate::msg::t;
use crate::phi_view::{self, standing};
use crate::text::{self, phi as say};
use crate::{GossipSpread, Msg};

type V<'a> = View<'a, GossipSpread>;

/// Everything the detector tab shows.
pub fn body(p: &DetectorPanel, v: &V) -> Html {
    let draw = {
        let scene = p.scene.clone();
        Callback::from(move |f: Frame| phi_view::draw(&f, &scene))
    };
    let stage = html! {
        <>
            { readings(p) }
            <div class="phi-canvas">
                <SimCanvas {draw} label={say::scene_label(&p.scene)} />
            </div>
        </>
    };
    let panel = html! {
        <>
            { heartbeats(p, v) }
            { sliders(p.phi.config(), v) }
            <p class="phi-note">{ t!(PHI_NOTE) }</p>
            <p class="phi-note phi-formula">{ "phi = −log" }<sub>{ "10" }</sub>{ t!(PHI_FORMULA) }<sup>{ "8" }</sup>{ t!(PHI_FORMULA_END) }</p>
        </>
    };
    stage_and_panel("", stage, panel)
}

/// phi now, the fitted gaps, and what each detector makes of the node.
fn readings(p: &DetectorPanel) -> Html {
    let phi = &p.phi;
    let line = |d: Detector| {
        let standing = standing(phi, d);
        let class = if standing.is_alarm() {
            "bad"
        } else if phi.is_alive() {
            "good"
        } else {
            ""
        };
        html! { <p class={class}>{ say::detector_line(phi, d, standing) }</p> }
    };
    html! {
        <div class="phi-readouts" role="status" aria-live="off" aria-label={t!(READINGS_LABEL)}>
            <p>
                <strong class="phi-value">{ say::phi_value(phi.phi()) }</strong>
                { say::phi_time(phi) }
                <span class="phi-fit">{ say::phi_fit(phi) }</span>
            </p>
            { line(Detector::Phi) }
            { line(Detector::Timeout) }
        </div>
    }
}

/// Play/Pause, Advance 1 s, Stop or Restart heartbeats, Reset.
fn heartbeats(p: &DetectorPanel, v: &V) -> Html {
    let alive = p.phi.is_alive();
    let (label, event) = if alive {
        (t!(STOP_HEARTBEATS), PhiEvent::StopHeartbeats)
    } else {
        (t!(RESTART_HEARTBEATS), PhiEvent::ResumeHeartbeats)
    };
    html! {
        <div class="buttons" role="group" aria-label={t!(HEARTBEATS_LABEL)}>
            <PlayControls playing={v.playing()} on_play_pause={v.on_play_pause()}
                on_step={Some(v.on_step())} step_label={t!(ADVANCE_SECOND)} />
            <ActionButton {label} primary=true onclick={v.send(Msg::Phi(event))} />
            <ActionButton label={t!(RESET)} onclick={v.on_reset()} />
        </div>
    }
}

/// Phi threshold, heartbeat jitter and fixed timeout.
fn sliders(c: PhiConfig, v: &V) -> Html {
    html! {
        <div class="sliders gossip-sliders">
            <Slider id="threshold" label={t!(THRESHOLD_LABEL)} min={MIN_THRESHOLD} max={MAX_THRESHOLD} step={0.5}
                value={c.threshold} display={text::plain_number(c.threshold)}
                value_text={say::threshold_value(c.threshold)}
                on_change={v.callback(|x: f64| Msg::Phi(PhiEvent::SetThreshold(x)))} />
            <Slider id="jitter" label={t!(JITTER_LABEL)} min={0.0} max={f64::from(MAX_JITTER_MS)} step={10.0}
                value={f64::from(c.jitter_ms)} display={ms(c.jitter_ms)}
                value_text={t!(JITTER_VALUE, ms = milliseconds(u64::from(c.jitter_ms)))}
                on_change={v.callback(|x: f64| Msg::Phi(PhiEvent::SetJitter(x.round() as u32)))} />
            <Slider id="timeout" label={t!(TIMEOUT_LABEL)} min={MIN_TIMEOUT_MS as f64} max={MAX_TIMEOUT_MS as f64} step={100.0}
                value={c.timeout_ms as f64} display={text::seconds(c.timeout_ms)}
                value_text={say::timeout_value(c.timeout_ms)}
                on_change={v.callback(|x: f64| Msg::Phi(PhiEvent::SetTimeout(x.round() as u64)))} />
        </div>
    }
}
