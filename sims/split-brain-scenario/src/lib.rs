//! The split-brain MicroSim: partition a three-node cluster, watch a naive monitor promote a
//! second leader, send the two conflicting writes, heal, and resolve the conflict; then see how
//! Raft's majority votes and fencing tokens (or STONITH) keep it from happening at all.

mod clock;
mod draw;
pub mod layout;
pub mod settings;
pub mod text;

use std::cell::RefCell;
use std::rc::Rc;

use dsim_core::split_brain::{FailoverMode, Phase, SplitBrainEvent, SplitBrainSim, LINKS};
use dsim_ui::Ticker;
use dsim_ui::{
    env, ActionButton, Choice, Frame, PlayControls, SimCanvas, SimShell, Slider, Switch, TextField,
};
use yew::prelude::*;

use clock::{Live, TICK_MS};
pub use settings::Settings;
use settings::{parse_balance, skew_ms, MAX_SKEW_S, SKEW_STEP_S};

/// The sim's id, as in its URL and folder name.
pub const ID: &str = "split-brain-scenario";
/// The most client writes listed on the page (the newest).
const WRITES_SHOWN: usize = 4;
/// The least real time between two re-renders driven by the clock, in ms (about 10 Hz).
const RENDER_EVERY_MS: f64 = 95.0;

/// The component the app mounts on this sim's page.
pub type App = SplitBrainScenario;

/// Messages of [`SplitBrainScenario`].
pub enum Msg {
    /// A student's action for the model.
    Event(SplitBrainEvent),
    /// A clock tick.
    Tick,
    /// Reset everything (model and page state).
    Reset,
    /// Play or pause the clock.
    PlayPause,
    /// Skip ahead to the next notable moment.
    Skip,
    /// The "Failover by" choice changed.
    Mode(AttrValue),
    /// Open or close the manual-resolution choices.
    ToggleManual,
    /// The merged value's text changed.
    MergedInput(String),
    /// Use the merged value typed.
    ApplyMerged,
    /// The canvas was resized.
    Resized(f64, f64),
    /// The canvas was clicked at a point.
    Clicked(f64, f64),
}

/// The split-brain scenario component.
pub struct SplitBrainScenario {
    settings: Settings,
    notices: Rc<Vec<String>>,
    live: Rc<RefCell<Live>>,
    narration: String,
    interval: Option<Ticker>,
    size: (f64, f64),
    manual_open: bool,
    merged: String,
    merged_error: Option<String>,
    merged_note: Option<String>,
    last_render: f64,
}

impl SplitBrainScenario {
    /// Starts or stops the clock: it runs only while something is pending and not paused.
    fn sync_clock(&mut self, ctx: &Context<Self>) {
        let want = {
            let live = self.live.borrow();
            !live.paused && live.busy()
        };
        self.live.borrow_mut().running = want;
        if want && self.interval.is_none() {
            let link = ctx.link().clone();
            self.interval = Some(Ticker::new(TICK_MS, move || link.send_message(Msg::Tick)));
        } else if !want {
            self.interval = None;
        }
    }

    fn apply(&mut self, ctx: &Context<Self>, event: SplitBrainEvent) {
        let said = self.live.borrow_mut().apply(event, env::now());
        self.narration = text::narrate(&said, self.live.borrow().sim.mode());
        match event {
            SplitBrainEvent::Reset | SplitBrainEvent::SetMode(_) => {
                self.manual_open = false;
                self.merged.clear();
                self.merged_error = None;
                self.merged_note = None;
            }
            SplitBrainEvent::ResolveLastWriteWins | SplitBrainEvent::ResolveManual(_) => {
                self.manual_open = false;
                self.merged_error = None;
            }
            _ => {}
        }
        self.sync_clock(ctx);
    }
}

