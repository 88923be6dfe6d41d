//! The page: the stage (the month and demand, the picture, the comparison table and the chart
//! with its tabs) and the panel (transport, month, following, presets and the tabs of
//! controls).

use std::rc::Rc;

use dsim_core::scaling::{
    ops_burden, setting_range, Layout, Lever, Preset, Refusal, ScalingEvent, Setting, MAX_MONTHS,
};
use dsim_ui::controls::options;
use dsim_ui::{
    ActionButton, Choice, Frame, PlayControls, SimCanvas, Slider, SteppedSlider, Switch, TabPanel,
    Tabs, View,
};
use yew::prelude::*;

use crate::charts::{self, ChartScene};
use crate::settings::{ChartTab, Keyed, PanelTab};
use crate::text::{self, Word};
use crate::{Msg, ScalingUpVsOut};

type V<'a> = View<'a, ScalingUpVsOut>;

/// The start rates the requests slider offers.
const RATE_STOPS: [f64; 10] = [
    500.0, 1_000.0, 2_000.0, 4_000.0, 8_000.0, 15_000.0, 20_000.0, 30_000.0, 50_000.0, 100_000.0,
];
/// The working sets the slider offers, in GB.
const WS_STOPS: [f64; 8] = [10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1_000.0, 2_000.0];

fn ev(v: &V, e: ScalingEvent) -> Callback<()> {
    v.send(Msg::Event(e))
}

/// Everything inside the shell.
pub fn body(s: &ScalingUpVsOut, v: &V) -> Html {
    html! {
        <div class="scaling">
            <div class="stage">
                <div class="scaling-status" role="status" aria-label={text::word(Word::StatusName)}>
                    <strong>{ text::headline(&s.derived) }</strong>
                    <span>{ text::ceilings(&s.derived) }</span>
                </div>
                { v.canvas() }
                { table(s) }
                { chart(s, v) }
            </div>
            <div class="panel">
                { transport(s, v) }
                { controls(s, v) }
            </div>
        </div>
    }
}

/// One row of the comparison: its label, and each lever's cell with an optional note (the
/// note is hidden on narrow screens).
type Row = (String, [(String, Option<String>); 2]);

