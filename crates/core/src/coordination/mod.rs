//! A coordination service (ZooKeeper or etcd) and the application processes that use it for
//! leader election, a fenced lock and service discovery.
//!
//! **The ensemble.** 3, 5 or 7 servers keep a replicated log with one leader (ZooKeeper's ZAB
//! and etcd's Raft behave alike at this level; the model follows Raft, Ongaro and Ousterhout,
//! Figure 2): epochs (terms), one vote per epoch, votes only for a candidate whose log is at
//! least as up to date, a new leader's first entry committing everything before it, and
//! commitment once a majority stores an entry. A leader that has not heard from a majority
//! for [`CHECK_QUORUM_MS`] steps down (etcd's CheckQuorum; a ZooKeeper leader likewise gives
//! up after `syncLimit`). Crashed servers keep their log and come back as followers.
//! Every write — a session opened or closed, a znode created, a key put — waits for a
//! majority, which is why ensembles stay small: 5, at most 7.
//!
//! **Sessions and leases.** A client opens a session (etcd: grants a lease) and keeps it alive
//! with pings (keep-alives) every third of the timeout. The leader restarts the session's
//! timer on every message from the client; when the timer runs out, the leader proposes the
//! session's end, and when that commits the session's ephemeral znodes (leased keys) are
//! deleted and their watches fire. A new leader restarts every session's timer when it takes
//! office, as ZooKeeper's and etcd's do, so a leader change does not expire sessions. The
//! client keeps its own view: its lease runs until a timeout after it *sent* the last renewal
//! that was answered; past that it must assume it lost everything it held, even if the
//! ensemble cannot yet say so.
//!
//! **The two flavours** share that core. ZooKeeper: a znode tree whose parents must exist,
//! ephemeral and sequential znodes (10-digit suffix from the parent's child counter), one-shot
//! watches set by `exists` and `getChildren` and re-sent with `SetWatches` after a reconnection,
//! and zxids (`epoch << 32 | counter`). etcd: flat keys with create and modify revisions,
//! a put-if-absent transaction, leases, and watches that stream every change from a revision
//! (resumed after a reconnection from the next revision the client has not seen).
//!
//! **Clients** talk straight to the leader: real clients connect to any server, which answers
//! reads from its copy and forwards writes and session pings to the leader; here a follower
//! answers "not the leader, try server k" and the client reconnects there, which keeps the
//! timeline readable. A client whose connection goes quiet for two thirds of the timeout
//! (ZooKeeper's read timeout) tries the next server.
//!
//! **Scenarios.** In [`Scenario::Election`] every client runs for leader with a [`Recipe`]:
//! the herd recipe (everyone creates `/election/leader`, the losers watch it) or the
//! sequential recipe (everyone creates `/election/n_…` and watches only its predecessor; etcd:
//! its own key `/election/<lease>` ordered by create revision, as etcd's `concurrency`
//! package does). The leader holds the lock: every [`WORK_INTERVAL_MS`] it checks its lease
//! and writes to the storage service with its fencing token, the zxid (create revision) of its
//! node (Kleppmann, *Designing Data-Intensive Applications*, ch. 8). With fencing on, the storage
//! refuses a token lower than one it has accepted. A paused process resumes exactly where it
//! froze — just after checking its lease, about to write. In [`Scenario::Discovery`] the
//! clients but the last register `/services/api/cN` (ephemeral, or a leased key) and the last
//! watches the list; a crashed instance stays listed until its session times out.
//!
//! Time is a logical clock in ms moved by [`CoordSim::advance`]; every random choice (delays,
//! election timeouts, which server a client tries first) comes from the seeded generator, so
//! the same seed and the same events give the same run.

mod client;
mod net;
mod recipe;
mod serve;
mod server;
mod store;
#[cfg(test)]
mod tests;
mod types;
mod watch;

use std::collections::{BTreeSet, VecDeque};

use rand::Rng;

use crate::rng::{seeded, SimRng};

