# The words of this sim in English, the fallback for every other language (see
# docs/translating.md). The help, the legend and the tours are read by the names they
# have here (title, about-N, help-N, legend-N, tour-<id>, tour-<id>-<step>[-text|-predict|-answer]);
# every other message is named by the code.

## The page: title, screen summary, help, canvas legend

title = Split-Brain Scenario
about-1 = The picture shows three database nodes in a triangle with the links between them, and the client that writes to the user's balance. The leader wears a crown. Each node shows its balance, its term or fencing token, and whether it is cut off. Cut links are dashed. Moving dots are messages: syncs and writes, and in Raft mode the votes. A banner reports a conflict after the partition heals.
about-2 = Partition Network cuts Node 1 off and Heal Partition joins the cluster again; client writes go to whichever node the client reaches. Failover by chooses naive monitoring, Raft majority or fencing tokens, with a STONITH switch; the clock skew slider makes Node 1's clock run fast or slow. The cut and heal marks on each link are buttons. Pause, Skip ahead and Reset control the clock; when a conflict is shown, buttons resolve it by last write wins, by keeping a node's value, or by a merged value typed in.
help-1 = Three nodes replicate one key, the user's balance. Node 1 leads (the crown). Partition Network cuts Node 1 off; after the heartbeat timeout a monitor promotes Node 2, and both nodes accept writes: split brain. Heal Partition brings the sync and the CONFLICT DETECTED banner.
help-2 = Failover by: Naive monitor shows the problem; Raft majority needs 2 of 3 votes to lead and to commit, so the cut-off leader commits nothing; Fencing token makes the storage refuse the old leader's writes (STONITH powers it off first).
help-3 = Click the cut / heal marks on the links (or Tab to them) to partition differently, for example to isolate Node 3. The clock runs only while something is pending; Pause freezes it, Skip ahead jumps to the next event.

## Guided tours

tour-two-leaders = Two leaders: naive failover

tour-two-leaders-1 = One leader, two followers
tour-two-leaders-1-text = Three database nodes; Node 1 leads (crown) and replicates the user's balance to the other two. Failover is naive: a monitor promotes a replica when it stops hearing the leader's heartbeats, with no vote and no majority.
tour-two-leaders-1-predict = a partition cuts Node 1 off from Nodes 2 and 3. How many leaders will there be?
tour-two-leaders-1-answer = two. The monitor stops hearing Node 1 and promotes Node 2, while Node 1, cut off but alive, still believes it leads.

tour-two-leaders-2 = The partition: a second leader
tour-two-leaders-2-text = Split brain: each side has a node that believes it is the leader. Neither can tell a crashed leader from an unreachable one.

tour-two-leaders-3 = Both sides accept a write
tour-two-leaders-3-text = A client on each side writes the balance, and each leader acknowledges its write: two clients were told "done" for different values of the same key.

tour-two-leaders-4 = Healing reveals the conflict
tour-two-leaders-4-text = The network healed and the two histories met: the same balance has two acknowledged values. Naive mode freezes writes until someone resolves it.
tour-two-leaders-4-predict = with last-write-wins, what happens to the other acknowledged write?
tour-two-leaders-4-answer = it is discarded, silently: its client was told it succeeded.

tour-two-leaders-5 = Last write wins loses a write
tour-two-leaders-5-text = Last-write-wins kept the value with the later timestamp and dropped the other, although its client was told "done". Resolving after the fact cannot undo split brain; preventing it needs a majority rule (next tour).

tour-majorities-and-tokens = How Raft and fencing tokens stop the old leader

tour-majorities-and-tokens-1 = Raft: one leader in term 1
tour-majorities-and-tokens-1-text = The same three nodes under Raft: Node 1 leads in term 1. A leader needs a majority (2 of 3) to be elected and to commit each write.

tour-majorities-and-tokens-2 = Two crowns, two terms
tour-majorities-and-tokens-2-text = The partition left Nodes 2 and 3 without heartbeats; Node 2 timed out, won both votes on its side and leads in term 2. Node 1, cut off, still believes it leads in term 1: two crowns, but in different terms.
tour-majorities-and-tokens-2-predict = is this split brain? Can both leaders commit writes?
tour-majorities-and-tokens-2-answer = no. Raft promises at most one leader per term, and committing needs a majority: Node 1 can reach only itself, one node of three.

