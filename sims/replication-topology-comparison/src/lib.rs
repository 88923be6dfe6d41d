//! The replication topology comparison MicroSim: Single-Leader, Multi-Leader and Leaderless
//! replication side by side, each with five nodes, its write flow, its scorecard, and the
//! effects the chapter warns about: replication lag and read-your-writes, lost writes under
//! asynchronous failover, write conflicts between leaders, quorum reads with read repair, and
//! what the chapter leaves out: two clients writing one key at once in a leaderless store
//! (last-write-wins loses one, version vectors keep siblings) and the measured write latency
//! of a client in a far region.
//!
//! It runs in [`SimHost`]: the host's model clock moves the model (only while messages are in
//! flight, a read waits or a sentence waits to be shown), Space pauses it and → delivers one
//! message at a time. The highlighted panel is drawn on the host's main canvas; the other two
//! panels have canvases of their own, wired here. Between clock ticks the canvases place each
//! pulse by its progress at an interpolated model time.

dsim_ui::sim_crate!(ReplicationTopology);

mod draw;
pub mod layout;
pub mod narrate;
pub mod settings;
pub mod text;
mod tours;
mod view;

use dsim_core::num::Within;
use std::cell::RefCell;
use std::rc::Rc;

use dsim_core::replication::{
    ConflictPolicy, Note, ReplicationEvent, ReplicationSim, SlWriteStatus, Topology,
};
use dsim_ui::params::CommonParams;
use dsim_ui::{Cx, Frame, Sim, View};
use yew::prelude::*;

use layout::PanelLayout;

/// How often the model's clock advances while messages are in flight (real ms). Yew
/// re-renders the text at this rate; the canvases animate in between.
const TICK_MS: u32 = 100;
/// How long the sentence about the student's own action stays before the model's notes
/// replace it (real ms), so it can be read (and announced) even at high speed.
const HOLD_MS: f64 = 1_200.0;

/// Which node a queued Single-Leader read goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QueuedRead {
    Replica,
    Leader,
}

/// Messages of [`ReplicationTopology`].
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
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
    /// The Leaderless conflict-resolution choice (by value).
    LeaderlessPolicy(AttrValue),
    /// "Client in a far region" switched on or off.
    Far(bool),
    /// A panel's own canvas (not the highlighted one, which is the host's) was resized.
    Resized(Topology, f64, f64),
    /// A panel's own canvas was clicked at a point.
    Clicked(Topology, f64, f64),
}

/// The model time a frame draws at: the model time now, moved on by the real time since the
/// clock last ticked (at most a tick and a half) while the clock runs.
#[derive(Debug, Clone, Copy, PartialEq)]
struct PulseClock {
    model_ms: u64,
    real_ms: f64,
    speed: f64,
    running: bool,
}

impl PulseClock {
    /// The model time to draw at real time `real_now`.
    fn at(&self, real_now: f64) -> f64 {
        let base = self.model_ms as f64;
        if self.running {
            let ahead = (real_now - self.real_ms).within(0.0, 1.5 * TICK_MS as f64);
            base + ahead * self.speed
        } else {
            base
        }
    }
}

/// What one frame of one panel's canvas shows.
pub struct Scene {
    sim: Rc<RefCell<ReplicationSim>>,
    topology: Topology,
    clock: PulseClock,
}

impl Scene {
    /// Draws the panel; returns whether pulses are still moving.
    fn draw(&self, f: &Frame) -> bool {
        match self.sim.try_borrow() {
            Ok(s) => draw::draw(f, &s, self.topology, self.clock.at(f.now)),
            Err(_) => true,
        }
    }
}

/// The replication topology comparison: the model, the panels' own canvas sizes, a read
/// waiting for a write's acknowledgement, and the narration's hold.
pub struct ReplicationTopology {
    sim: Rc<RefCell<ReplicationSim>>,
    /// The sizes of the panels' own canvases (the highlighted panel's is the host's; it is
    /// copied here when the panel stops being the highlighted one).
    sizes: [(f64, f64); 3],
    /// The real time (ms) the model clock last ticked or started.
    tick_real_ms: f64,
    queued_read: Option<QueuedRead>,
    /// Until when (real ms) the current narration is held.
    hold_until: f64,
    /// The latest note that arrived while the narration was held.
    pending_note: Option<String>,
    /// Bumped to rebuild the conflict-policy radios when the model refused a change.
    policy_epoch: u32,
}

