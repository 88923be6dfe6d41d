//! Gossip: how the news "Node 4 is down" spreads through a leaderless cluster with no central
//! monitor, and (in [`phi`]) how a node decides that a peer is down in the first place.
//!
//! Rumor spreading. Node 4 (index [`SUBJECT`]) has crashed: it neither sends nor receives.
//! Its neighbour Node 3, whose heartbeat to Node 4 went unanswered, is the first to know.
//! Gossip then runs in synchronous rounds: in each round every gossiping node picks `fanout`
//! distinct random peers (never itself) and exchanges state with them. A node does not know
//! who is down until it is told: an unaware node picks among every other node, Node 4
//! included, and a node that knows Node 4 is down picks among every other node but Node 4.
//! Nobody is told about a node the student failed, so anyone may pick it. A message to a down
//! node is lost.
//! Knowledge is what a node held at the start of the round, so a node that learns the news in
//! round r passes it on from round r + 1: that is the orange (just informed) → green (spreading)
//! change of colour.
//!
//! Two styles, after Demers et al. (1987, "Epidemic algorithms for replicated database
//! maintenance") and Karp et al. (2000, "Randomized rumor spreading"):
//! - push: only informed nodes send, and each message carries the news to its receiver;
//! - push-pull: every live node contacts `fanout` peers each round and the two exchange digests
//!   both ways (a request, then a reply if the request arrived), as Cassandra's gossiper does
//!   with its SYN / ACK / ACK2 digest messages. An uninformed node can thus *pull* the news from
//!   an informed peer it contacts, which speeds up the end of the spread, when almost everyone
//!   knows and a push rarely hits the last few unaware nodes.
//!
//! Every message is lost independently with the configured probability (0–50 %). Nodes keep
//! gossiping after everyone knows, as Cassandra's gossiper runs every second forever; there is
//! no "loss of interest" (rumor-mongering counters) in this model.
//!
//! With N nodes the number of rounds to inform everyone grows like log N: for push with
//! fanout f about log_{1+f} N rounds of near-exponential growth, then about (ln N)/f rounds to
//! reach the last few (Pittel 1987 for f = 1: log₂ N + ln N + O(1)). [`expected_curve`] gives
//! the deterministic (mean-field) prediction and [`run_trials`] measures it over many runs.
//!
//! Choices where the chapter is loose: the first informed node is the live node nearest to
//! Node 4 by number (Node 3, then Node 5, Node 2, …); a node that fails forgets what it knew
//! and comes back unaware; Node 4 itself cannot be revived, since the rumor is about it (a real
//! Cassandra node that restarts announces a new heartbeat generation, which is a different
//! piece of news), so Reset is the way back.

pub mod phi;

use rand::RngCore;

use crate::rng::{seeded, SimRng};

/// Index of Node 4, the crashed node whose failure is the news being spread.
pub const SUBJECT: usize = 3;
/// The fewest nodes a cluster has: the chapter's 12-node grid (Node 4 must exist, with
/// neighbours on both sides).
pub const MIN_NODES: usize = 12;
/// The most nodes a cluster has; enough to show that rounds grow like log N.
pub const MAX_NODES: usize = 1000;
/// The chapter's cluster size.
pub const DEFAULT_NODES: usize = 12;
/// The smallest fanout: each gossiping node contacts one peer per round, as Cassandra does.
pub const MIN_FANOUT: usize = 1;
/// The largest fanout on the chapter's slider.
pub const MAX_FANOUT: usize = 4;
/// The chapter's fanout: two random peers per round.
pub const DEFAULT_FANOUT: usize = 2;
/// The highest message loss, in percent, that can be set.
pub const MAX_LOSS_PERCENT: u32 = 50;
/// The longest interactive run, in rounds; further steps are refused until Reset.
pub const MAX_ROUNDS: u32 = 1000;
/// The most rounds a trial runs before it is reported as unfinished.
pub const TRIAL_ROUND_CAP: u32 = 200;
/// How many trials "Run trials" does by default.
pub const DEFAULT_TRIALS: usize = 200;
/// The most trials one call runs.
pub const MAX_TRIALS: usize = 10_000;
/// Marks a node that has not learned the news.
const NEVER: u32 = u32::MAX;

/// Who sends in a round: only informed nodes (push) or every live node, both ways (push-pull).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Informed nodes send the news to random peers; uninformed nodes wait to be told.
    Push,
    /// Every live node contacts random peers and both sides exchange what they know, so an
    /// uninformed node can also pull the news from an informed peer (Cassandra's digests).
    PushPull,
}

/// The settings of a gossip run: cluster size, fanout, message loss and push style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GossipConfig {
    /// How many nodes the cluster has, Node 4 (down) included.
    pub nodes: usize,
    /// How many random peers each gossiping node contacts per round.
    pub fanout: usize,
    /// The chance, in percent, that any single message is lost.
    pub loss_percent: u32,
    /// Push or push-pull.
    pub mode: Mode,
}

