//! The page inside the shell: the three panels (canvas, status lines, scorecard), the
//! selector and transport buttons, the highlighted panel's controls, and the legend.

use dsim_core::replication::{
    ConflictPolicy, ReplicationEvent, ReplicationSim, Topology, MAX_LAG_MS, NODES,
};
use dsim_ui::controls::options;
use dsim_ui::format::secs;
use dsim_ui::i18n::dec;
use dsim_ui::{ActionButton, Choice, Frame, SimCanvas, Slider, Switch, View};
use yew::prelude::*;

use crate::layout::PanelLayout;
use crate::msg::t;
use crate::text::{self, policy_name, topology_name, Tone};
use crate::{index_of, policy_value, Msg, ReplicationTopology};

type V<'a> = View<'a, ReplicationTopology>;

/// Everything inside the shell.
pub fn body(this: &ReplicationTopology, v: &V) -> Html {
    let sim = this.sim.borrow();
    html! {
        <div class="rtc">
            <div class="rtc-panels">
                { for Topology::ALL.iter().map(|&t| panel(this, &sim, t, v)) }
            </div>
            { top_bar(this, &sim, v) }
            { controls(this, &sim, v) }
            { v.legend("rtc-legend") }
        </div>
    }
}

/// One topology's panel: its title, canvas, status lines and scorecard.
fn panel(this: &ReplicationTopology, sim: &ReplicationSim, t: Topology, v: &V) -> Html {
    let selected = t == sim.selected();
    let canvas = if selected {
        v.canvas()
    } else {
        own_canvas(this, sim, t, v)
    };
    let lines = text::status::status(
        sim,
        t,
        t == Topology::SingleLeader && this.queued_read.is_some(),
    );
    let title_id = format!("rtc-title-{}", t.slug());
    html! {
        <section class={classes!("rtc-panel", selected.then_some("selected"))} aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>
                { topology_name(t) }
                if selected { <span class="rtc-tag">{ t!(TAG_HIGHLIGHTED) }</span> }
            </h2>
            { canvas }
            <div class="rtc-status" role="status" aria-label={t!(PANEL_STATUS, name = topology_name(t))}>
                { for lines.iter().map(|l| html! {
                    <p class={classes!(match l.tone { Tone::Good => Some("good"), Tone::Bad => Some("bad"), Tone::Plain => None })}>{ l.text.clone() }</p>
                }) }
            </div>
            { scorecard(sim, t) }
        </section>
    }
}

/// The canvas of a panel that is not highlighted (the highlighted one is the host's main
/// canvas). Each panel keeps one canvas, with its node buttons, whichever wires it: a node
/// button keeps the keyboard focus when its panel becomes the highlighted one.
fn own_canvas(this: &ReplicationTopology, sim: &ReplicationSim, t: Topology, v: &V) -> Html {
    let scene = this.scene_of(t, v.playing(), v.speed());
    let draw = Callback::from(move |f: Frame| scene.draw(&f));
    html! {
        <SimCanvas {draw}
            label={text::status::canvas_label(sim, t)}
            on_resize={v.callback(move |(w, h)| Msg::Resized(t, w, h))}
            on_click={v.callback(move |(x, y)| Msg::Clicked(t, x, y))}>
            { node_buttons(this, t, this.sizes[index_of(t)], v) }
        </SimCanvas>
    }
}

/// A focusable button on each node that can fail (Single-Leader, Leaderless), when the
/// canvas of `size` is large enough to show them.
pub fn node_buttons(this: &ReplicationTopology, t: Topology, size: (f64, f64), v: &V) -> Html {
    let (w, h) = size;
    let l = PanelLayout::new(t, w, h);
    if t == Topology::MultiLeader || l.compact || w <= 0.0 {
        return Html::default();
    }
    let sim = this.sim.borrow();
    l.nodes
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let r = s.r.max(11.0);
            let style = dsim_ui::geom::Rect::around(s.x, s.y, r).css();
            let onclick = v.send(Msg::Panel(t, ReplicationEvent::ToggleNode(t, i)));
            html! {
                <button type="button" class="hit" {style}
                    aria-label={text::status::node_label(&sim, t, i)} {onclick}></button>
            }
        })
        .collect()
}

