# The words of this sim in English, the fallback for every other language (see
# docs/translating.md). The help, the legend and the tours are read by the names they
# have here (title, about-N, help-N, legend-N, tour-<id>, tour-<id>-<step>[-text|-predict|-answer]);
# every other message is named by the code.

## The page: title, screen summary, help, canvas legend

title = Gossip Protocol Spread
about-1 = Two panels. Gossip spread: a grid of nodes, one of which (Node 4) has crashed. Each node shows whether it knows of the crash: a question mark for unaware, an exclamation mark for just informed this round, a check mark for spreading it. A chart below plots the share of informed nodes per round, beside the expected curve.
about-2 = Start Gossip begins the spread, Next Round and Play advance it. Sliders set the fanout (peers per round), the message loss and the number of nodes; a choice sets push or push-pull; each node is a button that fails or revives it; Run 200 trials measures the mean rounds to full spread. The Phi accrual detector panel plots a heartbeat's phi and a fixed timeout over time, with sliders for the phi threshold, the heartbeat jitter and the fixed timeout, and a button that stops the heartbeats.
help-1 = Node 4 has crashed. With no central monitor, the news spreads by gossip: each round every informed node tells a few random peers (the fanout). Gray ? nodes do not know yet, orange ! nodes learned it this round, green ✓ nodes spread it. Large clusters are drawn as small squares: hollow (unaware), orange dot (just informed), solid green (spreading).
help-2 = Press Start Gossip, then Next Round (or Play). Change the fanout, the message loss, the number of nodes and push or push-pull. Click a node (or Tab to it and press Enter) to fail or revive it. Reset keeps the run as a faint line on the chart; Run 200 trials measures the mean rounds to full spread.
help-3 = The Phi accrual detector tab shows how a node decides that a peer is down: phi rises with the silence since the last heartbeat, measured against the heartbeats' own jitter.

## Guided tours

tour-epidemic = News spreads like an epidemic

tour-epidemic-1 = One node notices
tour-epidemic-1-text = Thirty-two nodes; Node 4 has crashed and one node has noticed. Each round, every node that knows tells one peer chosen at random (fanout 1, push). There is no coordinator: the news travels only from node to node.
tour-epidemic-1-predict = about how many rounds until all 31 live nodes know?
tour-epidemic-1-answer = around log₂ 31 + ln 31 ≈ 8–9 rounds on average with fanout 1: roughly doubling at first, then a slower tail (Pittel 1987).

tour-epidemic-2 = Two rounds
tour-epidemic-2-text = After two rounds a handful know: each informed node told one peer per round, so the count can at most double each round.

tour-epidemic-3 = Four rounds: growing fast
tour-epidemic-3-text = The chart shows the share of informed nodes per round beside the expected curve: the early growth is exponential, multiplying by up to 1 + fanout each round.

tour-epidemic-4 = The slow tail
tour-epidemic-4-text = Everyone knows now, but the last few took longer than the first: late in the spread most peers an informed node picks already know, so many messages are wasted. That slow tail is why push gossip needs about log₂ N + ln N rounds, not log₂ N.
tour-epidemic-4-predict = what would make the spread faster: more peers per round, or asking peers for news as well as telling them?
tour-epidemic-4-answer = both help. The next two steps show each.

tour-epidemic-5 = Fanout 3
tour-epidemic-5-text = Fanout 3: each informed node tells three peers per round. The spread finishes in far fewer rounds, for about three times the messages per round.

tour-epidemic-6 = Push-pull
tour-epidemic-6-text = Push-pull with fanout 1: each node also asks its peer for news, so the uninformed nodes pull the news in. The endgame shrinks to about ln ln N rounds (Karp et al. 2000).

tour-epidemic-7 = Two hundred runs
tour-epidemic-7-text = Run 200 trials repeats the spread with fresh random choices and reports the mean rounds to full spread: one run is one draw of a random process. Cassandra gossips with one live peer per second and lets each node's own failure detector decide who is down; spreading a 'node is down' rumour is SWIM's and memberlist's way (suspect, then confirm).

tour-phi-accrual = How phi decides a node is dead