pub use client::{Client, Link};
pub use net::{
    Body, EtcdWatchSpec, Fate, LogEntry, Message, MessageKind, Reply, Request, RequestKind, Trace,
    CLIENT_DELAY_MAX_MS, CLIENT_DELAY_MIN_MS, SERVER_DELAY_MAX_MS, SERVER_DELAY_MIN_MS,
    TIMELINE_CAP, TIMELINE_KEEP_MS,
};
pub use recipe::{service_path, ELECTION_DIR, LEADER_PATH, SEQ_PREFIX, SERVICES_DIR};
pub use server::Server;
pub use store::{
    parent_of, Change, Op, OpResult, SessionInfo, Store, Znode, FIRST_SESSION_ID, HISTORY_LEN,
};
pub use types::{
    ChangeKind, ClientRole, Endpoint, Flavour, Happening, LossReason, Recipe, Refusal, Scenario,
    ServerRole, SessionId, WatchClass, ZkEventKind, Zxid,
};

use net::Network;

/// The fewest servers in the ensemble.
pub const MIN_SERVERS: usize = 3;
/// The most servers in the ensemble (the chapter's "5–7" upper end).
pub const MAX_SERVERS: usize = 7;
/// The fewest application clients.
pub const MIN_CLIENTS: usize = 3;
/// The most application clients.
pub const MAX_CLIENTS: usize = 6;
/// The shortest session timeout (lease TTL), in ms: ZooKeeper's minimum of two ticks.
pub const MIN_TTL_MS: u64 = 2_000;
/// The longest session timeout (lease TTL), in ms.
pub const MAX_TTL_MS: u64 = 30_000;
/// The default session timeout (lease TTL), in ms.
pub const DEFAULT_TTL_MS: u64 = 6_000;
/// How often a leader sends Append heartbeats to its followers.
pub const LEADER_HEARTBEAT_MS: u64 = 1_000;
/// The shortest election timeout of a follower that hears no leader.
pub const ELECTION_TIMEOUT_MIN_MS: u64 = 2_000;
/// The longest election timeout.
pub const ELECTION_TIMEOUT_MAX_MS: u64 = 4_000;
/// A leader that has heard from no majority for this long steps down.
pub const CHECK_QUORUM_MS: u64 = 2_500;
/// How long a client waits for a server to answer a connection attempt.
pub const CONNECT_TIMEOUT_MS: u64 = 1_500;
/// How long a client waits before trying again when no server could serve it.
pub const RETRY_MS: u64 = 500;
/// How often the leader client writes to the storage service.
pub const WORK_INTERVAL_MS: u64 = 2_000;
/// The longest pause one event can give a client.
pub const MAX_PAUSE_MS: u64 = 120_000;
/// The longest step of logical time one call to `advance` takes.
pub const MAX_ADVANCE_MS: u64 = 60_000;
/// How many happenings the journal keeps.
pub const JOURNAL_LEN: usize = 400;
/// How many records the storage, notification and write-timing logs keep.
pub const RECORDS_LEN: usize = 2_000;
/// The most internal events one `advance` processes (a guard; real runs need far fewer).
pub const MAX_STEPS_PER_ADVANCE: usize = 500_000;
/// How much later than its deadline a serving leader can still show a session's ephemeral
/// znodes: the expiry is one write, which commits within two server delays, or the leader
/// loses its majority and steps down within [`CHECK_QUORUM_MS`] of its last answer (checked
/// at its next heartbeat).
pub const EXPIRY_SLACK_MS: u64 = CHECK_QUORUM_MS + LEADER_HEARTBEAT_MS + 2 * SERVER_DELAY_MAX_MS;

/// The settings a run starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoordConfig {
    /// ZooKeeper or etcd.
    pub flavour: Flavour,
    /// What the clients do.
    pub scenario: Scenario,
    /// How they elect a leader (election scenario).
    pub recipe: Recipe,
    /// Servers in the ensemble: 3, 5 or 7.
    pub servers: usize,
    /// Application clients: 3 to 6.
    pub clients: usize,
    /// Session timeout (lease TTL) in ms.
    pub ttl_ms: u64,
    /// Whether the storage service checks fencing tokens.
    pub fencing: bool,
}

impl Default for CoordConfig {
    fn default() -> Self {
        CoordConfig {
            flavour: Flavour::ZooKeeper,
            scenario: Scenario::Election,
            recipe: Recipe::Herd,
            servers: 3,
            clients: 5,
            ttl_ms: DEFAULT_TTL_MS,
            fencing: true,
        }
    }
}

impl CoordConfig {
    /// The same settings brought into range: an even server count drops to the odd number
    /// below it (an even ensemble tolerates no more failures than that), clients and timeout
    /// are clamped.
    pub fn clamped(self) -> Self {
        let servers = self.servers.clamp(MIN_SERVERS, MAX_SERVERS);
        CoordConfig {
            servers: servers - (1 - servers % 2),
            clients: self.clients.clamp(MIN_CLIENTS, MAX_CLIENTS),
            ttl_ms: self.ttl_ms.clamp(MIN_TTL_MS, MAX_TTL_MS),
            ..self
        }
    }

