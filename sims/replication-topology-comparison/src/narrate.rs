//! Which of the model's notes the narration tells, decided on the notes' types: routine
//! progress (one more replica applying or ignoring an entry, one more acknowledgement counted)
//! is left to the canvas and the status lines, so the narration keeps the sentence before it.

use dsim_core::replication::{LlNote, MlNote, Note, NoteKind, SlNote, Topology};

/// Whether a note is routine progress rather than an outcome worth a sentence.
pub fn is_routine(note: &Note) -> bool {
    matches!(
        note.kind,
        NoteKind::Single(SlNote::Applied { .. })
            | NoteKind::Multi(MlNote::Applied { .. } | MlNote::Ignored { .. })
            | NoteKind::Leaderless(LlNote::Acknowledged { .. })
    )
}

/// Whether a note is the Single-Leader client receiving its write's acknowledgement (the
/// moment a queued read goes out).
pub fn is_write_acknowledged(note: &Note) -> bool {
    matches!(note.kind, NoteKind::Single(SlNote::Acknowledged { .. }))
}

/// The note to narrate from a tick's notes: the latest outcome (not routine) in the
/// highlighted panel, else the latest outcome in any panel.
pub fn pick(notes: &[Note], selected: Topology) -> Option<&Note> {
    let outcomes = || notes.iter().rev().filter(|n| !is_routine(n));
    outcomes()
        .find(|n| n.topology() == selected)
        .or_else(|| outcomes().next())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::narration::note;
    use dsim_core::replication::{ReplicationConfig, ReplicationEvent, ReplicationSim};

    #[test]
    fn routine_notes_are_told_apart_from_outcomes() {
        let mut s = ReplicationSim::new(
            ReplicationConfig {
                lag_ms: 500,
                ..ReplicationConfig::default()
            },
            42,
        );
        s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
        s.apply(ReplicationEvent::ConcurrentWrites);
        s.apply(ReplicationEvent::SimulateWrite(Topology::Leaderless));
        let notes = s.settle();
        let routine: Vec<String> = notes.iter().filter(|n| is_routine(n)).map(note).collect();
        let outcomes: Vec<String> = notes.iter().filter(|n| !is_routine(n)).map(note).collect();
        assert!(
            routine.iter().any(|t| t.starts_with("Node 2 applies v1")),
            "{routine:?}"
        );
        assert!(
            routine
                .iter()
                .any(|t| t.contains("acknowledges v1 (1 of W = 3)")),
            "{routine:?}"
        );
        for key in [
            "The client receives the acknowledgement for v1",
            "detects a conflict",
            "Write v1 is acknowledged after",
            "Leader Node 1 appends v1",
        ] {
            assert!(
                outcomes.iter().any(|t| t.contains(key)),
                "{key}: {outcomes:?}"
            );
        }
        let acks: Vec<String> = notes
            .iter()
            .filter(|n| is_write_acknowledged(n))
            .map(note)
            .collect();
        assert_eq!(acks.len(), 1, "{acks:?}");
        assert!(
            acks[0].starts_with("The client receives the acknowledgement for v1: write latency")
        );
    }

    #[test]
    fn the_highlighted_panel_is_narrated_first() {
        let mut s = ReplicationSim::new(ReplicationConfig::default(), 7);
        s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
        s.apply(ReplicationEvent::SimulateWrite(Topology::Leaderless));
        let notes = s.settle();
        let leaderless = pick(&notes, Topology::Leaderless).map(Note::topology);
        assert_eq!(leaderless, Some(Topology::Leaderless));
        let single = pick(&notes, Topology::SingleLeader).map(Note::topology);
        assert_eq!(single, Some(Topology::SingleLeader));
        // No outcome in the highlighted panel: the latest outcome of any panel.
        let any = pick(&notes, Topology::MultiLeader).map(Note::topology);
        assert_eq!(
            any,
            notes
                .iter()
                .rev()
                .find(|n| !is_routine(n))
                .map(Note::topology)
        );
        assert!(pick(&[], Topology::MultiLeader).is_none());
    }
}
