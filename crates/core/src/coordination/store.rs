//! The replicated state machine: what every server builds by applying the committed log in
//! order. One store serves both flavours: a ZooKeeper znode tree (a path's parent must exist,
//! sequential names take the parent's child-version counter) and etcd's flat key space (keys
//! with create and modify revisions). Sessions and leases are the same thing here: a client's
//! liveness handle that ephemeral znodes and leased keys hang off.

use std::collections::BTreeMap;

use super::types::{ChangeKind, SessionId, Zxid};

/// How many changes a store keeps for etcd watches that start from an old revision; older
/// ones are compacted away, as etcd's compaction does.
pub const HISTORY_LEN: usize = 1_000;

/// The first session (lease) id handed out; ids grow by one from there.
pub const FIRST_SESSION_ID: SessionId = 0x1001;

/// A znode (ZooKeeper) or a key-value pair (etcd), with both systems' version stamps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Znode {
    /// Its data (here a small number, e.g. the owner's client number).
    pub value: u64,
    /// ZooKeeper's `czxid`: the zxid that created it.
    pub czxid: Zxid,
    /// ZooKeeper's `mzxid`: the zxid that last changed it.
    pub mzxid: Zxid,
    /// ZooKeeper's `pzxid`: the zxid that last added or removed a child.
    pub pzxid: Zxid,
    /// etcd's `create_revision`: the store revision that created the key.
    pub create_rev: u64,
    /// etcd's `mod_revision`: the store revision that last changed the key.
    pub mod_rev: u64,
    /// How many times its data changed since creation (etcd counts from 1).
    pub version: u64,
    /// ZooKeeper's `cversion`: how many child creations and deletions it has seen; sequential
    /// children take this number as their suffix.
    pub cversion: u64,
    /// The session (lease) it belongs to: ephemeral znode or leased key; `None` if persistent.
    pub owner: Option<SessionId>,
}

/// A session (lease) as the replicated state records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionInfo {
    /// The client that opened it.
    pub client: usize,
    /// Its timeout (TTL) in ms.
    pub ttl_ms: u64,
}

/// A state-machine command, as the leader puts it in the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// A new leader's first entry (ZAB's NEWLEADER, Raft's no-op): once it is stored on a
    /// majority, everything before it is committed too.
    NewEpoch,
    /// ZooKeeper `createSession` / etcd `LeaseGrant`.
    OpenSession {
        /// The client asking.
        client: usize,
        /// Its timeout (TTL) in ms.
        ttl_ms: u64,
    },
    /// ZooKeeper `closeSession` / etcd `LeaseRevoke`, proposed by the leader when a session's
    /// timer runs out: deletes every ephemeral znode (leased key) of the session.
    CloseSession {
        /// The session or lease.
        session: SessionId,
    },
    /// ZooKeeper `create`: fails if the znode exists or its parent does not.
    Create {
        /// The path (for a sequential znode, the prefix the number is appended to).
        path: String,
        /// Its data.
        value: u64,
        /// The session that owns it if ephemeral.
        owner: Option<SessionId>,
        /// Whether to append the parent's 10-digit counter to the name.
        sequential: bool,
    },
    /// etcd `Txn(If(CreateRevision(key) = 0), Then(Put(key, lease)), Else(Get(key)))`:
    /// compare-and-swap that creates the key only if it is absent.
    PutIfAbsent {
        /// The key.
        key: String,
        /// Its value.
        value: u64,
        /// The lease it is attached to.
        lease: Option<SessionId>,
    },
    /// etcd `Put`: creates or overwrites the key and attaches it to the lease.
    Put {
        /// The key.
        key: String,
        /// Its value.
        value: u64,
        /// The lease it is attached to.
        lease: Option<SessionId>,
    },
}

/// What applying a command gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpResult {
    /// Done, nothing to report (the epoch entry, a session close).
    Done,
    /// A session or lease now exists.
    SessionOpened(SessionId),
    /// The znode or key was created at this path.
    Created {
        /// The full path (with the sequence number for a sequential znode).
        path: String,
        /// The node as created.
        node: Znode,
    },
    /// A put overwrote an existing key.
    Updated {
        /// The key.
        path: String,
        /// The node after the write.
        node: Znode,
    },
    /// Create or put-if-absent found the path taken (etcd's Else branch returns the key).
    Exists {
        /// The path.
        path: String,
        /// The node there.
        node: Znode,
    },
    /// The parent znode does not exist.
    NoNode,
    /// The owning session or lease is no longer open.
    SessionExpired,
}

