//! The month-by-month state machine: two levers serving one growing workload.

use rand::Rng;

use super::capacity::{
    cheapest_out, cheapest_up, evaluate, out_ceiling, up_ceiling, Evaluation, Layout, Lever,
    OutShape, Plan, Tuning, MAX_NODES, MAX_SHARE,
};
use super::events::{Outcome, Refusal, ScalingEvent, Setting};
use super::laws::unit;
use super::machine::{LADDER, TOP_RUNG};
use super::workload::{
    clamp, Demand, Workload, MAX_GROWTH, MAX_MONTHS, MAX_RATE, MAX_WORKING_SET_GB, MIN_RATE,
    MIN_WORKING_SET_GB,
};
use crate::rng::{seeded, SimRng};

/// Minutes of full outage when the single machine moves to another size: stop, resize,
/// restart, and the first queries on a cold cache. Illustrative.
pub const RESIZE_MINUTES: f64 = 10.0;
/// Minutes until a failed machine is replaced and serving again. Illustrative.
pub const RESTORE_MINUTES: f64 = 30.0;
/// Minutes until a read replica is promoted when the leader fails (writes wait meanwhile).
pub const FAILOVER_MINUTES: f64 = 0.5;
/// The highest monthly failure chance per machine the sim offers (10 %).
pub const MAX_FAILURE_RATE: f64 = 0.10;

/// Everything the student sets apart from the levers' positions and the month.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScalingConfig {
    /// The workload and its growth.
    pub workload: Workload,
    /// Amdahl's serial fraction, the USL's σ and κ, and the cross-shard share.
    pub tuning: Tuning,
    /// The cluster's node size and layout.
    pub shape: OutShape,
    /// The chance that any one machine fails in a month, 0–[`MAX_FAILURE_RATE`].
    pub failure_rate: f64,
    /// Whether both levers resize themselves whenever the demand changes.
    pub follow: bool,
}

impl ScalingConfig {
    /// The same configuration with every value clamped to its range.
    pub fn clamped(self) -> Self {
        ScalingConfig {
            workload: self.workload.clamped(),
            tuning: self.tuning.clamped(),
            shape: OutShape {
                node_rung: self.shape.node_rung.min(TOP_RUNG),
                layout: self.shape.layout,
            },
            failure_rate: unit(self.failure_rate).min(MAX_FAILURE_RATE),
            follow: self.follow,
        }
    }
}

impl Default for ScalingConfig {
    fn default() -> Self {
        ScalingConfig {
            workload: Workload::default(),
            tuning: Tuning::default(),
            shape: OutShape::default(),
            failure_rate: 0.02,
            follow: true,
        }
    }
}

/// The outage tally since month 0: one machine's outages take everything down; a cluster's
/// take a share of the requests (or none), so they are counted as equivalent full minutes.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Downtime {
    /// Minutes the single machine served nothing (failures and resizes).
    pub up_minutes: f64,
    /// How many times the single machine failed.
    pub up_failures: u32,
    /// How many times it was resized (each a restart).
    pub up_resizes: u32,
    /// Σ (share of requests failing × minutes) over the cluster's failures.
    pub out_equivalent_minutes: f64,
    /// How many times a cluster node failed.
    pub out_failures: u32,
}

/// Two levers serving one growing workload, month by month.
#[derive(Debug, Clone)]
pub struct ScalingSim {
    pub(super) config: ScalingConfig,
    pub(super) month: u32,
    pub(super) machine: usize,
    pub(super) nodes: usize,
    pub(super) machine_down: bool,
    /// Failed node indices, ascending.
    pub(super) failed: Vec<usize>,
    pub(super) downtime: Downtime,
    /// Whether the demand is over each lever's ceiling (Up, Out).
    pub(super) over: [bool; 2],
    pub(super) seed: u64,
    pub(super) rng: SimRng,
}