impl SplitBrainScenario {
    /// The CONFLICT DETECTED banner with its choices; `place` ("panel" or "stage") keeps the
    /// two copies' ids apart (CSS shows one of them, depending on the screen width).
    fn conflict_box(&self, ctx: &Context<Self>, sim: &SplitBrainSim, place: &str) -> Html {
        let Some(c) = sim.conflict() else {
            return Html::default();
        };
        let link = ctx.link();
        let sides = text::conflict_sides(c)
            .into_iter()
            .map(|s| html! { <li>{ s }</li> })
            .collect::<Html>();
        let picks = c
            .sides
            .iter()
            .map(|s| {
                let value = s.value;
                let what = s.last().map(text::entry_label).unwrap_or_default();
                let label = format!("{} ({what})", text::money(value));
                let onclick =
                    link.callback(move |_: ()| Msg::Event(SplitBrainEvent::ResolveManual(value)));
                html! { <ActionButton {label} {onclick} /> }
            })
            .collect::<Html>();
        let manual = if self.manual_open {
            html! {
                <div class="sb-manual" role="group" aria-label="Manual Resolution">
                    <p class="sb-manual-title">{ "Pick the balance every node will hold:" }</p>
                    <div class="buttons">{ picks }</div>
                    <div class="sb-merge">
                        <TextField id={format!("sb-merged-{place}")} label="Or a merged value" prefix="$"
                            inputmode="numeric" max_length={12}
                            value={self.merged.clone()}
                            hint={Some(AttrValue::from("Whole dollars, 0 to 1000000."))}
                            error={self.merged_error.clone().map(AttrValue::from)}
                            on_input={link.callback(Msg::MergedInput)}
                            on_enter={Some(link.callback(|_: ()| Msg::ApplyMerged))} />
                        <ActionButton label="Use merged value" onclick={link.callback(|_: ()| Msg::ApplyMerged)} />
                    </div>
                </div>
            }
        } else {
            Html::default()
        };
        html! {
            <div class={classes!("sb-conflict", format!("sb-in-{place}"))} role="alert">
                <p class="sb-conflict-title">{ "CONFLICT DETECTED" }</p>
                <ul class="sb-sides">{ sides }</ul>
                <div class="buttons sb-question-row">
                    <p class="sb-question">{ "Which write wins?" }</p>
                    <ActionButton label="Last-Write-Wins" primary=true
                        onclick={link.callback(|_: ()| Msg::Event(SplitBrainEvent::ResolveLastWriteWins))} />
                    <span class="action">
                        <button type="button" class="btn" aria-expanded={self.manual_open.to_string()}
                            onclick={link.callback(|_: MouseEvent| Msg::ToggleManual)}>{ "Manual Resolution" }</button>
                    </span>
                </div>
                { manual }
            </div>
        }
    }
}

impl Component for SplitBrainScenario {
    type Message = Msg;
    type Properties = dsim_ui::SimProps;

