//! The sharding sim's page: the stage (canvas, load readouts, the last query) and the panel
//! (strategy, actions and the tabs), the buttons over the shard rows, and its fixed texts.

mod select;
mod tabs;

use dsim_core::sharding::{Query, Rejection, ShardingEvent, Strategy, MAX_SHARDS, MIN_SHARDS};
use dsim_ui::{ActionButton, Choice, PlayControls, Tabs, Theme, View};
use yew::prelude::*;

use crate::{layout, text, Msg, ShardingStrategies};

pub(crate) use select::ModelSelect;

type V<'a> = View<'a, ShardingStrategies>;

fn ev(v: &V, e: ShardingEvent) -> Callback<()> {
    v.send(Msg::Event(e))
}

/// Everything inside the shell.
pub fn body(s: &ShardingStrategies, v: &V) -> Html {
    html! {
        <>
            { stage(s, v) }
            <div class="panel sharding-panel">
                { strategy_choice(s, v) }
                { actions(s, v) }
                { tab_box(s, v) }
            </div>
        </>
    }
}

/// The canvas, the load readouts under it and the last query's result.
fn stage(s: &ShardingStrategies, v: &V) -> Html {
    let sim = &s.sim;
    let meter = &s.meter;
    let hot_now = !meter.hot.is_empty();
    let geographic = sim.strategy() == Strategy::Geographic;
    let down = sim.strategy() == Strategy::Directory && sim.directory_down();
    let failed = s.query.as_ref().is_some_and(|q| q.failed);
    html! {
        <div class="stage sharding-stage">
            { v.canvas() }
            <div class="readouts shard-status" role="status" aria-live="off" aria-label="Shard load">
                <p class={classes!("load-line", hot_now.then_some("bad"))}>{ text::load_summary(meter) }</p>
                if geographic {
                    <p class="good">{ format!("Residency check: {}", text::residency_text(s.residency)) }</p>
                }
                if down {
                    <p class="bad">{ format!("Failed requests: {}", text::load_text(sim.failures_per_sec())) }</p>
                }
                <ul class="visually-hidden">
                    { for (0..sim.shard_count()).map(|i| html! { <li>{ text::shard_line(sim, meter, i) }</li> }) }
                </ul>
            </div>
            <p class={classes!("query-line", failed.then_some("failed"))} role="status" aria-live="off"
                aria-label="Last query">{ s.query_text.clone() }</p>
        </div>
    }
}

fn strategy_choice(s: &ShardingStrategies, v: &V) -> Html {
    let strategies: Vec<(AttrValue, AttrValue)> = Strategy::ALL
        .iter()
        .map(|&s| {
            (
                AttrValue::from(s.key()),
                AttrValue::from(text::strategy_label(s)),
            )
        })
        .collect();
    let current = s.sim.strategy();
    let on_select = v.callback(move |key: AttrValue| {
        let chosen = Strategy::from_key(&key).unwrap_or(current);
        Msg::Event(ShardingEvent::SetStrategy(chosen))
    });
    html! {
        <Choice label="Strategy" name="strategy" options={strategies}
            selected={AttrValue::from(current.key())} {on_select} />
    }
}

/// Play, one request, the two queries, and adding or removing a shard.
fn actions(s: &ShardingStrategies, v: &V) -> Html {
    let n = s.sim.shard_count();
    let add_reason = (n >= MAX_SHARDS)
        .then(|| AttrValue::from(text::narration::rejection(Rejection::MostShards)));
    let remove_reason = (n <= MIN_SHARDS)
        .then(|| AttrValue::from(text::narration::rejection(Rejection::FewestShards)));
    html! {
        <div class="buttons actions" role="group" aria-label="Actions">
            <PlayControls playing={v.playing()} on_play_pause={v.on_play_pause()}
                on_step={Some(v.on_step())} step_label="One request" />
            <ActionButton label="Point lookup" primary=true onclick={ev(v, ShardingEvent::Query(Query::PointLookup(None)))} />
            <ActionButton label="Range scan" primary=true onclick={v.send(Msg::RunScan)} />
            <ActionButton label="Add shard" onclick={ev(v, ShardingEvent::AddShard)} disabled_reason={add_reason} />
            <ActionButton label="Remove shard" onclick={ev(v, ShardingEvent::RemoveShard)} disabled_reason={remove_reason} />
        </div>
    }
}

