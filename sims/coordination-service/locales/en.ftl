# The words of this sim in English, the fallback for every other language (see
# docs/translating.md). The help, the legend and the tours are read by the names they
# have here (title, about-N, help-N, legend-N, tour-<id>, tour-<id>-<step>[-text|-predict|-answer]);
# every other message is named by the code.

## The page: title, screen summary, help, canvas legend

title = Coordination Service
about-1 = The top row is the coordination ensemble (ZooKeeper or etcd servers): the leader wears a crown, a crashed server a cross. Below it are the application's clients, each with a ring showing how much of its session or lease it knows is still safe; in the election scene the storage service the lock protects is on the right. Dots are messages in flight. The strip at the bottom is the timeline: one lane per process, a line for each message from its sending to its arrival, the newest at the right.
about-2 = Controls: the service (ZooKeeper or etcd), the scene (leader election and lock, or service discovery), the election recipe, the number of servers and clients, the session timeout, fencing on or off, and a GC pause length. Buttons crash the leader client, pause the lock holder, crash an instance, crash a server or a majority, and restart everything. Each server and client is also a button that crashes or restarts it.
help-1 = A coordination service is a small replicated database (3 to 7 servers) that other programs use to agree: who is leader, who holds a lock, which instances are alive. Every write waits for a majority of its servers.
help-2 = Election: crash the leader client and count the watch notifications: with everyone watching one node (herd), every waiting client wakes up; with sequential nodes, only the next one does. Lock: pause the lock holder for longer than the session timeout; its session expires, another client takes the lock, and the old holder wakes and writes anyway. With fencing on, the storage rejects its older token; with fencing off, both writes land.
help-3 = Discovery: crash an instance and watch how long the list still names it: until its session times out. Quorum: crash a majority of servers and nothing can be written or renewed; restart them and the service recovers.
help-4 = Space plays and pauses; → runs to the next message or timer.
legend-1 = cs-req | → | request or reply
legend-2 = cs-watch | ! | watch notification
legend-3 = cs-ping | · | ping / keep-alive
legend-4 = cs-raft | ≡ | between servers
legend-5 = cs-lost | ✗ | lost or refused

## Guided tours

tour-herd-or-sequential = Electing a leader: the herd or sequential nodes

tour-herd-or-sequential-1 = Five clients, one leader
tour-herd-or-sequential-1-text = Three servers form the ensemble (top); five application clients (below) compete to lead by creating one ephemeral node, /leader. One client won; the others set a watch on /leader and wait. Each client keeps a session alive with heartbeats; its ring shows how much of the 6 s session timeout remains.
tour-herd-or-sequential-1-predict = the leader client crashes. How many waiting clients will the ensemble notify?
tour-herd-or-sequential-1-answer = all of them: every waiting client watches /leader, so every one is woken to race for it again, and all but one lose (the herd effect).

tour-herd-or-sequential-2 = The leader crashes: a herd wakes
tour-herd-or-sequential-2-text = The leader's session expired 6 s after its last heartbeat, the ensemble deleted its ephemeral node, and every watch fired at once. Every client rushed to create /leader; one won. With hundreds of clients, that burst is what overloads a ZooKeeper ensemble.

tour-herd-or-sequential-3 = Sequential nodes
tour-herd-or-sequential-3-text = Same five clients, now with the sequential-node recipe: each creates its own numbered ephemeral node, the lowest number leads, and each client watches only the node just below its own.
tour-herd-or-sequential-3-predict = when the leader crashes now, how many clients are notified?
tour-herd-or-sequential-3-answer = one: only the client whose node was next in line.

tour-herd-or-sequential-4 = The leader crashes: one client wakes
tour-herd-or-sequential-4-text = One notification per failover, whatever the number of clients: the next in line saw its predecessor's node disappear, checked that it now had the lowest number, and took over. Detection still took the session timeout: a crash is only noticed when the session expires.

tour-herd-or-sequential-5 = Without a majority, nothing moves
tour-herd-or-sequential-5-text = Now a majority of the servers is down. The ensemble can no longer commit any write, so no session can be renewed and no leader chosen: a coordination service chooses consistency over availability. Restart the servers and it recovers.

tour-fencing-token = A paused lock holder and the fencing token

tour-fencing-token-1 = A lock holder writes
tour-fencing-token-1-text = Three clients; the lock holder writes to the storage service (right), each write carrying the lock's token (the lock node's version). Fencing is off: the storage accepts any write.

tour-fencing-token-2 = A long GC pause
tour-fencing-token-2-text = The holder froze in a 10 s garbage-collection pause. Its heartbeats stopped, its 6 s session expired, and the lock passed to another client, which now writes with a newer token.
tour-fencing-token-2-predict = the paused client does not know its session expired. What happens when it wakes?
tour-fencing-token-2-answer = it still believes it holds the lock and writes. Nothing told it otherwise while it was paused.

tour-fencing-token-3 = The old holder wakes and writes
tour-fencing-token-3-text = The old holder woke and wrote with its old token, and the storage accepted it: two clients wrote as lock holder, and the older one overwrote the newer one's work. A lock service alone cannot stop a process that is paused.

tour-fencing-token-4 = The same, with fencing tokens
tour-fencing-token-4-text = The same run with fencing on: the storage remembers the highest token it has seen. The holder paused again, and the lock passed on with a higher token.

tour-fencing-token-5 = The storage refuses the old token
tour-fencing-token-5-text = The old holder woke and wrote with its old token; the storage refused it, because a higher token had already written. Fencing makes the resource itself check the lock's order.

tour-fencing-token-6 = Where the token comes from
tour-fencing-token-6-text = The token must come from the consensus-backed service (a ZooKeeper zxid or node version, an etcd revision), which orders it after every earlier grant; a token from a failure monitor or a local clock gives no such order. The storage has to check it: the service cannot reach into a paused process.
