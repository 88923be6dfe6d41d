//! The coordination sim's page: the stage (canvas, legend, every number as text in a status
//! region, the store's contents) and the panel (settings, scene buttons, play controls).

use dsim_core::coordination::{
    CoordConfig, CoordSim, Endpoint, Flavour, Recipe, Scenario, MAX_CLIENTS, MAX_TTL_MS,
    MIN_CLIENTS, MIN_TTL_MS,
};
use dsim_ui::controls::options;
use dsim_ui::format::{seconds, secs};
use dsim_ui::{ActionButton, Choice, Slider, Switch, View};
use yew::prelude::*;

use crate::actions::{self, Action};
use crate::msg::{self, t};
use crate::settings::{MAX_PAUSE_S, MIN_PAUSE_S, SERVER_CHOICES};
use crate::{layout, text, CoordinationService, Msg};

type V<'a> = View<'a, CoordinationService>;

/// Everything inside the shell.
pub fn body(sim: &CoordSim, pause_s: u64, per_recipe: [Option<u32>; 2], v: &V) -> Html {
    let stage = html! {
        <>
            { v.legend("cs-legend") }
            { status(sim, per_recipe) }
        </>
    };
    let panel = html! {
        <>
            { v.clock_group(msg::SCOPE.words(msg::NEXT_EVENT)) }
            { scene_buttons(sim, pause_s, v) }
            { settings(sim.config(), v) }
            { store(sim) }
        </>
    };
    v.stage_and_panel("cs", stage, panel)
}

/// Every number of the scene as text.
fn status(sim: &CoordSim, per_recipe: [Option<u32>; 2]) -> Html {
    let c = sim.config();
    let quorum_tone = if sim.has_quorum() { "" } else { "bad" };
    let scene = match c.scenario {
        Scenario::Election => election_status(sim, per_recipe),
        Scenario::Discovery => discovery_status(sim),
    };
    html! {
        <div class="readouts cs-status" role="status" aria-label={t!(STATUS_LABEL)}>
            <p class={classes!("cs-ensemble", quorum_tone)}>{ text::ensemble_status(sim) }</p>
            { scene }
            <p class="cs-advice">{ text::size_advice(&c) }</p>
        </div>
    }
}

fn election_status(sim: &CoordSim, per_recipe: [Option<u32>; 2]) -> Html {
    let c = sim.config();
    let mut counts = per_recipe;
    if let Some(n) = actions::failover_notifications(sim) {
        counts[usize::from(c.recipe == Recipe::Sequential)] = Some(n);
    }
    let corrupt = sim.storage().records.iter().any(|r| r.accepted && r.stale);
    let round = sim.rounds().last().map(|r| text::round(r, c.clients));
    html! {
        <>
            <p class="cs-lock">{ text::lock_status(sim) }</p>
            <p class={classes!("cs-storage", corrupt.then_some("bad"))}>{ text::storage_status(sim) }</p>
            <p>{ round.unwrap_or_default() }</p>
            <p class="cs-compare">{ text::comparison(counts[0], counts[1]) }</p>
        </>
    }
}

fn discovery_status(sim: &CoordSim) -> Html {
    let ttl = sim.config().ttl_ms;
    let last = sim.departures().last().map(|d| text::departure(d, ttl));
    html! {
        <>
            <p class="cs-members">{ text::members(sim) }</p>
            <p class="cs-departure">{ last.unwrap_or_else(text::no_departure) }</p>
        </>
    }
}

fn act(v: &V, sim: &CoordSim, a: Action, label: &'static str) -> Html {
    let label = t!((label));
    let reason = actions::blocked(a, sim).map(|b| AttrValue::from(text::blocked(b)));
    html! {
        <ActionButton label={label} onclick={v.send(Msg::Action(a))} disabled_reason={reason} />
    }
}

fn scene_buttons(sim: &CoordSim, pause_s: u64, v: &V) -> Html {
    let election = sim.config().scenario == Scenario::Election;
    let pause_label = secs(pause_s);
    html! {
        <div class="cs-actions" role="group" aria-label={t!(SCENE_ACTIONS)}>
            <div class="buttons">
                if election {
                    { act(v, sim, Action::CrashLeaderClient, msg::CRASH_LEADER_CLIENT) }
                    { act(v, sim, Action::PauseHolder, msg::PAUSE_HOLDER) }
                } else {
                    { act(v, sim, Action::CrashInstance, msg::CRASH_INSTANCE) }
                }
                { act(v, sim, Action::CrashLeaderServer, msg::CRASH_LEADER_SERVER) }
                { act(v, sim, Action::LoseQuorum, msg::LOSE_QUORUM) }
                { act(v, sim, Action::RestartAll, msg::RESTART_ALL) }
            </div>
            if election {
                <Slider id="cs-pause" label={t!(GC_PAUSE)} min={MIN_PAUSE_S as f64} max={MAX_PAUSE_S as f64}
                    value={pause_s as f64} display={pause_label.clone()} value_text={pause_label}
                    on_change={v.callback(|x: f64| Msg::PauseLen(x.round() as u64))} />
            }
        </div>
    }
}

