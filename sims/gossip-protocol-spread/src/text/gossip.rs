//! The gossip panel's sentences: the narration of each [`GossipOutcome`], the counter, the
//! reasons a button is disabled, the trials' summary and the text alternatives of the grid
//! and the chart.

use dsim_core::gossip::{
    GossipConfig, GossipOutcome, GossipReason, GossipSim, Mode, NodeState, Progress, RoundReport,
    MAX_FANOUT, MAX_LOSS_PERCENT, MAX_NODES, MAX_ROUNDS, MIN_FANOUT, MIN_NODES, SUBJECT,
};
use dsim_ui::format::numbers;
use dsim_ui::i18n::{dec, language, yes_no};

use super::{number_list, Limits};
use crate::curves::ChartData;
use crate::msg::{self, t};
use crate::runs::{mode_value, PastRun, Trials};

/// Which real systems spread a failure as news, and which do not.
pub fn swim_note() -> String {
    t!(SWIM_NOTE)
}

/// How many node names a narration lists before it gives a count instead.
const MAX_NAMED: usize = 6;

/// The spec's counter: "Round N — Nodes informed: X / 11".
pub fn counter(p: Progress) -> String {
    t!(
        COUNTER,
        round = p.round,
        informed = p.informed,
        live = p.live
    )
}

/// "Node 5" for index 4.
pub fn node_name(i: usize) -> String {
    t!(NODE_NAME, node = i.saturating_add(1))
}

/// "Node 2", "Nodes 2 and 7", "Nodes 1, 2 and 5", or "37 nodes" when the list is long.
pub fn node_list(nodes: &[usize]) -> String {
    if nodes.len() > MAX_NAMED {
        t!(NODE_COUNT, count = nodes.len())
    } else {
        t!(NODE_LIST, count = nodes.len(), list = numbers(nodes))
    }
}

/// The push style's name: "push" or "push-pull".
pub fn mode_name(mode: Mode) -> String {
    t!((match mode {
        Mode::Push => msg::MODE_PUSH,
        Mode::PushPull => msg::MODE_PUSH_PULL,
    }))
}

/// The narration of one event's outcome.
pub fn outcome(o: &GossipOutcome) -> String {
    match o {
        GossipOutcome::Started { first, progress } => format!(
            "{} {}",
            t!(
                STARTED,
                node = first.saturating_add(1),
                counter = counter(*progress)
            ),
            swim_note()
        ),
        GossipOutcome::Round(report) => round(report),
        GossipOutcome::FanoutSet { fanout, requested } => Limits::new(
            msg::FANOUT_RANGE,
            MIN_FANOUT,
            MAX_FANOUT,
        )
        .narrate(fanout, requested, t!(FANOUT_SET, fanout = *fanout)),
        GossipOutcome::LossSet {
            loss_percent: loss,
            requested,
        } => Limits::new(msg::LOSS_RANGE, 0, MAX_LOSS_PERCENT).narrate(
            loss,
            requested,
            t!(LOSS_SET, loss = *loss, p = dec(f64::from(*loss) / 100.0, 2)),
        ),
        GossipOutcome::ModeSet(mode) => t!(MODE_SET, mode = mode_value(*mode)),
        GossipOutcome::NodesSet {
            nodes,
            requested,
            live,
        } => Limits::new(msg::NODES_RANGE, MIN_NODES, MAX_NODES).narrate(
            nodes,
            requested,
            t!(NODES_SET, nodes = *nodes, live = *live),
        ),
        GossipOutcome::NodeToggled {
            node,
            up,
            news_lost,
            progress,
        } => toggled(*node, *up, *news_lost, *progress),
        GossipOutcome::Reset { run, nodes } => t!(GOSSIP_RESET, run = *run, nodes = *nodes),
        GossipOutcome::Rejected(reason) => rejected(*reason),
    }
}

