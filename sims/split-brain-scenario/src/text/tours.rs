//! The words of the split-brain sim's tours.

pub const N1: &str = "Three database nodes; Node 1 leads (crown) and replicates the user's balance to the other two. Failover is naive: a monitor promotes a replica when it stops hearing the leader's heartbeats, with no vote and no majority.";
pub const N1_ASK: &str =
    "a partition cuts Node 1 off from Nodes 2 and 3. How many leaders will there be?";
pub const N1_ANSWER: &str = "two. The monitor stops hearing Node 1 and promotes Node 2, while Node 1, cut off but alive, still believes it leads.";
pub const N2: &str = "Split brain: each side has a node that believes it is the leader. Neither can tell a crashed leader from an unreachable one.";
pub const N3: &str = "A client on each side writes the balance, and each leader acknowledges its write: two clients were told \"done\" for different values of the same key.";
pub const N4: &str = "The network healed and the two histories met: the same balance has two acknowledged values. Naive mode freezes writes until someone resolves it.";
pub const N4_ASK: &str = "with last-write-wins, what happens to the other acknowledged write?";
pub const N4_ANSWER: &str = "it is discarded, silently: its client was told it succeeded.";
pub const N5: &str = "Last-write-wins kept the value with the later timestamp and dropped the other, although its client was told \"done\". Resolving after the fact cannot undo split brain; preventing it needs a majority rule (next tour).";

pub const R1: &str = "The same three nodes under Raft: Node 1 leads in term 1. A leader needs a majority (2 of 3) to be elected and to commit each write.";
pub const R2: &str = "The partition left Nodes 2 and 3 without heartbeats; Node 2 timed out, won both votes on its side and leads in term 2. Node 1, cut off, still believes it leads in term 1: two crowns, but in different terms.";
pub const R2_ASK: &str = "is this split brain? Can both leaders commit writes?";
pub const R2_ANSWER: &str = "no. Raft promises at most one leader per term, and committing needs a majority: Node 1 can reach only itself, one node of three.";
pub const R3: &str = "Both clients wrote. The majority side committed its write; Node 1 stored its write but could never reach a majority, so its client timed out.";
pub const R3_ASK: &str = "the client whose write timed out: was its balance stored or not?";
pub const R3_ANSWER: &str = "it cannot know. A timeout means the outcome is unknown to the client (here it was never committed, but a write that times out can still commit later); the client must retry idempotently or read the value back.";
pub const R4: &str = "The partition healed. Node 1 saw the higher term 2, stepped down and replaced its uncommitted entry with the leader's log: one leader again, and no acknowledged write was lost. (Without CheckQuorum or leases, a cut-off leader can still serve stale reads while it believes it leads.)";
pub const R5: &str = "Fencing mode: the monitor still promotes a second leader, but every write carries its leader's token, and the shared storage refuses a token lower than the highest it has seen. The old leader's write was refused. The token must come from a consensus-backed service (ZooKeeper, etcd), not from the monitor itself.";