impl ScalingSim {
    /// Month 0 of `config` (clamped), both levers sized for its demand.
    pub fn new(config: ScalingConfig, seed: u64) -> Self {
        let mut sim = ScalingSim {
            config: config.clamped(),
            month: 0,
            machine: 0,
            nodes: 1,
            machine_down: false,
            failed: Vec::new(),
            downtime: Downtime::default(),
            over: [false; 2],
            seed,
            rng: seeded(seed),
        };
        (sim.machine, sim.nodes) = sim.fitted();
        sim.over = [sim.is_over(Lever::Up), sim.is_over(Lever::Out)];
        sim
    }

    /// A run that starts in `month` (clamped to the timeline) rather than month 0, as a link
    /// can ask: with `levers` (machine rung, node count; clamped) when the levers do not follow
    /// the demand, else sized for that month. Nothing has failed and no downtime is counted.
    pub fn resume(
        config: ScalingConfig,
        seed: u64,
        month: u32,
        levers: Option<(usize, usize)>,
    ) -> Self {
        let mut sim = ScalingSim::new(config, seed);
        sim.month = month.min(MAX_MONTHS);
        (sim.machine, sim.nodes) = match levers {
            Some((rung, nodes)) if !sim.config.follow => {
                (rung.min(TOP_RUNG), nodes.clamp(1, MAX_NODES))
            }
            _ => sim.fitted(),
        };
        sim.over = [sim.is_over(Lever::Up), sim.is_over(Lever::Out)];
        sim
    }

    /// The current settings.
    pub fn config(&self) -> ScalingConfig {
        self.config
    }

    /// The month shown, 0 to [`MAX_MONTHS`].
    pub fn month(&self) -> u32 {
        self.month
    }

    /// The scale-up machine's ladder rung.
    pub fn machine(&self) -> usize {
        self.machine
    }

    /// The scale-out cluster's node count.
    pub fn nodes(&self) -> usize {
        self.nodes
    }

    /// Whether the single machine is down.
    pub fn machine_down(&self) -> bool {
        self.machine_down
    }

    /// The failed cluster nodes, ascending.
    pub fn failed_nodes(&self) -> &[usize] {
        &self.failed
    }

    /// The read-replica cluster's leader: its lowest-numbered live node.
    pub fn leader(&self) -> Option<usize> {
        (0..self.nodes).find(|i| !self.failed.contains(i))
    }

    /// The outage tally since month 0.
    pub fn downtime(&self) -> Downtime {
        self.downtime
    }

    /// The demand this month.
    pub fn demand(&self) -> Demand {
        self.config.workload.at(self.month)
    }

    /// The scale-up plan now.
    pub fn up_plan(&self) -> Plan {
        Plan::Up { rung: self.machine }
    }

    /// The scale-out plan now.
    pub fn out_plan(&self) -> Plan {
        Plan::Out {
            nodes: self.nodes,
            shape: self.config.shape,
        }
    }

    /// What the single machine does this month, failures included.
    pub fn up_eval(&self) -> Evaluation {
        let down = usize::from(self.machine_down);
        evaluate(self.up_plan(), &self.demand(), &self.config.tuning, down)
    }

    /// What the cluster does this month, failures included.
    pub fn out_eval(&self) -> Evaluation {
        let down = self.failed.len();
        evaluate(self.out_plan(), &self.demand(), &self.config.tuning, down)
    }

    /// Whether this month's demand exceeds the lever's ceiling (its best possible capacity).
    pub fn is_over(&self, lever: Lever) -> bool {
        let d = self.demand();
        let t = &self.config.tuning;
        let ceiling = match lever {
            Lever::Up => up_ceiling(&d, t),
            Lever::Out => out_ceiling(&d, t, self.config.shape).1,
        };
        d.total() > ceiling
    }

