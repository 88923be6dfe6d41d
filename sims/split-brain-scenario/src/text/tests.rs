//! The sim's words checked against the model: the start state, each mode's story, and
//! edge cases.

use super::*;
use dsim_core::split_brain::{FailoverMode, SplitBrainSim};
use dsim_core::split_brain::{SplitBrainConfig, SplitBrainEvent};

fn sim(mode: FailoverMode, stonith: bool, skew: i64) -> SplitBrainSim {
    SplitBrainSim::new(SplitBrainConfig::new(mode, stonith, skew), 42)
}

fn story(s: &mut SplitBrainSim) {
    s.apply(SplitBrainEvent::PartitionNetwork);
    s.apply(SplitBrainEvent::SkipAhead);
    s.apply(SplitBrainEvent::SpecWrites);
    s.advance(8_000);
    s.apply(SplitBrainEvent::Heal);
    s.advance(5_000);
}

#[test]
fn the_start_state_reads_like_the_spec() {
    let s = sim(FailoverMode::Naive, false, 0);
    assert_eq!(role_line(&s, 0), "Leader · epoch 1");
    assert_eq!(role_line(&s, 1), "Replica · epoch 1");
    assert_eq!(elected_new(&s), None);
    assert!(badges(&s, 1).is_empty());
    assert_eq!(
        hint(&s, false),
        "Press Partition Network to cut Node 1 off from Nodes 2 and 3."
    );
    assert!(canvas_label(&s).contains("Node 1: Leader · epoch 1, balance $100"));
    assert!(canvas_label(&s).contains("1–2 up, 1–3 up, 2–3 up"));
    assert_eq!(
        node_summary(&s, 2),
        "Node 3: Replica · epoch 1, balance $100. Log: initial balance $100 (epoch 1)."
    );
    assert_eq!(log_header(FailoverMode::Raft)[2], "term");
}

#[test]
fn naive_story_two_crowns_both_writes_and_the_conflict() {
    let mut s = sim(FailoverMode::Naive, false, 0);
    s.apply(SplitBrainEvent::PartitionNetwork);
    s.advance(4_000);
    let (elapsed, timeout) = timer_of(&s, 1, 4_000.0).unwrap();
    assert_eq!((elapsed, timeout), (4_000.0, 10_000.0));
    assert_eq!(timer_of(&s, 0, 4_000.0), None, "the leader runs no timer");
    assert!(hint(&s, false).contains("10 s heartbeat timeout"));
    assert!(hint(&s, true).contains("paused"));
    s.apply(SplitBrainEvent::SkipAhead);
    assert_eq!(elected_new(&s), Some(1));
    assert_eq!(badges(&s, 1)[0].text, "Elected new leader");
    assert_eq!(role_line(&s, 1), "Leader · epoch 2");
    assert_eq!(hint(&s, false), "Now send Write A and Write B.");
    s.apply(SplitBrainEvent::SpecWrites);
    assert!(hint(&s, false).starts_with("Write B is on its way to Node 2."));
    s.advance(3_000);
    let lines: Vec<String> = s.writes().iter().map(write_line).collect();
    assert_eq!(
        lines,
        vec![
            "Write A: user balance = $500 → Node 1: acknowledged".to_string(),
            "Write B: user balance = $750 → Node 2: acknowledged".to_string(),
        ]
    );
    assert_eq!(
        entry_cells(&s.nodes()[0].log[1]),
        ["A".to_string(), "$500".to_string(), "1".to_string()]
    );
    s.apply(SplitBrainEvent::Heal);
    s.advance(3_000);
    let c = s.conflict().unwrap();
    assert_eq!(
        conflict_sides(c),
        vec![
            "Node 1 holds $500 (Write A)".to_string(),
            "Nodes 2 and 3 hold $750 (Write B)".to_string(),
        ]
    );
    let a = s.nodes()[0].log[1].id;
    assert!(in_conflict(&s, a) && !in_conflict(&s, 0));
    assert!(hint(&s, false).starts_with("Which write wins?"));
    assert!(node_summary(&s, 0).contains("Write A $500 (epoch 1, stamped"));
    assert!(why_no_conflict(&s).is_none());
}

