//! Applying events and letting time pass.

use rand::Rng;

use super::{
    ClusterEvent as E, ClusterOutcome as O, ClusterSim, Failure, Kind, NodeRef, Region, Request,
    Served, ShardNews, ETCD_NODES, FLIGHT_MS, HOT_RPS, HOT_USER, MAX_ADVANCE_MS, MAX_RATE,
    MIN_RATE, READ_REPLICAS, SHARDS, STEP_MS, USERS, VOTERS,
};

impl ClusterSim {
    /// Applies one event at the current model time.
    pub fn apply(&mut self, event: E) -> Vec<O> {
        let out = self.apply_now(event);
        self.failsafe();
        out
    }

    fn apply_now(&mut self, event: E) -> Vec<O> {
        match event {
            E::Kill(node) => vec![self.kill(node)],
            E::Restart(node) => vec![self.restart(node)],
            E::KillLeader(shard) => match self.shards.get(shard).and_then(|s| s.leader) {
                Some(slot) => vec![self.kill(NodeRef::Voter { shard, slot })],
                None => vec![O::NoLeader(shard)],
            },
            E::KillTwo(shard) => self.kill_two(shard),
            E::LagReplica {
                shard,
                index,
                lagged,
            } => {
                let changed = self
                    .shards
                    .get_mut(shard)
                    .is_some_and(|s| s.set_lagged(index, lagged));
                if changed {
                    vec![O::Lagged {
                        shard,
                        index,
                        lagged,
                    }]
                } else {
                    Vec::new()
                }
            }
            E::Partition(on) => {
                self.partitioned = on;
                vec![O::Partitioned(on)]
            }
            E::LoseEtcdQuorum => [0, 2].map(|i| self.kill(NodeRef::Etcd(i))).to_vec(),
            E::HealEtcd => (0..ETCD_NODES)
                .map(|i| self.restart(NodeRef::Etcd(i)))
                .collect(),
            E::HotUser(on) => {
                self.hot_user = on;
                vec![O::HotUser(on)]
            }
            E::SetRouting(r) => {
                self.routing = r;
                vec![O::Routing(r)]
            }
            E::SetRate(r) => {
                self.rate = r.clamp(MIN_RATE, MAX_RATE);
                vec![O::Rate(self.rate)]
            }
            E::HealAll => self.heal_all(),
            E::Request { user, kind } => {
                let from = Region::of_user(user % USERS);
                vec![O::Served(self.request(user % USERS, kind, from))]
            }
        }
    }

    fn kill(&mut self, node: NodeRef) -> O {
        if self.switch(node, false) {
            O::Killed(node)
        } else {
            O::AlreadyDown(node)
        }
    }

    fn restart(&mut self, node: NodeRef) -> O {
        if self.switch(node, true) {
            O::Restarted(node)
        } else {
            O::AlreadyUp(node)
        }
    }

    /// Starts (a replacement for) or kills a node; true if that changed anything.
    fn switch(&mut self, node: NodeRef, up: bool) -> bool {
        let now = self.now_ms;
        match node {
            NodeRef::Voter { shard, slot } => self.shards.get_mut(shard).is_some_and(|s| {
                if up {
                    s.restart_voter(slot, now)
                } else {
                    s.kill_voter(slot, now)
                }
            }),
            NodeRef::Replica { shard, index } => self
                .shards
                .get_mut(shard)
                .is_some_and(|s| s.set_replica_up(index, up)),
            NodeRef::Etcd(i) => {
                let had_majority = self.etcd_has_majority();
                match self.etcd_up.get_mut(i) {
                    Some(u) if *u != up => *u = up,
                    _ => return false,
                }
                if !had_majority && self.etcd_has_majority() {
                    self.shards.iter_mut().for_each(|s| s.renew_lease(now));
                }
                true
            }
        }
    }

    /// The leader and the follower holding its latest writes die together: the one double
    /// failure that W = 2 cannot survive.
    fn kill_two(&mut self, shard: usize) -> Vec<O> {
        let Some(s) = self.shards.get(shard) else {
            return Vec::new();
        };
        let first = s.leader.or_else(|| s.voters.iter().position(|v| v.seq > 0));
        let second = s.acking_follower();
        let mut pair: Vec<usize> = first.into_iter().chain(second).collect();
        for slot in 0..VOTERS {
            if pair.len() < 2 && !pair.contains(&slot) {
                pair.push(slot);
            }
        }
        pair.into_iter()
            .map(|slot| self.kill(NodeRef::Voter { shard, slot }))
            .collect()
    }