fn config_cb<T: 'static>(
    v: &V,
    c: CoordConfig,
    f: fn(CoordConfig, T) -> Option<CoordConfig>,
) -> Callback<T> {
    v.callback(move |x: T| Msg::Config(f(c, x).unwrap_or(c)))
}

fn settings(c: CoordConfig, v: &V) -> Html {
    let flavours = options(&Flavour::ALL, Flavour::param, text::flavour);
    let scenarios = options(&Scenario::ALL, Scenario::param, text::scenario);
    let recipes = options(&Recipe::ALL, Recipe::param, |r| text::recipe(r, c.flavour));
    let servers = options(&SERVER_CHOICES, |s| s, |s| s);
    let ttl = c.ttl_ms / 1000;
    html! {
        <div class="cs-settings">
            <div class="choice-short"><Choice label={t!(SERVICE)} name="cs-flavour" options={flavours} selected={c.flavour.param()}
                on_select={config_cb(v, c, |c, x: AttrValue| Flavour::from_param(&x).map(|flavour| CoordConfig { flavour, ..c }))} /></div>
            <div class="choice-short"><Choice label={t!(SERVERS)} name="cs-servers" options={servers} selected={c.servers.to_string()}
                on_select={config_cb(v, c, |c, x: AttrValue| x.parse().ok().map(|servers| CoordConfig { servers, ..c }))} /></div>
            <Choice label={t!(SCENE)} name="cs-scenario" options={scenarios} selected={c.scenario.param()}
                on_select={config_cb(v, c, |c, x: AttrValue| Scenario::from_param(&x).map(|scenario| CoordConfig { scenario, ..c }))} />
            if c.scenario == Scenario::Election {
                <Choice label={t!(RECIPE_LABEL)} name="cs-recipe" options={recipes} selected={c.recipe.param()}
                    on_select={config_cb(v, c, |c, x: AttrValue| Recipe::from_param(&x).map(|recipe| CoordConfig { recipe, ..c }))} />
                <Switch label={t!(FENCING_SWITCH)} checked={c.fencing}
                    on_toggle={v.callback(|on: bool| Msg::Event(dsim_core::coordination::CoordEvent::SetFencing(on)))} />
            }
            <div class="cs-sliders">
            <Slider id="cs-clients" label={t!(CLIENTS)} min={MIN_CLIENTS as f64} max={MAX_CLIENTS as f64}
                value={c.clients as f64} display={c.clients.to_string()} value_text={text::clients_value(c.clients)}
                on_change={config_cb(v, c, |c, x: f64| Some(CoordConfig { clients: x.round() as usize, ..c }))} />
            <Slider id="cs-ttl" label={text::ttl_label(c.flavour)} min={(MIN_TTL_MS / 1000) as f64} max={(MAX_TTL_MS / 1000) as f64}
                value={ttl as f64} display={secs(ttl)} value_text={seconds(ttl)}
                on_change={config_cb(v, c, |c, x: f64| Some(CoordConfig { ttl_ms: x.round() as u64 * 1000, ..c }))} />
            </div>
        </div>
    }
}

/// The serving leader's znodes or keys, as a list.
fn store(sim: &CoordSim) -> Html {
    let f = sim.config().flavour;
    let st = sim.view_store();
    let rows: Vec<String> = st
        .nodes()
        .filter(|(p, _)| p.as_str() != "/")
        .map(|(p, n)| {
            let owner = n
                .owner
                .and_then(|s| st.sessions().get(&s))
                .map(|i| i.client);
            text::store_row(f, p, n, owner)
        })
        .collect();
    html! {
        <div class="cs-store">
            <h3>{ text::store_title(f) }</h3>
            <ul>{ for rows.into_iter().map(|r| html! { <li>{ r }</li> }) }</ul>
        </div>
    }
}

/// A focusable button over each server and client: Enter crashes or restarts it.
pub fn node_buttons(sim: &CoordSim, v: &V) -> Html {
    let (w, h) = v.canvas_size();
    let c = sim.config();
    let l = layout::layout(w, h, c.servers, c.clients, c.scenario == Scenario::Election);
    let button = |spot: &layout::Spot, e: Endpoint, label: String| {
        let style = spot.bounds().css();
        html! {
            <button type="button" class="hit" {style} aria-label={label}
                onclick={v.send(Msg::Toggle(e))}></button>
        }
    };
    let servers = l
        .servers
        .iter()
        .enumerate()
        .map(|(i, s)| button(s, Endpoint::Server(i), text::server_button(sim, i)));
    let clients = l
        .clients
        .iter()
        .enumerate()
        .map(|(i, s)| button(s, Endpoint::Client(i), text::client_button(sim, i)));
    servers.chain(clients).collect()
}