fn round(r: &RoundReport) -> String {
    let n = r.progress.round;
    let mut s = t!(
        ROUND,
        round = n,
        senders = r.senders,
        mode = mode_value(r.mode),
        sent = r.sent,
        lost = r.lost,
        to_subject = r.to_subject,
        count = r.learned.len(),
        learned = node_list(&r.learned),
        counter = counter(r.progress),
    );
    if r.news_lost {
        s.push(' ');
        s.push_str(&t!(ROUND_NEWS_LOST));
    } else if r.completed {
        s.push(' ');
        s.push_str(&t!(ROUND_COMPLETE, round = n));
    }
    s
}

fn toggled(node: usize, up: bool, news_lost: bool, progress: Progress) -> String {
    let node = node.saturating_add(1);
    let counter = counter(progress);
    let mut s = if up {
        t!(NODE_UP, node = node, counter = counter)
    } else {
        t!(NODE_DOWN, node = node, counter = counter)
    };
    if news_lost {
        s.push(' ');
        s.push_str(&t!(NEWS_LOST));
    }
    if progress.live == 0 {
        s.push(' ');
        s.push_str(&t!(ALL_DOWN));
    }
    s
}

fn rejected(reason: GossipReason) -> String {
    match reason {
        GossipReason::AlreadyRunning => t!(ALREADY_RUNNING),
        GossipReason::EveryNodeDown => t!(NOBODY_TO_NOTICE),
        GossipReason::NotStarted => t!(NOT_STARTED),
        GossipReason::RoundLimit => t!(ROUND_LIMIT, max = MAX_ROUNDS),
        GossipReason::SubjectStaysDown => t!(SUBJECT_STAYS_DOWN),
        // The node as written in full: the index may be any number a click or a link gave.
        GossipReason::NoSuchNode { node, nodes } => t!(
            NO_SUCH_NODE,
            node = node.saturating_add(1).to_string(),
            nodes = nodes
        ),
    }
}

/// The narration when the page opens on the gossip panel.
pub fn intro(sim: &GossipSim) -> String {
    t!(GOSSIP_INTRO, nodes = sim.nodes(), live = sim.live_count())
}

/// The narration on switching to the gossip panel.
pub fn shown(sim: &GossipSim) -> String {
    t!(GOSSIP_SHOWN, counter = counter(sim.progress()))
}

/// The narration when auto-play is paused by hand.
pub fn paused(sim: &GossipSim) -> String {
    t!(GOSSIP_PAUSED, counter = counter(sim.progress()))
}

/// Added to the round's narration when the round completed the spread during auto-play.
pub fn auto_play_paused() -> String {
    t!(AUTO_PLAY_PAUSED)
}

/// Added to Reset's narration when earlier runs are on the chart.
pub fn runs_kept() -> String {
    t!(RUNS_KEPT)
}

/// The narration after "Revive failed nodes" brought `revived` (at least one) back.
pub fn revived(revived: &[usize], progress: Progress) -> String {
    let first = revived.first().map_or(0, |i| i.saturating_add(1));
    t!(
        REVIVED,
        count = revived.len(),
        node = first,
        counter = counter(progress)
    )
}

/// Why Play and Next Round are disabled, if they are.
pub fn play_reason(sim: &GossipSim) -> Option<String> {
    if sim.live_count() == 0 {
        Some(t!(PLAY_ALL_DOWN))
    } else if sim.round() >= MAX_ROUNDS {
        Some(t!(PLAY_ROUND_LIMIT, max = MAX_ROUNDS))
    } else if sim.started() && sim.informed_count() == 0 {
        Some(t!(PLAY_NEWS_LOST))
    } else {
        None
    }
}

/// Why Start Gossip is disabled, if it is.
pub fn start_reason(sim: &GossipSim) -> Option<String> {
    if sim.live_count() == 0 {
        Some(t!(START_ALL_DOWN))
    } else if sim.started() && sim.informed_count() > 0 {
        Some(t!(START_RUNNING))
    } else {
        None
    }
}

