//! The ensemble's servers: elections, log replication and commitment (the consensus both
//! ZooKeeper and etcd run underneath), and the leader's session timers.

use std::collections::{BTreeMap, BTreeSet};

use super::net::{Body, LogEntry, Message};
use super::store::{Op, OpResult, Store};
use super::types::{
    Endpoint, Flavour, Happening, Refusal, ServerRole, SessionId, WatchClass, Zxid,
};
use super::{
    CoordConfig, CoordSim, EtcdWatchSpec, CHECK_QUORUM_MS, ELECTION_TIMEOUT_MIN_MS,
    LEADER_HEARTBEAT_MS,
};

/// A watch as a server keeps it: ZooKeeper's data watches (set by `exists`, whether or not
/// the znode is there) and child watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum ServerWatch {
    Data,
    Child,
}

/// An etcd watch stream registered at the leader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EtcdReg {
    pub client: usize,
    pub conn: u32,
    pub spec: EtcdWatchSpec,
}

/// What only a leader keeps, and loses when it crashes or steps down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Lead {
    next: Vec<usize>,
    matched: Vec<usize>,
    heard: Vec<u64>,
    since: u64,
    heartbeat_at: u64,
    pub ready_at: Option<u64>,
    pub deadlines: BTreeMap<SessionId, u64>,
    pub closing: BTreeMap<SessionId, u64>,
    pending: BTreeMap<usize, u32>,
    pub zk_watches: BTreeMap<(String, ServerWatch, usize), u32>,
    pub etcd_watches: Vec<EtcdReg>,
}

/// One coordination server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    pub(crate) up: bool,
    pub(crate) role: ServerRole,
    pub(crate) epoch: u64,
    voted_for: Option<usize>,
    pub(crate) log: Vec<LogEntry>,
    pub(crate) commit: usize,
    pub(crate) leader: Option<usize>,
    pub(crate) store: Store,
    pub(crate) applied: usize,
    election_at: Option<u64>,
    votes: BTreeSet<usize>,
    prevoting: bool,
    heard_leader_ms: Option<u64>,
    pub(crate) lead: Option<Lead>,
}

impl Server {
    /// Whether it is running.
    pub fn up(&self) -> bool {
        self.up
    }

    /// Leader, follower or candidate.
    pub fn role(&self) -> ServerRole {
        self.role
    }

    /// Its current epoch (ZooKeeper) or term (etcd).
    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    /// Its log: durable, survives a crash.
    pub fn log(&self) -> &[LogEntry] {
        &self.log
    }

    /// How many log entries it knows are committed.
    pub fn commit(&self) -> usize {
        self.commit
    }

    /// The leader it follows, if it knows one.
    pub fn leader(&self) -> Option<usize> {
        self.leader
    }

    /// Its copy of the state, built from the committed entries it has applied.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Whether it leads and its first entry of the epoch is committed, so it serves clients.
    pub fn is_serving(&self) -> bool {
        self.up && self.lead.as_ref().is_some_and(|l| l.ready_at.is_some())
    }

    /// As a serving leader: since when it serves (its first entry of the epoch committed).
    pub fn serving_since(&self) -> Option<u64> {
        self.lead.as_ref().and_then(|l| l.ready_at)
    }

    /// As a serving leader: when session `s` times out (for a session whose end is already
    /// proposed, when that was), else `None`.
    pub fn session_deadline(&self, s: SessionId) -> Option<u64> {
        let lead = self.lead.as_ref()?;
        lead.closing.get(&s).or(lead.deadlines.get(&s)).copied()
    }

    /// As a serving leader: the one-shot watches it holds, as (path, is child watch, client).
    pub fn zk_watches(&self) -> Vec<(String, bool, usize)> {
        self.lead.as_ref().map_or_else(Vec::new, |l| {
            l.zk_watches
                .keys()
                .map(|(p, w, c)| (p.clone(), *w == ServerWatch::Child, *c))
                .collect()
        })
    }

    /// A session's end takes its watches with it (unless the client already runs another
    /// session), as ZooKeeper's and etcd's servers do: no notification reaches a client for a
    /// watch its expired session set.
    fn drop_watches_of_ended_session(&mut self, c: usize) {
        if self.store.sessions().values().any(|i| i.client == c) {
            return;
        }
        if let Some(lead) = self.lead.as_mut() {
            lead.zk_watches.retain(|(_, _, wc), _| *wc != c);
            lead.etcd_watches.retain(|r| r.client != c);
        }
    }

