//! The gossip panel's page: the counter, the legend, the grid (the host's main canvas) and
//! the chart on the stage; rounds, sliders, push style, failures, trials and earlier runs in
//! the panel.

use dsim_core::gossip::{
    expected_rounds_to_full, GossipConfig, GossipEvent, Mode, DEFAULT_TRIALS, MAX_FANOUT,
    MAX_LOSS_PERCENT, MIN_FANOUT,
};
use dsim_ui::format::thousands;
use dsim_ui::i18n::{grouped, language};
use dsim_ui::sim::stage_and_panel;
use dsim_ui::{ActionButton, Choice, Frame, PlayControls, SimCanvas, Slider, SteppedSlider, View};
use yew::prelude::*;

use crate::layout::{Detail, Grid};
use crate::msg::t;
use crate::runs::mode_value;
use crate::spread::SpreadPanel;
use crate::text::gossip as say;
use crate::{curves, GossipSpread, Msg};

type V<'a> = View<'a, GossipSpread>;

/// The cluster sizes the "Nodes" slider steps through.
pub const NODE_STEPS: [f64; 15] = [
    12.0, 16.0, 20.0, 25.0, 30.0, 40.0, 50.0, 75.0, 100.0, 150.0, 200.0, 300.0, 500.0, 750.0,
    1000.0,
];
/// Up to this many nodes, every node also gets a focusable button on the canvas.
const MAX_NODE_BUTTONS: usize = 40;

/// Everything the gossip tab shows.
pub fn body(p: &SpreadPanel, v: &V) -> Html {
    let (w, h) = v.canvas_size();
    let squares = Grid::new(p.sim.nodes(), w, h).detail == Detail::Squares;
    let chart_draw = {
        let data = p.chart.clone();
        Callback::from(move |f: Frame| curves::draw(&f, &data))
    };
    let stage = html! {
        <>
            { status(p) }
            { legend(squares) }
            <div class="gossip-grid">{ v.canvas() }</div>
            <div class="gossip-chart">
                <SimCanvas draw={chart_draw} label={say::chart_label(&p.chart)} />
            </div>
        </>
    };
    let panel = html! {
        <>
            { rounds(p, v) }
            { sliders(p.sim.config(), v) }
            { mode_choice(p.sim.config().mode, v) }
            { failures(p, v) }
            <div class="trials">
                <ActionButton label={t!(RUN_TRIALS, trials = DEFAULT_TRIALS)} onclick={v.send(Msg::Trials)}
                    disabled_reason={(p.sim.live_count() == 0).then(|| AttrValue::from(t!(TRIALS_ALL_DOWN)))} />
                { trials_table(p) }
            </div>
            { notes(p) }
        </>
    };
    stage_and_panel("", stage, panel)
}

/// The counter and, beside it, the rounds it took or the model's prediction.
fn status(p: &SpreadPanel) -> Html {
    let sim = &p.sim;
    let expected = expected_rounds_to_full(&sim.config(), sim.live_count());
    html! {
        <div class="gossip-status" role="status" aria-label={t!(GOSSIP_PROGRESS)}>
            <span class="counter">{ say::counter(sim.progress()) }</span>
            <span class="status-extra">{ say::status_extra(sim, expected) }</span>
        </div>
    }
}

/// The glyphs of the four states; large clusters are drawn as squares.
fn legend(squares: bool) -> Html {
    let legend = [
        (
            if squares { "□" } else { "?" },
            "unaware",
            t!(STATE_UNAWARE),
        ),
        (if squares { "●" } else { "!" }, "fresh", t!(STATE_FRESH)),
        (
            if squares { "■" } else { "✓" },
            "spreading",
            t!(STATE_SPREADING),
        ),
        ("✗", "down", t!(STATE_DOWN)),
    ];
    html! {
        <ul class="legend gossip-legend" aria-label={t!(GLYPH_LEGEND)}>
            { for legend.iter().map(|(g, class, text)| html! {
                <li><span class={classes!("glyph", *class)} aria-hidden="true">{ *g }</span>{ text.clone() }</li>
            }) }
        </ul>
    }
}