/// The gossip panel's state in a sentence or two, for the screen summary.
pub fn summary(sim: &GossipSim) -> String {
    let c = sim.config();
    t!(
        GOSSIP_SUMMARY,
        nodes = c.nodes,
        fanout = c.fanout,
        loss = c.loss_percent,
        mode = mode_name(c.mode),
        counter = counter(sim.progress()),
    )
}

/// The grid canvas's text alternative; `failed` counts the failed nodes other than Node 4.
pub fn grid_label(sim: &GossipSim, failed: usize) -> String {
    let count = |s: NodeState| sim.states().iter().filter(|&&x| x == s).count();
    t!(
        GRID_LABEL,
        nodes = sim.nodes(),
        informed = sim.informed_count(),
        live = sim.live_count(),
        fresh = count(NodeState::JustInformed),
        spreading = count(NodeState::Spreading),
        unaware = count(NodeState::Unaware),
        failed = failed,
    )
}

/// The label of node `i`'s button on the grid: its state and what pressing it does.
pub fn node_button(i: usize, state: Option<NodeState>) -> String {
    let id = match state {
        Some(NodeState::Down) if i == SUBJECT => msg::NODE_BUTTON_SUBJECT,
        Some(NodeState::Down) => msg::NODE_BUTTON_FAILED,
        Some(NodeState::Unaware) => msg::NODE_BUTTON_UNAWARE,
        Some(NodeState::JustInformed) => msg::NODE_BUTTON_FRESH,
        Some(NodeState::Spreading) => msg::NODE_BUTTON_SPREADING,
        None => msg::NODE_BUTTON_UNKNOWN,
    };
    t!((id), node = i.saturating_add(1))
}

/// The line beside the counter: how long the spread took, or the model's prediction.
pub fn status_extra(sim: &GossipSim, expected: Option<u32>) -> String {
    if sim.is_complete() {
        t!(STATUS_COMPLETE, rounds = sim.rounds_to_full().unwrap_or(0))
    } else {
        expected.map_or_else(String::new, |e| t!(STATUS_EXPECTED, round = e))
    }
}

/// "fanout 2, push, 0 % loss".
pub fn settings_label(c: &GossipConfig) -> String {
    t!(
        SETTINGS_LABEL,
        fanout = c.fanout,
        mode = mode_name(c.mode),
        loss = c.loss_percent
    )
}

/// "Run 3: fanout 2, push, 0 % loss: 5 rounds", for the list of earlier runs.
pub fn past_run(r: &PastRun) -> String {
    let settings = settings_label(&r.config);
    match r.rounds_to_full {
        Some(n) => t!(PAST_RUN, run = r.run, settings = settings, rounds = n),
        None => t!(PAST_RUN, run = r.run, settings = settings, rounds = "none"),
    }
}

/// The narration after "Run 200 trials".
pub fn trials_summary(t: &Trials) -> String {
    let s = &t.stats;
    let (result, mean, min, max) = match (s.mean_rounds, s.min_rounds, s.max_rounds) {
        (Some(mean), Some(min), Some(max)) => ("full", mean, min, max),
        _ => ("none", 0.0, 0, 0),
    };
    let unfinished = if s.finished > 0 { s.unfinished } else { 0 };
    t!(
        TRIALS_SUMMARY,
        trials = s.trials,
        settings = settings_label(&t.config),
        live = t.live,
        result = result,
        mean = dec(mean, 1),
        min = min,
        max = max,
        unfinished = unfinished,
        model = yes_no(t.expected.is_some()),
        expected = t.expected.unwrap_or(0),
    )
}

/// The trials table's caption: for the trials on screen, whether they match the current
/// settings (`current`) or were run with earlier ones.
pub fn trials_caption(trials: Option<&Trials>, current: bool) -> String {
    match trials {
        Some(t) if current => t!(
            TRIALS_CAPTION,
            trials = t.stats.trials,
            ms = dec(t.elapsed_ms, 0)
        ),
        Some(t) => t!(
            TRIALS_CAPTION_STALE,
            settings = settings_label(&t.config),
            live = t.live
        ),
        None => t!(TRIALS_CAPTION_NONE),
    }
}