#[test]
fn last_write_wins_rows_and_the_skewed_clock() {
    let mut s = sim(FailoverMode::Naive, false, 5_000);
    assert_eq!(badges(&s, 0)[0].text, "clock +5.0 s");
    story(&mut s);
    s.apply(SplitBrainEvent::ResolveLastWriteWins);
    let res = s.resolution().unwrap();
    let rows = lww_rows(res);
    assert_eq!(rows.len(), 2);
    assert!(rows[0].won && rows[0].write == "Write A ($500)");
    assert_eq!(rows[1].outcome, "lost");
    let sentence = resolution_sentence(res, 5_000);
    assert!(
        sentence.contains("Write B was acknowledged to its client, then silently lost"),
        "{sentence}"
    );
    assert!(
        sentence.contains("The older write won: Node 1's clock runs 5.0 s fast"),
        "{sentence}"
    );
    assert!(hint(&s, false).starts_with("Done."));
}

#[test]
fn manual_resolution_sentence() {
    let mut s = sim(FailoverMode::Naive, false, 0);
    story(&mut s);
    s.apply(SplitBrainEvent::ResolveManual(625));
    let text = resolution_sentence(s.resolution().unwrap(), 0);
    assert!(
        text.contains("every node holds $625; Write A and Write B stay in every log"),
        "{text}"
    );
    assert!(lww_rows(s.resolution().unwrap()).is_empty());
    assert_eq!(entry_cells(s.nodes()[2].log.last().unwrap())[0], "manual");
}

#[test]
fn raft_explains_the_missing_conflict() {
    let mut s = sim(FailoverMode::Raft, false, 0);
    s.apply(SplitBrainEvent::PartitionNetwork);
    for _ in 0..6 {
        if elected_new(&s).is_some() {
            break;
        }
        s.apply(SplitBrainEvent::SkipAhead);
    }
    let new = elected_new(&s).unwrap();
    assert!(badges(&s, 0)
        .iter()
        .any(|b| b.text == "no majority: cannot commit"));
    assert_eq!(role_line(&s, new), "Leader · term 2");
    let other = 3 - new;
    assert_eq!(
        badges(&s, other)[0].text,
        format!("voted for {}", node_name(new))
    );
    s.apply(SplitBrainEvent::SpecWrites);
    assert_eq!(why_no_conflict(&s), None, "not before the outcome");
    s.advance(8_000);
    assert!(write_short(&s.writes()[0]).0.contains("timed out"));
    assert_eq!(write_short(&s.writes()[0]).1, "? timed out");
    assert!(
        write_short(&s.writes()[0]).0.contains("outcome unknown"),
        "the badge says what the client knows"
    );
    let why = why_no_conflict(&s).unwrap();
    assert!(why.contains("Write A was never committed"), "{why}");
    assert!(
        why.contains("retry idempotently or read the value back"),
        "{why}"
    );
    s.apply(SplitBrainEvent::Heal);
    s.advance(5_000);
    let why = why_no_conflict(&s).unwrap();
    assert!(why.contains("saw term 2, stepped down"), "{why}");
    assert_eq!(role_line(&s, 0), "Follower · term 2");
}

#[test]
fn fencing_and_stonith_explain_the_missing_conflict() {
    let mut s = sim(FailoverMode::Fencing, false, 0);
    story(&mut s);
    let why = why_no_conflict(&s).unwrap();
    assert!(
        why.contains("refused Write A, which carried the stale token 1"),
        "{why}"
    );
    assert_eq!(write_short(&s.writes()[0]).0, "✗ rejected: token 1 < 2");
    let mut s = sim(FailoverMode::Fencing, true, 0);
    s.apply(SplitBrainEvent::PartitionNetwork);
    s.apply(SplitBrainEvent::SkipAhead);
    assert_eq!(role_line(&s, 0), "Powered off (STONITH)");
    assert_eq!(badges(&s, 0)[0].text, "OFF");
    assert_eq!(badges(&s, 1)[1].text, "token 2");
    s.apply(SplitBrainEvent::SpecWrites);
    s.advance(3_000);
    let why = why_no_conflict(&s).unwrap();
    assert!(why.contains("STONITH powered Node 1 off"), "{why}");
}

