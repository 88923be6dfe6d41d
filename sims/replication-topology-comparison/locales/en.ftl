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

## Names: topologies, conflict policies, scorecard rows and ratings

topology-single-leader = Single-Leader
topology-multi-leader = Multi-Leader
topology-leaderless = Leaderless
# One sentence on how a topology works, said when it is selected.
describe-single-leader = Every write goes to the leader, Node 1, which streams its log to replicas 2 to 5; they apply it in the same order, a little late.
describe-multi-leader = Nodes 1 and 3 both accept writes and replicate to each other and to the other nodes; concurrent writes conflict.
describe-leaderless = Any replica accepts writes: the client writes to W of the 5 and reads from R, and W + R > N keeps reads fresh.
# Multi-Leader's conflict resolution, as on its selector.
policy-lww = Last write wins
policy-siblings = Keep siblings
# Leaderless's conflict resolution for concurrent writes, as on its selector.
leaderless-policy-lww = Last write wins
leaderless-policy-siblings = Version vectors (siblings)
write-latency = Write latency
latency-measured = { $ms } ms (measured)
latency-not-measured = not measured yet
criterion-read-scalability = Read scalability
criterion-conflict-handling = Conflict handling
criterion-geographic-distribution = Geographic distribution
rating-medium = Medium
rating-high = High
rating-none-needed = None needed; async failover can lose acknowledged writes
rating-required = Required
rating-required-lww-or-vv = Required (last-write-wins or version vectors)
rating-limited = Limited
rating-excellent = Excellent
# Nodes by their numbers; $list is "1, 2 and 5", $count how many.
nodes = { $count ->
    [0] no node
    [one] Node { $list }
   *[other] Nodes { $list }
}
# Values joined one by one: "A1 and B1" (siblings, replaced values).
join-and = { $first } and { $next }
# The writes of one conflict: "A1 vs B1".
join-versus = { $first } vs { $next }
# Captions on the message pulses; $cargo is a value or log entry such as "v3".
caption-ack = ack
caption-read = read
caption-repair = repair { $cargo }

## The page's own sentences

start = { $name } is highlighted: { $describe } Press Simulate Write.
state-summary = { $name } is highlighted. Single-Leader: lag { $lag } s, { $mode ->
    [sync] synchronous
   *[async] asynchronous
} replication, read-after-write { $raw ->
    [on] on
   *[off] off
}; Multi-Leader: { $policy ->
    [siblings] keep siblings
   *[lww] last write wins
}; Leaderless: W = { $w }, R = { $r } of 5.
read-queued = The read goes out the moment the client gets the acknowledgement for { $value }, as an app reads right after its write returns.
paused = Paused: messages wait where they are. Press Space to resume or → to deliver the next one.
resumed = Resumed.
nothing-in-flight = Paused. Nothing is in flight: press Simulate Write, or Space to resume.
message-arrived = A message arrived.
step-disabled = Nothing is in flight: press Simulate Write first.
no-replica-to-promote = No replica is up to take over; bring one back first.
# After Step; the sentence about what happened follows.
stepped = Paused at { $seconds } s.

## Narration of the student's actions

selected = { $name } selected.
client-far-on = The client moves to a far region, { $factor }× the network delay away from the data centre of Single-Leader's leader and of the Leaderless replicas: every write there pays that round trip. Multi-Leader's clients still write to a leader in their own region.
client-far-off = The client is back next to the leader: one short round trip per write in every panel.
reset-done = Reset: every node is up and holds the initial value; the clock is back at 0.
rejected-busy = Too many messages in flight ({ $count }); let the simulation run before adding more.
rejected-no-node = There is no Node { $node }.
rejected-no-read-target = There is no Node { $node }; nothing was read.
rejected-read-target-down = Node { $node } is down; pick a live replica.
rejected-no-replica-to-promote = Node { $node } is the only node up; failing it would leave no replica to promote.
rejected-policy-unchanged = The conflict policy is already { $policy }.
rejected-replication-in-flight = Wait until replication finishes ({ $count } messages in flight): every node must settle conflicts by the same rule.
rejected-multi-leader-stays-up = Node { $node } stays up: the Multi-Leader panel shows conflicts, not failures; fail nodes in the other panels.

