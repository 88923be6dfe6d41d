//! The messages between clients, servers and the storage service, and the network that
//! carries them.
//!
//! Every message takes a random delay from the seeded generator (longer between clients and
//! the ensemble than inside it). On one link, in one direction, messages arrive in the order
//! they were sent, as on a TCP connection. A cut link loses what is sent on it and what was on
//! it when it was cut; a crash breaks its connections, so what is in flight to or from the
//! crashed process is lost too. Every message is kept for a while as a [`Trace`], with its
//! send and delivery times, for the timeline.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use rand::Rng;

use super::store::{Change, Op, OpResult, Znode};
use super::types::{Endpoint, SessionId, WatchClass, ZkEventKind, Zxid};
use crate::rng::SimRng;

/// The shortest one-way delay between a client (or the storage) and a server, in ms.
pub const CLIENT_DELAY_MIN_MS: u64 = 100;
/// The longest one-way delay between a client (or the storage) and a server, in ms.
pub const CLIENT_DELAY_MAX_MS: u64 = 300;
/// The shortest one-way delay between two servers of the ensemble, in ms.
pub const SERVER_DELAY_MIN_MS: u64 = 50;
/// The longest one-way delay between two servers of the ensemble, in ms.
pub const SERVER_DELAY_MAX_MS: u64 = 150;
/// How long the timeline keeps a message after it arrived, in ms.
pub const TIMELINE_KEEP_MS: u64 = 60_000;
/// The most messages the timeline keeps.
pub const TIMELINE_CAP: usize = 4_000;

/// One entry of a server's log: a command and the zxid the leader stamped on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    /// Its zxid; the epoch part is the Raft term of the entry.
    pub zxid: Zxid,
    /// The command.
    pub op: Op,
    /// The client request it answers, if any: (client, request id).
    pub origin: Option<(usize, u64)>,
}

/// An etcd watch as the client asks for it (again, after a reconnection).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EtcdWatchSpec {
    /// The client's id for the watch.
    pub id: u32,
    /// The key, or the prefix.
    pub key: String,
    /// Whether `key` is a prefix.
    pub prefix: bool,
    /// Report changes from this revision on (older ones are replayed from history).
    pub from_rev: u64,
}

/// A client's request to the ensemble.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// A command for the log: it is answered once a majority stores it.
    Write(Op),
    /// ZooKeeper `exists(path, watch)`: is it there (and set a one-shot watch).
    Exists {
        /// The path.
        path: String,
        /// Whether to leave a watch.
        watch: bool,
    },
    /// ZooKeeper `getChildren(path, watch)` / etcd `Range(prefix)`.
    Children {
        /// The parent path or prefix.
        path: String,
        /// Whether to leave a one-shot child watch (ZooKeeper).
        watch: bool,
    },
    /// etcd `Watch`: stream every change of a key or prefix from a revision.
    Watch(EtcdWatchSpec),
    /// etcd: cancel a watch.
    CancelWatch(u32),
}

/// The answer to a [`Request`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// The result of a committed command.
    Write(OpResult),
    /// `exists`: the znode if present.
    Exists(Option<Znode>),
    /// `getChildren` / `Range`: the children with their stats, in name order.
    Children(Vec<(String, Znode)>),
    /// The watch is in place (its old events, if any, follow).
    WatchCreated(u32),
    /// The revision asked for was compacted away: the client must read again.
    WatchCompacted(u32),
    /// The watch is gone.
    WatchCanceled(u32),
}

