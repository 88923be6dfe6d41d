//! The replication topology comparison MicroSim: Single-Leader, Multi-Leader and Leaderless
//! replication side by side, each with five nodes, its write flow, its scorecard, and the
//! effects the chapter warns about: replication lag and read-your-writes, lost writes under
//! asynchronous failover, write conflicts between leaders, and quorum reads with read repair.
//!
//! Time lives here, not in the model: while messages are in flight a [`Ticker`] advances
//! the model's clock by `speed` × the real time elapsed, and the canvases place each pulse by
//! its progress at an interpolated clock time between ticks. When every panel is quiet the
//! ticker is dropped, so an idle page uses no CPU; out of sight it pauses.

mod draw;
pub mod layout;
pub mod narrate;
pub mod settings;
pub mod text;

use std::cell::RefCell;
use std::rc::Rc;

use dsim_core::replication::{
    ConflictPolicy, Note, ReplicationEvent, ReplicationSim, SlWriteStatus, Topology, MAX_LAG_MS,
    NODES,
};
use dsim_ui::Ticker;
use dsim_ui::{env, ActionButton, Choice, Frame, SimCanvas, SimShell, Slider, Switch};
use yew::prelude::*;

use layout::PanelLayout;
pub use settings::Settings;
use text::{policy_name, topology_name, Tone};

/// The sim's id, as in its URL and folder name.
pub const ID: &str = "replication-topology-comparison";

/// How often the model's clock advances while messages are in flight (real ms). Yew
/// re-renders the text at this rate; the canvases animate in between.
const TICK_MS: u32 = 100;
/// The longest real-time step one tick applies (after the tab was hidden, say).
const MAX_STEP_MS: f64 = 250.0;
/// How long the sentence about the student's own action stays before the model's notes
/// replace it (real ms), so it can be read (and announced) even at high speed.
const HOLD_MS: f64 = 1_200.0;

/// The component the app mounts on this sim's page.
pub type App = ReplicationTopology;

/// Which node a queued Single-Leader read goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QueuedRead {
    Replica,
    Leader,
}

/// Messages of [`ReplicationTopology`].
pub enum Msg {
    /// An event for the model, narrated.
    Event(ReplicationEvent),
    /// An event acting on one panel: that panel becomes the highlighted one first.
    Panel(Topology, ReplicationEvent),
    /// The selector picked a topology (by slug).
    Select(AttrValue),
    /// "Simulate Write" for the highlighted topology.
    SimulateWrite,
    /// "Read from replica" (`false`) or "Read from leader" (`true`) in Single-Leader.
    Read(bool),
    /// The conflict-resolution choice (by value).
    Policy(AttrValue),
    /// The clock ticked.
    Tick,
    /// Pause or resume the clock (Space).
    PlayPause,
    /// Pause and deliver the next message (→).
    Step,
    /// A panel's canvas was resized.
    Resized(Topology, f64, f64),
    /// A panel's canvas was clicked at a point.
    Clicked(Topology, f64, f64),
}

/// The model clock as the canvases see it: the model time at the last tick, the real time of
/// that tick, and whether the clock is running (so frames may interpolate past the tick).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Clock {
    model_ms: u64,
    real_ms: f64,
    speed: f64,
    running: bool,
}

impl Clock {
    /// The model time to draw at real time `real_now`.
    fn at(&self, real_now: f64) -> f64 {
        let base = self.model_ms as f64;
        if self.running {
            let ahead = (real_now - self.real_ms).clamp(0.0, 1.5 * TICK_MS as f64);
            base + ahead * self.speed
        } else {
            base
        }
    }
}

/// The replication topology comparison component.
pub struct ReplicationTopology {
    settings: Settings,
    sim: Rc<RefCell<ReplicationSim>>,
    narration: String,
    notices: Rc<Vec<String>>,
    sizes: [(f64, f64); 3],
    clock: Clock,
    carry_ms: f64,
    interval: Option<Ticker>,
    queued_read: Option<QueuedRead>,
    /// Until when (real ms) the current narration is held.
    hold_until: f64,
    /// The latest note that arrived while the narration was held.
    pending_note: Option<String>,
    /// Bumped to rebuild the conflict-policy radios when the model refused a change.
    policy_epoch: u32,
    /// The student paused the clock: messages stay where they are until resumed or stepped.
    paused: bool,
}