# Single-Leader: why a read goes to the leader (the sentence about the read follows).
redirect-picked-leader = Node { $node } is the leader, so this is a leader read.
redirect-no-replica = No replica is up, so the leader serves the read.
redirect-own-write-in-progress = Read-after-write: your write { $value } is still in progress, so the read goes to the leader instead of Node { $replica }.
redirect-replica-lacks-own-write = Read-after-write: Node { $replica } has not applied your write #{ $index } yet, so the read goes to the leader.
sl-write-sent = The client sends { $value } to the leader, Node { $leader }; { $mode ->
    [sync] synchronous
   *[async] asynchronous
} replication will follow.
sl-read-sent = The client reads the key from { $to ->
    [leader] the leader
   *[replica] replica
} Node { $node }.
lag-set = Replication lag set to { $lag } ms: replicas apply each entry about that long after the leader.
lag-above-max = ({ $requested } ms is above the { $max } ms maximum.)
sync-on = Synchronous replication: the leader acknowledges a write only after every live replica applied it, so writes are slower but survive a leader failure.
sync-off = Asynchronous replication: the leader acknowledges a write as soon as it is in its own log, so writes are fast but can be lost if the leader fails before replicating.
raw-on = Read-after-write routing on: while a replica may lack your latest write, your reads go to the leader.
raw-off = Read-after-write routing off: reads go to the replica you pick, however far behind it is.
replica-crashes = Replica Node { $node } crashes.
replica-crash-waits = The leader cannot see a crash: it hears nothing and keeps waiting until its failure detector times out after { $timeout } s (at { $at } s).
replica-crash-held = Until then { $count ->
    [one] { $count } write stays
   *[other] { $count } writes stay
} unacknowledged.
replica-crash-async = Asynchronous replication never waits for it.
rejoined = Node { $node } comes back as a replica of Node { $leader } and catches up from log index { $from }.
rejoined-discards = It first discards { $values }, which the current leader never had.
failover = Leader Node { $old } fails. Node { $new }, the most up-to-date replica (log index { $index }), is promoted to leader for term { $term }.
failover-lost = Acknowledged write { $values } never reached a replica and is lost.
failover-failed-writes = { $count ->
    [one] { $count } write not yet acknowledged fails
   *[other] { $count } writes not yet acknowledged fail
} with an error.

# Multi-Leader
ml-policy-set = Conflict policy: { $policy }.
ml-siblings-settled = The siblings are settled now: { $value } has the latest timestamp and is kept.
ml-write-sent = Client { $client } sends { $value } to its nearest leader, Node { $leader }.
ml-concurrent-sent = At the same moment client A sends { $a } to Node 1 and client B sends { $b } to Node 3: neither leader knows about the other's write.

