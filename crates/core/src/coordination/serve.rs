//! How the serving leader answers clients: session pings, reads, writes into the log, and
//! watches (ZooKeeper's one-shot triggers, etcd's streams from a revision); and what every
//! newly committed entry means for the story (sessions ending, the lock changing hands).

use super::net::{Body, LogEntry, Reply, Request};
use super::recipe::token_of;
use super::server::{EtcdReg, ServerWatch};
use super::store::{parent_of, Change, Op, OpResult, Store};
use super::types::{
    ChangeKind, Endpoint, Happening, Scenario, SessionId, WatchClass, ZkEventKind, Zxid,
};
use super::{CoordSim, Departure, ElectionRound, EtcdWatchSpec, SERVICES_DIR};

/// What a reconnecting client asks for: its session and its watches.
pub(crate) struct Resume {
    pub session: SessionId,
    pub last_zxid: Zxid,
    pub zk: Vec<(WatchClass, String)>,
    pub etcd: Vec<EtcdWatchSpec>,
    pub sent_ms: u64,
}

fn watch_matches(spec: &EtcdWatchSpec, path: &str) -> bool {
    if spec.prefix {
        path.starts_with(&spec.key)
    } else {
        path == spec.key
    }
}

/// The zxid that deleted `path`, if the history still has it; else the store's last.
fn deletion_zxid(store: &Store, path: &str) -> Zxid {
    store
        .history()
        .iter()
        .rev()
        .find(|ch| ch.path == path && ch.kind == ChangeKind::Deleted)
        .map_or(store.last_zxid(), |ch| ch.zxid)
}

impl CoordSim {
    pub(crate) fn on_client(&mut self, s: usize, c: usize, conn: u32, body: Body) {
        let (me, them) = (Endpoint::Server(s), Endpoint::Client(c));
        if !self.servers[s].is_serving() {
            let hint = self.servers[s].leader.filter(|&l| l != s);
            self.send(me, them, conn, Body::NotLeader(hint));
            return;
        }
        match body {
            Body::Ping { session, sent_ms } => {
                let reply = if self.touch(s, session) {
                    Body::Pong { echo_ms: sent_ms }
                } else {
                    Body::SessionExpired(session)
                };
                self.send(me, them, conn, reply);
            }
            Body::Connect {
                session,
                last_zxid,
                zk_watches,
                etcd_watches,
                sent_ms,
            } => {
                let resume = Resume {
                    session,
                    last_zxid,
                    zk: zk_watches,
                    etcd: etcd_watches,
                    sent_ms,
                };
                self.on_connect(s, c, conn, resume);
            }
            Body::Request { id, session, req } => self.on_request(s, (c, conn, id), session, req),
            _ => {}
        }
    }

    fn on_connect(&mut self, s: usize, c: usize, conn: u32, r: Resume) {
        let (me, them) = (Endpoint::Server(s), Endpoint::Client(c));
        if !self.touch(s, r.session) {
            self.send(me, them, conn, Body::SessionExpired(r.session));
            return;
        }
        self.drop_watches_of(s, c);
        let body = Body::Connected {
            session: r.session,
            echo_ms: r.sent_ms,
        };
        self.send(me, them, conn, body);
        for (class, path) in r.zk {
            self.set_watch_again(s, (c, conn), class, path, r.last_zxid);
        }
        for spec in r.etcd {
            self.etcd_watch(s, (c, conn, None), spec);
        }
    }

    /// ZooKeeper's `SetWatches`: fire at once for what changed since the client's last zxid,
    /// register the rest.
    fn set_watch_again(
        &mut self,
        s: usize,
        to: (usize, u32),
        class: WatchClass,
        path: String,
        rel: Zxid,
    ) {
        let store = &self.servers[s].store;
        let node = store.get(&path);
        let fire = match (class, node) {
            (WatchClass::Exist, Some(n)) => Some((ZkEventKind::NodeCreated, n.czxid)),
            (WatchClass::Exist, None) => None,
            (_, None) => Some((ZkEventKind::NodeDeleted, deletion_zxid(store, &path))),
            (WatchClass::Data, Some(n)) if n.mzxid > rel => {
                Some((ZkEventKind::NodeDataChanged, n.mzxid))
            }
            (WatchClass::Child, Some(n)) if n.pzxid > rel => {
                Some((ZkEventKind::NodeChildrenChanged, n.pzxid))
            }
            _ => None,
        };
        match fire {
            Some((kind, zxid)) => {
                let body = Body::ZkWatch { kind, path, zxid };
                self.send(Endpoint::Server(s), Endpoint::Client(to.0), to.1, body);
            }
            None => self.zk_register(s, (path, class, to.0), to.1),
        }
    }

