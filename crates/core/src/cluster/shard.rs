//! One shard group: a leader and two followers that vote (N = 3, W = 2, R = 2) and three
//! asynchronous read replicas for reporting queries.

use std::collections::VecDeque;

use super::{
    Failure, NodeRef, CAPACITY_RPS, CATCHUP_MS, FOLLOWER_LAG_MS, LAGGED_MS, LEASE_TTL_MS,
    LOG_KEEP_MS, R, READ_REPLICAS, REPLICA_LAG_MS, VOTERS, W,
};

/// How a voting node is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoterState {
    /// Running and holding the shard's log up to its `seq`.
    Up,
    /// Killed: the machine and its disk are gone.
    Down,
    /// A replacement machine copying the log from the leader since `since_ms`; it counts for no
    /// quorum until it has caught up.
    CatchingUp {
        /// When it started.
        since_ms: u64,
    },
}

/// A voting member of a shard group (the leader or one of its two followers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voter {
    /// Whether it runs.
    pub state: VoterState,
    /// The last write it holds (writes are numbered 1, 2, … per shard).
    pub seq: u64,
}

/// An asynchronous read replica serving reporting queries: it applies the leader's writes
/// [`REPLICA_LAG_MS`] late, or [`LAGGED_MS`] late when lagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadReplica {
    /// Whether it runs.
    pub up: bool,
    /// Whether its replication has been slowed past the 30 s the reports accept.
    pub lagged: bool,
    /// The last write it has applied.
    pub seq: u64,
}

impl ReadReplica {
    fn delay(&self) -> u64 {
        if self.lagged {
            LAGGED_MS
        } else {
            REPLICA_LAG_MS
        }
    }
}

/// What a shard learnt while time passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShardNews {
    /// A replacement voter finished copying the log.
    CaughtUp(usize),
    /// A new leader took over; `lost` acknowledged writes were not on it.
    Elected {
        /// Its slot.
        slot: usize,
        /// From the old leader's death to this election.
        failover_ms: u64,
        /// Acknowledged writes the new leader lacks, now gone.
        lost: u64,
    },
}

/// A shard group and its log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shard {
    /// Its index, 0 … 5 (shown as 1 … 6).
    pub index: usize,
    /// The three voting nodes.
    pub voters: [Voter; VOTERS],
    /// Which voter leads, if any.
    pub leader: Option<usize>,
    /// The three read replicas.
    pub replicas: [ReadReplica; READ_REPLICAS],
    /// The newest write on the (current or last) leader's log.
    pub head: u64,
    /// The newest write acknowledged to a client.
    pub acked: u64,
    /// Acknowledged writes that are gone for good.
    pub lost: u64,
    /// When the leader died, while no new one is elected.
    pub leader_lost_at: Option<u64>,
    /// When the dead leader's etcd lease runs out, while no new leader is elected. Lease
    /// clocks stop while etcd has no leader of its own: when its majority returns, etcd's new
    /// leader renews every lease to its full [`LEASE_TTL_MS`].
    pub lease_expires_at: Option<u64>,
    /// Whether Patroni's failsafe mode has demoted the leader: it reaches no etcd majority and
    /// not every voter of its shard, so it refuses writes (it still answers reads).
    pub demoted: bool,
    /// How long the last failover took.
    pub last_failover_ms: Option<u64>,
    /// Writes of EU-West users stored here while this shard is in US-East.
    pub eu_writes_outside: u64,
    log: VecDeque<(u64, u64)>,
    recent: VecDeque<(u64, bool)>,
    served_in_window: usize,
    next_replica: usize,
}

impl Shard {
    /// A healthy shard: voter 0 leads, everything is up and empty.
    pub fn new(index: usize) -> Self {
        let voter = Voter {
            state: VoterState::Up,
            seq: 0,
        };
        let replica = ReadReplica {
            up: true,
            lagged: false,
            seq: 0,
        };
        Shard {
            index,
            voters: [voter; VOTERS],
            leader: Some(0),
            replicas: [replica; READ_REPLICAS],
            head: 0,
            acked: 0,
            lost: 0,
            leader_lost_at: None,
            lease_expires_at: None,
            demoted: false,
            last_failover_ms: None,
            eu_writes_outside: 0,
            log: VecDeque::new(),
            recent: VecDeque::new(),
            served_in_window: 0,
            next_replica: 0,
        }
    }

    /// How many voters are up and caught up.
    pub fn voters_up(&self) -> usize {
        self.voters
            .iter()
            .filter(|v| v.state == VoterState::Up)
            .count()
    }

    /// The follower a write waits for: the leader needs W − 1 = 1 follower ack, and takes the
    /// first caught-up one; the other follower gets the write [`FOLLOWER_LAG_MS`] later.
    pub fn acking_follower(&self) -> Option<usize> {
        let leader = self.leader?;
        (0..VOTERS).find(|&s| s != leader && self.voters[s].state == VoterState::Up)
    }