/// The tabs: the workload, the strategy's layout, the records moved and the scorecard.
fn tab_box(s: &ShardingStrategies, v: &V) -> Html {
    let tabs: Vec<(AttrValue, AttrValue)> = vec![
        ("workload".into(), "Workload".into()),
        ("layout".into(), text::layout_tab(s.sim.strategy()).into()),
        ("moves".into(), "Moves".into()),
        ("score".into(), "Scorecard".into()),
    ];
    let body = match s.tab.as_str() {
        "layout" => tabs::layout(s, v),
        "moves" => tabs::moves(s),
        "score" => tabs::score(s, v),
        _ => tabs::workload(s, v),
    };
    html! {
        <div class="tab-box">
            <Tabs label="More controls" {tabs} selected={s.tab.clone()} on_select={v.callback(Msg::Tab)} />
            <div class="tab-panel" role="tabpanel" id={format!("panel-{}", s.tab)}
                aria-labelledby={format!("tab-{}", s.tab)}>
                { body }
            </div>
        </div>
    }
}

/// A focusable button over each shard row: Enter describes the shard.
pub fn shard_buttons(s: &ShardingStrategies, v: &V) -> Html {
    let sim = &s.sim;
    let n = sim.shard_count();
    let labels: Vec<String> = (0..n)
        .map(|i| text::shard_button(sim, &s.meter, i))
        .collect();
    html! {
        <ShardButtons {n} size={v.canvas_size()} {labels} on_press={v.callback(Msg::ShardInfo)} />
    }
}

/// Properties of [`ShardButtons`].
#[derive(Properties, PartialEq)]
struct ShardButtonsProps {
    n: usize,
    size: (f64, f64),
    labels: Vec<String>,
    on_press: Callback<usize>,
}

/// The buttons over the shard rows (a component: the layout needs the theme's scale).
#[function_component(ShardButtons)]
fn shard_buttons_over_rows(p: &ShardButtonsProps) -> Html {
    let theme = use_context::<Theme>().unwrap_or_default();
    if p.size.0 < 1.0 {
        return html! {};
    }
    let g = layout::geometry(p.n, p.size.0, p.size.1, theme.scale());
    g.rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let style = format!(
                "left:{:.1}px;top:{:.1}px;width:{:.1}px;height:{:.1}px",
                r.x, r.y, r.w, r.h
            );
            let label = p.labels.get(i).cloned().unwrap_or_default();
            let onclick = {
                let cb = p.on_press.clone();
                Callback::from(move |_: MouseEvent| cb.emit(i))
            };
            html! { <button type="button" class="hit shard-hit" {style} aria-label={label} {onclick}></button> }
        })
        .collect()
}

/// The screen summary's fixed part.
pub fn about() -> Html {
    html! {
        <>
            <p>{ "The picture shows a router on the left and one row per shard on the right. Requests travel from the router to the shard that holds the user as moving dots. Each shard row has a grey bar for the records it holds and a blue bar for its load in requests per second, its ratio to the mean load, and a HOT mark when it is over 1.5 times the mean. Above the shards, an axis shows the shard key: letters of surnames for range sharding, regions for geographic sharding." }</p>
            <p>{ "A choice sets the strategy: range-based, hash-based, directory-based or geographic. Play, Step, One request, Point lookup and Range scan send requests; Add shard and Remove shard change the shard count and show how many records move. Tabs hold the workload sliders (request rate, records), the range splits or the directory table, the record moves, and a scorecard that compares the strategies. Each shard row is also a button that describes the shard." }</p>
        </>
    }
}

/// The sim's part of the help dialog.
pub fn help() -> Html {
    html! {
        <>
            <p>{ "One table of users is split over several shards. The router sends each request (a dot) to the shard holding that user; each shard row shows how many records it holds (grey bar) and its load in requests per second (blue bar), with its ratio to the mean. A shard over 1.5× the mean load is marked HOT." }</p>
            <p>{ "Pick a strategy, press Play, then try Point lookup, Range scan and Add shard. Under range sharding drag a ◆ on the letter axis (or use the Splits tab); under directory sharding change the lookup table or fail it; under geographic sharding change where traffic comes from." }</p>
        </>
    }
}
