//! The narration: one sentence (or a few) per outcome the model reports, and the captions of
//! the messages flying between the nodes.

use dsim_core::split_brain::{
    Arrival, Conflict, FailoverMode, MessageKind, Outcome, Refusal, Resolution, VoteRefusal,
    NODE_COUNT,
};
use dsim_ui::format::and_list;

use super::{
    conflict_sides, entry_label, mode_label, money, node_name, nodes_phrase, nodes_verb, secs,
    term_word, write_label, write_letter,
};

/// What one action or step did, as the narration line says it: its outcomes' sentences in
/// order. `mode` is the failover mode the outcomes happened in.
pub fn narrate(said: &[Outcome], mode: FailoverMode) -> String {
    said.iter()
        .map(|o| outcome_text(o, mode))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One outcome in words.
pub fn outcome_text(o: &Outcome, mode: FailoverMode) -> String {
    match o {
        Outcome::Refused(why) => refusal_text(*why),
        Outcome::WriteReached {
            write,
            value,
            node,
            arrival,
        } => arrival_text(*write, *value, *node, arrival),
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
        | Outcome::YieldsToToken { .. }
        | Outcome::TakesWrites { .. }
        | Outcome::YieldsToEpoch { .. }
        | Outcome::WriteLost { .. }
        | Outcome::PointedAt { .. }
        | Outcome::Converged) => monitor_text(o, mode),
        o @ (Outcome::Candidacy { .. }
        | Outcome::StaleLeaderStepsDown { .. }
        | Outcome::CandidacyDropped { .. }
        | Outcome::Voted { .. }
        | Outcome::VoteRefused { .. }
        | Outcome::CandidacyEnds { .. }) => election_text(o),
        o @ (Outcome::Elected { .. }
        | Outcome::Discarded { .. }
        | Outcome::WriteCommitted { .. }
        | Outcome::CommittedLate { .. }
        | Outcome::ClientGaveUp { .. }) => raft_text(o),
    }
}

/// Why an action changed nothing.
fn refusal_text(why: Refusal) -> String {
    match why {
        Refusal::AlreadyPartitioned => "Node 1 is already cut off from Nodes 2 and 3.".to_string(),
        Refusal::NothingToHeal => "Every link is already up.".to_string(),
        Refusal::NoSuchLink { a, b } => format!(
            "There is no link between {} and {}; links join two different nodes of 1 to 3.",
            node_name(a),
            node_name(b)
        ),
        Refusal::NothingNotable { horizon_ms } => format!(
            "Nothing notable happens in the next {}; the cluster stays as it is.",
            secs(horizon_ms as f64)
        ),
        Refusal::ConflictWaiting => {
            "The cluster refuses writes until the conflict is resolved.".to_string()
        }
        Refusal::TooManyWrites { max } => {
            format!("This run already has {max} writes; press Reset to start again.")
        }
        Refusal::SpecWritesUnderway => "The spec's writes are already on their way.".to_string(),
        Refusal::NoSuchNode { node } => format!(
            "There is no {}; the cluster has Nodes 1 to 3.",
            node_name(node)
        ),
        Refusal::NoConflict => "There is no conflict to resolve.".to_string(),
        Refusal::AlreadyRunning { node } => format!("{} is already running.", node_name(node)),
    }
}

