use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;

use super::*;

fn config(flavour: Flavour, recipe: Recipe) -> CoordConfig {
    CoordConfig {
        flavour,
        recipe,
        ..CoordConfig::default()
    }
}

fn leader_client(s: &CoordSim) -> Option<usize> {
    s.clients().iter().position(|c| c.is_leader())
}

/// Runs until `done` holds, at most `ms` of logical time; whether it held.
fn run_until(s: &mut CoordSim, ms: u64, done: impl Fn(&CoordSim) -> bool) -> bool {
    let end = s.now_ms() + ms;
    while s.now_ms() < end {
        if done(s) {
            return true;
        }
        s.advance(100);
    }
    done(s)
}

fn steady(config: CoordConfig, seed: u64) -> CoordSim {
    let mut s = CoordSim::new(config, seed);
    assert!(run_until(&mut s, 10_000, |s| s
        .clients()
        .iter()
        .all(|c| c.session().is_some())
        && (config.scenario == Scenario::Discovery
            || leader_client(s).is_some())));
    s.advance(3_000);
    s
}

fn expired(h: &Happening, client: usize) -> bool {
    matches!(h, Happening::SessionExpired { client: c, .. } if *c == client)
}

// ----- worked values -----

#[test]
fn zxid_is_epoch_in_the_high_half_and_counter_in_the_low() {
    // ZooKeeper's zxid: 0x100000003 is epoch 1, counter 3; a new epoch outranks any counter.
    let z = Zxid {
        epoch: 1,
        counter: 3,
    };
    assert_eq!(z.as_u64(), 0x1_0000_0003);
    let next_epoch = Zxid {
        epoch: 2,
        counter: 0,
    };
    assert!(
        next_epoch
            > Zxid {
                epoch: 1,
                counter: 0xffff_fff0
            }
    );
    assert!(next_epoch.as_u64() > z.as_u64());
}

fn zk_create(
    store: &mut Store,
    path: &str,
    owner: Option<SessionId>,
    seq: bool,
    n: u64,
) -> OpResult {
    let op = Op::Create {
        path: path.to_string(),
        value: 0,
        owner,
        sequential: seq,
    };
    store
        .apply(
            &op,
            Zxid {
                epoch: 1,
                counter: n,
            },
        )
        .0
}

