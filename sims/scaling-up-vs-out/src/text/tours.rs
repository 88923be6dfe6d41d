//! The words of the scaling sim's tours.

pub const L1: &str = "One workload, served two ways: on the left one machine that is replaced by a bigger one as demand grows (scaling up), on the right a cluster that adds machines (scaling out). Both are sized each month to keep up, with headroom.";
pub const L1_ASK: &str =
    "demand grows every month. Which lever runs out first: the bigger machine or more machines?";
pub const L1_ANSWER: &str = "the bigger machine, at month 28 here: the price ladder ends at the largest machine, and Amdahl's serial share caps what more cores can add.";
pub const L2: &str = "Two years on, both levers still keep up: the single machine has moved up the price ladder, the cluster has grown to a few nodes. The charts show demand against each lever's ceiling.";
pub const L3: &str =
    "The single machine failed. It is one failure domain: until it is repaired, nothing is served.";
pub const L4: &str = "The machine is repaired; now one cluster node fails. The others keep serving, with less capacity: many small failure domains lose a share, not everything.";
pub const L5: &str = "At month 30 the demand is above what even the largest machine can serve. Scaling up has hit its ceiling; the cluster still keeps up by adding nodes.";
pub const L5_ASK: &str = "can the cluster keep growing forever by adding nodes?";
pub const L5_ANSWER: &str = "no. Nodes spend work keeping each other consistent (the USL's κ), so capacity peaks and then falls.";
pub const L6: &str = "By month 42 the cluster is over its ceiling too. It stopped adding nodes near the Universal Scalability Law's peak N* = √((1 − σ)/κ): past it, each added node makes the cluster slower. Next steps are changing the design (shards, less coordination), not the size.";

pub const W1: &str = "A read-heavy blog: 98 % reads over a modest working set. The cluster uses read replicas, each able to answer any read.";
pub const W2: &str = "Three years on, the replicas still carry the growing reads: each added replica adds read capacity, while the single machine is near its ceiling.";
pub const W3: &str = "Write-heavy IoT ingest: 90 % writes. Every replica must apply every write, so replicas add nothing for writes; this preset shards the data instead, and at month 18 the shards keep up where the single machine cannot.";
pub const W4: &str = "A serial bottleneck: 20 % of the work runs one step at a time (a global lock, a single sequencer). Neither lever reaches the demand, even at month 0.";
pub const W4_ASK: &str = "how much faster can any number of machines or cores make this workload?";
pub const W4_ANSWER: &str =
    "at most 1/0.2 = 5 times (Amdahl's law): only shrinking the serial part helps.";
pub const W5: &str = "The coherency cliff: strong cross-node coordination (a large κ) puts the USL peak at about 7 nodes, and this cluster starts with 20.";
pub const W5_ASK: &str = "what happens to throughput if we remove nodes?";
pub const W5_ANSWER: &str =
    "it goes up. Past the peak, every node removed cuts more coordination cost than capacity.";
pub const W6: &str = "Five nodes fewer, and the cluster serves more than it did with 20: the Universal Scalability Law's retrograde region. More machines is not always more throughput.";
