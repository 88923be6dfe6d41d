# The words of this sim in English, the fallback for every other language (see
# docs/translating.md). The help, the legend and the tours are read by the names they
# have here (title, about-N, help-N, legend-N, tour-<id>, tour-<id>-<step>[-text|-predict|-answer]);
# every other message is named by the code.

## The page: title, screen summary, help, canvas legend

title = Leader Election
about-1 = Two copies of the same cluster, one running Raft's election and one running the Bully algorithm, on the same seed: every crash, partition or slow link you cause happens to both. Each node shows its id, its term (Raft), its role, and its election timer as an arc that shrinks as it runs out; a crown marks every node that believes it leads.
about-2 = Scenario buttons crash the leader, split the network 3–2 or 2–2–1, make the highest node's network flap between slow and fast, or fire every timer at once. Settings change the number of nodes, the election timeout range, and Raft's pre-vote and CheckQuorum.
help-1 = Click a node (or Tab to it and press Enter) to crash it or restart it, in both runs. Click a message dot to drop it, or press Drop the next message.
help-2 = Pick a node in the Node list to crash it, slow it or cut its link to another node without the mouse. Model time runs ten times slower than real time.
help-3 = Set the minimum timeout equal to the maximum to see Raft's votes split again and again; turn pre-vote off and isolate a follower for a while, then heal, to see it depose the leader.
legend-1 = le-ask | R | RequestVote / E election
legend-2 = le-yes | V | vote / O ok
legend-3 = le-beat | H | heartbeat / L alive
legend-4 = le-coord | C | coordinator
legend-5 = le-timer | ◔ | arc: timer left

## Guided tours

tour-raft-and-bully = Raft and Bully, side by side

tour-raft-and-bully-1 = Five nodes, no leader yet
tour-raft-and-bully-1-text = The same five nodes run Raft (left) and Bully (right) from the same seed. In Raft each follower's election timer (the arc) is drawn at random between 150 and 300 ms; in Bully a node that hears no leader challenges every node with a higher id.
tour-raft-and-bully-1-predict = which node will lead under Bully, and which under Raft?
tour-raft-and-bully-1-answer = under Bully always the highest live id, node 4 (nodes are numbered from 0). Under Raft the first node whose timer fires and wins a majority of votes; it is node 4 here only because its timer fired first.

tour-raft-and-bully-2 = A leader each
tour-raft-and-bully-2-text = Raft's first candidate asked for votes in term 1, got a majority (3 of 5) and now sends heartbeats that reset the others' timers. Bully's node 4 announced itself as coordinator. Compare the message counters.

tour-raft-and-bully-3 = The leader crashes
tour-raft-and-bully-3-text = Both leaders crashed. Raft's first follower to time out started term 2 and won a majority; in Bully, every node that noticed started an election, each challenging all higher ids, until node 3, the highest still alive, won: more elections and, in general, O(n²) messages.

tour-raft-and-bully-4 = A partition, 3–2
tour-raft-and-bully-4-text = The network split three nodes from two. Bully elected a leader on each side, because it only asks "is anyone higher alive?": two leaders, split brain. Raft's leader is on the majority side and keeps leading; the two cut-off nodes cannot win a majority.
tour-raft-and-bully-4-predict = the two cut-off Raft nodes keep timing out. What happens to their term, and when the network heals?
tour-raft-and-bully-4-answer = their term rises with every failed election; on healing, that higher term makes the working leader step down and a new election follow.

tour-raft-and-bully-5 = The partition heals
tour-raft-and-bully-5-text = Bully is back to one leader. Raft's cut-off nodes came back with a higher term, the leader stepped down, and a new leader was elected in that higher term: a needless disruption, which pre-vote prevents.

tour-raft-and-bully-6 = Pre-vote and CheckQuorum
tour-raft-and-bully-6-text = With pre-vote, a node first asks whether it could win before raising its term, so cut-off nodes no longer inflate it; with CheckQuorum, a leader that cannot hear a majority steps down. The same 3–2 partition leaves one Raft leader, in term 2, while Bully still has two.

tour-split-votes = Split votes, slow nodes and simultaneous timeouts

tour-split-votes-1 = Equal timeouts
tour-split-votes-1-text = Minimum and maximum timeout are both 300 ms, so every follower times out at the same moment, votes for itself and asks the others, who have already voted: nobody gets a majority.
tour-split-votes-1-predict = will the next round of elections do better?
tour-split-votes-1-answer = no. The timers restart equal, so the vote splits again, every round, for ever.

tour-split-votes-2 = Split again and again
tour-split-votes-2-text = Many elections, still no leader: Raft's safety never breaks (no two leaders in a term), but it makes no progress. This is why Raft draws each timeout at random from a range wider than a message round trip.

tour-split-votes-3 = Simultaneous timeouts, randomized
tour-split-votes-3-text = With the default range, every follower is made to time out at once. The first round splits the vote, but the new timers are random again, so one node starts the next round first and wins.