/// The chart's text alternative.
pub fn chart_label(data: &ChartData) -> String {
    let mut sentences = vec![t!(CHART_LABEL, live = data.live, rounds = data.rounds())];
    if data.current.is_empty() {
        sentences.push(t!(CHART_NOT_STARTED));
    } else {
        let list = number_list(data.current.iter().map(ToString::to_string));
        sentences.push(t!(CHART_THIS_RUN, list = list));
    }
    let lang = language();
    let expected = number_list(data.expected.iter().map(|&x| lang.decimal(x, 1)));
    sentences.push(t!(CHART_EXPECTED, list = expected));
    if let Some((n, _)) = &data.trial_mean {
        sentences.push(t!(CHART_TRIALS, trials = *n));
    }
    if !data.past.is_empty() {
        sentences.push(t!(CHART_PAST, runs = data.past.len()));
    }
    sentences.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runs::Runs;
    use crate::Settings;
    use dsim_core::gossip::{GossipEvent, TrialStats};

    fn started(config: GossipConfig, seed: u64) -> GossipSim {
        let mut sim = GossipSim::new(config, seed);
        sim.apply(GossipEvent::Start);
        sim
    }

    #[test]
    fn the_counter_and_the_start_read_as_the_spec() {
        let mut sim = GossipSim::new(GossipConfig::default(), 1);
        assert_eq!(counter(sim.progress()), "Round 0 — Nodes informed: 0 / 11");
        assert_eq!(
            outcome(&sim.apply(GossipEvent::Start)),
            format!("Node 3's heartbeat to Node 4 went unanswered, so Node 3 marks Node 4 as down and is the first to know. Round 0 — Nodes informed: 1 / 11. {}", swim_note())
        );
        let mut sim = GossipSim::new(GossipConfig::default(), 1);
        sim.apply(GossipEvent::ToggleNode(2));
        assert!(outcome(&sim.apply(GossipEvent::Start)).starts_with("Node 5's heartbeat"));
    }

    #[test]
    fn refusals_say_why() {
        let mut sim = GossipSim::new(GossipConfig::default(), 1);
        assert!(outcome(&sim.step()).starts_with("Press Start Gossip first"));
        sim.apply(GossipEvent::Start);
        assert!(outcome(&sim.apply(GossipEvent::Start)).starts_with("Gossip is already running"));
        assert!(
            outcome(&sim.apply(GossipEvent::ToggleNode(SUBJECT))).starts_with("Node 4 stays down")
        );
        assert_eq!(
            outcome(&sim.apply(GossipEvent::ToggleNode(99))),
            "There is no Node 100; this cluster has 12 nodes."
        );
        assert!(outcome(&sim.apply(GossipEvent::ToggleNode(usize::MAX)))
            .starts_with("There is no Node"));
        assert_eq!(
            outcome(&GossipOutcome::Rejected(GossipReason::RoundLimit)),
            "This run has reached 1000 rounds; press Reset to start a new one."
        );
        let mut down = GossipSim::new(GossipConfig::default(), 1);
        for i in 0..12 {
            let text = outcome(&down.apply(GossipEvent::ToggleNode(i)));
            if i == 11 {
                assert!(text.ends_with(" Every node is down."), "{text}");
            }
        }
        assert!(outcome(&down.apply(GossipEvent::Start)).starts_with("Every node is down"));
    }

    #[test]
    fn settings_changes_name_the_clamp() {
        use GossipEvent::{Reset, SetFanout, SetLoss, SetMode, SetNodes};
        let mut sim = GossipSim::new(GossipConfig::default(), 1);
        let mut say = |e| outcome(&sim.apply(e));
        let events = [
            SetFanout(9),
            SetFanout(1),
            SetLoss(90),
            SetLoss(7),
            SetNodes(5000),
        ];
        assert_eq!(
            events.map(&mut say),
            [
                "Fanout must be 1–4. Fanout 4: each gossiping node contacts 4 random peers per round, from the next round.",
                "Fanout 1: each gossiping node contacts 1 random peer per round, from the next round.",
                "Message loss must be 0–50 %. Message loss 50 %: each message is lost with probability 0.50.",
                "Message loss 7 %: each message is lost with probability 0.07.",
                "Nodes must be 12–1000. A fresh cluster of 1000 nodes: Node 4 is down and the 999 live nodes do not know yet.",
            ]
        );
        assert!(say(SetMode(Mode::PushPull))
            .starts_with("Push-pull gossip: every live node contacts peers"));
        assert_eq!(
            say(SetMode(Mode::Push)),
            "Push gossip: only informed nodes send, telling the peers they pick."
        );
        assert_eq!(
            say(Reset),
            "Reset: run 3 with 1000 nodes; Node 4 is down and nobody knows yet."
        );
    }

    #[test]
    fn toggles_tell_what_the_node_forgot() {
        let mut sim = started(GossipConfig::default(), 1);
        assert_eq!(
            outcome(&sim.apply(GossipEvent::ToggleNode(4))),
            "Node 5 fails: it stops gossiping and forgets what it knew. Round 0 — Nodes informed: 1 / 10."
        );
        assert!(outcome(&sim.apply(GossipEvent::ToggleNode(4))).starts_with(
            "Node 5 comes back up, unaware that Node 4 is down; gossip will reach it."
        ));
        let text = outcome(&sim.apply(GossipEvent::ToggleNode(2)));
        assert!(
            text.ends_with(" No live node knows any more; press Start Gossip to let a live neighbour of Node 4 detect the failure again."),
            "{text}"
        );
        assert!(outcome(&sim.step()).contains(
            "nobody new learned the news. Round 1 — Nodes informed: 0 / 10. No live node knows;"
        ));
    }

    #[test]
    fn narration_names_the_newly_informed() {
        let mut sim = started(GossipConfig::default(), 1);
        let text = outcome(&sim.step());
        assert!(
            text.starts_with("Round 1: 1 informed node sent 2 messages; "),
            "{text}"
        );
        assert!(
            text.ends_with(&format!("{}.", counter(sim.progress()))),
            "{text}"
        );
        assert_eq!(node_list(&[0, 1, 4]), "Nodes 1, 2 and 5");
        assert_eq!(node_list(&[3]), "Node 4");
        assert_eq!(node_list(&[0, 1, 2, 3, 4, 5]), "Nodes 1, 2, 3, 4, 5 and 6");
        assert_eq!(node_list(&[0, 1, 2, 3, 4, 5, 6]), "7 nodes");
        assert_eq!(node_list(&[]), "no node");
    }

    /// The runs the browser tests replay: the default link (seed 42, fanout 2, push, no loss)
    /// and `?seed=7&mode=push-pull`, step by step.
    #[test]
    fn the_runs_the_browser_tests_expect() {
        let run = |query: &str, rounds: usize| {
            let s = Settings::from_query(query);
            let mut sim = GossipSim::new(s.config, s.common.seed);
            let mut texts = vec![outcome(&sim.apply(GossipEvent::Start))];
            for _ in 0..rounds {
                texts.push(outcome(&sim.step()));
            }
            (sim.history().to_vec(), sim.rounds_to_full(), texts)
        };
        let (history, full, texts) = run("", 4);
        assert_eq!(history, vec![1, 3, 8, 10, 11]);
        assert_eq!(full, Some(4));
        assert!(texts[0].starts_with("Node 3's heartbeat to Node 4 went unanswered"));
        assert!(texts[1].contains("Nodes 5 and 9 learned that Node 4 is down"));
        assert!(texts[4].ends_with("Every live node now knows, after 4 rounds."));
        let (history, full, texts) = run("?seed=7&mode=push-pull", 2);
        assert_eq!(history, vec![1, 7, 11]);
        assert_eq!(full, Some(2));
        assert!(texts[1].starts_with(
            "Round 1: 11 live nodes sent 40 messages (4 lost), 4 of them to Node 4 by nodes that did not yet know it is down;"
        ));
    }

    #[test]
    fn revivals_count_the_nodes() {
        let p = Progress {
            round: 3,
            informed: 5,
            live: 11,
        };
        assert_eq!(
            revived(&[6], p),
            "Node 7 comes back up, unaware that Node 4 is down; gossip will reach it. Round 3 — Nodes informed: 5 / 11."
        );
        assert!(revived(&[1, 6], p).starts_with(
            "2 nodes come back up, unaware that Node 4 is down; gossip will reach them."
        ));
    }

    #[test]
    fn describes_runs_and_trials() {
        let mut sim = started(GossipConfig::default(), 3);
        while !sim.is_complete() {
            sim.step();
        }
        let mut runs = Runs::default();
        runs.keep(&sim);
        let r = sim.rounds_to_full().unwrap_or(0);
        assert_eq!(
            runs.iter().next().map(past_run),
            Some(format!("Run 1: fanout 2, push, 0 % loss: {r} rounds"))
        );
        let trials = Trials::fifty_of(&sim);
        let text = trials_summary(&trials);
        assert!(
            text.starts_with(
                "50 trials with fanout 2, push, 0 % loss and 11 live nodes: full spread after "
            ),
            "{text}"
        );
        assert!(text.ends_with("the epidemic model predicts 5."), "{text}");
        assert_eq!(
            trials_caption(Some(&trials), true),
            "Rounds to full spread, 50 trials (1 ms)"
        );
        assert_eq!(
            trials_caption(Some(&trials), false),
            "Earlier settings: fanout 2, push, 0 % loss, 11 live"
        );
        let none = Trials {
            stats: TrialStats {
                trials: 3,
                finished: 0,
                unfinished: 3,
                mean_rounds: None,
                min_rounds: None,
                max_rounds: None,
                ..trials.stats.clone()
            },
            expected: None,
            ..trials
        };
        assert_eq!(
            trials_summary(&none),
            "3 trials with fanout 2, push, 0 % loss and 11 live nodes: no trial reached every live node."
        );
    }

    #[test]
    fn the_grid_and_the_chart_are_described() {
        let sim = started(GossipConfig::default(), 1);
        assert_eq!(
            grid_label(&sim, 1),
            "12 nodes in a loose grid. Node 4 is down. 1 of 11 live nodes know: 1 just informed, 0 spreading; 10 do not know yet; 1 other node failed."
        );
        assert_eq!(
            node_button(3, Some(NodeState::Down)),
            "Node 4: down: the failed node the news is about. Press to hear why it stays down."
        );
        assert_eq!(
            node_button(0, Some(NodeState::Unaware)),
            "Node 1: does not know yet. Press to fail it."
        );
        let fresh = ChartData::new(
            &GossipSim::new(GossipConfig::default(), 1),
            &Runs::default(),
            None,
        );
        assert!(chart_label(&fresh).contains(" This run has not started."));
        let data = ChartData::new(&sim, &Runs::default(), None);
        assert!(chart_label(&data)
            .starts_with("Line chart of nodes informed (0 to 11) against round (0 to "));
        assert!(chart_label(&data)
            .contains(" This run, round by round: 1. Expected epidemic curve: 1.0, 3.0, 6.9"));
        assert_eq!(
            summary(&sim),
            "Gossip spread panel: 12 nodes, fanout 2, 0 % message loss, push. Round 0 — Nodes informed: 1 / 11."
        );
        assert_eq!(
            status_extra(&sim, Some(4)),
            "Epidemic model: everyone by round 4."
        );
    }
}
