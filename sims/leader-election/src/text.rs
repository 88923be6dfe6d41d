//! Every sentence the leader election sim shows or speaks. The words are the messages of
//! `locales/<lang>.ftl`; this module picks them and fills in the numbers.

use dsim_core::election::{
    Algorithm, ElectionConfig, ElectionEvent, ElectionLab, ElectionSim, Happening, Role, Split,
    Stats, StepDown,
};
use dsim_ui::format::Toggle;
use dsim_ui::i18n::yes_no;

use crate::msg::{self, t};
use crate::SLOWDOWN;

/// The algorithm's name.
pub fn algorithm(a: Algorithm) -> String {
    match a {
        Algorithm::Raft => t!(RAFT),
        Algorithm::Bully => t!(BULLY),
    }
}

/// The opening sentence of a run.
pub fn start(c: &ElectionConfig) -> String {
    let extras = match (c.pre_vote, c.check_quorum) {
        (false, false) => "none",
        (true, false) => "prevote",
        (false, true) => "checkquorum",
        (true, true) => "both",
    };
    t!(
        START,
        nodes = c.nodes,
        range = timeout_range(c),
        extras = extras
    )
}

/// The timeout range, "150–300 ms" or "200 ms (no randomness)".
pub fn timeout_range(c: &ElectionConfig) -> String {
    if c.timeout_min_ms == c.timeout_max_ms {
        t!(TIMEOUT_FIXED, ms = c.timeout_min_ms)
    } else {
        t!(
            TIMEOUT_RANGE,
            min = c.timeout_min_ms,
            max = c.timeout_max_ms
        )
    }
}

fn happening(a: Algorithm, h: &Happening) -> Option<(u8, String)> {
    let name = algorithm(a);
    let said = match *h {
        Happening::Elected { node, term } => match a {
            Algorithm::Raft => (5, t!(RAFT_ELECTED, node = node, term = term)),
            Algorithm::Bully => (5, t!(BULLY_ELECTED, node = node)),
        },
        Happening::SteppedDown { node, cause } => (6, stepped_down(&name, node, cause)),
        Happening::Crashed(n) => (4, t!(CRASHED, algo = &name, node = n)),
        Happening::Restarted(n) => (4, t!(RESTARTED, algo = &name, node = n)),
        Happening::Dropped(m) => (3, t!(DROPPED, algo = &name, from = m.from, to = m.to)),
        Happening::ElectionStarted { node, term } => match a {
            Algorithm::Raft => (2, t!(RAFT_STANDS, node = node, term = term)),
            Algorithm::Bully => (2, t!(BULLY_STARTS, node = node)),
        },
        Happening::PreVoteStarted { node } => (1, t!(PRE_VOTE_STARTED, node = node)),
        Happening::NetworkChanged => return None,
    };
    Some(said)
}

fn stepped_down(name: &str, node: usize, cause: StepDown) -> String {
    match cause {
        StepDown::NewerTerm(term) => t!(SAW_NEWER_TERM, algo = name, node = node, term = term),
        StepDown::LostQuorum => t!(LOST_QUORUM, algo = name, node = node),
        StepDown::HigherNode(h) => t!(GAVE_WAY, algo = name, node = node, higher = h),
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
        parts.push(t!(BULLY_SPLIT_BRAIN, leaders = bully.len()));
    }
    Some(parts.join(" "))
}

/// What a user event did, when no node changed role because of it.
pub fn event_done(e: ElectionEvent) -> String {
    match e {
        ElectionEvent::Partition(Split::Heal) => t!(HEALED),
        ElectionEvent::Partition(Split::ThreeTwo) => t!(SPLIT_THREE_TWO),
        ElectionEvent::Partition(Split::TwoTwoOne) => t!(SPLIT_TWO_TWO_ONE),
        ElectionEvent::ToggleLink(a, b) => t!(LINK_CHANGED, a = a, b = b),
        ElectionEvent::ToggleSlow(n) => t!(SPEED_CHANGED, node = n),
        ElectionEvent::ToggleFlap => t!(FLAPPING),
        ElectionEvent::AllTimeout => t!(ALL_TIMEOUT),
        ElectionEvent::CrashLeader => t!(NO_LEADER_TO_CRASH),
        _ => t!(NOTHING_CHANGED),
    }
}

/// When Drop finds nothing in flight.
pub fn nothing_to_drop() -> String {
    t!(NOTHING_TO_DROP)
}

/// Two messages of a two-state word, rendered in the page's language when picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Said(pub Toggle);

impl Said {
    /// The words for the state `on`.
    pub fn pick(self, on: bool) -> String {
        t!((self.0.pick(on)))
    }
}

/// Play or pause.
pub const PAUSED: Toggle = Toggle::new(msg::PAUSED, msg::PLAYING);

/// After a step that changed no role.
pub fn stepped(now: u64) -> String {
    t!(STEPPED, now = now)
}

/// After Reset, before the opening sentence.
pub fn reset() -> String {
    t!(RESET_DONE)
}