tour-phi-accrual-1 = Heartbeats, a little jittery
tour-phi-accrual-1-text = One node watches another's heartbeats, one per second with some jitter. The phi accrual detector learns the distribution of the gaps; phi is −log₁₀ of the probability that a heartbeat this late would still arrive. It stays near zero while heartbeats come on time.

tour-phi-accrual-2 = The heartbeats stop
tour-phi-accrual-2-text = The heartbeats stopped: the node crashed. Phi rises with every millisecond of silence, faster the more regular the heartbeats were.
tour-phi-accrual-2-predict = which convicts first: phi with threshold 8, or the fixed 3 s timeout?
tour-phi-accrual-2-answer = phi. With only 100 ms of jitter, a gap of a few hundred ms beyond normal is already very unlikely, so phi crosses 8 well before 3 s.

tour-phi-accrual-3 = Phi convicts first
tour-phi-accrual-3-text = Phi crossed its threshold before the fixed timeout fired: on a steady network it detects sooner. The threshold is a chosen suspicion level (phi 8 means a chance of 10⁻⁸ of being wrong under the learned distribution), not a probability that the node is down.

tour-phi-accrual-4 = A jittery network
tour-phi-accrual-4-text = A minute on a jittery network (600 ms jitter) with a 1.5 s fixed timeout: the fixed timeout suspected a live node when a heartbeat was merely late; phi, having learned that gaps vary, did not.
tour-phi-accrual-4-predict = what does phi pay for not suspecting late heartbeats here?
tour-phi-accrual-4-answer = time: on a jittery network it needs a longer silence before it convicts a node that really crashed.

tour-phi-accrual-5 = A real crash on a jittery network
tour-phi-accrual-5-text = Now the node really crashes on the jittery network: phi still convicts it, later than on the steady network. Detection is a threshold on silence, adapted to the network; gossip only spreads the heartbeat versions it is computed from.

## Shared words: node names, counts, units

# "Node 5".
node-name = Node { $node }
# The nodes that just learned the news: $list is "2", "2 and 7" or "1, 2 and 5".
node-list = { $count ->
    [0] no node
    [one] Node { $list }
   *[other] Nodes { $list }
}
# More nodes than a narration names one by one.
node-count = { $count } nodes
# The counter above the grid.
counter = Round { $round } — Nodes informed: { $informed } / { $live }
# A push style's name, inside sentences and as the choice's option.
mode-push = push
mode-push-pull = push-pull
# Joins the numbers of a list in a text alternative ("1, 3, 8").
list-separator = {", "}

## The gossip panel: narration

