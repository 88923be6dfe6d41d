//! The application clients' side of the service: connecting, opening and renewing a session,
//! the client's own view of its lease, reconnecting after silence, GC pauses and crashes.

use std::collections::{BTreeMap, BTreeSet};

use super::net::{Body, EtcdWatchSpec, Fate, Message, Reply, Request};
use super::recipe::{Program, Purpose};
use super::store::{Op, OpResult};
use super::types::{
    ClientRole, Endpoint, Happening, LossReason, Refusal, Scenario, SessionId, WatchClass, Zxid,
};
use super::{
    AckedWrite, CoordConfig, CoordSim, Departure, CONNECT_TIMEOUT_MS, MAX_PAUSE_MS, RETRY_MS,
    WORK_INTERVAL_MS,
};

/// A client's connection to the ensemble.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// The process is down.
    Down,
    /// Waiting to try a server.
    Waiting {
        /// When it tries.
        until: u64,
    },
    /// Asked a server to open or resume its session; waiting for the answer.
    Connecting {
        /// The server.
        server: usize,
        /// When it gives up on it.
        deadline: u64,
    },
    /// Talking to the leader.
    Connected {
        /// The server.
        server: usize,
    },
}

/// A request awaiting its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pending {
    pub sent_ms: u64,
    pub purpose: Purpose,
    /// A ZooKeeper watch the request leaves: (path, is child watch).
    pub watch: Option<(String, bool)>,
}

/// An application process using the coordination service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client {
    pub(crate) role: ClientRole,
    pub(crate) up: bool,
    pub(crate) paused_until: Option<u64>,
    pub(crate) link: Link,
    pub(crate) conn: u32,
    next_server: usize,
    pub(crate) session: Option<SessionId>,
    pub(crate) lost: bool,
    pub(crate) lease_until: u64,
    last_heard: u64,
    ping_at: u64,
    pub(crate) pending: BTreeMap<u64, Pending>,
    next_request: u64,
    pub(crate) needs_check: bool,
    pub(crate) last_zxid: Zxid,
    pub(crate) zk_watches: BTreeMap<(WatchClass, String), Zxid>,
    pub(crate) etcd_watches: BTreeMap<u32, EtcdWatchSpec>,
    pub(crate) next_watch: u32,
    inbox: Vec<Message>,
    interrupted: bool,
    pub(crate) prog: Program,
    pub(crate) notifications: u64,
}

/// What client `c` does in the scenario: all run for leader, or the last watches the others.
pub(crate) fn role_of(config: &CoordConfig, c: usize) -> ClientRole {
    match config.scenario {
        Scenario::Election => ClientRole::Contender,
        Scenario::Discovery if c + 1 == config.clients => ClientRole::Watcher,
        Scenario::Discovery => ClientRole::Service,
    }
}

impl Client {
    /// A process that will first try `server` at `start_ms`.
    pub(crate) fn new(role: ClientRole, server: usize, start_ms: u64) -> Self {
        Client {
            role,
            up: true,
            paused_until: None,
            link: Link::Waiting { until: start_ms },
            conn: 0,
            next_server: server,
            session: None,
            lost: false,
            lease_until: 0,
            last_heard: 0,
            ping_at: 0,
            pending: BTreeMap::new(),
            next_request: 1,
            needs_check: false,
            last_zxid: Zxid::default(),
            zk_watches: BTreeMap::new(),
            etcd_watches: BTreeMap::new(),
            next_watch: 1,
            inbox: Vec::new(),
            interrupted: false,
            prog: Program::default(),
            notifications: 0,
        }
    }

    /// What it does in the scenario.
    pub fn role(&self) -> ClientRole {
        self.role
    }

    /// Whether the process runs (it may still be paused).
    pub fn up(&self) -> bool {
        self.up
    }

    /// When a paused process wakes up, if it is paused.
    pub fn paused_until(&self) -> Option<u64> {
        self.paused_until
    }

    /// Its connection.
    pub fn link(&self) -> Link {
        self.link
    }

    /// Its session (lease), if it has one.
    pub fn session(&self) -> Option<SessionId> {
        self.session
    }

    /// Until when its own clock says the session surely lives: a timeout after it sent the
    /// last renewal that was answered.
    pub fn lease_until(&self) -> u64 {
        self.lease_until
    }

    /// Whether its own clock ran past the lease: it must assume its session is gone.
    pub fn lease_lapsed(&self) -> bool {
        self.lost
    }

    /// Whether it believes it is the leader (holds the lock).
    pub fn is_leader(&self) -> bool {
        self.prog.leader
    }