/// The links, "Skip ahead", the clock's step limit, a mode change and Reset.
fn network_text(o: &Outcome) -> String {
    match o {
        Outcome::Partitioned { leader_cut } => format!(
            "Partition: the links from {} to Nodes 2 and 3 are cut. Heartbeats and replication from Node 1 no longer get through.",
            if *leader_cut { "Node 1 (the leader)" } else { "Node 1" }
        ),
        Outcome::Healed { sync } => {
            let mut s = "Heal: every link is up again.".to_string();
            if *sync {
                s.push_str(" The leaders on both sides send each other a sync.");
            }
            s
        }
        Outcome::LinkHealed { a, b } => {
            format!("The link {}–{} is healed.", node_name(*a), node_name(*b))
        }
        Outcome::LinkCut { a, b, isolated } => {
            let mut s = format!("The link {}–{} is cut.", node_name(*a), node_name(*b));
            if !isolated.is_empty() {
                s.push_str(&format!(
                    " {} cut off from the others.",
                    nodes_verb(isolated, "is", "are")
                ));
            }
            s
        }
        Outcome::SkippedAhead { ms: 0 } => "Next, at once:".to_string(),
        Outcome::SkippedAhead { ms } => format!("Skipped ahead {}.", secs(*ms as f64)),
        Outcome::AdvanceClamped { max_ms, moved_ms } => format!(
            "Time moves at most {} per step; it moved {}.",
            secs(*max_ms as f64),
            secs(*moved_ms as f64)
        ),
        Outcome::ModeSet(mode) => format!(
            "Failover by {}: the run starts again with Node 1 leading.",
            mode_label(*mode)
        ),
        Outcome::Reset { balance } => format!(
            "Reset: every link is up, Node 1 leads and every node holds {}.",
            money(*balance)
        ),
        _ => String::new(),
    }
}

/// A client write sent, Node 1's clock, STONITH and powering a node on.
fn setting_text(o: &Outcome) -> String {
    match o {
        Outcome::BalanceClamped { max, value } => format!(
            "Balances are limited to ±{}; the write sets {}.",
            money(*max),
            money(*value)
        ),
        Outcome::WriteScheduled {
            write,
            value,
            node,
            delay_ms,
        } => format!(
            "{} (user balance = {}) will reach {} in {}.",
            write_label(*write),
            money(*value),
            node_name(*node),
            secs(*delay_ms as f64)
        ),
        Outcome::SkewClamped { max_ms } => format!(
            "Clock skew is limited to ±{}.",
            secs(max_ms.unsigned_abs() as f64)
        ),
        Outcome::SkewSet { ms } => skew_text(*ms),
        Outcome::StonithSet { on, applies } => format!(
            "STONITH is {}; it {}.",
            if *on { "on" } else { "off" },
            if *applies {
                "applies from the next failover"
            } else {
                "only applies in the fencing mode"
            }
        ),
        Outcome::PoweredOn { node, leader } => match leader {
            Some(l) => format!(
                "{} powers on and rejoins as a replica; the storage tells it {} holds the newest token.",
                node_name(*node),
                node_name(*l)
            ),
            None => format!("{} powers on and rejoins as a replica.", node_name(*node)),
        },
        _ => String::new(),
    }
}

/// Node 1's new clock offset and what it does to the writes it stamps.
fn skew_text(ms: i64) -> String {
    let by = secs(ms.unsigned_abs() as f64);
    match ms.cmp(&0) {
        std::cmp::Ordering::Equal => {
            "Node 1's clock is exact; writes it stamps from now on carry the true time.".to_string()
        }
        std::cmp::Ordering::Greater => format!(
            "Node 1's clock now runs {by} fast; writes it stamps from now on look that much newer."
        ),
        std::cmp::Ordering::Less => format!(
            "Node 1's clock now runs {by} slow; writes it stamps from now on look that much older."
        ),
    }
}