/// Start Gossip, Play/Pause, Next Round and Reset.
fn rounds(p: &SpreadPanel, v: &V) -> Html {
    html! {
        <div class="buttons" role="group" aria-label={t!(ROUNDS_LABEL)}>
            <ActionButton label={t!(START_GOSSIP)} primary=true onclick={v.send(Msg::Start)}
                disabled_reason={say::start_reason(&p.sim).map(AttrValue::from)} />
            <PlayControls playing={v.playing()} on_play_pause={v.on_play_pause()}
                on_step={Some(v.on_step())} step_label={t!(NEXT_ROUND)}
                disabled_reason={say::play_reason(&p.sim).map(AttrValue::from)} />
            <ActionButton label={t!(RESET)} onclick={v.on_reset()} />
        </div>
    }
}

/// Fanout, message loss and cluster size.
fn sliders(c: GossipConfig, v: &V) -> Html {
    let n = c.nodes;
    html! {
        <div class="sliders gossip-sliders">
            <Slider id="fanout" label={t!(FANOUT_LABEL)}
                min={MIN_FANOUT as f64} max={MAX_FANOUT as f64} value={c.fanout as f64}
                display={c.fanout.to_string()}
                value_text={t!(FANOUT_VALUE, fanout = c.fanout)}
                on_change={v.callback(|x: f64| Msg::Set(GossipEvent::SetFanout(x.round() as usize)))} />
            <Slider id="loss" label={t!(LOSS_LABEL)} min={0.0} max={f64::from(MAX_LOSS_PERCENT)}
                value={f64::from(c.loss_percent)} display={t!(LOSS_DISPLAY, loss = c.loss_percent)}
                value_text={t!(LOSS_VALUE, loss = c.loss_percent)}
                on_change={v.callback(|x: f64| Msg::Set(GossipEvent::SetLoss(x.round() as u32)))} />
            <SteppedSlider id="nodes" label={t!(NODES_LABEL)} stops={&NODE_STEPS[..]} value={n as f64}
                display={thousands(n)} value_text={t!(NODES_VALUE, nodes = grouped(n))}
                on_change={v.callback(|x: f64| Msg::Nodes(x.round() as usize))} />
        </div>
    }
}

/// Push or push-pull.
fn mode_choice(mode: Mode, v: &V) -> Html {
    html! {
        <Choice label={t!(MODE_LABEL)} name="gossip-mode"
            options={vec![
                (AttrValue::from("push"), AttrValue::from(say::mode_name(Mode::Push))),
                (AttrValue::from("push-pull"), AttrValue::from(say::mode_name(Mode::PushPull))),
            ]}
            selected={AttrValue::from(mode_value(mode))}
            on_select={v.callback(|x: AttrValue| Msg::Set(GossipEvent::SetMode(
                if x.as_str() == "push-pull" { Mode::PushPull } else { Mode::Push })))} />
    }
}

/// Fail a random node, revive the failed ones.
fn failures(p: &SpreadPanel, v: &V) -> Html {
    let fail_reason = (p.sim.live_count() == 0).then(|| AttrValue::from(t!(FAIL_ALL_DOWN)));
    let revive_reason = p
        .failed_nodes()
        .is_empty()
        .then(|| AttrValue::from(t!(REVIVE_NONE)));
    html! {
        <div class="buttons" role="group" aria-label={t!(FAILURES_LABEL)}>
            <ActionButton label={t!(FAIL_RANDOM)} onclick={v.send(Msg::FailRandom)}
                disabled_reason={fail_reason} />
            <ActionButton label={t!(REVIVE_FAILED)} onclick={v.send(Msg::ReviveAll)}
                disabled_reason={revive_reason} />
        </div>
    }
}