tour-majorities-and-tokens-3 = Only the majority commits
tour-majorities-and-tokens-3-text = Both clients wrote. The majority side committed its write; Node 1 stored its write but could never reach a majority, so its client timed out.
tour-majorities-and-tokens-3-predict = the client whose write timed out: was its balance stored or not?
tour-majorities-and-tokens-3-answer = it cannot know. A timeout means the outcome is unknown to the client (here it was never committed, but a write that times out can still commit later); the client must retry idempotently or read the value back.

tour-majorities-and-tokens-4 = Healing: the old leader steps down
tour-majorities-and-tokens-4-text = The partition healed. Node 1 saw the higher term 2, stepped down and replaced its uncommitted entry with the leader's log: one leader again, and no acknowledged write was lost. (Without CheckQuorum or leases, a cut-off leader can still serve stale reads while it believes it leads.)

tour-majorities-and-tokens-5 = Fencing tokens at the storage
tour-majorities-and-tokens-5-text = Fencing mode: the monitor still promotes a second leader, but every write carries its leader's token, and the shared storage refuses a token lower than the highest it has seen. The old leader's write was refused. The token must come from a consensus-backed service (ZooKeeper, etcd), not from the monitor itself.

## Names, amounts and generations

node-name = Node { $n }
# A node list: "no node", "Node 1", "Nodes 2 and 3" ($list from the shared numbers list).
nodes = { $count ->
        [0] no node
        [one] Node { $list }
       *[other] Nodes { $list }
    }
money = { $sign ->
        [minus] -${ $v }
       *[plus] ${ $v }
    }
# What a mode calls a leader's generation number (also a log table's column heading).
term-word = { $mode ->
        [raft] term
        [fencing] token
       *[naive] epoch
    }
generation = { $mode ->
        [raft] term
        [fencing] token
       *[naive] epoch
    } { $n }
node-generation = { $node } ({ $generation })
mode-label = { $mode ->
        [raft] Raft majority
        [fencing] Fencing token / STONITH
       *[naive] Naive monitor
    }
write-label = Write { $w }
entry-initial = initial balance
entry-resolution = manual resolution
entry-value = { $entry } ({ $value })
value-entry = { $value } ({ $entry })

## Narration: refusals

refused-partitioned = Node 1 is already cut off from Nodes 2 and 3.
refused-nothing-to-heal = Every link is already up.
refused-no-such-link = There is no link between { $a } and { $b }; links join two different nodes of 1 to 3.
nothing-notable = Nothing notable happens in the next { $s } s; the cluster stays as it is.
refused-conflict-waiting = The cluster refuses writes until the conflict is resolved.
refused-too-many = This run already has { $max } writes; press Reset to start again.
refused-spec-underway = The spec's writes are already on their way.
refused-no-such-node = There is no { $node }; the cluster has Nodes 1 to 3.
refused-no-conflict = There is no conflict to resolve.
refused-already-running = { $node } is already running.

## Narration: the network, the clock, modes and Reset

partitioned = Partition: the links from { $leader ->
        [yes] Node 1 (the leader)
       *[no] Node 1
    } to Nodes 2 and 3 are cut. Heartbeats and replication from Node 1 no longer get through.
healed = Heal: every link is up again.
healed-sync = The leaders on both sides send each other a sync.
link-healed = The link { $a }–{ $b } is healed.
link-cut = The link { $a }–{ $b } is cut.
cut-off = { $nodes } { $count ->
        [one] is
       *[other] are
    } cut off from the others.
skipped-at-once = Next, at once:
skipped-ahead = Skipped ahead { $time }.
advance-clamped = Time moves at most { $max } per step; it moved { $moved }.
mode-set = Failover by { $mode }: the run starts again with Node 1 leading.
reset = Reset: every link is up, Node 1 leads and every node holds { $balance }.
reset-done = Reset.

## Narration: settings and client writes sent

balance-limited = Balances are limited to ±{ $max }; the write sets { $value }.
write-scheduled = { $write } (user balance = { $value }) will reach { $node } in { $time }.
skew-limited = Clock skew is limited to ±{ $max }.
stonith-set = STONITH is { $on ->
        [on] on
       *[off] off
    }; it { $applies ->
        [yes] applies from the next failover
       *[no] only applies in the fencing mode
    }.
powered-on-told = { $node } powers on and rejoins as a replica; the storage tells it { $leader } holds the newest token.
powered-on = { $node } powers on and rejoins as a replica.
skew-exact = Node 1's clock is exact; writes it stamps from now on carry the true time.
skew-fast = Node 1's clock now runs { $by } fast; writes it stamps from now on look that much newer.
skew-slow = Node 1's clock now runs { $by } slow; writes it stamps from now on look that much older.