impl GossipConfig {
    /// A configuration with every value clamped to its range.
    pub fn new(nodes: usize, fanout: usize, loss_percent: u32, mode: Mode) -> Self {
        GossipConfig {
            nodes: nodes.clamp(MIN_NODES, MAX_NODES),
            fanout: fanout.clamp(MIN_FANOUT, MAX_FANOUT),
            loss_percent: loss_percent.min(MAX_LOSS_PERCENT),
            mode,
        }
    }

    /// The chance that one message is lost, from 0 to 0.5.
    pub fn loss(&self) -> f64 {
        f64::from(self.loss_percent.min(MAX_LOSS_PERCENT)) / 100.0
    }

    fn clamped(self) -> Self {
        GossipConfig::new(self.nodes, self.fanout, self.loss_percent, self.mode)
    }
}

impl Default for GossipConfig {
    fn default() -> Self {
        GossipConfig::new(DEFAULT_NODES, DEFAULT_FANOUT, 0, Mode::Push)
    }
}

/// What a node knows, as drawn: the spec's red X, gray "?", orange and green.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeState {
    /// Crashed or failed: it neither gossips nor receives (red X).
    Down,
    /// Live, and does not yet know that Node 4 is down (gray question mark).
    Unaware,
    /// Learned the news in the current round; it passes it on from the next round (orange).
    JustInformed,
    /// Has known for at least one round and gossips it (green).
    Spreading,
}

impl NodeState {
    /// Whether the node knows that Node 4 is down.
    pub fn is_informed(self) -> bool {
        matches!(self, NodeState::JustInformed | NodeState::Spreading)
    }
}

/// The role of a gossip message within its exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    /// Push mode: an informed node sends the news to a peer.
    Push,
    /// Push-pull: the contacting node sends its digest (news included, if it knows).
    Request,
    /// Push-pull: the contacted node answers with its own digest; only sent if the request
    /// arrived.
    Reply,
}

/// One message of the last round, for drawing as a moving dot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message {
    /// The sending node (0-based).
    pub from: usize,
    /// The receiving node (0-based).
    pub to: usize,
    /// Push, request or reply.
    pub kind: MessageKind,
    /// Whether the network delivered it (false: lost on the way).
    pub delivered: bool,
    /// Whether the sender knew, at the start of the round, that Node 4 is down.
    pub carries_news: bool,
    /// Whether this message is how its receiver first learned the news.
    pub informed_receiver: bool,
}

/// Something the student does to the gossip simulation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GossipEvent {
    /// "Start Gossip": the first live neighbour of Node 4 notices the failure. Also restarts
    /// the news after every informed node has failed.
    Start,
    /// "Next Round": run one round of gossip.
    Step,
    /// Set the fanout (clamped to 1–4); takes effect from the next round.
    SetFanout(usize),
    /// Set the message loss in percent (clamped to 0–50); takes effect from the next round.
    SetLoss(u32),
    /// Set the cluster size (clamped to 12–1,000); starts a fresh cluster.
    SetNodes(usize),
    /// Choose push or push-pull; takes effect from the next round.
    SetMode(Mode),
    /// Fail a live node or revive a failed one (0-based). Node 4 stays down.
    ToggleNode(usize),
    /// A fresh cluster with the same settings; the generator runs on, so the next run differs.
    Reset,
}

/// Where the spread stands: the round and how many of the live nodes know. This is all a
/// node could learn by asking everyone, which no node in a gossip cluster can do; the sim
/// shows it from outside, as "Round N — Nodes informed: X / L".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Rounds run so far.
    pub round: u32,
    /// Live nodes that know Node 4 is down.
    pub informed: usize,
    /// Live nodes.
    pub live: usize,
}

/// What one gossip round did: who sent, how many messages the network carried or lost, and
/// who learned the news, which is all an outside observer of the epidemic can count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundReport {
    /// The push style of the round, which decides who sent.
    pub mode: Mode,
    /// Nodes that contacted peers: the informed ones (push) or every live one (push-pull).
    pub senders: usize,
    /// Messages sent, replies included.
    pub sent: usize,
    /// Messages the network lost, those sent to down nodes included.
    pub lost: usize,
    /// Messages sent to Node 4 by nodes that did not yet know it is down (all lost).
    pub to_subject: usize,
    /// Nodes that first learned the news in this round, ascending (0-based).
    pub learned: Vec<usize>,
    /// No live node knows any more (every informed node failed): the rumor died out.
    pub news_lost: bool,
    /// This round brought the news to the last live node.
    pub completed: bool,
    /// The counts after the round.
    pub progress: Progress,
}

/// Why the gossip sim refused an event; the model is left as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GossipReason {
    /// Start while an informed node still gossips: the news is already spreading.
    AlreadyRunning,
    /// Start with every node down: nobody is left to notice the failure.
    EveryNodeDown,
    /// A round before Start: no node knows yet, so there is nothing to gossip.
    NotStarted,
    /// A round after [`MAX_ROUNDS`]: the run is over until Reset.
    RoundLimit,
    /// Toggling Node 4: the failure the news is about cannot be undone.
    SubjectStaysDown,
    /// Toggling a node the cluster does not have.
    NoSuchNode {
        /// The index asked for (0-based).
        node: usize,
        /// How many nodes the cluster has.
        nodes: usize,
    },
}