#[test]
fn words_for_edge_cases() {
    assert_eq!(money(-20), "-$20");
    assert_eq!(nodes_phrase(&[]), "no node");
    assert_eq!(nodes_phrase(&[0, 1, 2]), "Nodes 1, 2 and 3");
    let s = sim(FailoverMode::Naive, false, 0);
    assert_eq!(role_line(&s, 9), "");
    assert!(badges(&s, 9).is_empty());
    assert_eq!(node_summary(&s, 9), "");
    assert_eq!(timer_of(&s, 9, 0.0), None);
}

#[test]
fn times_a_fixed_skew_apart_read_that_far_apart() {
    // Half a tenth rounds up whatever the float's last bits, so a write's real time and
    // its stamp 5 s later differ by exactly 5.0 s on screen.
    // A clock set back stamps writes below zero in the first seconds.
    for real in (-40_000..20_000_i32).step_by(50) {
        let (a, b) = (secs(f64::from(real)), secs(f64::from(real + 5_000)));
        let read = |t: &str| t.trim_end_matches(" s").parse::<f64>().unwrap_or(f64::NAN);
        assert!((read(&b) - read(&a) - 5.0).abs() < 1e-9, "{a} and {b}");
    }
    assert_eq!(secs(1_150.0), "1.2 s");
    assert_eq!(secs(6_150.0), "6.2 s");
    assert_eq!(secs(-3_850.0), "-3.8 s");
}

#[test]
fn fencing_promotion_is_narrated_with_its_token() {
    let mut s = sim(FailoverMode::Fencing, false, 0);
    s.apply(SplitBrainEvent::PartitionNetwork);
    let skip = said(&mut s, SplitBrainEvent::SkipAhead);
    assert!(
        skip.ends_with(" The monitor promotes Node 2: elected new leader with fencing token 2, which the storage now requires. Node 1 still believes it is leader, but its token 1 is now stale."),
        "{skip}"
    );
}

fn said(s: &mut SplitBrainSim, e: SplitBrainEvent) -> String {
    let out = s.apply(e);
    narrate(&out, s.mode())
}

#[test]
fn the_naive_story_is_narrated_word_for_word() {
    let mut s = sim(FailoverMode::Naive, false, 0);
    assert_eq!(
        start_text(&s),
        "Failover by Naive monitor. Node 1 leads (epoch 1) and reaches every node; all links are up. Every node holds a balance of $100. Press Partition Network to begin."
    );
    assert_eq!(
        said(&mut s, SplitBrainEvent::PartitionNetwork),
        "Partition: the links from Node 1 (the leader) to Nodes 2 and 3 are cut. Heartbeats and replication from Node 1 no longer get through."
    );
    s.advance(6_000);
    assert!(
        status(&s)
            .starts_with("Heartbeat timeout: Node 2 has heard nothing from its leader for 6."),
        "{}",
        status(&s)
    );
    assert!(status(&s).ends_with(" s of 10.0 s."), "{}", status(&s));
    let skip = said(&mut s, SplitBrainEvent::SkipAhead);
    assert!(skip.starts_with("Skipped ahead "), "{skip}");
    assert!(
        skip.ends_with(" The monitor promotes Node 2: elected new leader (epoch 2). Node 1 still believes it is leader too: two leaders, split brain."),
        "{skip}"
    );
    assert!(
        skip.contains("Nodes 2 and 3 have heard nothing from Node 1 for 10.0 s."),
        "{skip}"
    );
    assert_eq!(
        status(&s),
        "Split brain: Node 1 (epoch 1) and Node 2 (epoch 2) both believe they are leader and both accept writes."
    );
    let writes = said(&mut s, SplitBrainEvent::SpecWrites);
    assert!(
        writes.starts_with(
            "Write A (user balance = $500) reaches Node 1. Node 1 logs it with timestamp "
        ),
        "{writes}"
    );
    assert!(
        writes.ends_with("acknowledges it at once; it cannot reach any other node. Write B (user balance = $750) will reach Node 2 in 1.0 s."),
        "{writes}"
    );
    s.advance(3_000);
    assert_eq!(
        said(&mut s, SplitBrainEvent::Heal),
        "Heal: every link is up again. The leaders on both sides send each other a sync."
    );
    let out = s.advance(3_000);
    let text = narrate(&out, s.mode());
    assert!(
        text.contains("Node 1 and Node 2 exchange a sync: CONFLICT DETECTED. Node 1 holds $500 (Write A) and Nodes 2 and 3 hold $750 (Write B). Which write wins? Writes are refused until an operator decides."),
        "{text}"
    );
    assert_eq!(
        status(&s),
        "CONFLICT DETECTED: Node 1 holds $500 (Write A), Nodes 2 and 3 hold $750 (Write B). Which write wins?"
    );
    assert_eq!(
        said(&mut s, SplitBrainEvent::ResolveLastWriteWins),
        "Last-write-wins compares timestamps: Write B stamped 11.0 s by Node 2 is the latest, so every node now holds $750. Write A ($500, stamped 10.0 s) is silently lost, although its client was told it succeeded."
    );
    assert_eq!(
        said(&mut s, SplitBrainEvent::Reset),
        "Reset: every link is up, Node 1 leads and every node holds $100."
    );
}

