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

## Names, tokens and times

-session = { $service ->
    [zookeeper] session
   *[etcd] lease
}
-epoch = { $service ->
    [zookeeper] epoch
   *[etcd] term
}
scenario = { $scene ->
    [election] Election and lock
   *[discovery] Service discovery
}
recipe = { $recipe ->
    [herd] { $service ->
        [zookeeper] One leader znode
       *[etcd] One leader key
    }
   *[sequential] { $service ->
        [zookeeper] Sequential znodes
       *[etcd] Ordered keys
    }
}
token = { $service ->
    [zookeeper] zxid { $value }
   *[etcd] revision { $value }
}
token-short = { $service ->
    [zookeeper] { $value }
   *[etcd] rev { $value }
}
server-short = S{ $n }
client-short = C{ $n }
storage-short = DB

## Narration

start = { $service } ensemble of { $servers } servers (a write needs { $majority }). { $scene ->
    [election] Every client runs for leader; the leader holds the lock and writes to the storage with its fencing token.
   *[discovery] The clients register as instances of the api service; the last one watches the list, as a load balancer would.
}
reset = Reset.
paused = Paused. Press → to run to the next message or timer.
running = Running.
nothing-scheduled = Nothing is scheduled: every process is down.
stepped = Stepped to { $time }: a message or a timer, nothing notable.
refuse-no-server = There is no such server.
refuse-no-client = There is no such client.
refuse-server-already = That server is already in that state.
refuse-client-already = That client is already in that state.
refuse-client-down = A crashed client cannot pause.
refuse-zero-pause = A pause needs a length.
refuse-not-isolatable = The storage service cannot be cut off.
refuse-no-change = Nothing to change.
server-crashed = Server { $n } crashed.
server-restarted = Server { $n } restarted as a follower.
leader-elected = Server { $n } won a majority of votes: it leads { -epoch } { $epoch }.
leader-ready = Server { $n } serves clients and restarts every { -session } timer.
leader-stepped-down = Server { $n } stepped down: it hears no majority.
quorum-lost = Quorum lost: no majority of servers, so no writes and no renewals.
quorum-regained = A majority of servers is back: an election can succeed.
isolated = { $kind ->
    [server] Server { $n }
    [client] Client { $n }
   *[storage] The storage
} is cut off.
network-healed = Every link is up again.
client-crashed = Client { $n } crashed; its { -session } lives on until it times out.
client-restarted = Client { $n } started again as a new process.
client-paused = Client { $n } froze in a GC pause and sends nothing.
client-woke = Client { $n } woke up, unaware that time passed.
session-expired = The ensemble expired client { $n }'s { -session } { $session }: its ephemeral nodes are gone.
lease-lapsed = Client { $n }'s own clock ran past its { -session }: it must assume it lost everything.
became-leader = Client { $n } is leader and holds the lock with token { $token }.
lost-leadership = Client { $n } stopped leading: { $reason ->
    [lapsed] its own clock says its { -session } may have expired
    [expired] the ensemble says its { -session } expired
    [fenced] the storage refused its stale token
   *[crashed] it crashed
}.
write-rejected = The storage rejected client { $n }'s write: token { $token } is stale.
stale-write-landed = Client { $n }'s stale write with token { $token } landed: two lock holders wrote, the data is corrupt.
member-joined = The watcher sees { $path } join.
member-left = The watcher sees { $path } leave.
fencing-now-on = The storage now checks fencing tokens.
fencing-now-off = The storage no longer checks fencing tokens.

## Servers and clients on the canvas and their buttons

server-role = { $role ->
    [down] down
    [leader] leader
    [candidate] candidate
   *[follower] follower
}
server-label = { server-role } { $service ->
    [zookeeper] e
   *[etcd] t
}{ $epoch }
client-state = { $state ->
    [crashed] crashed
    [paused] GC pause { $left }
    [connecting] connecting
    [leader] leader
    [waiting] waiting
    [joining] joining
    [registered] registered
    [registering] registering
   *[watcher] sees { $seen }
}
server-button = Server { $n }: { server-role }, { -epoch } { $epoch }. Press to { $up ->
    [up] crash it
   *[down] restart it
}.
client-button = Client { $n }: { client-state }. Press to { $up ->
    [up] crash it
   *[down] restart it
}.
ensemble-title = { $service } · { $servers } servers · writes need { $majority }
no-quorum-mark = NO QUORUM
gc-badge = GC
storage-corrupt = Storage: CORRUPT
storage-name = Storage
fencing-on = fencing on
fencing-off = fencing off
canvas-label = { $service } ensemble of { $servers } servers above { $clients } application clients{ $scene ->
    [election] {" "}and the storage service
   *[discovery] {""}
}, and a timeline of the messages between them.