    fn last_epoch(&self) -> u64 {
        self.log.last().map_or(0, |e| e.zxid.epoch)
    }
}

/// The ensemble at the start: server 1 leads epoch 1; the log holds the epoch entry and, for
/// ZooKeeper, the persistent parents, committed and applied everywhere.
pub(crate) fn initial_ensemble(config: &CoordConfig) -> Vec<Server> {
    let mut ops = vec![Op::NewEpoch];
    if config.flavour == Flavour::ZooKeeper {
        for path in ["/election", "/services", "/services/api"] {
            ops.push(Op::Create {
                path: path.to_string(),
                value: 0,
                owner: None,
                sequential: false,
            });
        }
    }
    let log: Vec<LogEntry> = ops
        .into_iter()
        .enumerate()
        .map(|(i, op)| LogEntry {
            zxid: Zxid {
                epoch: 1,
                counter: i as u64,
            },
            op,
            origin: None,
        })
        .collect();
    let mut store = Store::default();
    for e in &log {
        store.apply(&e.op, e.zxid);
    }
    let n = config.servers;
    (0..n)
        .map(|s| Server {
            up: true,
            role: if s == 0 {
                ServerRole::Leader
            } else {
                ServerRole::Follower
            },
            epoch: 1,
            voted_for: Some(0),
            log: log.clone(),
            commit: log.len(),
            leader: Some(0),
            store: store.clone(),
            applied: log.len(),
            election_at: (s != 0).then_some(ELECTION_TIMEOUT_MIN_MS + 500 * s as u64),
            votes: BTreeSet::new(),
            prevoting: false,
            heard_leader_ms: Some(0),
            lead: (s == 0).then(|| Lead {
                next: vec![log.len(); n],
                matched: vec![log.len(); n],
                heard: vec![0; n],
                since: 0,
                heartbeat_at: 0,
                ready_at: Some(0),
                deadlines: BTreeMap::new(),
                closing: BTreeMap::new(),
                pending: BTreeMap::new(),
                zk_watches: BTreeMap::new(),
                etcd_watches: Vec::new(),
            }),
        })
        .collect()
}

impl CoordSim {
    pub(crate) fn majority(&self) -> usize {
        self.config.majority()
    }

    pub(crate) fn server_next_timer(&self, s: usize) -> Option<u64> {
        let srv = &self.servers[s];
        if !srv.up {
            return None;
        }
        match &srv.lead {
            None => srv.election_at,
            Some(lead) => {
                let expiry = lead.ready_at.and_then(|_| {
                    lead.deadlines
                        .iter()
                        .filter(|(s, _)| !lead.closing.contains_key(s))
                        .map(|(_, &d)| d)
                        .min()
                });
                Some(expiry.map_or(lead.heartbeat_at, |e| e.min(lead.heartbeat_at)))
            }
        }
    }

    pub(crate) fn server_timer(&mut self, s: usize) {
        let now = self.now;
        let srv = &self.servers[s];
        match &srv.lead {
            None => {
                if srv.election_at.is_some_and(|t| t <= now) {
                    self.start_prevote(s);
                }
            }
            Some(lead) => {
                if lead.heartbeat_at <= now {
                    self.leader_heartbeat(s);
                }
                self.expire_sessions(s);
            }
        }
    }

    pub(crate) fn server_receive(&mut self, s: usize, m: Message) {
        let from = m.from;
        match (from, m.body) {
            (
                Endpoint::Server(f),
                Body::VoteRequest {
                    epoch,
                    last_epoch,
                    last_len,
                },
            ) => {
                self.on_vote_request(s, f, epoch, (last_epoch, last_len));
            }
            (Endpoint::Server(f), Body::Vote { epoch, granted }) => {
                self.on_vote(s, f, epoch, granted)
            }
            (
                Endpoint::Server(f),
                Body::PreVote {
                    epoch,
                    last_epoch,
                    last_len,
                },
            ) => {
                self.on_prevote(s, f, epoch, (last_epoch, last_len));
            }
            (
                Endpoint::Server(f),
                Body::PreVoteReply {
                    epoch,
                    for_epoch,
                    granted,
                },
            ) => {
                self.on_prevote_reply(s, f, (epoch, for_epoch), granted);
            }
            (
                Endpoint::Server(f),
                Body::Append {
                    epoch,
                    prev_len,
                    prev_epoch,
                    entries,
                    commit,
                },
            ) => {
                self.on_append(s, f, (epoch, prev_len, prev_epoch), entries, commit);
            }
            (Endpoint::Server(f), Body::AppendReply { epoch, ok, len }) => {
                self.on_append_reply(s, f, epoch, ok, len);
            }
            (Endpoint::Client(c), body) => self.on_client(s, c, m.conn, body),
            _ => {}
        }
    }