/// What an event did to the gossip sim, with the numbers its narration needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GossipOutcome {
    /// Node `first`'s heartbeat to Node 4 went unanswered: it marks Node 4 down and is the
    /// first to know, the seed of the epidemic.
    Started {
        /// The first informed node (0-based).
        first: usize,
        /// The counts after the start.
        progress: Progress,
    },
    /// One round of gossip ran.
    Round(RoundReport),
    /// The fanout changed (from the next round).
    FanoutSet {
        /// The fanout now in force.
        fanout: usize,
        /// The fanout asked for, which may have been outside 1–4.
        requested: usize,
    },
    /// The message loss changed (from the next round).
    LossSet {
        /// The loss now in force, in percent.
        loss_percent: u32,
        /// The loss asked for, which may have been above the maximum.
        requested: u32,
    },
    /// The push style changed (from the next round).
    ModeSet(Mode),
    /// A fresh cluster of another size, nobody informed.
    NodesSet {
        /// The cluster size now, Node 4 included.
        nodes: usize,
        /// The size asked for, which may have been outside 12–1,000.
        requested: usize,
        /// Live nodes in the fresh cluster.
        live: usize,
    },
    /// A node failed (forgetting what it knew) or came back up unaware.
    NodeToggled {
        /// The node (0-based).
        node: usize,
        /// Whether it is up now.
        up: bool,
        /// Gossip had started and now no live node knows: the rumor died with the failures.
        news_lost: bool,
        /// The counts after the change.
        progress: Progress,
    },
    /// A fresh cluster with the same settings.
    Reset {
        /// The new run's number.
        run: u32,
        /// The cluster size.
        nodes: usize,
    },
    /// The event was refused.
    Rejected(GossipReason),
}

/// The nodes' liveness and knowledge, shared by the interactive run and the trials.
#[derive(Debug, Clone)]
struct Cluster {
    up: Vec<bool>,
    /// The round in which each node learned the news, or [`NEVER`].
    learned: Vec<u32>,
    /// Live node indices, ascending.
    live: Vec<u32>,
    /// How many live nodes know.
    informed: usize,
}

impl Cluster {
    fn new(nodes: usize) -> Self {
        let mut up = vec![true; nodes];
        if let Some(s) = up.get_mut(SUBJECT) {
            *s = false;
        }
        let mut cluster = Cluster {
            up,
            learned: vec![NEVER; nodes],
            live: Vec::with_capacity(nodes),
            informed: 0,
        };
        cluster.rebuild();
        cluster
    }

    fn rebuild(&mut self) {
        self.live.clear();
        self.live.extend(
            self.up
                .iter()
                .enumerate()
                .filter(|(_, up)| **up)
                .map(|(i, _)| i as u32),
        );
        self.informed = self
            .live
            .iter()
            .filter(|&&i| self.learned[i as usize] != NEVER)
            .count();
    }

    /// Forgets all knowledge and informs `first` in round `round`.
    fn restart(&mut self, first: usize, round: u32) {
        self.learned.fill(NEVER);
        self.informed = 0;
        self.inform(first, round);
    }

    fn inform(&mut self, node: usize, round: u32) {
        if let Some(l) = self.learned.get_mut(node) {
            if *l == NEVER {
                *l = round;
                self.informed += 1;
            }
        }
    }

    /// The live node nearest to Node 4 by number, lower first on ties: Node 3, Node 5, Node 2…
    fn first_candidate(&self) -> Option<usize> {
        let n = self.up.len();
        (1..n).find_map(|d| {
            [SUBJECT.checked_sub(d), Some(SUBJECT + d)]
                .into_iter()
                .flatten()
                .find(|&i| self.up.get(i).copied().unwrap_or(false))
        })
    }

    /// Runs round `r`: every sender contacts up to `fanout` distinct live peers. Knowledge is
    /// what each node held at the start of the round (learned in an earlier round). With
    /// `record`, every message is decided and recorded; without it (trials), the loss draws
    /// that cannot change anyone's knowledge are skipped, which gives the same distribution
    /// of runs for fewer random numbers. Returns how many contacts (pushes or requests) were
    /// made.
    fn round(
        &mut self,
        rng: &mut SimRng,
        config: &GossipConfig,
        r: u32,
        mut record: Option<&mut Vec<Message>>,
    ) -> usize {
        let push_pull = config.mode == Mode::PushPull;
        let Cluster {
            up,
            live,
            learned,
            informed,
        } = self;
        let n = up.len();
        let mut knowledge = Knowledge {
            learned,
            informed,
            lose: LossDraw::new(config.loss_percent),
            r,
        };
        let mut contacts = 0;
        let mut peers = [0u32; MAX_FANOUT];
        for &node in live.iter() {
            let i = node as usize;
            let knows = knowledge.learned[i] < r;
            if !push_pull && !knows {
                continue;
            }
            let k = pick_known_peers(rng, n, i, knows, config.fanout, &mut peers);
            contacts += k;
            for &q in &peers[..k] {
                let j = q as usize;
                let reachable = up[j];
                match record.as_deref_mut() {
                    Some(messages) => {
                        knowledge.recorded(rng, (i, j), reachable, push_pull, messages)
                    }
                    None if reachable => knowledge.quiet(rng, i, j, push_pull),
                    None => {}
                }
            }
        }
        contacts
    }
}

