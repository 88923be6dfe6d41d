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