/// What a message carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// Client → server: resume an open session on a new connection, re-registering the
    /// client's watches (ZooKeeper's `SetWatches` relative to the last zxid it saw).
    Connect {
        /// The session to resume.
        session: SessionId,
        /// The last zxid the client saw.
        last_zxid: Zxid,
        /// Its outstanding one-shot watches.
        zk_watches: Vec<(WatchClass, String)>,
        /// Its etcd watches, each from the next revision it has not seen.
        etcd_watches: Vec<EtcdWatchSpec>,
        /// When the client sent it (echoed back).
        sent_ms: u64,
    },
    /// Client → server: a request, with the client's id for it.
    Request {
        /// The client's request id.
        id: u64,
        /// The session it runs in (`None` only to open one).
        session: Option<SessionId>,
        /// What is asked.
        req: Request,
    },
    /// Client → server: ZooKeeper ping / etcd `LeaseKeepAlive`.
    Ping {
        /// The session or lease.
        session: SessionId,
        /// When the client sent it (echoed back).
        sent_ms: u64,
    },
    /// Server → client: the session is resumed on this connection.
    Connected {
        /// The session.
        session: SessionId,
        /// When the client sent its Connect.
        echo_ms: u64,
    },
    /// Server → client: the session or lease no longer exists.
    SessionExpired(SessionId),
    /// Server → client: this server cannot serve clients now; the leader it knows of, if any
    /// (etcd: "etcdserver: no leader"; a ZooKeeper server without quorum drops clients).
    NotLeader(Option<usize>),
    /// Server → client: the answer to a request.
    Reply {
        /// The request id.
        id: u64,
        /// The answer.
        reply: Reply,
        /// The server's last applied zxid.
        zxid: Zxid,
        /// The store's revision (etcd's response header).
        revision: u64,
    },
    /// Server → client: the session was renewed.
    Pong {
        /// When the client sent the ping.
        echo_ms: u64,
    },
    /// Server → client: a ZooKeeper watch fired (and is gone).
    ZkWatch {
        /// The event type.
        kind: ZkEventKind,
        /// The znode.
        path: String,
        /// The zxid of the change it reports.
        zxid: Zxid,
    },
    /// Server → client: one event on an etcd watch stream.
    EtcdWatch {
        /// The watch.
        watch: u32,
        /// The change.
        change: Change,
    },
    /// Leader → follower: Raft AppendEntries / ZAB proposal and commit in one; empty, a heartbeat.
    Append {
        /// The leader's epoch (term).
        epoch: u64,
        /// How many entries precede `entries` in the leader's log.
        prev_len: usize,
        /// The epoch of the entry just before them (0 if none).
        prev_epoch: u64,
        /// The entries to store.
        entries: Vec<LogEntry>,
        /// How many entries the leader knows are committed.
        commit: usize,
    },
    /// Follower → leader: the answer to Append.
    AppendReply {
        /// The follower's epoch.
        epoch: u64,
        /// Whether the entries were stored.
        ok: bool,
        /// On success, how many entries match the leader's; on failure, where to retry from.
        len: usize,
    },
    /// Candidate → server: vote for me in this epoch.
    VoteRequest {
        /// The candidate's new epoch.
        epoch: u64,
        /// The epoch of its last log entry.
        last_epoch: u64,
        /// Its log length.
        last_len: usize,
    },
    /// Would-be candidate → server: would you vote for me in `epoch` (Raft's PreVote)? Nothing
    /// changes unless a majority says yes, so failed attempts do not inflate the epoch.
    PreVote {
        /// The epoch it would stand in (its own plus one).
        epoch: u64,
        /// The epoch of its last log entry.
        last_epoch: u64,
        /// Its log length.
        last_len: usize,
    },
    /// Server → would-be candidate: the answer to PreVote.
    PreVoteReply {
        /// The answering server's epoch.
        epoch: u64,
        /// The epoch the question was about.
        for_epoch: u64,
        /// Whether it would vote yes.
        granted: bool,
    },
    /// Server → candidate: the vote.
    Vote {
        /// The voter's epoch.
        epoch: u64,
        /// Whether the vote was granted.
        granted: bool,
    },
    /// Client → storage: a write carrying the writer's fencing token.
    StorageWrite {
        /// The fencing token.
        token: u64,
        /// The value written.
        value: u64,
    },
    /// Storage → client: whether the write was taken.
    StorageReply {
        /// The token the write carried.
        token: u64,
        /// Whether it was taken.
        accepted: bool,
    },
}

/// The command of a write request or the kind of a read, for the timeline's labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestKind {
    /// `createSession` / `LeaseGrant`.
    OpenSession,
    /// `create`.
    Create,
    /// etcd put-if-absent transaction.
    PutIfAbsent,
    /// etcd put.
    Put,
    /// Any other log command.
    Other,
    /// `exists`.
    Exists,
    /// `getChildren` / `Range`.
    Children,
    /// etcd `Watch`.
    Watch,
    /// etcd watch cancel.
    Cancel,
}

/// The kind of message, for drawing the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    /// Client resumes its session.
    Connect,
    /// Session resumed.
    Connected,
    /// Session or lease gone.
    Expired,
    /// "Not the leader" / "no leader".
    NotLeader,
    /// A request.
    Request(RequestKind),
    /// Its answer (`true` if a write committed).
    Reply(bool),
    /// Session ping / lease keep-alive.
    Ping,
    /// Its answer.
    Pong,
    /// A watch notification.
    Notify,
    /// Leader to follower, with how many entries.
    Append(usize),
    /// Follower's answer.
    AppendReply(bool),
    /// A would-be candidate's PreVote question.
    PreVote,
    /// Its answer.
    PreVoteReply(bool),
    /// A candidate's vote request.
    VoteRequest,
    /// A vote, granted or not.
    Vote(bool),
    /// A write to the storage with a token.
    StorageWrite(u64),
    /// The storage's answer.
    StorageReply(bool),
}

