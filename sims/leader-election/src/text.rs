//! Every sentence the leader election sim shows or speaks.

use dsim_core::election::{
    Algorithm, ElectionConfig, ElectionEvent, ElectionLab, ElectionSim, Happening, Role, Split,
    Stats, StepDown,
};
use dsim_ui::format::{plural_s, when_any, Toggle};

use crate::SLOWDOWN;

/// The algorithm's name.
pub fn algorithm(a: Algorithm) -> &'static str {
    match a {
        Algorithm::Raft => "Raft",
        Algorithm::Bully => "Bully",
    }
}

/// The opening sentence of a run.
pub fn start(c: &ElectionConfig) -> String {
    let mut extras = Vec::new();
    if c.pre_vote {
        extras.push("pre-vote");
    }
    if c.check_quorum {
        extras.push("CheckQuorum");
    }
    let extras = when_any(&extras, |e| format!(", Raft with {}", e.join(" and ")));
    format!(
        "{} nodes, no leader yet; election timeouts {}{}. Watch the timers run out.",
        c.nodes,
        timeout_range(c),
        extras
    )
}

/// The timeout range, "150–300 ms" or "200 ms (no randomness)".
pub fn timeout_range(c: &ElectionConfig) -> String {
    if c.timeout_min_ms == c.timeout_max_ms {
        format!("{} ms (no randomness)", c.timeout_min_ms)
    } else {
        format!("{}–{} ms", c.timeout_min_ms, c.timeout_max_ms)
    }
}

fn happening(a: Algorithm, h: &Happening) -> Option<(u8, String)> {
    let name = algorithm(a);
    let said = match *h {
        Happening::Elected { node, term } => match a {
            Algorithm::Raft => (
                5,
                format!("Raft: node {node} won a majority and leads term {term}."),
            ),
            Algorithm::Bully => (
                5,
                format!("Bully: node {node} heard no OK from a higher node and is coordinator."),
            ),
        },
        Happening::SteppedDown { node, cause } => (6, stepped_down(name, node, cause)),
        Happening::Crashed(n) => (4, format!("{name}: node {n} crashed.")),
        Happening::Restarted(n) => (4, format!("{name}: node {n} restarted.")),
        Happening::Dropped(m) => (
            3,
            format!(
                "{name}: a message from node {} to node {} was dropped.",
                m.from, m.to
            ),
        ),
        Happening::ElectionStarted { node, term } => match a {
            Algorithm::Raft => (
                2,
                format!("Raft: node {node} timed out and stands for term {term}."),
            ),
            Algorithm::Bully => (2, format!("Bully: node {node} starts an election.")),
        },
        Happening::PreVoteStarted { node } => (1, format!("Raft: node {node} asks for pre-votes.")),
        Happening::NetworkChanged => return None,
    };
    Some(said)
}

fn stepped_down(name: &str, node: usize, cause: StepDown) -> String {
    match cause {
        StepDown::NewerTerm(t) => format!("{name}: leader {node} saw term {t} and stepped down."),
        StepDown::LostQuorum => format!(
            "{name}: leader {node} has not heard from a majority (CheckQuorum) and stepped down."
        ),
        StepDown::HigherNode(h) => {
            format!("{name}: coordinator {node} heard from higher node {h} and gave way.")
        }
    }
}

/// The most notable thing each run did, in a sentence each, or None if nothing was.
pub fn narrate(said: &[Vec<Happening>; 2], lab: &ElectionLab) -> Option<String> {
    let mut parts = Vec::new();
    for (hs, a) in said.iter().zip(Algorithm::ALL) {
        let best = hs
            .iter()
            .filter_map(|h| happening(a, h))
            .max_by_key(|(rank, _)| *rank);
        if let Some((_, s)) = best {
            parts.push(s);
        }
    }
    if parts.is_empty() {
        return None;
    }
    let bully = lab.bully.leaders();
    if bully.len() > 1 {
        parts.push(format!(
            "Bully now has {} leaders at once: split brain.",
            bully.len()
        ));
    }
    Some(parts.join(" "))
}

/// What a user event did, when no node changed role because of it.
pub fn event_done(e: ElectionEvent) -> String {
    match e {
        ElectionEvent::Partition(Split::Heal) => "Every link works again.".into(),
        ElectionEvent::Partition(Split::ThreeTwo) => {
            "The network is split 3–2: the sides cannot reach each other.".into()
        }
        ElectionEvent::Partition(Split::TwoTwoOne) => {
            "The network is split 2–2–1: no side has a majority.".into()
        }
        ElectionEvent::ToggleLink(a, b) => {
            format!("The link between node {a} and node {b} changed.")
        }
        ElectionEvent::ToggleSlow(n) => format!("Node {n}'s network changed speed."),
        ElectionEvent::ToggleFlap => {
            "The highest node's network flaps between slow and fast every second (model time)."
                .into()
        }
        ElectionEvent::AllTimeout => "Every follower's timer fired at the same moment.".into(),
        ElectionEvent::CrashLeader => "There is no leader to crash.".into(),
        _ => "Nothing changed.".into(),
    }
}

/// When Drop finds nothing in flight.
pub fn nothing_to_drop() -> &'static str {
    "No message is in flight."
}

/// Play or pause.
pub const PAUSED: Toggle = Toggle::new("Paused.", "Playing.");

