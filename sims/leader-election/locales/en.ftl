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