/// What became of a client write when it reached `node`.
fn arrival_text(write: usize, value: i64, node: usize, arrival: &Arrival) -> String {
    let intro = format!(
        "{} (user balance = {}) reaches {}",
        write_label(write),
        money(value),
        node_name(node)
    );
    let intro = match arrival.leader() {
        Some(l) if l != node => format!(
            "{intro}, a replica, which redirects the client to its leader {}",
            node_name(l)
        ),
        _ => intro,
    };
    match arrival {
        Arrival::PoweredOff => format!(
            "{intro}, but {} is powered off: the client gets no answer and the write is refused.",
            node_name(node)
        ),
        Arrival::Frozen => {
            format!("{intro}, but the cluster refuses writes until the conflict is resolved.")
        }
        Arrival::NoLeader { candidate } => {
            let why = if *candidate {
                "it is a candidate in an election and there is no leader yet"
            } else {
                "it is a replica and knows of no leader"
            };
            format!("{intro}, but {why}: the write is refused.")
        }
        Arrival::Acknowledged {
            leader,
            stamped_ms,
            replicas,
        } => format!(
            "{intro}. {} logs it with timestamp {} and acknowledges it at once; {}",
            node_name(*leader),
            secs(*stamped_ms as f64),
            if replicas.is_empty() {
                "it cannot reach any other node.".to_string()
            } else {
                format!("it ships the write to {}.", nodes_phrase(replicas))
            }
        ),
        Arrival::TokenRefused {
            leader,
            token,
            highest,
        } => format!(
            "{intro}. {l} passes it to the storage with token {token}, but the storage has seen token {highest} and refuses it. {l} learns it was replaced and steps down; it waits to hear from the new leader.",
            l = node_name(*leader)
        ),
        Arrival::TokenAccepted { leader, token } => format!(
            "{intro}. {} passes it to the storage with token {token}, the newest, so the storage accepts it and the client is told it succeeded.",
            node_name(*leader)
        ),
        Arrival::Appended {
            leader,
            term,
            index,
            replicas,
        } => format!(
            "{intro}. {}, leader of term {term}, appends it at index {index} {}",
            node_name(*leader),
            if replicas.is_empty() {
                "but it reaches no other node, so it can never gather a majority for it while cut off.".to_string()
            } else {
                format!(
                    "and sends it to {}; it answers the client once a majority stores it.",
                    nodes_phrase(replicas)
                )
            }
        ),
    }
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
    let lost = lost_leader.map_or("any leader".to_string(), node_name);
    let mut s = format!(
        "{} heard nothing from {lost} for {}.",
        nodes_verb(silent, "has", "have"),
        secs(*silent_ms as f64)
    );
    if let Some(old) = powered_off {
        s.push_str(&format!(
            " STONITH: the monitor powers {} off through its power switch first.",
            node_name(*old)
        ));
    }
    let fencing = mode == FailoverMode::Fencing;
    s.push_str(&if fencing {
        format!(
            " The monitor promotes {}: elected new leader with fencing token {epoch}, which the storage now requires.",
            node_name(*node)
        )
    } else {
        format!(
            " The monitor promotes {}: elected new leader (epoch {epoch}).",
            node_name(*node)
        )
    });
    if let Some((other, term)) = still_leading {
        s.push_str(&if fencing {
            format!(
                " {} still believes it is leader, but its token {term} is now stale.",
                node_name(*other)
            )
        } else {
            format!(
                " {} still believes it is leader too: two leaders, split brain.",
                node_name(*other)
            )
        });
    }
    s
}