## Narration: a client write reaches a node ($intro is arrival-intro, rendered)

arrival-intro = { $write } (user balance = { $value }) reaches { $node }{ $redirect ->
        [yes] , a replica, which redirects the client to its leader { $leader }
       *[no] {""}
    }
arrival-powered-off = { $intro }, but { $node } is powered off: the client gets no answer and the write is refused.
arrival-frozen = { $intro }, but the cluster refuses writes until the conflict is resolved.
arrival-no-leader = { $intro }, but { $candidate ->
        [yes] it is a candidate in an election and there is no leader yet
       *[no] it is a replica and knows of no leader
    }: the write is refused.
arrival-acknowledged = { $intro }. { $leader } logs it with timestamp { $time } and acknowledges it at once; { $count ->
        [0] it cannot reach any other node.
       *[other] it ships the write to { $replicas }.
    }
arrival-token-refused = { $intro }. { $leader } passes it to the storage with token { $token }, but the storage has seen token { $highest } and refuses it. { $leader } learns it was replaced and steps down; it waits to hear from the new leader.
arrival-token-accepted = { $intro }. { $leader } passes it to the storage with token { $token }, the newest, so the storage accepts it and the client is told it succeeded.
arrival-appended = { $intro }. { $leader }, leader of term { $term }, appends it at index { $index } { $count ->
        [0] but it reaches no other node, so it can never gather a majority for it while cut off.
       *[other] and sends it to { $replicas }; it answers the client once a majority stores it.
    }

## Narration: the monitor

promoted-silent = { $nodes } { $count ->
        [one] has
       *[other] have
    } heard nothing from { $known ->
        [yes] { $lost }
       *[no] any leader
    } for { $time }.
promoted-stonith = STONITH: the monitor powers { $node } off through its power switch first.
promoted = { $mode ->
        [fencing] The monitor promotes { $node }: elected new leader with fencing token { $epoch }, which the storage now requires.
       *[naive] The monitor promotes { $node }: elected new leader (epoch { $epoch }).
    }
still-leading = { $mode ->
        [fencing] { $node } still believes it is leader, but its token { $term } is now stale.
       *[naive] { $node } still believes it is leader too: two leaders, split brain.
    }
follows = { $node } now follows { $leader } ({ $generation }) and copies its log.
yields-to-token = { $node } hears from { $other }, which holds the newer token { $token }, and steps down. No conflict: the storage refused every write carrying the old token { $old }.
takes-writes = { $node } takes the writes { $other } accepted while they were apart; no conflict, since only one side accepted writes.
yields-to-epoch = { $node } hears from { $other }, leader of the newer epoch { $epoch }, and steps down. No conflict: { $agree ->
        [yes] their logs agree
       *[no] only one side accepted writes while they were apart
    }.
write-lost = { $write } ({ $value }) was acknowledged to its client, but no node holds it any more: it is silently lost.
pointed-at = { $node }'s monitor finds { $leader } already leading and points { $node } at it.
converged = The logs no longer diverge; every node takes the longest one.

## Narration: Raft

candidacy = { $retry ->
        [yes] { $node }'s election for term { $previous } found no winner in time
       *[no] { $node } has heard no leader for { $time }
    }: it becomes a candidate for term { $term }, votes for itself { $count ->
        [0] but it reaches no other node, so it cannot win.
       *[other] and asks { $asked } for votes.
    }
stale-leader-steps-down = { $node } sees term { $term }, newer than its own term { $old }, and steps down: it was a stale leader.
candidacy-dropped = { $node } sees term { $term } and gives up its candidacy for term { $old }.
voted = { $voter } votes for { $candidate } in term { $term }.
vote-refused = { $voter } refuses { $candidate } a vote for term { $term }: { $reason ->
        [voted] it already voted for { $other } in this term
       *[log] its own log is more up to date
    }.
