//! The sharding sim's page: the stage (canvas, load readouts, the last query) and the panel
//! (strategy, actions and the tabs), the buttons over the shard rows, and its fixed texts.

mod select;
pub(crate) mod tabs;

use dsim_core::sharding::{Query, Rejection, ShardingEvent, Strategy, MAX_SHARDS, MIN_SHARDS};
use dsim_ui::controls::options;
use dsim_ui::{ActionButton, Choice, PlayControls, TabPanel, Tabs, Theme, View};
use yew::prelude::*;

use crate::msg::t;
use crate::{later_tabs, layout, text, Msg, ShardingStrategies};

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
            <div class="readouts shard-status" role="status" aria-live="off" aria-label={t!(ARIA_SHARD_LOAD)}>
                <p class={classes!("load-line", hot_now.then_some("bad"))}>{ text::load_summary(meter) }</p>
                if let Some(line) = text::workload::status_line(sim, meter) {
                    <p class={classes!("workload-line", hot_now.then_some("bad"))}>{ line }</p>
                }
                if geographic {
                    <p class="good">{ t!(RESIDENCY_CHECK, check = text::residency_text(s.residency)) }</p>
                }
                if down {
                    <p class="bad">{ t!(FAILED_REQUESTS, rate = text::load_text(sim.failures_per_sec())) }</p>
                }
                <ul class="visually-hidden">
                    { for (0..sim.shard_count()).map(|i| html! { <li>{ text::shard_line(sim, meter, i) }</li> }) }
                </ul>
            </div>
            <p class={classes!("query-line", failed.then_some("failed"))} role="status" aria-live="off"
                aria-label={t!(ARIA_LAST_QUERY)}>{ s.query_text.clone() }</p>
        </div>
    }
}

fn strategy_choice(s: &ShardingStrategies, v: &V) -> Html {
    let strategies = options(&Strategy::ALL, Strategy::key, text::strategy_label);
    let current = s.sim.strategy();
    let on_select = v.callback(move |key: AttrValue| {
        let chosen = Strategy::from_key(&key).unwrap_or(current);
        Msg::Event(ShardingEvent::SetStrategy(chosen))
    });
    html! {
        <Choice label={t!(STRATEGY)} name="strategy" options={strategies}
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
        <div class="buttons actions" role="group" aria-label={t!(ARIA_ACTIONS)}>
            <PlayControls playing={v.playing()} on_play_pause={v.on_play_pause()}
                on_step={Some(v.on_step())} step_label={t!(ONE_REQUEST)} />
            <ActionButton label={t!(POINT_LOOKUP)} primary=true onclick={ev(v, ShardingEvent::Query(Query::PointLookup(None)))} />
            <ActionButton label={t!(RANGE_SCAN)} primary=true onclick={v.send(Msg::RunScan)} />
            <ActionButton label={t!(ADD_SHARD)} onclick={ev(v, ShardingEvent::AddShard)} disabled_reason={add_reason} />
            <ActionButton label={t!(REMOVE_SHARD)} onclick={ev(v, ShardingEvent::RemoveShard)} disabled_reason={remove_reason} />
        </div>
    }
}

/// The tabs: the workload, the strategy's layout, the records moved and the scorecard.
fn tab_box(s: &ShardingStrategies, v: &V) -> Html {
    let tabs: Vec<(AttrValue, AttrValue)> = vec![
        ("workload".into(), t!(TAB_WORKLOAD).into()),
        ("layout".into(), text::layout_tab(s.sim.strategy()).into()),
        ("moves".into(), t!(TAB_MOVES).into()),
        ("score".into(), t!(TAB_SCORECARD).into()),
    ];
    let body = if later_tabs::owns(&s.tab) {
        later_tab(s, v)
    } else {
        tabs::workload(s, v)
    };
    html! {
        <div class="tab-box">
            <Tabs label={t!(ARIA_MORE_CONTROLS)} {tabs} selected={s.tab.clone()} on_select={v.callback(Msg::Tab)} />
            <TabPanel class="tab-panel" tab={s.tab.clone()}>{ body }</TabPanel>
        </div>
    }
}

/// A tab of the later tabs' part, or what stands in its place until its code is here.
fn later_tab(s: &ShardingStrategies, v: &V) -> Html {
    s.later_tabs
        .as_ref()
        .map_or_else(Html::default, |part| part.show(|p| p.view(&s.tab, s, v)))
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
            let style = r.css();
            let label = p.labels.get(i).cloned().unwrap_or_default();
            let onclick = {
                let cb = p.on_press.clone();
                Callback::from(move |_: MouseEvent| cb.emit(i))
            };
            html! { <button type="button" class="hit shard-hit" {style} aria-label={label} {onclick}></button> }
        })
        .collect()
}
