//! The narration: one sentence (or a few) per outcome the model reports, and the captions of
//! the messages flying between the nodes.

use dsim_core::split_brain::{
    Arrival, Conflict, FailoverMode, MessageKind, Outcome, Refusal, Resolution, VoteRefusal,
    NODE_COUNT,
};
use dsim_ui::format::and_list;
use dsim_ui::i18n::{dec, yes_no};

use super::{
    conflict_sides, entries_listed, entry_label, entry_value, generation, mode_label, money,
    node_name, nodes_phrase, secs, write_label, write_letter,
};
use crate::msg::{self, t};

/// What one action or step did, as the narration line says it: its outcomes' sentences in
/// order. `mode` is the failover mode the outcomes happened in.
pub fn narrate(said: &[Outcome], mode: FailoverMode) -> String {
    narrate_with(said, |o| outcome_text(o, mode))
}

/// [`narrate`] with each outcome told by `say`.
pub fn narrate_with(said: &[Outcome], say: impl Fn(&Outcome) -> String) -> String {
    said.iter()
        .map(say)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One outcome in words.
pub fn outcome_text(o: &Outcome, mode: FailoverMode) -> String {
    common_text(o, mode).unwrap_or_else(|| mode_text(o))
}

/// The Raft and fencing modes' own outcomes in words (their elections, commits, tokens),
/// empty for any other.
pub fn mode_text(o: &Outcome) -> String {
    match o {
        Outcome::WriteReached {
            write,
            value,
            node,
            arrival,
        } => mode_arrival_text(*write, *value, *node, arrival).unwrap_or_default(),
        Outcome::YieldsToToken {
            node,
            other,
            token,
            old_token,
        } => t!(
            YIELDS_TO_TOKEN,
            node = node_name(*node),
            other = node_name(*other),
            token = *token,
            old = *old_token
        ),
        o @ (Outcome::Candidacy { .. }
        | Outcome::StaleLeaderStepsDown { .. }
        | Outcome::CandidacyDropped { .. }
        | Outcome::Voted { .. }
        | Outcome::VoteRefused { .. }
        | Outcome::CandidacyEnds { .. }) => election_text(o),
        o => raft_text(o),
    }
}

/// One outcome in words, if every mode can report it; `None` for the Raft and fencing modes'
/// own ([`mode_text`]).
pub fn common_text(o: &Outcome, mode: FailoverMode) -> Option<String> {
    Some(match o {
        Outcome::Refused(why) => refusal_text(*why),
        Outcome::WriteReached {
            write,
            value,
            node,
            arrival,
        } => return arrival_text(*write, *value, *node, arrival),
        Outcome::ConflictDetected(c) => conflict_text(c),
        Outcome::Resolved(r) => resolved_text(r),
        o @ Outcome::Promoted { .. } => promoted_text(o, mode),
        o @ (Outcome::Partitioned { .. }
        | Outcome::Healed { .. }
        | Outcome::LinkHealed { .. }
        | Outcome::LinkCut { .. }
        | Outcome::SkippedAhead { .. }
        | Outcome::AdvanceClamped { .. }
        | Outcome::ModeSet(_)
        | Outcome::Reset { .. }) => network_text(o),
        o @ (Outcome::BalanceClamped { .. }
        | Outcome::WriteScheduled { .. }
        | Outcome::SkewClamped { .. }
        | Outcome::SkewSet { .. }
        | Outcome::StonithSet { .. }
        | Outcome::PoweredOn { .. }) => setting_text(o),
        o @ (Outcome::Follows { .. }
        | Outcome::TakesWrites { .. }
        | Outcome::YieldsToEpoch { .. }
        | Outcome::WriteLost { .. }
        | Outcome::PointedAt { .. }
        | Outcome::Converged) => monitor_text(o, mode),
        Outcome::YieldsToToken { .. }
        | Outcome::Candidacy { .. }
        | Outcome::StaleLeaderStepsDown { .. }
        | Outcome::CandidacyDropped { .. }
        | Outcome::Voted { .. }
        | Outcome::VoteRefused { .. }
        | Outcome::CandidacyEnds { .. }
        | Outcome::Elected { .. }
        | Outcome::Discarded { .. }
        | Outcome::WriteCommitted { .. }
        | Outcome::CommittedLate { .. }
        | Outcome::ClientGaveUp { .. } => return None,
    })
}

/// Why an action changed nothing.
fn refusal_text(why: Refusal) -> String {
    match why {
        Refusal::AlreadyPartitioned => t!(REFUSED_PARTITIONED),
        Refusal::NothingToHeal => t!(REFUSED_NOTHING_TO_HEAL),
        Refusal::NoSuchLink { a, b } => {
            t!(REFUSED_NO_SUCH_LINK, a = node_name(a), b = node_name(b))
        }
        Refusal::NothingNotable { horizon_ms } => {
            t!(NOTHING_NOTABLE, s = dec(horizon_ms as f64 / 1000.0, 1))
        }
        Refusal::ConflictWaiting => t!(REFUSED_CONFLICT_WAITING),
        Refusal::TooManyWrites { max } => t!(REFUSED_TOO_MANY, max = max),
        Refusal::SpecWritesUnderway => t!(REFUSED_SPEC_UNDERWAY),
        Refusal::NoSuchNode { node } => t!(REFUSED_NO_SUCH_NODE, node = node_name(node)),
        Refusal::NoConflict => t!(REFUSED_NO_CONFLICT),
        Refusal::AlreadyRunning { node } => t!(REFUSED_ALREADY_RUNNING, node = node_name(node)),
    }
}

/// The links, "Skip ahead", the clock's step limit, a mode change and Reset.
fn network_text(o: &Outcome) -> String {
    match o {
        Outcome::Partitioned { leader_cut } => t!(PARTITIONED, leader = yes_no(*leader_cut)),
        Outcome::Healed { sync: false } => t!(HEALED),
        Outcome::Healed { sync: true } => format!("{} {}", t!(HEALED), t!(HEALED_SYNC)),
        Outcome::LinkHealed { a, b } => t!(LINK_HEALED, a = node_name(*a), b = node_name(*b)),
        Outcome::LinkCut { a, b, isolated } => {
            let cut = t!(LINK_CUT, a = node_name(*a), b = node_name(*b));
            if isolated.is_empty() {
                return cut;
            }
            let nodes = nodes_phrase(isolated);
            format!(
                "{cut} {}",
                t!(CUT_OFF, nodes = nodes, count = isolated.len())
            )
        }
        Outcome::SkippedAhead { ms: 0 } => t!(SKIPPED_AT_ONCE),
        Outcome::SkippedAhead { ms } => t!(SKIPPED_AHEAD, time = secs(*ms as f64)),
        Outcome::AdvanceClamped { max_ms, moved_ms } => t!(
            ADVANCE_CLAMPED,
            max = secs(*max_ms as f64),
            moved = secs(*moved_ms as f64)
        ),
        Outcome::ModeSet(mode) => t!(MODE_SET, mode = mode_label(*mode)),
        Outcome::Reset { balance } => t!(RESET, balance = money(*balance)),
        _ => String::new(),
    }
}

/// A client write sent, Node 1's clock, STONITH and powering a node on.
fn setting_text(o: &Outcome) -> String {
    match o {
        Outcome::BalanceClamped { max, value } => {
            t!(BALANCE_LIMITED, max = money(*max), value = money(*value))
        }
        Outcome::WriteScheduled {
            write,
            value,
            node,
            delay_ms,
        } => t!(
            WRITE_SCHEDULED,
            write = write_label(*write),
            value = money(*value),
            node = node_name(*node),
            time = secs(*delay_ms as f64)
        ),
        Outcome::SkewClamped { max_ms } => {
            t!(SKEW_LIMITED, max = secs(max_ms.unsigned_abs() as f64))
        }
        Outcome::SkewSet { ms } => skew_text(*ms),
        Outcome::StonithSet { on, applies } => t!(
            STONITH_SET,
            on = if *on { "on" } else { "off" },
            applies = yes_no(*applies)
        ),
        Outcome::PoweredOn { node, leader } => match leader {
            Some(l) => t!(
                POWERED_ON_TOLD,
                node = node_name(*node),
                leader = node_name(*l)
            ),
            None => t!(POWERED_ON, node = node_name(*node)),
        },
        _ => String::new(),
    }
}

/// Node 1's new clock offset and what it does to the writes it stamps.
fn skew_text(ms: i64) -> String {
    let by = secs(ms.unsigned_abs() as f64);
    match ms.cmp(&0) {
        std::cmp::Ordering::Equal => t!(SKEW_EXACT),
        std::cmp::Ordering::Greater => t!(SKEW_FAST, by = by),
        std::cmp::Ordering::Less => t!(SKEW_SLOW, by = by),
    }
}

/// How the sentence about a client write reaching `node` begins.
fn arrival_intro(write: usize, value: i64, node: usize, arrival: &Arrival) -> String {
    let redirect = arrival.leader().filter(|&l| l != node);
    t!(
        ARRIVAL_INTRO,
        write = write_label(write),
        value = money(value),
        node = node_name(node),
        redirect = yes_no(redirect.is_some()),
        leader = redirect.map(node_name).unwrap_or_default()
    )
}

/// What became of a client write when it reached `node`, unless a Raft or fencing leader
/// took it ([`mode_arrival_text`]).
fn arrival_text(write: usize, value: i64, node: usize, arrival: &Arrival) -> Option<String> {
    if matches!(
        arrival,
        Arrival::TokenRefused { .. } | Arrival::TokenAccepted { .. } | Arrival::Appended { .. }
    ) {
        return None;
    }
    let intro = arrival_intro(write, value, node, arrival);
    Some(match arrival {
        Arrival::PoweredOff => t!(ARRIVAL_POWERED_OFF, intro = intro, node = node_name(node)),
        Arrival::Frozen => t!(ARRIVAL_FROZEN, intro = intro),
        Arrival::NoLeader { candidate } => {
            t!(
                ARRIVAL_NO_LEADER,
                intro = intro,
                candidate = yes_no(*candidate)
            )
        }
        Arrival::Acknowledged {
            leader,
            stamped_ms,
            replicas,
        } => t!(
            ARRIVAL_ACKNOWLEDGED,
            intro = intro,
            leader = node_name(*leader),
            time = secs(*stamped_ms as f64),
            count = replicas.len(),
            replicas = nodes_phrase(replicas)
        ),
        _ => return None,
    })
}

/// What became of a client write a Raft or fencing leader took (or its token was refused).
fn mode_arrival_text(write: usize, value: i64, node: usize, arrival: &Arrival) -> Option<String> {
    let intro = arrival_intro(write, value, node, arrival);
    Some(match arrival {
        Arrival::TokenRefused {
            leader,
            token,
            highest,
        } => t!(
            ARRIVAL_TOKEN_REFUSED,
            intro = intro,
            leader = node_name(*leader),
            token = *token,
            highest = *highest
        ),
        Arrival::TokenAccepted { leader, token } => t!(
            ARRIVAL_TOKEN_ACCEPTED,
            intro = intro,
            leader = node_name(*leader),
            token = *token
        ),
        Arrival::Appended {
            leader,
            term,
            index,
            replicas,
        } => t!(
            ARRIVAL_APPENDED,
            intro = intro,
            leader = node_name(*leader),
            term = *term,
            index = *index,
            count = replicas.len(),
            replicas = nodes_phrase(replicas)
        ),
        _ => return None,
    })
}

/// The monitor's promotion, with STONITH and the leader left behind.
fn promoted_text(o: &Outcome, mode: FailoverMode) -> String {
    let Outcome::Promoted {
        silent,
        lost_leader,
        silent_ms,
        powered_off,
        node,
        epoch,
        still_leading,
    } = o
    else {
        return String::new();
    };
    let mut said = vec![t!(
        PROMOTED_SILENT,
        nodes = nodes_phrase(silent),
        count = silent.len(),
        known = yes_no(lost_leader.is_some()),
        lost = lost_leader.map(node_name).unwrap_or_default(),
        time = secs(*silent_ms as f64)
    )];
    if let Some(old) = powered_off {
        said.push(t!(PROMOTED_STONITH, node = node_name(*old)));
    }
    let mode = mode.param();
    said.push(t!(
        PROMOTED,
        mode = mode,
        node = node_name(*node),
        epoch = *epoch
    ));
    if let Some((other, term)) = still_leading {
        said.push(t!(
            STILL_LEADING,
            mode = mode,
            node = node_name(*other),
            term = *term
        ));
    }
    said.join(" ")
}

/// Monitor modes: replicas following, leaders meeting, lost writes.
fn monitor_text(o: &Outcome, mode: FailoverMode) -> String {
    match o {
        Outcome::Follows {
            node,
            leader,
            epoch,
        } => t!(
            FOLLOWS,
            node = node_name(*node),
            leader = node_name(*leader),
            generation = generation(mode, *epoch)
        ),
        Outcome::TakesWrites { node, other } => {
            t!(
                TAKES_WRITES,
                node = node_name(*node),
                other = node_name(*other)
            )
        }
        Outcome::YieldsToEpoch {
            node,
            other,
            epoch,
            logs_agree,
        } => t!(
            YIELDS_TO_EPOCH,
            node = node_name(*node),
            other = node_name(*other),
            epoch = *epoch,
            agree = yes_no(*logs_agree)
        ),
        Outcome::WriteLost { write, value } => {
            t!(
                WRITE_LOST,
                write = write_label(*write),
                value = money(*value)
            )
        }
        Outcome::PointedAt { node, leader } => {
            t!(
                POINTED_AT,
                node = node_name(*node),
                leader = node_name(*leader)
            )
        }
        Outcome::Converged => t!(CONVERGED),
        _ => String::new(),
    }
}

/// Raft elections: candidacies, votes, stepping down.
fn election_text(o: &Outcome) -> String {
    match o {
        Outcome::Candidacy {
            node,
            term,
            retry,
            waited_ms,
            asked,
        } => t!(
            CANDIDACY,
            retry = yes_no(*retry),
            node = node_name(*node),
            previous = term.saturating_sub(1),
            time = secs(*waited_ms as f64),
            term = *term,
            count = asked.len(),
            asked = nodes_phrase(asked)
        ),
        Outcome::StaleLeaderStepsDown { node, term, old } => t!(
            STALE_LEADER_STEPS_DOWN,
            node = node_name(*node),
            term = *term,
            old = *old
        ),
        Outcome::CandidacyDropped { node, term, old } => t!(
            CANDIDACY_DROPPED,
            node = node_name(*node),
            term = *term,
            old = *old
        ),
        Outcome::Voted {
            voter,
            candidate,
            term,
        } => t!(
            VOTED,
            voter = node_name(*voter),
            candidate = node_name(*candidate),
            term = *term
        ),
        Outcome::VoteRefused {
            voter,
            candidate,
            term,
            reason,
        } => {
            let (reason, other) = match reason {
                VoteRefusal::AlreadyVoted(v) => ("voted", node_name(*v)),
                VoteRefusal::LogNewer => ("log", String::new()),
            };
            t!(
                VOTE_REFUSED,
                voter = node_name(*voter),
                candidate = node_name(*candidate),
                term = *term,
                reason = reason,
                other = other
            )
        }
        Outcome::CandidacyEnds { node, leader, term } => t!(
            CANDIDACY_ENDS,
            node = node_name(*node),
            leader = node_name(*leader),
            term = *term
        ),
        _ => String::new(),
    }
}

/// Raft replication: a new leader, overwritten entries, commits and clients giving up.
fn raft_text(o: &Outcome) -> String {
    match o {
        Outcome::Elected {
            node,
            term,
            votes,
            stale,
        } => {
            let won = t!(
                ELECTED,
                node = node_name(*node),
                term = *term,
                voters = nodes_phrase(votes),
                votes = votes.len(),
                total = NODE_COUNT
            );
            let stale = stale
                .iter()
                .map(|(l, t)| t!(ELECTED_STALE, node = node_name(*l), term = *t));
            std::iter::once(won)
                .chain(stale)
                .collect::<Vec<_>>()
                .join(" ")
        }
        Outcome::Discarded {
            node,
            leader,
            term,
            entries,
        } => {
            let thrown: Vec<String> = entries
                .iter()
                .map(|e| {
                    let (entry, value) = (entry_label(e), money(e.value));
                    t!(ENTRY_WITH_TERM, entry = entry, value = value, term = e.term)
                })
                .collect();
            t!(
                DISCARDED,
                node = node_name(*node),
                entries = and_list(&thrown),
                term = *term,
                leader = node_name(*leader)
            )
        }
        Outcome::WriteCommitted {
            write,
            value,
            leader,
        } => t!(
            WRITE_COMMITTED,
            write = write_label(*write),
            value = money(*value),
            leader = node_name(*leader)
        ),
        Outcome::CommittedLate { write, value } => {
            t!(
                COMMITTED_LATE,
                write = write_label(*write),
                value = money(*value)
            )
        }
        Outcome::ClientGaveUp {
            write,
            leader,
            waited_ms,
            committed,
        } => {
            let gave_up = if *committed {
                msg::GAVE_UP_COMMITTED
            } else {
                msg::GAVE_UP
            };
            t!(
                (gave_up),
                write = write_label(*write),
                time = secs(*waited_ms as f64),
                known = yes_no(leader.is_some()),
                leader = leader.map(node_name).unwrap_or_default()
            )
        }
        _ => String::new(),
    }
}

/// Two leaders' sync found divergent logs.
fn conflict_text(c: &Conflict) -> String {
    let (a, b) = c.between;
    t!(
        CONFLICT,
        a = node_name(a),
        b = node_name(b),
        sides = and_list(&conflict_sides(c))
    )
}

/// How the operator's resolution came out.
fn resolved_text(r: &Resolution) -> String {
    match r {
        Resolution::LastWriteWins {
            winner,
            lost,
            older_won,
        } => {
            let mut said = vec![t!(
                LWW_RESOLVED,
                entry = entry_label(winner),
                time = secs(winner.stamped_ms as f64),
                node = node_name(winner.node),
                value = money(winner.value)
            )];
            let losers: Vec<String> = lost
                .iter()
                .map(|e| {
                    let (entry, value) = (entry_label(e), money(e.value));
                    t!(
                        LWW_LOSER,
                        entry = entry,
                        value = value,
                        time = secs(e.stamped_ms as f64)
                    )
                })
                .collect();
            if !losers.is_empty() {
                said.push(t!(
                    LWW_LOST,
                    losers = and_list(&losers),
                    count = losers.len()
                ));
            }
            if *older_won {
                said.push(t!(
                    LWW_SKEW,
                    entry = entry_label(winner),
                    stamped = secs(winner.stamped_ms as f64),
                    real = secs(winner.real_ms as f64)
                ));
            }
            said.join(" ")
        }
        Resolution::Manual { value, kept } => t!(
            MANUAL_RESOLVED,
            value = money(*value),
            kept = entries_listed(kept, entry_value)
        ),
    }
}

/// A message's captions for its moving dot: the full one, e.g. "RequestVote (term 2)", and a
/// short one for narrow canvases, e.g. "RequestVote t2" (empty for none).
pub fn message_captions(kind: &MessageKind) -> (String, String) {
    common_captions(kind).unwrap_or_else(|| raft_captions(kind))
}

/// The captions of a monitor mode's message (a heartbeat or a sync); `None` for Raft's.
pub fn common_captions(kind: &MessageKind) -> Option<(String, String)> {
    match kind {
        MessageKind::Heartbeat { epoch, .. } => {
            Some((t!(CAP_HEARTBEAT, epoch = *epoch), String::new()))
        }
        MessageKind::Sync { epoch, .. } => Some((t!(CAP_SYNC, epoch = *epoch), t!(CAP_SYNC_SHORT))),
        _ => None,
    }
}

/// The captions of Raft's messages (empty for the others).
fn raft_captions(kind: &MessageKind) -> (String, String) {
    match kind {
        MessageKind::Heartbeat { .. } | MessageKind::Sync { .. } => Default::default(),
        MessageKind::RequestVote { term, .. } => (
            t!(CAP_REQUEST_VOTE, term = *term),
            t!(CAP_REQUEST_VOTE_SHORT, term = *term),
        ),
        MessageKind::Vote { term, granted } => (
            t!(CAP_VOTE, granted = yes_no(*granted), term = *term),
            t!(CAP_VOTE_SHORT, granted = yes_no(*granted), term = *term),
        ),
        MessageKind::AppendEntries { term, entries, .. } if entries.is_empty() => (
            t!(CAP_APPEND_HEARTBEAT, term = *term),
            t!(CAP_APPEND_HEARTBEAT_SHORT),
        ),
        MessageKind::AppendEntries { term, entries, .. } => {
            let names: Vec<String> = entries.iter().map(entry_label).collect();
            let letters: Vec<String> = entries
                .iter()
                .map(|e| match e.source {
                    dsim_core::split_brain::EntrySource::Write(i) => write_letter(i),
                    _ => entry_label(e),
                })
                .collect();
            (
                t!(CAP_APPEND, names = names.join(", "), term = *term),
                t!(CAP_APPEND_SHORT, letters = letters.join(","), term = *term),
            )
        }
        MessageKind::AppendReply {
            success,
            match_index,
            ..
        } => {
            let full = if *success {
                t!(CAP_ACK, index = *match_index)
            } else {
                t!(CAP_NACK)
            };
            (full, String::new())
        }
    }
}