/// A panel's title: the algorithm and its leaders now.
pub fn panel_title(sim: &ElectionSim) -> String {
    let leaders = sim.leaders();
    t!(
        PANEL_TITLE,
        algo = algorithm(sim.algorithm()),
        leaders = leaders.len(),
        leader = leaders.first().copied().unwrap_or(0)
    )
}

fn role(sim: &ElectionSim, i: usize) -> Option<&'static str> {
    let n = sim.nodes().get(i)?;
    match (n.up, n.role, sim.algorithm()) {
        (false, ..) => Some(msg::ROLE_DOWN),
        (_, Role::Leader, Algorithm::Raft) => Some(msg::ROLE_LEADER),
        (_, Role::Leader, Algorithm::Bully) => Some(msg::ROLE_COORDINATOR),
        (_, Role::Candidate, _) => Some(msg::ROLE_CANDIDATE),
        (_, Role::PreCandidate, _) => Some(msg::ROLE_PRE_CANDIDATE),
        (_, Role::Waiting, _) => Some(msg::ROLE_WAITING),
        (_, Role::Follower, _) => None,
    }
}

/// The label under a node: its term in Raft and its role if it is not a plain follower.
pub fn node_tag(sim: &ElectionSim, i: usize) -> String {
    let term = match (sim.algorithm(), sim.nodes().get(i)) {
        (Algorithm::Raft, Some(n)) => Some(t!(TAG_TERM, term = n.term)),
        _ => None,
    };
    let role = role(sim, i).map(|r| t!((r)));
    let slow = sim.is_slow(i).then(|| t!(TAG_SLOW));
    [term, role, slow]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One run's counters as a sentence, for the status region.
pub fn counters(sim: &ElectionSim) -> String {
    let s: Stats = sim.stats();
    let (elect, ms) = match (s.leaderless_since, s.last_elect_ms) {
        (Some(since), _) => ("leaderless", sim.now_ms() - since),
        (None, Some(ms)) => ("elected", ms),
        (None, None) => ("start", 0),
    };
    t!(
        COUNTERS,
        algo = algorithm(sim.algorithm()),
        elect = elect,
        ms = ms,
        messages = s.messages,
        leaders = s.leaders_now,
        most = s.max_leaders,
        elections = s.elections
    )
}

/// Who leads in each run, with terms, and what that means.
pub fn verdict(lab: &ElectionLab) -> String {
    let raft_leaders = lab.raft.leaders();
    let term = |l: usize| lab.raft.nodes()[l].term;
    let raft = match raft_leaders.as_slice() {
        [] => t!(RAFT_NO_LEADER),
        [l] => t!(RAFT_LEADER, node = *l, term = term(*l)),
        many => {
            let items: Vec<String> = many
                .iter()
                .map(|&l| t!(RAFT_LEADER_ITEM, node = l, term = term(l)))
                .collect();
            let newest = many.iter().map(|&l| term(l)).max().unwrap_or(0);
            t!(
                RAFT_LEADERS,
                count = many.len(),
                list = items.join(", "),
                newest = newest
            )
        }
    };
    let bully = match lab.bully.leaders().as_slice() {
        [] => t!(BULLY_NO_COORDINATOR),
        [l] => t!(BULLY_COORDINATOR, node = *l),
        many => t!(BULLY_COORDINATORS, count = many.len(), list = list(many)),
    };
    format!("{raft} {bully}")
}

fn list(ids: &[usize]) -> String {
    ids.iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The model clock, for the status region.
pub fn clock(lab: &ElectionLab) -> String {
    t!(CLOCK, now = lab.raft.now_ms(), slowdown = SLOWDOWN)
}

/// The canvas's text alternative.
pub fn canvas_label(lab: &ElectionLab) -> String {
    format!(
        "{} {}",
        t!(CANVAS_LABEL, nodes = lab.raft.config().nodes),
        verdict(lab)
    )
}

/// The screen summary's current part.
pub fn state_summary(lab: &ElectionLab, playing: bool) -> String {
    format!(
        "{} {} {} {}",
        t!((PAUSED.pick(!playing))),
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
        (false, _) => t!(NODE_DOWN),
        (true, true) => t!(NODE_FOLLOWER),
        (true, false) => tag,
    };
    t!(
        NODE_BUTTON,
        algo = algorithm(a),
        node = i,
        state = state,
        up = yes_no(up)
    )
}

/// The keyboard node button's label.
pub const CRASH_LABEL: Said = Said(Toggle::new(msg::CRASH_NODE, msg::RESTART_NODE));

/// The slow toggle's label.
pub const SLOW_LABEL: Said = Said(Toggle::new(msg::MAKE_FAST, msg::MAKE_SLOW));

/// The link toggle's label.
pub const LINK_LABEL: Said = Said(Toggle::new(msg::MEND_LINK, msg::CUT_LINK));

/// The flapping toggle's label.
pub const FLAP_LABEL: Said = Said(Toggle::new(msg::STOP_FLAPPING, msg::FLAPPING_LINK));

/// A word of the panel that takes no number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// The step button.
    NextEvent,
    /// The status region's accessible name.
    StatusName,
    /// The scenario group's accessible name.
    ScenariosName,
    /// Crashes the leader of both runs.
    CrashLeader,
    /// Splits the network 3–2.
    PartitionThreeTwo,
    /// Splits the network 2–2–1.
    PartitionTwoTwoOne,
    /// Mends every link.
    Heal,
    /// Fires every timer at once.
    SimultaneousTimeouts,
    /// Drops the next message of each run.
    DropNext,
    /// The keyboard controls' accessible name.
    NodeAndLink,
    /// The node list's label.
    Node,
    /// The peer list's label.
    LinkTo,
    /// Why the link button does nothing.
    PickTwo,
    /// The node count slider.
    Nodes,
    /// The lower end of the timeout range.
    TimeoutMin,
    /// The upper end of the timeout range.
    TimeoutMax,
    /// Raft's pre-vote switch.
    PreVote,
    /// Raft's CheckQuorum switch.
    CheckQuorum,
}

/// A word of the panel.
pub fn word(w: Word) -> String {
    t!((word_id(w)))
}

/// A word's message, for words the shell keeps for the page's life.
pub fn word_id(w: Word) -> &'static str {
    match w {
        Word::NextEvent => msg::NEXT_EVENT,
        Word::StatusName => msg::STATUS_NAME,
        Word::ScenariosName => msg::SCENARIOS_NAME,
        Word::CrashLeader => msg::CRASH_LEADER,
        Word::PartitionThreeTwo => msg::PARTITION_THREE_TWO,
        Word::PartitionTwoTwoOne => msg::PARTITION_TWO_TWO_ONE,
        Word::Heal => msg::HEAL,
        Word::SimultaneousTimeouts => msg::SIMULTANEOUS_TIMEOUTS,
        Word::DropNext => msg::DROP_NEXT,
        Word::NodeAndLink => msg::NODE_AND_LINK,
        Word::Node => msg::NODE_LABEL,
        Word::LinkTo => msg::LINK_TO,
        Word::PickTwo => msg::PICK_TWO,
        Word::Nodes => msg::NODES_LABEL,
        Word::TimeoutMin => msg::TIMEOUT_MIN,
        Word::TimeoutMax => msg::TIMEOUT_MAX,
        Word::PreVote => msg::PRE_VOTE,
        Word::CheckQuorum => msg::CHECK_QUORUM,
    }
}