#[test]
fn refusals_and_settings_are_explained() {
    let mut s = sim(FailoverMode::Naive, false, 0);
    for (event, expected) in [
        (SplitBrainEvent::Heal, "Every link is already up."),
        (
            SplitBrainEvent::ToggleLink(1, 1),
            "There is no link between Node 2 and Node 2; links join two different nodes of 1 to 3.",
        ),
        (
            SplitBrainEvent::SkipAhead,
            "Nothing notable happens in the next 60.0 s; the cluster stays as it is.",
        ),
        (
            SplitBrainEvent::ClientWrite { node: 9, value: 1 },
            "There is no Node 10; the cluster has Nodes 1 to 3.",
        ),
        (
            SplitBrainEvent::ResolveManual(5),
            "There is no conflict to resolve.",
        ),
        (SplitBrainEvent::PowerOn(0), "Node 1 is already running."),
        (
            SplitBrainEvent::SetClockSkewMs(99_000),
            "Clock skew is limited to ±30.0 s. Node 1's clock now runs 30.0 s fast; writes it stamps from now on look that much newer.",
        ),
        (
            SplitBrainEvent::SetClockSkewMs(-2_500),
            "Node 1's clock now runs 2.5 s slow; writes it stamps from now on look that much older.",
        ),
        (
            SplitBrainEvent::SetClockSkewMs(0),
            "Node 1's clock is exact; writes it stamps from now on carry the true time.",
        ),
        (
            SplitBrainEvent::SetStonith(true),
            "STONITH is on; it only applies in the fencing mode.",
        ),
        (
            SplitBrainEvent::ToggleLink(2, 0),
            "The link Node 1–Node 3 is cut.",
        ),
        (
            SplitBrainEvent::ToggleLink(1, 2),
            "The link Node 2–Node 3 is cut. Node 3 is cut off from the others.",
        ),
        (
            SplitBrainEvent::ToggleLink(0, 2),
            "The link Node 1–Node 3 is healed.",
        ),
        (
            SplitBrainEvent::SetMode(FailoverMode::Fencing),
            "Failover by Fencing token / STONITH: the run starts again with Node 1 leading.",
        ),
        (
            SplitBrainEvent::SetStonith(false),
            "STONITH is off; it applies from the next failover.",
        ),
    ] {
        assert_eq!(said(&mut s, event), expected, "{event:?}");
    }
    let out = s.advance(u64::MAX);
    assert!(
        narrate(&out, s.mode()).ends_with("Time moves at most 60.0 s per step; it moved 60.0 s.")
    );
}

