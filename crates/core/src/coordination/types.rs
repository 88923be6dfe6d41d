//! Identifiers, version stamps, the settings' choices and the typed record of what happened.

/// One end of a message: a coordination server, an application client, or the storage service
/// that the lock protects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Endpoint {
    /// Coordination server `i` (0-based) of the ensemble.
    Server(usize),
    /// Application client `i` (0-based): a process using the service.
    Client(usize),
    /// The storage service the lock holder writes to, which may check fencing tokens.
    Storage,
}

/// A session (ZooKeeper) or lease (etcd) id: the ensemble's handle on one client's liveness.
pub type SessionId = u64;

/// ZooKeeper's transaction id: the leader's epoch in the high 32 bits and a counter that
/// restarts at 0 with every new epoch in the low 32 bits, so every committed change of the
/// ensemble has a unique, totally ordered stamp.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Zxid {
    /// The epoch of the leader that proposed the change (Raft's term).
    pub epoch: u64,
    /// The change's position within that epoch.
    pub counter: u64,
}

impl Zxid {
    /// The 64-bit zxid ZooKeeper reports, `epoch << 32 | counter`: larger means later.
    pub fn as_u64(self) -> u64 {
        (self.epoch << 32) | (self.counter & 0xffff_ffff)
    }
}

/// Which coordination service the ensemble imitates; the core underneath is the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// ZooKeeper: a tree of znodes, ephemeral and sequential znodes, sessions kept alive by
    /// pings, one-shot watches and zxids.
    ZooKeeper,
    /// etcd: flat keys with revisions, leases with a TTL kept alive by the client, watches
    /// that stream every change from a revision, compare-and-swap transactions, Raft terms.
    Etcd,
}

impl Flavour {
    /// Both flavours, in the selector's order.
    pub const ALL: [Flavour; 2] = [Flavour::ZooKeeper, Flavour::Etcd];

    /// The link's value: "zookeeper" or "etcd".
    pub fn param(self) -> &'static str {
        match self {
            Flavour::ZooKeeper => "zookeeper",
            Flavour::Etcd => "etcd",
        }
    }

    /// The flavour a link names (any case; "zk" also means ZooKeeper).
    pub fn from_param(text: &str) -> Option<Self> {
        let t = text.trim();
        if t.eq_ignore_ascii_case("zk") {
            return Some(Flavour::ZooKeeper);
        }
        Flavour::ALL
            .into_iter()
            .find(|f| f.param().eq_ignore_ascii_case(t))
    }
}

/// What the application's clients use the service for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// Every client runs for leader; the leader holds the lock and writes to the storage
    /// service with its fencing token.
    Election,
    /// All clients but the last register as instances of a service; the last one watches
    /// the registrations, as a load balancer would.
    Discovery,
}

impl Scenario {
    /// Both scenarios, in the selector's order.
    pub const ALL: [Scenario; 2] = [Scenario::Election, Scenario::Discovery];

    /// The link's value: "election" or "discovery".
    pub fn param(self) -> &'static str {
        match self {
            Scenario::Election => "election",
            Scenario::Discovery => "discovery",
        }
    }

    /// The scenario a link names (any case).
    pub fn from_param(text: &str) -> Option<Self> {
        Scenario::ALL
            .into_iter()
            .find(|s| s.param().eq_ignore_ascii_case(text.trim()))
    }
}

/// How the clients run for leader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipe {
    /// Everyone tries to create the one leader node (`put-if-absent` in etcd) and the losers
    /// watch it: when it goes, every loser wakes up at once (the herd effect).
    Herd,
    /// Everyone creates its own sequential node (its own key, ordered by create revision, in
    /// etcd) and watches only its predecessor: when the leader goes, one client wakes up.
    Sequential,
}

impl Recipe {
    /// Both recipes, in the selector's order.
    pub const ALL: [Recipe; 2] = [Recipe::Herd, Recipe::Sequential];

    /// The link's value: "herd" or "sequential".
    pub fn param(self) -> &'static str {
        match self {
            Recipe::Herd => "herd",
            Recipe::Sequential => "sequential",
        }
    }

    /// The recipe a link names (any case).
    pub fn from_param(text: &str) -> Option<Self> {
        Recipe::ALL
            .into_iter()
            .find(|r| r.param().eq_ignore_ascii_case(text.trim()))
    }
}

/// A coordination server's part in the ensemble's own consensus (ZAB or Raft).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerRole {
    /// Replicates the leader's log and votes in elections.
    Follower,
    /// Asking the others for votes for a new epoch (term).
    Candidate,
    /// Orders every write and waits for a majority to store it before committing it.
    Leader,
}

/// What an application client does in the scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientRole {
    /// Runs for leader (holds the lock when elected).
    Contender,
    /// An instance of the "api" service that registers itself.
    Service,
    /// Watches the "api" registrations (a load balancer, say).
    Watcher,
}

/// How a committed change altered a znode or key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// The znode or key came into being.
    Created,
    /// The znode or key was removed (for an ephemeral one: its session ended).
    Deleted,
    /// Its value changed (an etcd put on an existing key).
    DataChanged,
}

/// A ZooKeeper watch as the client asked for it: a one-shot trigger on one znode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WatchClass {
    /// Set by `exists` on a znode that is absent: fires when it is created.
    Exist,
    /// Set by `exists` or `getData` on a znode that is present: fires when it changes or goes.
    Data,
    /// Set by `getChildren`: fires when a child is added or removed (or the znode goes).
    Child,
}

