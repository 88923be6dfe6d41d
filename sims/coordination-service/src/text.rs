//! Every word the coordination sim shows or says, rendered from its message catalogue.

use dsim_core::coordination::{
    ClientRole, CoordConfig, CoordSim, Departure, ElectionRound, Endpoint, Flavour, Happening,
    Link, LossReason, Recipe, Refusal, Scenario, ServerRole,
};
use dsim_ui::format::{self, Toggle};
use dsim_ui::i18n::{dec, yes_no};

use crate::msg::{self, t};

/// The service's name (a product name, the same in every language).
pub fn flavour(f: Flavour) -> &'static str {
    match f {
        Flavour::ZooKeeper => "ZooKeeper",
        Flavour::Etcd => "etcd",
    }
}

/// The scenario's name in the selector.
pub fn scenario(s: Scenario) -> String {
    t!(SCENARIO, scene = s.param())
}

/// The recipe's name in the selector.
pub fn recipe(r: Recipe, f: Flavour) -> String {
    t!(RECIPE, recipe = r.param(), service = f.param())
}

/// A fencing token as the service names it: a zxid in hex, or an etcd revision.
pub fn token(f: Flavour, t: u64) -> String {
    t!(TOKEN, service = f.param(), value = token_value(f, t))
}

/// The token's number as the service writes it: hex for a zxid, decimal for a revision.
fn token_value(f: Flavour, t: u64) -> String {
    match f {
        Flavour::ZooKeeper => format!("0x{t:x}"),
        Flavour::Etcd => t.to_string(),
    }
}

/// A short token for the canvas.
pub fn token_short(f: Flavour, t: u64) -> String {
    t!(TOKEN_SHORT, service = f.param(), value = token_value(f, t))
}

/// Seconds with one decimal.
pub fn secs(ms: u64) -> String {
    format::secs(dec(ms as f64 / 1000.0, 1))
}

/// A server's name on the canvas and its timeline lane.
pub fn server_short(i: usize) -> String {
    t!(SERVER_SHORT, n = i + 1)
}

/// A client's name on the canvas and its timeline lane.
pub fn client_short(i: usize) -> String {
    t!(CLIENT_SHORT, n = i + 1)
}

/// A timeline lane's label.
pub fn lane(e: Endpoint) -> String {
    match e {
        Endpoint::Server(i) => server_short(i),
        Endpoint::Client(i) => client_short(i),
        Endpoint::Storage => t!(STORAGE_SHORT),
    }
}

/// The opening sentence.
pub fn start(c: &CoordConfig) -> String {
    t!(
        START,
        service = flavour(c.flavour),
        servers = c.servers,
        majority = c.majority(),
        scene = c.scenario.param()
    )
}

/// The narration after Reset: "Reset." and the opening sentence.
pub fn reset(c: &CoordConfig) -> String {
    format!("{} {}", t!(RESET), start(c))
}

/// Why an action changed nothing.
pub fn refusal(r: Refusal) -> String {
    t!((match r {
        Refusal::NoSuchServer => msg::REFUSE_NO_SERVER,
        Refusal::NoSuchClient => msg::REFUSE_NO_CLIENT,
        Refusal::ServerAlready => msg::REFUSE_SERVER_ALREADY,
        Refusal::ClientAlready => msg::REFUSE_CLIENT_ALREADY,
        Refusal::ClientDown => msg::REFUSE_CLIENT_DOWN,
        Refusal::ZeroPause => msg::REFUSE_ZERO_PAUSE,
        Refusal::NotIsolatable => msg::REFUSE_NOT_ISOLATABLE,
        Refusal::NoChange => msg::REFUSE_NO_CHANGE,
    }))
}

/// Why a client stopped leading, as a selector key.
fn loss(r: LossReason) -> &'static str {
    match r {
        LossReason::LeaseLapsed => "lapsed",
        LossReason::SessionExpired => "expired",
        LossReason::Fenced => "fenced",
        LossReason::Crashed => "crashed",
    }
}

