//! The words of the coordination service's tours.

pub const E1: &str = "Three servers form the ensemble (top); five application clients (below) compete to lead by creating one ephemeral node, /leader. One client won; the others set a watch on /leader and wait. Each client keeps a session alive with heartbeats; its ring shows how much of the 6 s session timeout remains.";
pub const E1_ASK: &str =
    "the leader client crashes. How many waiting clients will the ensemble notify?";
pub const E1_ANSWER: &str = "all of them: every waiting client watches /leader, so every one is woken to race for it again, and all but one lose (the herd effect).";
pub const E2: &str = "The leader's session expired 6 s after its last heartbeat, the ensemble deleted its ephemeral node, and every watch fired at once. Every client rushed to create /leader; one won. With hundreds of clients, that burst is what overloads a ZooKeeper ensemble.";
pub const E3: &str = "Same five clients, now with the sequential-node recipe: each creates its own numbered ephemeral node, the lowest number leads, and each client watches only the node just below its own.";
pub const E3_ASK: &str = "when the leader crashes now, how many clients are notified?";
pub const E3_ANSWER: &str = "one: only the client whose node was next in line.";
pub const E4: &str = "One notification per failover, whatever the number of clients: the next in line saw its predecessor's node disappear, checked that it now had the lowest number, and took over. Detection still took the session timeout: a crash is only noticed when the session expires.";
pub const E5: &str = "Now a majority of the servers is down. The ensemble can no longer commit any write, so no session can be renewed and no leader chosen: a coordination service chooses consistency over availability. Restart the servers and it recovers.";

pub const F1: &str = "Three clients; the lock holder writes to the storage service (right), each write carrying the lock's token (the lock node's version). Fencing is off: the storage accepts any write.";
pub const F2: &str = "The holder froze in a 10 s garbage-collection pause. Its heartbeats stopped, its 6 s session expired, and the lock passed to another client, which now writes with a newer token.";
pub const F2_ASK: &str =
    "the paused client does not know its session expired. What happens when it wakes?";
pub const F2_ANSWER: &str = "it still believes it holds the lock and writes. Nothing told it otherwise while it was paused.";
pub const F3: &str = "The old holder woke and wrote with its old token, and the storage accepted it: two clients wrote as lock holder, and the older one overwrote the newer one's work. A lock service alone cannot stop a process that is paused.";
pub const F4: &str = "The same run with fencing on: the storage remembers the highest token it has seen. The holder paused again, and the lock passed on with a higher token.";
pub const F5: &str = "The old holder woke and wrote with its old token; the storage refused it, because a higher token had already written. Fencing makes the resource itself check the lock's order.";
pub const F6: &str = "The token must come from the consensus-backed service (a ZooKeeper zxid or node version, an etcd revision), which orders it after every earlier grant; a token from a failure monitor or a local clock gives no such order. The storage has to check it: the service cannot reach into a paused process.";