    // ----- crashes -----

    pub(crate) fn crash_server(&mut self, s: usize) -> Result<(), Refusal> {
        let srv = self.servers.get_mut(s).ok_or(Refusal::NoSuchServer)?;
        if !srv.up {
            return Err(Refusal::ServerAlready);
        }
        srv.up = false;
        srv.role = ServerRole::Follower;
        srv.lead = None;
        srv.leader = None;
        srv.votes.clear();
        srv.prevoting = false;
        srv.election_at = None;
        let me = Endpoint::Server(s);
        self.net
            .drop_where(|m| m.from == me || m.to == me, super::Fate::Down);
        self.happen(Happening::ServerCrashed(s));
        Ok(())
    }

    pub(crate) fn restart_server(&mut self, s: usize) -> Result<(), Refusal> {
        let timeout = self.election_timeout();
        let now = self.now;
        let srv = self.servers.get_mut(s).ok_or(Refusal::NoSuchServer)?;
        if srv.up {
            return Err(Refusal::ServerAlready);
        }
        // The log, the epoch and the vote are on disk; what was committed is learnt again.
        srv.up = true;
        srv.commit = 0;
        srv.applied = 0;
        srv.store = Store::default();
        srv.heard_leader_ms = None;
        srv.election_at = Some(now + timeout);
        self.happen(Happening::ServerRestarted(s));
        Ok(())
    }

    // ----- elections -----

    fn reset_election_timer(&mut self, s: usize) {
        let t = self.now + self.election_timeout();
        self.servers[s].election_at = Some(t);
    }

    fn become_follower(&mut self, s: usize) {
        let srv = &mut self.servers[s];
        let was = (srv.role == ServerRole::Leader).then_some(srv.epoch);
        srv.role = ServerRole::Follower;
        srv.lead = None;
        srv.votes.clear();
        srv.prevoting = false;
        self.reset_election_timer(s);
        if let Some(epoch) = was {
            self.happen(Happening::LeaderSteppedDown { server: s, epoch });
        }
    }

    /// Adopts a higher epoch seen in a message, stepping down if it led.
    fn observe_epoch(&mut self, s: usize, epoch: u64) {
        if epoch > self.servers[s].epoch {
            let srv = &mut self.servers[s];
            srv.epoch = epoch;
            srv.voted_for = None;
            srv.leader = None;
            self.become_follower(s);
        }
    }

    /// Raft's PreVote: ask whether a majority would vote before raising the epoch.
    fn start_prevote(&mut self, s: usize) {
        let timeout = self.election_timeout();
        let now = self.now;
        let srv = &mut self.servers[s];
        srv.prevoting = true;
        srv.votes.clear();
        srv.votes.insert(s);
        srv.election_at = Some(now + timeout);
        let body = Body::PreVote {
            epoch: srv.epoch + 1,
            last_epoch: srv.last_epoch(),
            last_len: srv.log.len(),
        };
        for t in (0..self.servers.len()).filter(|&t| t != s) {
            self.send(Endpoint::Server(s), Endpoint::Server(t), 0, body.clone());
        }
    }

    fn on_prevote(&mut self, s: usize, from: usize, epoch: u64, last: (u64, usize)) {
        let now = self.now;
        let srv = &self.servers[s];
        let up_to_date = last >= (srv.last_epoch(), srv.log.len());
        let leader_quiet = srv
            .heard_leader_ms
            .is_none_or(|t| now >= t + ELECTION_TIMEOUT_MIN_MS);
        let granted = epoch > srv.epoch && up_to_date && srv.lead.is_none() && leader_quiet;
        let body = Body::PreVoteReply {
            epoch: srv.epoch,
            for_epoch: epoch,
            granted,
        };
        self.send(Endpoint::Server(s), Endpoint::Server(from), 0, body);
    }