/// One happening as a sentence, or `None` for the routine ones.
pub fn happening(h: &Happening, f: Flavour) -> Option<String> {
    let service = f.param();
    Some(match h {
        Happening::ServerCrashed(s) => t!(SERVER_CRASHED, n = s + 1),
        Happening::ServerRestarted(s) => t!(SERVER_RESTARTED, n = s + 1),
        Happening::LeaderElected { server, epoch } => {
            t!(
                LEADER_ELECTED,
                n = server + 1,
                service = service,
                epoch = *epoch
            )
        }
        Happening::LeaderReady { server, .. } => {
            t!(LEADER_READY, n = server + 1, service = service)
        }
        Happening::LeaderSteppedDown { server, .. } => t!(LEADER_STEPPED_DOWN, n = server + 1),
        Happening::QuorumLost => t!(QUORUM_LOST),
        Happening::QuorumRegained => t!(QUORUM_REGAINED),
        Happening::Isolated(x) => {
            let (kind, n) = match *x {
                Endpoint::Server(i) => ("server", i + 1),
                Endpoint::Client(i) => ("client", i + 1),
                Endpoint::Storage => ("storage", 0),
            };
            t!(ISOLATED, kind = kind, n = n)
        }
        Happening::NetworkHealed => t!(NETWORK_HEALED),
        _ => return client_happening(h, f),
    })
}

/// A client's, the lock's or the storage's happening as a sentence, or `None`.
fn client_happening(h: &Happening, f: Flavour) -> Option<String> {
    let service = f.param();
    Some(match h {
        Happening::ClientCrashed(c) => t!(CLIENT_CRASHED, n = c + 1, service = service),
        Happening::ClientRestarted(c) => t!(CLIENT_RESTARTED, n = c + 1),
        Happening::ClientPaused { client, .. } => t!(CLIENT_PAUSED, n = client + 1),
        Happening::ClientWoke(c) => t!(CLIENT_WOKE, n = c + 1),
        Happening::SessionExpired { client, session } => t!(
            SESSION_EXPIRED,
            n = client + 1,
            service = service,
            session = *session
        ),
        Happening::LeaseLapsed(c) => t!(LEASE_LAPSED, n = c + 1, service = service),
        Happening::BecameLeader { client, token: tk } => {
            t!(BECAME_LEADER, n = client + 1, token = token(f, *tk))
        }
        Happening::LostLeadership { client, reason } => t!(
            LOST_LEADERSHIP,
            n = client + 1,
            reason = loss(*reason),
            service = service
        ),
        Happening::StorageWrite {
            client,
            token: tk,
            accepted,
            stale,
        } => storage_write(*client, &token(f, *tk), *accepted, *stale)?,
        Happening::MemberJoined { path } => t!(MEMBER_JOINED, path = path),
        Happening::MemberLeft { path } => t!(MEMBER_LEFT, path = path),
        Happening::FencingChanged(on) => t!((FENCING_CHANGED.pick(*on))),
        _ => return None,
    })
}

/// Narration when the storage starts or stops checking fencing tokens.
const FENCING_CHANGED: Toggle = Toggle::new(msg::FENCING_NOW_ON, msg::FENCING_NOW_OFF);

fn storage_write(c: usize, tk: &str, accepted: bool, stale: bool) -> Option<String> {
    Some(match (accepted, stale) {
        (false, _) => t!(WRITE_REJECTED, n = c + 1, token = tk),
        (true, true) => t!(STALE_WRITE_LANDED, n = c + 1, token = tk),
        (true, false) => return None,
    })
}

/// What a batch of happenings says: the most notable two sentences.
pub fn narrate(hs: &[Happening], f: Flavour) -> Option<String> {
    let mut said: Vec<String> = hs.iter().filter_map(|h| happening(h, f)).collect();
    said.dedup();
    let n = said.len();
    (n > 0).then(|| said[n.saturating_sub(2)..].join(" "))
}

/// A server's role as a selector key.
fn role_key(up: bool, role: ServerRole) -> &'static str {
    match (up, role) {
        (false, _) => "down",
        (true, ServerRole::Leader) => "leader",
        (true, ServerRole::Candidate) => "candidate",
        (true, ServerRole::Follower) => "follower",
    }
}

/// A server's role word.
pub fn server_role(up: bool, role: ServerRole) -> String {
    t!(SERVER_ROLE, role = role_key(up, role))
}

/// A server's label under its disc: its role and its epoch or term, abbreviated.
pub fn server_label(sim: &CoordSim, s: usize) -> String {
    let Some(srv) = sim.servers().get(s) else {
        return String::new();
    };
    t!(
        SERVER_LABEL,
        role = role_key(srv.up(), srv.role()),
        service = sim.config().flavour.param(),
        epoch = srv.epoch()
    )
}