# Leaderless
quorum-set-consistent = N = { $n }, W = { $w }, R = { $r }: W + R = { $sum } > N, so every read overlaps the last acknowledged write.
quorum-set-stale = N = { $n }, W = { $w }, R = { $r }: W + R = { $sum } ≤ N, so a read can miss every replica the last write reached.
ll-policy-set = { $policy ->
    [siblings] Leaderless concurrent writes: version vectors. A replica sees that neither write has seen the other and keeps both as siblings; a read returns both for the client to merge.
   *[lww] Leaderless concurrent writes: last write wins. A replica (and a read) keeps the write with the later coordinator timestamp and silently drops the other, even though it was acknowledged.
}
# $a and $b name the replicas each write goes to ("Nodes 1, 2 and 3").
ll-concurrent-sent = Clients A and B write the key at the same moment through two coordinators, each with its own counter: A{ $version } goes to { $a }, B{ $version } to { $b }, each waiting for W = { $w } acknowledgements. Neither write has seen the other, and a quorum does not order them. { $policy ->
    [siblings] Version vectors will keep both as siblings.
   *[lww] Last write wins will keep one and silently drop the other.
}
ll-write-sent = The client sends v{ $version } to W = { $w } { $w ->
    [one] replica
   *[other] replicas
} at once ({ $nodes }) and waits for { $w } { $w ->
    [one] acknowledgement
   *[other] acknowledgements
}.
ll-write-failed-at-once = Write v{ $version } fails at once: only { $up } replicas are up and W = { $w }.
ll-read-sent = The client asks R = { $r } replicas ({ $nodes }) for the key.
ll-read-failed-at-once = Read fails at once: only { $up } replicas are up and R = { $r }.
ll-node-recovered = Node { $node } is back up with v{ $version }, possibly stale; { $up } of { $total } replicas are up.
ll-node-failed = Node { $node } fails; { $up } of { $total } replicas are up.
ll-write-now-fails = Write v{ $version } can no longer reach W = { $w } acknowledgements and fails.
ll-read-now-fails = A read can no longer get R = { $r } answers and fails.
ll-new-writes-fail = New writes fail: W = { $w }.
ll-new-reads-fail = New reads fail: R = { $r }.

## Narration of what happens while the clock runs

sl-appended = Leader Node { $leader } appends { $value } at log index { $index } and streams it to { $nodes }; { $waits ->
    [yes] it waits for all of them before acknowledging.
   *[no] it acknowledges the client right away.
}
sl-applied = Node { $node } applies { $value } (log index { $index }), { $after } ms after the leader committed it.
sl-declared-down = The leader's failure detector times out: it declares Node { $node } down and stops waiting for it.
sl-released = It acknowledges { $values } at last.
sl-confirmed = Every live replica has confirmed { $values }, so the leader acknowledges it.
sl-acknowledged = The client receives the acknowledgement for { $value }: write latency { $ms } ms{ $mode ->
    [sync] {" "}(synchronous: it waited for the replicas)
   *[async] {""}
}.
sl-read-fresh = Node { $node } returns { $value } (version { $index }), as fresh as the leader.
sl-read-stale = Node { $node } returns { $value } (version { $index }), { $behind ->
    [one] { $behind } entry
   *[other] { $behind } entries
} behind the leader: stale, though it has your own writes.
sl-read-missed = Node { $node } returns { $value } (version { $index }), { $behind ->
    [one] { $behind } entry
   *[other] { $behind } entries
} behind the leader and missing your write #{ $own }: the read-your-writes anomaly.
conflict-detected = Node { $node } detects a conflict: { $incoming } was written without seeing { $others }.
conflict-lww = Last-write-wins keeps { $winner } and discards { $discarded }.
conflict-siblings = It keeps the siblings { $siblings }.
ml-accepted = Leader Node { $leader } accepts { $value } (replacing { $replaced }), version vector [{ $a }, { $b }], and replicates it to every other node.
ml-ignored = Node { $node } ignores { $value }: it already holds a version that saw it.
ml-applied = Node { $node } applies { $value }.
ml-acknowledged = Client { $client } receives the acknowledgement for { $value } after { $ms } ms.
ll-repaired = Read repair brings Node { $node } up to v{ $version }.
ll-acknowledged = Node { $node } acknowledges v{ $version } ({ $acks } of W = { $w }).
ll-write-succeeded = Write { $name } is acknowledged after { $ms } ms: { $acks } { $acks ->
    [one] replica
   *[other] replicas
} confirmed it (W = { $w }).
ll-read-siblings = The read gets answers from { $nodes } and returns the siblings { $values }: the version vectors show neither write saw the other, so the client must merge them (its next write replaces both).
ll-read-returned = The read gets answers from { $nodes } and returns { $value }, the newest among them.
ll-read-dropped = Last write wins silently dropped { $values }, though it was acknowledged: no error, no trace.
ll-read-missed = It is stale: v{ $latest } had been acknowledged, but by none of the replicas consulted.
# $nodes names the repaired replicas ("Node 2", "Nodes 2 and 4"), $count how many.
ll-read-repair = { $nodes } answered with an older version, so read repair sends { $count ->
    [one] it
   *[other] them
} { $values }.