swim-note = Spreading “Node 4 is down” as a rumour is how SWIM and memberlist work (suspect, then confirm); Cassandra instead gossips heartbeat versions, and each node's own phi detector convicts Node 4.
started = Node { $node }'s heartbeat to Node 4 went unanswered, so Node { $node } marks Node 4 as down and is the first to know. { $counter }.
fanout-range = Fanout must be { $min }–{ $max }.
fanout-set = Fanout { $fanout }: each gossiping node contacts { $fanout } random { $fanout ->
    [one] peer
   *[other] peers
} per round, from the next round.
loss-range = Message loss must be { $min }–{ $max } %.
loss-set = Message loss { $loss } %: each message is lost with probability { $p }.
# $mode is "push" or "push-pull".
mode-set = { $mode ->
    [push] Push gossip: only informed nodes send, telling the peers they pick.
   *[push-pull] Push-pull gossip: every live node contacts peers and both sides exchange what they know, as Cassandra's gossiper does.
}
nodes-range = Nodes must be { $min }–{ $max }.
nodes-set = A fresh cluster of { $nodes } nodes: Node 4 is down and the { $live } live nodes do not know yet.
gossip-reset = Reset: run { $run } with { $nodes } nodes; Node 4 is down and nobody knows yet.
# One round: $mode is "push" (only informed nodes send) or "push-pull" (every live node
# sends); $learned names the nodes that learned the news ($count of them).
round = Round { $round }: { $senders } { $mode ->
    [push-pull] live
   *[push] informed
} { $senders ->
    [one] node
   *[other] nodes
} sent { $sent } { $sent ->
    [one] message
   *[other] messages
}{ $lost ->
    [0] {""}
   *[other] {" "}({ $lost } lost)
}{ $to_subject ->
    [0] {""}
    [one] , { $to_subject } of them to Node 4 by node that did not yet know it is down
   *[other] , { $to_subject } of them to Node 4 by nodes that did not yet know it is down
}; { $count ->
    [0] nobody new learned the news
   *[other] { $learned } learned that Node 4 is down
}. { $counter }.
round-news-lost = No live node knows; press Start Gossip to let a live neighbour of Node 4 detect the failure again.
round-complete = Every live node now knows, after { $round } { $round ->
    [one] round
   *[other] rounds
}.
node-up = Node { $node } comes back up, unaware that Node 4 is down; gossip will reach it. { $counter }.
node-down = Node { $node } fails: it stops gossiping and forgets what it knew. { $counter }.
news-lost = No live node knows any more; press Start Gossip to let a live neighbour of Node 4 detect the failure again.
all-down = Every node is down.
already-running = Gossip is already running; press Next Round.
nobody-to-notice = Every node is down: there is nobody left to notice that Node 4 failed.
not-started = Press Start Gossip first: no node knows yet that Node 4 is down.
round-limit = This run has reached { $max } rounds; press Reset to start a new one.
subject-stays-down = Node 4 stays down: it is the failed node the news is about. A restarted Cassandra node would announce a new heartbeat generation, which is different news; press Reset to start over.
no-such-node = There is no Node { $node }; this cluster has { $nodes } nodes.
gossip-intro = { $nodes } nodes; Node 4 is DOWN and the { $live } live nodes do not know yet. Press Start Gossip: Node 3, whose heartbeat to Node 4 goes unanswered, will be the first to know.
gossip-shown = Gossip spread. { $counter }.
gossip-paused = Paused. { $counter }.
auto-play-paused = Auto-play paused.
runs-kept = Earlier runs stay on the chart as faint lines.
# "Revive failed nodes" brought $count nodes back (Node $node when only one).
revived = { $count ->
    [one] Node { $node } comes back up, unaware that Node 4 is down; gossip will reach it.
   *[other] { $count } nodes come back up, unaware that Node 4 is down; gossip will reach them.
} { $counter }.
play-all-down = Every node is down; revive a node or press Reset.
play-round-limit = This run has reached { $max } rounds; press Reset.
play-news-lost = No live node knows any more; press Start Gossip.
start-all-down = Every node is down: nobody can notice the failure.
start-running = Gossip has started; press Next Round or Play.
trials-summary = { $trials } trials with { $settings } and { $live } live nodes: { $result ->
    [full] full spread after { $mean } rounds on average (fewest { $min }, most { $max })
   *[none] no trial reached every live node
}{ $unfinished ->
    [0] {""}
   *[other] ; { $unfinished } did not finish
}{ $model ->
    [yes] ; the epidemic model predicts { $expected }
   *[no] {""}
}.

## The gossip panel: readouts and text alternatives

gossip-summary = Gossip spread panel: { $nodes } nodes, fanout { $fanout }, { $loss } % message loss, { $mode }. { $counter }.
grid-label = { $nodes } nodes in a loose grid. Node 4 is down. { $informed } of { $live } live nodes know: { $fresh } just informed, { $spreading } spreading; { $unaware } do not know yet; { $failed } other { $failed ->
    [one] node
   *[other] nodes
} failed.
# The label of a node's button on the grid: its state and what pressing it does.
node-button-subject = Node { $node }: down: the failed node the news is about. Press to hear why it stays down.
node-button-failed = Node { $node }: failed. Press to revive it.
node-button-unaware = Node { $node }: does not know yet. Press to fail it.
node-button-fresh = Node { $node }: just informed. Press to fail it.
node-button-spreading = Node { $node }: knows and spreads the news. Press to fail it.
node-button-unknown = Node { $node }: unknown. Press to fail it.
status-complete = Every live node knows (after { $rounds } { $rounds ->
    [one] round
   *[other] rounds
}).
status-expected = Epidemic model: everyone by round { $round }.
settings-label = fanout { $fanout }, { $mode }, { $loss } % loss
past-run = Run { $run }: { $settings }: { $rounds ->
    [none] stopped early
    [one] { $rounds } round
   *[other] { $rounds } rounds
}
trials-caption = Rounds to full spread, { $trials } trials ({ $ms } ms)
trials-caption-stale = Earlier settings: { $settings }, { $live } live
trials-caption-none = Rounds to full spread
chart-label = Line chart of nodes informed (0 to { $live }) against round (0 to { $rounds }).
chart-not-started = This run has not started.
chart-this-run = This run, round by round: { $list }.
chart-expected = Expected epidemic curve: { $list }.
chart-trials = The mean of { $trials } trials is drawn too.
chart-past = { $runs ->
    [one] { $runs } earlier run is drawn faint.
   *[other] { $runs } earlier runs are drawn faint.
}