    fn create(ctx: &Context<Self>) -> Self {
        let settings = Settings::from_query(&ctx.props().query);
        let sim = SplitBrainSim::new(settings.config, settings.common.seed);
        let narration = text::start_text(&sim);
        SplitBrainScenario {
            notices: Rc::new(settings.notices.clone()),
            live: Rc::new(RefCell::new(Live::new(sim, settings.common.speed))),
            settings,
            narration,
            interval: None,
            size: (0.0, 0.0),
            manual_open: false,
            merged: String::new(),
            merged_error: None,
            merged_note: None,
            last_render: 0.0,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        match msg {
            Msg::Event(event) => {
                self.apply(ctx, event);
                true
            }
            Msg::Tick => {
                let now = env::now();
                let said = self.live.borrow_mut().tick(now);
                if !said.is_empty() {
                    self.narration = text::narrate(&said, self.live.borrow().sim.mode());
                }
                self.sync_clock(ctx);
                if self.interval.is_none() || now - self.last_render >= RENDER_EVERY_MS {
                    self.last_render = now;
                    true
                } else {
                    false
                }
            }
            Msg::Reset => {
                self.live.borrow_mut().paused = false;
                self.apply(ctx, SplitBrainEvent::Reset);
                let start = text::start_text(&self.live.borrow().sim);
                self.narration = format!("Reset. {start}");
                true
            }
            Msg::PlayPause => {
                let paused = {
                    let mut live = self.live.borrow_mut();
                    live.paused = !live.paused;
                    live.paused
                };
                self.narration = text::pause_text(paused).to_string();
                self.sync_clock(ctx);
                true
            }
            Msg::Skip => {
                if self.live.borrow().notable_in().is_some() {
                    self.apply(ctx, SplitBrainEvent::SkipAhead);
                } else {
                    self.narration = text::skip_reason();
                }
                true
            }
            Msg::Mode(value) => match FailoverMode::from_param(&value) {
                Some(mode) if mode != self.live.borrow().sim.mode() => {
                    self.apply(ctx, SplitBrainEvent::SetMode(mode));
                    true
                }
                _ => false,
            },
            Msg::ToggleManual => {
                if self.live.borrow().sim.can_resolve() {
                    self.manual_open = !self.manual_open;
                }
                true
            }
            Msg::MergedInput(text) => {
                self.merged = text;
                self.merged_error = None;
                true
            }
            Msg::ApplyMerged => {
                match parse_balance(&self.merged) {
                    Ok((value, note)) => {
                        self.apply(ctx, SplitBrainEvent::ResolveManual(value));
                        self.merged_note = note;
                    }
                    Err(reason) => self.merged_error = Some(reason),
                }
                true
            }
            Msg::Resized(w, h) => {
                self.size = (w, h);
                true
            }
            Msg::Clicked(x, y) => {
                let (w, h) = self.size;
                let hit = layout::layout(w, h, 1.0, false).hit_link(x, y);
                match hit.and_then(|i| LINKS.get(i).copied()) {
                    Some((a, b)) => {
                        self.apply(ctx, SplitBrainEvent::ToggleLink(a, b));
                        true
                    }
                    None => false,
                }
            }
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let live = self.live.borrow();
        let sim = &live.sim;
        let mode = sim.mode();
        let ev = |e: SplitBrainEvent| link.callback(move |_: ()| Msg::Event(e));

        let draw_cb = {
            let live = self.live.clone();
            Callback::from(move |f: Frame| draw::draw(&f, &live.borrow()))
        };

        // Overlay buttons on the links' middles (cut or heal).
        let (w, h) = self.size;
        let lay = layout::layout(w, h, 1.0, false);
        let overlay = if w < 1.0 || h < 1.0 {
            Html::default()
        } else {
            sim.links()
                .into_iter()
                .enumerate()
                .map(|(i, (a, b, up))| {
                    let r = lay.link_hit(i);
                    let label = format!(
                        "{} link {}–{}",
                        if up { "Cut" } else { "Heal" },
                        a + 1,
                        b + 1
                    );
                    let style = format!(
                        "left:{:.1}px;top:{:.1}px;width:{:.1}px;height:{:.1}px",
                        r.x, r.y, r.w, r.h
                    );
                    let onclick = link.callback(move |_: MouseEvent| {
                        Msg::Event(SplitBrainEvent::ToggleLink(a, b))
                    });
                    html! {
                        <button type="button" class="hit sb-link" {style} aria-label={label} {onclick}></button>
                    }
                })
                .collect::<Html>()
        };

        // The status line and the timer.
        let phase = sim.phase();
        let timer = match &phase {
            Phase::TimerRunning {
                node,
                elapsed_ms,
                timeout_ms,
            } => Some((*node, *elapsed_ms, *timeout_ms)),
            _ => None,
        };
        let clock_state = if live.paused {
            "clock paused"
        } else if live.running {
            "clock running"
        } else {
            "clock stopped: nothing pending"
        };
        let timer_name = if mode == FailoverMode::Raft {
            "Election timeout"
        } else {
            "Heartbeat timeout"
        };
        let timer_html = match timer {
            Some((node, elapsed, timeout)) => {
                let pct = if timeout > 0 {
                    (elapsed as f64 / timeout as f64 * 100.0).clamp(0.0, 100.0)
                } else {
                    0.0
                };
                let e = elapsed as f64 / 1000.0;
                let t = timeout as f64 / 1000.0;
                html! {
                    <span class="sb-timer">
                        <span class="sb-bar" role="progressbar" aria-label={format!("{timer_name} of {}", text::node_name(node))}
                            aria-valuemin="0" aria-valuemax={format!("{t:.1}")} aria-valuenow={format!("{e:.1}")}
                            aria-valuetext={format!("{e:.1} s of {t:.1} s")}>
                            <span class="sb-fill" style={format!("width:{pct:.1}%")}></span>
                        </span>
                        <span class="sb-timer-text">{ format!("{timer_name}: {e:.1} s / {t:.1} s") }</span>
                    </span>
                }
            }
            None => Html::default(),
        };

        let node_logs = (0..3)
            .map(|n| html! { <li>{ text::node_summary(sim, n) }</li> })
            .collect::<Html>();

        // Buttons and why they are disabled.
        let partition_reason = (!sim.can_partition())
            .then(|| AttrValue::from("Node 1 is already cut off from Nodes 2 and 3."));
        let heal_reason = (!sim.can_heal())
            .then(|| AttrValue::from("Every link is up: there is nothing to heal."));
        let writes_reason = text::writes_reason(sim).map(AttrValue::from);
        let skip_reason_attr = live
            .notable_in()
            .is_none()
            .then(|| AttrValue::from(text::skip_reason()));
        let powered_off: Vec<usize> = (0..3).filter(|&n| sim.can_power_on(n)).collect();

        // The conflict (in the panel on wide screens, over the stage on narrow ones), its
        // resolution, or why there is none.
        let conflict_panel = self.conflict_box(ctx, sim, "panel");
        let conflict_stage = self.conflict_box(ctx, sim, "stage");
        let resolution_html = match (sim.conflict(), sim.resolution()) {
            (None, Some(res)) => {
                let rows = text::lww_rows(res);
                let table = if rows.is_empty() {
                    Html::default()
                } else {
                    html! {
                        <table class="sb-lww">
                            <thead><tr><th scope="col">{ "Write" }</th><th scope="col">{ "real time" }</th><th scope="col">{ "time\u{ad}stamp" }</th><th scope="col">{ "result" }</th></tr></thead>
                            <tbody>
                                { for rows.iter().map(|r| html! {
                                    <tr class={if r.won { "good" } else { "bad" }}>
                                        <td>{ r.write.clone() }</td><td>{ r.happened.clone() }</td><td>{ r.stamped.clone() }</td>
                                        <td><strong>{ if r.won { format!("✓ {}", r.outcome) } else { format!("✗ {}", r.outcome) } }</strong></td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    }
                };
                html! {
                    <div class="sb-resolution" role="status" aria-label="Resolution">
                        if let Some(note) = &self.merged_note { <p class="bad">{ note.clone() }</p> }
                        <p>{ text::resolution_sentence(res, sim.config().clock_skew_ms) }</p>
                        { table }
                    </div>
                }
            }
            _ => Html::default(),
        };
        let why = text::why_no_conflict(sim);
        let minor_hint = why.is_some() || (sim.conflict().is_none() && sim.resolution().is_some());
        let why_html = match why {
            Some(why) => {
                html! { <p class="sb-why" role="note" aria-label="Why no conflict">{ why }</p> }
            }
            None => Html::default(),
        };

        let writes = sim.writes();
        let first = writes.len().saturating_sub(WRITES_SHOWN);
        let write_items = if writes.is_empty() {
            html! { <li class="muted">{ "No client writes yet. Write A: user balance = $500 will go to Node 1, Write B: user balance = $750 to Node 2." }</li> }
        } else {
            writes[first..]
                .iter()
                .map(|w| {
                    let (_, _, tone) = text::write_short(w);
                    let class = match tone {
                        text::Tone::Good => "good",
                        text::Tone::Bad => "bad",
                        _ => "",
                    };
                    html! { <li {class}>{ text::write_line(w) }</li> }
                })
                .collect::<Html>()
        };

        let mode_options: Vec<(AttrValue, AttrValue)> = FailoverMode::ALL
            .iter()
            .map(|m| {
                (
                    AttrValue::from(m.param()),
                    AttrValue::from(text::mode_label(*m)),
                )
            })
            .collect();
        let skew_s = sim.config().clock_skew_ms as f64 / 1000.0;
        let (skew_display, skew_text) = text::skew_texts(sim.config().clock_skew_ms);
        let show_skew = mode == FailoverMode::Naive && sim.conflict().is_none();
        let raft_note = (mode == FailoverMode::Raft).then(|| {
            html! {
                <li><span class="swatch sb-star">{ "*" }</span>{ "not committed yet" }</li>
            }
        });

        let about = html! {
            <>
                <p>{ "The picture shows three database nodes in a triangle with the links between them, and the client that writes to the user's balance. The leader wears a crown. Each node shows its balance, its term or fencing token, and whether it is cut off. Cut links are dashed. Moving dots are messages: syncs and writes, and in Raft mode the votes. A banner reports a conflict after the partition heals." }</p>
                <p>{ "Partition Network cuts Node 1 off and Heal Partition joins the cluster again; client writes go to whichever node the client reaches. Failover by chooses naive monitoring, Raft majority or fencing tokens, with a STONITH switch; the clock skew slider makes Node 1's clock run fast or slow. The cut and heal marks on each link are buttons. Pause, Skip ahead and Reset control the clock; when a conflict is shown, buttons resolve it by last write wins, by keeping a node's value, or by a merged value typed in." }</p>
            </>
        };
        let help = html! {
            <>
                <p>{ "Three nodes replicate one key, the user's balance. Node 1 leads (the crown). Partition Network cuts Node 1 off; after the heartbeat timeout a monitor promotes Node 2, and both nodes accept writes: split brain. Heal Partition brings the sync and the CONFLICT DETECTED banner." }</p>
                <p>{ "Failover by: Naive monitor shows the problem; Raft majority needs 2 of 3 votes to lead and to commit, so the cut-off leader commits nothing; Fencing token makes the storage refuse the old leader's writes (STONITH powers it off first)." }</p>
                <p>{ "Click the cut / heal marks on the links (or Tab to them) to partition differently, for example to isolate Node 3. The clock runs only while something is pending; Pause freezes it, Skip ahead jumps to the next event." }</p>
            </>
        };

        let playing = !live.paused;
        html! {
            <SimShell sim_id={ID} title="Split-Brain Scenario" narration={self.narration.clone()}
                share_query={Settings::query(sim.config(), &self.settings.common)} {about}
                state={text::screen_state(sim, playing)}
                notices={self.notices.clone()} projector={self.settings.common.projector}
                on_reset={link.callback(|_: ()| Msg::Reset)}
                on_play_pause={Some(link.callback(|_: ()| Msg::PlayPause))}
                on_step={Some(link.callback(|_: ()| Msg::Skip))} {help}>
                <div class="stage sb-stage">
                    <SimCanvas draw={draw_cb} label={text::canvas_label(sim)}
                        on_resize={link.callback(|(w, h)| Msg::Resized(w, h))}
                        on_click={link.callback(|(x, y)| Msg::Clicked(x, y))}>
                        { overlay }
                    </SimCanvas>
                    <ul class="legend sb-legend" aria-label="Legend">
                        <li><span class="swatch sb-leader">{ "♛" }</span>{ "leader" }</li>
                        <li><span class="swatch sb-cut">{ "- -" }</span>{ "cut link" }</li>
                        <li><span class="swatch write">{ "●" }</span>{ if mode == FailoverMode::Raft { "AppendEntries with a write" } else { "sync / write" } }</li>
                        if mode == FailoverMode::Raft {
                            <li><span class="swatch sb-vote">{ "●" }</span>{ "RequestVote" }</li>
                        }
                        { for raft_note }
                    </ul>
                    <div class="sb-status" role="status" aria-label="Cluster status" aria-live="off">
                        <p class="sb-phase">{ text::status(sim) }</p>
                        <p class="sb-clock">
                            <span>{ format!("Time {:.1} s · {clock_state}", live.cur_ms as f64 / 1000.0) }</span>
                            { timer_html }
                        </p>
                    </div>
                    <div class="visually-hidden" role="status" aria-label="Node logs" aria-live="off">
                        <ul>{ node_logs }</ul>
                    </div>
                    { conflict_stage }
                </div>
                <div class="panel sb-panel">
                    <div class="sb-controls">
                        <Choice label="Failover by" name="sb-mode" options={mode_options}
                            selected={AttrValue::from(mode.param())}
                            on_select={link.callback(Msg::Mode)} />
                        if mode == FailoverMode::Fencing {
                            <Switch label="STONITH: power the old leader off before promoting"
                                checked={sim.config().stonith}
                                on_toggle={link.callback(|on: bool| Msg::Event(SplitBrainEvent::SetStonith(on)))} />
                        }
                        <div class="buttons sb-actions" role="group" aria-label="Actions">
                            <ActionButton label="Partition Network" primary=true onclick={ev(SplitBrainEvent::PartitionNetwork)} disabled_reason={partition_reason} />
                            <ActionButton label="Send Write A and Write B" primary=true onclick={ev(SplitBrainEvent::SpecWrites)} disabled_reason={writes_reason} />
                            <ActionButton label="Heal Partition" primary=true onclick={ev(SplitBrainEvent::Heal)} disabled_reason={heal_reason} />
                            { for powered_off.iter().map(|&n| html! {
                                <ActionButton label={format!("Power on {}", text::node_name(n))} onclick={ev(SplitBrainEvent::PowerOn(n))} />
                            }) }
                            <PlayControls playing={playing} on_play_pause={link.callback(|_: ()| Msg::PlayPause)} />
                            <ActionButton label="Skip ahead" onclick={link.callback(|_: ()| Msg::Skip)} disabled_reason={skip_reason_attr} />
                            <ActionButton label="Reset" onclick={link.callback(|_: ()| Msg::Reset)} />
                        </div>
                        if show_skew {
                            <Slider id="sb-skew" label="Clock skew (Node 1's clock offset)"
                                min={-MAX_SKEW_S} max={MAX_SKEW_S} step={SKEW_STEP_S} value={skew_s}
                                display={skew_display} value_text={skew_text}
                                on_change={link.callback(|v: f64| Msg::Event(SplitBrainEvent::SetClockSkewMs(skew_ms(v))))} />
                        }
                    </div>
                    <div class="sb-guide">
                        if !(minor_hint && matches!(phase, Phase::Stable)) {
                            <p class={classes!("sb-hint", minor_hint.then_some("sb-minor"))}><strong>{ "Next: " }</strong>{ text::hint(sim, live.paused) }</p>
                        }
                        { conflict_panel }
                        { resolution_html }
                        { why_html }
                        <div class="sb-writes" role="status" aria-label="Client writes"><ul>{ write_items }</ul></div>
                    </div>
                </div>
            </SimShell>
        }
    }
}