    fn on_prevote_reply(&mut self, s: usize, from: usize, epochs: (u64, u64), granted: bool) {
        let (epoch, for_epoch) = epochs;
        self.observe_epoch(s, epoch);
        let majority = self.majority();
        let srv = &mut self.servers[s];
        if !srv.prevoting || for_epoch != srv.epoch + 1 || !granted || srv.lead.is_some() {
            return;
        }
        srv.votes.insert(from);
        if srv.votes.len() >= majority {
            srv.prevoting = false;
            self.start_election(s);
        }
    }

    fn start_election(&mut self, s: usize) {
        let timeout = self.election_timeout();
        let now = self.now;
        let srv = &mut self.servers[s];
        srv.epoch += 1;
        srv.role = ServerRole::Candidate;
        srv.voted_for = Some(s);
        srv.votes.clear();
        srv.votes.insert(s);
        srv.leader = None;
        srv.election_at = Some(now + timeout);
        let body = Body::VoteRequest {
            epoch: srv.epoch,
            last_epoch: srv.last_epoch(),
            last_len: srv.log.len(),
        };
        for t in (0..self.servers.len()).filter(|&t| t != s) {
            self.send(Endpoint::Server(s), Endpoint::Server(t), 0, body.clone());
        }
    }

    fn on_vote_request(&mut self, s: usize, from: usize, epoch: u64, last: (u64, usize)) {
        self.observe_epoch(s, epoch);
        let srv = &self.servers[s];
        let up_to_date = last >= (srv.last_epoch(), srv.log.len());
        let free = srv.voted_for.is_none_or(|v| v == from);
        let granted = epoch == srv.epoch && up_to_date && free && srv.lead.is_none();
        let reply = Body::Vote {
            epoch: srv.epoch,
            granted,
        };
        if granted {
            self.servers[s].voted_for = Some(from);
            self.reset_election_timer(s);
        }
        self.send(Endpoint::Server(s), Endpoint::Server(from), 0, reply);
    }

    fn on_vote(&mut self, s: usize, from: usize, epoch: u64, granted: bool) {
        self.observe_epoch(s, epoch);
        let majority = self.majority();
        let srv = &mut self.servers[s];
        if srv.role != ServerRole::Candidate || epoch != srv.epoch || !granted {
            return;
        }
        srv.votes.insert(from);
        if srv.votes.len() >= majority {
            self.become_leader(s);
        }
    }

    fn become_leader(&mut self, s: usize) {
        let n = self.servers.len();
        let now = self.now;
        let srv = &mut self.servers[s];
        let len = srv.log.len();
        srv.role = ServerRole::Leader;
        srv.leader = Some(s);
        srv.election_at = None;
        srv.votes.clear();
        srv.lead = Some(Lead {
            next: vec![len; n],
            matched: vec![0; n],
            heard: vec![now; n],
            since: now,
            heartbeat_at: now + LEADER_HEARTBEAT_MS,
            ready_at: None,
            deadlines: BTreeMap::new(),
            closing: BTreeMap::new(),
            pending: BTreeMap::new(),
            zk_watches: BTreeMap::new(),
            etcd_watches: Vec::new(),
        });
        let epoch = srv.epoch;
        self.leaders.push((epoch, s));
        self.happen(Happening::LeaderElected { server: s, epoch });
        self.append(s, Op::NewEpoch, None);
    }

    // ----- replication -----

    /// As leader: stamps and appends a command, sends it to every follower; returns its index.
    pub(crate) fn append(&mut self, s: usize, op: Op, origin: Option<(usize, u64, u32)>) -> usize {
        let srv = &mut self.servers[s];
        let zxid = match srv.log.last() {
            Some(e) if e.zxid.epoch == srv.epoch => Zxid {
                epoch: srv.epoch,
                counter: e.zxid.counter + 1,
            },
            _ => Zxid {
                epoch: srv.epoch,
                counter: 0,
            },
        };
        srv.log.push(LogEntry {
            zxid,
            op,
            origin: origin.map(|(c, id, _)| (c, id)),
        });
        let index = srv.log.len() - 1;
        if let (Some(lead), Some((_, _, conn))) = (srv.lead.as_mut(), origin) {
            lead.pending.insert(index, conn);
        }
        self.replicate(s);
        index
    }

    fn replicate(&mut self, s: usize) {
        for t in (0..self.servers.len()).filter(|&t| t != s) {
            self.send_append(s, t);
        }
    }