    /// Whether a write can gather W = 2 copies: a leader (not demoted) plus W − 1 caught-up
    /// followers.
    pub fn writable(&self) -> bool {
        self.leader.is_some() && !self.demoted && self.voters_up() >= W
    }

    /// Whether a read can gather R = 2 voters.
    pub fn readable(&self) -> bool {
        self.voters_up() >= R
    }

    /// The newest write still held by a running, caught-up voter: what survives right now.
    pub fn durable(&self) -> u64 {
        self.voters
            .iter()
            .filter(|v| v.state == VoterState::Up)
            .map(|v| v.seq)
            .max()
            .unwrap_or(0)
    }

    /// How far read replica `i` is behind: the age of the oldest write it has not applied
    /// (0 when it has them all).
    pub fn replica_lag_ms(&self, i: usize, now: u64) -> u64 {
        let Some(r) = self.replicas.get(i) else {
            return 0;
        };
        let missing = self.log.iter().find(|&&(seq, _)| seq > r.seq);
        match missing {
            Some(&(_, at)) => now.saturating_sub(at),
            None if r.seq < self.head => LOG_KEEP_MS,
            None => 0,
        }
    }

    /// Requests that arrived in the last second.
    pub fn requests_last_second(&self) -> usize {
        self.recent.len()
    }

    /// Requests refused in the last second.
    pub fn errors_last_second(&self) -> usize {
        self.recent.iter().filter(|&&(_, ok)| !ok).count()
    }

    /// Whether the shard already served its capacity in the last second (refusals cost it
    /// nothing, so an overloaded shard still serves [`CAPACITY_RPS`] a second).
    pub(super) fn overloaded(&self) -> bool {
        self.served_in_window >= CAPACITY_RPS
    }

    pub(super) fn count(&mut self, now: u64, ok: bool) {
        self.recent.push_back((now, ok));
        self.served_in_window += usize::from(ok);
    }

    /// Writes one row: the leader and its acking follower both hold it before the ack.
    pub(super) fn write(&mut self, now: u64) -> Result<NodeRef, Failure> {
        let leader = self.leader.ok_or(Failure::NoLeader)?;
        if self.demoted {
            return Err(Failure::Demoted);
        }
        let ack = self.acking_follower().ok_or(Failure::NoWriteQuorum)?;
        self.head += 1;
        self.log.push_back((self.head, now));
        self.voters[leader].seq = self.head;
        self.voters[ack].seq = self.head;
        self.acked = self.head;
        Ok(NodeRef::Voter {
            shard: self.index,
            slot: leader,
        })
    }

    /// A quorum read from R = 2 voters: the leader if it is up, else a caught-up follower.
    pub(super) fn read(&self) -> Result<NodeRef, Failure> {
        if !self.readable() {
            return Err(Failure::NoReadQuorum);
        }
        let slot = self
            .leader
            .or_else(|| (0..VOTERS).find(|&s| self.voters[s].state == VoterState::Up))
            .unwrap_or(0);
        Ok(NodeRef::Voter {
            shard: self.index,
            slot,
        })
    }

    /// A reporting query, sent round-robin to the running read replicas; also returns how far
    /// behind the one that answered is.
    pub(super) fn report(&mut self, now: u64) -> Result<(NodeRef, u64), Failure> {
        for k in 0..READ_REPLICAS {
            let i = (self.next_replica + k) % READ_REPLICAS;
            if self.replicas[i].up {
                self.next_replica = (i + 1) % READ_REPLICAS;
                let node = NodeRef::Replica {
                    shard: self.index,
                    index: i,
                };
                return Ok((node, self.replica_lag_ms(i, now)));
            }
        }
        Err(Failure::NoReplica)
    }

    /// The newest write on the log made at or before `t`.
    fn seq_at(&self, t: u64) -> u64 {
        let i = self.log.partition_point(|&(_, at)| at <= t);
        match i {
            0 => self.log.front().map_or(self.head, |&(s, _)| s - 1),
            _ => self.log[i - 1].0,
        }
    }