candidacy-ends = { $node } hears from { $leader }, leader of term { $term }, and stops its candidacy.
elected = { $node } wins term { $term } with votes from { $voters }: { $votes } of { $total }, a majority. It sends heartbeats at once.
elected-stale = { $node } still thinks it leads term { $term }, but without a majority it can commit nothing.
entry-with-term = { $entry } ({ $value }, term { $term })
discarded = { $node } discards its uncommitted { $entries }: the leader of term { $term } holds other entries there, and { $leader } overwrites it. No conflict to resolve: an uncommitted write was never reported as a success.
write-committed = { $write } ({ $value }) is committed: a majority of nodes stores it, so { $leader } applies it and tells the client it succeeded.
committed-late = { $write } ({ $value }) is committed after all, though its client already gave up: a retry must not apply it twice.
gave-up-committed = { $write }'s client gives up after { $time } without an answer from { $known ->
        [yes] { $leader }
       *[no] its leader
    }, although a newer leader has committed the write: the client cannot tell.
gave-up = { $write }'s client gives up after { $time }: to the client the outcome is unknown, since a timeout does not say whether the write committed. In this run { $known ->
        [yes] { $leader }
       *[no] its leader
    } never got a majority to store it, so it was never committed; a real client must retry idempotently or read the value back to find out.

## Narration: conflicts and their resolution

conflict = { $a } and { $b } exchange a sync: CONFLICT DETECTED. { $sides }. Which write wins? Writes are refused until an operator decides.
conflict-side = { $nodes } { $count ->
        [one] holds
       *[other] hold
    } { $value } ({ $entry })
lww-resolved = Last-write-wins compares timestamps: { $entry } stamped { $time } by { $node } is the latest, so every node now holds { $value }.
lww-loser = { $entry } ({ $value }, stamped { $time })
lww-lost = { $losers } { $count ->
        [one] is silently lost, although its client was told it succeeded.
       *[other] are silently lost, although their clients were told they succeeded.
    }
lww-skew = Clock skew decided it: { $entry } was stamped { $stamped } but really happened at { $real }, before the write it overwrote. The older write won.
manual-resolved = Manual resolution: the operator sets user balance = { $value }. { $kept } stay in every log as history, followed by the resolution; all nodes now hold the same log.

## Captions of the messages in flight (full, and short for narrow canvases)

cap-heartbeat = heartbeat (epoch { $epoch })
cap-sync = sync (epoch { $epoch })
cap-sync-short = sync
cap-request-vote = RequestVote (term { $term })
cap-request-vote-short = RequestVote t{ $term }
cap-vote = vote { $granted ->
        [yes] granted
       *[no] refused
    } (term { $term })
cap-vote-short = vote { $granted ->
        [yes] ✓
       *[no] ✗
    } t{ $term }
cap-append-heartbeat = AppendEntries heartbeat (term { $term })
cap-append-heartbeat-short = AppendEntries
cap-append = AppendEntries: { $names } (term { $term })
cap-append-short = AppendEntries { $letters } t{ $term }
cap-ack = ack (matches up to { $index })
cap-nack = nack (logs differ)

## The nodes on the canvas: roles, badges, timers, log tables, storage

role = { $role ->
        [leader] Leader
        [candidate] Candidate
        [follower] Follower
       *[replica] Replica
    }
role-line = { $role } · { $generation }
role-line-short = { $role } { $generation }
role-powered-off = Powered off (STONITH)
badge-off = OFF
badge-elected = Elected new leader
badge-votes = votes { $votes }/{ $total }
badge-no-majority = no majority: cannot commit
badge-voted-for = voted for { $node }
badge-fenced = fenced: stale token
badge-stale-token = stale token { $token }
badge-token = token { $token }
badge-clock = clock { $sign }{ $time }
timer-badge = { $raft ->
        [yes] election
       *[no] timeout
    } { $elapsed }/{ $timeout } s
cell-start = start
cell-manual = manual
earlier-rows = +{ $hidden } earlier
log-write = write
log-balance = balance
summary-entry = { $entry } { $value } ({ $generation }{ $stamped ->
        [yes] , stamped { $time }
       *[no] {""}
    }{ $committed ->
        [yes] {""}
       *[no] , not committed
    })
node-summary = { $node }: { $role }{ $count ->
        [0] {""}
       *[other] {" "}({ $badges })
    }, balance { $value }. Log: { $log }.
partition-caption = partition
link-mark-cut = cut
link-mark-heal = heal
storage-name = Shared storage
storage-name-short = Storage
storage-name-token = Shared storage · token ≥ { $highest }
storage-name-token-short = Storage · token ≥ { $highest }
storage-refused = refused { $rejected } stale { $rejected ->
        [one] write
       *[other] writes
    }
storage-refused-short = ✗ refused { $rejected }
storage-token = token ≥ { $highest }
storage-needs-token = needs token ≥ { $highest }

## The client writes: their boxes on the canvas and their lines on the page