/// Monitor modes: replicas following, leaders meeting, lost writes.
fn monitor_text(o: &Outcome, mode: FailoverMode) -> String {
    match o {
        Outcome::Follows {
            node,
            leader,
            epoch,
        } => format!(
            "{} now follows {} ({} {epoch}) and copies its log.",
            node_name(*node),
            node_name(*leader),
            term_word(mode)
        ),
        Outcome::YieldsToToken {
            node,
            other,
            token,
            old_token,
        } => format!(
            "{} hears from {}, which holds the newer token {token}, and steps down. No conflict: the storage refused every write carrying the old token {old_token}.",
            node_name(*node),
            node_name(*other)
        ),
        Outcome::TakesWrites { node, other } => format!(
            "{} takes the writes {} accepted while they were apart; no conflict, since only one side accepted writes.",
            node_name(*node),
            node_name(*other)
        ),
        Outcome::YieldsToEpoch {
            node,
            other,
            epoch,
            logs_agree,
        } => format!(
            "{} hears from {}, leader of the newer epoch {epoch}, and steps down. No conflict: {}.",
            node_name(*node),
            node_name(*other),
            if *logs_agree {
                "their logs agree"
            } else {
                "only one side accepted writes while they were apart"
            }
        ),
        Outcome::WriteLost { write, value } => format!(
            "{} ({}) was acknowledged to its client, but no node holds it any more: it is silently lost.",
            write_label(*write),
            money(*value)
        ),
        Outcome::PointedAt { node, leader } => format!(
            "{n}'s monitor finds {} already leading and points {n} at it.",
            node_name(*leader),
            n = node_name(*node)
        ),
        Outcome::Converged => {
            "The logs no longer diverge; every node takes the longest one.".to_string()
        }
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
        } => {
            let why = if *retry {
                format!(
                    "{}'s election for term {} found no winner in time",
                    node_name(*node),
                    term.saturating_sub(1)
                )
            } else {
                format!(
                    "{} has heard no leader for {}",
                    node_name(*node),
                    secs(*waited_ms as f64)
                )
            };
            let ask = if asked.is_empty() {
                "but it reaches no other node, so it cannot win.".to_string()
            } else {
                format!("and asks {} for votes.", nodes_phrase(asked))
            };
            format!("{why}: it becomes a candidate for term {term}, votes for itself {ask}")
        }
        Outcome::StaleLeaderStepsDown { node, term, old } => format!(
            "{} sees term {term}, newer than its own term {old}, and steps down: it was a stale leader.",
            node_name(*node)
        ),
        Outcome::CandidacyDropped { node, term, old } => format!(
            "{} sees term {term} and gives up its candidacy for term {old}.",
            node_name(*node)
        ),
        Outcome::Voted {
            voter,
            candidate,
            term,
        } => format!(
            "{} votes for {} in term {term}.",
            node_name(*voter),
            node_name(*candidate)
        ),
        Outcome::VoteRefused {
            voter,
            candidate,
            term,
            reason,
        } => format!(
            "{} refuses {} a vote for term {term}: {}.",
            node_name(*voter),
            node_name(*candidate),
            match reason {
                VoteRefusal::AlreadyVoted(v) =>
                    format!("it already voted for {} in this term", node_name(*v)),
                VoteRefusal::LogNewer => "its own log is more up to date".to_string(),
            }
        ),
        Outcome::CandidacyEnds { node, leader, term } => format!(
            "{} hears from {}, leader of term {term}, and stops its candidacy.",
            node_name(*node),
            node_name(*leader)
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
            let mut s = format!(
                "{} wins term {term} with votes from {}: {} of {NODE_COUNT}, a majority. It sends heartbeats at once.",
                node_name(*node),
                nodes_phrase(votes),
                votes.len()
            );
            for (l, t) in stale {
                s.push_str(&format!(
                    " {} still thinks it leads term {t}, but without a majority it can commit nothing.",
                    node_name(*l)
                ));
            }
            s
        }
        Outcome::Discarded {
            node,
            leader,
            term,
            entries,
        } => {
            let thrown: Vec<String> = entries
                .iter()
                .map(|e| format!("{} ({}, term {})", entry_label(e), money(e.value), e.term))
                .collect();
            format!(
                "{} discards its uncommitted {}: the leader of term {term} holds other entries there, and {} overwrites it. No conflict to resolve: an uncommitted write was never reported as a success.",
                node_name(*node),
                and_list(&thrown),
                node_name(*leader)
            )
        }
        Outcome::WriteCommitted {
            write,
            value,
            leader,
        } => format!(
            "{} ({}) is committed: a majority of nodes stores it, so {} applies it and tells the client it succeeded.",
            write_label(*write),
            money(*value),
            node_name(*leader)
        ),
        Outcome::CommittedLate { write, value } => format!(
            "{} ({}) is committed after all, though its client already gave up: a retry must not apply it twice.",
            write_label(*write),
            money(*value)
        ),
        Outcome::ClientGaveUp {
            write,
            leader,
            waited_ms,
            committed,
        } => gave_up_text(*write, *leader, *waited_ms, *committed),
        _ => String::new(),
    }
}

