# The words of this sim in English, the fallback for every other language (see
# docs/translating.md). The help, the legend and the tours are read by the names they
# have here (title, about-N, help-N, legend-N, tour-<id>, tour-<id>-<step>[-text|-predict|-answer]);
# every other message is named by the code.

## The page: title, screen summary, help, canvas legend

title = Quorum Calculator
about-1 = The picture shows a client above a row of N replicas of one key. Each replica is a circle labelled with the version it holds (v1 at the start) and whether it is up. After an operation, badges mark the replicas that acknowledged the write (W), those the read consulted (R), and those in both (W+R).
about-2 = The sliders set N (total replicas), W (write quorum) and R (read quorum). Simulate Write and Simulate Read run one operation; Simulate Stale Read, available when W + R is at most N, shows a read that misses the latest write. Each replica is also a button that takes it down or brings it back. Presets set the chapter's configurations and Cassandra's ONE, QUORUM and ALL. The buttons under "Not covered by W + R > N" run the cases the overlap argument does not protect: a read during a write, a failed write, a sloppy quorum and concurrent writes under last-write-wins.
help-1 = N replicas each hold a copy of one key. A write succeeds once W of them acknowledge it; a read asks R of them and returns the newest version it sees.
help-2 = Move the sliders, then press Simulate Write and Simulate Read. Orange (W) marks replicas that acknowledged the write, blue (R) those the read consulted, green (W+R) those in both: they guarantee a fresh read. Click a node, or focus it and press Enter, to take it down.
help-3 = W + R > N promises only that a read which starts after a write has completed meets a replica holding it. It is not linearizability: the buttons under "Not covered by W + R > N" show reads during a write, failed writes, sloppy quorums and last-write-wins losing a write.
help-4 = Space runs a demonstration (a write, then a read of it, again and again, so the replicas that answer change each time) and stops it; → runs the next write or read by hand.

## Names on the canvas and in sentences

# A replica's name, numbered from 1.
node-name = Node { $n }
# Replicas by number: $list is "1, 2 and 5" (numbers from 1), $count how many there are.
node-list = { $count ->
    [0] no node
    [one] Node { $list }
   *[other] Nodes { $list }
}
# The badge under a replica that is down.
badge-down = DOWN
# The client box's caption: what the last operation returned.
client = Client
client-read = Client: read v{ $version }
client-read-stale = Client: read v{ $version } (stale!)
client-wrote = Client: wrote v{ $version }
client-write-failed = Client: write failed
client-read-failed = Client: read failed
# The canvas's text alternative.
canvas-label = { $n } replicas in a row under a client box. { $up } up. Latest acknowledged version v{ $latest }.
# A replica's button over the canvas ($state: up or down).
node-button = { $state ->
    [up] Node { $n }: up, holds v{ $version }. Press to take it down.
   *[down] Node { $n }: down, holds v{ $version }. Press to bring it back up.
}

## The panel: readouts, sliders, buttons

swatches = Legend
swatch-write = acknowledged the write
swatch-read = consulted by the read
swatch-both = in both: sees the completed write
arithmetic = Quorum arithmetic
write-tolerance = Write fault tolerance: can lose { $k } { $k ->
    [one] node
   *[other] nodes
}
read-tolerance = Read fault tolerance: can lose { $k } { $k ->
    [one] node
   *[other] nodes
}
# The verdict under the formula (the chapter's words); $answer: yes or no.
verdict = Consistency guaranteed: { $answer ->
    [yes] YES
   *[no] NO
}
verdict-overlaps = (every read overlaps the latest completed write)
verdict-misses = (a read can miss the latest completed write)
slider-n = N (total replicas)
slider-w = W (write quorum)
slider-r = R (read quorum)
# A slider's value read out by a screen reader.
slider-n-value = N = { $value } replicas in total
slider-quorum-value = { $letter } = { $value } of { $n } replicas
actions = Actions
simulate-write = Simulate Write
simulate-read = Simulate Read
simulate-stale-read = Simulate Stale Read
reset-button = Reset
presets = Presets
presets-colon = Presets:
limits-label = Not covered by W + R > N:
limit-read-during-write = Read during a write
limit-failed-write = Failed write
limit-sloppy-quorum = Sloppy quorum
limit-last-write-wins = Concurrent writes (LWW)

## Narration