    fn send_append(&mut self, s: usize, t: usize) {
        let srv = &self.servers[s];
        let Some(lead) = &srv.lead else { return };
        let prev = lead.next[t].min(srv.log.len());
        let body = Body::Append {
            epoch: srv.epoch,
            prev_len: prev,
            prev_epoch: if prev > 0 {
                srv.log[prev - 1].zxid.epoch
            } else {
                0
            },
            entries: srv.log[prev..].to_vec(),
            commit: srv.commit,
        };
        self.send(Endpoint::Server(s), Endpoint::Server(t), 0, body);
    }

    fn on_append(
        &mut self,
        s: usize,
        from: usize,
        head: (u64, usize, u64),
        entries: Vec<LogEntry>,
        commit: usize,
    ) {
        let (epoch, prev_len, prev_epoch) = head;
        let (me, leader) = (Endpoint::Server(s), Endpoint::Server(from));
        if epoch < self.servers[s].epoch {
            let body = Body::AppendReply {
                epoch: self.servers[s].epoch,
                ok: false,
                len: 0,
            };
            self.send(me, leader, 0, body);
            return;
        }
        self.observe_epoch(s, epoch);
        if self.servers[s].role != ServerRole::Follower {
            self.become_follower(s);
        }
        self.servers[s].leader = Some(from);
        self.servers[s].heard_leader_ms = Some(self.now);
        self.servers[s].prevoting = false;
        self.reset_election_timer(s);
        let srv = &mut self.servers[s];
        let matches = prev_len <= srv.log.len()
            && (prev_len == 0 || srv.log[prev_len - 1].zxid.epoch == prev_epoch);
        if !matches {
            let len = srv.log.len().min(prev_len.saturating_sub(1));
            let body = Body::AppendReply {
                epoch,
                ok: false,
                len,
            };
            self.send(me, leader, 0, body);
            return;
        }
        for (k, e) in entries.iter().enumerate() {
            let p = prev_len + k;
            match srv.log.get(p) {
                Some(old) if old.zxid == e.zxid => {}
                Some(_) => {
                    srv.log.truncate(p);
                    srv.log.push(e.clone());
                }
                None => srv.log.push(e.clone()),
            }
        }
        let matched = prev_len + entries.len();
        if commit > srv.commit {
            srv.commit = commit.min(matched).max(srv.commit);
        }
        self.apply_committed(s);
        let body = Body::AppendReply {
            epoch,
            ok: true,
            len: matched,
        };
        self.send(me, leader, 0, body);
    }

    fn on_append_reply(&mut self, s: usize, from: usize, epoch: u64, ok: bool, len: usize) {
        self.observe_epoch(s, epoch);
        let now = self.now;
        let srv = &mut self.servers[s];
        let my_epoch = srv.epoch;
        let Some(lead) = srv.lead.as_mut() else {
            return;
        };
        if epoch != my_epoch {
            return;
        }
        lead.heard[from] = now;
        if ok {
            lead.matched[from] = lead.matched[from].max(len);
            lead.next[from] = lead.next[from].max(len);
            self.advance_commit(s);
        } else {
            lead.next[from] = len;
            self.send_append(s, from);
        }
    }

    fn advance_commit(&mut self, s: usize) {
        let majority = self.majority();
        let srv = &mut self.servers[s];
        let Some(lead) = &srv.lead else { return };
        for n in (srv.commit + 1..=srv.log.len()).rev() {
            if srv.log[n - 1].zxid.epoch != srv.epoch {
                break;
            }
            let stored = (0..lead.matched.len())
                .filter(|&i| i == s || lead.matched[i] >= n)
                .count();
            if stored >= majority {
                srv.commit = n;
                break;
            }
        }
        self.apply_committed(s);
    }

    fn leader_heartbeat(&mut self, s: usize) {
        let majority = self.majority();
        let now = self.now;
        let Some(lead) = self.servers[s].lead.as_mut() else {
            return;
        };
        let heard = (0..lead.heard.len())
            .filter(|&i| i == s || lead.heard[i] + CHECK_QUORUM_MS >= now)
            .count();
        if heard < majority && now >= lead.since + CHECK_QUORUM_MS {
            self.servers[s].leader = None;
            self.become_follower(s);
            return;
        }
        lead.heartbeat_at = now + LEADER_HEARTBEAT_MS;
        self.replicate(s);
    }