    /// Applies one event and reports what it did (always at least one outcome).
    pub fn apply(&mut self, event: ScalingEvent) -> Vec<Outcome> {
        let mut out = Vec::new();
        match event {
            ScalingEvent::Set(setting, value) => self.set(setting, value, &mut out),
            ScalingEvent::SetLayout(layout) => {
                self.config.shape.layout = layout;
                out.push(Outcome::LayoutSet(layout));
            }
            ScalingEvent::SetFollow(on) => {
                self.config.follow = on;
                out.push(Outcome::FollowSet(on));
            }
            ScalingEvent::ScaleUp => self.step_machine(1, &mut out),
            ScalingEvent::ScaleDown => self.step_machine(-1, &mut out),
            ScalingEvent::AddNode => self.step_nodes(1, &mut out),
            ScalingEvent::RemoveNode => self.step_nodes(-1, &mut out),
            ScalingEvent::AdvanceMonth => return self.advance(),
            ScalingEvent::FailMachine => self.fail_machine(&mut out),
            ScalingEvent::FailNode => self.fail_random_node(&mut out),
            ScalingEvent::Repair => self.repair(&mut out, true),
            ScalingEvent::Fit => self.fit(&mut out, true),
            ScalingEvent::Preset(p) => {
                *self = ScalingSim::new(p.config(), self.seed);
                if let Some(n) = p.start_nodes() {
                    self.config.follow = false;
                    self.nodes = n;
                }
                out.push(Outcome::PresetApplied(p));
                return out;
            }
            ScalingEvent::Reset => {
                *self = ScalingSim::new(self.config, self.seed);
                out.push(Outcome::Reset);
                return out;
            }
        }
        self.after_change(&mut out);
        out
    }

    /// Refits the levers if they follow the demand, then reports ceilings crossed either way.
    fn after_change(&mut self, out: &mut Vec<Outcome>) {
        if self.config.follow {
            self.fit(out, false);
        }
        for (i, lever) in [Lever::Up, Lever::Out].into_iter().enumerate() {
            let over = self.is_over(lever);
            if over && !self.over[i] {
                out.push(Outcome::CeilingCrossed {
                    lever,
                    month: self.month,
                });
            } else if !over && self.over[i] {
                out.push(Outcome::BackUnderCeiling { lever });
            }
            self.over[i] = over;
        }
    }

    /// Sizes both levers for the current demand; with `always_report`, says so even when
    /// nothing moved.
    fn fit(&mut self, out: &mut Vec<Outcome>, always_report: bool) {
        let (rung, nodes) = self.fitted();
        if rung != self.machine || always_report {
            self.move_machine(rung, out);
        }
        if nodes != self.nodes || always_report {
            self.move_nodes(nodes, out);
        }
    }

    /// The smallest machine and the fewest nodes for the current demand at or under the
    /// target utilisation; the largest machine and the best node count when none is enough.
    fn fitted(&self) -> (usize, usize) {
        let d = self.demand();
        let t = self.config.tuning;
        let shape = self.config.shape;
        let rung = cheapest_up(&d, &t).unwrap_or(TOP_RUNG);
        let nodes = cheapest_out(&d, &t, shape).unwrap_or_else(|| out_ceiling(&d, &t, shape).0);
        (rung, nodes)
    }

    /// Sets one numeric setting, clamping it and reporting both the clamp and the value.
    fn set(&mut self, setting: Setting, asked: f64, out: &mut Vec<Outcome>) {
        let used = clamp_setting(setting, asked);
        if used != asked {
            out.push(Outcome::Clamped {
                setting,
                asked,
                used,
            });
        }
        let c = &mut self.config;
        let (w, t) = (&mut c.workload, &mut c.tuning);
        match setting {
            Setting::StartRate => w.start_rate = used,
            Setting::Growth => w.growth = used,
            Setting::ReadShare => w.read_share = used,
            Setting::WorkingSet => w.working_set_gb = used,
            Setting::DataGrowth => w.data_growth = used,
            Setting::Serial => t.serial = used,
            Setting::Sigma => t.usl.sigma = used,
            Setting::Kappa => t.usl.kappa = used,
            Setting::CrossShard => t.cross_shard = used,
            Setting::FailureRate => c.failure_rate = used,
            Setting::NodeRung => c.shape.node_rung = used as usize,
            Setting::Machine => {
                self.stop_following(out);
                self.move_machine(used as usize, out);
            }
            Setting::Nodes => {
                self.stop_following(out);
                self.move_nodes(used as usize, out);
            }
            Setting::Month => {
                self.repair(out, false);
                self.month = used as u32;
            }
        }
        out.push(Outcome::Set {
            setting,
            value: used,
        });
    }