/// The cluster's knowledge during round `r`, as one exchange after another changes it.
/// Knowledge is what each node held at the start of the round (learned in an earlier round).
struct Knowledge<'a> {
    learned: &'a mut [u32],
    informed: &'a mut usize,
    lose: LossDraw,
    r: u32,
}

impl Knowledge<'_> {
    fn knows(&self, node: usize) -> bool {
        self.learned[node] < self.r
    }

    fn unaware(&self, node: usize) -> bool {
        self.learned[node] == NEVER
    }

    fn learn(&mut self, node: usize) {
        self.learned[node] = self.r;
        *self.informed += 1;
    }

    /// Node `i` contacts node `j` (trials): only a message that can inform someone has its
    /// fate decided, which gives the same distribution of runs for fewer random numbers.
    fn quiet(&mut self, rng: &mut SimRng, i: usize, j: usize, push_pull: bool) {
        let push_useful = self.knows(i) && self.unaware(j);
        let pull_useful = push_pull && self.knows(j) && self.unaware(i);
        if (push_useful || pull_useful) && !self.lose.lost(rng) {
            if push_useful {
                self.learn(j);
            } else if !self.lose.lost(rng) {
                self.learn(i);
            }
        }
    }

    /// Node `i` contacts node `j` (the interactive run): every message is decided and
    /// recorded, the reply too in push-pull when the request arrived. A message to a down
    /// node (`reachable` false) is lost.
    fn recorded(
        &mut self,
        rng: &mut SimRng,
        (i, j): (usize, usize),
        reachable: bool,
        push_pull: bool,
        messages: &mut Vec<Message>,
    ) {
        let (knows, peer_knows) = (self.knows(i), self.knows(j));
        let delivered = reachable && !self.lose.lost(rng);
        let informs = delivered && knows && self.unaware(j);
        if informs {
            self.learn(j);
        }
        messages.push(Message {
            from: i,
            to: j,
            kind: if push_pull {
                MessageKind::Request
            } else {
                MessageKind::Push
            },
            delivered,
            carries_news: knows,
            informed_receiver: informs,
        });
        if push_pull && delivered {
            let back = !self.lose.lost(rng);
            let informs_back = back && peer_knows && self.unaware(i);
            if informs_back {
                self.learn(i);
            }
            messages.push(Message {
                from: j,
                to: i,
                kind: MessageKind::Reply,
                delivered: back,
                carries_news: peer_knows,
                informed_receiver: informs_back,
            });
        }
    }
}

/// Picks up to `fanout` distinct positions in a live list of `len`, never `me`; returns how
/// many were written to `out`.
fn pick_peers(
    rng: &mut SimRng,
    len: usize,
    me: usize,
    fanout: usize,
    out: &mut [u32; MAX_FANOUT],
) -> usize {
    let others = len.saturating_sub(1);
    let k = fanout.min(others).min(MAX_FANOUT);
    if k == others {
        // Everyone else is a peer: no choice to make.
        let mut w = 0;
        for (q, slot) in (0..len).filter(|&q| q != me).zip(out.iter_mut()) {
            *slot = q as u32;
            w += 1;
        }
        return w;
    }
    let mut w = 0;
    while w < k {
        let j = below(rng, others as u32);
        let q = if j as usize >= me { j + 1 } else { j };
        if !out[..w].contains(&q) {
            out[w] = q;
            w += 1;
        }
    }
    k
}

/// Picks up to `fanout` distinct peers (node indices) for node `me` of `n` nodes: every other
/// node, except Node 4 when `me` already knows it is down. Returns how many were written.
fn pick_known_peers(
    rng: &mut SimRng,
    n: usize,
    me: usize,
    knows: bool,
    fanout: usize,
    out: &mut [u32; MAX_FANOUT],
) -> usize {
    if !knows || me == SUBJECT || n <= SUBJECT {
        return pick_peers(rng, n, me, fanout, out);
    }
    // Positions in the list of nodes without Node 4.
    let pos = if me > SUBJECT { me - 1 } else { me };
    let k = pick_peers(rng, n - 1, pos, fanout, out);
    for q in out[..k].iter_mut() {
        if *q as usize >= SUBJECT {
            *q += 1;
        }
    }
    k
}

/// A uniform number in 0..m (m ≥ 1) from 32-bit draws (Lemire's multiply-and-reject), so
/// native and wasm32 builds draw the same numbers, cheaply.
fn below(rng: &mut SimRng, m: u32) -> u32 {
    let mut product = u64::from(rng.next_u32()) * u64::from(m);
    if (product as u32) < m {
        let floor = m.wrapping_neg() % m;
        while (product as u32) < floor {
            product = u64::from(rng.next_u32()) * u64::from(m);
        }
    }
    (product >> 32) as u32
}

