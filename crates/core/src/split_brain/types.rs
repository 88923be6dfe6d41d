//! The values the split-brain model exposes for drawing and for the sim's narration.

use super::net::NODE_COUNT;
use super::outcome::Outcome;

/// The balance every node holds before any client write.
pub const INITIAL_BALANCE: i64 = 100;

/// What a node believes about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A replica: it follows a leader and copies what the leader sends.
    Follower,
    /// Raft only: a node asking the others for their votes in a new term.
    Candidate,
    /// The node that accepts writes, or at least believes it does.
    Leader,
}

/// Where a log entry came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntrySource {
    /// The starting balance every node holds.
    Initial,
    /// A client write: the index into [`super::SplitBrainSim::writes`].
    Write(usize),
    /// The value an operator chose to end a conflict (manual resolution).
    Resolution,
}

/// One write of the key "user balance", as a node stores it in its log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Unique within the run; two logs hold the same write exactly when the ids match.
    pub id: u32,
    /// A client write, the initial balance, or a manual resolution.
    pub source: EntrySource,
    /// The new balance, in dollars.
    pub value: i64,
    /// The Raft term, naive epoch or fencing token of the leader that accepted it.
    pub term: u64,
    /// The node that accepted it (0-based).
    pub node: usize,
    /// When it was accepted, in true (logical) time.
    pub real_ms: u64,
    /// The timestamp the accepting node stamped on it: true time plus that node's clock skew.
    /// Last-write-wins compares these, not the true times.
    pub stamped_ms: i64,
}

/// Why a node refused a client write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// The node was powered off (STONITH): nothing answers.
    PoweredOff,
    /// The node is not a leader and knows of no leader to redirect the client to.
    NoLeader,
    /// Fencing: the shared storage refused the leader's token because a newer one exists.
    StaleToken {
        /// The token the write carried.
        token: u64,
        /// The highest token the storage had seen.
        highest: u64,
    },
    /// Naive mode: a conflict is waiting for an operator, so the cluster refuses writes.
    Frozen,
}

/// What the client of a write has been told, or is still waiting for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteStatus {
    /// Not sent yet: it will arrive at its node at `arrives_ms`.
    Scheduled,
    /// Raft: appended by a leader, waiting for a majority to store it.
    Pending,
    /// Naive and fencing modes: the leader stored it and told the client "done".
    Acknowledged,
    /// Raft: a majority stored it and the leader told the client "done".
    Committed,
    /// Refused; the client was told at once.
    Rejected(Rejection),
    /// Raft: the client gave up waiting (its leader never reached a majority).
    TimedOut,
    /// Raft: the client gave up, yet the write was committed later (why retries must be safe).
    CommittedLate,
    /// Acknowledged to the client, then discarded: last-write-wins chose another value, or a
    /// node's log was overwritten by a leader that never had it.
    Lost,
}

impl WriteStatus {
    /// Whether the client was told the write succeeded (and it may still be lost later).
    pub fn was_acknowledged(&self) -> bool {
        matches!(
            self,
            WriteStatus::Acknowledged | WriteStatus::Committed | WriteStatus::Lost
        )
    }
}

/// A client's write of the key "user balance", from request to outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientWrite {
    /// Its place in the run's writes (0-based): the spec's Write A is 0, Write B is 1.
    pub index: usize,
    /// The node the client sent it to (0-based).
    pub target: usize,
    /// The balance it sets, in dollars.
    pub value: i64,
    /// When it reaches `target`, in logical ms.
    pub arrives_ms: u64,
    /// The leader that stored it: `target`, or the leader `target` redirected the client to.
    pub accepted_by: Option<usize>,
    /// The id of its log entry, once stored.
    pub entry_id: Option<u32>,
    /// Raft: when the client gives up waiting.
    pub deadline_ms: Option<u64>,
    /// What the client knows so far.
    pub status: WriteStatus,
}