    /// How many servers make a majority: ⌊n/2⌋ + 1.
    pub fn majority(&self) -> usize {
        self.servers / 2 + 1
    }
}

/// Something the student (or a test) does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoordEvent {
    /// Crash a server (0-based); its log survives on disk.
    CrashServer(usize),
    /// Start a crashed server again.
    RestartServer(usize),
    /// Crash an application client; its session lives on until it times out.
    CrashClient(usize),
    /// Start a crashed client again as a new process.
    RestartClient(usize),
    /// Freeze a client for `ms` (a stop-the-world GC pause or a VM freeze).
    Pause {
        /// The client.
        client: usize,
        /// How long, in ms (at most [`MAX_PAUSE_MS`]).
        ms: u64,
    },
    /// Cut every link of a server or client.
    Isolate(Endpoint),
    /// Bring every link back.
    HealNetwork,
    /// Turn the storage's fencing-token check on or off.
    SetFencing(bool),
}

/// One round of the application's leader election: from the old leader's node vanishing (or
/// the start) to the next one, with the watch notifications and requests it cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElectionRound {
    /// The leader whose node vanished and its token (`None` for the first election).
    pub previous: Option<(usize, u64)>,
    /// When the round started.
    pub started_ms: u64,
    /// Who won, with which token.
    pub winner: Option<(usize, u64)>,
    /// When the winner knew it had won.
    pub elected_ms: Option<u64>,
    /// Watch notifications delivered to clients during the round (until the next one).
    pub notifications: u32,
    /// Requests the contenders sent during the round (until the next one).
    pub requests: u32,
}

/// A service instance's registration leaving the watcher's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Departure {
    /// The instance's client.
    pub client: usize,
    /// Its registration path or key.
    pub path: String,
    /// When its process crashed, if it did (a pause or a cut link also ends a session).
    pub down_ms: Option<u64>,
    /// When the ensemble deleted the registration.
    pub removed_ms: Option<u64>,
    /// When the watcher's list dropped it.
    pub seen_ms: Option<u64>,
}

/// One write the storage service decided on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageRecord {
    /// When it arrived.
    pub at_ms: u64,
    /// The writer.
    pub client: usize,
    /// Its fencing token.
    pub token: u64,
    /// The value written.
    pub value: u64,
    /// Whether the storage took it.
    pub accepted: bool,
    /// Whether a higher token had been accepted before.
    pub stale: bool,
}

/// The storage service the lock protects.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Storage {
    /// Whether it refuses tokens below the highest it accepted.
    pub fencing: bool,
    /// The highest token it accepted.
    pub highest: u64,
    /// Its decisions, oldest first (the last [`RECORDS_LEN`]).
    pub records: VecDeque<StorageRecord>,
}

/// What a ZooKeeper notification consumed, or an etcd event continued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeDetail {
    /// A ZooKeeper one-shot watch fired.
    Zk {
        /// The notification's type.
        kind: ZkEventKind,
        /// The outstanding watch it matched and removed (`None`: the client had none).
        consumed: Option<WatchClass>,
        /// The zxid the watch was registered at (its reply's zxid).
        registered: Zxid,
        /// The zxid of the change reported.
        change: Zxid,
    },
    /// An event on an etcd watch stream.
    Etcd {
        /// The watch id.
        watch: u32,
        /// The change's revision.
        revision: u64,
        /// The next revision the client expected on this watch (`None`: unknown watch).
        expected_from: Option<u64>,
    },
}

/// A watch notification as a client received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// When it arrived (was processed).
    pub at_ms: u64,
    /// The client.
    pub client: usize,
    /// The path or key.
    pub path: String,
    /// What it was.
    pub detail: NoticeDetail,
}

/// A write the ensemble acknowledged to a client (the reply arrived): it is committed, so
/// every later leader's log must hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AckedWrite {
    /// The client.
    pub client: usize,
    /// The zxid stamped on it (unique to its log entry).
    pub zxid: Zxid,
    /// When the client sent it.
    pub sent_ms: u64,
    /// When the acknowledgement arrived.
    pub acked_ms: u64,
}

