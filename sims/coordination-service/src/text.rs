//! Every English word the coordination sim shows or says.

use dsim_core::coordination::{
    ClientRole, CoordConfig, CoordSim, Departure, ElectionRound, Endpoint, Flavour, Happening,
    Link, LossReason, Recipe, Refusal, Scenario, ServerRole,
};
use dsim_ui::format::{capitalise, Toggle};

/// The service's name.
pub fn flavour(f: Flavour) -> &'static str {
    match f {
        Flavour::ZooKeeper => "ZooKeeper",
        Flavour::Etcd => "etcd",
    }
}

/// The scenario's name in the selector.
pub fn scenario(s: Scenario) -> &'static str {
    match s {
        Scenario::Election => "Election and lock",
        Scenario::Discovery => "Service discovery",
    }
}

/// The recipe's name in the selector.
pub fn recipe(r: Recipe, f: Flavour) -> &'static str {
    match (r, f) {
        (Recipe::Herd, Flavour::ZooKeeper) => "One leader znode",
        (Recipe::Herd, Flavour::Etcd) => "One leader key",
        (Recipe::Sequential, Flavour::ZooKeeper) => "Sequential znodes",
        (Recipe::Sequential, Flavour::Etcd) => "Ordered keys",
    }
}

/// "epoch" for ZooKeeper, "term" for etcd.
pub fn epoch_word(f: Flavour) -> &'static str {
    match f {
        Flavour::ZooKeeper => "epoch",
        Flavour::Etcd => "term",
    }
}

/// "session" for ZooKeeper, "lease" for etcd.
pub fn session_word(f: Flavour) -> &'static str {
    match f {
        Flavour::ZooKeeper => "session",
        Flavour::Etcd => "lease",
    }
}

/// A fencing token as the service names it: a zxid in hex, or an etcd revision.
pub fn token(f: Flavour, t: u64) -> String {
    match f {
        Flavour::ZooKeeper => format!("zxid 0x{t:x}"),
        Flavour::Etcd => format!("revision {t}"),
    }
}

/// A short token for the canvas.
pub fn token_short(f: Flavour, t: u64) -> String {
    match f {
        Flavour::ZooKeeper => format!("0x{t:x}"),
        Flavour::Etcd => format!("rev {t}"),
    }
}

/// "1 write", "3 writes".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Seconds with one decimal.
pub fn secs(ms: u64) -> String {
    format!("{:.1} s", ms as f64 / 1000.0)
}

/// An endpoint's name.
pub fn endpoint(e: Endpoint) -> String {
    match e {
        Endpoint::Server(i) => format!("server {}", i + 1),
        Endpoint::Client(i) => format!("client {}", i + 1),
        Endpoint::Storage => "the storage".into(),
    }
}

/// A timeline lane's label.
pub fn lane(e: Endpoint) -> String {
    match e {
        Endpoint::Server(i) => format!("S{}", i + 1),
        Endpoint::Client(i) => format!("C{}", i + 1),
        Endpoint::Storage => "DB".into(),
    }
}

/// The opening sentence.
pub fn start(c: &CoordConfig) -> String {
    let what = match c.scenario {
        Scenario::Election => "Every client runs for leader; the leader holds the lock and writes to the storage with its fencing token.",
        Scenario::Discovery => "The clients register as instances of the api service; the last one watches the list, as a load balancer would.",
    };
    format!(
        "{} ensemble of {} servers (a write needs {}). {what}",
        flavour(c.flavour),
        c.servers,
        c.majority()
    )
}

/// Why an action changed nothing.
pub fn refusal(r: Refusal) -> &'static str {
    match r {
        Refusal::NoSuchServer => "There is no such server.",
        Refusal::NoSuchClient => "There is no such client.",
        Refusal::ServerAlready => "That server is already in that state.",
        Refusal::ClientAlready => "That client is already in that state.",
        Refusal::ClientDown => "A crashed client cannot pause.",
        Refusal::ZeroPause => "A pause needs a length.",
        Refusal::NotIsolatable => "The storage service cannot be cut off.",
        Refusal::NoChange => "Nothing to change.",
    }
}

fn loss(r: LossReason, f: Flavour) -> String {
    match r {
        LossReason::LeaseLapsed => format!(
            "its own clock says its {} may have expired",
            session_word(f)
        ),
        LossReason::SessionExpired => format!("the ensemble says its {} expired", session_word(f)),
        LossReason::Fenced => "the storage refused its stale token".into(),
        LossReason::Crashed => "it crashed".into(),
    }
}