    /// Hand-moving a lever switches following off (else the next change would undo it).
    fn stop_following(&mut self, out: &mut Vec<Outcome>) {
        if self.config.follow {
            self.config.follow = false;
            out.push(Outcome::FollowSet(false));
        }
    }

    fn step_machine(&mut self, by: isize, out: &mut Vec<Outcome>) {
        let Some(to) = self
            .machine
            .checked_add_signed(by)
            .filter(|&r| r <= TOP_RUNG)
        else {
            out.push(Outcome::Refused(if by > 0 {
                Refusal::NoLargerMachine
            } else {
                Refusal::NoSmallerMachine
            }));
            return;
        };
        self.stop_following(out);
        self.move_machine(to, out);
    }

    fn step_nodes(&mut self, by: isize, out: &mut Vec<Outcome>) {
        let Some(to) = self
            .nodes
            .checked_add_signed(by)
            .filter(|n| (1..=MAX_NODES).contains(n))
        else {
            out.push(Outcome::Refused(if by > 0 {
                Refusal::NoMoreNodes
            } else {
                Refusal::NoFewerNodes
            }));
            return;
        };
        self.stop_following(out);
        self.move_nodes(to, out);
    }

    /// Moves the single machine to rung `to`: a restart, so minutes of full outage.
    fn move_machine(&mut self, to: usize, out: &mut Vec<Outcome>) {
        let to = to.min(TOP_RUNG);
        let downtime_minutes = if to != self.machine {
            RESIZE_MINUTES
        } else {
            0.0
        };
        if to != self.machine {
            self.downtime.up_minutes += RESIZE_MINUTES;
            self.downtime.up_resizes += 1;
        }
        out.push(Outcome::Resized {
            from: self.machine,
            to,
            downtime_minutes,
        });
        self.machine = to;
    }

    /// Resizes the cluster to `to` nodes: new replicas copy the whole working set; shards
    /// move the share of it that changes owner. Failed nodes past the end are gone.
    fn move_nodes(&mut self, to: usize, out: &mut Vec<Outcome>) {
        let to = to.clamp(1, MAX_NODES);
        let from = self.nodes;
        let ws = self.demand().working_set_gb;
        let moved_gb = match self.config.shape.layout {
            Layout::Replicas => to.saturating_sub(from) as f64 * ws,
            Layout::Sharded => ws * from.abs_diff(to) as f64 / from.max(to) as f64,
        };
        self.nodes = to;
        self.failed.retain(|&i| i < to);
        out.push(Outcome::NodesChanged { from, to, moved_gb });
    }

    /// A month passes: repairs, growth, refitting, then this month's failures.
    fn advance(&mut self) -> Vec<Outcome> {
        let mut out = Vec::new();
        if self.month >= MAX_MONTHS {
            out.push(Outcome::Refused(Refusal::EndOfTimeline));
            return out;
        }
        self.repair(&mut out, false);
        self.month += 1;
        out.push(Outcome::Month { month: self.month });
        self.after_change(&mut out);
        let rate = self.config.failure_rate;
        if self.rng.random::<f64>() < rate {
            self.fail_machine(&mut out);
        }
        for node in 0..self.nodes {
            if self.rng.random::<f64>() < rate {
                self.fail_node(node, &mut out);
            }
        }
        out
    }