ws-on-way = on its way…
ws-pending = waiting for a majority…
ws-pending-short = waiting…
ws-acked = ✓ acknowledged
ws-acked-short = ✓ acked
ws-committed = ✓ committed
ws-stale = ✗ rejected: token { $token } < { $highest }
ws-rejected-short = ✗ rejected
ws-powered-off = ✗ no answer: powered off
ws-powered-off-short = ✗ no answer
ws-no-leader = ✗ refused: no leader
ws-refused-short = ✗ refused
ws-frozen = ✗ refused: conflict waiting
ws-timed-out = ? timed out: outcome unknown
ws-timed-out-short = ? timed out
ws-late = committed after the timeout
ws-late-short = late commit
ws-lost = ✗ acknowledged, then lost
ws-lost-short = ✗ lost
write-caption = { $write }: user balance = { $value }
write-caption-short = { $write }: { $value }
unsent = Client { $client }: not sent yet
unsent-short = not sent yet
write-line = { $write }: user balance = { $value } → { $node }{ $redirected ->
        [yes] {" "}(redirected to { $leader })
       *[no] {""}
    }: { $status }
status-on-way = on its way
status-pending = waiting for a majority
status-acked = acknowledged
status-committed = committed
status-rejected = rejected: { $reason }
status-timed-out = timed out (outcome unknown to the client)
status-late = committed after the client timed out
status-lost = acknowledged, then silently lost
reason-powered-off = node powered off
reason-no-leader = no leader known
reason-stale = stale token { $token } < { $highest }
reason-frozen = waiting for conflict resolution
lww-wins = wins
lww-lost-word = lost
res-lww = Last-Write-Wins: { $winner } has the latest timestamp and wins.
res-lww-lost = { $lost } { $count ->
        [one] was acknowledged to its client, then silently lost.
       *[other] were acknowledged to their clients, then silently lost.
    }
res-skew = The older write won: Node 1's clock runs { $time } { $fast ->
        [yes] fast
       *[no] slow
    }.
res-manual = Manual Resolution: every node holds { $value }; { $count ->
        [0] the divergent writes
       *[other] { $names }
    } stay in every log as history.
balance-empty = Type a balance in whole dollars, for example 625.
balance-not-digit = Digits only: “{ $bad }” is not a digit. Type whole dollars, for example 625.
balance-clamped = Balances go up to ${ $max }; using ${ $max }.

## Where the story stands: status line, hints, reasons, screen summary

status-conflict = CONFLICT DETECTED: { $sides }. Which write wins?
status-conflict-bare = CONFLICT DETECTED.
status-electing = Election for term { $term }: { $nodes } { $count ->
        [one] is
       *[other] are
    } asking for votes.
status-timer-raft = Election timer: { $node } has heard no leader for { $elapsed } of its { $timeout } timeout.
status-timer = Heartbeat timeout: { $node } has heard nothing from its leader for { $elapsed } of { $timeout }.
status-partitioned = { $count ->
        [one] Link
       *[other] Links
    } { $cut } cut; { $known ->
        [yes] { $node } leads ({ $generation }) and no timer is running out
       *[no] no node leads
    }.
status-stable = { $node } leads ({ $generation }) and reaches every node; all links are up.
status-stable-none = No node is leading; all links are up.
split-naive = Split brain: { $list } { $count ->
        [2] both believe they are leader and both accept writes
       *[other] all believe they are leader and all accept writes
    }.
split-raft = { $list } { $count ->
        [2] both
       *[other] all
    } act as leader, but a majority has already moved to term { $term }: only { $top } can commit, and a stale leader can never gather a majority again.
split-raft-none = { $list } act as leader.
split-fencing = { $list } { $count ->
        [2] both
       *[other] all
    } act as leader, but the storage accepts only token { $token }.
start = Failover by { $mode }. { $status } Every node holds a balance of $100. Press Partition Network to begin.
paused = Paused: the clock stands still until you press Play (Skip ahead still works).
playing = Playing: the clock runs whenever something is pending.
heal-nothing = Every link is up: there is nothing to heal.
writes-too-many = This run already has { $max } writes; press Reset.
writes-on-way = { $write } is still on its way to { $node }.
writes-cannot = The two writes cannot be sent now.
skew-value = { $dir ->
        [fast] Node 1's clock runs { $s } seconds fast
        [slow] Node 1's clock runs { $s } seconds slow
       *[exact] Node 1's clock is exact
    }; it stamps new writes with its own time