## The gossip panel: controls and labels

tab-gossip = Gossip spread
tab-phi = Phi accrual detector
tabs-label = Panels
gossip-progress = Gossip progress
glyph-legend = Legend
state-unaware = unaware
state-fresh = just informed
state-spreading = spreading
state-down = down
rounds-label = Rounds
start-gossip = Start Gossip
next-round = Next Round
reset = Reset
fanout-label = Gossip fanout (peers per round)
fanout-value = { $fanout } { $fanout ->
    [one] peer
   *[other] peers
} per round
loss-label = Message loss
loss-display = { $loss } %
loss-value = { $loss } % of messages lost
nodes-label = Nodes
nodes-value = { $nodes } nodes
mode-label = Gossip style
failures-label = Failures
fail-random = Fail a random node
revive-failed = Revive failed nodes
fail-all-down = Every node is already down.
revive-none = No node has failed (Node 4 stays down).
run-trials = Run { $trials } trials
trials-all-down = Every node is down.
trial-results = Trial results
col-mean = mean
col-min = min
col-max = max
col-model = model
earlier-runs = Earlier runs (faint lines)
no-earlier-runs = None yet: Reset keeps the run on the chart.
# The epidemic model's note, around its formula: "Dashed: the epidemic model, x(t+1) = …,
# p = f(1 − loss)/(L − 1) for push: about log(1+f) L + (ln L)/f rounds, O(log N)."
model-note-dashed = Dashed: the epidemic model,
model-note-loss = loss
model-note-push = for push: about
model-note-rounds = rounds
# The chart of informed nodes per round.
axis-round = round
axis-informed = nodes informed
axis-informed-short = informed
chart-press-start = Press Start Gossip to plot this run
key-this-run = this run
key-expected = expected (epidemic model)
key-expected-short = expected
key-trials = mean of { $trials } trials
key-trials-short = trials
key-earlier = earlier runs (f = fanout)
key-earlier-short = earlier
# The badge on a down node.
down-badge = DOWN

## The detector panel: narration

jitter-range = Jitter must be { $min }–{ $max } ms.
jitter-set = Jitter { $jitter } ms: heartbeats from now on arrive every { $interval } ms ± about { $jitter } ms; the phi window adapts as they arrive.
threshold-range = The threshold must be { $min }–{ $max }.
threshold-set = Phi threshold { $threshold }: the node is suspected when a live node's heartbeat would be this late less than once in 10^{ $threshold }, now { $deadline } ms after a heartbeat.
timeout-range = The timeout must be { $min }–{ $max } ms.
timeout-set = Timeout { $timeout } ms: the fixed detector suspects the node after { $timeout } ms without a heartbeat.
window-range = The window must be { $min }–{ $max }.
window-set = Window { $window }: phi fits the last { $window } inter-arrival times (mean { $mean } ms, deviation { $std } ms).
restarted = The node restarts at { $at } s and sends heartbeats again; the monitor keeps suspecting it until the first one arrives, and the silent gap is not added to the window.
phi-reset = Reset: time 0, the node is up and has just sent its first heartbeat.
already-down = The node is already down.
already-sending = The node is already sending heartbeats.
crashed = The node crashes at { $at } s: no more heartbeats. Phi will cross { $threshold } at { $phi } s and the timeout fires at { $timeout } s.
# A detector starts suspecting the node; $convicts is "yes" when the node has in fact crashed.
phi-suspects = At { $at } s phi reaches { $threshold }: the phi detector suspects the node{ $convicts ->
    [yes] {" "}and convicts it
   *[no] {""}
}.
timeout-suspects = At { $at } s the { $timeout } ms timeout expires: the timeout detector suspects the node{ $convicts ->
    [yes] {" "}and convicts it
   *[no] {""}
}.
# $detector is "phi" or "timeout".
withdrawn = The { $detector ->
    [phi] phi
   *[timeout] timeout
} detector no longer suspects the node.
# $which: "both", "phi" or "timeout".
false-alarm = A heartbeat arrives at { $at } s after a { $gap } ms gap: { $which ->
    [both] both detectors
    [phi] the phi detector
   *[timeout] the timeout detector
} wrongly suspected a live node (a false positive).
phi-intro = Phi accrual detector: one node sends a heartbeat about every second and the network adds jitter. Phi rises while the monitor waits; at { $threshold } it suspects the node. Press Stop heartbeats to crash it and watch both detectors convict it.
phi-running = Running: heartbeats arrive and phi is recomputed ten times a second.
phi-paused = Paused at { $at } s.
one-second-later = One second later: { $at } s, phi = { $phi }.
phi-summary = Phi accrual detector panel: threshold { $threshold }, heartbeat jitter { $jitter } ms, fixed timeout { $timeout } s; heartbeats are { $alive ->
    [yes] arriving
   *[no] stopped
}.

