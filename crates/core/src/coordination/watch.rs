//! Watch notifications as a client receives them: a ZooKeeper notification consumes the
//! one-shot watch it fires (the client must set it again to hear of the next change); an etcd
//! event moves its stream's next revision on.

use super::store::Change;
use super::types::{Happening, WatchClass, ZkEventKind, Zxid};
use super::{CoordSim, Notice, NoticeDetail};

/// Which outstanding one-shot watches a ZooKeeper notification fires, in order of preference.
fn classes(kind: ZkEventKind) -> &'static [WatchClass] {
    match kind {
        ZkEventKind::NodeCreated => &[WatchClass::Exist, WatchClass::Data],
        ZkEventKind::NodeDeleted => &[WatchClass::Data, WatchClass::Child, WatchClass::Exist],
        ZkEventKind::NodeDataChanged => &[WatchClass::Data],
        ZkEventKind::NodeChildrenChanged => &[WatchClass::Child],
    }
}

impl CoordSim {
    pub(crate) fn zk_notify(&mut self, c: usize, kind: ZkEventKind, path: String, change: Zxid) {
        let cl = &mut self.clients[c];
        let mut consumed = None;
        for &class in classes(kind) {
            if let Some(registered) = cl.zk_watches.remove(&(class, path.clone())) {
                consumed.get_or_insert((class, registered));
                if kind != ZkEventKind::NodeDeleted {
                    break;
                }
            }
        }
        cl.notifications += 1;
        let detail = NoticeDetail::Zk {
            kind,
            consumed: consumed.map(|(class, _)| class),
            registered: consumed.map_or(Zxid::default(), |(_, z)| z),
            change,
        };
        self.push_notice(Notice {
            at_ms: self.now,
            client: c,
            path: path.clone(),
            detail,
        });
        self.happen(Happening::Notified {
            client: c,
            path: path.clone(),
        });
        if consumed.is_some() {
            self.recipe_zk_event(c, kind, &path);
        }
    }

    pub(crate) fn etcd_notify(&mut self, c: usize, watch: u32, change: Change) {
        let cl = &mut self.clients[c];
        let expected_from = cl.etcd_watches.get(&watch).map(|w| w.from_rev);
        if let Some(w) = cl.etcd_watches.get_mut(&watch) {
            w.from_rev = w.from_rev.max(change.revision + 1);
        }
        cl.notifications += 1;
        let detail = NoticeDetail::Etcd {
            watch,
            revision: change.revision,
            expected_from,
        };
        self.push_notice(Notice {
            at_ms: self.now,
            client: c,
            path: change.path.clone(),
            detail,
        });
        self.happen(Happening::Notified {
            client: c,
            path: change.path.clone(),
        });
        if expected_from.is_some_and(|f| change.revision >= f) {
            self.recipe_etcd_event(c, &change);
        }
    }
}