/// What a client is doing, as a selector key, and the seconds of its GC pause left.
fn client_key(sim: &CoordSim, c: usize) -> Option<(&'static str, u64)> {
    let cl = sim.clients().get(c)?;
    if !cl.up() {
        return Some(("crashed", 0));
    }
    if let Some(until) = cl.paused_until() {
        return Some(("paused", until.saturating_sub(sim.now_ms())));
    }
    Some(match (cl.role(), cl.link()) {
        (_, Link::Waiting { .. } | Link::Connecting { .. }) if cl.session().is_none() => {
            ("connecting", 0)
        }
        (ClientRole::Contender, _) if cl.is_leader() => ("leader", 0),
        (ClientRole::Contender, _) if cl.watching().is_some() => ("waiting", 0),
        (ClientRole::Contender, _) => ("joining", 0),
        (ClientRole::Service, _) if cl.registered() => ("registered", 0),
        (ClientRole::Service, _) => ("registering", 0),
        (ClientRole::Watcher, _) => ("watcher", 0),
    })
}

/// What a client is doing, in a word or two, for the canvas.
pub fn client_state(sim: &CoordSim, c: usize) -> String {
    let Some((state, left_ms)) = client_key(sim, c) else {
        return String::new();
    };
    let seen = sim.clients().get(c).map_or(0, |cl| cl.members().len());
    t!(
        CLIENT_STATE,
        state = state,
        left = secs(left_ms),
        seen = seen
    )
}

/// Whether an endpoint runs, as a selector key: the button crashes it or restarts it.
fn up_key(up: bool) -> &'static str {
    if up {
        "up"
    } else {
        "down"
    }
}

/// A server's button label.
pub fn server_button(sim: &CoordSim, s: usize) -> String {
    let Some(srv) = sim.servers().get(s) else {
        return String::new();
    };
    t!(
        SERVER_BUTTON,
        n = s + 1,
        role = role_key(srv.up(), srv.role()),
        service = sim.config().flavour.param(),
        epoch = srv.epoch(),
        up = up_key(srv.up())
    )
}

/// A client's button label.
pub fn client_button(sim: &CoordSim, c: usize) -> String {
    let Some((state, left_ms)) = client_key(sim, c) else {
        return String::new();
    };
    let cl = sim.clients().get(c);
    let seen = cl.map_or(0, |cl| cl.members().len());
    let up = cl.is_some_and(|cl| cl.up());
    t!(
        CLIENT_BUTTON,
        n = c + 1,
        state = state,
        left = secs(left_ms),
        seen = seen,
        up = up_key(up)
    )
}

/// The ensemble line of the status.
pub fn ensemble_status(sim: &CoordSim) -> String {
    let c = sim.config();
    let up = sim.servers().iter().filter(|s| s.up()).count();
    let leader = sim.serving_leader();
    let epoch = leader
        .and_then(|l| sim.servers().get(l))
        .map_or(0, |s| s.epoch());
    t!(
        ENSEMBLE_STATUS,
        up = up,
        servers = c.servers,
        majority = c.majority(),
        quorum = yes_no(sim.has_quorum()),
        leader = leader.map_or(0, |l| l + 1),
        service = c.flavour.param(),
        epoch = epoch
    )
}

/// Why ensembles stay small.
pub fn size_advice(c: &CoordConfig) -> String {
    t!(
        SIZE_ADVICE,
        majority = c.majority(),
        servers = c.servers,
        tolerated = c.servers - c.majority()
    )
}

/// The lock line of the status: who acts as lock holder (by its own belief), and what the
/// ensemble still records when nobody does.
pub fn lock_status(sim: &CoordSim) -> String {
    let f = sim.config().flavour;
    let acting: Vec<String> = sim
        .clients()
        .iter()
        .enumerate()
        .filter(|(_, cl)| cl.up() && cl.is_leader())
        .map(|(i, cl)| {
            let tk = cl.token().map(|tk| token(f, tk)).unwrap_or_default();
            let frozen = yes_no(cl.paused_until().is_some());
            t!(LOCK_HOLDER_ITEM, n = i + 1, token = tk, frozen = frozen)
        })
        .collect();
    let held = sim.lock_holder();
    t!(
        LOCK_STATUS,
        acting = acting.len(),
        list = acting.join("; "),
        holder = held.map_or(0, |(c, _)| c + 1),
        token = held.map(|(_, tk)| token(f, tk)).unwrap_or_default()
    )
}

/// The storage line of the status.
pub fn storage_status(sim: &CoordSim) -> String {
    let st = sim.storage();
    let f = sim.config().flavour;
    let accepted = st.records.iter().filter(|r| r.accepted).count();
    let rejected = st.records.iter().filter(|r| !r.accepted).count();
    let corrupt = st.records.iter().filter(|r| r.accepted && r.stale).count();
    let highest = if st.highest == 0 {
        String::new()
    } else {
        token(f, st.highest)
    };
    t!(
        STORAGE_STATUS,
        check = yes_no(st.fencing),
        known = yes_no(st.highest != 0),
        highest = highest,
        accepted = accepted,
        rejected = rejected,
        corrupt = corrupt
    )
}

