//! The words of the gossip sim's tours.

pub const E1: &str = "Thirty-two nodes; Node 4 has crashed and one node has noticed. Each round, every node that knows tells one peer chosen at random (fanout 1, push). There is no coordinator: the news travels only from node to node.";
pub const E1_ASK: &str = "about how many rounds until all 31 live nodes know?";
pub const E1_ANSWER: &str = "around log₂ 31 + ln 31 ≈ 8–9 rounds on average with fanout 1: roughly doubling at first, then a slower tail (Pittel 1987).";
pub const E2: &str = "After two rounds a handful know: each informed node told one peer per round, so the count can at most double each round.";
pub const E3: &str = "The chart shows the share of informed nodes per round beside the expected curve: the early growth is exponential, multiplying by up to 1 + fanout each round.";
pub const E4: &str = "Everyone knows now, but the last few took longer than the first: late in the spread most peers an informed node picks already know, so many messages are wasted. That slow tail is why push gossip needs about log₂ N + ln N rounds, not log₂ N.";
pub const E4_ASK: &str = "what would make the spread faster: more peers per round, or asking peers for news as well as telling them?";
pub const E4_ANSWER: &str = "both help. The next two steps show each.";
pub const E5: &str = "Fanout 3: each informed node tells three peers per round. The spread finishes in far fewer rounds, for about three times the messages per round.";
pub const E6: &str = "Push-pull with fanout 1: each node also asks its peer for news, so the uninformed nodes pull the news in. The endgame shrinks to about ln ln N rounds (Karp et al. 2000).";
pub const E7: &str = "Run 200 trials repeats the spread with fresh random choices and reports the mean rounds to full spread: one run is one draw of a random process. Cassandra gossips with one live peer per second and lets each node's own failure detector decide who is down; spreading a 'node is down' rumour is SWIM's and memberlist's way (suspect, then confirm).";

pub const P1: &str = "One node watches another's heartbeats, one per second with some jitter. The phi accrual detector learns the distribution of the gaps; phi is −log₁₀ of the probability that a heartbeat this late would still arrive. It stays near zero while heartbeats come on time.";
pub const P2: &str = "The heartbeats stopped: the node crashed. Phi rises with every millisecond of silence, faster the more regular the heartbeats were.";
pub const P2_ASK: &str = "which convicts first: phi with threshold 8, or the fixed 3 s timeout?";
pub const P2_ANSWER: &str = "phi. With only 100 ms of jitter, a gap of a few hundred ms beyond normal is already very unlikely, so phi crosses 8 well before 3 s.";
pub const P3: &str = "Phi crossed its threshold before the fixed timeout fired: on a steady network it detects sooner. The threshold is a chosen suspicion level (phi 8 means a chance of 10⁻⁸ of being wrong under the learned distribution), not a probability that the node is down.";
pub const P4: &str = "A minute on a jittery network (600 ms jitter) with a 1.5 s fixed timeout: the fixed timeout suspected a live node when a heartbeat was merely late; phi, having learned that gaps vary, did not.";
pub const P4_ASK: &str = "what does phi pay for not suspecting late heartbeats here?";
pub const P4_ANSWER: &str = "time: on a jittery network it needs a longer silence before it convicts a node that really crashed.";
pub const P5: &str = "Now the node really crashes on the jittery network: phi still convicts it, later than on the steady network. Detection is a threshold on silence, adapted to the network; gossip only spreads the heartbeat versions it is computed from.";