/// What a client's timeout means.
fn gave_up_text(write: usize, leader: Option<usize>, waited_ms: u64, committed: bool) -> String {
    let leader = leader.map_or("its leader".to_string(), node_name);
    let (label, after) = (write_label(write), secs(waited_ms as f64));
    if committed {
        format!(
            "{label}'s client gives up after {after} without an answer from {leader}, although a newer leader has committed the write: the client cannot tell."
        )
    } else {
        format!(
            "{label}'s client gives up after {after}: to the client the outcome is unknown, since a timeout does not say whether the write committed. In this run {leader} never got a majority to store it, so it was never committed; a real client must retry idempotently or read the value back to find out."
        )
    }
}

/// Two leaders' sync found divergent logs.
fn conflict_text(c: &Conflict) -> String {
    let (a, b) = c.between;
    format!(
        "{} and {} exchange a sync: CONFLICT DETECTED. {}. Which write wins? Writes are refused until an operator decides.",
        node_name(a),
        node_name(b),
        and_list(&conflict_sides(c))
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
            let mut s = format!(
                "Last-write-wins compares timestamps: {} stamped {} by {} is the latest, so every node now holds {}.",
                entry_label(winner),
                secs(winner.stamped_ms as f64),
                node_name(winner.node),
                money(winner.value)
            );
            let losers: Vec<String> = lost
                .iter()
                .map(|e| {
                    let stamp = secs(e.stamped_ms as f64);
                    format!("{} ({}, stamped {stamp})", entry_label(e), money(e.value))
                })
                .collect();
            if !losers.is_empty() {
                let (is, who, it) = if losers.len() == 1 {
                    ("is", "its client was", "it")
                } else {
                    ("are", "their clients were", "they")
                };
                s.push_str(&format!(
                    " {} {is} silently lost, although {who} told {it} succeeded.",
                    and_list(&losers)
                ));
            }
            if *older_won {
                s.push_str(&format!(
                    " Clock skew decided it: {} was stamped {} but really happened at {}, before the write it overwrote. The older write won.",
                    entry_label(winner),
                    secs(winner.stamped_ms as f64),
                    secs(winner.real_ms as f64)
                ));
            }
            s
        }
        Resolution::Manual { value, kept } => {
            let names: Vec<String> = kept
                .iter()
                .map(|e| format!("{} ({})", entry_label(e), money(e.value)))
                .collect();
            format!(
                "Manual resolution: the operator sets user balance = {}. {} stay in every log as history, followed by the resolution; all nodes now hold the same log.",
                money(*value),
                and_list(&names)
            )
        }
    }
}

/// A message's captions for its moving dot: the full one, e.g. "RequestVote (term 2)", and a
/// short one for narrow canvases, e.g. "RequestVote t2" (empty for none).
pub fn message_captions(kind: &MessageKind) -> (String, String) {
    match kind {
        MessageKind::Heartbeat { epoch, .. } => {
            (format!("heartbeat (epoch {epoch})"), String::new())
        }
        MessageKind::Sync { epoch, .. } => (format!("sync (epoch {epoch})"), "sync".to_string()),
        MessageKind::RequestVote { term, .. } => (
            format!("RequestVote (term {term})"),
            format!("RequestVote t{term}"),
        ),
        MessageKind::Vote { term, granted } => {
            let (verb, mark) = if *granted {
                ("granted", "✓")
            } else {
                ("refused", "✗")
            };
            (
                format!("vote {verb} (term {term})"),
                format!("vote {mark} t{term}"),
            )
        }
        MessageKind::AppendEntries { term, entries, .. } if entries.is_empty() => (
            format!("AppendEntries heartbeat (term {term})"),
            "AppendEntries".to_string(),
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
                format!("AppendEntries: {} (term {term})", names.join(", ")),
                format!("AppendEntries {} t{term}", letters.join(",")),
            )
        }
        MessageKind::AppendReply {
            success,
            match_index,
            ..
        } => {
            let full = if *success {
                format!("ack (matches up to {match_index})")
            } else {
                "nack (logs differ)".to_string()
            };
            (full, String::new())
        }
    }
}
