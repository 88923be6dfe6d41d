# The words of this sim in English, the fallback for every other language (see
# docs/translating.md). The help, the legend and the tours are read by the names they
# have here (title, about-N, help-N, legend-N, tour-<id>, tour-<id>-<step>[-text|-predict|-answer]);
# every other message is named by the code.

## The page: title, screen summary, help, canvas legend

title = Replication Topology Comparison
about-1 = Three panels side by side, one per replication topology, each with five nodes holding copies of one key and one or two clients. Single-Leader has one leader (crown, L) that replicates to four followers; Multi-Leader has two leaders that accept writes; Leaderless sends each write to W of the five nodes and each read to R of them, and waits for all their answers. Moving dots are messages: writes and replication, acknowledgements, reads. Each node shows its value; a stale copy is marked, and a failed node shows a cross.
about-2 = Highlighted topology selects the panel that Simulate Write acts on; each panel is also clickable. Below the panels are the highlighted panel's own controls: for Single-Leader the replication lag, synchronous replication, read-after-write routing, Read from replica and Fail leader now; for Multi-Leader Concurrent writes and the conflict resolution; for Leaderless the W and R sliders, Quorum read, Two clients write at once and its conflict resolution, and the nodes, which are buttons that fail or revive them. Client in a far region moves the client away from the leader. Each panel's status lines say what happened; each scorecard shows the write latency measured in its panel.
help-1 = Three ways to keep five copies of one key in sync. Pick a topology with the selector (or click its panel) and press Simulate Write: orange pulses carry the write and its replication, green ones the acknowledgements, blue ones reads. A crown and an L mark a leader, a cross and DOWN a failed node; a value in red-brown is a stale copy. Each panel's status line says what happened.
help-2 = Single-Leader: move the Replication lag slider, write, then Read from replica to see a read miss your own write; turn on read-after-write routing to fix it. Switch to synchronous replication to see writes get slower, and press Fail leader now right after an asynchronous write to lose it.
help-3 = Multi-Leader: Concurrent writes sends A and B to both leaders at the same moment; the conflict is detected where the writes cross, and settled by the conflict resolution you chose. Leaderless: set W and R, click a node (or focus it and press Enter) to fail it, and use Quorum read to see read repair fix a stale replica.
help-4 = Leaderless: Two clients write at once sends A and B to W replicas each at the same moment; both are acknowledged, and a quorum does not order them. Then press Quorum read: with last write wins one acknowledged write is silently gone; with version vectors the read returns both as siblings to merge. Client in a far region puts the client far from the leader and the Leaderless replicas: compare the measured write latencies in the scorecards.
legend-1 = write | → | write, replication
legend-2 = good | ack | acknowledgement
legend-3 = read | → | read
legend-4 = rtc-leader | L | leader (crown)
legend-5 = rtc-stale | v0 | stale copy

## Guided tours

tour-read-your-writes = Replication lag breaks read-your-writes

tour-read-your-writes-1 = One leader, asynchronous replicas
tour-read-your-writes-1-text = Single-leader replication: every write goes to the leader (Node 1), which ships it to its four replicas. Replication is asynchronous and the replicas lag about 2 s behind.

tour-read-your-writes-2 = The leader acknowledges at once
tour-read-your-writes-2-text = The client wrote, and the leader acknowledged as soon as it had applied the write, without waiting for any replica: fast, but for a moment only the leader has it.
tour-read-your-writes-2-predict = the same client now reads from a replica. What will it see?
tour-read-your-writes-2-answer = most likely its old value: the replica has not received the write yet. Its own write seems to have vanished.

tour-read-your-writes-3 = Reading a lagging replica
tour-read-your-writes-3-text = The read went to a replica that had not applied the write yet and returned an older value: the client does not see its own write. Nothing is broken; this is what asynchronous replication lag does.

tour-read-your-writes-4 = Read-after-write consistency
tour-read-your-writes-4-text = With read-after-write consistency on, the system sends a read to a replica only once that replica has the client's own last write (or to the leader): the same write and read now return the new value.

tour-read-your-writes-5 = Async failover loses a write
tour-read-your-writes-5-text = Another asynchronous write, then the leader fails before shipping it. A replica is promoted, and the write the old leader acknowledged is not on it: the client was told "done" and the write is gone.
tour-read-your-writes-5-predict = what would prevent this loss?
tour-read-your-writes-5-answer = waiting for a replica before acknowledging (synchronous or semi-synchronous replication), at the price of slower writes and of writes blocking when that replica is slow.

tour-read-your-writes-6 = Synchronous replication keeps it
tour-read-your-writes-6-text = Synchronous replication: the leader acknowledged only after a replica had the write, so the failover lost no acknowledged write. Real systems detect the leader's failure only after a failure-detector timeout, and usually keep one synchronous replica rather than all.

tour-concurrent-writes = Concurrent writes with two leaders

tour-concurrent-writes-1 = Two leaders, one key
tour-concurrent-writes-1-text = Multi-leader replication: two leaders (Nodes 1 and 3, say in two data centres) each accept writes from their nearby clients and replicate them to each other asynchronously.
tour-concurrent-writes-1-predict = two clients write the same key at once, one at each leader. When the leaders exchange the writes, which value should win?
tour-concurrent-writes-1-answer = there is no right answer without more information: the writes are concurrent (neither saw the other). Last-write-wins just picks the later timestamp.

tour-concurrent-writes-2 = Last write wins
tour-concurrent-writes-2-text = With last-write-wins each leader kept the value with the later timestamp and silently discarded the other, although both clients were told their write succeeded.

tour-concurrent-writes-3 = Keep both as siblings
tour-concurrent-writes-3-text = With version vectors kept as siblings, each leader detects that the two writes are concurrent and keeps both; the next reader sees both values and must merge them, as Riak and Dynamo leave it to the application.
tour-concurrent-writes-3-predict = do the leaders end up with the same state?
tour-concurrent-writes-3-answer = yes, once every write has reached every leader: both apply the same rule to the same writes.

tour-concurrent-writes-4 = The replicas converge
tour-concurrent-writes-4-text = All messages delivered: both leaders hold the same versions (they converged). Convergence says every replica agrees; it does not say that no acknowledged write was lost.

tour-concurrent-writes-5 = One leader has no such conflict
tour-concurrent-writes-5-text = Single-leader replication orders every write through one leader, so it has no write-write conflicts between replicas; its risk is the failover of the first tour.
