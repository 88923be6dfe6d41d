//! The words of the quorum calculator's tours.

pub const O1: &str = "Each of the N = 3 replicas holds a copy of one key. A write must be acknowledged by W = 2 of them and a read asks R = 2. Because 2 + 2 > 3, any two replicas a read picks share at least one with any two a write reached.";
pub const O2: &str = "Simulate Write sent version 2. Two replicas acknowledged it (drawn with v2); the third still holds v1 and will only catch up through read repair or anti-entropy.";
pub const O2_ASK: &str =
    "a read now asks two replicas chosen at random. Can both of them be the one that missed v2?";
pub const O2_ANSWER: &str =
    "no. Only one replica missed the write, and a read asks two, so at least one of them has v2.";
pub const O3: &str = "The read asked two replicas; at least one had v2, and the client takes the newest version it sees. This overlap is all that W + R > N promises: every read meets the latest completed write.";
pub const O4: &str = "R is now 1, so W + R = 3 = N. The verdict changes: a read set and a write set can now miss each other.";
pub const O4_ASK: &str = "can a read return the old value now?";
pub const O4_ANSWER: &str = "yes, whenever it asks only the replica the last write missed.";
pub const O5: &str = "Simulate Stale Read wrote version 3 to two replicas and then read the one replica the write missed: the client got version 2 back although version 3 was acknowledged. Nothing failed; the sets simply did not overlap.";
pub const O6: &str = "With N = 5, W = 3 and R = 3 (Cassandra's QUORUM for both), 3 + 3 > 5 again: the write reached three replicas, the read asked three, and it returned the newest version.";
pub const O6_ASK: &str = "how many replicas can be down before a write at W = 3 fails?";
pub const O6_ANSWER: &str = "two. Writes need W of the N replicas up, so they survive N − W = 2 failures (reads survive N − R).";
pub const O7: &str = "Three of five replicas are down (crossed out) and the write could not reach W = 3: it was refused. Overlap is paid for with availability; that is the trade-off W and R tune.";

pub const S1: &str = "W = 1 and R = 1 is the fastest setting: one replica answers each request. But 1 + 1 ≤ 3, so a read may ask a replica the last write never reached.";
pub const S1_ASK: &str =
    "a write reaches one replica and a read asks one at random. How likely is a stale read?";
pub const S1_ANSWER: &str =
    "two in three: the read picks one of three replicas and only one has the new version.";
pub const S2: &str = "Simulate Stale Read made it happen: the read asked a replica the write missed and returned the older version while the newer one was already acknowledged.";
pub const S3: &str = "Even with W + R > N, a read that runs while a write is still in flight can see the new value, and a later read the old one: the first read met the one replica the write had reached, the second did not. Quorums alone are not linearizable; Cassandra adds read repair, Dynamo leaves it to the reader.";
pub const S4: &str = "This write reached only W − 1 replicas, so the client was told it failed. The replicas that took it do not roll it back: a read that meets one of them returns a value the client believes was never written.";
pub const S4_ASK: &str = "should the client that saw the failure assume the value is not stored?";
pub const S4_ANSWER: &str = "no. A failed or timed-out write has an unknown outcome; the client must retry idempotently or read back.";
pub const S5: &str = "A partition cut the writer off from some home replicas, so stand-in nodes took the write with hints (a sloppy quorum). A read of the home replicas missed it until hinted handoff delivered the hints: W + R > N counted nodes that were not the key's replicas.";
pub const S6: &str = "Two clients wrote at once. Both writes were acknowledged by W replicas, but every replica keeps only the value with the later timestamp (last-write-wins), so one acknowledged write silently disappeared. Quorums do not order concurrent writes; version vectors would keep both as siblings.";