## The panels' status lines

sl-read-queued-line = Read: waits for your write's acknowledgement, then goes out
sl-latency = Write latency: { $ms } ms ({ $mode ->
    [sync] sync
   *[async] async
})
sl-latency-none = Write latency: no write acknowledged yet ({ $mode ->
    [sync] sync
   *[async] async
})
sl-write-on-its-way = Write { $value }: on its way to the leader ({ $mode ->
    [sync] sync
   *[async] async
})
sl-write-waiting = Write { $value }: the leader waits for { $count } { $count ->
    [one] replica
   *[other] replicas
} ({ $mode ->
    [sync] sync
   *[async] async
})
sl-write-ack-on-its-way = Write { $value }: acknowledgement on its way ({ $mode ->
    [sync] sync
   *[async] async
})
sl-write-failed = Write { $value } failed: the leader went down before acknowledging it ✗
read-none = Read: none yet
sl-read-failed = Read failed: Node { $node } went down before answering
# $via: where the read went ("routed" to the leader for read-after-write, the "leader", or a "replica").
sl-read-waiting = Read: waiting for Node { $node }{ $via ->
    [routed] {" "}(routed to the leader)
    [leader] {" "}(the leader)
   *[replica] {""}
}
sl-read-line-fresh = Read: { $value } from Node { $node }{ $via ->
    [routed] {" "}(routed to the leader)
    [leader] {" "}(the leader)
   *[replica] {""}
}: fresh ✓
sl-read-line-stale = Read: { $value } from Node { $node }{ $via ->
    [routed] {" "}(routed to the leader)
    [leader] {" "}(the leader)
   *[replica] {""}
}: stale by { $behind ->
    [one] { $behind } entry
   *[other] { $behind } entries
}, but it has your writes
sl-read-line-missed = Read: { $value } from Node { $node }{ $via ->
    [routed] {" "}(routed to the leader)
    [leader] {" "}(the leader)
   *[replica] {""}
}: missed your write { $own } ✗ (read-your-writes anomaly)
failover-line-safe = Leader Node { $old } failed; Node { $new } leads (term { $term }); no acknowledged write lost
failover-line-lost = Leader Node { $old } failed; Node { $new } leads (term { $term }); acknowledged write { $values } LOST ✗
conflicts-none = Conflicts detected: 0
# $set names the conflicting writes ("A1 vs B1").
conflicts-latest = Conflicts detected: { $count } (latest: { $set } at Node { $node })
resolved-lww = Last write wins: kept { $winner }, discarded { $discarded }
resolved-siblings = Siblings kept: { $siblings }
replicating = Replicating: { $count } { $count ->
    [one] message
   *[other] messages
} in flight
converged = Converged: every node holds { $values }
not-converged = Not converged
ll-write-none = Write: none yet
ll-write-pending = Write v{ $version }: { $acks } of W = { $w } acks
ll-write-done = Write v{ $version }: { $acks } of W = { $w } acks in { $ms } ms ✓
ll-write-failed-few = Write v{ $version } failed: fewer than W = { $w } replicas up ✗
ll-write-failed-down = Write v{ $version } failed: a replica went down before W = { $w } acks ✗
ll-concurrent-pending = Writes A{ $version } and B{ $version } at once: in flight
ll-concurrent-done = Writes A{ $version } and B{ $version } at once: both reached W = { $w }; now Quorum read
ll-concurrent-failed = Writes A{ $version } and B{ $version } at once: B{ $version } failed before W = { $w } acks ✗
ll-read-line-siblings = Read: siblings { $values } (version vectors): the client merges them ✓
ll-read-line-lost = Read: { $values } (last write wins): acknowledged write { $lost } silently lost ✗
ll-read-pending = Read: { $replies } of R = { $r } replies
ll-read-failed-few = Read failed: fewer than R = { $r } replicas up ✗
ll-read-failed-down = Read failed: a replica went down before R = { $r } replies ✗
# $end: "repair" names the repaired replicas ($repaired), else the read was "good" or "bad".
ll-read-line = Read: v{ $version } from { $nodes }{ $stale ->
    [yes] {" "}(stale: v{ $latest } was acknowledged)
   *[no] {""}
}{ $end ->
    [repair] ; read repair: { $repaired }
    [bad] {" "}✗
   *[good] {" "}✓
}
quorum-line-consistent = W + R = { $sum } > N = { $n }: reads see the latest write
quorum-line-stale = W + R = { $sum } ≤ N = { $n }: reads can be stale