    fn on_request(
        &mut self,
        s: usize,
        who: (usize, u32, u64),
        session: Option<SessionId>,
        req: Request,
    ) {
        let (c, conn, id) = who;
        if let Request::Write(op @ Op::OpenSession { .. }) = req {
            self.drop_watches_of(s, c);
            self.append(s, op, Some((c, id, conn)));
            return;
        }
        let Some(session) = session.filter(|&x| self.touch(s, x)) else {
            let body = Body::SessionExpired(session.unwrap_or_default());
            self.send(Endpoint::Server(s), Endpoint::Client(c), conn, body);
            return;
        };
        let _ = session;
        match req {
            Request::Write(op) => {
                self.append(s, op, Some((c, id, conn)));
            }
            Request::Exists { path, watch } => {
                let node = self.servers[s].store.get(&path).cloned();
                if watch {
                    self.zk_register(s, (path, WatchClass::Data, c), conn);
                }
                self.reply(s, (c, conn, id), Reply::Exists(node));
            }
            Request::Children { path, watch } => {
                let store = &self.servers[s].store;
                let list = store.children(&path);
                if watch && store.get(&path).is_some() {
                    self.zk_register(s, (path, WatchClass::Child, c), conn);
                }
                self.reply(s, (c, conn, id), Reply::Children(list));
            }
            Request::Watch(spec) => self.etcd_watch(s, (c, conn, Some(id)), spec),
            Request::CancelWatch(w) => {
                if let Some(lead) = self.servers[s].lead.as_mut() {
                    lead.etcd_watches
                        .retain(|r| !(r.client == c && r.spec.id == w));
                }
                self.reply(s, (c, conn, id), Reply::WatchCanceled(w));
            }
        }
    }

    fn reply(&mut self, s: usize, to: (usize, u32, u64), reply: Reply) {
        let store = &self.servers[s].store;
        let body = Body::Reply {
            id: to.2,
            reply,
            zxid: store.last_zxid(),
            revision: store.revision(),
        };
        self.send(Endpoint::Server(s), Endpoint::Client(to.0), to.1, body);
    }

    pub(crate) fn reply_write(&mut self, s: usize, to: (usize, u32, u64), result: OpResult) {
        self.reply(s, to, Reply::Write(result));
    }

    /// Registers an etcd watch, first replaying the history from its start revision.
    fn etcd_watch(&mut self, s: usize, to: (usize, u32, Option<u64>), spec: EtcdWatchSpec) {
        let (c, conn, id) = to;
        let store = &self.servers[s].store;
        if spec.from_rev <= store.compacted() {
            self.reply(
                s,
                (c, conn, id.unwrap_or(0)),
                Reply::WatchCompacted(spec.id),
            );
            return;
        }
        let old: Vec<Change> = store
            .history()
            .iter()
            .filter(|ch| ch.revision >= spec.from_rev && watch_matches(&spec, &ch.path))
            .cloned()
            .collect();
        if let Some(id) = id {
            self.reply(s, (c, conn, id), Reply::WatchCreated(spec.id));
        }
        for change in old {
            let body = Body::EtcdWatch {
                watch: spec.id,
                change,
            };
            self.send(Endpoint::Server(s), Endpoint::Client(c), conn, body);
        }
        if let Some(lead) = self.servers[s].lead.as_mut() {
            lead.etcd_watches
                .retain(|r| !(r.client == c && r.spec.id == spec.id));
            lead.etcd_watches.push(EtcdReg {
                client: c,
                conn,
                spec,
            });
        }
    }