/// The type of a ZooKeeper watch notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZkEventKind {
    /// The watched znode was created.
    NodeCreated,
    /// The watched znode was deleted.
    NodeDeleted,
    /// The watched znode's data changed.
    NodeDataChanged,
    /// A child of the watched znode was created or deleted.
    NodeChildrenChanged,
}

/// Why a client stopped being leader (or lock holder).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LossReason {
    /// Its own clock said its session or lease could have expired: no renewal was
    /// acknowledged for a whole timeout.
    LeaseLapsed,
    /// The ensemble told it the session or lease is gone.
    SessionExpired,
    /// The storage service refused its write: a newer token exists.
    Fenced,
    /// The process crashed.
    Crashed,
}

/// Something notable that happened, for the view to narrate and draw. Times are in the
/// journal beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Happening {
    /// A coordination server crashed (its log is on disk and survives).
    ServerCrashed(usize),
    /// A crashed server came back as a follower.
    ServerRestarted(usize),
    /// A server won a majority of votes and leads `epoch`.
    LeaderElected {
        /// The new leader.
        server: usize,
        /// Its epoch (term).
        epoch: u64,
    },
    /// The new leader's first entry is stored on a majority: it serves clients and restarts
    /// every session's timer.
    LeaderReady {
        /// The leader.
        server: usize,
        /// Its epoch (term).
        epoch: u64,
    },
    /// A leader stepped down: it had not heard from a majority for too long.
    LeaderSteppedDown {
        /// The former leader.
        server: usize,
        /// Its epoch (term).
        epoch: u64,
    },
    /// Fewer than a majority of servers are up and connected: no leader can be elected and
    /// nothing can be written or renewed.
    QuorumLost,
    /// A majority is back: an election can succeed.
    QuorumRegained,
    /// An application client crashed; its session lives on until it times out.
    ClientCrashed(usize),
    /// A crashed client started again, as a new process with no session.
    ClientRestarted(usize),
    /// A client's process froze (a garbage-collection pause or a VM freeze).
    ClientPaused {
        /// The client.
        client: usize,
        /// When it wakes up.
        until_ms: u64,
    },
    /// A paused client runs again, unaware that time passed.
    ClientWoke(usize),
    /// Every link to and from this endpoint was cut.
    Isolated(Endpoint),
    /// Every link is up again.
    NetworkHealed,
    /// The ensemble committed a new session (lease) for a client.
    SessionOpened {
        /// The client.
        client: usize,
        /// The session or lease id.
        session: SessionId,
    },
    /// The ensemble committed the end of a session: its ephemeral znodes (leased keys) are gone.
    SessionExpired {
        /// The client it belonged to.
        client: usize,
        /// The session or lease id.
        session: SessionId,
    },
    /// A client heard from the ensemble that its session is gone.
    ClientSawExpiry {
        /// The client.
        client: usize,
        /// The session or lease id.
        session: SessionId,
    },
    /// A client's own clock ran past its lease with no renewal acknowledged.
    LeaseLapsed(usize),
    /// A znode or key was created.
    NodeCreated {
        /// Its path or key.
        path: String,
        /// The client whose session owns it, if ephemeral or leased.
        client: Option<usize>,
        /// The zxid of the change.
        zxid: Zxid,
        /// The etcd revision of the change.
        revision: u64,
    },
    /// A znode or key was deleted.
    NodeDeleted {
        /// Its path or key.
        path: String,
        /// The client whose session owned it, if any.
        client: Option<usize>,
    },
    /// A client became leader (took the lock) with this fencing token.
    BecameLeader {
        /// The client.
        client: usize,
        /// The zxid (ZooKeeper) or create revision (etcd) of its node: its fencing token.
        token: u64,
    },
    /// A client stopped acting as leader.
    LostLeadership {
        /// The client.
        client: usize,
        /// Why.
        reason: LossReason,
    },
    /// A watch notification reached a client.
    Notified {
        /// The client.
        client: usize,
        /// The path or key it was about.
        path: String,
    },
    /// The storage service decided on a write.
    StorageWrite {
        /// The writer.
        client: usize,
        /// The token it carried.
        token: u64,
        /// Whether the storage took it.
        accepted: bool,
        /// Whether a higher token had already been accepted: taken anyway, that is corruption.
        stale: bool,
    },
    /// The watcher's list of service instances gained one.
    MemberJoined {
        /// The registration's path or key.
        path: String,
    },
    /// The watcher's list of service instances lost one.
    MemberLeft {
        /// The registration's path or key.
        path: String,
    },
    /// The storage service started or stopped checking fencing tokens.
    FencingChanged(bool),
}

/// Why an event changed nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// There is no server with that index.
    NoSuchServer,
    /// There is no client with that index.
    NoSuchClient,
    /// The server is already down (or already up).
    ServerAlready,
    /// The client is already down (or already up).
    ClientAlready,
    /// A crashed client cannot pause.
    ClientDown,
    /// The pause length was zero.
    ZeroPause,
    /// The storage service cannot be isolated: it is not part of the ensemble's network.
    NotIsolatable,
    /// Nothing to heal, or the setting already had that value.
    NoChange,
}