fn index_of(t: Topology) -> usize {
    match t {
        Topology::SingleLeader => 0,
        Topology::MultiLeader => 1,
        Topology::Leaderless => 2,
    }
}

/// The conflict policy's value in the radio group.
fn policy_value(p: ConflictPolicy) -> &'static str {
    match p {
        ConflictPolicy::LastWriteWins => "last-write-wins",
        ConflictPolicy::KeepSiblings => "keep-siblings",
    }
}

/// The conflict policy a radio value names (last-write-wins for anything else).
fn policy_of(value: &str) -> ConflictPolicy {
    if value == policy_value(ConflictPolicy::KeepSiblings) {
        ConflictPolicy::KeepSiblings
    } else {
        ConflictPolicy::LastWriteWins
    }
}

impl ReplicationTopology {
    fn quiet(&self) -> bool {
        let sim = self.sim.borrow();
        Topology::ALL.iter().all(|&t| sim.is_quiet(t))
    }

    fn selected(&self) -> Topology {
        self.sim.borrow().selected()
    }

    /// Applies `event` to the model and gives the narration of its outcome.
    fn apply_and_tell(&mut self, event: ReplicationEvent) -> String {
        let outcome = self.sim.borrow_mut().apply(event);
        text::narration::outcome(&outcome)
    }