/// One happening as a sentence, or `None` for the routine ones.
pub fn happening(h: &Happening, f: Flavour) -> Option<String> {
    let e = epoch_word(f);
    Some(match h {
        Happening::ServerCrashed(s) => format!("Server {} crashed.", s + 1),
        Happening::ServerRestarted(s) => format!("Server {} restarted as a follower.", s + 1),
        Happening::LeaderElected { server, epoch } => {
            format!(
                "Server {} won a majority of votes: it leads {e} {epoch}.",
                server + 1
            )
        }
        Happening::LeaderReady { server, .. } => format!(
            "Server {} serves clients and restarts every {} timer.",
            server + 1,
            session_word(f)
        ),
        Happening::LeaderSteppedDown { server, .. } => {
            format!("Server {} stepped down: it hears no majority.", server + 1)
        }
        Happening::QuorumLost => {
            "Quorum lost: no majority of servers, so no writes and no renewals.".into()
        }
        Happening::QuorumRegained => {
            "A majority of servers is back: an election can succeed.".into()
        }
        Happening::Isolated(x) => format!("{} is cut off.", capitalise(&endpoint(*x))),
        Happening::NetworkHealed => "Every link is up again.".into(),
        _ => return client_happening(h, f),
    })
}

/// A client's, the lock's or the storage's happening as a sentence, or `None`.
fn client_happening(h: &Happening, f: Flavour) -> Option<String> {
    Some(match h {
        Happening::ClientCrashed(c) => format!(
            "Client {} crashed; its {} lives on until it times out.",
            c + 1,
            session_word(f)
        ),
        Happening::ClientRestarted(c) => {
            format!("Client {} started again as a new process.", c + 1)
        }
        Happening::ClientPaused { client, .. } => {
            format!(
                "Client {} froze in a GC pause and sends nothing.",
                client + 1
            )
        }
        Happening::ClientWoke(c) => format!("Client {} woke up, unaware that time passed.", c + 1),
        Happening::SessionExpired { client, session } => format!(
            "The ensemble expired client {}'s {} {session}: its ephemeral nodes are gone.",
            client + 1,
            session_word(f)
        ),
        Happening::LeaseLapsed(c) => format!(
            "Client {}'s own clock ran past its {}: it must assume it lost everything.",
            c + 1,
            session_word(f)
        ),
        Happening::BecameLeader { client, token: t } => {
            format!(
                "Client {} is leader and holds the lock with token {}.",
                client + 1,
                token(f, *t)
            )
        }
        Happening::LostLeadership { client, reason } => {
            format!(
                "Client {} stopped leading: {}.",
                client + 1,
                loss(*reason, f)
            )
        }
        Happening::StorageWrite {
            client,
            token: t,
            accepted,
            stale,
        } => storage_write(*client, &token(f, *t), *accepted, *stale)?,
        Happening::MemberJoined { path } => format!("The watcher sees {path} join."),
        Happening::MemberLeft { path } => format!("The watcher sees {path} leave."),
        Happening::FencingChanged(on) => if *on {
            "The storage now checks fencing tokens."
        } else {
            "The storage no longer checks fencing tokens."
        }
        .into(),
        _ => return None,
    })
}