    fn heal_all(&mut self) -> Vec<O> {
        let mut out = Vec::new();
        for shard in 0..SHARDS {
            for slot in 0..VOTERS {
                out.push(self.restart(NodeRef::Voter { shard, slot }));
            }
            for index in 0..READ_REPLICAS {
                out.push(self.restart(NodeRef::Replica { shard, index }));
                if let Some(s) = self.shards.get_mut(shard) {
                    s.set_lagged(index, false);
                }
            }
        }
        for i in 0..ETCD_NODES {
            out.push(self.restart(NodeRef::Etcd(i)));
        }
        out.retain(|o| matches!(o, O::Restarted(_)));
        self.partitioned = false;
        self.hot_user = false;
        out.push(O::Healed);
        out
    }

    /// Routes and serves one request at the current time.
    fn request(&mut self, user: u32, kind: Kind, from: Region) -> Request {
        let now = self.now_ms;
        let shard = self.route(user);
        let reachable = self.reachable(from, shard);
        let s = &mut self.shards[shard];
        let result = if !reachable {
            Served::Failed(Failure::Unreachable)
        } else if s.overloaded() {
            Served::Failed(Failure::Overloaded)
        } else {
            match kind {
                Kind::Write => s.write(now).map(Served::Ok),
                Kind::Read => s.read().map(Served::Ok),
                Kind::Report => s.report(now).map(|(node, lag_ms)| {
                    if lag_ms > super::MAX_REPORT_LAG_MS {
                        Served::Stale { node, lag_ms }
                    } else {
                        Served::Ok(node)
                    }
                }),
            }
            .unwrap_or_else(Served::Failed)
        };
        let ok = !matches!(result, Served::Failed(_));
        if reachable {
            s.count(now, ok);
        }
        let outside =
            Region::of_user(user) == Region::EuWest && Region::of_shard(shard) == Region::UsEast;
        if kind == Kind::Write && ok && outside {
            s.eu_writes_outside += 1;
        }
        self.tally(kind, result);
        let req = Request {
            at_ms: now,
            user,
            kind,
            from,
            shard,
            result,
        };
        self.in_flight.push_back(req);
        req
    }

    fn tally(&mut self, kind: Kind, result: Served) {
        let t = &mut self.totals;
        match result {
            Served::Ok(_) if kind == Kind::Write => {
                t.ok += 1;
                t.writes_acked += 1;
            }
            Served::Ok(_) => t.ok += 1,
            Served::Stale { .. } => t.stale += 1,
            Served::Failed(_) => t.failed += 1,
        }
    }

    /// Lets `ms` of model time pass (at most [`MAX_ADVANCE_MS`] per call): the workload sends
    /// its requests, replication runs, replacements catch up and etcd elects new leaders where
    /// it can.
    pub fn advance(&mut self, ms: u64) -> Vec<O> {
        let mut out = Vec::new();
        let mut left = ms.min(MAX_ADVANCE_MS);
        while left > 0 {
            let dt = left.min(STEP_MS);
            left -= dt;
            self.now_ms += dt;
            self.arrivals(dt);
            self.tick(&mut out);
        }
        let now = self.now_ms;
        while self
            .in_flight
            .front()
            .is_some_and(|r| r.at_ms + FLIGHT_MS < now)
        {
            self.in_flight.pop_front();
        }
        out
    }

    /// The workload's requests for `dt` ms: uniform users, 30 % writes, 50 % reads, 20 %
    /// reports; plus the hot user's when on.
    fn arrivals(&mut self, dt: u64) {
        self.carry += dt * u64::from(self.rate);
        while self.carry >= 1_000 {
            self.carry -= 1_000;
            let user = self.rng.random_range(0..USERS);
            let kind = self.kind();
            self.request(user, kind, Region::of_user(user));
        }
        if self.hot_user {
            self.hot_carry += dt * u64::from(HOT_RPS);
            while self.hot_carry >= 1_000 {
                self.hot_carry -= 1_000;
                let kind = self.kind();
                self.request(HOT_USER, kind, Region::of_user(HOT_USER));
            }
        }
    }

    fn kind(&mut self) -> Kind {
        match self.rng.random_range(0..10u8) {
            0..=2 => Kind::Write,
            3..=7 => Kind::Read,
            _ => Kind::Report,
        }
    }

    fn tick(&mut self, out: &mut Vec<O>) {
        let now = self.now_ms;
        for i in 0..SHARDS {
            let region = Region::of_shard(i);
            let etcd = self.etcd_quorum(region);
            let s = &mut self.shards[i];
            s.prune(now);
            if let Some(ShardNews::CaughtUp(slot)) = s.replicate(now) {
                out.push(O::CaughtUp(NodeRef::Voter { shard: i, slot }));
            }
            let lease_over = s.lease_expires_at.is_some_and(|t| now >= t);
            if etcd && lease_over {
                if let Some(ShardNews::Elected {
                    slot,
                    failover_ms,
                    lost,
                }) = s.elect(now)
                {
                    out.push(O::Elected {
                        shard: i,
                        slot,
                        failover_ms,
                    });
                    if lost > 0 {
                        out.push(O::WritesLost {
                            shard: i,
                            count: lost,
                        });
                    }
                }
            }
        }
        self.failsafe();
    }
}