    /// Whether the client's latest Single-Leader write is still on its way to being
    /// acknowledged.
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
            QueuedRead::Replica => self.apply_and_tell(ReplicationEvent::ReadFromReplica(None)),
            QueuedRead::Leader => self.apply_and_tell(ReplicationEvent::ReadFromLeader),
        }
    }

    /// The size of panel `t`'s canvas: the host's for the highlighted panel, else its own.
    fn size_of(&self, t: Topology, host_size: (f64, f64)) -> (f64, f64) {
        if t == self.selected() {
            host_size
        } else {
            self.sizes[index_of(t)]
        }
    }

    /// The scene of panel `t`'s canvas.
    fn scene_of(&self, t: Topology, playing: bool, speed: f64) -> Scene {
        Scene {
            sim: self.sim.clone(),
            topology: t,
            clock: PulseClock {
                model_ms: self.sim.borrow().now_ms(),
                real_ms: self.tick_real_ms,
                speed,
                running: self.clock_running(playing),
            },
        }
    }

    /// Narrates the student's action (or what it led to at once), holding it for a moment.
    fn say(&mut self, text: String, cx: &mut Cx<Self>) {
        cx.narrate(text);
        self.hold_until = cx.now() + HOLD_MS;
        self.pending_note = None;
    }

    /// The narration for a tick's notes: the latest outcome (not a routine step) about the
    /// highlighted panel, else the latest outcome of any panel.
    fn pick(&self, notes: &[Note]) -> Option<String> {
        narrate::pick(notes, self.selected()).map(text::narration::note)
    }

    /// "Read from replica" or "Read from leader": at once, or the moment the client's write
    /// in progress is acknowledged.
    fn read(&mut self, leader: bool) -> String {
        self.apply_and_tell(ReplicationEvent::Select(Topology::SingleLeader));
        let read = if leader {
            QueuedRead::Leader
        } else {
            QueuedRead::Replica
        };
        if !self.sl_write_pending() {
            return self.issue_read(read);
        }
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
    }

    fn set_policy(&mut self, value: &str) -> String {
        let policy = policy_of(value);
        self.apply_and_tell(ReplicationEvent::Select(Topology::MultiLeader));
        let text = self.apply_and_tell(ReplicationEvent::SetConflictPolicy(policy));
        if self.sim.borrow().config().conflict_policy != policy {
            // Refused (replication in flight): put the radios back.
            self.policy_epoch = self.policy_epoch.wrapping_add(1);
        }
        text
    }

    /// A click at (x, y) on panel `t`'s canvas of size `size`: a node fails or comes back
    /// (Single-Leader, Leaderless), or the panel becomes the highlighted one.
    fn clicked(&mut self, t: Topology, x: f64, y: f64, size: (f64, f64)) -> Option<String> {
        let l = PanelLayout::new(t, size.0, size.1);
        match l.hit(x, y) {
            Some(i) if !l.compact && t != Topology::MultiLeader => {
                self.apply_and_tell(ReplicationEvent::Select(t));
                Some(self.apply_and_tell(ReplicationEvent::ToggleNode(t, i)))
            }
            _ if t != self.selected() => Some(self.apply_and_tell(ReplicationEvent::Select(t))),
            _ => None,
        }
    }

    /// Delivers the next message in flight at once (the clock jumps to its arrival), and sends
    /// a waiting read if the write it waited for is now acknowledged.
    fn step_once(&mut self) -> String {
        let (now, next) = {
            let s = self.sim.borrow();
            (s.now_ms(), s.next_arrival_ms())
        };
        let Some(at) = next else {
            return text::nothing_in_flight();
        };
        let notes = self.sim.borrow_mut().advance(at.saturating_sub(now));
        let mut said = notes
            .last()
            .map(text::narration::note)
            .unwrap_or_else(text::message_arrived);
        if let Some(read) = self.queued_read {
            if !self.sl_write_pending() {
                self.queued_read = None;
                said = format!("{said} {}", self.issue_read(read));
            }
        }
        self.pending_note = None;
        text::stepped(self.sim.borrow().now_ms(), &said)
    }

    /// With a read waiting: delivers message by message (up to model time `target`) until
    /// the write's acknowledgement arrives, and sends the read at that very moment of the
    /// model's clock. Returns the notes and the read's narration, if it went out.
    fn deliver_until_ack(&mut self, target: u64) -> (Vec<Note>, Option<String>) {
        let mut notes = Vec::new();
        let Some(read) = self.queued_read else {
            return (notes, None);
        };
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
        if self.sl_write_pending() {
            return (notes, None);
        }
        self.queued_read = None;
        let said = self.issue_read(read);
        (notes, Some(said))
    }

    /// Handles a message that acts on the model; returns the narration, if any.
    fn act(&mut self, msg: Msg, cx: &mut Cx<Self>) -> Option<String> {
        Some(match msg {
            Msg::Panel(t, event) => {
                self.apply_and_tell(ReplicationEvent::Select(t));
                self.apply_and_tell(event)
            }
            Msg::Select(slug) => {
                let t = Topology::from_slug(&slug)?;
                self.apply_and_tell(ReplicationEvent::Select(t))
            }
            Msg::SimulateWrite => {
                let t = self.selected();
                self.apply_and_tell(ReplicationEvent::SimulateWrite(t))
            }
            Msg::Read(leader) => self.read(leader),
            Msg::Policy(value) => self.set_policy(&value),
            Msg::Far(on) => self.apply_and_tell(ReplicationEvent::SetClientFar(on)),
            Msg::LeaderlessPolicy(value) => {
                self.apply_and_tell(ReplicationEvent::Select(Topology::Leaderless));
                self.apply_and_tell(ReplicationEvent::SetLeaderlessPolicy(policy_of(&value)))
            }
            Msg::Clicked(t, x, y) => {
                let size = self.size_of(t, cx.canvas_size());
                self.clicked(t, x, y, size)?
            }
            Msg::Resized(..) => return None,
        })
    }
}

impl Sim for ReplicationTopology {
    dsim_ui::sim_items! {
        scene: Scene,
        tours: [tours::read_your_writes, tours::concurrent],
        autoplay: true,
        tick_ms: TICK_MS,
    }

    fn new(settings: &Settings, cx: &mut Cx<Self>) -> Self {
        let sim = ReplicationSim::new(settings.config, settings.common.seed);
        cx.narrate(text::start_text(&sim));
        ReplicationTopology {
            sim: Rc::new(RefCell::new(sim)),
            sizes: [(0.0, 0.0); 3],
            tick_real_ms: 0.0,
            queued_read: None,
            hold_until: 0.0,
            pending_note: None,
            policy_epoch: 0,
        }
    }