/// One node's state: its role, its term, its log and its timers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// Follower, candidate or leader, as the node itself believes.
    pub role: Role,
    /// Raft: the current term. Naive mode: the epoch of the leader it follows or is.
    /// Fencing mode: that leader's fencing token.
    pub term: u64,
    /// Raft: the candidate this node voted for in `term`, if any.
    pub voted_for: Option<usize>,
    /// The leader this node follows (itself when leading), if it knows one.
    pub leader: Option<usize>,
    /// The node's log, oldest first; the entry at position `i` has Raft index `i + 1`.
    pub log: Vec<Entry>,
    /// How many entries, from the start, are committed (Raft's commitIndex). In the naive and
    /// fencing modes a leader acknowledges at once, so every stored entry counts.
    pub commit_index: usize,
    /// False once STONITH has powered the node off: it answers nothing.
    pub powered_on: bool,
    /// Fencing mode: the storage refused this node's stale token. It steps down and waits to
    /// hear from the new leader; until then no monitor promotes it.
    pub fenced: bool,
    /// When the running timer started (last heartbeat heard, or election timer reset).
    pub timer_start_ms: u64,
    /// When the timer fires: a missed-heartbeat failover (naive, fencing) or an election
    /// (Raft). `None` for leaders and powered-off nodes.
    pub timer_deadline_ms: Option<u64>,
    /// Leaders: when the next heartbeat goes out.
    pub next_heartbeat_ms: Option<u64>,
    /// Raft candidates: which nodes have granted their vote in `term`.
    pub votes: [bool; NODE_COUNT],
    /// Raft leaders: the index of the next entry to send to each node.
    pub next_index: [usize; NODE_COUNT],
    /// Raft leaders: the highest index each node is known to store in agreement with the leader.
    pub match_index: [usize; NODE_COUNT],
}

impl Node {
    /// A powered-on node with `log` fully committed.
    pub(super) fn new(role: Role, leader: Option<usize>, log: Vec<Entry>) -> Self {
        let len = log.len();
        Node {
            role,
            term: 1,
            voted_for: leader,
            leader,
            log,
            commit_index: len,
            powered_on: true,
            fenced: false,
            timer_start_ms: 0,
            timer_deadline_ms: None,
            next_heartbeat_ms: None,
            votes: [false; NODE_COUNT],
            next_index: [len + 1; NODE_COUNT],
            match_index: [len; NODE_COUNT],
        }
    }

    /// Raft's lastLogIndex: the index of the last entry (the log's length).
    pub fn last_log_index(&self) -> usize {
        self.log.len()
    }

    /// Raft's lastLogTerm: the term of the last entry, or 0 for an empty log.
    pub fn last_log_term(&self) -> u64 {
        self.log.last().map_or(0, |e| e.term)
    }

    /// Whether the entry at 0-based `position` in the log is committed.
    pub fn is_committed(&self, position: usize) -> bool {
        position < self.commit_index && position < self.log.len()
    }

    /// The balance this node would answer a read with: its last committed value.
    pub fn value(&self) -> i64 {
        let committed = self.commit_index.min(self.log.len());
        self.log
            .get(..committed)
            .and_then(<[Entry]>::last)
            .map_or(INITIAL_BALANCE, |e| e.value)
    }

    /// Raft candidates: how many votes they hold, their own included.
    pub fn vote_count(&self) -> usize {
        self.votes.iter().filter(|v| **v).count()
    }
}

/// Fencing mode: the shared storage every node writes through (a SAN, or a lock service
/// guarding it). It issues fencing tokens and refuses writes carrying an older one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Storage {
    /// The highest fencing token issued (and so seen); writes carrying less are refused.
    pub highest_token: u64,
    /// The node the highest token was issued to.
    pub holder: usize,
    /// Every write the storage accepted, in order: the authoritative data.
    pub log: Vec<Entry>,
    /// How many writes it refused for carrying a stale token.
    pub rejected: usize,
}

/// A node becoming leader: by majority vote (Raft) or by the monitor's promotion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Election {
    /// The term, epoch or fencing token it leads in.
    pub term: u64,
    /// The new leader (0-based).
    pub node: usize,
    /// When, in logical ms.
    pub at_ms: u64,
    /// Raft: the nodes that voted for it (itself included). Empty for a monitor's promotion,
    /// which asks nobody.
    pub votes: Vec<usize>,
}