/// The machine and the cluster side by side, as text.
fn table(s: &ScalingUpVsOut) -> Html {
    let d = &s.derived;
    let both = |f: &dyn Fn(Lever) -> (String, Option<String>)| [f(Lever::Up), f(Lever::Out)];
    let eval = |l: Lever| &d.lever(l).now;
    let rows: [Row; 6] = [
        (
            text::word(Word::RowSize),
            both(&|l| (text::size(&s.sim, l), None)),
        ),
        (
            text::word(Word::RowServes),
            both(&|l| (text::serves(eval(l)), None)),
        ),
        (
            text::word(Word::RowLatency),
            both(&|l| text::latency(eval(l))),
        ),
        (
            text::word(Word::RowCost),
            both(&|l| (text::cost(eval(l)), None)),
        ),
        (
            text::word(Word::RowFailure),
            both(&|l| {
                let (cell, note) = text::failure_domain(l, &s.sim);
                (cell, Some(note))
            }),
        ),
        (
            text::word(Word::RowOps),
            both(&|l| {
                let (cell, note) = text::ops(ops_burden(d.lever(l).plan));
                (cell, Some(note))
            }),
        ),
    ];
    html! {
        <table class="compare" aria-label={text::word(Word::TableName)}>
            <thead><tr><th scope="col"><span class="visually-hidden">{ text::word(Word::TableMeasure) }</span></th>
                <th scope="col">{ text::lever_name(Lever::Up) }</th>
                <th scope="col">{ text::lever_name(Lever::Out) }</th></tr></thead>
            <tbody>
                { for rows.iter().map(|(label, cells)| html! {
                    <tr><th scope="row">{ label.clone() }</th>
                        { for cells.iter().map(|(cell, note)| html! {
                            <td>{ cell.clone() }
                                if let Some(note) = note {
                                    <span class="note">{ format!(" ({note})") }</span>
                                }
                            </td>
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// The chart tabs and the chart.
fn chart(s: &ScalingUpVsOut, v: &V) -> Html {
    let tabs = options(&ChartTab::ALL, ChartTab::key, text::chart_tab);
    let scene = Rc::new(ChartScene {
        tab: s.chart,
        data: s.derived.clone(),
    });
    let label = charts::describe(&scene);
    let draw = Callback::from(move |f: Frame| charts::draw(&f, &scene));
    let key = s.chart.key();
    html! {
        <div class="scaling-charts">
            <Tabs label={text::word(Word::ChartsName)} {tabs} selected={key}
                on_select={v.callback(|k: AttrValue| Msg::Chart(ChartTab::from_key(&k)))} />
            <TabPanel class="scaling-chart" tab={key}>
                <SimCanvas {draw} {label} />
            </TabPanel>
        </div>
    }
}

/// Play, next month, reset, the month, following the demand, and the presets.
fn transport(s: &ScalingUpVsOut, v: &V) -> Html {
    let end = s.at_end().then(|| AttrValue::from(text::end()));
    let month = f64::from(s.sim.month());
    let follow = s.sim.config().follow;
    html! {
        <>
            <div class="scaling-time">
            <div class="buttons" role="group" aria-label={text::word(Word::TimeGroup)}>
                <PlayControls playing={v.playing()} on_play_pause={v.on_play_pause()}
                    on_step={Some(v.on_step())} step_label={text::word(Word::NextMonth)} disabled_reason={end} />
                <ActionButton label={text::word(Word::Reset)} onclick={v.on_reset()} />
            </div>
            <div class="scaling-month">
                <Slider id="month" label={text::setting_label(Setting::Month)} min={0.0}
                    max={f64::from(MAX_MONTHS)} value={month}
                    display={text::setting_value(Setting::Month, month)}
                    value_text={text::setting_value_text(Setting::Month, month)}
                    on_change={v.callback(|x: f64| Msg::Event(ScalingEvent::Set(Setting::Month, x)))} />
            </div>
            </div>
            <div class="buttons">
                <Switch label={text::word(Word::Follow)} checked={follow}
                    on_toggle={v.callback(|on: bool| Msg::Event(ScalingEvent::SetFollow(on)))} />
                <ActionButton label={text::word(Word::Fit)} onclick={ev(v, ScalingEvent::Fit)} />
            </div>
            <div class="buttons presets" role="group" aria-label={text::word(Word::PresetsName)}>
                <span class="group-label">{ text::word(Word::PresetsLabel) }</span>
                { for Preset::ALL.iter().map(|&p| html! {
                    <ActionButton label={text::preset_label(p)} onclick={ev(v, ScalingEvent::Preset(p))} />
                }) }
            </div>
        </>
    }
}

/// The tabs of controls and the group shown.
fn controls(s: &ScalingUpVsOut, v: &V) -> Html {
    let tabs = options(&PanelTab::ALL, PanelTab::key, text::panel_tab);
    let key = s.panel.key();
    let group = match s.panel {
        PanelTab::Workload => workload(s, v),
        PanelTab::Up => scale_up(s, v),
        PanelTab::Out => scale_out(s, v),
        PanelTab::Failures => failures(s, v),
    };
    html! {
        <div class="scaling-controls">
            <Tabs label={text::word(Word::ControlsName)} {tabs} selected={key}
                on_select={v.callback(|k: AttrValue| Msg::Panel(PanelTab::from_key(&k)))} />
            <TabPanel class="scaling-group" tab={key}>{ group }</TabPanel>
        </div>
    }
}

/// A slider over a setting's whole range; `percent` ones move in percentage points.
fn slider(v: &V, id: &'static str, setting: Setting, value: f64, step: f64, percent: bool) -> Html {
    let (lo, hi, _) = setting_range(setting);
    let k = if percent { 100.0 } else { 1.0 };
    html! {
        <Slider id={id} label={text::setting_label(setting)} min={lo * k} max={hi * k} step={step}
            value={value * k} display={text::setting_value(setting, value)}
            value_text={text::setting_value_text(setting, value)}
            on_change={v.callback(move |x: f64| Msg::Event(ScalingEvent::Set(setting, x / k)))} />
    }
}

/// A slider over a few chosen values.
fn stepped(v: &V, id: &'static str, setting: Setting, value: f64, stops: &'static [f64]) -> Html {
    html! {
        <SteppedSlider id={id} label={text::setting_label(setting)} stops={stops} value={value}
            display={text::setting_value(setting, value)}
            value_text={text::setting_value_text(setting, value)}
            on_change={v.callback(move |x: f64| Msg::Event(ScalingEvent::Set(setting, x)))} />
    }
}

fn workload(s: &ScalingUpVsOut, v: &V) -> Html {
    let w = s.sim.config().workload;
    html! {
        <div class="sliders">
            { stepped(v, "rate", Setting::StartRate, w.start_rate, &RATE_STOPS) }
            { slider(v, "growth", Setting::Growth, w.growth, 1.0, true) }
            { slider(v, "reads", Setting::ReadShare, w.read_share, 5.0, true) }
            { stepped(v, "ws", Setting::WorkingSet, w.working_set_gb, &WS_STOPS) }
            { slider(v, "datagrowth", Setting::DataGrowth, w.data_growth, 1.0, true) }
        </div>
    }
}

fn scale_up(s: &ScalingUpVsOut, v: &V) -> Html {
    let t = s.sim.config().tuning;
    html! {
        <div class="sliders">
            { slider(v, "machine", Setting::Machine, s.sim.machine() as f64, 1.0, false) }
            { slider(v, "serial", Setting::Serial, t.serial, 0.5, true) }
        </div>
    }
}

fn scale_out(s: &ScalingUpVsOut, v: &V) -> Html {
    let c = s.sim.config();
    let t = c.tuning;
    let options = vec![
        (
            AttrValue::from("replicas"),
            AttrValue::from(text::layout(Layout::Replicas)),
        ),
        (
            AttrValue::from("shards"),
            AttrValue::from(text::layout(Layout::Sharded)),
        ),
    ];
    let selected = match c.shape.layout {
        Layout::Replicas => "replicas",
        Layout::Sharded => "shards",
    };
    let on_select = v.callback(|k: AttrValue| {
        Msg::Event(ScalingEvent::SetLayout(if k == "shards" {
            Layout::Sharded
        } else {
            Layout::Replicas
        }))
    });
    html! {
        <>
            <Choice label={text::word(Word::Layout)} name="layout" {options} selected={selected} {on_select} />
            <div class="sliders">
                { slider(v, "nodes", Setting::Nodes, s.sim.nodes() as f64, 1.0, false) }
                { slider(v, "node", Setting::NodeRung, c.shape.node_rung as f64, 1.0, false) }
                { slider(v, "sigma", Setting::Sigma, t.usl.sigma, 0.005, false) }
                { slider(v, "kappa", Setting::Kappa, t.usl.kappa, 0.0005, false) }
                { slider(v, "cross", Setting::CrossShard, t.cross_shard, 1.0, true) }
            </div>
            <p class="tally usl-peak">{ text::usl_peak(&s.sim, &s.derived) }</p>
        </>
    }
}

fn failures(s: &ScalingUpVsOut, v: &V) -> Html {
    let sim = &s.sim;
    let machine_down = sim
        .machine_down()
        .then(|| AttrValue::from(text::refusal(Refusal::MachineAlreadyDown)));
    let all_down = (sim.failed_nodes().len() >= sim.nodes())
        .then(|| AttrValue::from(text::refusal(Refusal::AllNodesDown)));
    let nothing = (!sim.machine_down() && sim.failed_nodes().is_empty())
        .then(|| AttrValue::from(text::refusal(Refusal::NothingToRepair)));
    html! {
        <>
            <div class="sliders">
                { slider(v, "fail", Setting::FailureRate, sim.config().failure_rate, 0.5, true) }
            </div>
            <div class="buttons" role="group" aria-label={text::word(Word::FailuresName)}>
                <ActionButton label={text::word(Word::FailMachine)} onclick={ev(v, ScalingEvent::FailMachine)} disabled_reason={machine_down} />
                <ActionButton label={text::word(Word::FailNode)} onclick={ev(v, ScalingEvent::FailNode)} disabled_reason={all_down} />
                <ActionButton label={text::word(Word::Repair)} onclick={ev(v, ScalingEvent::Repair)} disabled_reason={nothing} />
            </div>
            <p class="tally">{ text::tally(sim, Lever::Up) }</p>
            <p class="tally">{ text::tally(sim, Lever::Out) }</p>
        </>
    }
}
