//! Leader election, two ways, on the same network: Raft's randomized-timeout election
//! (Ongaro and Ousterhout 2014, with Ongaro's pre-vote and CheckQuorum, thesis §9.6) and
//! Garcia-Molina's Bully algorithm (1982). One [`ElectionEvent`] type drives both, so a lab can
//! run them side by side from one seed and one scenario and compare time to elect, messages,
//! leaders at once and elections started.
//!
//! The model is a discrete-event simulation in model milliseconds: messages take a seeded
//! random latency, a slow node adds [`SLOW_EXTRA_MS`] to everything it sends or receives, a cut
//! link or a crashed receiver loses a message when it arrives.

mod bully;
mod net;
mod raft;
#[cfg(test)]
mod tests;
pub mod vote;

pub use net::{Message, MessageKind, Split};

use crate::rng::{seeded, SimRng};
use rand::Rng;
use vote::LogHead;

/// The fewest nodes on the circle.
pub const MIN_NODES: usize = 3;
/// The most nodes on the circle.
pub const MAX_NODES: usize = 9;
/// A leader's heartbeat interval: AppendEntries in Raft, ALIVE in Bully.
pub const HEARTBEAT_MS: u64 = 50;
/// The fastest a message crosses the network.
pub const LATENCY_MIN_MS: u64 = 10;
/// The slowest a healthy message crosses the network.
pub const LATENCY_MAX_MS: u64 = 20;
/// What a slow node adds to every message it sends or receives: longer than any election
/// timeout, so a slow node looks dead to its peers without being dead.
pub const SLOW_EXTRA_MS: u64 = 400;
/// The shortest election timeout the settings allow.
pub const MIN_TIMEOUT_MS: u64 = 100;
/// The longest election timeout the settings allow.
pub const MAX_TIMEOUT_MS: u64 = 600;
/// How long a flapping node stays slow, then fast, then slow again.
pub const FLAP_PERIOD_MS: u64 = 1_000;
/// Bully: how long an election waits for an OK from a higher node before declaring itself
/// coordinator (a round trip of healthy latency, plus a margin).
pub const BULLY_ANSWER_MS: u64 = 2 * LATENCY_MAX_MS + 10;
/// Bully: how long a node that got an OK waits for the COORDINATOR message before it starts
/// its own election again.
pub const BULLY_COORDINATOR_WAIT_MS: u64 = 150;
/// The most model time one `advance` call moves (longer steps are clamped).
pub const MAX_ADVANCE_MS: u64 = 5_000;
/// The most messages in flight; beyond it new ones are lost (a bound for hostile schedules).
pub const MAX_IN_FLIGHT: usize = 4_000;

/// Which election algorithm a run uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// Raft: terms, randomized timeouts, a vote per term, a majority to win.
    Raft,
    /// Bully: the highest live id that answers becomes coordinator; no majority needed.
    Bully,
}

impl Algorithm {
    /// Both, in the order a lab shows them.
    pub const ALL: [Algorithm; 2] = [Algorithm::Raft, Algorithm::Bully];
}

/// A node's role. Bully uses `Candidate` for "sent ELECTION, waiting for OK" and `Waiting`
/// for "got OK, waiting for COORDINATOR"; Raft uses `PreCandidate` for a pre-vote round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Follows a leader (or waits to hear from one).
    Follower,
    /// Raft pre-vote: asks whether it could win before raising its term.
    PreCandidate,
    /// Stands for election.
    Candidate,
    /// Bully: a higher node answered OK; waits for its COORDINATOR message.
    Waiting,
    /// Believes itself leader (Bully: coordinator).
    Leader,
}

/// The settings of a run; both algorithms read the same ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ElectionConfig {
    /// How many nodes, [`MIN_NODES`]..=[`MAX_NODES`].
    pub nodes: usize,
    /// The shortest election timeout drawn (Bully: failure-detection timeout).
    pub timeout_min_ms: u64,
    /// The longest election timeout drawn; equal to the minimum gives split votes.
    pub timeout_max_ms: u64,
    /// Raft pre-vote: a node asks for hypothetical votes before raising its term, so a node
    /// back from a partition cannot depose a working leader.
    pub pre_vote: bool,
    /// Raft CheckQuorum: a leader that has not heard from a majority within an election
    /// timeout steps down, and a follower that heard from its leader recently ignores votes.
    pub check_quorum: bool,
}