impl Body {
    /// The message's kind for the timeline.
    pub fn kind(&self) -> MessageKind {
        match self {
            Body::Connect { .. } => MessageKind::Connect,
            Body::Connected { .. } => MessageKind::Connected,
            Body::SessionExpired(_) => MessageKind::Expired,
            Body::NotLeader(_) => MessageKind::NotLeader,
            Body::Request { req, .. } => MessageKind::Request(request_kind(req)),
            Body::Reply { reply, .. } => MessageKind::Reply(matches!(reply, Reply::Write(_))),
            Body::Ping { .. } => MessageKind::Ping,
            Body::Pong { .. } => MessageKind::Pong,
            Body::ZkWatch { .. } | Body::EtcdWatch { .. } => MessageKind::Notify,
            Body::Append { entries, .. } => MessageKind::Append(entries.len()),
            Body::AppendReply { ok, .. } => MessageKind::AppendReply(*ok),
            Body::PreVote { .. } => MessageKind::PreVote,
            Body::PreVoteReply { granted, .. } => MessageKind::PreVoteReply(*granted),
            Body::VoteRequest { .. } => MessageKind::VoteRequest,
            Body::Vote { granted, .. } => MessageKind::Vote(*granted),
            Body::StorageWrite { token, .. } => MessageKind::StorageWrite(*token),
            Body::StorageReply { accepted, .. } => MessageKind::StorageReply(*accepted),
        }
    }
}

fn request_kind(req: &Request) -> RequestKind {
    match req {
        Request::Write(Op::OpenSession { .. }) => RequestKind::OpenSession,
        Request::Write(Op::Create { .. }) => RequestKind::Create,
        Request::Write(Op::PutIfAbsent { .. }) => RequestKind::PutIfAbsent,
        Request::Write(Op::Put { .. }) => RequestKind::Put,
        Request::Write(_) => RequestKind::Other,
        Request::Exists { .. } => RequestKind::Exists,
        Request::Children { .. } => RequestKind::Children,
        Request::Watch(_) => RequestKind::Watch,
        Request::CancelWatch(_) => RequestKind::Cancel,
    }
}

/// A message on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Unique, in sending order.
    pub id: u64,
    /// Sender.
    pub from: Endpoint,
    /// Receiver.
    pub to: Endpoint,
    /// When it was sent.
    pub sent_ms: u64,
    /// When it arrives.
    pub deliver_ms: u64,
    /// The client connection it belongs to (0 between servers): replies on an old connection
    /// are ignored, as a closed TCP connection delivers nothing.
    pub conn: u32,
    /// What it carries.
    pub body: Body,
}

/// What became of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// Still on its way.
    InFlight,
    /// Arrived and was handled.
    Delivered,
    /// Arrived at a paused process: waits in its socket until it wakes.
    Buffered,
    /// Arrived on a connection the receiver had already closed, and was ignored.
    Ignored,
    /// Lost on a cut link.
    Cut,
    /// Lost because its sender or receiver was down.
    Down,
}

/// A message as the timeline shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trace {
    /// The message id.
    pub id: u64,
    /// Sender.
    pub from: Endpoint,
    /// Receiver.
    pub to: Endpoint,
    /// When it was sent.
    pub sent_ms: u64,
    /// When it arrives (or would have).
    pub deliver_ms: u64,
    /// What kind it is.
    pub kind: MessageKind,
    /// What became of it.
    pub fate: Fate,
}

fn link_key(a: Endpoint, b: Endpoint) -> (Endpoint, Endpoint) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// The network: messages in flight, cut links and the timeline's traces.
#[derive(Debug, Clone, Default)]
pub(crate) struct Network {
    in_flight: Vec<Message>,
    next_id: u64,
    cut: BTreeSet<(Endpoint, Endpoint)>,
    fifo: BTreeMap<(Endpoint, Endpoint), u64>,
    traces: VecDeque<Trace>,
    broken: BTreeSet<(usize, u32)>,
}

impl Network {
    /// Whether the link between `a` and `b` is cut.
    pub fn is_cut(&self, a: Endpoint, b: Endpoint) -> bool {
        self.cut.contains(&link_key(a, b))
    }