/// One committed change to a znode or key, as watches report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The path or key.
    pub path: String,
    /// What happened to it.
    pub kind: ChangeKind,
    /// The zxid of the command that made it.
    pub zxid: Zxid,
    /// The etcd revision it made.
    pub revision: u64,
    /// The node's value after the change (before it, for a deletion).
    pub value: u64,
    /// The create revision of the node involved.
    pub create_rev: u64,
    /// The zxid that created the node involved.
    pub czxid: Zxid,
    /// The client whose session owned the node, if any.
    pub client: Option<usize>,
}

/// The replicated state: znodes or keys, sessions or leases, version counters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    nodes: BTreeMap<String, Znode>,
    sessions: BTreeMap<SessionId, SessionInfo>,
    next_session: SessionId,
    revision: u64,
    last_zxid: Zxid,
    history: Vec<Change>,
    compacted: u64,
}

impl Default for Store {
    fn default() -> Self {
        Store {
            nodes: BTreeMap::new(),
            sessions: BTreeMap::new(),
            next_session: FIRST_SESSION_ID,
            revision: 1,
            last_zxid: Zxid::default(),
            history: Vec::new(),
            compacted: 0,
        }
    }
}

/// The parent path of a ZooKeeper path ("" for a child of the root).
pub fn parent_of(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..i])
}

impl Store {
    /// The znode or key at `path`.
    pub fn get(&self, path: &str) -> Option<&Znode> {
        self.nodes.get(path)
    }

    /// Every znode or key, in path order.
    pub fn nodes(&self) -> impl Iterator<Item = (&String, &Znode)> {
        self.nodes.iter()
    }

    /// The direct children of `parent` (ZooKeeper `getChildren`; for etcd, the keys under the
    /// prefix `parent/`), in name order.
    pub fn children(&self, parent: &str) -> Vec<(String, Znode)> {
        let prefix = format!("{parent}/");
        self.nodes
            .range(prefix.clone()..)
            .take_while(|(p, _)| p.starts_with(&prefix))
            .filter(|(p, _)| !p[prefix.len()..].contains('/'))
            .map(|(p, n)| (p.clone(), n.clone()))
            .collect()
    }

    /// The open sessions (leases).
    pub fn sessions(&self) -> &BTreeMap<SessionId, SessionInfo> {
        &self.sessions
    }

    /// Whether `session` is open.
    pub fn session_open(&self, session: SessionId) -> bool {
        self.sessions.contains_key(&session)
    }

    /// etcd's current revision: 1 for an empty store, +1 for every command that changed a key.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The zxid of the last command applied.
    pub fn last_zxid(&self) -> Zxid {
        self.last_zxid
    }

    /// The changes still kept for watches, oldest first.
    pub fn history(&self) -> &[Change] {
        &self.history
    }

    /// Revisions up to this one have been compacted away (0: none).
    pub fn compacted(&self) -> u64 {
        self.compacted
    }

    /// Applies one committed command stamped `zxid`; returns its result and the changes it made.
    pub fn apply(&mut self, op: &Op, zxid: Zxid) -> (OpResult, Vec<Change>) {
        self.last_zxid = self.last_zxid.max(zxid);
        let (result, changes) = match op {
            Op::NewEpoch => (OpResult::Done, Vec::new()),
            Op::OpenSession { client, ttl_ms } => {
                let id = self.next_session;
                self.next_session += 1;
                let info = SessionInfo {
                    client: *client,
                    ttl_ms: *ttl_ms,
                };
                self.sessions.insert(id, info);
                (OpResult::SessionOpened(id), Vec::new())
            }
            Op::CloseSession { session } => (OpResult::Done, self.close(*session, zxid)),
            Op::Create {
                path,
                value,
                owner,
                sequential,
            } => self.create(path, *value, *owner, *sequential, zxid),
            Op::PutIfAbsent { key, value, lease } => match self.nodes.get(key) {
                Some(node) => (
                    OpResult::Exists {
                        path: key.clone(),
                        node: node.clone(),
                    },
                    Vec::new(),
                ),
                None => self.put(key, *value, *lease, zxid),
            },
            Op::Put { key, value, lease } => self.put(key, *value, *lease, zxid),
        };
        self.record(&changes);
        (result, changes)
    }