impl Default for ElectionConfig {
    fn default() -> Self {
        ElectionConfig {
            nodes: 5,
            timeout_min_ms: 150,
            timeout_max_ms: 300,
            pre_vote: false,
            check_quorum: false,
        }
    }
}

impl ElectionConfig {
    /// The same settings with every value in its range and min ≤ max.
    pub fn clamped(self) -> Self {
        let min = self.timeout_min_ms.clamp(MIN_TIMEOUT_MS, MAX_TIMEOUT_MS);
        ElectionConfig {
            nodes: self.nodes.clamp(MIN_NODES, MAX_NODES),
            timeout_min_ms: min,
            timeout_max_ms: self.timeout_max_ms.clamp(min, MAX_TIMEOUT_MS),
            ..self
        }
    }
}

/// One node's state, as drawn: role, term, vote, timers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// Whether it runs (a crashed node keeps its term, vote and log, as on disk).
    pub up: bool,
    /// Its role now.
    pub role: Role,
    /// Raft: its current term. Bully: unused (0).
    pub term: u64,
    /// Raft: whom it voted for in its current term.
    pub voted_for: Option<usize>,
    /// Raft: its log head (a leader appends one entry of its term when elected).
    pub log: LogHead,
    /// Votes (or pre-votes) received in the current round, one bit per node.
    pub votes: u16,
    /// The leader it follows (or itself).
    pub leader: Option<usize>,
    /// When its election (or detection, or wait) timer started.
    pub timer_start_ms: u64,
    /// When that timer fires, if it runs.
    pub timer_ms: Option<u64>,
    /// A leader's next heartbeat.
    pub beat_ms: Option<u64>,
    /// When it last heard from a leader (Raft AppendEntries, Bully ALIVE or COORDINATOR).
    pub heard_leader_ms: Option<u64>,
    /// Raft leader: when each follower last answered (CheckQuorum reads it).
    pub acked_ms: Vec<u64>,
}

impl Node {
    fn new(n: usize) -> Self {
        Node {
            up: true,
            role: Role::Follower,
            term: 0,
            voted_for: None,
            log: LogHead::default(),
            votes: 0,
            leader: None,
            timer_start_ms: 0,
            timer_ms: None,
            beat_ms: None,
            heard_leader_ms: None,
            acked_ms: vec![0; n],
        }
    }
}

/// What the user or a scenario does to the cluster; applied alike to a Raft and a Bully run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElectionEvent {
    /// Crashes a running node, or restarts a crashed one.
    ToggleNode(usize),
    /// Crashes the current leader (the one with the newest term).
    CrashLeader,
    /// Cuts a link, or mends it.
    ToggleLink(usize, usize),
    /// Splits the network into groups (or heals it).
    Partition(Split),
    /// Loses the message with this id.
    Drop(u64),
    /// Makes a node slow (every message to or from it is late), or fast again.
    ToggleSlow(usize),
    /// Makes the highest node's network flap between slow and fast every [`FLAP_PERIOD_MS`],
    /// or stops the flapping.
    ToggleFlap,
    /// Every running non-leader's election timer fires now, at the same moment.
    AllTimeout,
}

/// Something that happened, for narration and counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Happening {
    /// A node started an election (Raft: became candidate for `term`; Bully: sent ELECTION).
    ElectionStarted {
        /// The node.
        node: usize,
        /// Raft: the term it stands in; Bully: 0.
        term: u64,
    },
    /// A Raft node started a pre-vote round.
    PreVoteStarted {
        /// The node.
        node: usize,
    },
    /// A node became leader.
    Elected {
        /// The node.
        node: usize,
        /// Raft: its term; Bully: 0.
        term: u64,
    },
    /// A leader stopped believing it leads.
    SteppedDown {
        /// The node.
        node: usize,
        /// Why.
        cause: StepDown,
    },
    /// A node crashed.
    Crashed(usize),
    /// A node restarted.
    Restarted(usize),
    /// A message was lost on purpose.
    Dropped(Message),
    /// The network changed (links, partition, slowness).
    NetworkChanged,
}

/// Why a leader stepped down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepDown {
    /// Raft: it saw a newer term.
    NewerTerm(u64),
    /// Raft CheckQuorum: it has not heard from a majority within an election timeout.
    LostQuorum,
    /// Bully: a higher node announced itself.
    HigherNode(usize),
}