## The status region

status-label = Coordination state
summary-clock = { $playing ->
    [yes] Running
   *[no] Paused
} at { $time }.
ensemble-status = { $up } servers up of { $servers } (majority { $majority }): { $quorum ->
    [yes] quorum ✓
   *[no] NO QUORUM ✗
}; { $leader ->
    [0] no leader serving
   *[other] leader server { $leader }, { -epoch } { $epoch }
}.
size-advice = Each write waits for { $majority } of { $servers } servers to store it, so a bigger ensemble tolerates more failures ({ $tolerated }) but writes slower. Recommended: 3 or 5, at most 7.
lock-holder-item = client { $n }, fencing token { $token }{ $frozen ->
    [yes] {" "}(frozen in a GC pause)
   *[no] {""}
}
lock-status = { $acting ->
    [0] { $holder ->
        [0] Lock holder: nobody.
       *[other] Lock holder: nobody acting; client { $holder }'s node (token { $token }) still exists, but the client stopped leading.
    }
    [one] Lock holder: { $list }.
   *[other] { $acting } clients believe they hold the lock: { $list }.
}
storage-status = Storage ({ $check ->
    [yes] checks tokens
   *[no] does not check tokens
}): highest token { $known ->
    [yes] { $highest }
   *[no] none yet
}; { $accepted ->
    [one] 1 write
   *[other] { $accepted } writes
} accepted, { $rejected } rejected as stale, { $corrupt ->
    [0] 0 stale writes landed
    [one] 1 stale write landed (corruption)
   *[other] { $corrupt } stale writes landed (corruption)
}.
round = { $first ->
    [yes] First election
   *[no] Last failover
}: { $notifications ->
    [one] 1 watch notification
   *[other] { $notifications } watch notifications
}, { $requests ->
    [one] 1 request
   *[other] { $requests } requests
} from { $clients } clients; { $winner ->
    [0] no leader yet
   *[other] client { $winner } led after { $took }
}.
comparison = Notifications per failover: herd { $herd_known ->
    [yes] { $herd }
   *[no] not measured yet
}, sequential { $seq_known ->
    [yes] { $seq }
   *[no] not measured yet
}.
members = { $count ->
    [0] The watcher sees no api instances.
   *[other] The watcher sees { $count } api instances: { $list }.
}
departure = { $path }: crashed at { $down ->
    [none] not yet
   *[other] { $down }
}, deleted by the ensemble at { $removed ->
    [none] not yet
   *[other] { $removed }
}, gone from the watcher's list at { $seen ->
    [none] not yet
   *[other] { $seen }
}.
departure-window = For { $gap } the list still named a dead instance (timeout { $ttl }).
no-departure = No instance has left yet: crash one and time how long the list still names it.

## The panel

next-event = Next event
scene-actions = Scene actions
crash-leader-client = Crash the leader client
pause-holder = Pause the lock holder
crash-instance = Crash an api instance
crash-leader-server = Crash the leader server
lose-quorum = Crash a majority
restart-all = Restart everything
blocked-no-leader = No client leads right now.
blocked-no-instance = No api instance is running.
blocked-no-server-leader = No server leads right now.
blocked-no-quorum = A majority is already down.
blocked-all-up = Everything is already running.
gc-pause = GC pause
service = Service
servers = Servers
scene = Scene
recipe-label = Recipe
fencing-switch = Fencing tokens checked by the storage
clients = Clients
clients-value = { $n } application clients
ttl-label = { $service ->
    [zookeeper] Session timeout
   *[etcd] Lease TTL
}
store-title = { $service ->
    [zookeeper] Znodes (on the leader)
   *[etcd] Keys (on the leader)
}
store-row = { $path } ({ $owner ->
    [0] persistent
   *[other] { $service ->
        [zookeeper] ephemeral, client { $owner }'s session
       *[etcd] client { $owner }'s lease
    }
}; { $service ->
    [zookeeper] czxid { $stamp }
   *[etcd] create rev { $stamp }
})