/// The whole run: servers, clients, storage, network and what happened.
#[derive(Debug, Clone)]
pub struct CoordSim {
    config: CoordConfig,
    seed: u64,
    rng: SimRng,
    now: u64,
    servers: Vec<Server>,
    clients: Vec<Client>,
    storage: Storage,
    net: Network,
    isolated: BTreeSet<Endpoint>,
    journal: VecDeque<(u64, Happening)>,
    fresh: Vec<Happening>,
    announced: usize,
    rounds: Vec<ElectionRound>,
    holder: Option<(usize, u64)>,
    departures: Vec<Departure>,
    notices: VecDeque<Notice>,
    acked: VecDeque<AckedWrite>,
    leaders: Vec<(u64, usize)>,
    quorum: bool,
}

enum Due {
    Deliver,
    Server(usize),
    Client(usize),
}

impl CoordSim {
    /// The start: server 1 leads epoch 1 with the persistent parents (`/election`,
    /// `/services`, `/services/api` in ZooKeeper) committed everywhere; every client is about
    /// to connect and open its session.
    pub fn new(config: CoordConfig, seed: u64) -> Self {
        let config = config.clamped();
        let mut rng = seeded(seed);
        let servers = server::initial_ensemble(&config);
        let announced = servers.first().map_or(0, |s| s.log.len());
        let clients = (0..config.clients)
            .map(|c| {
                let role = client::role_of(&config, c);
                let first = rng.random_range(0..config.servers);
                let start = c as u64 * 120 + rng.random_range(0..100);
                Client::new(role, first, start)
            })
            .collect();
        CoordSim {
            config,
            seed,
            rng,
            now: 0,
            servers,
            clients,
            storage: Storage {
                fencing: config.fencing,
                ..Storage::default()
            },
            net: Network::default(),
            isolated: BTreeSet::new(),
            journal: VecDeque::new(),
            fresh: Vec::new(),
            announced,
            rounds: vec![ElectionRound {
                previous: None,
                started_ms: 0,
                winner: None,
                elected_ms: None,
                notifications: 0,
                requests: 0,
            }],
            holder: None,
            departures: Vec::new(),
            notices: VecDeque::new(),
            acked: VecDeque::new(),
            leaders: vec![(1, 0)],
            quorum: true,
        }
    }

    // ----- read-only accessors -----

    /// The settings.
    pub fn config(&self) -> CoordConfig {
        self.config
    }

    /// The seed the run started from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The logical time in ms.
    pub fn now_ms(&self) -> u64 {
        self.now
    }

    /// The servers, server 1 first.
    pub fn servers(&self) -> &[Server] {
        &self.servers
    }

    /// The application clients, client 1 first.
    pub fn clients(&self) -> &[Client] {
        &self.clients
    }

    /// The storage service.
    pub fn storage(&self) -> &Storage {
        &self.storage
    }

    /// The messages in flight.
    pub fn messages(&self) -> &[Message] {
        self.net.in_flight()
    }

    /// The timeline's messages, oldest first.
    pub fn timeline(&self) -> &VecDeque<Trace> {
        self.net.traces()
    }

    /// Whether the link between `a` and `b` is cut.
    pub fn link_cut(&self, a: Endpoint, b: Endpoint) -> bool {
        self.net.is_cut(a, b)
    }

    /// The endpoints cut off from everything.
    pub fn isolated(&self) -> &BTreeSet<Endpoint> {
        &self.isolated
    }

    /// What happened, with when, oldest first (the last [`JOURNAL_LEN`]).
    pub fn journal(&self) -> &VecDeque<(u64, Happening)> {
        &self.journal
    }

    /// The application's election rounds, the first election first.
    pub fn rounds(&self) -> &[ElectionRound] {
        &self.rounds
    }

    /// The service registrations that left, oldest first.
    pub fn departures(&self) -> &[Departure] {
        &self.departures
    }

    /// The watch notifications clients received, oldest first (the last [`RECORDS_LEN`]).
    pub fn notices(&self) -> &VecDeque<Notice> {
        &self.notices
    }

    /// The writes the ensemble acknowledged, oldest first (the last [`RECORDS_LEN`]).
    pub fn acked_writes(&self) -> &VecDeque<AckedWrite> {
        &self.acked
    }

    /// Every (epoch, server) that won an ensemble election, in order.
    pub fn leader_history(&self) -> &[(u64, usize)] {
        &self.leaders
    }