/// A Raft win, as recorded for the safety checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Win {
    /// The winner.
    pub node: usize,
    /// Its term (Bully: the win's sequence number).
    pub term: u64,
    /// The votes it counted, one bit per node (Bully: 0).
    pub votes: u16,
    /// When.
    pub at_ms: u64,
}

/// A vote given: `voter` voted for `candidate` in `term` (Raft).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ballot {
    /// Who voted.
    pub voter: usize,
    /// In which term.
    pub term: u64,
    /// For whom.
    pub candidate: usize,
}

/// The counters a lab compares between the two algorithms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stats {
    /// Messages sent so far.
    pub messages: u64,
    /// Elections started so far (Raft candidacies; Bully ELECTION rounds).
    pub elections: u64,
    /// Nodes that believe themselves leader now.
    pub leaders_now: usize,
    /// The most that ever believed it at once.
    pub max_leaders: usize,
    /// How long the last leaderless stretch lasted, from its start to the next leader.
    pub last_elect_ms: Option<u64>,
    /// When the current leaderless stretch started, if there is no leader.
    pub leaderless_since: Option<u64>,
}

/// One run of one algorithm: nodes, network, messages in flight, counters and history.
#[derive(Debug, Clone)]
pub struct ElectionSim {
    algorithm: Algorithm,
    config: ElectionConfig,
    rng: SimRng,
    now: u64,
    nodes: Vec<Node>,
    net: net::Net,
    stats: Stats,
    wins: Vec<Win>,
    ballots: Vec<Ballot>,
}

impl ElectionSim {
    /// A fresh cluster: every node a follower with a random timer, no leader yet.
    pub fn new(algorithm: Algorithm, config: ElectionConfig, seed: u64) -> Self {
        let config = config.clamped();
        let n = config.nodes;
        let mut sim = ElectionSim {
            algorithm,
            config,
            rng: seeded(seed),
            now: 0,
            nodes: (0..n).map(|_| Node::new(n)).collect(),
            net: net::Net::new(n),
            stats: Stats {
                leaderless_since: Some(0),
                ..Stats::default()
            },
            wins: Vec::new(),
            ballots: Vec::new(),
        };
        for i in 0..n {
            sim.reset_timer(i);
        }
        sim
    }

