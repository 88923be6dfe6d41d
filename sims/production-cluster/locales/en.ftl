# The words of this sim in English, the fallback for every other language (see
# docs/translating.md). The help, the legend and the tours are read by the names they
# have here (title, about-N, help-N, legend-N, tour-<id>, tour-<id>-<step>[-text|-predict|-answer]);
# every other message is named by the code.

## The page: title, screen summary, help, canvas legend

title = Production Cluster
about-1 = The chapter's closing architecture: users in US-East and EU-West, six shards chosen by a consistent hash of user_id (shards 1–3 in US-East, 4–6 in EU-West), each a leader (crown) and two followers that vote, with W = 2 and R = 2 on N = 3, plus three read replicas for reporting queries, and a three-node etcd cluster holding each shard's leader key. Moving marks are requests: filled squares writes, dots reads, hollow squares reports, crosses refusals.
about-2 = Fault buttons kill a shard's leader or two of its nodes, lag a read replica past 30 s, cut the regions apart, take away etcd's quorum or send a hot user's traffic to one shard. The claim checker says which of the chapter's claims hold right now, and on which shards they break.
help-1 = Click a node on the canvas (or Tab to it and press Enter) to kill it or start a replacement. Pick a shard under Shard for the shard buttons; the others act on the whole cluster.
help-2 = A killed node loses its disk: a replacement copies the log for 3 s before it counts for a quorum. A dead leader's etcd lease runs out after 5 s; then the followers compare log positions and the most up-to-date one takes the shard's leader key in etcd, which lets only one node hold it.
help-3 = Requests per second sets the load (up to 500); Geographic routing off hashes users over all six shards, ignoring their region. → pauses and lets one second of model time pass.
legend-1 = pc-leader | L | leader (crown)
legend-2 = pc-follower | F | follower
legend-3 = pc-replica | R | read replica, bar: lag
legend-4 = pc-write | ■ | write
legend-5 = pc-read | ● | read
legend-6 = pc-report | □ | report
legend-7 = pc-fail | ✕ | refused / down

## Guided tours

tour-failover = One node per shard, and then two

tour-failover-1 = Six healthy shards
tour-failover-1-text = Users in both regions send 60 requests a second. Each request hashes its user_id within the user's home region to one of three shards; writes go to that shard's leader (crown), which waits for one follower before it answers; reads go to the leader too (the model refuses them unless two voters run); reports go to a read replica. Every claim holds.
tour-failover-1-predict = kill shard 1's leader. What happens to shard 1's writes, and to the other shards?
tour-failover-1-answer = shard 1 refuses writes until a follower takes its leader key in etcd; the other five carry on untouched.

tour-failover-2 = Shard 1 loses its leader
tour-failover-2-text = Shard 1 has no leader: its writes are refused (crosses) and the claim checker marks "Every shard writable" broken on shard 1, but no acknowledged write is lost, because the follower that acknowledged each write still holds it. The leader's etcd lease still has a few seconds to run.

tour-failover-3 = A follower takes the leader key
tour-failover-3-text = After the 5 s lease ran out, the followers compared log positions; the most up-to-date one took shard 1's leader key in etcd, which lets only one node hold it (etcd still has its majority). The failover took 5.0 s, shown in the Failover column; the new leader and the last follower make W = 2 again, so every claim holds. This is the chapter's claim: one node down per shard, no data lost.

tour-failover-4 = Two nodes of shard 2
tour-failover-4-text = The leader of shard 2 and the follower that acknowledged its writes died at the same moment. Only the third voter is left: no write quorum and no read quorum, so shard 2 refuses both, while shards 1 and 3–6 carry on. If writes of the last second were not yet on the third voter, they are lost when it takes over: W = 2 on N = 3 survives one failure, not two.
tour-failover-4-predict = etcd loses two of its three nodes, then shard 3's leader dies. When does shard 3 get a new leader?
tour-failover-4-answer = 5 s after etcd has its majority back (its new leader renews every lease to the full 5 s); the leaders of the other shards keep serving meanwhile.