    fn update(&mut self, msg: Msg, cx: &mut Cx<Self>) -> bool {
        if let Msg::Resized(t, w, h) = msg {
            let slot = &mut self.sizes[index_of(t)];
            let changed = (slot.0 - w).abs() >= 0.5 || (slot.1 - h).abs() >= 0.5;
            *slot = (w, h);
            return changed;
        }
        let was_running = self.clock_running(cx.playing());
        let before = self.selected();
        let said = self.act(msg, cx);
        if self.selected() != before {
            // Its canvas now reports to the sim, and only when its size changes.
            self.sizes[index_of(before)] = cx.canvas_size();
        }
        let Some(said) = said else {
            return false;
        };
        self.say(said, cx);
        if !was_running {
            self.tick_real_ms = cx.now();
        }
        true
    }

    fn reset(&mut self, cx: &mut Cx<Self>) {
        let said = self.apply_and_tell(ReplicationEvent::Reset);
        self.queued_read = None;
        self.policy_epoch = self.policy_epoch.wrapping_add(1);
        self.tick_real_ms = cx.now();
        self.say(said, cx);
    }

    /// The clock runs while the student has not paused it and something is on its way: a
    /// message, a read waiting for a write, or a sentence waiting to be shown.
    fn clock_running(&self, playing: bool) -> bool {
        playing && (!self.quiet() || self.queued_read.is_some() || self.pending_note.is_some())
    }

    fn advance(&mut self, model_ms: u64, cx: &mut Cx<Self>) -> bool {
        let real = cx.now();
        let target = self.sim.borrow().now_ms().saturating_add(model_ms);
        let (mut notes, read_said) = self.deliver_until_ack(target);
        let now = self.sim.borrow().now_ms();
        notes.extend(self.sim.borrow_mut().advance(target.saturating_sub(now)));
        self.tick_real_ms = real;
        if let Some(said) = self.pick(&notes) {
            self.pending_note = Some(said);
        }
        if let Some(said) = read_said {
            // The acknowledgement the read waited for, then the read itself.
            let said = match notes.iter().find(|n| narrate::is_write_acknowledged(n)) {
                Some(n) => format!("{} {said}", text::narration::note(n)),
                None => said,
            };
            self.say(said, cx);
        } else if real >= self.hold_until {
            if let Some(said) = self.pending_note.take() {
                cx.narrate(said);
            }
        }
        true
    }

    fn played(&mut self, playing: bool, cx: &mut Cx<Self>) {
        if playing {
            self.tick_real_ms = cx.now();
            self.say(text::resumed(), cx);
        } else {
            self.say(text::paused(), cx);
        }
    }

    fn step(&mut self, cx: &mut Cx<Self>) {
        cx.set_playing(false);
        let said = self.step_once();
        self.say(said, cx);
    }

    fn view(&self, v: &View<Self>) -> Html {
        view::body(self, v)
    }

    fn scene(&self, v: &View<Self>) -> Scene {
        self.scene_of(self.selected(), v.playing(), v.speed())
    }

    fn draw(frame: &Frame, scene: &Scene) -> bool {
        scene.draw(frame)
    }

    fn canvas_label(&self) -> String {
        text::status::canvas_label(&self.sim.borrow(), self.selected())
    }

    fn overlay(&self, v: &View<Self>) -> Html {
        view::node_buttons(self, self.selected(), v.canvas_size(), v)
    }

    fn click(&mut self, x: f64, y: f64, cx: &mut Cx<Self>) -> bool {
        self.update(Msg::Clicked(self.selected(), x, y), cx)
    }

    fn state_summary(&self) -> String {
        text::state_summary(&self.sim.borrow(), self.queued_read.is_some())
    }

    fn share_query(&self, common: &CommonParams) -> String {
        let config = self.sim.borrow().config();
        Settings::query(&Params { config }, common)
    }
}
