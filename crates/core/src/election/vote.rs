//! Raft's vote rules (Ongaro and Ousterhout 2014, Figure 2 and §5.2, §5.4.1), shared by every
//! model that runs a Raft election: term comparison, the log up-to-date check, one vote per
//! term and the majority count.

/// The last entry of a node's log: its term and its 1-based index (0, 0 for an empty log).
/// Comparing two heads is how Raft keeps a node that missed committed entries from leading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LogHead {
    /// The term of the last entry.
    pub term: u64,
    /// The index of the last entry.
    pub index: usize,
}

/// A RequestVote as the voter sees it: the candidate, its term and its log head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VoteRequest {
    /// The candidate asking.
    pub candidate: usize,
    /// The term it stands in.
    pub term: u64,
    /// Its last log entry.
    pub log: LogHead,
}

/// What the voter knows when it decides: its term, whom it voted for in it, its log head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voter {
    /// The voter's current term (already raised to the request's if that was newer).
    pub term: u64,
    /// The candidate it voted for in this term, if any: one vote per term.
    pub voted_for: Option<usize>,
    /// Its last log entry.
    pub log: LogHead,
}

/// The voter's decision on one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteDecision {
    /// The vote is granted.
    Grant,
    /// The request's term is older than the voter's: ignored.
    StaleTerm,
    /// The voter already voted for another candidate in this term.
    AlreadyVoted(usize),
    /// The voter's log is more up to date than the candidate's.
    LogBehind,
}

/// Whether a message's term is newer than the receiver's: then the receiver adopts it and
/// becomes a follower, whatever it was (a leader steps down).
pub fn is_newer_term(seen: u64, mine: u64) -> bool {
    seen > mine
}

/// The up-to-date check (§5.4.1): the later last term wins; with equal last terms, the
/// longer log wins. A candidate at least as up to date as the voter may have its vote.
pub fn log_up_to_date(candidate: LogHead, voter: LogHead) -> bool {
    (candidate.term, candidate.index) >= (voter.term, voter.index)
}

/// Raft's RequestVote rule: the term must be the voter's current one, the voter must not have
/// voted for anyone else in it, and the candidate's log must be at least as up to date.
pub fn decide_vote(req: VoteRequest, me: Voter) -> VoteDecision {
    if req.term != me.term {
        return VoteDecision::StaleTerm;
    }
    match me.voted_for {
        Some(v) if v != req.candidate => VoteDecision::AlreadyVoted(v),
        _ if !log_up_to_date(req.log, me.log) => VoteDecision::LogBehind,
        _ => VoteDecision::Grant,
    }
}

/// The smallest majority of `cluster` nodes: any two majorities share a node, which is why
/// two candidates cannot both win one term.
pub fn majority(cluster: usize) -> usize {
    cluster / 2 + 1
}

/// Whether `votes` of `cluster` nodes are a majority.
pub fn has_majority(votes: usize, cluster: usize) -> bool {
    votes >= majority(cluster)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(term: u64, index: usize) -> LogHead {
        LogHead { term, index }
    }

    #[test]
    fn later_last_term_beats_a_longer_log() {
        assert!(log_up_to_date(head(3, 1), head(2, 9)));
        assert!(!log_up_to_date(head(2, 9), head(3, 1)));
        assert!(log_up_to_date(head(2, 4), head(2, 4)));
        assert!(!log_up_to_date(head(2, 3), head(2, 4)));
    }

    #[test]
    fn one_vote_per_term() {
        let me = Voter {
            term: 5,
            voted_for: Some(1),
            log: head(0, 0),
        };
        let ask = |candidate, term| VoteRequest {
            candidate,
            term,
            log: head(0, 0),
        };
        assert_eq!(decide_vote(ask(1, 5), me), VoteDecision::Grant);
        assert_eq!(decide_vote(ask(2, 5), me), VoteDecision::AlreadyVoted(1));
        assert_eq!(decide_vote(ask(2, 4), me), VoteDecision::StaleTerm);
    }

    #[test]
    fn majorities_of_three_five_and_nine() {
        assert_eq!(
            (majority(3), majority(4), majority(5), majority(9)),
            (2, 3, 3, 5)
        );
        assert!(has_majority(3, 5) && !has_majority(2, 5));
    }
}
