//! The words of the replication sim's tours.

pub const A1: &str = "Single-leader replication: every write goes to the leader (Node 1), which ships it to its four replicas. Replication is asynchronous and the replicas lag about 2 s behind.";
pub const A2: &str = "The client wrote, and the leader acknowledged as soon as it had applied the write, without waiting for any replica: fast, but for a moment only the leader has it.";
pub const A2_ASK: &str = "the same client now reads from a replica. What will it see?";
pub const A2_ANSWER: &str = "most likely its old value: the replica has not received the write yet. Its own write seems to have vanished.";
pub const A3: &str = "The read went to a replica that had not applied the write yet and returned an older value: the client does not see its own write. Nothing is broken; this is what asynchronous replication lag does.";
pub const A4: &str = "With read-after-write consistency on, the system sends a read to a replica only once that replica has the client's own last write (or to the leader): the same write and read now return the new value.";
pub const A5: &str = "Another asynchronous write, then the leader fails before shipping it. A replica is promoted, and the write the old leader acknowledged is not on it: the client was told \"done\" and the write is gone.";
pub const A5_ASK: &str = "what would prevent this loss?";
pub const A5_ANSWER: &str = "waiting for a replica before acknowledging (synchronous or semi-synchronous replication), at the price of slower writes and of writes blocking when that replica is slow.";
pub const A6: &str = "Synchronous replication: the leader acknowledged only after a replica had the write, so the failover lost no acknowledged write. Real systems detect the leader's failure only after a failure-detector timeout, and usually keep one synchronous replica rather than all.";

pub const C1: &str = "Multi-leader replication: two leaders (Nodes 1 and 3, say in two data centres) each accept writes from their nearby clients and replicate them to each other asynchronously.";
pub const C1_ASK: &str = "two clients write the same key at once, one at each leader. When the leaders exchange the writes, which value should win?";
pub const C1_ANSWER: &str = "there is no right answer without more information: the writes are concurrent (neither saw the other). Last-write-wins just picks the later timestamp.";
pub const C2: &str = "With last-write-wins each leader kept the value with the later timestamp and silently discarded the other, although both clients were told their write succeeded.";
pub const C3: &str = "With version vectors kept as siblings, each leader detects that the two writes are concurrent and keeps both; the next reader sees both values and must merge them, as Riak and Dynamo leave it to the application.";
pub const C3_ASK: &str = "do the leaders end up with the same state?";
pub const C3_ANSWER: &str =
    "yes, once every write has reached every leader: both apply the same rule to the same writes.";
pub const C4: &str = "All messages delivered: both leaders hold the same versions (they converged). Convergence says every replica agrees; it does not say that no acknowledged write was lost.";
pub const C5: &str = "Single-leader replication orders every write through one leader, so it has no write-write conflicts between replicas; its risk is the failover of the first tour.";