/// Decides message loss with one 32-bit draw per message: lost when the draw falls below
/// loss × 2³²; no draw at all when there is no loss.
#[derive(Debug, Clone, Copy)]
struct LossDraw {
    below: u64,
}

impl LossDraw {
    fn new(loss_percent: u32) -> Self {
        let p = u64::from(loss_percent.min(MAX_LOSS_PERCENT));
        LossDraw {
            below: (p << 32) / 100,
        }
    }

    fn lost(self, rng: &mut SimRng) -> bool {
        self.below > 0 && u64::from(rng.next_u32()) < self.below
    }
}

/// The deterministic (mean-field) epidemic prediction of how many live nodes know after each
/// round, starting from one informed node; entry t is the expectation after round t.
///
/// With N nodes (`config.nodes`, at least L + 1), L of them live, x_t informed, fanout f and
/// loss ℓ: an informed node picks among m = N − 2 peers (all but itself and Node 4, which it
/// knows is down), so it reaches a given other node in one round with probability
/// p = min(f, m)·(1 − ℓ)/m; an unaware node picks among u = N − 1 peers, Node 4 included. So
/// - push: x_{t+1} = x_t + (L − x_t)·(1 − (1 − p)^{x_t});
/// - push-pull: x_{t+1} = x_t + (L − x_t)·(1 − (1 − p)^{x_t}·(1 − (1 − ℓ)²·x_t/u)^{min(f, u)}),
///   the second factor being the chance that none of an unaware node's own contacts pulls the
///   news back (the request and the reply must both arrive).
///
/// The curve is logistic: exponential growth (×(1 + f(1 − ℓ)) per round in push) while few
/// know, then the unaware remainder shrinks by about e^{−f(1 − ℓ)} per round.
pub fn expected_curve(config: &GossipConfig, live: usize, rounds: usize) -> Vec<f64> {
    let config = config.clamped();
    let total = live as f64;
    let mut x = if live > 0 { 1.0 } else { 0.0 };
    let mut curve = Vec::with_capacity(rounds.min(MAX_ROUNDS as usize) + 1);
    curve.push(x);
    let others = live.saturating_sub(1);
    if others == 0 {
        curve.resize(rounds.min(MAX_ROUNDS as usize) + 1, x);
        return curve;
    }
    let nodes = config.nodes.max(live + 1);
    let (m, u) = ((nodes - 2) as f64, (nodes - 1) as f64);
    let f = config.fanout.min(nodes - 2) as f64;
    let f_unaware = config.fanout.min(nodes - 1) as f64;
    let keep = 1.0 - config.loss();
    let p = (f * keep / m).min(1.0);
    for _ in 0..rounds.min(MAX_ROUNDS as usize) {
        let mut miss = (1.0 - p).powf(x);
        if config.mode == Mode::PushPull {
            miss *= (1.0 - keep * keep * x / u).max(0.0).powf(f_unaware);
        }
        x = (x + (total - x) * (1.0 - miss)).min(total);
        curve.push(x);
    }
    curve
}

/// The first round at which the [`expected_curve`] leaves fewer than half a node unaware,
/// searched up to [`TRIAL_ROUND_CAP`]; the mean-field estimate of rounds to full spread.
pub fn expected_rounds_to_full(config: &GossipConfig, live: usize) -> Option<u32> {
    let curve = expected_curve(config, live, TRIAL_ROUND_CAP as usize);
    curve
        .iter()
        .position(|&x| live as f64 - x < 0.5)
        .map(|t| t as u32)
}

/// The outcome of many seeded runs with the same settings: how many rounds the news needs to
/// reach every live node, the spread of that number, and the mean informed count per round.
#[derive(Debug, Clone, PartialEq)]
pub struct TrialStats {
    /// How many runs were made.
    pub trials: usize,
    /// Live nodes in each run (the denominator of "informed").
    pub live: usize,
    /// Runs in which every live node learned the news within [`TRIAL_ROUND_CAP`] rounds.
    pub finished: usize,
    /// Runs still incomplete after [`TRIAL_ROUND_CAP`] rounds.
    pub unfinished: usize,
    /// Mean rounds to full spread over the finished runs.
    pub mean_rounds: Option<f64>,
    /// Fewest rounds to full spread.
    pub min_rounds: Option<u32>,
    /// Most rounds to full spread among finished runs.
    pub max_rounds: Option<u32>,
    /// Median rounds to full spread among finished runs.
    pub median_rounds: Option<u32>,
    /// `histogram[r]`: how many runs finished in exactly r rounds.
    pub histogram: Vec<u32>,
    /// Mean informed count after each round, over all runs (finished runs count as full).
    pub mean_curve: Vec<f64>,
    /// Mean number of messages a run sent before it finished (or hit the cap); for push-pull
    /// the replies are counted at their expected number, (1 − loss) per request.
    pub mean_messages: f64,
}