# One sentence on a configuration's guarantees ($consistent: yes or no).
summary = N = { $n }, W = { $w }, R = { $r }: W + R = { $sum } { $consistent ->
    [yes] > N; every read overlaps the latest completed write in at least { $overlap } { $overlap ->
        [one] replica
       *[other] replicas
    }.
   *[no] ≤ N; a read can miss every replica the write reached, so reads may be stale.
}
# The opening sentence for a fresh cluster (the summary follows it).
start = { $n } replicas, all holding v1.
reset = Reset.
demo-stopped = Demonstration stopped.
state-summary = { $up } of { $n } replicas up; the latest acknowledged version is v{ $latest }.
stale-impossible = A stale read is impossible: W + R = { $sum } > N = { $n }, so every read overlaps the last write.
stale-too-few = A stale read needs W + R = { $sum } replicas up; only { $up } are up.
resized = N = { $n }: a fresh cluster of { $n } replicas, all holding v1.
resized-followed = W and R follow N down: W = { $w }, R = { $r }.
preset-applied = Preset { $preset }.
# $op: read or write.
op-fails = { $op ->
    [read] Read
   *[write] Write
} fails: only { $up } of the needed { $needed } replicas are up.
no-such-node = There is no Node { $n }.
# $nodes is a node-list.
written = Write v{ $version } acknowledged by W = { $w }: { $nodes }.
written-missed = { $nodes } did not get it before the write returned.
read-consulted = Read consulted R = { $r }: { $nodes }.
read-no-write = No write yet, so it returns v{ $returned }.
read-overlap = { $nodes } also acknowledged the last write, so the read returns v{ $latest }, the latest.
read-newer = It returns v{ $returned }, newer than the latest acknowledged v{ $latest }: a write that has not completed, or that failed.
read-lucky = It returns v{ $latest }, the latest, by luck: an earlier write had reached it.
read-stale = None of them got the last write: the read returns v{ $returned } although v{ $latest } was acknowledged (stale read).
# $state: up (back up) or down.
node-toggled = Node { $n } is { $state ->
    [up] back up
   *[down] down
}; { $up_count } of { $total } replicas are up.
writes-fail = Writes now fail: they need { $w } acknowledgements.
reads-fail = Reads now fail: they need { $r } replicas.

## The cases W + R > N does not cover

limit-needs-healthy = This case runs on a healthy cluster: bring every node back up first.
limit-needs-two-acks = This case needs W of at least 2: a write that has reached one replica must still be short of its quorum.
limit-needs-partial-read = This case needs R below N: with R = N every read asks the replica that already has the new value.
# $reached is a node-name; $first, $second and $acked are node-lists.
read-during-write = A write of v{ $version } is in flight: so far only { $reached } has it, fewer than W = { $w }. A read of { $first } returns v{ $first_version } (the new value); a second read, started after the first returned, asks { $second } and gets v{ $second_version } (the old value). Then { $acked } acknowledge v{ $version }. W + R > N only covers reads that start after a write completes: quorums alone are not linearizable.
failed-write = A write of v{ $version } reached { $reached } and then failed before W = { $w } acknowledged it. The client is told it failed, but nothing rolls it back: a read of { $seen } returns v{ $seen_version }, the failed write.
failed-write-missed = A read of { $nodes } returns v{ $version }.
failed-write-latest = The latest acknowledged version is still v{ $latest }.
# $home and $hinted are node-lists, $home_count and $stand_ins counts; the narration of the
# read that follows comes after it.
sloppy-quorum = A partition cuts the writer off from some of the key's home replicas. With a sloppy quorum the write of v{ $version } is acknowledged by W = { $w }: { $home_count ->
    [0] no home replica
   *[other] { $home }
} and { $stand_ins } stand-in { $stand_ins ->
    [one] node
   *[other] nodes
} holding hints for { $hinted }. A client on the other side reads R = { $r } home replicas, { $stale }, and gets v{ $stale_version } (stale although W + R > N). The partition heals and hinted handoff delivers v{ $version } to { $hinted }.
# $lost_nodes and $kept_nodes are node-lists; the narration of the read that follows comes after it.
last-write-wins = Two clients write at the same moment: v{ $lost } is acknowledged by { $lost_nodes }, v{ $kept } by { $kept_nodes }. Last-write-wins keeps the later timestamp, so v{ $lost } is discarded wherever v{ $kept } arrives and no quorum read will return it: an acknowledged write is silently lost. Version vectors would keep both as siblings for the reader to merge.