fn storage_write(c: usize, t: &str, accepted: bool, stale: bool) -> Option<String> {
    Some(match (accepted, stale) {
        (false, _) => format!("The storage rejected client {}'s write: token {t} is stale.", c + 1),
        (true, true) => format!(
            "Client {}'s stale write with token {t} landed: two lock holders wrote, the data is corrupt.",
            c + 1
        ),
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

/// A server's role word.
pub fn server_role(up: bool, role: ServerRole) -> &'static str {
    match (up, role) {
        (false, _) => "down",
        (true, ServerRole::Leader) => "leader",
        (true, ServerRole::Candidate) => "candidate",
        (true, ServerRole::Follower) => "follower",
    }
}

/// What a client is doing, in a word or two, for the canvas and its button.
pub fn client_state(sim: &CoordSim, c: usize) -> String {
    let Some(cl) = sim.clients().get(c) else {
        return String::new();
    };
    let now = sim.now_ms();
    if !cl.up() {
        return "crashed".into();
    }
    if let Some(until) = cl.paused_until() {
        return format!("GC pause {}", secs(until.saturating_sub(now)));
    }
    match (cl.role(), cl.link()) {
        (_, Link::Waiting { .. } | Link::Connecting { .. }) if cl.session().is_none() => {
            "connecting".into()
        }
        (ClientRole::Contender, _) if cl.is_leader() => "leader".into(),
        (ClientRole::Contender, _) if cl.watching().is_some() => "waiting".into(),
        (ClientRole::Contender, _) => "joining".into(),
        (ClientRole::Service, _) if cl.registered() => "registered".into(),
        (ClientRole::Service, _) => "registering".into(),
        (ClientRole::Watcher, _) => format!("sees {}", cl.members().len()),
    }
}

/// A server's button label.
pub fn server_button(sim: &CoordSim, s: usize) -> String {
    let Some(srv) = sim.servers().get(s) else {
        return String::new();
    };
    let f = sim.config().flavour;
    let act = if srv.up() { "crash it" } else { "restart it" };
    format!(
        "Server {}: {}, {} {}. Press to {act}.",
        s + 1,
        server_role(srv.up(), srv.role()),
        epoch_word(f),
        srv.epoch()
    )
}

/// A client's button label.
pub fn client_button(sim: &CoordSim, c: usize) -> String {
    let up = sim.clients().get(c).is_some_and(|cl| cl.up());
    let act = if up { "crash it" } else { "restart it" };
    format!(
        "Client {}: {}. Press to {act}.",
        c + 1,
        client_state(sim, c)
    )
}

/// The ensemble line of the status.
pub fn ensemble_status(sim: &CoordSim) -> String {
    let c = sim.config();
    let up = sim.servers().iter().filter(|s| s.up()).count();
    let leader = match sim.serving_leader() {
        Some(l) => format!(
            "leader server {}, {} {}",
            l + 1,
            epoch_word(c.flavour),
            sim.servers()[l].epoch()
        ),
        None => "no leader serving".into(),
    };
    let quorum = if sim.has_quorum() {
        "quorum ✓"
    } else {
        "NO QUORUM ✗"
    };
    format!(
        "{} servers up of {} (majority {}): {quorum}; {leader}.",
        up,
        c.servers,
        c.majority()
    )
}

/// Why ensembles stay small.
pub fn size_advice(c: &CoordConfig) -> String {
    format!(
        "Each write waits for {} of {} servers to store it, so a bigger ensemble tolerates more failures ({}) but writes slower. Recommended: 3 or 5, at most 7.",
        c.majority(),
        c.servers,
        c.servers - c.majority()
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
            let t = cl.token().map(|t| token(f, t)).unwrap_or_default();
            let frozen = if cl.paused_until().is_some() {
                " (frozen in a GC pause)"
            } else {
                ""
            };
            format!("client {}, fencing token {t}{frozen}", i + 1)
        })
        .collect();
    match (acting.len(), sim.lock_holder()) {
        (0, None) => "Lock holder: nobody.".into(),
        (0, Some((c, t))) => format!(
            "Lock holder: nobody acting; client {}'s node (token {}) still exists, but the client stopped leading.",
            c + 1,
            token(f, t)
        ),
        (1, _) => format!("Lock holder: {}.", acting[0]),
        _ => format!("{} clients believe they hold the lock: {}.", acting.len(), acting.join("; ")),
    }
}

/// The storage line of the status.
pub fn storage_status(sim: &CoordSim) -> String {
    let st = sim.storage();
    let f = sim.config().flavour;
    let accepted = st.records.iter().filter(|r| r.accepted).count();
    let rejected = st.records.iter().filter(|r| !r.accepted).count();
    let corrupt = st.records.iter().filter(|r| r.accepted && r.stale).count();
    let check = if st.fencing {
        "checks tokens"
    } else {
        "does not check tokens"
    };
    let highest = if st.highest == 0 {
        "none yet".to_string()
    } else {
        token(f, st.highest)
    };
    format!(
        "Storage ({check}): highest token {highest}; {} accepted, {rejected} rejected as stale, {} landed{}.",
        count(accepted, "write"),
        count(corrupt, "stale write"),
        if corrupt > 0 { " (corruption)" } else { "" }
    )
}

/// One election round's cost.
pub fn round(r: &ElectionRound, clients: usize) -> String {
    let took = match (r.elected_ms, r.winner) {
        (Some(t), Some((c, _))) => format!(
            "client {} led after {}",
            c + 1,
            secs(t.saturating_sub(r.started_ms))
        ),
        _ => "no leader yet".into(),
    };
    let what = if r.previous.is_some() {
        "Last failover"
    } else {
        "First election"
    };
    format!(
        "{what}: {}, {} from {clients} clients; {took}.",
        count(r.notifications as usize, "watch notification"),
        count(r.requests as usize, "request")
    )
}

/// The comparison kept across runs: notifications per failover for each recipe.
pub fn comparison(herd: Option<u32>, seq: Option<u32>) -> String {
    let one = |n: Option<u32>| n.map_or_else(|| "not measured yet".to_string(), |n| n.to_string());
    format!(
        "Notifications per failover: herd {}, sequential {}.",
        one(herd),
        one(seq)
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
    if list.is_empty() {
        "The watcher sees no api instances.".into()
    } else {
        format!(
            "The watcher sees {} api instances: {}.",
            list.len(),
            list.join(", ")
        )
    }
}

/// The last registration that left, with its window.
pub fn departure(d: &Departure, ttl_ms: u64) -> String {
    let at = |t: Option<u64>| t.map_or_else(|| "not yet".to_string(), secs);
    let window = match (d.down_ms, d.seen_ms) {
        (Some(a), Some(b)) => format!(
            " For {} the list still named a dead instance (timeout {}).",
            secs(b.saturating_sub(a)),
            secs(ttl_ms)
        ),
        _ => String::new(),
    };
    format!(
        "{}: crashed at {}, deleted by the ensemble at {}, gone from the watcher's list at {}.{window}",
        d.path,
        at(d.down_ms),
        at(d.removed_ms),
        at(d.seen_ms)
    )
}

/// The canvas's text alternative.
pub fn canvas_label(sim: &CoordSim) -> String {
    let c = sim.config();
    format!(
        "{} ensemble of {} servers above {} application clients{}, and a timeline of the messages between them. {}",
        flavour(c.flavour),
        c.servers,
        c.clients,
        if c.scenario == Scenario::Election { " and the storage service" } else { "" },
        ensemble_status(sim)
    )
}

/// The screen summary's current state.
pub fn state_summary(sim: &CoordSim, playing: bool) -> String {
    let c = sim.config();
    let run = if playing { "Running" } else { "Paused" };
    let scene = match c.scenario {
        Scenario::Election => format!("{} {}", lock_status(sim), storage_status(sim)),
        Scenario::Discovery => members(sim),
    };
    format!(
        "{run} at {}. {} {scene}",
        secs(sim.now_ms()),
        ensemble_status(sim)
    )
}

/// Narration when the clock is paused or started.
pub const PAUSED: Toggle = Toggle::new(
    "Paused. Press → to run to the next message or timer.",
    "Running.",
);

/// Narration when a step found nothing scheduled.
pub fn nothing_scheduled() -> &'static str {
    "Nothing is scheduled: every process is down."
}

/// Narration after a step in which nothing notable happened.
pub fn stepped(now_ms: u64) -> String {
    format!(
        "Stepped to {}: a message or a timer, nothing notable.",
        secs(now_ms)
    )
}

/// Why a scene button does nothing now.
pub fn blocked(b: crate::actions::Blocked) -> &'static str {
    use crate::actions::Blocked;
    match b {
        Blocked::NoLeader => "No client leads right now.",
        Blocked::NoInstance => "No api instance is running.",
        Blocked::NoServerLeader => "No server leads right now.",
        Blocked::NoQuorumAlready => "A majority is already down.",
        Blocked::AllUp => "Everything is already running.",
    }
}