    /// Sends the notifications a committed change triggers (and removes the one-shot ones).
    pub(crate) fn fire_watches(&mut self, s: usize, changes: &[Change]) {
        for ch in changes {
            let mut out: Vec<(usize, u32, Body)> = Vec::new();
            let Some(lead) = self.servers[s].lead.as_mut() else {
                return;
            };
            let mut take = |path: &str, kind: ServerWatch| -> Vec<(usize, u32)> {
                let keys: Vec<(String, ServerWatch, usize)> = lead
                    .zk_watches
                    .range((path.to_string(), kind, 0)..=(path.to_string(), kind, usize::MAX))
                    .map(|(k, _)| k.clone())
                    .collect();
                keys.into_iter()
                    .filter_map(|k| lead.zk_watches.remove(&k).map(|conn| (k.2, conn)))
                    .collect()
            };
            let data_kind = match ch.kind {
                ChangeKind::Created => ZkEventKind::NodeCreated,
                ChangeKind::Deleted => ZkEventKind::NodeDeleted,
                ChangeKind::DataChanged => ZkEventKind::NodeDataChanged,
            };
            let zk = |kind, path: &str| Body::ZkWatch {
                kind,
                path: path.to_string(),
                zxid: ch.zxid,
            };
            for (c, conn) in take(&ch.path, ServerWatch::Data) {
                out.push((c, conn, zk(data_kind, &ch.path)));
            }
            if ch.kind == ChangeKind::Deleted {
                for (c, conn) in take(&ch.path, ServerWatch::Child) {
                    if !out.iter().any(|(o, _, _)| *o == c) {
                        out.push((c, conn, zk(ZkEventKind::NodeDeleted, &ch.path)));
                    }
                }
            }
            if ch.kind != ChangeKind::DataChanged {
                let parent = parent_of(&ch.path);
                for (c, conn) in take(parent, ServerWatch::Child) {
                    out.push((c, conn, zk(ZkEventKind::NodeChildrenChanged, parent)));
                }
            }
            for r in lead
                .etcd_watches
                .iter()
                .filter(|r| watch_matches(&r.spec, &ch.path))
            {
                let body = Body::EtcdWatch {
                    watch: r.spec.id,
                    change: ch.clone(),
                };
                out.push((r.client, r.conn, body));
            }
            for (c, conn, body) in out {
                self.send(Endpoint::Server(s), Endpoint::Client(c), conn, body);
            }
        }
    }

    /// What a newly committed entry means for the story, reported once per entry.
    pub(crate) fn announce(
        &mut self,
        entry: &LogEntry,
        result: &OpResult,
        changes: &[Change],
        owner: Option<usize>,
    ) {
        match (&entry.op, result) {
            (Op::OpenSession { client, .. }, OpResult::SessionOpened(session)) => {
                let (client, session) = (*client, *session);
                self.happen(Happening::SessionOpened { client, session });
            }
            (Op::CloseSession { session }, _) => {
                if let Some(client) = owner {
                    let session = *session;
                    self.happen(Happening::SessionExpired { client, session });
                }
            }
            _ => {}
        }
        for ch in changes {
            match ch.kind {
                ChangeKind::Created => self.happen(Happening::NodeCreated {
                    path: ch.path.clone(),
                    client: ch.client,
                    zxid: ch.zxid,
                    revision: ch.revision,
                }),
                ChangeKind::Deleted => {
                    self.happen(Happening::NodeDeleted {
                        path: ch.path.clone(),
                        client: ch.client,
                    });
                    self.track_deletion(ch);
                }
                ChangeKind::DataChanged => {}
            }
        }
    }

    fn track_deletion(&mut self, ch: &Change) {
        match self.config.scenario {
            Scenario::Election => {
                let token = token_of(self.config.flavour, ch.czxid, ch.create_rev);
                if let Some(held) = self
                    .holder
                    .filter(|&(c, t)| ch.client == Some(c) && t == token)
                {
                    self.holder = None;
                    self.rounds.push(ElectionRound {
                        previous: Some(held),
                        started_ms: self.now,
                        winner: None,
                        elected_ms: None,
                        notifications: 0,
                        requests: 0,
                    });
                }
            }
            Scenario::Discovery => {
                if !ch.path.starts_with(&format!("{SERVICES_DIR}/")) {
                    return;
                }
                let now = self.now;
                match self
                    .departures
                    .iter_mut()
                    .find(|d| d.path == ch.path && d.removed_ms.is_none())
                {
                    Some(d) => d.removed_ms = Some(now),
                    None => self.departures.push(Departure {
                        client: ch.client.unwrap_or_default(),
                        path: ch.path.clone(),
                        down_ms: None,
                        removed_ms: Some(now),
                        seen_ms: None,
                    }),
                }
            }
        }
    }
}