/// One side of a conflict: a log that went its own way during the partition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictSide {
    /// The node holding this version of history (0-based; the lowest, if several do).
    pub node: usize,
    /// Every node whose log is exactly this version (0-based, ascending).
    pub holders: Vec<usize>,
    /// Its epoch.
    pub term: u64,
    /// The writes only this side has, oldest first.
    pub entries: Vec<Entry>,
    /// The balance this side ends with.
    pub value: i64,
}

impl ConflictSide {
    /// The side's newest write: the one last-write-wins compares.
    pub fn last(&self) -> Option<&Entry> {
        self.entries.last()
    }
}

/// Divergent histories found when two leaders synchronise after a partition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// When the sync revealed it, in logical ms.
    pub detected_at_ms: u64,
    /// The two leaders whose sync revealed it (0-based, lower first).
    pub between: (usize, usize),
    /// How many entries, from the start, every side shares.
    pub common_len: usize,
    /// The versions of history, by node.
    pub sides: Vec<ConflictSide>,
}

impl Conflict {
    /// The side last-write-wins would keep: the newest last write by stamped timestamp, ties
    /// broken by the larger value (as Cassandra does), then by the later entry.
    pub fn lww_winner(&self) -> Option<usize> {
        self.sides
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.last().map(|e| (i, e)))
            .max_by_key(|(_, e)| (e.stamped_ms, e.value, e.id))
            .map(|(i, _)| i)
    }
}

/// How the last conflict was resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Last-write-wins kept the side whose last write carried the latest timestamp.
    LastWriteWins {
        /// The write whose timestamp won.
        winner: Entry,
        /// The acknowledged writes discarded without telling anyone.
        lost: Vec<Entry>,
        /// Whether a lost write really happened later than the winner (clock skew made the
        /// older write look newer).
        older_won: bool,
    },
    /// An operator chose the value; every divergent write stays in the log as history.
    Manual {
        /// The balance chosen.
        value: i64,
        /// The divergent writes kept before the resolution entry, in true-time order.
        kept: Vec<Entry>,
    },
}

/// Where the story stands, for the narration line and for enabling controls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// One leader, every link up.
    Stable,
    /// Some link is cut, but no timer is heading for a failover.
    Partitioned,
    /// A node has lost its leader and its timer is running: the monitor's missed-heartbeat
    /// timeout (naive, fencing) or the election timeout (Raft).
    TimerRunning {
        /// The node whose timer fires first (0-based).
        node: usize,
        /// How long it has been running.
        elapsed_ms: u64,
        /// How long it runs in total.
        timeout_ms: u64,
    },
    /// Raft: an election is under way.
    Electing {
        /// The newest term being contested.
        term: u64,
        /// The candidates (0-based).
        candidates: Vec<usize>,
    },
    /// More than one powered-on node believes it is leader.
    MultipleLeaders {
        /// The self-proclaimed leaders (0-based).
        leaders: Vec<usize>,
    },
    /// Naive mode: divergent writes were found; an operator must choose.
    Conflict,
}

/// One entry of the run's journal: what one action or one step of time did, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// When, in logical ms.
    pub at_ms: u64,
    /// What happened, in order.
    pub said: Vec<Outcome>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_node_reads_its_last_committed_value() {
        let e = |id, value| Entry {
            id,
            source: EntrySource::Write(0),
            value,
            term: 1,
            node: 0,
            real_ms: 0,
            stamped_ms: 0,
        };
        let mut n = Node::new(Role::Follower, None, vec![e(0, 100), e(1, 500)]);
        assert_eq!(n.value(), 500);
        n.commit_index = 1;
        assert_eq!(n.value(), 100);
        assert!(n.is_committed(0) && !n.is_committed(1));
        n.commit_index = 99;
        assert!(!n.is_committed(5));
        n.log.clear();
        assert_eq!(n.value(), INITIAL_BALANCE);
    }
}