#[test]
fn raft_elections_are_narrated() {
    let mut s = sim(FailoverMode::Raft, false, 0);
    s.apply(SplitBrainEvent::PartitionNetwork);
    let mut all = Vec::new();
    for _ in 0..8 {
        all.push(said(&mut s, SplitBrainEvent::SkipAhead));
    }
    let text = all.join(" ");
    assert!(
        text.contains("has heard no leader for ")
            && text
                .contains(": it becomes a candidate for term 2, votes for itself and asks Node "),
        "{text}"
    );
    assert!(
        text.contains(" wins term 2 with votes from Nodes 2 and 3: 2 of 3, a majority. It sends heartbeats at once. Node 1 still thinks it leads term 1, but without a majority it can commit nothing."),
        "{text}"
    );
    assert!(
        status(&s).contains(
            " both act as leader, but a majority has already moved to term 2: only Node "
        ),
        "{}",
        status(&s)
    );
}

#[test]
fn rare_outcomes_read_as_before() {
    use dsim_core::split_brain::{Arrival, Outcome, Refusal};
    let naive = FailoverMode::Naive;
    for (o, expected) in [
        (
            Outcome::ClientGaveUp {
                write: 0,
                leader: Some(0),
                waited_ms: 6_000,
                committed: true,
            },
            "Write A's client gives up after 6.0 s without an answer from Node 1, although a newer leader has committed the write: the client cannot tell.",
        ),
        (
            Outcome::ClientGaveUp {
                write: 1,
                leader: None,
                waited_ms: 6_000,
                committed: false,
            },
            "Write B's client gives up after 6.0 s: to the client the outcome is unknown, since a timeout does not say whether the write committed. In this run its leader never got a majority to store it, so it was never committed; a real client must retry idempotently or read the value back to find out.",
        ),
        (
            Outcome::Converged,
            "The logs no longer diverge; every node takes the longest one.",
        ),
        (
            Outcome::Refused(Refusal::SpecWritesUnderway),
            "The spec's writes are already on their way.",
        ),
        (
            Outcome::Refused(Refusal::TooManyWrites { max: 100 }),
            "This run already has 100 writes; press Reset to start again.",
        ),
        (Outcome::SkippedAhead { ms: 0 }, "Next, at once:"),
        (
            Outcome::WriteReached {
                write: 26,
                value: -20,
                node: 2,
                arrival: Arrival::NoLeader { candidate: true },
            },
            "Write 27 (user balance = -$20) reaches Node 3, but it is a candidate in an election and there is no leader yet: the write is refused.",
        ),
        (
            Outcome::Follows {
                node: 2,
                leader: 1,
                epoch: 2,
            },
            "Node 3 now follows Node 2 (epoch 2) and copies its log.",
        ),
    ] {
        assert_eq!(outcome_text(&o, naive), expected);
    }
}

#[test]
fn message_captions_long_and_short() {
    use dsim_core::split_brain::MessageKind;
    let vote = MessageKind::Vote {
        term: 3,
        granted: false,
    };
    assert_eq!(
        message_captions(&vote),
        ("vote refused (term 3)".to_string(), "vote ✗ t3".to_string())
    );
    let reply = MessageKind::AppendReply {
        term: 2,
        success: true,
        prev_log_index: 1,
        match_index: 2,
    };
    assert_eq!(message_captions(&reply).0, "ack (matches up to 2)");
    let mut s = sim(FailoverMode::Raft, false, 0);
    s.apply(SplitBrainEvent::ClientWrite { node: 0, value: 5 });
    let append = s
        .messages()
        .iter()
        .find(|m| matches!(&m.kind, MessageKind::AppendEntries { entries, .. } if !entries.is_empty()))
        .map(|m| message_captions(&m.kind));
    assert_eq!(
        append,
        Some((
            "AppendEntries: Write A (term 1)".to_string(),
            "AppendEntries A t1".to_string()
        ))
    );
}

#[test]
fn typed_balances_are_explained() {
    use crate::settings::{parse_balance, BalanceError};
    assert_eq!(
        balance_error(BalanceError::Empty),
        "Type a balance in whole dollars, for example 625."
    );
    assert_eq!(
        parse_balance("12a").map_err(balance_error),
        Err("Digits only: “a” is not a digit. Type whole dollars, for example 625.".to_string())
    );
    assert_eq!(
        parse_balance("\u{7}").map_err(balance_error),
        Err(
            "Digits only: “\\u{7}” is not a digit. Type whole dollars, for example 625."
                .to_string()
        )
    );
    assert_eq!(
        balance_clamped(),
        "Balances go up to $1000000; using $1000000."
    );
}