    fn fail_machine(&mut self, out: &mut Vec<Outcome>) {
        if self.machine_down {
            out.push(Outcome::Refused(Refusal::MachineAlreadyDown));
            return;
        }
        self.machine_down = true;
        self.downtime.up_minutes += RESTORE_MINUTES;
        self.downtime.up_failures += 1;
        out.push(Outcome::MachineFailed {
            downtime_minutes: RESTORE_MINUTES,
        });
    }

    fn fail_random_node(&mut self, out: &mut Vec<Outcome>) {
        let live: Vec<usize> = (0..self.nodes)
            .filter(|i| !self.failed.contains(i))
            .collect();
        if live.is_empty() {
            out.push(Outcome::Refused(Refusal::AllNodesDown));
            return;
        }
        let node = live[self.rng.random_range(0..live.len())];
        self.fail_node(node, out);
    }

    /// Fails node `node` (if live): a shard's keys fail until it is replaced; a leader's
    /// writes wait for a promotion; a replica's loss only costs capacity.
    fn fail_node(&mut self, node: usize, out: &mut Vec<Outcome>) {
        if node >= self.nodes || self.failed.contains(&node) {
            return;
        }
        let leader = self.config.shape.layout == Layout::Replicas && self.leader() == Some(node);
        let (failing_share, minutes) = match self.config.shape.layout {
            Layout::Sharded => (1.0 / self.nodes as f64, RESTORE_MINUTES),
            Layout::Replicas if leader => (1.0 - self.config.workload.read_share, FAILOVER_MINUTES),
            Layout::Replicas => (0.0, RESTORE_MINUTES),
        };
        self.failed.push(node);
        crate::sort::sort_usizes(&mut self.failed);
        self.downtime.out_equivalent_minutes += failing_share * minutes;
        self.downtime.out_failures += 1;
        out.push(Outcome::NodeFailed {
            node,
            leader,
            failing_share,
            minutes,
        });
    }

    /// Brings every failed machine back; with `report_nothing`, says so when all were up.
    fn repair(&mut self, out: &mut Vec<Outcome>, report_nothing: bool) {
        let machine = self.machine_down;
        let nodes = self.failed.len();
        if machine || nodes > 0 {
            self.machine_down = false;
            self.failed.clear();
            out.push(Outcome::Repaired { machine, nodes });
        } else if report_nothing {
            out.push(Outcome::Refused(Refusal::NothingToRepair));
        }
    }
}

/// The range of a setting and whether it takes whole numbers only.
pub fn setting_range(setting: Setting) -> (f64, f64, bool) {
    match setting {
        Setting::StartRate => (MIN_RATE, MAX_RATE, false),
        Setting::Growth | Setting::DataGrowth => (0.0, MAX_GROWTH, false),
        Setting::ReadShare => (0.0, 1.0, false),
        Setting::WorkingSet => (MIN_WORKING_SET_GB, MAX_WORKING_SET_GB, false),
        Setting::Serial | Setting::Sigma | Setting::CrossShard => (0.0, MAX_SHARE, false),
        Setting::Kappa => (0.0, super::capacity::MAX_KAPPA, false),
        Setting::FailureRate => (0.0, MAX_FAILURE_RATE, false),
        Setting::NodeRung | Setting::Machine => (0.0, (LADDER.len() - 1) as f64, true),
        Setting::Nodes => (1.0, MAX_NODES as f64, true),
        Setting::Month => (0.0, f64::from(MAX_MONTHS), true),
    }
}

/// `value` clamped to the setting's range (rounded down for whole-number settings).
pub fn clamp_setting(setting: Setting, value: f64) -> f64 {
    let (lo, hi, whole) = setting_range(setting);
    let v = clamp(value, lo, hi);
    if whole {
        v.floor()
    } else {
        v
    }
}