fn index_of(t: Topology) -> usize {
    match t {
        Topology::SingleLeader => 0,
        Topology::MultiLeader => 1,
        Topology::Leaderless => 2,
    }
}

fn policy_value(p: ConflictPolicy) -> &'static str {
    match p {
        ConflictPolicy::LastWriteWins => "last-write-wins",
        ConflictPolicy::KeepSiblings => "keep-siblings",
    }
}

impl ReplicationTopology {
    fn quiet(&self) -> bool {
        let sim = self.sim.borrow();
        Topology::ALL.iter().all(|&t| sim.is_quiet(t))
    }

    /// Starts the clock if something is in flight or a read waits, stops it otherwise.
    fn schedule(&mut self, ctx: &Context<Self>) {
        let busy = !self.quiet() || self.queued_read.is_some() || self.pending_note.is_some();
        if self.paused {
            self.interval = None;
            self.clock.running = false;
            self.clock.model_ms = self.sim.borrow().now_ms();
        } else if busy && self.interval.is_none() {
            self.clock = Clock {
                model_ms: self.sim.borrow().now_ms(),
                real_ms: env::now(),
                speed: self.settings.common.speed,
                running: true,
            };
            self.carry_ms = 0.0;
            let link = ctx.link().clone();
            self.interval = Some(Ticker::new(TICK_MS, move || link.send_message(Msg::Tick)));
        } else if !busy {
            self.interval = None;
            self.clock.running = false;
            self.clock.model_ms = self.sim.borrow().now_ms();
        }
    }

    fn apply(&mut self, event: ReplicationEvent) -> String {
        let outcome = self.sim.borrow_mut().apply(event);
        text::narration::outcome(&outcome)
    }

    fn sl_write_pending(&self) -> bool {
        self.sim
            .borrow()
            .single_leader()
            .writes()
            .last()
            .is_some_and(|w| {
                matches!(
                    w.status,
                    SlWriteStatus::Sent
                        | SlWriteStatus::WaitingForReplicas
                        | SlWriteStatus::AckInFlight
                )
            })
    }

    fn issue_read(&mut self, read: QueuedRead) -> String {
        match read {
            QueuedRead::Replica => self.apply(ReplicationEvent::ReadFromReplica(None)),
            QueuedRead::Leader => self.apply(ReplicationEvent::ReadFromLeader),
        }
    }

    /// The narration for a tick's notes: the latest outcome (not a routine step) about the
    /// highlighted panel, else the latest outcome of any panel.
    fn pick(&self, notes: &[Note]) -> Option<String> {
        let selected = self.sim.borrow().selected();
        narrate::pick(notes, selected).map(text::narration::note)
    }

    /// Delivers the next message in flight at once (the clock jumps to its arrival), and sends
    /// a waiting read if the write it waited for is now acknowledged.
    fn step_once(&mut self) -> String {
        let (now, next) = {
            let s = self.sim.borrow();
            (s.now_ms(), s.next_arrival_ms())
        };
        let Some(at) = next else {
            return text::NOTHING_IN_FLIGHT.to_string();
        };
        let notes = self.sim.borrow_mut().advance(at.saturating_sub(now));
        let mut text = notes
            .last()
            .map(text::narration::note)
            .unwrap_or_else(|| text::MESSAGE_ARRIVED.to_string());
        if let Some(read) = self.queued_read {
            if !self.sl_write_pending() {
                self.queued_read = None;
                text = format!("{text} {}", self.issue_read(read));
            }
        }
        self.pending_note = None;
        text::stepped(self.sim.borrow().now_ms(), &text)
    }