tour-failover-5 = No etcd quorum, no failover
tour-failover-5-text = etcd has one node of three: no majority, so it can grant no new lease. Shard 3 has been without a leader for 15 s and stays so; the other shards keep their leaders because each still reaches all three of its voters (Patroni's failsafe mode; by default Patroni would demote them too, and even failsafe mode demotes a leader that misses a voter).

tour-failover-6 = etcd heals
tour-failover-6-text = While etcd had no leader its lease clocks stood still, and when its majority returned the new etcd leader renewed every lease to its full 5 s. So shard 3 gets a new leader 5 s after etcd heals, not at once; then every claim holds again.

tour-claims = Regions, stale replicas and hot users

tour-claims-1 = The regions are cut apart
tour-claims-1-text = A partition between the regions: users still reach their own region's shards, so the shards with a leader stay writable for their own users (only because failsafe mode is on; by default Patroni demotes all three EU leaders and EU-West goes read-only). But etcd runs two nodes in US-East and one in EU-West, so only US-East keeps an etcd majority: shard 1 lost its leader and failed over, shard 5 lost its leader and cannot.
tour-claims-1-predict = what happens to shard 5 when the partition heals?
tour-claims-1-answer = EU-West reaches a majority of etcd again; shard 5's dead leader's lease is long gone, so the most up-to-date follower takes the leader key at once.

tour-claims-2 = The partition heals
tour-claims-2-text = The regions reach each other again, EU-West reaches etcd's majority, and shard 5 has a leader within a second. Every claim holds: the partition cost EU-West its failovers, not its data.
tour-claims-2-predict = a read replica of shard 4 falls 45 s behind. When does the claim checker notice, and what does a reporting query see?
tour-claims-2-answer = after 30 s of lag; a report sent to that replica returns data more than 30 s old (a red hollow square).

tour-claims-3 = A read replica 45 s behind
tour-claims-3-text = Replica 4.1 now applies writes 45 s late. After 30 s its lag crossed the 30 s the reports accept: "Reports served by read replicas within 30 s" is broken on shard 4, and a third of shard 4's reports (round robin) come back stale.

tour-claims-4 = A hot user
tour-claims-4-text = User 7777 sends 300 extra requests a second, all to the one shard the hash picks for them. The shard can serve 150 a second: it refuses the rest (overloaded), and the other users of that shard suffer with it. Hashing user_id spreads users, not load: one user's traffic cannot be split by hashing user_id alone; applications split such a hot key by adding a random suffix to it and reading all the pieces back (DDIA ch. 6).

tour-claims-5 = Hashing without the geographic overlay
tour-claims-5-text = With Geographic routing off, the router hashes user_id over all six shards. About half of the EU users land on shards 1–3 in US-East, and "EU users' data stays in EU-West" breaks within seconds: consistent hashing and geographic placement only agree if the region is chosen first.

## Names and numbers

-routing = { $routing ->
    [geo] each user routed within their home region
   *[global] users hashed over all six shards, ignoring their region
}
region = { $region ->
    [us] US-East
   *[eu] EU-West
}
region-title = { $region ->
    [us] US-East · shards 1–3 · etcd 1, 2
   *[eu] EU-West · shards 4–6 · etcd 3
}
row-title = Shard { $n }
node-name = { $kind ->
    [voter] node { $shard }{ $letter }
    [replica] read replica { $shard }.{ $index }
   *[etcd] etcd { $index }
}
node-subject = { $kind ->
    [voter] Node { $shard }{ $letter }
    [replica] Read replica { $shard }.{ $index }
   *[etcd] etcd { $index }
}

## Narration

start = Six healthy shards, { $rate } requests/s from both regions, { -routing }. Every claim holds; now break something.
reset = Reset.
paused = Paused.
running = Running.
stepped = Paused at t = { $time }, one second later.
node-killed = { $name } killed.
killed-demoted = Its leader reaches neither an etcd majority nor every voter: failsafe mode demotes it and the shard refuses writes.
killed-wait = No leader until its lease runs out in { $ttl }; then the newest follower takes the leader key.
killed-no-etcd = No leader, and etcd has no quorum here: no failover until it heals.
etcd-lost-quorum = etcd has lost its quorum.
replacement-starts = A replacement for { $name } starts copying the log.
node-restarted = { $name } restarted.
already-down = { $name } is already down.
already-up = { $name } is already running.
no-leader-to-kill = shard { $shard } has no leader to kill.
caught-up = { $name } has copied the log and votes again.
elected = { $name } (newest log) took shard { $shard }'s leader key in etcd after { $time }.
writes-lost = { $count } acknowledged write(s) of shard { $shard } were on no surviving node: lost for good.
replica-lags = { $name } now applies writes 45 s late; in 30 s its reports are stale.
replica-catches-up = { $name } catches up again.
partition-cut = The regions are cut apart. Each keeps its own shards (only because failsafe mode is on; by default Patroni demotes all three EU leaders and EU-West goes read-only); no EU shard can fail over.
partition-healed = The link between the regions is back.
hot-user-starts = User 7777 sends 300 extra requests/s, all to shard { $shard }: more than its 150/s.
hot-user-calms = The hot user calms down.
routing-now = The router now has { -routing }.
rate-now = The users now send { $rate } requests/s.
healed = Everything restarted; replacements copy their logs.

## The claim checker and the status region

claim-no-write-lost = No acknowledged write lost
claim-every-shard-writable = Every shard writable
claim-eu-data-in-eu = EU users' data stays in EU-West
claim-reports-by-replicas = Reports served by read replicas within 30 s
claim-holds = ✓ holds: { $claim }
claim-broken = ✗ broken on { $count ->
    [one] shard
   *[other] shards
} { $list }: { $claim }
status-label = Cluster state
claim-checker = Claim checker
node-count-note = The chapter's 18 is the voters; 6 × (1 leader + 2 followers + 3 read replicas) is 36, plus 3 etcd nodes.
quorum-note = A write waits for the leader and 1 follower (W = 2); the other gets it 1 s later. Reads go to the leader; Quorum reads: 2 voters up.
clock = t = { $time } · { $ok } answered, { $acked } writes acknowledged, { $stale } stale reports, { $failed } refused
etcd-up = etcd: { $up } of 3 up
regions-partitioned = regions partitioned: US-East reaches { $us } etcd node(s), EU-West { $eu }
no-failover-in = no failover possible in { $region }
hot-user-flooding = hot user 7777 flooding shard { $shard }
summary-shard = Shard { $shard }: leader { $leader }, { $voters } voters up, writes { $writes }, reads { $reads }.
canvas-label = Two regions, six shards of three voters and three read replicas, three etcd nodes; { $broken ->
    [0] every claim holds
   *[other] broken: { $list }
}.

## The shard table

shard-table = Shard table
head-shard = Shard
head-leader = Leader
head-voters = Voters up
head-writes = Writes (W=2)
head-reads = Quorum reads (R=2)
head-lag = Replica lag
head-requests = Req/s
head-errors = Errors/s
head-failover = Failover
shard-cell = { $n } ({ $region })
yes = yes
no = no
leader-cell = { $state ->
    [leading] { $name }
    [demoted] { $name }, demoted: read-only (failsafe)
    [stuck] none for { $time }, no etcd quorum
    [waiting] none for { $time }
   *[none] none
}
replica-down = down
replica-lag = { $lag }{ $stale ->
    [yes] {" "}stale
   *[no] {""}
}

## The canvas

mark-leader = L
mark-follower = F
mark-replica = R
users = users
etcd = etcd
no-etcd-quorum = no quorum: no failover
row-tag = { $tag ->
    [refusing] refusing
    [writable] writable
    [read-only] read-only
    [no-quorum] no quorum
   *[no-leader] no leader
}
row-load = { $requests }/s{ $errors ->
    [0] {""}
   *[other] , { $errors } ✕
}
node-button = { $name }: { $state ->
    [leader] leader
    [follower] follower
    [copying] copying the log
    [lagging] lagging read replica
    [replica] read replica
    [etcd] etcd member
   *[down] down
}. Press to { $up ->
    [up] kill it
   *[down] start a replacement
}.

## The panel

shard-faults = Shard faults
shard-label = Shard
kill-leader = Kill the leader
kill-two = Kill two nodes
lag-replica = Lag a read replica
catch-replica-up = Catch the replica up
cluster-faults = Cluster faults
partition-regions = Partition the regions
heal-partition = Heal the partition
lose-etcd-quorum = Lose the etcd quorum
heal-etcd = Heal etcd
hot-user = Hot user
stop-hot-user = Stop the hot user
heal-all = Heal everything
rate-label = Requests/s
geo-routing = Geographic routing