#[test]
fn german_sentences_with_plurals_and_decimals() {
    crate::msg::speak("de");
    let mut s = sim(FailoverMode::Naive, false, 0);
    assert_eq!(
        start_text(&s),
        "Failover-Verfahren: Naiver Monitor. Knoten 1 führt (Epoche 1) und erreicht jeden Knoten; alle Verbindungen stehen. Jeder Knoten hält einen Kontostand von 100 $. Drücken Sie „Netz partitionieren“, um zu beginnen."
    );
    s.apply(SplitBrainEvent::PartitionNetwork);
    let skip = said(&mut s, SplitBrainEvent::SkipAhead);
    assert!(
        skip.contains("Knoten 2 und 3 haben 10,0 s lang nichts von Knoten 1 gehört."),
        "{skip}"
    );
    assert_eq!(
        said(&mut s, SplitBrainEvent::ToggleLink(1, 2)),
        "Die Verbindung Knoten 2–Knoten 3 ist getrennt. Knoten 1, 2 und 3 sind von den anderen abgeschnitten."
    );
    let mut s = sim(FailoverMode::Naive, false, 0);
    said(&mut s, SplitBrainEvent::ToggleLink(2, 0));
    assert_eq!(
        said(&mut s, SplitBrainEvent::ToggleLink(1, 2)),
        "Die Verbindung Knoten 2–Knoten 3 ist getrennt. Knoten 3 ist von den anderen abgeschnitten."
    );
    assert_eq!(money(-20), "-20 $");
    assert_eq!(nodes_phrase(&[]), "kein Knoten");
    assert_eq!(
        timer_badge(FailoverMode::Raft, 3_100.0, 7_400.0),
        "Wahl 3,1/7,4 s"
    );
    let one = storage_captions(2, 1);
    assert_eq!(one.refusals[0], "1 veralteten Schreibvorgang abgelehnt");
    assert_eq!(
        storage_captions(2, 3).refusals[0],
        "3 veraltete Schreibvorgänge abgelehnt"
    );
    assert_eq!(one.token[0], "verlangt Token ≥ 2");
    assert_eq!(
        skew_texts(-2_500),
        (
            "-2,5 s".to_string(),
            "Die Uhr von Knoten 1 geht 2,5 Sekunden nach; Knoten 1 stempelt neue Schreibvorgänge mit seiner eigenen Zeit".to_string()
        )
    );
}

#[test]
fn each_outcome_is_told_by_the_sim_or_by_the_modes_code() {
    let modes = crate::modes::for_tests();
    for (mode, stonith) in [
        (FailoverMode::Naive, false),
        (FailoverMode::Raft, false),
        (FailoverMode::Fencing, false),
        (FailoverMode::Fencing, true),
    ] {
        let mut s = sim(mode, stonith, 0);
        let mut said = s.apply(SplitBrainEvent::PartitionNetwork);
        said.extend(s.apply(SplitBrainEvent::SkipAhead));
        said.extend(s.apply(SplitBrainEvent::SpecWrites));
        said.extend(s.advance(8_000));
        said.extend(s.apply(SplitBrainEvent::Heal));
        said.extend(s.advance(8_000));
        for o in &said {
            let common = common_text(o, mode);
            let own = mode_text(o);
            assert_eq!(common.is_some(), own.is_empty(), "{o:?}");
            if mode == FailoverMode::Naive {
                assert!(
                    common.is_some(),
                    "the naive story needs no modes' code: {o:?}"
                );
            }
            let told = common.unwrap_or_else(|| modes.outcome_text(o));
            assert_eq!(told, outcome_text(o, mode));
        }
        for m in s.messages() {
            let caption = common_captions(&m.kind).unwrap_or_else(|| modes.captions(&m.kind));
            assert_eq!(caption, message_captions(&m.kind));
        }
    }
}