## The client boxes on the canvas

client = Client
client-read-failed = Client: read failed
client-read-missed = Client read { $value } ✗ stale
client-read-stale = Client read { $value } (stale)
client-read-fresh = Client read { $value } ✓
client-read-lost-one = Client read { $value } ✗ lost one
client-reading = Client: reading…
client-acked = Client: { $value } acked, { $ms } ms
client-write-failed = Client: { $value } failed
client-write-lost = Client: { $value } LOST
client-writing = Client: writing { $value }…
client-named = Client { $name }
client-named-acked = Client { $name }: { $value } ✓
client-named-writing = Client { $name }: { $value }…
client-replies = Client: { $replies }/{ $r } replies
client-acks = Client: acks { $acks }/{ $w }
client-acks-done = Client: v{ $version } acks { $w }/{ $w } ✓

## The nodes' accessible names and the canvas's description

node-label-bare = Node { $n }
# $role: leader, replica or peer; $holds: log (index $index), vector ($version) or quorum; $action: what pressing does.
node-label = { $topology } Node { $n }{ $role ->
    [leader] {" "}(leader)
    [replica] {" "}(replica)
   *[peer] {""}
}: { $up ->
    [up] up
   *[down] down
}, { $holds ->
    [log] holds { $values } at log index { $index }
    [vector] holds { $values }, version vector { $version }
   *[quorum] holds { $values }
}. { $action ->
    [revive] Press to bring it back
    [failover] Press to fail it (failover)
   *[fail] Press to fail it
}.
canvas-node = Node { $n }{ $role ->
    [leader] {" "}(leader)
    [replica] {" "}(replica)
   *[peer] {""}
}{ $up ->
    [up] {""}
   *[down] {" "}down,
} { $values }
canvas-single-leader = Single-Leader: the client writes to the leader, which streams its log to the replicas.
canvas-multi-leader = Multi-Leader: clients A and B write at leaders Node 1 and Node 3, which replicate to each other and to Nodes 2, 4 and 5.
canvas-leaderless = Leaderless: the client writes to W of the 5 replicas at once and reads from R.
# $head is one of the sentences above, $nodes the nodes one by one.
canvas-label = { $head } { $nodes }. { $count ->
    [one] { $count } message
   *[other] { $count } messages
} in flight.
badge-down = DOWN
badge-repaired = repaired
badge-siblings = SIBLINGS
badge-conflict = CONFLICT

## Controls

tag-highlighted = highlighted
panel-status = { $name } status
panel-scorecard = { $name } scorecard
panel-controls = { $name } controls
panel-controls-title = { $name }:
panel-actions = { $name } actions
choice-topology = Highlighted topology
actions = Actions
simulate-write = Simulate Write
pause = Pause
resume = Resume
step = Step
reset = Reset
client-far = Client in a far region
lag-label = Replication lag
lag-value-text = { $lag } seconds
sync-switch = Synchronous replication
raw-switch = Read-after-write: route my reads to the leader
read-from-replica = Read from replica
read-from-leader = Read from leader
fail-leader-now = Fail leader now
concurrent-writes = Concurrent writes
conflict-resolution = Conflict resolution
w-slider = W (write quorum)
r-slider = R (read quorum)
quorum-value-text = { $letter } = { $value } of { $total } replicas
quorum-read = Quorum read
two-clients-write = Two clients write at once
ll-policy-choice = Concurrent writes settled by