    // ----- applying committed entries -----

    fn apply_committed(&mut self, s: usize) {
        while self.servers[s].applied < self.servers[s].commit {
            let srv = &mut self.servers[s];
            let index = srv.applied;
            let entry = srv.log[index].clone();
            let owner = match entry.op {
                Op::CloseSession { session } => {
                    srv.store.sessions().get(&session).map(|i| i.client)
                }
                _ => None,
            };
            let (result, changes) = srv.store.apply(&entry.op, entry.zxid);
            srv.applied += 1;
            if let Some(c) = owner {
                srv.drop_watches_of_ended_session(c);
            }
            if index >= self.announced {
                self.announced = index + 1;
                self.announce(&entry, &result, &changes, owner);
            }
            if self.servers[s].lead.is_some() {
                self.leader_applied(s, index, &entry, &result, &changes);
            }
        }
    }

    fn leader_applied(
        &mut self,
        s: usize,
        index: usize,
        entry: &LogEntry,
        result: &OpResult,
        changes: &[super::Change],
    ) {
        let now = self.now;
        let srv = &mut self.servers[s];
        let epoch = srv.epoch;
        let Some(lead) = srv.lead.as_mut() else {
            return;
        };
        match (&entry.op, result) {
            (Op::NewEpoch, _) if entry.zxid.epoch == epoch => {
                lead.ready_at = Some(now);
                // A new leader restarts every session's timer, as ZooKeeper and etcd do.
                // Inserted one by one: collecting into a map would sort (a sort per type).
                lead.deadlines.clear();
                for (&id, info) in srv.store.sessions() {
                    lead.deadlines.insert(id, now + info.ttl_ms);
                }
                self.happen(Happening::LeaderReady { server: s, epoch });
                return;
            }
            (Op::OpenSession { ttl_ms, .. }, OpResult::SessionOpened(id)) => {
                lead.deadlines.insert(*id, now + ttl_ms);
            }
            (Op::CloseSession { session }, _) => {
                lead.deadlines.remove(session);
                lead.closing.remove(session);
            }
            _ => {}
        }
        if lead.ready_at.is_none() {
            return;
        }
        let conn = lead.pending.remove(&index);
        self.fire_watches(s, changes);
        if let (Some(conn), Some((c, id))) = (conn, entry.origin) {
            self.reply_write(s, (c, conn, id), result.clone());
        }
    }

    fn expire_sessions(&mut self, s: usize) {
        let now = self.now;
        let Some(lead) = self.servers[s].lead.as_mut() else {
            return;
        };
        if lead.ready_at.is_none() {
            return;
        }
        let due: Vec<SessionId> = lead
            .deadlines
            .iter()
            .filter(|(id, &d)| d <= now && !lead.closing.contains_key(id))
            .map(|(&id, _)| id)
            .collect();
        for session in due {
            if let Some(lead) = self.servers[s].lead.as_mut() {
                lead.closing.insert(session, now);
            }
            self.append(s, Op::CloseSession { session }, None);
        }
    }

    /// Restarts a session's timer if it is open; whether it is.
    pub(crate) fn touch(&mut self, s: usize, session: SessionId) -> bool {
        let now = self.now;
        let srv = &mut self.servers[s];
        let Some(info) = srv.store.sessions().get(&session).copied() else {
            return false;
        };
        let Some(lead) = srv.lead.as_mut() else {
            return false;
        };
        if lead.closing.contains_key(&session) {
            return false;
        }
        let d = lead.deadlines.entry(session).or_insert(now);
        *d = (*d).max(now + info.ttl_ms);
        true
    }

    pub(crate) fn drop_watches_of(&mut self, s: usize, c: usize) {
        if let Some(lead) = self.servers[s].lead.as_mut() {
            lead.zk_watches.retain(|(_, _, wc), _| *wc != c);
            lead.etcd_watches.retain(|r| r.client != c);
        }
    }

    pub(crate) fn zk_register(&mut self, s: usize, key: (String, WatchClass, usize), conn: u32) {
        let (path, class, c) = key;
        let kind = match class {
            WatchClass::Child => ServerWatch::Child,
            _ => ServerWatch::Data,
        };
        if let Some(lead) = self.servers[s].lead.as_mut() {
            lead.zk_watches.insert((path, kind, c), conn);
        }
    }
}