    fn tick(&mut self) {
        let real = env::now();
        let elapsed = (real - self.clock.real_ms).clamp(0.0, MAX_STEP_MS);
        let model = elapsed * self.settings.common.speed + self.carry_ms;
        let step = model.floor().max(0.0);
        self.carry_ms = model - step;
        let target = self.sim.borrow().now_ms().saturating_add(step as u64);
        let mut notes = Vec::new();
        let mut read_text = None;
        if let Some(read) = self.queued_read {
            // Deliver message by message until the write's acknowledgement arrives, and send
            // the waiting read at that very moment of the model's clock.
            while self.sl_write_pending() {
                let (now, next) = {
                    let s = self.sim.borrow();
                    (s.now_ms(), s.next_arrival_ms())
                };
                match next {
                    Some(at) if at <= target => {
                        notes.extend(self.sim.borrow_mut().advance(at.saturating_sub(now)));
                    }
                    _ => break,
                }
            }
            if !self.sl_write_pending() {
                self.queued_read = None;
                read_text = Some(self.issue_read(read));
            }
        }
        let now = self.sim.borrow().now_ms();
        notes.extend(self.sim.borrow_mut().advance(target.saturating_sub(now)));
        self.clock.model_ms = self.sim.borrow().now_ms();
        self.clock.real_ms = real;
        if let Some(text) = self.pick(&notes) {
            self.pending_note = Some(text);
        }
        if let Some(text) = read_text {
            let text = match notes.iter().find(|n| narrate::is_write_acknowledged(n)) {
                Some(n) => format!("{} {text}", text::narration::note(n)),
                None => text,
            };
            self.say(text);
        } else if real >= self.hold_until {
            if let Some(text) = self.pending_note.take() {
                self.narration = text;
            }
        }
    }

    /// Narrates the student's action (or what it led to at once), holding it for a moment.
    fn say(&mut self, text: String) {
        self.narration = text;
        self.hold_until = env::now() + HOLD_MS;
        self.pending_note = None;
    }
}

impl Component for ReplicationTopology {
    type Message = Msg;
    type Properties = dsim_ui::SimProps;