/// After a step that changed no role.
pub fn stepped(now: u64) -> String {
    format!("Stepped to {now} ms of model time.")
}

/// A panel's title: the algorithm and its leaders now.
pub fn panel_title(sim: &ElectionSim) -> String {
    let name = algorithm(sim.algorithm());
    match sim.leaders().as_slice() {
        [] => format!("{name}: no leader"),
        [l] => format!("{name}: leader {l}"),
        many => format!("{name}: {} leaders!", many.len()),
    }
}

fn role(sim: &ElectionSim, i: usize) -> &'static str {
    let Some(n) = sim.nodes().get(i) else {
        return "";
    };
    match (n.up, n.role, sim.algorithm()) {
        (false, ..) => "down",
        (_, Role::Leader, Algorithm::Raft) => "leader",
        (_, Role::Leader, Algorithm::Bully) => "coord.",
        (_, Role::Candidate, _) => "cand.",
        (_, Role::PreCandidate, _) => "pre",
        (_, Role::Waiting, _) => "wait",
        (_, Role::Follower, _) => "",
    }
}

/// The label under a node: its term in Raft and its role if it is not a plain follower.
pub fn node_tag(sim: &ElectionSim, i: usize) -> String {
    let r = role(sim, i);
    let slow = if sim.is_slow(i) { " slow" } else { "" };
    match (sim.algorithm(), sim.nodes().get(i)) {
        (Algorithm::Raft, Some(n)) => format!("T{} {r}{slow}", n.term).trim().to_string(),
        _ => format!("{r}{slow}").trim().to_string(),
    }
}

/// One run's counters as a sentence, for the status region.
pub fn counters(sim: &ElectionSim) -> String {
    let s: Stats = sim.stats();
    let elect = match (s.leaderless_since, s.last_elect_ms) {
        (Some(t), _) => format!("no leader for {} ms", sim.now_ms() - t),
        (None, Some(ms)) => format!("time to elect {ms} ms"),
        (None, None) => "leader from the start".into(),
    };
    format!(
        "{}: {elect}; {} messages sent; {} leader{} at once now (most {}); {} election{} started.",
        algorithm(sim.algorithm()),
        s.messages,
        s.leaders_now,
        plural_s(s.leaders_now),
        s.max_leaders,
        s.elections,
        plural_s(s.elections as usize),
    )
}

/// Who leads in each run, with terms, and what that means.
pub fn verdict(lab: &ElectionLab) -> String {
    let raft: Vec<String> = lab
        .raft
        .leaders()
        .iter()
        .map(|&l| format!("node {l} (term {})", lab.raft.nodes()[l].term))
        .collect();
    let bully = lab.bully.leaders();
    let raft_s = match raft.len() {
        0 => "Raft has no leader".to_string(),
        1 => format!("Raft's leader is {}", raft[0]),
        _ => {
            let newest = lab
                .raft
                .leaders()
                .iter()
                .map(|&l| lab.raft.nodes()[l].term)
                .max();
            format!(
                "Raft has {} leaders in different terms: {}; only term {}'s can commit",
                raft.len(),
                raft.join(", "),
                newest.unwrap_or(0)
            )
        }
    };
    let bully_s = match bully.len() {
        0 => "Bully has no coordinator".to_string(),
        1 => format!("Bully's coordinator is node {}", bully[0]),
        _ => format!(
            "Bully has {} coordinators at once (nodes {}): split brain, nothing stops it",
            bully.len(),
            list(&bully)
        ),
    };
    format!("{raft_s}. {bully_s}.")
}

fn list(ids: &[usize]) -> String {
    ids.iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The model clock, for the status region.
pub fn clock(lab: &ElectionLab) -> String {
    format!(
        "Model time {} ms (running {SLOWDOWN}× slower than real time).",
        lab.raft.now_ms()
    )
}

/// The canvas's text alternative.
pub fn canvas_label(lab: &ElectionLab) -> String {
    format!(
        "Two panels of {} nodes each, Raft and Bully. {}",
        lab.raft.config().nodes,
        verdict(lab)
    )
}

/// The screen summary's current part.
pub fn state_summary(lab: &ElectionLab, playing: bool) -> String {
    let state = if playing { "Playing" } else { "Paused" };
    format!(
        "{state}. {} {} {}",
        verdict(lab),
        counters(&lab.raft),
        counters(&lab.bully)
    )
}

/// A node button's accessible name.
pub fn node_button(lab: &ElectionLab, a: Algorithm, i: usize) -> String {
    let sim = lab.run(a);
    let up = sim.nodes().get(i).is_some_and(|n| n.up);
    let tag = node_tag(sim, i);
    let state = match (up, tag.is_empty()) {
        (false, _) => "down".to_string(),
        (true, true) => "follower".to_string(),
        (true, false) => tag,
    };
    let act = if up { "crash" } else { "restart" };
    format!("{} node {i}: {state}. Press to {act} it.", algorithm(a))
}

/// The keyboard node button's label.
pub const CRASH_LABEL: Toggle = Toggle::new("Crash node", "Restart node");

/// The slow toggle's label.
pub const SLOW_LABEL: Toggle = Toggle::new("Make node fast", "Make node slow");

/// The link toggle's label.
pub const LINK_LABEL: Toggle = Toggle::new("Mend link", "Cut link");

/// The flapping toggle's label.
pub const FLAP_LABEL: Toggle = Toggle::new("Stop the flapping", "Flapping slow link");
