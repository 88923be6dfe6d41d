//! Coordination service: whatever the crashes, restarts, pauses and partitions, no epoch has
//! two leaders, committed log prefixes agree, no acknowledged write is lost, no fencing token
//! belongs to two clients, and a fenced storage never accepts a lower token after a higher one.

use std::collections::BTreeMap;

use dsim_core::coordination::{
    CoordConfig, CoordEvent, CoordSim, Endpoint, Flavour, Happening, Recipe, Scenario,
};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

enum Action {
    Event(CoordEvent),
    Advance(u64),
}

fn action(u: &mut Unstructured) -> Result<Action> {
    let i = |u: &mut Unstructured| super::size(u, 6);
    let e = match u.int_in_range(0..=14u8)? {
        0 => CoordEvent::CrashServer(i(u)?),
        1 | 2 => CoordEvent::RestartServer(i(u)?),
        3 => CoordEvent::CrashClient(i(u)?),
        4 => CoordEvent::RestartClient(i(u)?),
        5 => CoordEvent::Pause {
            client: i(u)?,
            ms: super::millis(u, 30_000)?,
        },
        6 => CoordEvent::Isolate(Endpoint::Server(i(u)?)),
        7 => CoordEvent::Isolate(Endpoint::Client(i(u)?)),
        8 => CoordEvent::HealNetwork,
        9 => CoordEvent::SetFencing(u.arbitrary()?),
        _ => return Ok(Action::Advance(super::millis(u, 10_000)?)),
    };
    Ok(Action::Event(e))
}

fn config(u: &mut Unstructured) -> Result<CoordConfig> {
    Ok(CoordConfig {
        flavour: *u.choose(&Flavour::ALL)?,
        scenario: *u.choose(&Scenario::ALL)?,
        recipe: *u.choose(&Recipe::ALL)?,
        servers: super::size(u, 8)?,
        clients: super::size(u, 7)?,
        ttl_ms: super::millis(u, 12_000)?,
        fencing: u.arbitrary()?,
    })
}

/// The tokens each client became leader with, and the storage's last accepted token.
#[derive(Default)]
struct Seen {
    holder: BTreeMap<u64, usize>,
    accepted: u64,
    records: usize,
}

fn check(s: &CoordSim, happened: &[Happening], seen: &mut Seen) {
    for h in happened {
        if let Happening::BecameLeader { client, token } = h {
            assert_eq!(*seen.holder.entry(*token).or_insert(*client), *client, "token {token} held twice");
        }
    }
    let mut by_epoch = BTreeMap::new();
    for &(epoch, server) in s.leader_history() {
        assert_eq!(*by_epoch.entry(epoch).or_insert(server), server, "two leaders in epoch {epoch}");
    }
    for v in s.servers() {
        assert!(v.commit() <= v.log().len(), "a committed entry was truncated");
    }
    let up: Vec<_> = s.servers().iter().filter(|v| v.up()).collect();
    for a in &up {
        for b in &up {
            let n = a.commit().min(b.commit());
            assert!(a.log()[..n].iter().zip(&b.log()[..n]).all(|(x, y)| x.zxid == y.zxid));
        }
    }
    if let Some(l) = s.serving_leader() {
        let leader = &s.servers()[l];
        for w in s.acked_writes() {
            let at = leader.log().binary_search_by_key(&w.zxid, |e| e.zxid);
            assert!(at.is_ok_and(|i| i < leader.commit()), "acknowledged write lost");
        }
    }
    let records = &s.storage().records;
    for r in records.iter().skip(seen.records.min(records.len())) {
        if r.accepted {
            assert!(!(s.storage().fencing && r.token < seen.accepted), "fenced storage took a stale token");
            seen.accepted = seen.accepted.max(r.token);
        }
    }
    seen.records = records.len();
}

/// Runs the decoded events and clock steps, checking after every internal event.
pub fn run(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(cfg) = config(&mut u) else { return };
    let mut sim = CoordSim::new(cfg, super::seed(data));
    let mut seen = Seen::default();
    let rest = u.take_rest();
    super::drive(rest, action, |a| match a {
        Action::Event(e) => {
            let happened = sim.apply(e).unwrap_or_default();
            check(&sim, &happened, &mut seen);
        }
        Action::Advance(ms) => {
            let target = sim.now_ms().saturating_add(ms.min(60_000));
            while let Some(d) = sim.next_event_in_ms().filter(|&d| sim.now_ms() + d <= target) {
                let happened = sim.advance(d);
                check(&sim, &happened, &mut seen);
            }
            let happened = sim.advance(target.saturating_sub(sim.now_ms()));
            check(&sim, &happened, &mut seen);
        }
    });
}