/// A topology's scorecard: the write latency measured in its panel, then the ratings.
fn scorecard(sim: &ReplicationSim, t: Topology) -> Html {
    html! {
        <table class="rtc-scorecard">
            <caption class="visually-hidden">{ t!(PANEL_SCORECARD, name = topology_name(t)) }</caption>
            <tbody>
                <tr><th scope="row">{ text::write_latency() }</th><td>{ text::measured_latency(sim, t) }</td></tr>
                { for t.scorecard().rows().iter().map(|&(k, r)| html! {
                    <tr><th scope="row">{ text::criterion_name(k) }</th><td>{ text::rating_name(r) }</td></tr>
                }) }
            </tbody>
        </table>
    }
}

/// The topology selector and the buttons that act on every panel.
fn top_bar(this: &ReplicationTopology, sim: &ReplicationSim, v: &V) -> Html {
    let options = options(&Topology::ALL, Topology::slug, topology_name);
    let step_disabled = this.quiet().then(|| AttrValue::from(text::step_disabled()));
    html! {
        <div class="rtc-top">
            <Choice label={t!(CHOICE_TOPOLOGY)} name="rtc-topology" {options}
                selected={AttrValue::from(sim.selected().slug())}
                on_select={v.callback(Msg::Select)} />
            <div class="buttons" role="group" aria-label={t!(ACTIONS)}>
                <ActionButton label={t!(SIMULATE_WRITE)} primary=true onclick={v.send(Msg::SimulateWrite)} />
                <ActionButton label={if v.playing() { t!(PAUSE) } else { t!(RESUME) }}
                    onclick={v.on_play_pause()} />
                <ActionButton label={t!(STEP)} onclick={v.on_step()} disabled_reason={step_disabled} />
                <ActionButton label={t!(RESET)} onclick={v.on_reset()} />
            </div>
            <Switch label={t!(CLIENT_FAR)} checked={sim.config().client_far}
                on_toggle={v.callback(Msg::Far)} />
        </div>
    }
}

/// The highlighted panel's own controls.
fn controls(this: &ReplicationTopology, sim: &ReplicationSim, v: &V) -> Html {
    let selected = sim.selected();
    let inner = match selected {
        Topology::SingleLeader => single_controls(sim, v),
        Topology::MultiLeader => multi_controls(this, sim, v),
        Topology::Leaderless => leaderless_controls(this, sim, v),
    };
    html! {
        <div class="rtc-controls" role="group" aria-label={t!(PANEL_CONTROLS, name = topology_name(selected))}>
            <span class="rtc-controls-title">{ t!(PANEL_CONTROLS_TITLE, name = topology_name(selected)) }</span>
            { inner }
        </div>
    }
}

fn panel_event(v: &V, t: Topology, e: ReplicationEvent) -> Callback<()> {
    v.send(Msg::Panel(t, e))
}

fn single_controls(sim: &ReplicationSim, v: &V) -> Html {
    let config = sim.config();
    let lag_s = config.lag_ms as f64 / 1000.0;
    let sl = sim.single_leader();
    let live_replicas = sl
        .nodes()
        .iter()
        .enumerate()
        .filter(|&(i, n)| i != sl.leader() && n.up())
        .count();
    let fail_reason = (live_replicas == 0).then(|| AttrValue::from(text::no_replica_to_promote()));
    let sl_event = |make: fn(bool) -> ReplicationEvent| {
        v.callback(move |on: bool| Msg::Panel(Topology::SingleLeader, make(on)))
    };
    html! {
        <>
            <div class="rtc-slot">
                <Slider id="rtc-lag" label={t!(LAG_LABEL)} min={0.0} max={MAX_LAG_MS as f64 / 1000.0} step={0.1}
                    value={lag_s} display={secs(dec(lag_s, 1))}
                    value_text={t!(LAG_VALUE_TEXT, lag = dec(lag_s, 1))}
                    on_change={v.callback(|s: f64| Msg::Panel(Topology::SingleLeader,
                        ReplicationEvent::SetLagMs((s * 1000.0).round().max(0.0) as u64)))} />
            </div>
            <Switch label={t!(SYNC_SWITCH)} checked={config.sync}
                on_toggle={sl_event(ReplicationEvent::SetSync)} />
            <Switch label={t!(RAW_SWITCH)} checked={config.read_after_write}
                on_toggle={sl_event(ReplicationEvent::SetReadAfterWrite)} />
            <div class="buttons" role="group" aria-label={t!(PANEL_ACTIONS, name = topology_name(Topology::SingleLeader))}>
                <ActionButton label={t!(READ_FROM_REPLICA)} onclick={v.send(Msg::Read(false))} />
                <ActionButton label={t!(READ_FROM_LEADER)} onclick={v.send(Msg::Read(true))} />
                <ActionButton label={t!(FAIL_LEADER_NOW)}
                    onclick={panel_event(v, Topology::SingleLeader, ReplicationEvent::FailLeaderNow)}
                    disabled_reason={fail_reason} />
            </div>
        </>
    }
}