/// A node in the node lists: "node 3".
pub fn node_option(i: usize) -> String {
    t!(NODE_OPTION, node = i)
}

/// The node count as a screen reader says it.
pub fn nodes_value(n: usize) -> String {
    t!(NODES_VALUE, nodes = n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn german() {
        crate::msg::speak("de");
    }

    #[test]
    fn english_sentences_keep_their_words() {
        let c = ElectionConfig {
            pre_vote: true,
            check_quorum: true,
            ..ElectionConfig::default()
        };
        assert_eq!(
            start(&c),
            "5 nodes, no leader yet; election timeouts 150–300 ms, Raft with pre-vote and CheckQuorum. Watch the timers run out."
        );
        let lab = ElectionLab::new(ElectionConfig::default(), 42);
        assert_eq!(
            verdict(&lab),
            "Raft has no leader. Bully has no coordinator."
        );
        assert_eq!(
            counters(&lab.raft),
            "Raft: no leader for 0 ms; 0 messages sent; 0 leaders at once now (most 0); 0 elections started."
        );
        assert_eq!(
            node_button(&lab, Algorithm::Bully, 2),
            "Bully node 2: follower. Press to crash it."
        );
    }

    #[test]
    fn german_sentences_take_german_plurals() {
        german();
        let mut lab = ElectionLab::new(ElectionConfig::default(), 42);
        assert_eq!(
            start(&lab.raft.config()),
            "5 Knoten, noch kein Leader; Wahl-Timeouts 150–300 ms. Beobachten Sie, wie die Timer ablaufen."
        );
        lab.advance(2_000);
        let raft = counters(&lab.raft);
        assert!(raft.starts_with("Raft: Wahl dauerte "), "{raft}");
        assert!(
            raft.contains("; jetzt 1 Leader zugleich (höchstens 1); 1 Wahl begonnen."),
            "{raft}"
        );
        lab.apply(ElectionEvent::Partition(Split::TwoTwoOne));
        lab.advance(3_000);
        let bully = counters(&lab.bully);
        assert!(bully.contains("Wahlen begonnen."), "{bully}");
        assert!(verdict(&lab).contains("Koordinatoren zugleich (Knoten 1, 3, 4): Split-Brain"));
        lab.apply(ElectionEvent::ToggleNode(4));
        assert_eq!(
            node_button(&lab, Algorithm::Bully, 4),
            "Bully-Knoten 4 (ausgefallen). Drücken, um ihn neu zu starten."
        );
        assert_eq!(CRASH_LABEL.pick(false), "Knoten neu starten");
    }
}