why-raft = No conflict to resolve: Raft commits a write only when a majority ({ $majority } of { $total } nodes) stores it, so a leader cut off alone commits nothing and the two sides never both succeed.
why-raft-timed-out = No conflict to resolve: Raft commits a write only when a majority ({ $majority } of { $total } nodes) stores it. The stale leader could not reach a majority, so { $writes } { $count ->
        [one] was never committed and its client
       *[other] were never committed and their clients
    } timed out instead of hearing “done”; the outcome is unknown to the client, which must retry idempotently or read the value back.
why-healed = After the heal the old leader saw term { $term }, stepped down and took the new leader's log: one history, nothing to merge.
why-fencing-stale = No conflict to resolve: the promotion took token { $highest } from the storage, so the storage refused { $write }, which carried the stale token { $token }. Only one history was ever stored.
why-stonith = No conflict to resolve: STONITH powered { $node } off before the new leader was promoted, so { $write } found nobody to accept it. Only one leader ever wrote.
hint-wait-paused = The clock is paused: press Play, or Skip ahead.
hint-wait = Wait, or press Skip ahead.
hint-on-way = { $write } is on its way to { $node }.
hint-conflict = Which write wins? Choose Last-Write-Wins or Manual Resolution.
hint-timer = Replicas are waiting for { $raft ->
        [yes] an election timeout
       *[no] the 10 s heartbeat timeout
    }.
hint-electing = An election is under way: watch the votes.
hint-pending = { $write } waits for a majority.
hint-send = Now send Write A and Write B.
hint-cut = Cut links change who hears whom. Press Heal Partition to reconnect.
hint-heal = Press Heal Partition to reconnect the nodes.
hint-done = Done. Press Reset to run it again, or pick another Failover by mode.
hint-start = Press Partition Network to cut Node 1 off from Nodes 2 and 3.
screen-state = Failover by { $mode }{ $stonith ->
        [yes] {" "}with STONITH
       *[no] {""}
    }; Node 1's clock { $dir ->
        [fast] runs { $s } s fast
        [slow] runs { $s } s slow
       *[exact] is exact
    }. { $status } The clock is { $playing ->
        [yes] running
       *[no] paused
    }.
canvas-node = { $node }: { $role }, balance { $value }
canvas-link = { $a }–{ $b } { $up ->
        [yes] up
       *[no] cut
    }
canvas-label = Three-node cluster. { $nodes }. Links: { $links }.
clock-line = Time { $s } s · { $state ->
        [paused] clock paused
        [running] clock running
       *[stopped] clock stopped: nothing pending
    }
timer-label = { $raft ->
        [yes] Election timeout
       *[no] Heartbeat timeout
    } of { $node }
timer-value = { $elapsed } s of { $timeout } s
timer-caption = { $raft ->
        [yes] Election timeout
       *[no] Heartbeat timeout
    }: { $elapsed } s / { $timeout } s
no-writes = No client writes yet. Write A: user balance = { $a } will go to Node 1, Write B: user balance = { $b } to Node 2.
link-button = { $up ->
        [yes] Cut
       *[no] Heal
    } link { $a }–{ $b }

## The page around the canvas

node-logs = Node logs
canvas-key = Legend
key-leader = leader
key-cut = cut link
key-append = AppendEntries with a write
key-sync = sync / write
key-vote = RequestVote
key-uncommitted = not committed yet
cluster-status = Cluster status
failover-by = Failover by
stonith-switch = STONITH: power the old leader off before promoting
actions = Actions
btn-partition = Partition Network
btn-send = Send Write A and Write B
btn-heal = Heal Partition
btn-power-on = Power on { $node }
btn-skip = Skip ahead
btn-reset = Reset
skew-label = Clock skew (Node 1's clock offset)
next = Next:
why-no-conflict = Why no conflict
conflict-detected = CONFLICT DETECTED
which-wins = Which write wins?
btn-lww = Last-Write-Wins
btn-manual = Manual Resolution
manual-pick = Pick the balance every node will hold:
merged-label = Or a merged value
merged-hint = Whole dollars, 0 to 1000000.
btn-use-merged = Use merged value
col-write = Write
col-real = real time
col-stamp = time{"\u00AD"}stamp
col-result = result
resolution = Resolution
client-writes = Client writes

## Notices about the link's settings

note-stonith = stonith=1 only applies with mode=fencing; it is kept for that mode.
note-skew = skew={ $raw } is not a multiple of { $step } s; using skew={ $skew }.
