//! The panel's tabs: the workload (rate, records, scans), the strategy's layout (splits,
//! hashing, the directory table or regional traffic), the records moved, and the scorecard.
//! All but the workload are reached only through [`crate::later_tabs`], so their code arrives
//! when one of them is first opened.

use dsim_core::num::Within;
use dsim_core::sharding::{
    letter_char, LetterRange, Region, Scorecard, ShardingEvent, Strategy, Workload,
};
use dsim_ui::controls::options;
use dsim_ui::format::{percent_of, requests_per_second, thousands};
use dsim_ui::i18n::{dec, grouped};
use dsim_ui::{ActionButton, Slider, SteppedSlider, Switch};
use yew::prelude::*;

use super::{ev, ModelSelect, V};
use crate::msg::{self, t};
use crate::{text, Msg, ShardingStrategies};

/// The request rates the Request rate slider offers, per second.
static RATE_STOPS: [f64; 10] = [1.0, 2.0, 5.0, 10.0, 20.0, 40.0, 80.0, 150.0, 300.0, 500.0];
/// The dataset sizes the Records slider offers.
static RECORD_STOPS: [f64; 9] = [
    200.0, 500.0, 1_000.0, 2_000.0, 5_000.0, 10_000.0, 20_000.0, 50_000.0, 100_000.0,
];

/// The request rate and dataset size, the range scan to run, and Reset.
pub fn workload(s: &ShardingStrategies, v: &V) -> Html {
    let records = s.sim.records().len();
    let rate = s.sim.config().rate;
    let scans: Vec<(AttrValue, AttrValue)> = text::scans()
        .iter()
        .enumerate()
        .map(|(i, scan)| (i.to_string().into(), text::scan_words(scan.0).into()))
        .collect();
    html! {
        <div class="workload-tab">
            <div class="sliders">
                <SteppedSlider id="rate" label={t!(REQUEST_RATE)} stops={RATE_STOPS.as_slice()}
                    value={f64::from(rate)} display={t!(RATE_DISPLAY, rate = rate)}
                    value_text={requests_per_second(u64::from(rate))}
                    on_change={v.callback(|r: f64| Msg::Event(ShardingEvent::SetRate(r as u32)))} />
                <SteppedSlider id="records" label={t!(RECORDS)} stops={RECORD_STOPS.as_slice()}
                    value={records as f64} display={thousands(records)}
                    value_text={t!(RECORDS_VALUE, records = grouped(records))}
                    on_change={v.callback(|n: f64| Msg::Event(ShardingEvent::SetRecords(n as usize)))} />
            </div>
            <div class="buttons">
                { workload_pick(s, v) }
                <label class="pick" for="scan">
                    <span>{ t!(RANGE_SCAN_OF) }</span>
                    <ModelSelect id="scan" options={scans} selected={s.scan} revision={s.revision}
                        on_pick={v.callback(Msg::Scan)} />
                </label>
                <ActionButton label={t!(RESET)} onclick={v.on_reset()} />
            </div>
        </div>
    }
}

/// The live workload's menu: uniform lookups, a celebrity, Zipf-skewed users or new sign-ups.
fn workload_pick(s: &ShardingStrategies, v: &V) -> Html {
    let options = options(&Workload::ALL, Workload::key, text::workload::label);
    let current = s.sim.workload();
    let selected = Workload::ALL
        .iter()
        .position(|&w| w == current)
        .unwrap_or(0);
    let on_pick = v.callback(move |i: usize| {
        let w = Workload::ALL.get(i).copied().unwrap_or(current);
        Msg::Event(ShardingEvent::SetWorkload(w))
    });
    html! {
        <label class="pick" for="workload">
            <span>{ t!(WORKLOAD) }</span>
            <ModelSelect id="workload" {options} {selected} revision={s.revision} {on_pick} />
        </label>
    }
}

/// The current strategy's layout.
pub fn layout(s: &ShardingStrategies, v: &V) -> Html {
    match s.sim.strategy() {
        Strategy::Range => splits(s, v),
        Strategy::Hash => html! {
            <div class="layout-tab">
                <p>{ text::hash_layout(s.sim.shard_count()) }</p>
                <p>{ t!(HASH_CHANGING_N) }{ " " }
                    <a href="../consistent-hash-ring/main.html">{ t!(HASH_CONSISTENT_LINK) }</a>
                    { " " }{ t!(HASH_CONSISTENT_MOVES) }</p>
            </div>
        },
        Strategy::Directory => directory(s, v),
        Strategy::Geographic => regions(s, v),
    }
}