fn multi_controls(this: &ReplicationTopology, sim: &ReplicationSim, v: &V) -> Html {
    let options = [ConflictPolicy::LastWriteWins, ConflictPolicy::KeepSiblings]
        .map(|p| {
            (
                AttrValue::from(policy_value(p)),
                AttrValue::from(policy_name(p)),
            )
        })
        .to_vec();
    let policy = sim.config().conflict_policy;
    html! {
        <>
            <div class="buttons" role="group" aria-label={t!(PANEL_ACTIONS, name = topology_name(Topology::MultiLeader))}>
                <ActionButton label={t!(CONCURRENT_WRITES)}
                    onclick={panel_event(v, Topology::MultiLeader, ReplicationEvent::ConcurrentWrites)} />
            </div>
            <Choice key={format!("policy-{}", this.policy_epoch)} label={t!(CONFLICT_RESOLUTION)} name="rtc-policy" {options}
                selected={AttrValue::from(policy_value(policy))}
                on_select={v.callback(Msg::Policy)} />
        </>
    }
}

fn leaderless_controls(this: &ReplicationTopology, sim: &ReplicationSim, v: &V) -> Html {
    let q = sim.config().quorum;
    let options = [ConflictPolicy::LastWriteWins, ConflictPolicy::KeepSiblings]
        .map(|p| {
            (
                AttrValue::from(policy_value(p)),
                AttrValue::from(text::leaderless_policy_name(p)),
            )
        })
        .to_vec();
    let slider = |id: &'static str,
                  label: String,
                  letter: &'static str,
                  value: usize,
                  make: fn(usize) -> ReplicationEvent| {
        html! {
            <Slider id={id} label={label} min={1.0} max={NODES as f64} value={value as f64}
                display={value.to_string()}
                value_text={t!(QUORUM_VALUE_TEXT, letter = letter, value = value, total = NODES)}
                on_change={v.callback(move |x: f64| Msg::Panel(Topology::Leaderless, make(x.round() as usize)))} />
        }
    };
    html! {
        <>
            <div class="rtc-slot">{ slider("rtc-w", t!(W_SLIDER), "W", q.w, ReplicationEvent::SetW) }</div>
            <div class="rtc-slot">{ slider("rtc-r", t!(R_SLIDER), "R", q.r, ReplicationEvent::SetR) }</div>
            <div class="buttons" role="group" aria-label={t!(PANEL_ACTIONS, name = topology_name(Topology::Leaderless))}>
                <ActionButton label={t!(QUORUM_READ)}
                    onclick={panel_event(v, Topology::Leaderless, ReplicationEvent::QuorumRead)} />
                <ActionButton label={t!(TWO_CLIENTS_WRITE)}
                    onclick={panel_event(v, Topology::Leaderless, ReplicationEvent::LeaderlessConcurrentWrites)} />
            </div>
            <Choice key={format!("ll-policy-{}", this.policy_epoch)} label={t!(LL_POLICY_CHOICE)} name="rtc-ll-policy" {options}
                selected={AttrValue::from(policy_value(sim.config().leaderless_policy))}
                on_select={v.callback(Msg::LeaderlessPolicy)} />
        </>
    }
}
