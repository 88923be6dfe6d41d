//! The recipes the application runs on top of the service: the two leader-election recipes
//! (herd and sequential) in ZooKeeper's and etcd's idiom, and service registration with a
//! watcher.
//!
//! ZooKeeper herd: `create /election/leader` (ephemeral); on `NodeExists`,
//! `exists(/election/leader, watch)`; on `NodeDeleted`, try again. ZooKeeper sequential (the
//! ZooKeeper recipes page): `create /election/n_` (ephemeral, sequential), `getChildren`; the
//! lowest is leader, the others `exists(predecessor, watch)` and look again when it goes.
//! etcd herd: a put-if-absent transaction on `/election/leader` with the lease; on failure,
//! watch the key from the next revision. etcd sequential (the `concurrency` package's
//! `Campaign`): put `/election/<lease id>`, then wait for the key with the next lower create
//! revision to be deleted. After a lost connection a client checks again (finding its own
//! node by its session, as Curator's protected mode does by a unique name).

use std::collections::BTreeSet;

use super::net::{Reply, Request};
use super::store::{Change, Op, OpResult, Znode};
use super::types::{
    ChangeKind, ClientRole, Flavour, Happening, Recipe, SessionId, ZkEventKind, Zxid,
};
use super::{CoordSim, EtcdWatchSpec};

/// The parent of the election nodes.
pub const ELECTION_DIR: &str = "/election";
/// The one leader node of the herd recipe.
pub const LEADER_PATH: &str = "/election/leader";
/// The prefix of the sequential recipe's nodes (ZooKeeper appends 10 digits).
pub const SEQ_PREFIX: &str = "/election/n_";
/// Where service instances register.
pub const SERVICES_DIR: &str = "/services/api";
/// How long a service instance waits before registering again when an old registration of
/// its name (from a previous process) is still there.
pub const REGISTER_RETRY_MS: u64 = 1_000;

/// The registration path of service instance `client` (0-based): `/services/api/c1` for
/// the first.
pub fn service_path(client: usize) -> String {
    format!("{SERVICES_DIR}/c{}", client + 1)
}

/// The etcd sequential recipe's key for a lease: `/election/<lease id in hex>`.
pub fn etcd_election_key(lease: SessionId) -> String {
    format!("{ELECTION_DIR}/{lease:x}")
}

/// The fencing token of a node: its czxid (ZooKeeper) or create revision (etcd); both only
/// grow, so a later lock holder always has a larger token.
pub fn token_of(flavour: Flavour, czxid: Zxid, create_rev: u64) -> u64 {
    match flavour {
        Flavour::ZooKeeper => czxid.as_u64(),
        Flavour::Etcd => create_rev,
    }
}

/// What a request was for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    OpenSession,
    Join,
    CheckLeader,
    List,
    WatchPred,
    Stream,
    Cancel,
    Register,
    Members,
}

/// A client's recipe state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Program {
    pub my_node: Option<String>,
    pub token: Option<u64>,
    pub leader: bool,
    pub watching: Option<String>,
    pub work_at: Option<u64>,
    pub retry_at: Option<u64>,
    pub writes: u64,
    pub registered: bool,
    pub members: BTreeSet<String>,
}

impl CoordSim {
    fn flavour(&self) -> Flavour {
        self.config.flavour
    }

    fn mine(&self, c: usize, node: &Znode) -> bool {
        node.owner.is_some() && node.owner == self.clients[c].session
    }

    fn token(&self, node: &Znode) -> u64 {
        token_of(self.flavour(), node.czxid, node.create_rev)
    }

    /// Forgets the recipe's state when the session is gone (keeps the counters and view).
    pub(crate) fn recipe_reset(&mut self, c: usize) {
        let prog = &mut self.clients[c].prog;
        *prog = super::recipe::Program {
            writes: prog.writes,
            members: std::mem::take(&mut prog.members),
            ..Default::default()
        };
    }

    /// A new session is open: start the recipe.
    pub(crate) fn recipe_start(&mut self, c: usize) {
        let herd_zk = self.flavour() == Flavour::ZooKeeper && self.config.recipe == Recipe::Herd;
        if self.clients[c].role == ClientRole::Contender && herd_zk {
            self.join(c);
        } else {
            self.recipe_check(c);
        }
    }