#[test]
fn sequential_znodes_take_the_parents_ten_digit_child_counter() {
    let mut store = Store::default();
    zk_create(&mut store, "/election", None, false, 1);
    let (r, _) = store.apply(
        &Op::OpenSession {
            client: 0,
            ttl_ms: 6_000,
        },
        Zxid {
            epoch: 1,
            counter: 2,
        },
    );
    let OpResult::SessionOpened(session) = r else {
        panic!("{r:?}")
    };
    assert_eq!(session, FIRST_SESSION_ID);
    let names: Vec<String> = (0..3)
        .map(
            |i| match zk_create(&mut store, "/election/n_", Some(session), true, 3 + i) {
                OpResult::Created { path, .. } => path,
                other => panic!("{other:?}"),
            },
        )
        .collect();
    assert_eq!(
        names,
        [
            "/election/n_0000000000",
            "/election/n_0000000001",
            "/election/n_0000000002"
        ]
    );
    // Closing the session deletes all three ephemerals; the counter (cversion) keeps counting
    // deletions too, so the next name is not reused.
    let (_, changes) = store.apply(
        &Op::CloseSession { session },
        Zxid {
            epoch: 1,
            counter: 6,
        },
    );
    assert_eq!(changes.len(), 3);
    assert!(changes
        .iter()
        .all(|c| c.kind == ChangeKind::Deleted && c.client == Some(0)));
    let (r, _) = store.apply(
        &Op::OpenSession {
            client: 1,
            ttl_ms: 6_000,
        },
        Zxid {
            epoch: 1,
            counter: 7,
        },
    );
    let OpResult::SessionOpened(s2) = r else {
        panic!()
    };
    match zk_create(&mut store, "/election/n_", Some(s2), true, 8) {
        OpResult::Created { path, .. } => assert_eq!(path, "/election/n_0000000006"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn create_needs_its_parent_refuses_duplicates_and_closed_sessions() {
    let mut store = Store::default();
    assert_eq!(
        zk_create(&mut store, "/a/b", None, false, 1),
        OpResult::NoNode
    );
    assert!(matches!(
        zk_create(&mut store, "/a", None, false, 2),
        OpResult::Created { .. }
    ));
    assert!(matches!(
        zk_create(&mut store, "/a", None, false, 3),
        OpResult::Exists { .. }
    ));
    assert_eq!(
        zk_create(&mut store, "/a/e", Some(99), false, 4),
        OpResult::SessionExpired
    );
}

#[test]
fn etcd_revisions_count_key_changes_not_commands() {
    let mut store = Store::default();
    let z = |n| Zxid {
        epoch: 1,
        counter: n,
    };
    assert_eq!(store.revision(), 1);
    let (r, _) = store.apply(
        &Op::OpenSession {
            client: 0,
            ttl_ms: 5_000,
        },
        z(1),
    );
    let OpResult::SessionOpened(lease) = r else {
        panic!()
    };
    assert_eq!(store.revision(), 1, "granting a lease changes no key");
    let put = |key: &str| Op::Put {
        key: key.to_string(),
        value: 7,
        lease: Some(lease),
    };
    store.apply(&put("/k"), z(2));
    store.apply(&put("/k"), z(3));
    let node = store.get("/k").cloned().unwrap();
    assert_eq!((node.create_rev, node.mod_rev, node.version), (2, 3, 2));
    let (r, ch) = store.apply(
        &Op::PutIfAbsent {
            key: "/k".into(),
            value: 1,
            lease: None,
        },
        z(4),
    );
    assert!(matches!(r, OpResult::Exists { .. }) && ch.is_empty());
    assert_eq!(store.revision(), 3, "a failed compare changes nothing");
    store.apply(&put("/j"), z(5));
    let (_, ch) = store.apply(&Op::CloseSession { session: lease }, z(6));
    assert_eq!(ch.len(), 2);
    assert_eq!(
        store.revision(),
        5,
        "revoking the lease deletes both keys in one revision"
    );
    assert!(ch.iter().all(|c| c.revision == 5));
}

#[test]
fn majorities_and_clamping() {
    let m = |n| {
        CoordConfig {
            servers: n,
            ..CoordConfig::default()
        }
        .clamped()
    };
    assert_eq!([3, 5, 7].map(|n| m(n).majority()), [2, 3, 4]);
    assert_eq!([1, 4, 6, 8, 100].map(|n| m(n).servers), [3, 3, 5, 7, 7]);
    let c = CoordConfig {
        clients: 0,
        ttl_ms: 1,
        ..CoordConfig::default()
    }
    .clamped();
    assert_eq!((c.clients, c.ttl_ms), (MIN_CLIENTS, MIN_TTL_MS));
    assert_eq!(Flavour::from_param(" ZK "), Some(Flavour::ZooKeeper));
    assert_eq!(Flavour::from_param("etcd"), Some(Flavour::Etcd));
    assert_eq!(Recipe::from_param("Sequential"), Some(Recipe::Sequential));
    assert_eq!(Scenario::from_param("discovery"), Some(Scenario::Discovery));
    assert_eq!(Scenario::from_param("chaos"), None);
}

// ----- the election recipes -----

/// Crashes the leader client and returns the round that followed, once a new leader writes.
fn failover(flavour: Flavour, recipe: Recipe, clients: usize, seed: u64) -> ElectionRound {
    let cfg = CoordConfig {
        clients,
        ..config(flavour, recipe)
    };
    let mut s = steady(cfg, seed);
    let old = leader_client(&s).expect("a leader");
    s.apply(CoordEvent::CrashClient(old)).unwrap();
    assert!(run_until(&mut s, 20_000, |s| leader_client(s).is_some()));
    s.advance(3_000);
    let round = s.rounds().last().cloned().expect("a round");
    assert_eq!(s.rounds().len(), 2, "{:?}", s.rounds());
    assert_eq!(round.previous.map(|p| p.0), Some(old));
    round
}

#[test]
fn the_herd_wakes_every_waiting_client_and_the_sequential_recipe_one() {
    for clients in MIN_CLIENTS..=MAX_CLIENTS {
        let waiting = clients as u32 - 1;
        let zk_herd = failover(Flavour::ZooKeeper, Recipe::Herd, clients, 7);
        assert_eq!(
            zk_herd.notifications, waiting,
            "ZooKeeper herd with {clients} clients"
        );
        // Each waiting client creates once; all but the winner then set their watch again.
        assert_eq!(zk_herd.requests, 2 * waiting - 1);
        let zk_seq = failover(Flavour::ZooKeeper, Recipe::Sequential, clients, 7);
        assert_eq!((zk_seq.notifications, zk_seq.requests), (1, 1));
        // etcd watches are streams: each waiting client hears the delete and then the winner's put.
        let etcd_herd = failover(Flavour::Etcd, Recipe::Herd, clients, 7);
        assert_eq!(etcd_herd.notifications, 2 * waiting);
        let etcd_seq = failover(Flavour::Etcd, Recipe::Sequential, clients, 7);
        assert_eq!(etcd_seq.notifications, 1);
    }
}

#[test]
fn the_sequential_recipe_hands_leadership_down_the_line_in_creation_order() {
    let mut s = steady(config(Flavour::ZooKeeper, Recipe::Sequential), 3);
    let mut order: Vec<(String, usize)> = s
        .clients()
        .iter()
        .enumerate()
        .map(|(i, c)| (c.my_node().unwrap().to_string(), i))
        .collect();
    order.sort();
    for (k, (_, c)) in order.iter().enumerate() {
        assert_eq!(leader_client(&s), Some(*c), "step {k}");
        if k + 1 < order.len() {
            s.apply(CoordEvent::CrashClient(*c)).unwrap();
            assert!(run_until(&mut s, 15_000, |s| leader_client(s).is_some()));
        }
    }
}

#[test]
fn tokens_grow_with_every_new_leader() {
    for flavour in Flavour::ALL {
        let mut s = steady(config(flavour, Recipe::Herd), 11);
        let mut tokens = Vec::new();
        for _ in 0..3 {
            let c = leader_client(&s).unwrap();
            tokens.push(s.clients()[c].token().unwrap());
            s.apply(CoordEvent::CrashClient(c)).unwrap();
            assert!(run_until(&mut s, 15_000, |s| leader_client(s).is_some()));
        }
        assert!(
            tokens.windows(2).all(|w| w[0] < w[1]),
            "{flavour:?} {tokens:?}"
        );
    }
}

// ----- sessions, pauses and fencing -----

#[test]
fn a_crashed_clients_nodes_vanish_a_timeout_after_its_last_ping_not_at_once() {
    for flavour in Flavour::ALL {
        let cfg = CoordConfig {
            scenario: Scenario::Discovery,
            ..config(flavour, Recipe::Herd)
        };
        let mut s = steady(cfg, 5);
        let watcher = cfg.clients - 1;
        assert_eq!(s.clients()[watcher].members().len(), cfg.clients - 1);
        s.apply(CoordEvent::CrashClient(1)).unwrap();
        assert!(run_until(&mut s, 20_000, |s| s
            .departures()
            .first()
            .is_some_and(|d| d.seen_ms.is_some())));
        let d = s.departures()[0].clone();
        assert_eq!(d.path, "/services/api/c2");
        let (down, removed, seen) = (
            d.down_ms.unwrap(),
            d.removed_ms.unwrap(),
            d.seen_ms.unwrap(),
        );
        let ttl = cfg.ttl_ms;
        // The last ping left at most a third of the timeout before the crash.
        assert!(removed >= down + ttl - ttl / 3, "{d:?}");
        assert!(removed <= down + ttl + EXPIRY_SLACK_MS, "{d:?}");
        assert!(seen > removed && seen <= removed + 2 * CLIENT_DELAY_MAX_MS + SERVER_DELAY_MAX_MS);
        assert!(!s.clients()[watcher].members().contains("/services/api/c2"));
    }
}

#[test]
fn a_restarted_zookeeper_service_waits_for_its_old_registration_to_expire() {
    let cfg = CoordConfig {
        scenario: Scenario::Discovery,
        ..CoordConfig::default()
    };
    let mut s = steady(cfg, 9);
    s.apply(CoordEvent::CrashClient(0)).unwrap();
    s.advance(500);
    s.apply(CoordEvent::RestartClient(0)).unwrap();
    assert!(run_until(&mut s, 3_000, |s| s.clients()[0]
        .session()
        .is_some()));
    assert!(
        !s.clients()[0].registered(),
        "the old session still owns /services/api/c1"
    );
    assert!(run_until(&mut s, 15_000, |s| s.clients()[0].registered()));
    assert!(s.journal().iter().any(|(_, h)| expired(h, 0)));
}

#[test]
fn a_short_pause_changes_nothing() {
    let mut s = steady(config(Flavour::ZooKeeper, Recipe::Herd), 4);
    let c = leader_client(&s).unwrap();
    s.apply(CoordEvent::Pause {
        client: c,
        ms: 1_500,
    })
    .unwrap();
    s.advance(10_000);
    assert_eq!(leader_client(&s), Some(c));
    assert_eq!(s.rounds().len(), 1);
    assert!(s.storage().records.iter().all(|r| r.accepted && !r.stale));
}

/// Pauses the leader past its timeout; returns the run after it woke and wrote.
fn paused_leader(flavour: Flavour, fencing: bool) -> (CoordSim, usize, u64) {
    let cfg = CoordConfig {
        fencing,
        ..config(flavour, Recipe::Sequential)
    };
    let mut s = steady(cfg, 21);
    let old = leader_client(&s).unwrap();
    let token = s.clients()[old].token().unwrap();
    s.apply(CoordEvent::Pause {
        client: old,
        ms: cfg.ttl_ms * 2,
    })
    .unwrap();
    s.advance(cfg.ttl_ms * 2 + 1_000);
    (s, old, token)
}

#[test]
fn a_paused_lock_holder_writes_with_a_stale_token_and_fencing_rejects_it() {
    for flavour in Flavour::ALL {
        let (s, old, token) = paused_leader(flavour, true);
        let new = leader_client(&s).unwrap();
        assert_ne!(new, old);
        let new_token = s.clients()[new].token().unwrap();
        assert!(new_token > token);
        let stale: Vec<&StorageRecord> = s
            .storage()
            .records
            .iter()
            .filter(|r| r.client == old && r.token == token && r.stale)
            .collect();
        assert_eq!(
            stale.len(),
            1,
            "exactly the interrupted write: {:?}",
            s.storage().records
        );
        assert!(!stale[0].accepted);
        let accepted: Vec<u64> = s
            .storage()
            .records
            .iter()
            .filter(|r| r.accepted)
            .map(|r| r.token)
            .collect();
        assert!(accepted.windows(2).all(|w| w[0] <= w[1]));
        // The old holder found out: it lost leadership and saw its session had expired.
        assert!(!s.clients()[old].is_leader());
        assert!(s.journal().iter().any(
            |(_, h)| matches!(h, Happening::ClientSawExpiry { client, .. } if *client == old)
        ));
    }
}

#[test]
fn without_fencing_both_writes_land() {
    let (s, old, token) = paused_leader(Flavour::ZooKeeper, false);
    let corrupt: Vec<&StorageRecord> = s
        .storage()
        .records
        .iter()
        .filter(|r| r.accepted && r.stale)
        .collect();
    assert_eq!(corrupt.len(), 1);
    assert_eq!((corrupt[0].client, corrupt[0].token), (old, token));
}

#[test]
fn the_storage_rejects_token_33_after_34() {
    // Kleppmann's example (DDIA, ch. 8): the paused client's token 33 arrives after 34.
    let mut s = CoordSim::new(CoordConfig::default(), 1);
    for (client, token) in [(1, 34), (0, 33), (1, 35)] {
        let m = Message {
            id: 0,
            from: Endpoint::Client(client),
            to: Endpoint::Storage,
            sent_ms: 0,
            deliver_ms: 0,
            conn: 0,
            body: Body::StorageWrite { token, value: 1 },
        };
        s.storage_receive(m);
    }
    let got: Vec<(u64, bool)> = s
        .storage()
        .records
        .iter()
        .map(|r| (r.token, r.accepted))
        .collect();
    assert_eq!(got, [(34, true), (33, false), (35, true)]);
    assert_eq!(s.storage().highest, 35);
}

// ----- the ensemble -----

#[test]
fn losing_the_quorum_stops_writes_and_renewals_until_it_heals() {
    for flavour in Flavour::ALL {
        let mut s = steady(config(flavour, Recipe::Herd), 2);
        let holder = leader_client(&s).unwrap();
        let token = s.clients()[holder].token();
        s.apply(CoordEvent::CrashServer(0)).unwrap();
        let h = s.apply(CoordEvent::CrashServer(1)).unwrap();
        assert!(h.contains(&Happening::QuorumLost));
        let committed = s.servers()[2].commit();
        let ttl = s.config().ttl_ms;
        s.advance(ttl + 1_000);
        assert!(
            s.clients().iter().all(|c| c.lease_lapsed()),
            "every lease lapsed on its own clock"
        );
        assert_eq!(leader_client(&s), None, "no client may act as leader");
        assert_eq!(
            s.servers()[2].commit(),
            committed,
            "nothing committed without a majority"
        );
        assert!(s.serving_leader().is_none());
        s.advance(20_000);
        assert_eq!(s.servers()[2].role(), ServerRole::Follower);
        let h = s.apply(CoordEvent::RestartServer(1)).unwrap();
        assert!(h.contains(&Happening::QuorumRegained));
        assert!(run_until(&mut s, 15_000, |s| leader_client(s).is_some()));
        // The new leader restarted every session's timer: the same holder, the same token.
        assert_eq!(leader_client(&s), Some(holder));
        assert_eq!(s.clients()[holder].token(), token);
        assert!(!s
            .journal()
            .iter()
            .any(|(_, h)| matches!(h, Happening::SessionExpired { .. })));
    }
}

#[test]
fn a_leader_server_crash_elects_another_and_sessions_survive() {
    let cfg = CoordConfig {
        servers: 5,
        ttl_ms: 10_000,
        ..CoordConfig::default()
    };
    let mut s = steady(cfg, 8);
    let holder = leader_client(&s).unwrap();
    s.apply(CoordEvent::CrashServer(0)).unwrap();
    assert!(run_until(&mut s, 15_000, |s| s.serving_leader().is_some()));
    let leader = s.serving_leader().unwrap();
    assert_ne!(leader, 0);
    assert_eq!(
        s.servers()[leader].epoch(),
        2,
        "PreVote: one epoch per elected leader"
    );
    s.advance(12_000);
    assert_eq!(leader_client(&s), Some(holder));
    assert!(!s
        .journal()
        .iter()
        .any(|(_, h)| matches!(h, Happening::SessionExpired { .. })));
    assert!(s
        .clients()
        .iter()
        .all(|c| c.link() == Link::Connected { server: leader }));
}

#[test]
fn a_write_waits_for_a_majority_of_the_ensemble() {
    let cfg = CoordConfig {
        servers: 5,
        ..CoordConfig::default()
    };
    let mut s = steady(cfg, 6);
    let acked = s.acked_writes().len();
    // Two of five followers' worth down: three left, still a majority.
    s.apply(CoordEvent::CrashServer(3)).unwrap();
    s.apply(CoordEvent::CrashServer(4)).unwrap();
    let c = leader_client(&s).unwrap();
    s.apply(CoordEvent::CrashClient(c)).unwrap();
    assert!(run_until(&mut s, 20_000, |s| leader_client(s).is_some()));
    assert!(s.acked_writes().len() > acked);
    for w in s.acked_writes() {
        let majority_holds = s
            .servers()
            .iter()
            .filter(|sv| sv.log().iter().any(|e| e.zxid == w.zxid))
            .count();
        assert!(majority_holds >= 3, "{w:?}");
        assert!(w.acked_ms >= w.sent_ms + 2 * CLIENT_DELAY_MIN_MS + 2 * SERVER_DELAY_MIN_MS);
    }
}

#[test]
fn the_same_seed_and_events_give_the_same_run() {
    let run = |seed| {
        let mut s = CoordSim::new(config(Flavour::Etcd, Recipe::Herd), seed);
        s.advance(4_000);
        s.apply(CoordEvent::CrashServer(0)).unwrap();
        s.advance(9_000);
        s.apply(CoordEvent::Pause {
            client: 1,
            ms: 8_000,
        })
        .unwrap();
        s.advance(20_000);
        (s.journal().clone(), s.timeline().clone())
    };
    assert_eq!(run(77), run(77));
    assert_ne!(run(77).1, run(78).1);
}

#[test]
fn refusals_name_the_reason() {
    let mut s = CoordSim::new(CoordConfig::default(), 1);
    assert_eq!(
        s.apply(CoordEvent::CrashServer(9)),
        Err(Refusal::NoSuchServer)
    );
    assert_eq!(
        s.apply(CoordEvent::RestartServer(0)),
        Err(Refusal::ServerAlready)
    );
    assert_eq!(
        s.apply(CoordEvent::Pause { client: 0, ms: 0 }),
        Err(Refusal::ZeroPause)
    );
    assert_eq!(
        s.apply(CoordEvent::Isolate(Endpoint::Storage)),
        Err(Refusal::NotIsolatable)
    );
    assert_eq!(s.apply(CoordEvent::HealNetwork), Err(Refusal::NoChange));
    assert_eq!(
        s.apply(CoordEvent::SetFencing(true)),
        Err(Refusal::NoChange)
    );
    s.apply(CoordEvent::CrashClient(2)).unwrap();
    assert_eq!(
        s.apply(CoordEvent::Pause { client: 2, ms: 5 }),
        Err(Refusal::ClientDown)
    );
    assert_eq!(
        s.apply(CoordEvent::CrashClient(2)),
        Err(Refusal::ClientAlready)
    );
}

#[test]
fn an_isolated_client_loses_its_session_and_comes_back_with_a_new_one() {
    let mut s = steady(config(Flavour::Etcd, Recipe::Sequential), 12);
    let c = leader_client(&s).unwrap();
    s.apply(CoordEvent::Isolate(Endpoint::Client(c))).unwrap();
    let ttl = s.config().ttl_ms;
    s.advance(ttl + EXPIRY_SLACK_MS);
    assert!(s.journal().iter().any(|(_, h)| expired(h, c)));
    assert!(leader_client(&s).is_some_and(|l| l != c));
    s.apply(CoordEvent::HealNetwork).unwrap();
    assert!(run_until(&mut s, 15_000, |s| s.clients()[c]
        .my_node()
        .is_some()
        && !s.clients()[c].lease_lapsed()));
    assert!(!s.clients()[c].is_leader());
}

// ----- property tests over random schedules -----

#[derive(Debug, Clone)]
enum Action {
    Event(CoordEvent),
    Advance(u64),
}

fn fault() -> impl Strategy<Value = Action> {
    prop_oneof![
        5 => (100u64..8_000).prop_map(Action::Advance),
        2 => (0usize..5).prop_map(|s| Action::Event(CoordEvent::CrashServer(s))),
        3 => (0usize..5).prop_map(|s| Action::Event(CoordEvent::RestartServer(s))),
        2 => (0usize..5).prop_map(|s| Action::Event(CoordEvent::Isolate(Endpoint::Server(s)))),
        1 => (0usize..6).prop_map(|c| Action::Event(CoordEvent::Isolate(Endpoint::Client(c)))),
        2 => Just(Action::Event(CoordEvent::HealNetwork)),
        2 => (0usize..6).prop_map(|c| Action::Event(CoordEvent::CrashClient(c))),
        3 => (0usize..6).prop_map(|c| Action::Event(CoordEvent::RestartClient(c))),
        2 => (0usize..6, 200u64..25_000).prop_map(|(client, ms)| Action::Event(CoordEvent::Pause { client, ms })),
    ]
}

fn any_config() -> impl Strategy<Value = CoordConfig> {
    (
        prop::sample::select(Flavour::ALL.to_vec()),
        prop::sample::select(Scenario::ALL.to_vec()),
        prop::sample::select(Recipe::ALL.to_vec()),
        prop::sample::select(vec![3usize, 5]),
        3usize..=6,
        2_000u64..=8_000,
        any::<bool>(),
    )
        .prop_map(
            |(flavour, scenario, recipe, servers, clients, ttl_ms, fencing)| CoordConfig {
                flavour,
                scenario,
                recipe,
                servers,
                clients,
                ttl_ms,
                fencing,
            },
        )
}

/// What the checker remembers between steps.
#[derive(Default)]
struct Checker {
    owner_of_token: BTreeMap<u64, usize>,
    notices_seen: usize,
    storage_seen: usize,
    last_accepted: u64,
    zk_fired: BTreeSet<(usize, String, Zxid, u8)>,
    crashes: BTreeMap<usize, Vec<u64>>,
    opened: BTreeMap<SessionId, (usize, u64)>,
}

impl Checker {
    fn check(&mut self, s: &CoordSim, happened: &[Happening]) -> Result<(), TestCaseError> {
        self.check_happenings(s, happened)?;
        self.check_lock(s)?;
        self.check_ephemerals(s)?;
        self.check_watches(s)?;
        check_log(s)
    }

    fn check_happenings(
        &mut self,
        s: &CoordSim,
        happened: &[Happening],
    ) -> Result<(), TestCaseError> {
        let now = s.now_ms();
        for h in happened {
            match h {
                Happening::BecameLeader { client, token } => {
                    let first = *self.owner_of_token.entry(*token).or_insert(*client);
                    prop_assert_eq!(first, *client, "token {} held by two clients", token);
                }
                Happening::SessionOpened { client, session } => {
                    self.opened.insert(*session, (*client, now));
                }
                Happening::ClientCrashed(c) => self.crashes.entry(*c).or_default().push(now),
                _ => {}
            }
        }
        Ok(())
    }

    fn check_lock(&mut self, s: &CoordSim) -> Result<(), TestCaseError> {
        let records = &s.storage().records;
        prop_assert!(
            records.len() < RECORDS_LEN,
            "the run outgrew the record log"
        );
        for r in records.iter().skip(self.storage_seen) {
            let first = *self.owner_of_token.entry(r.token).or_insert(r.client);
            prop_assert_eq!(first, r.client, "token {} used by two clients", r.token);
            prop_assert_eq!(r.stale, r.token < self.last_accepted);
            if r.accepted {
                prop_assert!(
                    !(s.storage().fencing && r.stale),
                    "fenced storage took {} after {}",
                    r.token,
                    self.last_accepted
                );
                self.last_accepted = self.last_accepted.max(r.token);
            } else {
                prop_assert!(s.storage().fencing && r.stale);
            }
        }
        self.storage_seen = records.len();
        Ok(())
    }

    fn check_ephemerals(&mut self, s: &CoordSim) -> Result<(), TestCaseError> {
        let Some(l) = s.serving_leader() else {
            return Ok(());
        };
        let leader = &s.servers()[l];
        let (now, ttl) = (s.now_ms(), s.config().ttl_ms);
        let since = leader.serving_since().unwrap_or(0);
        for (path, node) in leader.store().nodes() {
            let Some(owner) = node.owner else { continue };
            let deadline = leader.session_deadline(owner);
            prop_assert!(
                deadline.is_some(),
                "{} belongs to {}, which the leader does not time",
                path,
                owner
            );
            let d = deadline.unwrap_or(0);
            prop_assert!(
                now <= d + EXPIRY_SLACK_MS,
                "{} outlived its session's deadline {} at {}",
                path,
                d,
                now
            );
            prop_assert!(d <= now + ttl, "a deadline more than a timeout ahead");
            // A crashed process sends nothing more: its nodes go at most a timeout after the
            // crash, or after this leader took office and restarted every timer.
            let Some(&(client, opened)) = self.opened.get(&owner) else {
                continue;
            };
            let crash = self
                .crashes
                .get(&client)
                .and_then(|v| v.iter().find(|&&t| t >= opened));
            if let Some(&crash) = crash {
                let bound = crash.max(since) + ttl + EXPIRY_SLACK_MS;
                prop_assert!(
                    now <= bound,
                    "{} outlived client {} (crashed at {}) at {}",
                    path,
                    client,
                    crash,
                    now
                );
            }
        }
        Ok(())
    }

    fn check_watches(&mut self, s: &CoordSim) -> Result<(), TestCaseError> {
        let notices = s.notices();
        prop_assert!(
            notices.len() < RECORDS_LEN,
            "the run outgrew the notice log"
        );
        for n in notices.iter().skip(self.notices_seen) {
            match n.detail {
                NoticeDetail::Zk {
                    kind,
                    consumed,
                    registered,
                    change,
                } => {
                    prop_assert!(
                        consumed.is_some(),
                        "{:?}: a notification with no watch set",
                        n
                    );
                    prop_assert!(
                        change > registered,
                        "{:?}: reports a change older than the watch",
                        n
                    );
                    let key = (n.client, n.path.clone(), change, kind as u8);
                    prop_assert!(
                        self.zk_fired.insert(key),
                        "{:?}: the same change notified twice",
                        n
                    );
                }
                NoticeDetail::Etcd {
                    revision,
                    expected_from,
                    ..
                } => {
                    if let Some(f) = expected_from {
                        prop_assert!(revision >= f, "{:?}: an event repeated or out of order", n);
                    }
                }
            }
        }
        self.notices_seen = notices.len();
        Ok(())
    }
}

/// Raft's safety: one leader per epoch, committed prefixes agree, acknowledged writes stay.
fn check_log(s: &CoordSim) -> Result<(), TestCaseError> {
    let mut by_epoch = BTreeMap::new();
    for &(epoch, server) in s.leader_history() {
        let first = *by_epoch.entry(epoch).or_insert(server);
        prop_assert_eq!(first, server, "two leaders in epoch {}", epoch);
    }
    for v in s.servers() {
        prop_assert!(
            v.commit() <= v.log().len(),
            "a committed entry was truncated"
        );
    }
    let up: Vec<&Server> = s.servers().iter().filter(|v| v.up()).collect();
    for a in &up {
        for b in &up {
            let n = a.commit().min(b.commit());
            prop_assert!(a.log()[..n]
                .iter()
                .zip(&b.log()[..n])
                .all(|(x, y)| x.zxid == y.zxid));
        }
    }
    if let Some(l) = s.serving_leader() {
        let leader = &s.servers()[l];
        for w in s.acked_writes() {
            let at = leader.log().binary_search_by_key(&w.zxid, |e| e.zxid);
            prop_assert!(
                at.is_ok_and(|i| i < leader.commit()),
                "acknowledged write {:?} lost",
                w.zxid
            );
        }
    }
    Ok(())
}

/// Applies an action, checking after every internal event on the way.
fn run_checked(s: &mut CoordSim, a: &Action, checker: &mut Checker) -> Result<(), TestCaseError> {
    match a {
        Action::Event(e) => {
            let happened = s.apply(*e).unwrap_or_default();
            checker.check(s, &happened)
        }
        Action::Advance(ms) => {
            let target = s.now_ms() + ms;
            while let Some(d) = s.next_event_in_ms().filter(|d| s.now_ms() + d <= target) {
                let happened = s.advance(d);
                checker.check(s, &happened)?;
            }
            let happened = s.advance(target - s.now_ms());
            checker.check(s, &happened)
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Under random crashes, restarts, GC pauses and partitions: one client per fencing token,
    /// a fenced storage never accepts a lower token after a higher one, ephemeral nodes outlive
    /// their session by at most the timeout (plus one write's commit), ZooKeeper watches fire
    /// once per change, etcd streams never repeat, and no acknowledged write is lost.
    #[test]
    fn the_invariants_hold_under_random_faults(
        cfg in any_config(),
        seed in any::<u64>(),
        actions in proptest::collection::vec(fault(), 1..40),
    ) {
        let mut s = CoordSim::new(cfg, seed);
        let mut checker = Checker::default();
        for a in &actions {
            run_checked(&mut s, a, &mut checker)?;
        }
        // Heal everything and let it settle: the service comes back.
        let _ = s.apply(CoordEvent::HealNetwork);
        for i in 0..cfg.servers {
            let _ = s.apply(CoordEvent::RestartServer(i));
        }
        for c in 0..cfg.clients {
            let _ = s.apply(CoordEvent::RestartClient(c));
        }
        run_checked(&mut s, &Action::Advance(40_000 + 2 * cfg.ttl_ms), &mut checker)?;
        prop_assert!(s.serving_leader().is_some(), "no leader after healing");
        let now = s.now_ms();
        for (i, c) in s.clients().iter().enumerate() {
            let awake = c.paused_until().is_none_or(|t| t <= now);
            if awake {
                prop_assert!(c.session().is_some() && !c.lease_lapsed(), "client {} has no live session", i);
            }
        }
        if cfg.scenario == Scenario::Election && s.clients().iter().all(|c| c.paused_until().is_none()) {
            prop_assert_eq!(s.clients().iter().filter(|c| c.is_leader()).count(), 1);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Any event, including nonsense indices and huge steps, never panics and keeps the
    /// model's shape.
    #[test]
    fn random_events_never_panic(
        cfg in any_config(),
        seed in any::<u64>(),
        steps in proptest::collection::vec(prop_oneof![
            (0usize..12).prop_map(|i| Action::Event(CoordEvent::CrashServer(i))),
            (0usize..12).prop_map(|i| Action::Event(CoordEvent::RestartServer(i))),
            (0usize..12).prop_map(|i| Action::Event(CoordEvent::CrashClient(i))),
            (0usize..12).prop_map(|i| Action::Event(CoordEvent::RestartClient(i))),
            (0usize..12, any::<u64>()).prop_map(|(client, ms)| Action::Event(CoordEvent::Pause { client, ms })),
            any::<bool>().prop_map(|b| Action::Event(CoordEvent::SetFencing(b))),
            prop_oneof![0u64..3_000, any::<u64>()].prop_map(Action::Advance),
        ], 1..60),
    ) {
        let mut s = CoordSim::new(cfg, seed);
        for a in steps {
            match a {
                Action::Event(e) => { let _ = s.apply(e); }
                Action::Advance(ms) => {
                    let before = s.now_ms();
                    s.advance(ms);
                    prop_assert_eq!(s.now_ms(), before + ms.min(MAX_ADVANCE_MS));
                }
            }
            prop_assert!(s.journal().len() <= JOURNAL_LEN);
            prop_assert!(s.timeline().len() <= TIMELINE_CAP);
            for m in s.messages() {
                prop_assert!(m.deliver_ms >= s.now_ms());
            }
            for sv in s.servers() {
                prop_assert!(sv.commit() <= sv.log().len());
            }
        }
    }
}