    fn record(&mut self, changes: &[Change]) {
        self.history.extend(changes.iter().cloned());
        if self.history.len() > HISTORY_LEN {
            let cut = self.history.len() - HISTORY_LEN;
            self.compacted = self.history[cut - 1].revision;
            self.history.drain(..cut);
        }
    }

    fn owner_client(&self, owner: Option<SessionId>) -> Option<usize> {
        owner.and_then(|s| self.sessions.get(&s)).map(|i| i.client)
    }

    fn close(&mut self, session: SessionId, zxid: Zxid) -> Vec<Change> {
        let client = self.owner_client(Some(session));
        let gone: Vec<String> = self
            .nodes
            .iter()
            .filter(|(_, n)| n.owner == Some(session))
            .map(|(p, _)| p.clone())
            .collect();
        if !gone.is_empty() {
            self.revision += 1;
        }
        let mut changes = Vec::new();
        for path in gone {
            if let Some(node) = self.nodes.remove(&path) {
                self.touch_parent(&path, zxid);
                changes.push(Change {
                    path,
                    kind: ChangeKind::Deleted,
                    zxid,
                    revision: self.revision,
                    value: node.value,
                    create_rev: node.create_rev,
                    czxid: node.czxid,
                    client,
                });
            }
        }
        self.sessions.remove(&session);
        changes
    }

    fn touch_parent(&mut self, path: &str, zxid: Zxid) {
        if let Some(parent) = self.nodes.get_mut(parent_of(path)) {
            parent.cversion += 1;
            parent.pzxid = zxid;
        }
    }

    fn new_node(&self, value: u64, owner: Option<SessionId>, zxid: Zxid) -> Znode {
        Znode {
            value,
            czxid: zxid,
            mzxid: zxid,
            pzxid: zxid,
            create_rev: self.revision,
            mod_rev: self.revision,
            version: 1,
            cversion: 0,
            owner,
        }
    }

    fn create(
        &mut self,
        path: &str,
        value: u64,
        owner: Option<SessionId>,
        sequential: bool,
        zxid: Zxid,
    ) -> (OpResult, Vec<Change>) {
        let parent = parent_of(path);
        let seq = match self.nodes.get(parent) {
            Some(p) => p.cversion,
            None if parent.is_empty() => 0,
            None => return (OpResult::NoNode, Vec::new()),
        };
        let full = if sequential {
            format!("{path}{seq:010}")
        } else {
            path.to_string()
        };
        if let Some(node) = self.nodes.get(&full) {
            let result = OpResult::Exists {
                path: full,
                node: node.clone(),
            };
            return (result, Vec::new());
        }
        if owner.is_some_and(|s| !self.session_open(s)) {
            return (OpResult::SessionExpired, Vec::new());
        }
        self.revision += 1;
        let node = self.new_node(value, owner, zxid);
        self.nodes.insert(full.clone(), node.clone());
        self.touch_parent(&full, zxid);
        let change = self.change(&full, ChangeKind::Created, &node, zxid);
        (OpResult::Created { path: full, node }, vec![change])
    }

    fn change(&self, path: &str, kind: ChangeKind, node: &Znode, zxid: Zxid) -> Change {
        Change {
            path: path.to_string(),
            kind,
            zxid,
            revision: self.revision,
            value: node.value,
            create_rev: node.create_rev,
            czxid: node.czxid,
            client: self.owner_client(node.owner),
        }
    }

    fn put(
        &mut self,
        key: &str,
        value: u64,
        lease: Option<SessionId>,
        zxid: Zxid,
    ) -> (OpResult, Vec<Change>) {
        if lease.is_some_and(|s| !self.session_open(s)) {
            return (OpResult::SessionExpired, Vec::new());
        }
        self.revision += 1;
        let revision = self.revision;
        let existing = self.nodes.get(key).cloned();
        let (node, kind) = match existing {
            Some(old) => {
                let node = Znode {
                    value,
                    mzxid: zxid,
                    mod_rev: revision,
                    version: old.version + 1,
                    owner: lease,
                    ..old
                };
                (node, ChangeKind::DataChanged)
            }
            None => (self.new_node(value, lease, zxid), ChangeKind::Created),
        };
        self.nodes.insert(key.to_string(), node.clone());
        if kind == ChangeKind::Created {
            self.touch_parent(key, zxid);
        }
        let change = self.change(key, kind, &node, zxid);
        let path = key.to_string();
        let result = match kind {
            ChangeKind::Created => OpResult::Created { path, node },
            _ => OpResult::Updated { path, node },
        };
        (result, vec![change])
    }
}