    /// Work out where the recipe stands (after a start, a lost connection or a lost lease).
    pub(crate) fn recipe_check(&mut self, c: usize) {
        let Some(session) = self.clients[c].session else {
            return;
        };
        let zk = self.flavour() == Flavour::ZooKeeper;
        match (self.clients[c].role, self.config.recipe) {
            (ClientRole::Contender, Recipe::Herd) if zk => self.check_leader(c),
            (ClientRole::Contender, Recipe::Sequential) if zk => self.list(c),
            (ClientRole::Contender, _) => self.join(c),
            (ClientRole::Service, _) => {
                let (path, value) = (super::service_path(c), c as u64);
                let op = if zk {
                    Op::Create {
                        path,
                        value,
                        owner: Some(session),
                        sequential: false,
                    }
                } else {
                    Op::Put {
                        key: path,
                        value,
                        lease: Some(session),
                    }
                };
                self.client_request(c, super::recipe::Purpose::Register, Request::Write(op));
            }
            (ClientRole::Watcher, _) => {
                let req = Request::Children {
                    path: SERVICES_DIR.to_string(),
                    watch: zk,
                };
                self.client_request(c, Purpose::Members, req);
            }
        }
    }

    fn join(&mut self, c: usize) {
        let Some(session) = self.clients[c].session else {
            return;
        };
        let value = c as u64;
        let op = match (self.flavour(), self.config.recipe) {
            (Flavour::ZooKeeper, recipe) => Op::Create {
                path: (if recipe == Recipe::Herd {
                    LEADER_PATH
                } else {
                    SEQ_PREFIX
                })
                .to_string(),
                value,
                owner: Some(session),
                sequential: recipe == Recipe::Sequential,
            },
            (Flavour::Etcd, Recipe::Herd) => Op::PutIfAbsent {
                key: LEADER_PATH.to_string(),
                value,
                lease: Some(session),
            },
            (Flavour::Etcd, Recipe::Sequential) => Op::PutIfAbsent {
                key: etcd_election_key(session),
                value,
                lease: Some(session),
            },
        };
        self.client_request(c, Purpose::Join, Request::Write(op));
    }

    fn check_leader(&mut self, c: usize) {
        let req = Request::Exists {
            path: LEADER_PATH.to_string(),
            watch: true,
        };
        self.client_request(c, Purpose::CheckLeader, req);
    }

    fn list(&mut self, c: usize) {
        let req = Request::Children {
            path: ELECTION_DIR.to_string(),
            watch: false,
        };
        self.client_request(c, Purpose::List, req);
    }

    fn watch_pred(&mut self, c: usize, pred: String) {
        self.clients[c].prog.watching = Some(pred.clone());
        let req = Request::Exists {
            path: pred,
            watch: true,
        };
        self.client_request(c, Purpose::WatchPred, req);
    }

    /// etcd: watches `key` from `from_rev` unless a watch on it is already open.
    fn ensure_stream(&mut self, c: usize, key: &str, prefix: bool, from_rev: u64) {
        let cl = &mut self.clients[c];
        if cl
            .etcd_watches
            .values()
            .any(|w| w.key == key && w.prefix == prefix)
        {
            return;
        }
        let spec = EtcdWatchSpec {
            id: cl.next_watch,
            key: key.to_string(),
            prefix,
            from_rev,
        };
        cl.next_watch += 1;
        cl.etcd_watches.insert(spec.id, spec.clone());
        self.client_request(c, Purpose::Stream, Request::Watch(spec));
    }

    /// etcd: cancels every watch but one on `keep`.
    fn cancel_streams(&mut self, c: usize, keep: Option<&str>) {
        let ids: Vec<u32> = self.clients[c]
            .etcd_watches
            .values()
            .filter(|w| Some(w.key.as_str()) != keep)
            .map(|w| w.id)
            .collect();
        for id in ids {
            self.clients[c].etcd_watches.remove(&id);
            self.client_request(c, Purpose::Cancel, Request::CancelWatch(id));
        }
    }