    /// Its fencing token: the zxid (create revision) of its election node.
    pub fn token(&self) -> Option<u64> {
        self.prog.token
    }

    /// Its election node or registration, if it knows it.
    pub fn my_node(&self) -> Option<&str> {
        self.prog.my_node.as_deref()
    }

    /// The node it is waiting on (the leader's node, or its predecessor), if any.
    pub fn watching(&self) -> Option<&str> {
        self.prog.watching.as_deref()
    }

    /// Whether its service registration is in place (service instances).
    pub fn registered(&self) -> bool {
        self.prog.registered
    }

    /// The service instances it sees (the watcher).
    pub fn members(&self) -> &BTreeSet<String> {
        &self.prog.members
    }

    /// How many watch notifications it has received.
    pub fn notifications(&self) -> u64 {
        self.notifications
    }

    /// How many writes it sent to the storage service as leader.
    pub fn storage_writes(&self) -> u64 {
        self.prog.writes
    }

    /// Its outstanding ZooKeeper watches: (kind, path).
    pub fn zk_watches(&self) -> impl Iterator<Item = &(WatchClass, String)> {
        self.zk_watches.keys()
    }

    /// Its etcd watches.
    pub fn etcd_watches(&self) -> impl Iterator<Item = &EtcdWatchSpec> {
        self.etcd_watches.values()
    }
}

impl CoordSim {
    fn ttl(&self) -> u64 {
        self.config.ttl_ms
    }

    pub(crate) fn client_next_timer(&self, c: usize) -> Option<u64> {
        let cl = &self.clients[c];
        if !cl.up {
            return None;
        }
        if let Some(w) = cl.paused_until {
            return Some(w);
        }
        let read_timeout = 2 * self.ttl() / 3;
        let link = match cl.link {
            Link::Down => None,
            Link::Waiting { until } => Some(until),
            Link::Connecting { deadline, .. } => Some(deadline),
            Link::Connected { .. } => {
                let read = cl.last_heard + read_timeout;
                Some(cl.session.map_or(read, |_| read.min(cl.ping_at)))
            }
        };
        let lease = (cl.session.is_some() && !cl.lost).then_some(cl.lease_until);
        [link, lease, cl.prog.work_at, cl.prog.retry_at]
            .into_iter()
            .flatten()
            .min()
    }

    pub(crate) fn client_timer(&mut self, c: usize) {
        let now = self.now;
        if self.clients[c].paused_until.is_some_and(|w| w <= now) {
            self.wake(c);
            return;
        }
        let read_timeout = 2 * self.ttl() / 3;
        let cl = &self.clients[c];
        match cl.link {
            Link::Waiting { until } if until <= now => self.connect(c),
            Link::Connecting { deadline, .. } if deadline <= now => self.connect(c),
            Link::Connected { .. } if cl.last_heard + read_timeout <= now => self.connect(c),
            Link::Connected { server } if cl.session.is_some() && cl.ping_at <= now => {
                self.ping(c, server);
            }
            _ => {}
        }
        let cl = &self.clients[c];
        if cl.session.is_some() && !cl.lost && cl.lease_until <= now {
            self.lapse(c);
        }
        if self.clients[c].prog.work_at.is_some_and(|t| t <= now) {
            self.work(c);
        }
        if self.clients[c].prog.retry_at.is_some_and(|t| t <= now) {
            self.clients[c].prog.retry_at = None;
            self.recipe_check(c);
        }
    }

    /// Opens a new connection to the next server: resumes the session, or opens one.
    fn connect(&mut self, c: usize) {
        let n = self.servers.len();
        let now = self.now;
        let cl = &mut self.clients[c];
        let server = cl.next_server % n;
        cl.next_server = (server + 1) % n;
        cl.conn += 1;
        cl.link = Link::Connecting {
            server,
            deadline: now + CONNECT_TIMEOUT_MS,
        };
        if cl
            .pending
            .values()
            .any(|p| p.purpose != Purpose::OpenSession)
        {
            cl.needs_check = true;
        }
        cl.pending.clear();
        let (me, to, conn) = (Endpoint::Client(c), Endpoint::Server(server), cl.conn);
        match cl.session {
            Some(session) => {
                let body = Body::Connect {
                    session,
                    last_zxid: cl.last_zxid,
                    zk_watches: cl.zk_watches.keys().cloned().collect(),
                    etcd_watches: cl.etcd_watches.values().cloned().collect(),
                    sent_ms: now,
                };
                self.send(me, to, conn, body);
            }
            None => self.open_session(c, server),
        }
    }