    /// Which algorithm runs.
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }
    /// The settings.
    pub fn config(&self) -> ElectionConfig {
        self.config
    }
    /// Model time, in ms since the start.
    pub fn now_ms(&self) -> u64 {
        self.now
    }
    /// The nodes.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }
    /// The messages in flight.
    pub fn messages(&self) -> &[Message] {
        &self.net.in_flight
    }
    /// The counters.
    pub fn stats(&self) -> Stats {
        self.stats
    }
    /// Every win so far.
    pub fn wins(&self) -> &[Win] {
        &self.wins
    }
    /// Every vote given so far (Raft).
    pub fn ballots(&self) -> &[Ballot] {
        &self.ballots
    }
    /// Whether the link between `a` and `b` is cut.
    pub fn link_cut(&self, a: usize, b: usize) -> bool {
        self.net.is_cut(a, b)
    }
    /// Whether node `n` is slow now.
    pub fn is_slow(&self, n: usize) -> bool {
        self.net.slow.get(n).copied().unwrap_or(false)
    }
    /// Whether the highest node's network is flapping.
    pub fn flapping(&self) -> bool {
        self.net.flap_at.is_some()
    }
    /// The running nodes that believe themselves leader, in id order.
    pub fn leaders(&self) -> Vec<usize> {
        (0..self.nodes.len())
            .filter(|&i| self.nodes[i].up && self.nodes[i].role == Role::Leader)
            .collect()
    }

    /// Applies one user or scenario event.
    pub fn apply(&mut self, event: ElectionEvent) -> Vec<Happening> {
        let mut out = Vec::new();
        let n = self.nodes.len();
        match event {
            ElectionEvent::ToggleNode(i) if i < n => self.toggle_node(i, &mut out),
            ElectionEvent::CrashLeader => {
                let newest = self
                    .leaders()
                    .into_iter()
                    .max_by_key(|&l| (self.nodes[l].term, l));
                if let Some(l) = newest {
                    self.toggle_node(l, &mut out);
                }
            }
            ElectionEvent::ToggleLink(a, b) if a < n && b < n && a != b => {
                self.net.toggle_link(a, b);
                out.push(Happening::NetworkChanged);
            }
            ElectionEvent::Partition(split) => {
                self.net.partition(split);
                out.push(Happening::NetworkChanged);
            }
            ElectionEvent::Drop(id) => {
                if let Some(m) = self.net.take(id) {
                    out.push(Happening::Dropped(m));
                }
            }
            ElectionEvent::ToggleSlow(i) if i < n => {
                self.net.slow[i] = !self.net.slow[i];
                out.push(Happening::NetworkChanged);
            }
            ElectionEvent::ToggleFlap => {
                self.net.toggle_flap(self.now);
                out.push(Happening::NetworkChanged);
            }
            ElectionEvent::AllTimeout => {
                for i in 0..n {
                    let node = &mut self.nodes[i];
                    if node.up && node.role != Role::Leader {
                        node.timer_ms = Some(self.now);
                    }
                }
            }
            _ => {}
        }
        self.track();
        out
    }

    /// Crashes or restarts node `i`.
    fn toggle_node(&mut self, i: usize, out: &mut Vec<Happening>) {
        let node = &mut self.nodes[i];
        if node.up {
            node.up = false;
            node.role = Role::Follower;
            node.leader = None;
            node.timer_ms = None;
            node.beat_ms = None;
            node.votes = 0;
            out.push(Happening::Crashed(i));
            return;
        }
        node.up = true;
        node.heard_leader_ms = None;
        out.push(Happening::Restarted(i));
        match self.algorithm {
            Algorithm::Raft => self.reset_timer(i),
            Algorithm::Bully => self.bully_start(i, out),
        }
    }

    /// When the next message arrives or timer fires, if anything is scheduled.
    pub fn next_event_in_ms(&self) -> Option<u64> {
        self.next_due().map(|t| t.saturating_sub(self.now))
    }

    fn next_due(&self) -> Option<u64> {
        let msgs = self.net.in_flight.iter().map(|m| m.arrive_ms);
        let timers = self
            .nodes
            .iter()
            .filter(|n| n.up)
            .flat_map(|n| [n.timer_ms, n.beat_ms].into_iter().flatten());
        msgs.chain(timers).chain(self.net.flap_at).min()
    }

    /// Moves model time on by `ms` (at most [`MAX_ADVANCE_MS`]), handling everything due.
    pub fn advance(&mut self, ms: u64) -> Vec<Happening> {
        let end = self.now.saturating_add(ms.min(MAX_ADVANCE_MS));
        let mut out = Vec::new();
        while let Some(t) = self.next_due().filter(|&t| t <= end) {
            self.now = self.now.max(t);
            self.fire_one(&mut out);
            self.track();
        }
        self.now = end;
        out
    }

    /// Jumps to the next scheduled thing and handles everything due then.
    pub fn step(&mut self) -> Vec<Happening> {
        match self.next_event_in_ms() {
            Some(dt) => self.advance(dt),
            None => Vec::new(),
        }
    }

    /// Handles the first thing due now: a message arrival (oldest id first), then a timer
    /// (lowest node first), then the flap.
    fn fire_one(&mut self, out: &mut Vec<Happening>) {
        if let Some(m) = self.net.take_due(self.now) {
            let alive = self.nodes.get(m.to).is_some_and(|n| n.up);
            if alive && !self.net.is_cut(m.from, m.to) {
                self.receive(m, out);
            }
            return;
        }
        let now = self.now;
        let due = |t: Option<u64>| t.is_some_and(|t| t <= now);
        let fired = (0..self.nodes.len()).find_map(|i| {
            let node = &self.nodes[i];
            if !node.up {
                None
            } else if due(node.timer_ms) {
                Some((i, false))
            } else if due(node.beat_ms) {
                Some((i, true))
            } else {
                None
            }
        });
        match fired {
            Some((i, true)) => {
                self.nodes[i].beat_ms = None;
                self.beat(i, out);
            }
            Some((i, false)) => {
                self.nodes[i].timer_ms = None;
                self.timeout(i, out);
            }
            None => {
                self.net.flap(now);
                out.push(Happening::NetworkChanged);
            }
        }
    }

    fn receive(&mut self, m: Message, out: &mut Vec<Happening>) {
        match self.algorithm {
            Algorithm::Raft => self.raft_receive(m, out),
            Algorithm::Bully => self.bully_receive(m, out),
        }
    }

    fn timeout(&mut self, i: usize, out: &mut Vec<Happening>) {
        match self.algorithm {
            Algorithm::Raft => self.raft_timeout(i, out),
            Algorithm::Bully => self.bully_timeout(i, out),
        }
    }

    fn beat(&mut self, i: usize, out: &mut Vec<Happening>) {
        match self.algorithm {
            Algorithm::Raft => self.raft_beat(i, out),
            Algorithm::Bully => self.bully_beat(i),
        }
    }

    /// Starts node `i`'s election timer afresh with a random length in [min, max].
    fn reset_timer(&mut self, i: usize) {
        let (lo, hi) = (self.config.timeout_min_ms, self.config.timeout_max_ms);
        let len = if hi > lo {
            self.rng.random_range(lo..=hi)
        } else {
            lo
        };
        self.set_timer(i, len);
    }

    /// Starts node `i`'s timer to fire in `len` ms.
    fn set_timer(&mut self, i: usize, len: u64) {
        let node = &mut self.nodes[i];
        node.timer_start_ms = self.now;
        node.timer_ms = Some(self.now.saturating_add(len));
    }

    /// Sends a message; it arrives after a random latency (later if either end is slow).
    fn send(&mut self, from: usize, to: usize, kind: MessageKind) {
        self.stats.messages += 1;
        let mut latency = self.rng.random_range(LATENCY_MIN_MS..=LATENCY_MAX_MS);
        if self.net.slow[from] || self.net.slow[to] {
            latency += SLOW_EXTRA_MS;
        }
        self.net.push(from, to, kind, self.now, latency);
    }

    /// Sends `kind` to every other node.
    fn broadcast(&mut self, from: usize, kind: MessageKind) {
        for to in (0..self.nodes.len()).filter(|&p| p != from) {
            self.send(from, to, kind);
        }
    }

    /// Records node `i`'s win.
    fn won(&mut self, i: usize, out: &mut Vec<Happening>) {
        let node = &mut self.nodes[i];
        node.role = Role::Leader;
        node.leader = Some(i);
        node.timer_ms = None;
        node.beat_ms = Some(self.now);
        let term = match self.algorithm {
            Algorithm::Raft => node.term,
            Algorithm::Bully => self.wins.len() as u64 + 1,
        };
        let votes = node.votes;
        self.wins.push(Win {
            node: i,
            term,
            votes,
            at_ms: self.now,
        });
        out.push(Happening::Elected { node: i, term });
    }

    /// Keeps the leader counters current.
    fn track(&mut self) {
        let leaders = self.leaders().len();
        let s = &mut self.stats;
        s.leaders_now = leaders;
        s.max_leaders = s.max_leaders.max(leaders);
        match (leaders, s.leaderless_since) {
            (0, None) => s.leaderless_since = Some(self.now),
            (1.., Some(t)) => {
                s.last_elect_ms = Some(self.now - t);
                s.leaderless_since = None;
            }
            _ => {}
        }
    }
}