    /// The server that leads and serves clients, if any.
    pub fn serving_leader(&self) -> Option<usize> {
        (0..self.servers.len()).find(|&s| self.servers[s].is_serving())
    }

    /// The client the ensemble last saw become leader and whose node still exists, with its
    /// fencing token.
    pub fn lock_holder(&self) -> Option<(usize, u64)> {
        self.holder
    }

    /// The store to show: the serving leader's, or else the most advanced up server's.
    pub fn view_store(&self) -> &Store {
        let best = self.serving_leader().or_else(|| {
            (0..self.servers.len())
                .filter(|&s| self.servers[s].up)
                .max_by_key(|&s| self.servers[s].applied)
        });
        let s = best.unwrap_or(0);
        &self.servers[s].store
    }

    /// Whether a majority of servers is up and reachable, so an election can succeed.
    pub fn has_quorum(&self) -> bool {
        let live = (0..self.servers.len())
            .filter(|&s| self.servers[s].up && !self.isolated.contains(&Endpoint::Server(s)))
            .count();
        live >= self.config.majority()
    }

    /// Logical ms until the next internal event (a message arriving, a timer), if any.
    pub fn next_event_in_ms(&self) -> Option<u64> {
        self.next_due().map(|(t, _)| t.saturating_sub(self.now))
    }

    // ----- events -----

    /// Applies one event; returns what it set off, or why it changed nothing.
    pub fn apply(&mut self, event: CoordEvent) -> Result<Vec<Happening>, Refusal> {
        let result = match event {
            CoordEvent::CrashServer(s) => self.crash_server(s),
            CoordEvent::RestartServer(s) => self.restart_server(s),
            CoordEvent::CrashClient(c) => self.crash_client(c),
            CoordEvent::RestartClient(c) => self.restart_client(c),
            CoordEvent::Pause { client, ms } => self.pause_client(client, ms),
            CoordEvent::Isolate(e) => self.isolate(e),
            CoordEvent::HealNetwork => self.heal(),
            CoordEvent::SetFencing(on) => self.set_fencing(on),
        };
        self.note_quorum();
        let fresh = std::mem::take(&mut self.fresh);
        result.map(|()| fresh)
    }

    /// Moves the clock forward by `ms` (at most [`MAX_ADVANCE_MS`]), delivering messages and
    /// firing timers on the way; returns what happened.
    pub fn advance(&mut self, ms: u64) -> Vec<Happening> {
        let target = self.now.saturating_add(ms.min(MAX_ADVANCE_MS));
        for _ in 0..MAX_STEPS_PER_ADVANCE {
            match self.next_due() {
                Some((t, due)) if t <= target => {
                    self.now = self.now.max(t);
                    self.fire(due);
                    self.note_quorum();
                }
                _ => break,
            }
        }
        self.now = self.now.max(target);
        std::mem::take(&mut self.fresh)
    }

    /// Runs to the next internal event and processes it (and all others at the same moment);
    /// returns what happened. Nothing happens if nothing is scheduled.
    pub fn step(&mut self) -> Vec<Happening> {
        match self.next_event_in_ms() {
            Some(d) => self.advance(d),
            None => Vec::new(),
        }
    }

    fn next_due(&self) -> Option<(u64, Due)> {
        let at = |t: u64| t.max(self.now);
        let mut best: Option<(u64, u8, usize)> = self.net.next_delivery().map(|t| (at(t), 0, 0));
        let mut consider = |cand: (u64, u8, usize)| {
            if best.is_none_or(|b| cand < b) {
                best = Some(cand);
            }
        };
        for s in 0..self.servers.len() {
            if let Some(t) = self.server_next_timer(s) {
                consider((at(t), 1, s));
            }
        }
        for c in 0..self.clients.len() {
            if let Some(t) = self.client_next_timer(c) {
                consider((at(t), 2, c));
            }
        }
        best.map(|(t, kind, i)| {
            let due = match kind {
                0 => Due::Deliver,
                1 => Due::Server(i),
                _ => Due::Client(i),
            };
            (t, due)
        })
    }

    fn fire(&mut self, due: Due) {
        match due {
            Due::Deliver => {
                if let Some(m) = self.net.pop_due(self.now) {
                    self.deliver(m);
                }
            }
            Due::Server(s) => self.server_timer(s),
            Due::Client(c) => self.client_timer(c),
        }
    }