    fn open_session(&mut self, c: usize, server: usize) {
        let op = Op::OpenSession {
            client: c,
            ttl_ms: self.ttl(),
        };
        let cl = &mut self.clients[c];
        let id = cl.next_request;
        cl.next_request += 1;
        let pending = Pending {
            sent_ms: self.now,
            purpose: Purpose::OpenSession,
            watch: None,
        };
        cl.pending.insert(id, pending);
        let body = Body::Request {
            id,
            session: None,
            req: Request::Write(op),
        };
        let conn = cl.conn;
        self.send(Endpoint::Client(c), Endpoint::Server(server), conn, body);
    }

    fn ping(&mut self, c: usize, server: usize) {
        let now = self.now;
        let ttl = self.ttl();
        let cl = &mut self.clients[c];
        let Some(session) = cl.session else { return };
        cl.ping_at = now + ttl / 3;
        let conn = cl.conn;
        let body = Body::Ping {
            session,
            sent_ms: now,
        };
        self.send(Endpoint::Client(c), Endpoint::Server(server), conn, body);
    }

    /// Sends a request for the recipe; if the client cannot now, it checks again once
    /// connected.
    pub(crate) fn client_request(&mut self, c: usize, purpose: Purpose, req: Request) {
        let cl = &mut self.clients[c];
        let (Link::Connected { server }, Some(session)) = (cl.link, cl.session) else {
            cl.needs_check = true;
            return;
        };
        let id = cl.next_request;
        cl.next_request += 1;
        let watch = match &req {
            Request::Exists { path, watch: true } => Some((path.clone(), false)),
            Request::Children { path, watch: true } => Some((path.clone(), true)),
            _ => None,
        };
        let pending = Pending {
            sent_ms: self.now,
            purpose,
            watch,
        };
        cl.pending.insert(id, pending);
        let conn = cl.conn;
        if cl.role == ClientRole::Contender {
            if let Some(r) = self.rounds.last_mut() {
                r.requests += 1;
            }
        }
        let body = Body::Request {
            id,
            session: Some(session),
            req,
        };
        self.send(Endpoint::Client(c), Endpoint::Server(server), conn, body);
    }

    pub(crate) fn client_deliver(&mut self, c: usize, m: Message) {
        let Some(cl) = self.clients.get_mut(c) else {
            return;
        };
        if !cl.up {
            self.net.set_fate(m.id, Fate::Down);
        } else if cl.paused_until.is_some() {
            self.net.set_fate(m.id, Fate::Buffered);
            cl.inbox.push(m);
        } else {
            self.client_receive(c, m);
        }
    }

    fn client_receive(&mut self, c: usize, m: Message) {
        if m.from == Endpoint::Storage {
            self.net.set_fate(m.id, Fate::Delivered);
            if let Body::StorageReply {
                accepted: false, ..
            } = m.body
            {
                self.lose_leadership(c, LossReason::Fenced);
                self.recipe_check(c);
            }
            return;
        }
        let cl = &mut self.clients[c];
        let linked = match cl.link {
            Link::Connecting { server, .. } | Link::Connected { server } => {
                m.from == Endpoint::Server(server)
            }
            _ => false,
        };
        if m.conn != cl.conn || !linked || self.net.is_broken(c, m.conn) {
            self.net.set_fate(m.id, Fate::Ignored);
            return;
        }
        self.net.set_fate(m.id, Fate::Delivered);
        cl.last_heard = self.now;
        let Endpoint::Server(server) = m.from else {
            return;
        };
        match m.body {
            Body::NotLeader(hint) => self.not_leader(c, hint),
            Body::Connected { session, echo_ms } => self.connected(c, server, session, echo_ms),
            Body::SessionExpired(session) if self.clients[c].session == Some(session) => {
                self.session_gone(c, server);
            }
            Body::Pong { echo_ms } => self.renewed(c, echo_ms),
            Body::Reply {
                id,
                reply,
                zxid,
                revision,
            } => {
                let cl = &mut self.clients[c];
                cl.last_zxid = cl.last_zxid.max(zxid);
                self.on_reply(c, server, id, reply, (zxid, revision));
            }
            Body::ZkWatch { kind, path, zxid } => self.zk_notify(c, kind, path, zxid),
            Body::EtcdWatch { watch, change } => self.etcd_notify(c, watch, change),
            _ => {}
        }
    }