    /// Lets replication run up to `now`: the lagging follower and the read replicas apply what
    /// the leader wrote long enough ago; replacement voters finish copying.
    pub(super) fn replicate(&mut self, now: u64) -> Option<ShardNews> {
        let mut news = None;
        if let Some(leader) = self.leader {
            let top = self.voters[leader].seq;
            let ack = self.acking_follower();
            let follow = self.seq_at(now.saturating_sub(FOLLOWER_LAG_MS)).min(top);
            for s in (0..VOTERS).filter(|&s| s != leader && Some(s) != ack) {
                let v = &mut self.voters[s];
                if v.state == VoterState::Up {
                    v.seq = v.seq.max(follow);
                }
            }
            for i in 0..READ_REPLICAS {
                let upto = self.seq_at(now.saturating_sub(self.replicas[i].delay()));
                let r = &mut self.replicas[i];
                if r.up {
                    r.seq = r.seq.max(upto.min(top));
                }
            }
        }
        for s in 0..VOTERS {
            if let VoterState::CatchingUp { since_ms } = self.voters[s].state {
                if now >= since_ms + CATCHUP_MS && self.can_copy(s) {
                    let from = self.leader.map_or(0, |l| self.voters[l].seq);
                    self.voters[s] = Voter {
                        state: VoterState::Up,
                        seq: from,
                    };
                    news = Some(ShardNews::CaughtUp(s));
                }
            }
        }
        news
    }

    /// A replacement voter can finish when there is a leader to copy from, or when no other
    /// voter runs at all (then there is nothing to copy and it starts empty).
    fn can_copy(&self, slot: usize) -> bool {
        self.leader.is_some()
            || (0..VOTERS)
                .filter(|&s| s != slot)
                .all(|s| self.voters[s].state == VoterState::Down)
    }

    /// The caught-up voters compare log positions and the newest (the lowest slot on a tie)
    /// takes the shard's leader key in etcd, which lets only one node hold it; the log is cut
    /// back to what it holds. etcd itself knows nothing of replication positions.
    pub(super) fn elect(&mut self, now: u64) -> Option<ShardNews> {
        let lost_at = self.leader_lost_at?;
        let slot = (0..VOTERS)
            .filter(|&s| self.voters[s].state == VoterState::Up)
            .max_by_key(|&s| (self.voters[s].seq, std::cmp::Reverse(s)))?;
        let seq = self.voters[slot].seq;
        let lost = self.acked.saturating_sub(seq);
        self.lost += lost;
        self.acked = self.acked.min(seq);
        self.head = seq;
        self.log.retain(|&(s, _)| s <= seq);
        for v in &mut self.voters {
            v.seq = v.seq.min(seq);
        }
        for r in &mut self.replicas {
            r.seq = r.seq.min(seq);
        }
        self.leader = Some(slot);
        self.leader_lost_at = None;
        self.lease_expires_at = None;
        let failover_ms = now.saturating_sub(lost_at);
        self.last_failover_ms = Some(failover_ms);
        Some(ShardNews::Elected {
            slot,
            failover_ms,
            lost,
        })
    }

    /// Kills voter `slot` (its disk goes with it); true if it was running.
    pub(super) fn kill_voter(&mut self, slot: usize, now: u64) -> bool {
        let Some(v) = self.voters.get_mut(slot) else {
            return false;
        };
        if v.state == VoterState::Down {
            return false;
        }
        *v = Voter {
            state: VoterState::Down,
            seq: 0,
        };
        if self.leader == Some(slot) {
            self.leader = None;
            self.leader_lost_at = Some(now);
            self.lease_expires_at = Some(now + LEASE_TTL_MS);
        }
        true
    }

    /// Starts a replacement for voter `slot`; true if it was down.
    pub(super) fn restart_voter(&mut self, slot: usize, now: u64) -> bool {
        match self.voters.get_mut(slot) {
            Some(v) if v.state == VoterState::Down => {
                v.state = VoterState::CatchingUp { since_ms: now };
                true
            }
            _ => false,
        }
    }

    /// Sets read replica `i` running or not; true if that changed anything.
    pub(super) fn set_replica_up(&mut self, i: usize, up: bool) -> bool {
        match self.replicas.get_mut(i) {
            Some(r) if r.up != up => {
                r.up = up;
                r.seq = 0;
                true
            }
            _ => false,
        }
    }

    /// etcd regained its majority at `now`: its new leader renews the dead leader's lease to
    /// the full TTL, so the failover waits another [`LEASE_TTL_MS`] from here.
    pub(super) fn renew_lease(&mut self, now: u64) {
        if let Some(t) = &mut self.lease_expires_at {
            *t = (*t).max(now + LEASE_TTL_MS);
        }
    }

    /// Slows read replica `i` past the 30 s bound, or lets it catch up again.
    pub(super) fn set_lagged(&mut self, i: usize, lagged: bool) -> bool {
        match self.replicas.get_mut(i) {
            Some(r) if r.lagged != lagged => {
                r.lagged = lagged;
                true
            }
            _ => false,
        }
    }

    /// Drops what is older than the windows the readouts and replicas need.
    pub(super) fn prune(&mut self, now: u64) {
        while let Some(&(t, ok)) = self.recent.front() {
            if t + 1_000 > now {
                break;
            }
            self.recent.pop_front();
            self.served_in_window -= usize::from(ok);
        }
        while self
            .log
            .front()
            .is_some_and(|&(_, t)| t + LOG_KEEP_MS < now)
        {
            self.log.pop_front();
        }
    }
}