    fn client_wins(&mut self, c: usize, token: u64) {
        let prog = &mut self.clients[c].prog;
        prog.watching = None;
        prog.token = Some(token);
        if prog.leader {
            return;
        }
        prog.leader = true;
        prog.work_at = Some(self.now);
        self.holder = Some((c, token));
        let now = self.now;
        if let Some(r) = self.rounds.last_mut().filter(|r| r.winner.is_none()) {
            r.winner = Some((c, token));
            r.elected_ms = Some(now);
        }
        self.happen(Happening::BecameLeader { client: c, token });
        if self.flavour() == Flavour::Etcd {
            self.cancel_streams(c, None);
        }
    }

    pub(crate) fn recipe_reply(
        &mut self,
        c: usize,
        purpose: Purpose,
        reply: Reply,
        header: (Zxid, u64),
    ) {
        let revision = header.1;
        let etcd = self.flavour() == Flavour::Etcd;
        match (purpose, reply) {
            (
                Purpose::Join,
                Reply::Write(OpResult::Created { path, node } | OpResult::Exists { path, node }),
            ) => {
                self.joined(c, path, node, revision);
            }
            (Purpose::CheckLeader, Reply::Exists(Some(node))) => {
                if self.mine(c, &node) {
                    let token = self.token(&node);
                    self.client_wins(c, token);
                } else {
                    self.clients[c].prog.watching = Some(LEADER_PATH.to_string());
                }
            }
            (Purpose::CheckLeader, Reply::Exists(None))
            | (Purpose::WatchPred, Reply::Exists(None)) => {
                if purpose == Purpose::CheckLeader {
                    self.join(c);
                } else {
                    self.list(c);
                }
            }
            (Purpose::List, Reply::Children(list)) if etcd => self.decide_etcd(c, &list, revision),
            (Purpose::List, Reply::Children(list)) => self.decide_zk(c, &list),
            (Purpose::Register, Reply::Write(result)) => self.registered(c, result),
            (Purpose::Members, Reply::Children(list)) => {
                let mut names = BTreeSet::new();
                for (p, _) in list {
                    names.insert(p);
                }
                self.set_members(c, names);
                if etcd {
                    let prefix = format!("{SERVICES_DIR}/");
                    self.ensure_stream(c, &prefix, true, revision + 1);
                }
            }
            _ => {}
        }
    }

    fn joined(&mut self, c: usize, path: String, node: Znode, revision: u64) {
        let mine = self.mine(c, &node);
        let token = self.token(&node);
        match (self.flavour(), self.config.recipe) {
            (_, Recipe::Herd) if mine => self.client_wins(c, token),
            (Flavour::ZooKeeper, Recipe::Herd) => self.check_leader(c),
            (Flavour::Etcd, Recipe::Herd) => {
                self.clients[c].prog.watching = Some(LEADER_PATH.to_string());
                self.ensure_stream(c, LEADER_PATH, false, revision + 1);
            }
            (_, Recipe::Sequential) if mine => {
                let prog = &mut self.clients[c].prog;
                prog.my_node = Some(path);
                prog.token = Some(token);
                self.list(c);
            }
            (_, Recipe::Sequential) => self.list(c),
        }
    }

    /// ZooKeeper sequential recipe: am I the lowest? Else watch my predecessor.
    fn decide_zk(&mut self, c: usize, list: &[(String, Znode)]) {
        let candidates: Vec<&(String, Znode)> = list
            .iter()
            .filter(|(p, _)| p.starts_with(SEQ_PREFIX))
            .collect();
        let known = self.clients[c].prog.my_node.clone();
        let mine = candidates
            .iter()
            .position(|(p, n)| known.as_deref().map_or(self.mine(c, n), |k| k == p));
        let Some(pos) = mine else {
            self.clients[c].prog.my_node = None;
            self.clients[c].prog.token = None;
            self.lose_leadership(c, super::LossReason::SessionExpired);
            self.join(c);
            return;
        };
        let (path, node) = candidates[pos];
        let token = self.token(node);
        let prog = &mut self.clients[c].prog;
        prog.my_node = Some(path.clone());
        prog.token = Some(token);
        match pos.checked_sub(1).map(|p| candidates[p].0.clone()) {
            None => self.client_wins(c, token),
            Some(pred) => self.watch_pred(c, pred),
        }
    }

