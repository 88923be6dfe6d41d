//! The scene buttons: which model events each one means in the run as it stands, and why a
//! button does nothing now (so it can say so).

use dsim_core::coordination::{ClientRole, CoordEvent, CoordSim, Endpoint};

/// A scene button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Crash the client that leads (holds the lock).
    CrashLeaderClient,
    /// Freeze the lock holder for the GC pause slider's length.
    PauseHolder,
    /// Crash the first running service instance.
    CrashInstance,
    /// Crash the ensemble's leader.
    CrashLeaderServer,
    /// Crash servers until fewer than a majority run (followers first).
    LoseQuorum,
    /// Restart every crashed server and client and heal the network.
    RestartAll,
}

/// Why an action has nothing to act on now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    /// No client leads.
    NoLeader,
    /// No service instance runs.
    NoInstance,
    /// No server leads.
    NoServerLeader,
    /// Fewer than a majority already run.
    NoQuorumAlready,
    /// Everything already runs.
    AllUp,
}

/// The client that leads now: the lock holder the ensemble knows, else one that thinks so.
pub fn leader_client(sim: &CoordSim) -> Option<usize> {
    let up = |c: usize| sim.clients().get(c).is_some_and(|cl| cl.up());
    sim.lock_holder()
        .map(|(c, _)| c)
        .filter(|&c| up(c))
        .or_else(|| (0..sim.clients().len()).find(|&c| up(c) && sim.clients()[c].is_leader()))
}

fn first_instance(sim: &CoordSim) -> Option<usize> {
    (0..sim.clients().len()).find(|&c| {
        let cl = &sim.clients()[c];
        cl.up() && cl.role() == ClientRole::Service
    })
}

fn up_servers(sim: &CoordSim) -> usize {
    sim.servers().iter().filter(|s| s.up()).count()
}

/// The events an action means now (empty when it has nothing to act on).
pub fn events(a: Action, sim: &CoordSim, pause_s: u64) -> Vec<CoordEvent> {
    match a {
        Action::CrashLeaderClient => leader_client(sim)
            .map(CoordEvent::CrashClient)
            .into_iter()
            .collect(),
        Action::PauseHolder => leader_client(sim)
            .map(|client| CoordEvent::Pause {
                client,
                ms: pause_s * 1000,
            })
            .into_iter()
            .collect(),
        Action::CrashInstance => first_instance(sim)
            .map(CoordEvent::CrashClient)
            .into_iter()
            .collect(),
        Action::CrashLeaderServer => sim
            .serving_leader()
            .map(CoordEvent::CrashServer)
            .into_iter()
            .collect(),
        Action::LoseQuorum => lose_quorum(sim),
        Action::RestartAll => restart_all(sim),
    }
}

fn lose_quorum(sim: &CoordSim) -> Vec<CoordEvent> {
    let majority = sim.config().majority();
    let leader = sim.serving_leader();
    let mut order: Vec<usize> = (0..sim.servers().len())
        .filter(|&s| sim.servers()[s].up() && Some(s) != leader)
        .collect();
    order.extend(leader);
    let crash = (up_servers(sim) + 1).saturating_sub(majority);
    order
        .into_iter()
        .take(crash)
        .map(CoordEvent::CrashServer)
        .collect()
}

fn restart_all(sim: &CoordSim) -> Vec<CoordEvent> {
    let servers = (0..sim.servers().len())
        .filter(|&s| !sim.servers()[s].up())
        .map(CoordEvent::RestartServer);
    let clients = (0..sim.clients().len())
        .filter(|&c| !sim.clients()[c].up())
        .map(CoordEvent::RestartClient);
    let heal = (!sim.isolated().is_empty()).then_some(CoordEvent::HealNetwork);
    servers.chain(clients).chain(heal).collect()
}

/// Why the action cannot run now, if it cannot.
pub fn blocked(a: Action, sim: &CoordSim) -> Option<Blocked> {
    let empty = events(a, sim, 1).is_empty();
    if !empty {
        return None;
    }
    Some(match a {
        Action::CrashLeaderClient | Action::PauseHolder => Blocked::NoLeader,
        Action::CrashInstance => Blocked::NoInstance,
        Action::CrashLeaderServer => Blocked::NoServerLeader,
        Action::LoseQuorum => Blocked::NoQuorumAlready,
        Action::RestartAll => Blocked::AllUp,
    })
}

/// The endpoint's toggle: crash it if it runs, restart it if it does not.
pub fn toggle(sim: &CoordSim, e: Endpoint) -> Option<CoordEvent> {
    match e {
        Endpoint::Server(s) => sim.servers().get(s).map(|srv| {
            if srv.up() {
                CoordEvent::CrashServer(s)
            } else {
                CoordEvent::RestartServer(s)
            }
        }),
        Endpoint::Client(c) => sim.clients().get(c).map(|cl| {
            if cl.up() {
                CoordEvent::CrashClient(c)
            } else {
                CoordEvent::RestartClient(c)
            }
        }),
        Endpoint::Storage => None,
    }
}

/// The notifications the last completed failover of this run cost, if one completed.
pub fn failover_notifications(sim: &CoordSim) -> Option<u32> {
    let rounds = sim.rounds();
    let n = rounds.len();
    // A round counts until the next starts, so the newest complete one is the one before the
    // last, unless the last has had time to settle (its winner is known).
    rounds
        .iter()
        .enumerate()
        .rev()
        .find(|(i, r)| {
            r.previous.is_some() && r.elected_ms.is_some() && (*i + 1 < n || r.winner.is_some())
        })
        .map(|(_, r)| r.notifications)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::coordination::{CoordConfig, Recipe};

    fn settled(recipe: Recipe) -> CoordSim {
        let config = CoordConfig {
            recipe,
            clients: 5,
            ..CoordConfig::default()
        };
        let mut s = CoordSim::new(config, 7);
        s.advance(8_000);
        s
    }

    #[test]
    fn crashing_the_leader_client_costs_the_herd_more_notifications() {
        let mut cost = Vec::new();
        for recipe in [Recipe::Herd, Recipe::Sequential] {
            let mut s = settled(recipe);
            let ev = events(Action::CrashLeaderClient, &s, 1);
            assert_eq!(ev.len(), 1);
            let _ = s.apply(ev[0]);
            s.advance(20_000);
            cost.push(failover_notifications(&s).unwrap_or(0));
        }
        assert!(cost[0] >= 3 && cost[1] == 1, "{cost:?}");
    }

    #[test]
    fn losing_the_quorum_crashes_just_enough_servers_and_restart_brings_them_back() {
        for servers in [3, 5, 7] {
            let config = CoordConfig {
                servers,
                ..CoordConfig::default()
            };
            let mut s = CoordSim::new(config, 3);
            s.advance(3_000);
            for e in events(Action::LoseQuorum, &s, 1) {
                let _ = s.apply(e);
            }
            assert!(!s.has_quorum());
            assert_eq!(up_servers(&s), config.majority() - 1);
            assert_eq!(
                blocked(Action::LoseQuorum, &s),
                Some(Blocked::NoQuorumAlready)
            );
            for e in events(Action::RestartAll, &s, 1) {
                let _ = s.apply(e);
            }
            assert!(s.has_quorum());
            assert_eq!(blocked(Action::RestartAll, &s), Some(Blocked::AllUp));
        }
    }
}