## Guided tours

tour-overlap = Why W + R > N

tour-overlap-1 = Three replicas, W = 2, R = 2
tour-overlap-1-text = Each of the N = 3 replicas holds a copy of one key. A write must be acknowledged by W = 2 of them and a read asks R = 2. Because 2 + 2 > 3, any two replicas a read picks share at least one with any two a write reached.

tour-overlap-2 = A write reaches two replicas
tour-overlap-2-text = Simulate Write sent version 2. Two replicas acknowledged it (drawn with v2); the third still holds v1 and will only catch up through read repair or anti-entropy.
tour-overlap-2-predict = a read now asks two replicas chosen at random. Can both of them be the one that missed v2?
tour-overlap-2-answer = no. Only one replica missed the write, and a read asks two, so at least one of them has v2.

tour-overlap-3 = The read meets the write
tour-overlap-3-text = The read asked two replicas; at least one had v2, and the client takes the newest version it sees. This overlap is all that W + R > N promises: every read meets the latest completed write.

tour-overlap-4 = Turn R down to 1
tour-overlap-4-text = R is now 1, so W + R = 3 = N. The verdict changes: a read set and a write set can now miss each other.
tour-overlap-4-predict = can a read return the old value now?
tour-overlap-4-answer = yes, whenever it asks only the replica the last write missed.

tour-overlap-5 = A stale read
tour-overlap-5-text = Simulate Stale Read wrote version 3 to two replicas and then read the one replica the write missed: the client got version 2 back although version 3 was acknowledged. Nothing failed; the sets simply did not overlap.

tour-overlap-6 = Five replicas at QUORUM
tour-overlap-6-text = With N = 5, W = 3 and R = 3 (Cassandra's QUORUM for both), 3 + 3 > 5 again: the write reached three replicas, the read asked three, and it returned the newest version.
tour-overlap-6-predict = how many replicas can be down before a write at W = 3 fails?
tour-overlap-6-answer = two. Writes need W of the N replicas up, so they survive N − W = 2 failures (reads survive N − R).

tour-overlap-7 = The price: availability
tour-overlap-7-text = Three of five replicas are down (crossed out) and the write could not reach W = 3: it was refused. Overlap is paid for with availability; that is the trade-off W and R tune.

tour-stale-reads = How a stale read happens

tour-stale-reads-1 = Fast and loose: W = 1, R = 1
tour-stale-reads-1-text = W = 1 and R = 1 is the fastest setting: one replica answers each request. But 1 + 1 ≤ 3, so a read may ask a replica the last write never reached.
tour-stale-reads-1-predict = a write reaches one replica and a read asks one at random. How likely is a stale read?
tour-stale-reads-1-answer = two in three: the read picks one of three replicas and only one has the new version.

tour-stale-reads-2 = The read misses the write
tour-stale-reads-2-text = Simulate Stale Read made it happen: the read asked a replica the write missed and returned the older version while the newer one was already acknowledged.

tour-stale-reads-3 = W + R > N, and a read during a write
tour-stale-reads-3-text = Even with W + R > N, a read that runs while a write is still in flight can see the new value, and a later read the old one: the first read met the one replica the write had reached, the second did not. Quorums alone are not linearizable; Cassandra adds read repair, Dynamo leaves it to the reader.

tour-stale-reads-4 = A failed write that is not rolled back
tour-stale-reads-4-text = This write reached only W − 1 replicas, so the client was told it failed. The replicas that took it do not roll it back: a read that meets one of them returns a value the client believes was never written.
tour-stale-reads-4-predict = should the client that saw the failure assume the value is not stored?
tour-stale-reads-4-answer = no. A failed or timed-out write has an unknown outcome; the client must retry idempotently or read back.

tour-stale-reads-5 = Sloppy quorum and hinted handoff
tour-stale-reads-5-text = A partition cut the writer off from some home replicas, so stand-in nodes took the write with hints (a sloppy quorum). A read of the home replicas missed it until hinted handoff delivered the hints: W + R > N counted nodes that were not the key's replicas.

tour-stale-reads-6 = Two writers, last write wins
tour-stale-reads-6-text = Two clients wrote at once. Both writes were acknowledged by W replicas, but every replica keeps only the value with the later timestamp (last-write-wins), so one acknowledged write silently disappeared. Quorums do not order concurrent writes; version vectors would keep both as siblings.