/// Runs `count` seeded trials (at most [`MAX_TRIALS`]) of the rumor from the start state: all
/// nodes live except Node 4, Node 3 first informed. Each trial stops when every live node knows
/// or after [`TRIAL_ROUND_CAP`] rounds. No allocation happens per round.
pub fn run_trials(config: &GossipConfig, seed: u64, count: usize) -> TrialStats {
    let config = config.clamped();
    trials_on(
        &config,
        Cluster::new(config.nodes),
        seed,
        count,
        TRIAL_ROUND_CAP,
    )
}

fn trials_on(
    config: &GossipConfig,
    mut cluster: Cluster,
    seed: u64,
    count: usize,
    cap: u32,
) -> TrialStats {
    let count = count.min(MAX_TRIALS);
    let live = cluster.live.len();
    let mut stats = TrialStats {
        trials: 0,
        live,
        finished: 0,
        unfinished: 0,
        mean_rounds: None,
        min_rounds: None,
        max_rounds: None,
        median_rounds: None,
        histogram: Vec::new(),
        mean_curve: Vec::new(),
        mean_messages: 0.0,
    };
    let Some(first) = cluster.first_candidate() else {
        return stats;
    };
    let tally = Tally::run(config, &mut cluster, first, seed, count, cap as usize);
    stats.trials = count;
    stats.unfinished = tally.unfinished;
    stats.finished = count - tally.unfinished;
    // A push-pull contact is a request plus, when the request arrives, a reply.
    let per_contact = match config.mode {
        Mode::Push => 1.0,
        Mode::PushPull => 2.0 - config.loss(),
    };
    stats.mean_messages = tally.contacts as f64 * per_contact / count.max(1) as f64;
    tally.summarize(&mut stats, cap as usize);
    stats
}

/// What a batch of trials counted, before it is turned into [`TrialStats`].
struct Tally {
    /// Informed nodes summed over the runs still going, per round.
    sums: Vec<f64>,
    /// `histogram[r]`: runs that finished in exactly r rounds.
    histogram: Vec<u32>,
    /// Contacts (pushes or requests) over all runs.
    contacts: usize,
    /// Runs still incomplete at the cap.
    unfinished: usize,
}

impl Tally {
    /// Runs `count` trials from `first`, each until everyone knows or `cap` rounds.
    fn run(
        config: &GossipConfig,
        cluster: &mut Cluster,
        first: usize,
        seed: u64,
        count: usize,
        cap: usize,
    ) -> Tally {
        let live = cluster.live.len();
        let mut rng = seeded(seed);
        let mut tally = Tally {
            sums: vec![0.0f64; cap + 1],
            histogram: vec![0u32; cap + 1],
            contacts: 0,
            unfinished: 0,
        };
        for _ in 0..count {
            cluster.restart(first, 0);
            tally.sums[0] += cluster.informed as f64;
            let mut done = cluster.informed == live;
            let mut r = 0;
            while !done && r < cap {
                r += 1;
                tally.contacts += cluster.round(&mut rng, config, r as u32, None);
                tally.sums[r] += cluster.informed as f64;
                done = cluster.informed == live;
            }
            if done {
                tally.histogram[r] += 1;
            } else {
                tally.unfinished += 1;
            }
        }
        tally
    }

    /// Fills in the rounds statistics, the histogram and the mean curve.
    fn summarize(mut self, stats: &mut TrialStats, cap: usize) {
        let finished_rounds: Vec<(usize, u32)> = self
            .histogram
            .iter()
            .enumerate()
            .filter(|(_, c)| **c > 0)
            .map(|(r, c)| (r, *c))
            .collect();
        if stats.finished > 0 {
            let total: f64 = finished_rounds
                .iter()
                .map(|&(r, c)| r as f64 * f64::from(c))
                .sum();
            stats.mean_rounds = Some(total / stats.finished as f64);
            stats.min_rounds = finished_rounds.first().map(|&(r, _)| r as u32);
            stats.max_rounds = finished_rounds.last().map(|&(r, _)| r as u32);
            let half = stats.finished.div_ceil(2);
            let mut seen = 0;
            for &(r, c) in &finished_rounds {
                seen += c as usize;
                if seen >= half {
                    stats.median_rounds = Some(r as u32);
                    break;
                }
            }
        }
        // Runs that finished before round r count as fully informed there.
        let last = if stats.unfinished > 0 {
            cap
        } else {
            stats.max_rounds.unwrap_or(0) as usize
        };
        let count = stats.trials.max(1) as f64;
        let mut finished_before = 0u32;
        for (r, sum) in self.sums.iter().enumerate().take(last + 1) {
            let value = (sum + stats.live as f64 * f64::from(finished_before)) / count;
            stats.mean_curve.push(value);
            finished_before += self.histogram[r];
        }
        self.histogram
            .truncate(stats.max_rounds.map_or(0, |m| m as usize + 1));
        stats.histogram = self.histogram;
    }
}