    fn not_leader(&mut self, c: usize, hint: Option<usize>) {
        let now = self.now;
        let cl = &mut self.clients[c];
        if cl
            .pending
            .values()
            .any(|p| p.purpose != Purpose::OpenSession)
        {
            cl.needs_check = true;
        }
        cl.pending.clear();
        match hint {
            Some(l) => {
                cl.next_server = l;
                self.connect(c);
            }
            None => {
                cl.link = Link::Waiting {
                    until: now + RETRY_MS,
                }
            }
        }
    }

    fn connected(&mut self, c: usize, server: usize, session: SessionId, echo_ms: u64) {
        let now = self.now;
        let ttl = self.ttl();
        let cl = &mut self.clients[c];
        if cl.session != Some(session) {
            return;
        }
        cl.link = Link::Connected { server };
        cl.ping_at = now + ttl / 3;
        self.renewed(c, echo_ms);
        let cl = &mut self.clients[c];
        if cl.needs_check && !cl.lost {
            cl.needs_check = false;
            self.recipe_check(c);
        }
    }

    /// A renewal sent at `sent_ms` was answered: the lease runs a timeout from then.
    fn renewed(&mut self, c: usize, sent_ms: u64) {
        let now = self.now;
        let ttl = self.ttl();
        let cl = &mut self.clients[c];
        cl.lease_until = cl.lease_until.max(sent_ms + ttl);
        if cl.lost && cl.lease_until > now {
            // The ensemble kept the session (a new leader restarted its timer): carry on.
            cl.lost = false;
            cl.needs_check = false;
            self.recipe_check(c);
        }
    }

    fn on_reply(&mut self, c: usize, server: usize, id: u64, reply: Reply, header: (Zxid, u64)) {
        let now = self.now;
        let ttl = self.ttl();
        let cl = &mut self.clients[c];
        let Some(p) = cl.pending.remove(&id) else {
            if let Reply::WatchCompacted(w) = reply {
                cl.etcd_watches.remove(&w);
                self.recipe_check(c);
            }
            return;
        };
        if let Reply::Write(_) = reply {
            let acked = AckedWrite {
                client: c,
                zxid: header.0,
                sent_ms: p.sent_ms,
                acked_ms: now,
            };
            self.push_acked(acked);
        }
        let cl = &mut self.clients[c];
        match (&reply, p.purpose) {
            (Reply::Write(OpResult::SessionOpened(id)), Purpose::OpenSession) => {
                cl.session = Some(*id);
                cl.link = Link::Connected { server };
                cl.lost = false;
                cl.needs_check = false;
                cl.lease_until = p.sent_ms + ttl;
                cl.ping_at = now + ttl / 3;
                self.recipe_start(c);
            }
            (Reply::Write(OpResult::SessionExpired), _) => self.session_gone(c, server),
            _ => {
                self.note_watch(c, &p, &reply, header.0);
                self.recipe_reply(c, p.purpose, reply, header);
            }
        }
    }

    /// A ZooKeeper read with a watch was answered: the watch is in place from that zxid.
    fn note_watch(&mut self, c: usize, p: &Pending, reply: &Reply, zxid: Zxid) {
        let cl = &mut self.clients[c];
        let Some((path, child)) = p.watch.clone() else {
            return;
        };
        let class = match (reply, child) {
            (Reply::Children(_), true) => WatchClass::Child,
            (Reply::Exists(Some(_)), false) => WatchClass::Data,
            (Reply::Exists(None), false) => WatchClass::Exist,
            _ => return,
        };
        // `exists` leaves one watch whether the znode is there or not.
        if class != WatchClass::Child {
            cl.zk_watches.remove(&(WatchClass::Data, path.clone()));
            cl.zk_watches.remove(&(WatchClass::Exist, path.clone()));
        }
        cl.zk_watches.insert((class, path), zxid);
    }

    /// The ensemble says the session is gone: drop everything it held and open a new one
    /// on this connection.
    fn session_gone(&mut self, c: usize, server: usize) {
        let now = self.now;
        let cl = &mut self.clients[c];
        let Some(session) = cl.session.take() else {
            return;
        };
        self.happen(Happening::ClientSawExpiry { client: c, session });
        self.lose_leadership(c, LossReason::SessionExpired);
        let cl = &mut self.clients[c];
        cl.lost = false;
        cl.needs_check = false;
        cl.pending.clear();
        cl.zk_watches.clear();
        cl.etcd_watches.clear();
        cl.link = Link::Connecting {
            server,
            deadline: now + CONNECT_TIMEOUT_MS,
        };
        self.recipe_reset(c);
        self.open_session(c, server);
    }