/// Two runs of the same scenario from the same seed: Raft beside Bully.
#[derive(Debug, Clone)]
pub struct ElectionLab {
    /// Raft's run.
    pub raft: ElectionSim,
    /// Bully's run.
    pub bully: ElectionSim,
}

impl ElectionLab {
    /// Both algorithms on `config`, seeded alike.
    pub fn new(config: ElectionConfig, seed: u64) -> Self {
        ElectionLab {
            raft: ElectionSim::new(Algorithm::Raft, config, seed),
            bully: ElectionSim::new(Algorithm::Bully, config, seed),
        }
    }

    /// The run of `algorithm`.
    pub fn run(&self, algorithm: Algorithm) -> &ElectionSim {
        match algorithm {
            Algorithm::Raft => &self.raft,
            Algorithm::Bully => &self.bully,
        }
    }

    /// Applies one event to both runs.
    pub fn apply(&mut self, event: ElectionEvent) -> [Vec<Happening>; 2] {
        [self.raft.apply(event), self.bully.apply(event)]
    }

    /// Moves both runs on by `ms`.
    pub fn advance(&mut self, ms: u64) -> [Vec<Happening>; 2] {
        [self.raft.advance(ms), self.bully.advance(ms)]
    }

    /// Both runs to the earlier of their next events.
    pub fn step(&mut self) -> [Vec<Happening>; 2] {
        let next = [&self.raft, &self.bully]
            .iter()
            .filter_map(|s| s.next_event_in_ms())
            .min();
        match next {
            Some(dt) => self.advance(dt),
            None => [Vec::new(), Vec::new()],
        }
    }
}