    /// etcd sequential recipe: wait for the key with the next lower create revision to go.
    fn decide_etcd(&mut self, c: usize, list: &[(String, Znode)], revision: u64) {
        let Some(session) = self.clients[c].session else {
            return;
        };
        let key = etcd_election_key(session);
        let Some((_, node)) = list.iter().find(|(p, _)| *p == key) else {
            self.clients[c].prog.my_node = None;
            self.join(c);
            return;
        };
        let my_rev = node.create_rev;
        let prog = &mut self.clients[c].prog;
        prog.my_node = Some(key);
        prog.token = Some(my_rev);
        let pred = list
            .iter()
            .filter(|(_, n)| n.create_rev < my_rev)
            .max_by_key(|(_, n)| n.create_rev)
            .map(|(p, _)| p.clone());
        match pred {
            None => self.client_wins(c, my_rev),
            Some(p) => {
                self.cancel_streams(c, Some(&p));
                self.clients[c].prog.watching = Some(p.clone());
                self.ensure_stream(c, &p, false, revision + 1);
            }
        }
    }

    fn registered(&mut self, c: usize, result: OpResult) {
        match result {
            OpResult::Created { .. } | OpResult::Updated { .. } => {
                self.clients[c].prog.registered = true;
            }
            OpResult::Exists { node, .. } if self.mine(c, &node) => {
                self.clients[c].prog.registered = true;
            }
            OpResult::Exists { .. } => {
                // A previous process's registration is still there until its session expires.
                self.clients[c].prog.retry_at = Some(self.now + REGISTER_RETRY_MS);
            }
            _ => {}
        }
    }

    fn set_members(&mut self, c: usize, names: BTreeSet<String>) {
        let old = std::mem::replace(&mut self.clients[c].prog.members, names.clone());
        for path in names.difference(&old) {
            self.happen(Happening::MemberJoined { path: path.clone() });
        }
        let now = self.now;
        for path in old.difference(&names) {
            self.happen(Happening::MemberLeft { path: path.clone() });
            if let Some(d) = self
                .departures
                .iter_mut()
                .find(|d| &d.path == path && d.seen_ms.is_none() && d.removed_ms.is_some())
            {
                d.seen_ms = Some(now);
            }
        }
    }

    pub(crate) fn recipe_zk_event(&mut self, c: usize, kind: ZkEventKind, path: &str) {
        let watching = self.clients[c].prog.watching.clone();
        match self.clients[c].role {
            ClientRole::Contender if self.config.recipe == Recipe::Herd => {
                if path != LEADER_PATH {
                    return;
                }
                if kind == ZkEventKind::NodeDeleted {
                    self.join(c);
                } else {
                    self.check_leader(c);
                }
            }
            ClientRole::Contender => {
                if watching.as_deref() != Some(path) {
                    return;
                }
                if kind == ZkEventKind::NodeDeleted {
                    self.clients[c].prog.watching = None;
                    self.list(c);
                } else {
                    self.watch_pred(c, path.to_string());
                }
            }
            ClientRole::Watcher if path == SERVICES_DIR => self.recipe_check(c),
            _ => {}
        }
    }

    pub(crate) fn recipe_etcd_event(&mut self, c: usize, change: &Change) {
        let deleted = change.kind == ChangeKind::Deleted;
        match self.clients[c].role {
            ClientRole::Contender if self.config.recipe == Recipe::Herd => {
                if deleted && change.path == LEADER_PATH && !self.clients[c].prog.leader {
                    self.join(c);
                }
            }
            ClientRole::Contender => {
                if deleted && self.clients[c].prog.watching.as_deref() == Some(&change.path) {
                    self.clients[c].prog.watching = None;
                    self.cancel_streams(c, None);
                    self.list(c);
                }
            }
            ClientRole::Watcher => {
                let mut names = self.clients[c].prog.members.clone();
                if deleted {
                    names.remove(&change.path);
                } else {
                    names.insert(change.path.clone());
                }
                self.set_members(c, names);
            }
            ClientRole::Service => {}
        }
    }
}