/// One election round's cost.
pub fn round(r: &ElectionRound, clients: usize) -> String {
    let (winner, took) = match (r.elected_ms, r.winner) {
        (Some(at), Some((c, _))) => (c + 1, secs(at.saturating_sub(r.started_ms))),
        _ => (0, String::new()),
    };
    t!(
        ROUND,
        first = yes_no(r.previous.is_none()),
        notifications = r.notifications,
        requests = r.requests,
        clients = clients,
        winner = winner,
        took = took
    )
}

/// The comparison kept across runs: notifications per failover for each recipe.
pub fn comparison(herd: Option<u32>, seq: Option<u32>) -> String {
    t!(
        COMPARISON,
        herd_known = yes_no(herd.is_some()),
        herd = herd.unwrap_or(0),
        seq_known = yes_no(seq.is_some()),
        seq = seq.unwrap_or(0)
    )
}

/// The watcher's list.
pub fn members(sim: &CoordSim) -> String {
    let watcher = sim
        .clients()
        .iter()
        .find(|c| c.role() == ClientRole::Watcher);
    let Some(w) = watcher else {
        return String::new();
    };
    let list: Vec<&str> = w.members().iter().map(String::as_str).collect();
    t!(MEMBERS, count = list.len(), list = list.join(", "))
}

/// The last registration that left, with its window.
pub fn departure(d: &Departure, ttl_ms: u64) -> String {
    let at = |x: Option<u64>| x.map_or_else(|| "none".to_string(), secs);
    let line = t!(
        DEPARTURE,
        path = &d.path,
        down = at(d.down_ms),
        removed = at(d.removed_ms),
        seen = at(d.seen_ms)
    );
    match (d.down_ms, d.seen_ms) {
        (Some(a), Some(b)) => {
            let gap = secs(b.saturating_sub(a));
            let window = t!(DEPARTURE_WINDOW, gap = gap, ttl = secs(ttl_ms));
            format!("{line} {window}")
        }
        _ => line,
    }
}

/// The canvas's text alternative.
pub fn canvas_label(sim: &CoordSim) -> String {
    let c = sim.config();
    let scene = t!(
        CANVAS_LABEL,
        service = flavour(c.flavour),
        servers = c.servers,
        clients = c.clients,
        scene = c.scenario.param()
    );
    format!("{scene} {}", ensemble_status(sim))
}

/// The screen summary's current state.
pub fn state_summary(sim: &CoordSim, playing: bool) -> String {
    let c = sim.config();
    let clock = t!(
        SUMMARY_CLOCK,
        playing = yes_no(playing),
        time = secs(sim.now_ms())
    );
    let scene = match c.scenario {
        Scenario::Election => format!("{} {}", lock_status(sim), storage_status(sim)),
        Scenario::Discovery => members(sim),
    };
    format!("{clock} {} {scene}", ensemble_status(sim))
}

/// Narration when the clock is paused or started.
pub const PAUSED: Toggle = Toggle::new(msg::PAUSED, msg::RUNNING);

/// Narration when a step found nothing scheduled.
pub fn nothing_scheduled() -> String {
    t!(NOTHING_SCHEDULED)
}

/// Narration after a step in which nothing notable happened.
pub fn stepped(now_ms: u64) -> String {
    t!(STEPPED, time = secs(now_ms))
}

/// Why a scene button does nothing now.
pub fn blocked(b: crate::actions::Blocked) -> String {
    use crate::actions::Blocked;
    t!((match b {
        Blocked::NoLeader => msg::BLOCKED_NO_LEADER,
        Blocked::NoInstance => msg::BLOCKED_NO_INSTANCE,
        Blocked::NoServerLeader => msg::BLOCKED_NO_SERVER_LEADER,
        Blocked::NoQuorumAlready => msg::BLOCKED_NO_QUORUM,
        Blocked::AllUp => msg::BLOCKED_ALL_UP,
    }))
}

/// The clients slider's value for screen readers.
pub fn clients_value(n: usize) -> String {
    t!(CLIENTS_VALUE, n = n)
}

/// The timeout slider's label.
pub fn ttl_label(f: Flavour) -> String {
    t!(TTL_LABEL, service = f.param())
}