    fn lapse(&mut self, c: usize) {
        self.clients[c].lost = true;
        self.happen(Happening::LeaseLapsed(c));
        self.lose_leadership(c, LossReason::LeaseLapsed);
    }

    pub(crate) fn lose_leadership(&mut self, c: usize, reason: LossReason) {
        let prog = &mut self.clients[c].prog;
        if prog.leader {
            prog.leader = false;
            prog.work_at = None;
            self.happen(Happening::LostLeadership { client: c, reason });
        }
    }

    /// The leader's periodic work: check the lease, then write with the fencing token.
    fn work(&mut self, c: usize) {
        let cl = &mut self.clients[c];
        if cl.prog.leader && !cl.lost {
            cl.prog.work_at = Some(self.now + WORK_INTERVAL_MS);
            self.storage_write(c);
        } else {
            cl.prog.work_at = None;
        }
    }

    pub(crate) fn storage_write(&mut self, c: usize) {
        let prog = &mut self.clients[c].prog;
        let Some(token) = prog.token else { return };
        prog.writes += 1;
        let body = Body::StorageWrite {
            token,
            value: prog.writes,
        };
        self.send(Endpoint::Client(c), Endpoint::Storage, 0, body);
    }

    // ----- pauses and crashes -----

    pub(crate) fn pause_client(&mut self, c: usize, ms: u64) -> Result<(), Refusal> {
        let now = self.now;
        let cl = self.clients.get_mut(c).ok_or(Refusal::NoSuchClient)?;
        if !cl.up {
            return Err(Refusal::ClientDown);
        }
        if ms == 0 {
            return Err(Refusal::ZeroPause);
        }
        let until = now + ms.min(MAX_PAUSE_MS);
        if cl.paused_until.is_none() {
            // It froze right after checking its lease, about to write.
            cl.interrupted = cl.prog.leader && !cl.lost;
        }
        let until = cl.paused_until.map_or(until, |u| u.max(until));
        cl.paused_until = Some(until);
        self.happen(Happening::ClientPaused {
            client: c,
            until_ms: until,
        });
        Ok(())
    }

    fn wake(&mut self, c: usize) {
        let cl = &mut self.clients[c];
        cl.paused_until = None;
        let interrupted = std::mem::take(&mut cl.interrupted);
        let inbox = std::mem::take(&mut cl.inbox);
        self.happen(Happening::ClientWoke(c));
        if interrupted && self.clients[c].prog.leader {
            // The write it was about to make goes out first, with the token it holds.
            self.clients[c].prog.work_at = Some(self.now + WORK_INTERVAL_MS);
            self.storage_write(c);
        }
        for m in inbox {
            if !self.clients[c].up || self.clients[c].paused_until.is_some() {
                break;
            }
            self.client_receive(c, m);
        }
    }

    pub(crate) fn crash_client(&mut self, c: usize) -> Result<(), Refusal> {
        let cl = self.clients.get_mut(c).ok_or(Refusal::NoSuchClient)?;
        if !cl.up {
            return Err(Refusal::ClientAlready);
        }
        let registered = cl.role == ClientRole::Service && cl.prog.registered;
        self.lose_leadership(c, LossReason::Crashed);
        let cl = &mut self.clients[c];
        cl.up = false;
        cl.link = Link::Down;
        cl.paused_until = None;
        cl.inbox.clear();
        let me = Endpoint::Client(c);
        self.net
            .drop_where(|m| m.from == me || m.to == me, Fate::Down);
        if registered {
            self.departures.push(Departure {
                client: c,
                path: super::service_path(c),
                down_ms: Some(self.now),
                removed_ms: None,
                seen_ms: None,
            });
            self.trim_departures();
        }
        self.happen(Happening::ClientCrashed(c));
        Ok(())
    }

    pub(crate) fn restart_client(&mut self, c: usize) -> Result<(), Refusal> {
        let n = self.servers.len();
        let first = rand::Rng::random_range(&mut self.rng, 0..n);
        let now = self.now;
        let cl = self.clients.get_mut(c).ok_or(Refusal::NoSuchClient)?;
        if cl.up {
            return Err(Refusal::ClientAlready);
        }
        let conn = cl.conn;
        *cl = Client::new(cl.role, first, now);
        cl.conn = conn;
        self.happen(Happening::ClientRestarted(c));
        Ok(())
    }

    pub(crate) fn trim_departures(&mut self) {
        let excess = self.departures.len().saturating_sub(super::RECORDS_LEN);
        self.departures.drain(..excess);
    }
}