/// Range sharding: a menu per split point, and back to even ranges.
fn splits(s: &ShardingStrategies, v: &V) -> Html {
    let sim = &s.sim;
    if sim.range_keyed_on_id() {
        let [now, later] = text::workload::id_splits(sim);
        return html! {
            <div class="layout-tab">
                <p>{ now }</p>
                <p class="hint">{ later }</p>
            </div>
        };
    }
    let split = |(i, &at): (usize, &u8)| {
        let (lo, hi) = sim.split_bounds(i).unwrap_or((at, at));
        let options: Vec<(AttrValue, AttrValue)> = (lo..=hi)
            .map(|l| {
                let c = AttrValue::from(letter_char(l).to_string());
                (c.clone(), c)
            })
            .collect();
        let on_pick = v.callback(move |k: usize| {
            let letter = lo.saturating_add(k as u8);
            Msg::Event(ShardingEvent::SetSplit { index: i, letter })
        });
        let id = format!("split-{}", i + 1);
        html! {
            <label class="pick" for={id.clone()}>
                <span>{ t!(SPLIT_LABEL, split = i + 1) }</span>
                <ModelSelect id={id} {options} selected={usize::from(at.saturating_sub(lo))}
                    revision={s.revision} {on_pick}
                    aria_label={t!(SPLIT_ARIA, split = i + 1, shard = i + 2)} />
            </label>
        }
    };
    html! {
        <div class="layout-tab">
            <p class="hint">{ t!(SPLITS_HINT) }</p>
            <div class="split-grid">
                { for sim.split_points().iter().enumerate().map(split) }
            </div>
            <div class="buttons">
                <ActionButton label={t!(EVEN_RANGES)} onclick={ev(v, ShardingEvent::EvenSplits)} />
            </div>
        </div>
    }
}

/// Directory sharding: the lookup table, one menu per first letter, the outage switch and
/// the rebalance button.
fn directory(s: &ShardingStrategies, v: &V) -> Html {
    let sim = &s.sim;
    let down = sim.directory_down();
    let shards: Vec<(AttrValue, AttrValue)> = (1..=sim.shard_count())
        .map(|k| {
            let k = AttrValue::from(k.to_string());
            (k.clone(), k)
        })
        .collect();
    let cell = |l: u8| {
        let c = letter_char(l);
        let on_pick = v.callback(move |shard: usize| {
            let range = LetterRange::new(l, l);
            Msg::Event(ShardingEvent::Reassign { range, shard })
        });
        let selected = sim.directory().get(l as usize).copied().unwrap_or(0);
        html! {
            <label class="dir-cell" for={format!("dir-{c}")}>
                <span>{ c }</span>
                <ModelSelect id={format!("dir-{c}")} options={shards.clone()} {selected}
                    revision={s.revision} {on_pick}
                    aria_label={t!(DIRECTORY_CELL_ARIA, letter = c.to_string())} />
            </label>
        }
    };
    let rebalance_reason = down.then(|| AttrValue::from(t!(REBALANCE_DOWN)));
    html! {
        <div class="layout-tab">
            <div class="dir-grid" role="group" aria-label={t!(ARIA_LOOKUP_TABLE)}>
                { for (0..26u8).map(cell) }
            </div>
            <div class="buttons">
                <Switch label={t!(FAIL_DIRECTORY)} checked={down}
                    on_toggle={v.callback(|_| Msg::Event(ShardingEvent::FailDirectory))} />
                <ActionButton label={t!(REBALANCE)} disabled_reason={rebalance_reason}
                    onclick={ev(v, ShardingEvent::RebalanceDirectory)} />
            </div>
        </div>
    }
}