## The detector panel: readouts, controls and charts

phi-value = phi = { $phi }
phi-huge = phi > 999
phi-time = at { $at } s (threshold { $threshold })
phi-fit = · gaps: mean { $mean } ms, σ { $std } ms → phi reaches { $threshold } after { $deadline } ms of silence
# What a detector ($detector: "phi" or "timeout", the fixed $timeout) makes of the node: $view
# is "convicted" ($after seconds after the crash), "suspects" (a live node), "trusts" or
# "trusts-crashed"; $alarms false alarms so far.
detector-line = { $detector ->
    [phi] Phi detector
   *[timeout] Timeout { $timeout } s
}: { $view ->
    [convicted] CONVICTED { $after } s after the crash
    [suspects] SUSPECTS the node, which is alive
    [trusts-crashed] still trusts the crashed node
   *[trusts] trusts the node
}; { $alarms } false { $alarms ->
    [one] alarm
   *[other] alarms
}.
scene-label = Two charts from { $from } s to { $to } s. Left: phi over time against the threshold { $threshold }; { $phi_periods } suspicion { $phi_periods ->
    [one] period
   *[other] periods
} shown. Right: time since the last heartbeat against the fixed timeout of { $timeout } s; { $timeout_periods } suspicion { $timeout_periods ->
    [one] period
   *[other] periods
} shown. { $arrived } { $arrived ->
    [one] heartbeat
   *[other] heartbeats
} arrived in this window.
phi-note = Cassandra convicts a node at phi ≥ 8 (phi_convict_threshold). Raise the jitter: the fixed timeout starts raising false alarms while phi learns the wider spread of gaps.
# The formula's note: "phi = −log₁₀" comes before, the exponent 8 of "10⁸" between the two.
phi-formula = (1 − F(Δ)): F is the normal distribution fitted to the last 100 gaps between heartbeats, Δ the silence since the last one. phi = 8: a live node is this late once in 10
phi-formula-end = .
readings-label = Detector readings
heartbeats-label = Heartbeats
stop-heartbeats = Stop heartbeats
restart-heartbeats = Restart heartbeats
advance-second = Advance 1 s
threshold-label = Phi threshold
threshold-value = suspect at phi { $threshold }: a heartbeat this late happens less than once in 10 to the { $threshold }
jitter-label = Heartbeat jitter
jitter-value = jitter { $ms }
timeout-label = Fixed timeout
timeout-value = timeout { $timeout } seconds
axis-time = time (s)
axis-phi = phi
axis-silence = silence (s)
phi-chart-title = Phi accrual detector (threshold { $threshold })
phi-rule = threshold { $threshold }
phi-mark = phi { $phi }
timeout-chart-title = Fixed timeout ({ $timeout } s)
timeout-rule = timeout { $timeout } s
heartbeat-mark = ♥ heartbeat
false-alarm-mark = ✗ false alarm
convicted-mark = convicted +{ $after } s
convicted-mark-plain = convicted
crash-mark = crash