/// The interactive gossip run: a cluster with Node 4 down, the news spreading round by round.
#[derive(Debug, Clone)]
pub struct GossipSim {
    config: GossipConfig,
    seed: u64,
    rng: SimRng,
    cluster: Cluster,
    states: Vec<NodeState>,
    started: bool,
    round: u32,
    first: Option<usize>,
    messages: Vec<Message>,
    history: Vec<usize>,
    full_at: Option<u32>,
    run: u32,
}

impl GossipSim {
    /// A fresh cluster: Node 4 down, every other node live and unaware, gossip not started.
    pub fn new(config: GossipConfig, seed: u64) -> Self {
        let config = config.clamped();
        let mut sim = GossipSim {
            config,
            seed,
            rng: seeded(seed),
            cluster: Cluster::new(config.nodes),
            states: Vec::new(),
            started: false,
            round: 0,
            first: None,
            messages: Vec::new(),
            history: Vec::new(),
            full_at: None,
            run: 1,
        };
        sim.refresh();
        sim
    }

    /// The current settings.
    pub fn config(&self) -> GossipConfig {
        self.config
    }

    /// The seed the run was created with.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Which run this is since the sim was created (1 for the first; each Reset or change of
    /// cluster size starts the next), for labelling the faint lines of earlier runs.
    pub fn run(&self) -> u32 {
        self.run
    }

    /// Whether "Start Gossip" has been pressed in this run.
    pub fn started(&self) -> bool {
        self.started
    }

    /// The number of rounds run so far (0 before the first "Next Round").
    pub fn round(&self) -> u32 {
        self.round
    }

    /// How many nodes the cluster has, Node 4 included.
    pub fn nodes(&self) -> usize {
        self.config.nodes
    }

    /// Every node's state, in order (Node 1 is index 0): what the canvas draws.
    pub fn states(&self) -> &[NodeState] {
        &self.states
    }

    /// Node `i`'s state, or `None` when there is no such node.
    pub fn state(&self, i: usize) -> Option<NodeState> {
        self.states.get(i).copied()
    }

    /// Whether node `i` is live (false for Node 4, failed nodes and unknown indices).
    pub fn is_live(&self, i: usize) -> bool {
        self.cluster.up.get(i).copied().unwrap_or(false)
    }

    /// The round in which live node `i` learned the news (the first informed node: the round in
    /// which it noticed the failure, 0 for the start).
    pub fn learned_round(&self, i: usize) -> Option<u32> {
        self.cluster
            .learned
            .get(i)
            .copied()
            .filter(|&r| r != NEVER && self.is_live(i))
    }

    /// The node whose heartbeat to Node 4 failed and that first knew, once gossip has started.
    pub fn first_informed(&self) -> Option<usize> {
        self.first
    }

    /// The messages of the last round, in the order they were sent: what the canvas animates.
    pub fn messages(&self) -> &[Message] {
        &self.messages
    }

    /// Informed live nodes after each round, from round 0 (the start); the last entry always
    /// equals [`GossipSim::informed_count`]. Empty before the start.
    pub fn history(&self) -> &[usize] {
        &self.history
    }

    /// How many live nodes know that Node 4 is down: the X of "Nodes informed: X / 11".
    pub fn informed_count(&self) -> usize {
        self.cluster.informed
    }

    /// How many nodes are live: the 11 of "Nodes informed: X / 11".
    pub fn live_count(&self) -> usize {
        self.cluster.live.len()
    }

    /// Whether every live node knows (and at least one node is live).
    pub fn is_complete(&self) -> bool {
        self.started && self.live_count() > 0 && self.informed_count() == self.live_count()
    }

    /// The round in which every live node first knew, in this run.
    pub fn rounds_to_full(&self) -> Option<u32> {
        self.full_at
    }

    /// The round and the informed and live counts: the spec's counter.
    pub fn progress(&self) -> Progress {
        Progress {
            round: self.round,
            informed: self.informed_count(),
            live: self.live_count(),
        }
    }

    /// The mean-field prediction for the current settings and live nodes, rounds 0..=`rounds`.
    pub fn expected_curve(&self, rounds: usize) -> Vec<f64> {
        expected_curve(&self.config, self.live_count(), rounds)
    }

    /// `count` seeded trials with the current settings and the current set of live nodes,
    /// each starting from the start state; the interactive run is not disturbed.
    pub fn run_trials(&self, count: usize) -> TrialStats {
        let mut cluster = Cluster::new(self.config.nodes);
        cluster.up.clone_from(&self.cluster.up);
        cluster.rebuild();
        let seed = self.seed ^ u64::from(self.run).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        trials_on(&self.config, cluster, seed, count, TRIAL_ROUND_CAP)
    }

    /// Runs one round of gossip; the same as `apply(GossipEvent::Step)`.
    pub fn step(&mut self) -> GossipOutcome {
        self.apply(GossipEvent::Step)
    }