/// Rounds to full spread: the trials' mean, fewest and most beside the model's estimate.
fn trials_table(p: &SpreadPanel) -> Html {
    let live = p.sim.live_count();
    let current = p
        .trials
        .as_ref()
        .filter(|t| t.matches(&p.sim.config(), live));
    let cell = |x: Option<String>| x.unwrap_or_else(|| "—".to_string());
    let caption = say::trials_caption(p.trials.as_ref(), current.is_some());
    let (mean, min, max, expected) = match &p.trials {
        Some(t) => (
            cell(t.stats.mean_rounds.map(|m| language().decimal(m, 1))),
            cell(t.stats.min_rounds.map(|m| m.to_string())),
            cell(t.stats.max_rounds.map(|m| m.to_string())),
            cell(t.expected.map(|m| m.to_string())),
        ),
        None => (
            cell(None),
            cell(None),
            cell(None),
            cell(expected_rounds_to_full(&p.sim.config(), live).map(|m| m.to_string())),
        ),
    };
    let class = classes!(
        "trials-table",
        (p.trials.is_some() && current.is_none()).then_some("stale")
    );
    html! {
        <div role="status" aria-label={t!(TRIAL_RESULTS)} class="trials-status">
            <table {class}>
                <caption>{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ t!(COL_MEAN) }</th><th scope="col">{ t!(COL_MIN) }</th>
                    <th scope="col">{ t!(COL_MAX) }</th><th scope="col">{ t!(COL_MODEL) }</th>
                </tr></thead>
                <tbody><tr>
                    <td>{ mean }</td><td>{ min }</td><td>{ max }</td><td>{ expected }</td>
                </tr></tbody>
            </table>
        </div>
    }
}

/// Earlier runs and the epidemic model's formula (wide screens only).
fn notes(p: &SpreadPanel) -> Html {
    html! {
        <div class="gossip-notes">
            <h2>{ t!(EARLIER_RUNS) }</h2>
            if p.runs.is_empty() {
                <p>{ t!(NO_EARLIER_RUNS) }</p>
            } else {
                <ul>{ for p.runs.iter().map(|r| html! { <li>{ say::past_run(r) }</li> }) }</ul>
            }
            <p class="model-note">
                { t!(MODEL_NOTE_DASHED) }{ " x" }<sub>{ "t+1" }</sub>{ " = x" }<sub>{ "t" }</sub>
                { " + (L − x" }<sub>{ "t" }</sub>{ ")(1 − (1 − p)" }<sup>{ "x" }<sub>{ "t" }</sub></sup>
                { "), p = f(1 − " }{ t!(MODEL_NOTE_LOSS) }{ ")/(L − 1) " }{ t!(MODEL_NOTE_PUSH) }
                { " log" }<sub>{ "1+f" }</sub>{ " L + (ln L)/f " }{ t!(MODEL_NOTE_ROUNDS) }{ ", O(log N)." }
            </p>
        </div>
    }
}

/// A focusable button over each node of a small cluster drawn as circles: Enter fails or
/// revives it.
pub fn node_buttons(p: &SpreadPanel, v: &V) -> Html {
    let (w, h) = v.canvas_size();
    let n = p.sim.nodes();
    let grid = Grid::new(n, w, h);
    if n > MAX_NODE_BUTTONS || grid.detail == Detail::Squares || w <= 0.0 {
        return Html::default();
    }
    let r = grid.hit_radius();
    grid.positions(n, p.seed())
        .into_iter()
        .enumerate()
        .map(|(i, (x, y))| {
            let style = dsim_ui::geom::Rect::around(x, y, r).css();
            html! {
                <button type="button" class="hit" {style}
                    aria-label={say::node_button(i, p.sim.state(i))}
                    onclick={v.send(Msg::Set(GossipEvent::ToggleNode(i)))}></button>
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::gossip::{MAX_NODES, MIN_NODES};

    #[test]
    fn node_steps_cover_the_model_range() {
        assert_eq!(NODE_STEPS.first(), Some(&(MIN_NODES as f64)));
        assert_eq!(NODE_STEPS.last(), Some(&(MAX_NODES as f64)));
        assert!(NODE_STEPS.windows(2).all(|w| w[0] < w[1]));
        assert!(NODE_STEPS.iter().all(|s| s.fract() == 0.0));
    }
}