/// The GC pause slider's value.
pub fn pause_value(s: u64) -> String {
    format!("{s} s")
}

/// The clients slider's value for screen readers.
pub fn clients_value(n: usize) -> String {
    format!("{n} application clients")
}

/// The timeout slider's label.
pub fn ttl_label(f: Flavour) -> &'static str {
    match f {
        Flavour::ZooKeeper => "Session timeout",
        Flavour::Etcd => "Lease TTL",
    }
}

/// The discovery line before any instance left.
pub fn no_departure() -> &'static str {
    "No instance has left yet: crash one and time how long the list still names it."
}

/// The store list's heading.
pub fn store_title(f: Flavour) -> &'static str {
    match f {
        Flavour::ZooKeeper => "Znodes (on the leader)",
        Flavour::Etcd => "Keys (on the leader)",
    }
}

/// One znode or key of the store list.
pub fn store_row(
    f: Flavour,
    path: &str,
    n: &dsim_core::coordination::Znode,
    owner: Option<usize>,
) -> String {
    let kind = match (f, owner) {
        (Flavour::ZooKeeper, Some(c)) => format!("ephemeral, client {}'s session", c + 1),
        (Flavour::Etcd, Some(c)) => format!("client {}'s lease", c + 1),
        (_, None) => "persistent".into(),
    };
    let stamp = match f {
        Flavour::ZooKeeper => format!("czxid 0x{:x}", n.czxid.as_u64()),
        Flavour::Etcd => format!("create rev {}", n.create_rev),
    };
    format!("{path} ({kind}; {stamp})")
}

/// The storage drum's title.
pub const STORAGE_NAME: Toggle = Toggle::new("Storage: CORRUPT", "Storage");

/// Whether the storage checks tokens, on the drum.
pub const STORAGE_CHECK: Toggle = Toggle::new("fencing on", "fencing off");

/// A timeline tick: whole seconds of model time.
pub fn secs_whole(ms: u64) -> String {
    format!("{} s", ms / 1000)
}