    /// Applies one event and says what it did.
    pub fn apply(&mut self, event: GossipEvent) -> GossipOutcome {
        let outcome = match event {
            GossipEvent::Start => self.start(),
            GossipEvent::Step => self.do_step(),
            GossipEvent::SetFanout(f) => {
                self.config.fanout = f.clamp(MIN_FANOUT, MAX_FANOUT);
                GossipOutcome::FanoutSet {
                    fanout: self.config.fanout,
                    requested: f,
                }
            }
            GossipEvent::SetLoss(p) => {
                self.config.loss_percent = p.min(MAX_LOSS_PERCENT);
                GossipOutcome::LossSet {
                    loss_percent: self.config.loss_percent,
                    requested: p,
                }
            }
            GossipEvent::SetMode(mode) => {
                self.config.mode = mode;
                GossipOutcome::ModeSet(mode)
            }
            GossipEvent::SetNodes(n) => {
                self.config.nodes = n.clamp(MIN_NODES, MAX_NODES);
                self.fresh();
                GossipOutcome::NodesSet {
                    nodes: self.config.nodes,
                    requested: n,
                    live: self.live_count(),
                }
            }
            GossipEvent::ToggleNode(i) => self.toggle(i),
            GossipEvent::Reset => {
                self.fresh();
                GossipOutcome::Reset {
                    run: self.run,
                    nodes: self.config.nodes,
                }
            }
        };
        self.refresh();
        outcome
    }

    fn fresh(&mut self) {
        self.cluster = Cluster::new(self.config.nodes);
        self.started = false;
        self.round = 0;
        self.first = None;
        self.messages.clear();
        self.history.clear();
        self.full_at = None;
        self.run = self.run.saturating_add(1);
    }

    fn start(&mut self) -> GossipOutcome {
        if self.started && self.informed_count() > 0 {
            return GossipOutcome::Rejected(GossipReason::AlreadyRunning);
        }
        let Some(first) = self.cluster.first_candidate() else {
            return GossipOutcome::Rejected(GossipReason::EveryNodeDown);
        };
        let again = self.started;
        self.cluster.inform(first, self.round);
        self.first = Some(first);
        self.started = true;
        if again {
            self.set_history();
        } else {
            self.history = vec![self.informed_count()];
        }
        self.note_full();
        GossipOutcome::Started {
            first,
            progress: self.progress(),
        }
    }

    fn do_step(&mut self) -> GossipOutcome {
        if !self.started {
            return GossipOutcome::Rejected(GossipReason::NotStarted);
        }
        if self.round >= MAX_ROUNDS {
            return GossipOutcome::Rejected(GossipReason::RoundLimit);
        }
        let r = self.round + 1;
        let senders = match self.config.mode {
            Mode::Push => self.informed_count(),
            Mode::PushPull => self.live_count(),
        };
        self.messages.clear();
        self.cluster
            .round(&mut self.rng, &self.config, r, Some(&mut self.messages));
        self.round = r;
        self.history.push(self.informed_count());
        self.note_full();
        let mut learned: Vec<usize> = self
            .messages
            .iter()
            .filter(|m| m.informed_receiver)
            .map(|m| m.to)
            .collect();
        crate::sort::sort_usizes(&mut learned);
        GossipOutcome::Round(RoundReport {
            mode: self.config.mode,
            senders,
            sent: self.messages.len(),
            lost: self.messages.iter().filter(|m| !m.delivered).count(),
            to_subject: self.messages.iter().filter(|m| m.to == SUBJECT).count(),
            learned,
            news_lost: self.informed_count() == 0 && self.live_count() > 0,
            completed: self.full_at == Some(r),
            progress: self.progress(),
        })
    }

    fn toggle(&mut self, i: usize) -> GossipOutcome {
        if i == SUBJECT {
            return GossipOutcome::Rejected(GossipReason::SubjectStaysDown);
        }
        let Some(up) = self.cluster.up.get_mut(i) else {
            return GossipOutcome::Rejected(GossipReason::NoSuchNode {
                node: i,
                nodes: self.config.nodes,
            });
        };
        *up = !*up;
        let now_up = *up;
        if let Some(l) = self.cluster.learned.get_mut(i) {
            *l = NEVER;
        }
        self.cluster.rebuild();
        self.set_history();
        let outcome = GossipOutcome::NodeToggled {
            node: i,
            up: now_up,
            news_lost: self.started && self.informed_count() == 0 && self.live_count() > 0,
            progress: self.progress(),
        };
        self.note_full();
        outcome
    }

    fn set_history(&mut self) {
        let x = self.informed_count();
        if let Some(last) = self.history.last_mut() {
            *last = x;
        }
    }

    fn note_full(&mut self) {
        if self.full_at.is_none() && self.is_complete() {
            self.full_at = Some(self.round);
        }
    }

    fn refresh(&mut self) {
        let round = self.round;
        let cluster = &self.cluster;
        self.states.clear();
        self.states
            .extend(cluster.up.iter().zip(&cluster.learned).map(|(&up, &l)| {
                if !up {
                    NodeState::Down
                } else if l == NEVER {
                    NodeState::Unaware
                } else if l >= round {
                    NodeState::JustInformed
                } else {
                    NodeState::Spreading
                }
            }));
    }
}

#[cfg(test)]
mod tests;