/// Geographic sharding: where requests come from, with two presets.
fn regions(s: &ShardingStrategies, v: &V) -> Html {
    let t = s.sim.traffic();
    let total: u32 = t.iter().sum::<u32>().max(1);
    let slider = |r: Region| {
        let i = r.index();
        let share = f64::from(t[i]) * 100.0 / f64::from(total);
        let name = text::region_label(r);
        let on_change = v.callback(move |x: f64| {
            let mut w = t;
            w[i] = x.round().within(0.0, 100.0) as u32;
            Msg::Event(ShardingEvent::SetTraffic(w))
        });
        html! {
            <Slider id={format!("traffic-{}", name.to_ascii_lowercase())}
                label={t!(TRAFFIC_LABEL, region = name)} min=0.0 max=100.0 value={f64::from(t[i])}
                display={t!(TRAFFIC_DISPLAY, share = dec(share, 0))}
                value_text={t!(TRAFFIC_VALUE, region = name, share = dec(share, 0))}
                {on_change} />
        }
    };
    html! {
        <div class="layout-tab">
            <div class="sliders traffic">
                { for Region::ALL.into_iter().map(slider) }
            </div>
            <div class="buttons">
                { for text::TRAFFIC_PRESETS.iter().map(|&(id, w)| html! {
                    <ActionButton label={text::preset_label(id)} onclick={ev(v, ShardingEvent::SetTraffic(w))} />
                }) }
            </div>
        </div>
    }
}

/// The records each strategy moved (or would move) when a shard is added or removed.
pub fn moves(s: &ShardingStrategies, cards: &[Scorecard]) -> Html {
    let sim = &s.sim;
    let total = sim.records().len();
    let current = sim.strategy();
    let row = |moved: &[usize; 4], st: Strategy| {
        let m = moved[st.index()];
        html! {
            <tr class={classes!((st == current).then_some("current"))}>
                <th scope="row">{ text::moves_row_name(st) }</th>
                <td>{ thousands(m) }</td>
                <td>{ percent_of(m, total) }</td>
            </tr>
        }
    };
    html! {
        <div class="moves-tab">
            <div role="status" aria-live="off" aria-label={t!(ARIA_RECORDS_MOVED)}>
                <p class="caption">{ text::moves_caption(sim) }</p>
                if let Some(moved) = text::moves_row(sim, cards) {
                    <table class="moves">
                        <thead><tr><th scope="col">{ t!(STRATEGY) }</th><th scope="col">{ t!(RECORDS_MOVED) }</th><th scope="col">{ t!(SHARE) }</th></tr></thead>
                        <tbody>
                            { for Strategy::ALL.iter().map(|&st| row(&moved, st)) }
                        </tbody>
                    </table>
                }
            </div>
            <p class="hint">{ t!(MOVES_FIX) }{ " " }
                <a href="../consistent-hash-ring/main.html">{ t!(MOVES_FIX_LINK) }</a></p>
        </div>
    }
}

/// One strategy's scorecard: the chapter's columns, each backed by what was measured.
pub fn score(s: &ShardingStrategies, cards: &[Scorecard], v: &V) -> Html {
    let chosen = s.score_for.unwrap_or(s.sim.strategy());
    let card = cards.iter().find(|c| c.strategy == chosen);
    let evidence = card.map(|card| text::evidence(&s.sim, card));
    html! {
        <div class="score-tab">
            <div class="buttons picker" role="group" aria-label={t!(ARIA_SCORECARD_OF)}>
                { for Strategy::ALL.iter().map(|&st| html! {
                    <button type="button" class={classes!("btn", "pick-btn")}
                        aria-pressed={(st == chosen).to_string()}
                        onclick={v.send(Msg::ScoreFor(st))}>{ text::strategy_text(st, msg::STRATEGY_SHORT) }</button>
                }) }
            </div>
            if let Some(e) = evidence {
                <div class="scorecard" role="status" aria-live="off" aria-label={t!(TAB_SCORECARD)}>
                    <p><strong>{ format!("{} ", t!(SCORE_HOW)) }</strong>{ e.how }</p>
                    <p><strong class="good">{ format!("{} ", t!(SCORE_STRENGTH)) }</strong>{ e.strength }</p>
                    <p><strong class="bad">{ format!("{} ", t!(SCORE_WEAKNESS)) }</strong>{ e.weakness }</p>
                    <p class="numbers">{ e.numbers }</p>
                </div>
            }
        </div>
    }
}