/// The discovery line before any instance left.
pub fn no_departure() -> String {
    t!(NO_DEPARTURE)
}

/// The store list's heading.
pub fn store_title(f: Flavour) -> String {
    t!(STORE_TITLE, service = f.param())
}

/// One znode or key of the store list.
pub fn store_row(
    f: Flavour,
    path: &str,
    n: &dsim_core::coordination::Znode,
    owner: Option<usize>,
) -> String {
    let stamp = match f {
        Flavour::ZooKeeper => format!("0x{:x}", n.czxid.as_u64()),
        Flavour::Etcd => n.create_rev.to_string(),
    };
    t!(
        STORE_ROW,
        path = path,
        service = f.param(),
        owner = owner.map_or(0, |c| c + 1),
        stamp = stamp
    )
}

/// The ensemble's title on the canvas.
pub fn ensemble_title(c: &CoordConfig) -> String {
    t!(
        ENSEMBLE_TITLE,
        service = flavour(c.flavour),
        servers = c.servers,
        majority = c.majority()
    )
}

/// The ensemble's alarm on the canvas when it has no majority.
pub fn no_quorum_mark() -> String {
    t!(NO_QUORUM_MARK)
}

/// The badge on a client frozen in a GC pause.
pub fn gc_badge() -> String {
    t!(GC_BADGE)
}

/// The storage drum's title.
pub const STORAGE_NAME: Toggle = Toggle::new(msg::STORAGE_CORRUPT, msg::STORAGE_NAME);

/// Whether the storage checks tokens, on the drum.
pub const STORAGE_CHECK: Toggle = Toggle::new(msg::FENCING_ON, msg::FENCING_OFF);

/// One of the drum's words.
pub fn drum(words: &'static str) -> String {
    t!((words))
}

/// A timeline tick: whole seconds of model time.
pub fn secs_whole(ms: u64) -> String {
    format::secs(ms / 1000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::coordination::CoordSim;

    fn settled() -> CoordSim {
        let mut s = CoordSim::new(CoordConfig::default(), 7);
        s.advance(8_000);
        s
    }

    #[test]
    fn english_reads_as_before() {
        let c = CoordConfig::default();
        assert_eq!(
            start(&c),
            "ZooKeeper ensemble of 3 servers (a write needs 2). Every client runs for leader; the leader holds the lock and writes to the storage with its fencing token."
        );
        assert_eq!(
            comparison(Some(4), None),
            "Notifications per failover: herd 4, sequential not measured yet."
        );
        assert_eq!(secs(1_500), "1.5 s");
        assert_eq!(secs_whole(12_345), "12 s");
        assert_eq!(token(Flavour::ZooKeeper, 26), "zxid 0x1a");
        assert_eq!(token(Flavour::Etcd, 26), "revision 26");
        let s = settled();
        assert!(ensemble_status(&s)
            .starts_with("3 servers up of 3 (majority 2): quorum ✓; leader server "));
        assert!(storage_status(&s).starts_with("Storage (checks tokens): highest token zxid 0x"));
        assert!(lock_status(&s).starts_with("Lock holder: client "));
        assert!(server_button(&s, 0).starts_with("Server 1: "));
        assert_eq!(
            client_button(&s, 0).split(". ").last(),
            Some("Press to crash it.")
        );
    }

    #[test]
    fn german_renders_plurals_and_decimals() {
        crate::msg::speak("de");
        assert_eq!(secs(1_500), "1,5 s");
        assert_eq!(
            start(&CoordConfig::default()),
            "ZooKeeper-Ensemble aus 3 Servern (ein Schreibvorgang braucht 2). Jeder Client kandidiert als Leader; der Leader hält die Sperre und schreibt mit seinem Fencing-Token in den Speicher."
        );
        assert_eq!(
            comparison(Some(1), None),
            "Benachrichtigungen pro Failover: Herde 1, sequenziell noch nicht gemessen."
        );
        let r = ElectionRound {
            started_ms: 1_000,
            elected_ms: Some(3_500),
            winner: Some((1, 7)),
            previous: Some((0, 3)),
            notifications: 1,
            requests: 4,
        };
        assert_eq!(
            round(&r, 5),
            "Letzter Failover: 1 Watch-Benachrichtigung, 4 Anfragen von 5 Clients; Client 2 wurde nach 2,5 s Leader."
        );
        assert_eq!(
            happening(&Happening::ClientCrashed(0), Flavour::Etcd).as_deref(),
            Some("Client 1 ist abgestürzt; sein Lease besteht weiter, bis es abläuft.")
        );
    }
}
