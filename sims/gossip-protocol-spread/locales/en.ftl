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