    /// Cuts (`true`) or heals the link between `a` and `b`; in-flight messages on a cut
    /// link are lost, and the client connections they belonged to are broken.
    pub fn set_cut(&mut self, a: Endpoint, b: Endpoint, cut: bool) {
        if cut {
            self.cut.insert(link_key(a, b));
            let lost: Vec<(Endpoint, Endpoint, u32)> = self
                .in_flight
                .iter()
                .filter(|m| link_key(m.from, m.to) == link_key(a, b))
                .map(|m| (m.from, m.to, m.conn))
                .collect();
            for route in lost {
                self.break_connection(route);
            }
            self.drop_where(|m| link_key(m.from, m.to) == link_key(a, b), Fate::Cut);
        } else {
            self.cut.remove(&link_key(a, b));
        }
    }

    /// A connection that lost a message is broken for good: TCP would have retransmitted or
    /// reset it, never skipped a message and carried on. The client hears nothing more on
    /// it, times out and reconnects.
    fn break_connection(&mut self, route: (Endpoint, Endpoint, u32)) {
        match route {
            (Endpoint::Client(c), Endpoint::Server(_), conn)
            | (Endpoint::Server(_), Endpoint::Client(c), conn) => {
                self.broken.insert((c, conn));
            }
            _ => {}
        }
    }

    /// Whether client `c`'s connection `conn` is broken.
    pub fn is_broken(&self, c: usize, conn: u32) -> bool {
        self.broken.contains(&(c, conn))
    }

    /// Whether any link is cut.
    pub fn any_cut(&self) -> bool {
        !self.cut.is_empty()
    }

    /// Heals every link.
    pub fn heal(&mut self) {
        self.cut.clear();
    }

    /// Sends a message; it is lost at once on a cut link.
    pub fn send(
        &mut self,
        rng: &mut SimRng,
        now: u64,
        route: (Endpoint, Endpoint, u32),
        body: Body,
    ) {
        let (from, to, conn) = route;
        let (lo, hi) = match (from, to) {
            (Endpoint::Server(_), Endpoint::Server(_)) => {
                (SERVER_DELAY_MIN_MS, SERVER_DELAY_MAX_MS)
            }
            _ => (CLIENT_DELAY_MIN_MS, CLIENT_DELAY_MAX_MS),
        };
        let earliest = now + rng.random_range(lo..=hi);
        let last = self.fifo.get(&(from, to)).copied().unwrap_or(0);
        let deliver_ms = earliest.max(last + 1);
        self.fifo.insert((from, to), deliver_ms);
        let id = self.next_id;
        self.next_id += 1;
        let fate = if self.is_cut(from, to) {
            self.break_connection(route);
            Fate::Cut
        } else {
            Fate::InFlight
        };
        self.traces.push_back(Trace {
            id,
            from,
            to,
            sent_ms: now,
            deliver_ms,
            kind: body.kind(),
            fate,
        });
        if fate == Fate::InFlight {
            self.in_flight.push(Message {
                id,
                from,
                to,
                sent_ms: now,
                deliver_ms,
                conn,
                body,
            });
        }
        self.prune(now);
    }

    /// When the next message arrives.
    pub fn next_delivery(&self) -> Option<u64> {
        self.in_flight.iter().map(|m| m.deliver_ms).min()
    }

    /// Takes the earliest message due by `now` (ties: the first sent).
    pub fn pop_due(&mut self, now: u64) -> Option<Message> {
        let i = self
            .in_flight
            .iter()
            .enumerate()
            .filter(|(_, m)| m.deliver_ms <= now)
            .min_by_key(|(_, m)| (m.deliver_ms, m.id))
            .map(|(i, _)| i)?;
        Some(self.in_flight.remove(i))
    }

    /// Loses every message in flight that `pred` picks.
    pub fn drop_where(&mut self, pred: impl Fn(&Message) -> bool, fate: Fate) {
        let (lost, kept): (Vec<Message>, Vec<Message>) = std::mem::take(&mut self.in_flight)
            .into_iter()
            .partition(|m| pred(m));
        self.in_flight = kept;
        for m in lost {
            self.set_fate(m.id, fate);
        }
    }

    /// Records what became of message `id`.
    pub fn set_fate(&mut self, id: u64, fate: Fate) {
        if let Ok(i) = self.traces.binary_search_by_key(&id, |t| t.id) {
            self.traces[i].fate = fate;
        }
    }

    /// The messages in flight.
    pub fn in_flight(&self) -> &[Message] {
        &self.in_flight
    }

    /// The timeline's messages, oldest first.
    pub fn traces(&self) -> &VecDeque<Trace> {
        &self.traces
    }

    fn prune(&mut self, now: u64) {
        while let Some(front) = self.traces.front() {
            let old = front.fate != Fate::InFlight
                && front.deliver_ms.saturating_add(TIMELINE_KEEP_MS) < now;
            if old || self.traces.len() > TIMELINE_CAP {
                self.traces.pop_front();
            } else {
                break;
            }
        }
    }
}