tour-split-votes-4 = A slow highest node
tour-split-votes-4-text = Node 4, the highest, is slow, not dead: its messages arrive late. Bully's nodes keep deciding it is gone, start elections, and are bullied again when its answer finally arrives: elections pile up. Raft's followers elect a leader that answers in time.

tour-split-votes-5 = A flapping link
tour-split-votes-5-text = The highest node's network now flaps between slow and fast. Raft settles on a leader that can keep its followers' timers reset; the counters show how much each algorithm spends on elections while the network misbehaves.

## Names

raft = Raft
bully = Bully

## Narration

start = { $nodes } nodes, no leader yet; election timeouts { $range }{ $extras ->
        [prevote] , Raft with pre-vote
        [checkquorum] , Raft with CheckQuorum
        [both] , Raft with pre-vote and CheckQuorum
       *[none] {""}
    }. Watch the timers run out.
timeout-fixed = { $ms } ms (no randomness)
timeout-range = { $min }–{ $max } ms
raft-elected = Raft: node { $node } won a majority and leads term { $term }.
bully-elected = Bully: node { $node } heard no OK from a higher node and is coordinator.
crashed = { $algo }: node { $node } crashed.
restarted = { $algo }: node { $node } restarted.
dropped = { $algo }: a message from node { $from } to node { $to } was dropped.
raft-stands = Raft: node { $node } timed out and stands for term { $term }.
bully-starts = Bully: node { $node } starts an election.
pre-vote-started = Raft: node { $node } asks for pre-votes.
saw-newer-term = { $algo }: leader { $node } saw term { $term } and stepped down.
lost-quorum = { $algo }: leader { $node } has not heard from a majority (CheckQuorum) and stepped down.
gave-way = { $algo }: coordinator { $node } heard from higher node { $higher } and gave way.
bully-split-brain = Bully now has { $leaders } leaders at once: split brain.
healed = Every link works again.
split-three-two = The network is split 3–2: the sides cannot reach each other.
split-two-two-one = The network is split 2–2–1: no side has a majority.
link-changed = The link between node { $a } and node { $b } changed.
speed-changed = Node { $node }'s network changed speed.
flapping = The highest node's network flaps between slow and fast every second (model time).
all-timeout = Every follower's timer fired at the same moment.
no-leader-to-crash = There is no leader to crash.
nothing-changed = Nothing changed.
nothing-to-drop = No message is in flight.
paused = Paused.
playing = Playing.
stepped = Stepped to { $now } ms of model time.
reset-done = Reset.

## The canvas

panel-title = { $algo }: { $leaders ->
        [0] no leader
        [one] leader { $leader }
       *[other] { $leaders } leaders!
    }
tag-term = T{ $term }
tag-slow = slow
role-down = down
role-leader = leader
role-coordinator = coord.
role-candidate = cand.
role-pre-candidate = pre
role-waiting = wait

## Status, summary and labels

counters = { $algo }: { $elect ->
        [leaderless] no leader for { $ms } ms
        [elected] time to elect { $ms } ms
       *[start] leader from the start
    }; { $messages } messages sent; { $leaders } { $leaders ->
        [one] leader
       *[other] leaders
    } at once now (most { $most }); { $elections } { $elections ->
        [one] election
       *[other] elections
    } started.
raft-no-leader = Raft has no leader.
raft-leader = Raft's leader is node { $node } (term { $term }).
raft-leaders = Raft has { $count } leaders in different terms: { $list }; only term { $newest }'s can commit.
raft-leader-item = node { $node } (term { $term })
bully-no-coordinator = Bully has no coordinator.
bully-coordinator = Bully's coordinator is node { $node }.
bully-coordinators = Bully has { $count } coordinators at once (nodes { $list }): split brain, nothing stops it.
clock = Model time { $now } ms (running { $slowdown }× slower than real time).
canvas-label = Two panels of { $nodes } nodes each, Raft and Bully.
node-button = { $algo } node { $node }: { $state }. Press to { $up ->
        [yes] crash
       *[no] restart
    } it.
node-down = down
node-follower = follower

## The panel

next-event = Next event
status-name = Election state
scenarios-name = Scenarios
crash-leader = Crash the leader
partition-three-two = Partition 3–2
partition-two-two-one = Partition 2–2–1
heal = Heal the network
simultaneous-timeouts = Simultaneous timeouts
drop-next = Drop the next message
stop-flapping = Stop the flapping
flapping-link = Flapping slow link
node-and-link = Node and link
node-label = Node
link-to = Link to
node-option = node { $node }
pick-two = Pick two different nodes.
crash-node = Crash node
restart-node = Restart node
make-fast = Make node fast
make-slow = Make node slow
mend-link = Mend link
cut-link = Cut link
nodes-label = Nodes
nodes-value = { $nodes } nodes
timeout-min = Timeout min
timeout-max = Timeout max
pre-vote = Pre-vote (Raft)
check-quorum = CheckQuorum (Raft)