    fn deliver(&mut self, m: Message) {
        match m.to {
            Endpoint::Server(s) => {
                if self.servers.get(s).is_some_and(|srv| srv.up) {
                    self.net.set_fate(m.id, Fate::Delivered);
                    self.server_receive(s, m);
                } else {
                    self.net.set_fate(m.id, Fate::Down);
                }
            }
            Endpoint::Client(c) => self.client_deliver(c, m),
            Endpoint::Storage => {
                self.net.set_fate(m.id, Fate::Delivered);
                self.storage_receive(m);
            }
        }
    }

    // ----- helpers shared by the parts -----

    pub(crate) fn send(&mut self, from: Endpoint, to: Endpoint, conn: u32, body: Body) {
        self.net
            .send(&mut self.rng, self.now, (from, to, conn), body);
    }

    pub(crate) fn happen(&mut self, h: Happening) {
        self.journal.push_back((self.now, h.clone()));
        if self.journal.len() > JOURNAL_LEN {
            self.journal.pop_front();
        }
        self.fresh.push(h);
    }

    pub(crate) fn election_timeout(&mut self) -> u64 {
        self.rng
            .random_range(ELECTION_TIMEOUT_MIN_MS..=ELECTION_TIMEOUT_MAX_MS)
    }

    fn note_quorum(&mut self) {
        let q = self.has_quorum();
        if q != self.quorum {
            self.quorum = q;
            self.happen(if q {
                Happening::QuorumRegained
            } else {
                Happening::QuorumLost
            });
        }
    }

    fn storage_receive(&mut self, m: Message) {
        let (Endpoint::Client(c), Body::StorageWrite { token, value }) = (m.from, m.body) else {
            return;
        };
        let stale = token < self.storage.highest;
        let accepted = !(self.storage.fencing && stale);
        if accepted {
            self.storage.highest = self.storage.highest.max(token);
        }
        self.storage.records.push_back(StorageRecord {
            at_ms: self.now,
            client: c,
            token,
            value,
            accepted,
            stale,
        });
        if self.storage.records.len() > RECORDS_LEN {
            self.storage.records.pop_front();
        }
        self.happen(Happening::StorageWrite {
            client: c,
            token,
            accepted,
            stale,
        });
        let body = Body::StorageReply { token, accepted };
        self.send(Endpoint::Storage, m.from, m.conn, body);
    }

    fn set_fencing(&mut self, on: bool) -> Result<(), Refusal> {
        if self.storage.fencing == on {
            return Err(Refusal::NoChange);
        }
        self.storage.fencing = on;
        self.config.fencing = on;
        self.happen(Happening::FencingChanged(on));
        Ok(())
    }

    fn isolate(&mut self, e: Endpoint) -> Result<(), Refusal> {
        let exists = match e {
            Endpoint::Server(s) => s < self.servers.len(),
            Endpoint::Client(c) => c < self.clients.len(),
            Endpoint::Storage => return Err(Refusal::NotIsolatable),
        };
        if !exists {
            return Err(match e {
                Endpoint::Server(_) => Refusal::NoSuchServer,
                _ => Refusal::NoSuchClient,
            });
        }
        if !self.isolated.insert(e) {
            return Err(Refusal::NoChange);
        }
        let others: Vec<Endpoint> = (0..self.servers.len())
            .map(Endpoint::Server)
            .chain((0..self.clients.len()).map(Endpoint::Client))
            .chain([Endpoint::Storage])
            .filter(|&o| o != e)
            .collect();
        for o in others {
            self.net.set_cut(e, o, true);
        }
        self.happen(Happening::Isolated(e));
        Ok(())
    }

    fn heal(&mut self) -> Result<(), Refusal> {
        if !self.net.any_cut() {
            return Err(Refusal::NoChange);
        }
        self.net.heal();
        self.isolated.clear();
        self.happen(Happening::NetworkHealed);
        Ok(())
    }

    pub(crate) fn push_notice(&mut self, n: Notice) {
        self.notices.push_back(n);
        if self.notices.len() > RECORDS_LEN {
            self.notices.pop_front();
        }
        if self.config.scenario == Scenario::Election {
            if let Some(r) = self.rounds.last_mut() {
                r.notifications += 1;
            }
        }
    }

    pub(crate) fn push_acked(&mut self, a: AckedWrite) {
        self.acked.push_back(a);
        if self.acked.len() > RECORDS_LEN {
            self.acked.pop_front();
        }
    }
}
