//! The events a student sends to the scaling model and the typed outcomes it reports.

use super::capacity::{Layout, Lever};

/// A number the student can set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// Requests per second at month 0.
    StartRate,
    /// Monthly growth of the request rate.
    Growth,
    /// The share of requests that are reads.
    ReadShare,
    /// The working set at month 0, in GB.
    WorkingSet,
    /// Monthly growth of the working set.
    DataGrowth,
    /// Amdahl's serial fraction inside one machine.
    Serial,
    /// The USL's contention σ.
    Sigma,
    /// The USL's coherency κ.
    Kappa,
    /// The share of requests that span two shards.
    CrossShard,
    /// The chance that a machine fails in a month.
    FailureRate,
    /// The ladder rung of every scale-out node.
    NodeRung,
    /// The ladder rung of the scale-up machine.
    Machine,
    /// The number of scale-out nodes.
    Nodes,
    /// The month shown.
    Month,
}

/// Something the student does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ScalingEvent {
    /// Set one of the numeric settings (clamped to its range; rungs, nodes and months are
    /// rounded down to whole numbers).
    Set(Setting, f64),
    /// Spread a cluster's work as read replicas or as shards.
    SetLayout(Layout),
    /// Whether both levers resize themselves to the demand whenever it changes.
    SetFollow(bool),
    /// One rung up the ladder for the single machine (a restart).
    ScaleUp,
    /// One rung down the ladder.
    ScaleDown,
    /// One more node in the cluster.
    AddNode,
    /// One node fewer.
    RemoveNode,
    /// A month passes: the workload grows, last month's failed machines are back, and each
    /// machine fails this month with the failure rate's chance (drawn from the seeded
    /// generator).
    AdvanceMonth,
    /// The single machine fails now.
    FailMachine,
    /// A randomly chosen live node of the cluster fails now.
    FailNode,
    /// Every failed machine is back.
    Repair,
    /// Size both levers for the current demand: the smallest machine and the fewest nodes
    /// at or under the target utilisation (the largest ones when none is enough).
    Fit,
    /// Load one of the stories.
    Preset(Preset),
    /// Back to month 0 with the same settings: levers fitted to the demand, every machine up,
    /// the downtime tally cleared and the generator reseeded.
    Reset,
}

/// What a student's action did. Every event returns at least one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    /// A setting took a value.
    Set {
        /// Which one.
        setting: Setting,
        /// Its value now.
        value: f64,
    },
    /// A value outside the range was replaced by the nearest valid one.
    Clamped {
        /// Which setting.
        setting: Setting,
        /// The value asked for.
        asked: f64,
        /// The value used.
        used: f64,
    },
    /// The cluster's layout changed.
    LayoutSet(Layout),
    /// Following the demand was switched on or off.
    FollowSet(bool),
    /// The single machine moved to another rung: a restart, so everything is down meanwhile.
    Resized {
        /// The rung before.
        from: usize,
        /// The rung now.
        to: usize,
        /// Minutes of full outage the move costs.
        downtime_minutes: f64,
    },
    /// The cluster changed size without downtime, copying or moving data.
    NodesChanged {
        /// Nodes before.
        from: usize,
        /// Nodes now.
        to: usize,
        /// GB of working set copied (to new replicas) or moved between shards.
        moved_gb: f64,
    },
    /// A month began.
    Month {
        /// Which month.
        month: u32,
    },
    /// The single machine failed: everything is down until it is replaced.
    MachineFailed {
        /// Minutes of full outage.
        downtime_minutes: f64,
    },
    /// One cluster node failed.
    NodeFailed {
        /// Which node (0 is the leader when the layout is read replicas).
        node: usize,
        /// Whether it was the leader: writes pause until a replica is promoted.
        leader: bool,
        /// The share of requests that fail meanwhile: for shards, the failed shard's keys;
        /// for replicas, the writes while the leader is replaced; 0 for a replica.
        failing_share: f64,
        /// How long they fail, in minutes.
        minutes: f64,
    },
    /// Failed machines came back.
    Repaired {
        /// Whether the single machine was among them.
        machine: bool,
        /// How many cluster nodes.
        nodes: usize,
    },
    /// A lever can no longer keep up with the demand: the workload line crossed its ceiling.
    CeilingCrossed {
        /// Which lever.
        lever: Lever,
        /// In which month.
        month: u32,
    },
    /// A lever can keep up again (the demand or the settings changed).
    BackUnderCeiling {
        /// Which lever.
        lever: Lever,
    },
    /// A story was loaded.
    PresetApplied(Preset),
    /// Back to month 0.
    Reset,
    /// Nothing changed, and why.
    Refused(Refusal),
}

/// Why an event changed nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The single machine is already the largest that exists.
    NoLargerMachine,
    /// The single machine is already the smallest.
    NoSmallerMachine,
    /// The cluster already has the most nodes the sim offers.
    NoMoreNodes,
    /// The cluster already has one node.
    NoFewerNodes,
    /// The timeline has ended.
    EndOfTimeline,
    /// The single machine is already down.
    MachineAlreadyDown,
    /// Every node of the cluster is already down.
    AllNodesDown,
    /// Every machine is up.
    NothingToRepair,
}

/// The stories the presets tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// A read-heavy blog: reads spread over replicas outgrow the largest machine cheaply.
    ReadHeavyBlog,
    /// Write-heavy IoT ingest: every replica applies every write, so only shards scale writes.
    WriteHeavyIngest,
    /// A serial bottleneck: neither lever reaches the demand until the serial part shrinks.
    SerialBottleneck,
    /// The coherency cliff: past the USL peak, each added node makes the cluster slower.
    CoherencyCliff,
}

impl Preset {
    /// Every preset, in the order the sim lists them.
    pub const ALL: [Preset; 4] = [
        Preset::ReadHeavyBlog,
        Preset::WriteHeavyIngest,
        Preset::SerialBottleneck,
        Preset::CoherencyCliff,
    ];
}