    fn create(ctx: &Context<Self>) -> Self {
        let settings = Settings::from_query(&ctx.props().query);
        let sim = ReplicationSim::new(settings.config, settings.common.seed);
        ReplicationTopology {
            narration: text::start_text(&sim),
            notices: Rc::new(settings.notices.clone()),
            clock: Clock {
                model_ms: 0,
                real_ms: 0.0,
                speed: settings.common.speed,
                running: false,
            },
            settings,
            sim: Rc::new(RefCell::new(sim)),
            sizes: [(0.0, 0.0); 3],
            carry_ms: 0.0,
            interval: None,
            queued_read: None,
            hold_until: 0.0,
            pending_note: None,
            policy_epoch: 0,
            paused: false,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        let text = match msg {
            Msg::Event(event) => {
                let text = self.apply(event);
                if matches!(event, ReplicationEvent::Reset) {
                    self.paused = false;
                    self.queued_read = None;
                    self.interval = None;
                    self.policy_epoch = self.policy_epoch.wrapping_add(1);
                    self.clock.model_ms = 0;
                    self.clock.running = false;
                }
                text
            }
            Msg::Panel(t, event) => {
                self.apply(ReplicationEvent::Select(t));
                self.apply(event)
            }
            Msg::Select(slug) => match Topology::from_slug(&slug) {
                Some(t) => self.apply(ReplicationEvent::Select(t)),
                None => return false,
            },
            Msg::SimulateWrite => {
                let t = self.sim.borrow().selected();
                self.apply(ReplicationEvent::SimulateWrite(t))
            }
            Msg::Read(leader) => {
                self.apply(ReplicationEvent::Select(Topology::SingleLeader));
                let read = if leader {
                    QueuedRead::Leader
                } else {
                    QueuedRead::Replica
                };
                if self.sl_write_pending() {
                    self.queued_read = Some(read);
                    let value = self
                        .sim
                        .borrow()
                        .single_leader()
                        .writes()
                        .last()
                        .map(|w| w.value.clone())
                        .unwrap_or_default();
                    text::read_queued(&value)
                } else {
                    self.issue_read(read)
                }
            }
            Msg::Policy(value) => {
                let policy = if value == policy_value(ConflictPolicy::KeepSiblings) {
                    ConflictPolicy::KeepSiblings
                } else {
                    ConflictPolicy::LastWriteWins
                };
                self.apply(ReplicationEvent::Select(Topology::MultiLeader));
                let text = self.apply(ReplicationEvent::SetConflictPolicy(policy));
                if self.sim.borrow().config().conflict_policy != policy {
                    // Refused (replication in flight): put the radios back.
                    self.policy_epoch = self.policy_epoch.wrapping_add(1);
                }
                text
            }
            Msg::Tick => {
                if self.paused {
                    return false;
                }
                self.tick();
                self.schedule(ctx);
                return true;
            }
            Msg::PlayPause => {
                self.paused = !self.paused;
                if self.paused {
                    text::PAUSED.to_string()
                } else {
                    self.clock.real_ms = env::now();
                    text::RESUMED.to_string()
                }
            }
            Msg::Step => {
                self.paused = true;
                self.step_once()
            }
            Msg::Resized(t, w, h) => {
                let slot = &mut self.sizes[index_of(t)];
                if (slot.0 - w).abs() < 0.5 && (slot.1 - h).abs() < 0.5 {
                    return false;
                }
                *slot = (w, h);
                return true;
            }
            Msg::Clicked(t, x, y) => {
                let (w, h) = self.sizes[index_of(t)];
                let l = PanelLayout::new(t, w, h);
                let selected = self.sim.borrow().selected();
                match l.hit(x, y) {
                    Some(i) if !l.compact && t != Topology::MultiLeader => {
                        self.apply(ReplicationEvent::Select(t));
                        self.apply(ReplicationEvent::ToggleNode(t, i))
                    }
                    _ if t != selected => self.apply(ReplicationEvent::Select(t)),
                    _ => return false,
                }
            }
        };
        self.say(text);
        self.schedule(ctx);
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let sim = self.sim.borrow();
        let selected = sim.selected();
        let config = sim.config();
        let ev = |e: ReplicationEvent| link.callback(move |_: ()| Msg::Event(e));
        let panel_ev =
            |t: Topology, e: ReplicationEvent| link.callback(move |_: ()| Msg::Panel(t, e));

        let panels = Topology::ALL
            .iter()
            .map(|&t| self.view_panel(ctx, &sim, t, t == selected))
            .collect::<Html>();

        let controls = match selected {
            Topology::SingleLeader => {
                let lag_s = config.lag_ms as f64 / 1000.0;
                let sl = sim.single_leader();
                let live_replicas = sl
                    .nodes()
                    .iter()
                    .enumerate()
                    .filter(|&(i, n)| i != sl.leader() && n.up())
                    .count();
                let fail_reason =
                    (live_replicas == 0).then(|| AttrValue::from(text::NO_REPLICA_TO_PROMOTE));
                html! {
                    <>
                        <div class="rtc-slot">
                            <Slider id="rtc-lag" label="Replication lag" min={0.0} max={MAX_LAG_MS as f64 / 1000.0} step={0.1}
                                value={lag_s} display={format!("{lag_s:.1} s")}
                                value_text={format!("{lag_s:.1} seconds")}
                                on_change={link.callback(|v: f64| Msg::Panel(Topology::SingleLeader,
                                    ReplicationEvent::SetLagMs((v * 1000.0).round().max(0.0) as u64)))} />
                        </div>
                        <Switch label="Synchronous replication" checked={config.sync}
                            on_toggle={link.callback(|on: bool| Msg::Panel(Topology::SingleLeader, ReplicationEvent::SetSync(on)))} />
                        <Switch label="Read-after-write: route my reads to the leader" checked={config.read_after_write}
                            on_toggle={link.callback(|on: bool| Msg::Panel(Topology::SingleLeader, ReplicationEvent::SetReadAfterWrite(on)))} />
                        <div class="buttons" role="group" aria-label="Single-Leader actions">
                            <ActionButton label="Read from replica" onclick={link.callback(|_: ()| Msg::Read(false))} />
                            <ActionButton label="Read from leader" onclick={link.callback(|_: ()| Msg::Read(true))} />
                            <ActionButton label="Fail leader now" onclick={panel_ev(Topology::SingleLeader, ReplicationEvent::FailLeaderNow)}
                                disabled_reason={fail_reason} />
                        </div>
                    </>
                }
            }
            Topology::MultiLeader => {
                let options = [ConflictPolicy::LastWriteWins, ConflictPolicy::KeepSiblings]
                    .map(|p| {
                        (
                            AttrValue::from(policy_value(p)),
                            AttrValue::from(policy_name(p)),
                        )
                    })
                    .to_vec();
                html! {
                    <>
                        <div class="buttons" role="group" aria-label="Multi-Leader actions">
                            <ActionButton label="Concurrent writes" onclick={panel_ev(Topology::MultiLeader, ReplicationEvent::ConcurrentWrites)} />
                        </div>
                        <Choice key={format!("policy-{}", self.policy_epoch)} label="Conflict resolution" name="rtc-policy" {options}
                            selected={AttrValue::from(policy_value(config.conflict_policy))}
                            on_select={link.callback(Msg::Policy)} />
                    </>
                }
            }
            Topology::Leaderless => {
                let q = config.quorum;
                let slider = |id: &'static str,
                              label: &'static str,
                              letter: &'static str,
                              value: usize,
                              make: fn(usize) -> ReplicationEvent| {
                    html! {
                        <Slider id={id} label={label} min={1.0} max={NODES as f64} value={value as f64}
                            display={value.to_string()}
                            value_text={format!("{letter} = {value} of {NODES} replicas")}
                            on_change={link.callback(move |v: f64| Msg::Panel(Topology::Leaderless, make(v.round() as usize)))} />
                    }
                };
                html! {
                    <>
                        <div class="rtc-slot">{ slider("rtc-w", "W (write quorum)", "W", q.w, ReplicationEvent::SetW) }</div>
                        <div class="rtc-slot">{ slider("rtc-r", "R (read quorum)", "R", q.r, ReplicationEvent::SetR) }</div>
                        <div class="buttons" role="group" aria-label="Leaderless actions">
                            <ActionButton label="Quorum read" onclick={panel_ev(Topology::Leaderless, ReplicationEvent::QuorumRead)} />
                        </div>
                    </>
                }
            }
        };

        let options = Topology::ALL
            .map(|t| (AttrValue::from(t.slug()), AttrValue::from(topology_name(t))))
            .to_vec();
        let help = text::HELP
            .iter()
            .map(|p| html! { <p>{ *p }</p> })
            .collect::<Html>();
        let about = text::ABOUT
            .iter()
            .map(|p| html! { <p>{ *p }</p> })
            .collect::<Html>();
        html! {
            <SimShell sim_id={ID} title="Replication Topology Comparison" narration={self.narration.clone()}
                share_query={Settings::query(&config, &self.settings.common)} {about}
                state={text::state_summary(&sim, self.queued_read.is_some())}
                notices={self.notices.clone()} projector={self.settings.common.projector}
                on_reset={ev(ReplicationEvent::Reset)}
                on_play_pause={Some(link.callback(|_: ()| Msg::PlayPause))}
                on_step={Some(link.callback(|_: ()| Msg::Step))} {help}>
                <div class="rtc">
                    <div class="rtc-panels">{ panels }</div>
                    <div class="rtc-top">
                        <Choice label="Highlighted topology" name="rtc-topology" {options}
                            selected={AttrValue::from(selected.slug())}
                            on_select={link.callback(Msg::Select)} />
                        <div class="buttons" role="group" aria-label="Actions">
                            <ActionButton label="Simulate Write" primary=true onclick={link.callback(|_: ()| Msg::SimulateWrite)} />
                            <ActionButton label={if self.paused { "Resume" } else { "Pause" }}
                                onclick={link.callback(|_: ()| Msg::PlayPause)} />
                            <ActionButton label="Step" onclick={link.callback(|_: ()| Msg::Step)}
                                disabled_reason={self.quiet().then(|| AttrValue::from(text::STEP_DISABLED))} />
                            <ActionButton label="Reset" onclick={ev(ReplicationEvent::Reset)} />
                        </div>
                    </div>
                    <div class="rtc-controls" role="group" aria-label={format!("{} controls", topology_name(selected))}>
                        <span class="rtc-controls-title">{ format!("{}:", topology_name(selected)) }</span>
                        { controls }
                    </div>
                    <ul class="legend rtc-legend" aria-label="Legend">
                        <li><span class="swatch write">{ "→" }</span>{ "write, replication" }</li>
                        <li><span class="swatch good">{ "ack" }</span>{ "acknowledgement" }</li>
                        <li><span class="swatch read">{ "→" }</span>{ "read" }</li>
                        <li><span class="swatch rtc-leader">{ "L" }</span>{ "leader (crown)" }</li>
                        <li><span class="swatch rtc-stale">{ "v0" }</span>{ "stale copy" }</li>
                    </ul>
                </div>
            </SimShell>
        }
    }
}

impl ReplicationTopology {
    fn view_panel(
        &self,
        ctx: &Context<Self>,
        sim: &ReplicationSim,
        t: Topology,
        selected: bool,
    ) -> Html {
        let link = ctx.link();
        let draw_cb = {
            let sim = self.sim.clone();
            let clock = self.clock;
            Callback::from(move |f: Frame| match sim.try_borrow() {
                Ok(s) => draw::draw(&f, &s, t, clock.at(f.now)),
                Err(_) => true,
            })
        };
        let (w, h) = self.sizes[index_of(t)];
        let l = PanelLayout::new(t, w, h);
        let clickable = t != Topology::MultiLeader && !l.compact && w > 0.0;
        let overlay = if clickable {
            l.nodes
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let r = s.r.max(11.0);
                    let style = format!(
                        "left:{:.1}px;top:{:.1}px;width:{:.1}px;height:{:.1}px",
                        s.x - r,
                        s.y - r,
                        2.0 * r,
                        2.0 * r
                    );
                    let onclick = link.callback(move |_: MouseEvent| {
                        Msg::Panel(t, ReplicationEvent::ToggleNode(t, i))
                    });
                    html! {
                        <button type="button" class="hit" {style}
                            aria-label={text::status::node_label(sim, t, i)} {onclick}></button>
                    }
                })
                .collect::<Html>()
        } else {
            Html::default()
        };
        let lines = text::status::status(
            sim,
            t,
            t == Topology::SingleLeader && self.queued_read.is_some(),
        );
        let card = t.scorecard();
        let title_id = format!("rtc-title-{}", t.slug());
        html! {
            <section class={classes!("rtc-panel", selected.then_some("selected"))} aria-labelledby={title_id.clone()}>
                <h2 id={title_id}>
                    { topology_name(t) }
                    if selected { <span class="rtc-tag">{ "highlighted" }</span> }
                </h2>
                <SimCanvas draw={draw_cb} label={text::status::canvas_label(sim, t)}
                    on_resize={link.callback(move |(w, h)| Msg::Resized(t, w, h))}
                    on_click={link.callback(move |(x, y)| Msg::Clicked(t, x, y))}>
                    { overlay }
                </SimCanvas>
                <div class="rtc-status" role="status" aria-label={format!("{} status", topology_name(t))}>
                    { for lines.iter().map(|l| html! {
                        <p class={classes!(match l.tone { Tone::Good => Some("good"), Tone::Bad => Some("bad"), Tone::Plain => None })}>{ l.text.clone() }</p>
                    }) }
                </div>
                <table class="rtc-scorecard">
                    <caption class="visually-hidden">{ format!("{} scorecard", topology_name(t)) }</caption>
                    <tbody>
                        { for card.rows().iter().map(|&(k, v)| html! {
                            <tr><th scope="row">{ text::criterion_name(k) }</th><td>{ text::rating_name(v) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </section>
        }
    }
}
