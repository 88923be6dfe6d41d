//! The gossip panel's English: the narration of each [`GossipOutcome`], the counter, the
//! reasons a button is disabled, the trials' summary and the text alternatives of the grid
//! and the chart.

use dsim_core::gossip::{
    GossipConfig, GossipOutcome, GossipReason, GossipSim, Mode, NodeState, Progress, RoundReport,
    MAX_FANOUT, MAX_LOSS_PERCENT, MAX_NODES, MAX_ROUNDS, MIN_FANOUT, MIN_NODES, SUBJECT,
};
use dsim_ui::format::{and_list, plural_s};

use super::clamp_note;

use crate::curves::ChartData;
use crate::runs::{PastRun, Trials};

/// Which real systems spread a failure as news, and which do not.
pub const SWIM_NOTE: &str = "Spreading \u{201c}Node 4 is down\u{201d} as a rumour is how SWIM and memberlist work (suspect, then confirm); Cassandra instead gossips heartbeat versions, and each node's own phi detector convicts Node 4.";

/// How many node names a narration lists before it gives a count instead.
const MAX_NAMED: usize = 6;

/// The spec's counter: "Round N — Nodes informed: X / 11".
pub fn counter(p: Progress) -> String {
    format!(
        "Round {} — Nodes informed: {} / {}",
        p.round, p.informed, p.live
    )
}

/// "Node 5" for index 4.
pub fn node_name(i: usize) -> String {
    format!("Node {}", i.saturating_add(1))
}

/// "Node 2", "Nodes 2 and 7", "Nodes 1, 2 and 5", or "37 nodes" when the list is long.
pub fn node_list(nodes: &[usize]) -> String {
    match nodes {
        [] => "no node".to_string(),
        [one] => node_name(*one),
        _ if nodes.len() > MAX_NAMED => format!("{} nodes", nodes.len()),
        _ => {
            let labels: Vec<String> = nodes.iter().map(|i| (i + 1).to_string()).collect();
            format!("Nodes {}", and_list(&labels))
        }
    }
}

/// The push style's name: "push" or "push-pull".
pub fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Push => "push",
        Mode::PushPull => "push-pull",
    }
}

/// The narration of one event's outcome.
pub fn outcome(o: &GossipOutcome) -> String {
    match o {
        GossipOutcome::Started { first, progress } => format!(
            "{}'s heartbeat to Node 4 went unanswered, so {} marks Node 4 as down and is the first to know. {}. {SWIM_NOTE}",
            node_name(*first),
            node_name(*first),
            counter(*progress)
        ),
        GossipOutcome::Round(report) => round(report),
        GossipOutcome::FanoutSet { fanout, requested } => {
            let note = clamp_note(fanout != requested, || format!("Fanout must be {MIN_FANOUT}–{MAX_FANOUT}. "));
            format!(
                "{note}Fanout {fanout}: each gossiping node contacts {fanout} random peer{} per round, from the next round.",
                plural_s(*fanout)
            )
        }
        GossipOutcome::LossSet {
            loss_percent,
            requested,
        } => {
            let note = clamp_note(
                loss_percent != requested,
                || format!("Message loss must be 0–{MAX_LOSS_PERCENT} %. "),
            );
            format!(
                "{note}Message loss {loss_percent} %: each message is lost with probability {:.2}.",
                f64::from(*loss_percent) / 100.0
            )
        }
        GossipOutcome::ModeSet(Mode::Push) => {
            "Push gossip: only informed nodes send, telling the peers they pick.".to_string()
        }
        GossipOutcome::ModeSet(Mode::PushPull) => "Push-pull gossip: every live node contacts peers and both sides exchange what they know, as Cassandra's gossiper does.".to_string(),
        GossipOutcome::NodesSet {
            nodes,
            requested,
            live,
        } => {
            let note = clamp_note(nodes != requested, || format!("Nodes must be {MIN_NODES}–{MAX_NODES}. "));
            format!("{note}A fresh cluster of {nodes} nodes: Node 4 is down and the {live} live nodes do not know yet.")
        }
        GossipOutcome::NodeToggled {
            node,
            up,
            news_lost,
            progress,
        } => toggled(*node, *up, *news_lost, *progress),
        GossipOutcome::Reset { run, nodes } => {
            format!("Reset: run {run} with {nodes} nodes; Node 4 is down and nobody knows yet.")
        }
        GossipOutcome::Rejected(reason) => rejected(*reason),
    }
}

fn round(r: &RoundReport) -> String {
    let n = r.progress.round;
    let who = match r.mode {
        Mode::Push => "informed",
        Mode::PushPull => "live",
    };
    let mut s = format!(
        "Round {n}: {} {who} node{} sent {} message{}",
        r.senders,
        plural_s(r.senders),
        r.sent,
        plural_s(r.sent),
    );
    if r.lost > 0 {
        s.push_str(&format!(" ({} lost)", r.lost));
    }
    if r.to_subject > 0 {
        s.push_str(&format!(
            ", {} of them to Node 4 by node{} that did not yet know it is down",
            r.to_subject,
            plural_s(r.to_subject)
        ));
    }
    if r.learned.is_empty() {
        s.push_str("; nobody new learned the news");
    } else {
        s.push_str(&format!(
            "; {} learned that Node 4 is down",
            node_list(&r.learned)
        ));
    }
    s.push_str(&format!(". {}.", counter(r.progress)));
    if r.news_lost {
        s.push_str(" No live node knows; press Start Gossip to let a live neighbour of Node 4 detect the failure again.");
    } else if r.completed {
        s.push_str(&format!(
            " Every live node now knows, after {n} round{}.",
            plural_s(n as usize)
        ));
    }
    s
}

fn toggled(node: usize, up: bool, news_lost: bool, progress: Progress) -> String {
    let name = node_name(node);
    let mut s = if up {
        format!(
            "{name} comes back up, unaware that Node 4 is down; gossip will reach it. {}.",
            counter(progress)
        )
    } else {
        format!(
            "{name} fails: it stops gossiping and forgets what it knew. {}.",
            counter(progress)
        )
    };
    if news_lost {
        s.push_str(" No live node knows any more; press Start Gossip to let a live neighbour of Node 4 detect the failure again.");
    }
    if progress.live == 0 {
        s.push_str(" Every node is down.");
    }
    s
}

fn rejected(reason: GossipReason) -> String {
    match reason {
        GossipReason::AlreadyRunning => "Gossip is already running; press Next Round.".to_string(),
        GossipReason::EveryNodeDown => {
            "Every node is down: there is nobody left to notice that Node 4 failed.".to_string()
        }
        GossipReason::NotStarted => {
            "Press Start Gossip first: no node knows yet that Node 4 is down.".to_string()
        }
        GossipReason::RoundLimit => {
            format!("This run has reached {MAX_ROUNDS} rounds; press Reset to start a new one.")
        }
        GossipReason::SubjectStaysDown => "Node 4 stays down: it is the failed node the news is about. A restarted Cassandra node would announce a new heartbeat generation, which is different news; press Reset to start over.".to_string(),
        GossipReason::NoSuchNode { node, nodes } => format!(
            "There is no Node {}; this cluster has {nodes} nodes.",
            node.saturating_add(1)
        ),
    }
}

/// The narration when the page opens on the gossip panel.
pub fn intro(sim: &GossipSim) -> String {
    format!(
        "{} nodes; Node 4 is DOWN and the {} live nodes do not know yet. Press Start Gossip: Node 3, whose heartbeat to Node 4 goes unanswered, will be the first to know.",
        sim.nodes(),
        sim.live_count()
    )
}

/// The narration on switching to the gossip panel.
pub fn shown(sim: &GossipSim) -> String {
    format!("Gossip spread. {}.", counter(sim.progress()))
}

/// The narration when auto-play is paused by hand.
pub fn paused(sim: &GossipSim) -> String {
    format!("Paused. {}.", counter(sim.progress()))
}

/// Added to the round's narration when the round completed the spread during auto-play.
pub const AUTO_PLAY_PAUSED: &str = " Auto-play paused.";

/// Added to Reset's narration when earlier runs are on the chart.
pub const RUNS_KEPT: &str = " Earlier runs stay on the chart as faint lines.";

/// The narration after "Revive failed nodes" brought `revived` (at least one) back.
pub fn revived(revived: &[usize], progress: Progress) -> String {
    let (who, them) = match revived {
        [one] => (format!("{} comes", node_name(*one)), "it"),
        _ => (format!("{} nodes come", revived.len()), "them"),
    };
    format!(
        "{who} back up, unaware that Node 4 is down; gossip will reach {them}. {}.",
        counter(progress)
    )
}

/// Why Play and Next Round are disabled, if they are.
pub fn play_reason(sim: &GossipSim) -> Option<String> {
    if sim.live_count() == 0 {
        Some("Every node is down; revive a node or press Reset.".to_string())
    } else if sim.round() >= MAX_ROUNDS {
        Some(format!(
            "This run has reached {MAX_ROUNDS} rounds; press Reset."
        ))
    } else if sim.started() && sim.informed_count() == 0 {
        Some("No live node knows any more; press Start Gossip.".to_string())
    } else {
        None
    }
}

/// Why Start Gossip is disabled, if it is.
pub fn start_reason(sim: &GossipSim) -> Option<String> {
    if sim.live_count() == 0 {
        Some("Every node is down: nobody can notice the failure.".to_string())
    } else if sim.started() && sim.informed_count() > 0 {
        Some("Gossip has started; press Next Round or Play.".to_string())
    } else {
        None
    }
}

/// The gossip panel's state in a sentence or two, for the screen summary.
pub fn summary(sim: &GossipSim) -> String {
    let c = sim.config();
    format!(
        "Gossip spread panel: {} nodes, fanout {}, {} % message loss, {}. {}.",
        c.nodes,
        c.fanout,
        c.loss_percent,
        mode_name(c.mode),
        counter(sim.progress())
    )
}

/// The grid canvas's text alternative; `failed` counts the failed nodes other than Node 4.
pub fn grid_label(sim: &GossipSim, failed: usize) -> String {
    let count = |s: NodeState| sim.states().iter().filter(|&&x| x == s).count();
    format!(
        "{} nodes in a loose grid. Node 4 is down. {} of {} live nodes know: {} just informed, {} spreading; {} do not know yet; {failed} other node{} failed.",
        sim.nodes(),
        sim.informed_count(),
        sim.live_count(),
        count(NodeState::JustInformed),
        count(NodeState::Spreading),
        count(NodeState::Unaware),
        plural_s(failed),
    )
}

/// The label of node `i`'s button on the grid: its state and what pressing it does.
pub fn node_button(i: usize, state: Option<NodeState>) -> String {
    let (what, action) = match state {
        Some(NodeState::Down) if i == SUBJECT => (
            "down: the failed node the news is about",
            "hear why it stays down",
        ),
        Some(NodeState::Down) => ("failed", "revive it"),
        Some(NodeState::Unaware) => ("does not know yet", "fail it"),
        Some(NodeState::JustInformed) => ("just informed", "fail it"),
        Some(NodeState::Spreading) => ("knows and spreads the news", "fail it"),
        None => ("unknown", "fail it"),
    };
    format!("{}: {what}. Press to {action}.", node_name(i))
}

/// The line beside the counter: how long the spread took, or the model's prediction.
pub fn status_extra(sim: &GossipSim, expected: Option<u32>) -> String {
    if sim.is_complete() {
        let r = sim.rounds_to_full().unwrap_or(0);
        format!(
            "Every live node knows (after {r} round{}).",
            plural_s(r as usize)
        )
    } else {
        expected.map_or_else(String::new, |e| {
            format!("Epidemic model: everyone by round {e}.")
        })
    }
}

/// "fanout 2, push, 0 % loss".
pub fn settings_label(c: &GossipConfig) -> String {
    format!(
        "fanout {}, {}, {} % loss",
        c.fanout,
        mode_name(c.mode),
        c.loss_percent
    )
}

/// "Run 3: fanout 2, push, 0 % loss: 5 rounds", for the list of earlier runs.
pub fn past_run(r: &PastRun) -> String {
    let result = match r.rounds_to_full {
        Some(n) => format!("{n} round{}", plural_s(n as usize)),
        None => "stopped early".to_string(),
    };
    format!("Run {}: {}: {result}", r.run, settings_label(&r.config))
}

/// The narration after "Run 200 trials".
pub fn trials_summary(t: &Trials) -> String {
    let s = &t.stats;
    let mut text = format!(
        "{} trials with {} and {} live nodes: ",
        s.trials,
        settings_label(&t.config),
        t.live
    );
    match (s.mean_rounds, s.min_rounds, s.max_rounds) {
        (Some(mean), Some(min), Some(max)) => text.push_str(&format!(
            "full spread after {mean:.1} rounds on average (fewest {min}, most {max})"
        )),
        _ => text.push_str("no trial reached every live node"),
    }
    if s.unfinished > 0 && s.finished > 0 {
        text.push_str(&format!("; {} did not finish", s.unfinished));
    }
    if let Some(e) = t.expected {
        text.push_str(&format!("; the epidemic model predicts {e}"));
    }
    text.push('.');
    text
}

/// The trials table's caption: for the trials on screen, whether they match the current
/// settings (`current`) or were run with earlier ones.
pub fn trials_caption(trials: Option<&Trials>, current: bool) -> String {
    match trials {
        Some(t) if current => format!(
            "Rounds to full spread, {} trials ({:.0} ms)",
            t.stats.trials, t.elapsed_ms
        ),
        Some(t) => format!(
            "Earlier settings: {}, {} live",
            settings_label(&t.config),
            t.live
        ),
        None => "Rounds to full spread".to_string(),
    }
}

/// The chart's text alternative.
pub fn chart_label(data: &ChartData) -> String {
    let mut s = format!(
        "Line chart of nodes informed (0 to {}) against round (0 to {}).",
        data.live,
        data.rounds()
    );
    if data.current.is_empty() {
        s.push_str(" This run has not started.");
    } else {
        let list: Vec<String> = data.current.iter().map(ToString::to_string).collect();
        s.push_str(&format!(" This run, round by round: {}.", list.join(", ")));
    }
    let expected: Vec<String> = data.expected.iter().map(|x| format!("{x:.1}")).collect();
    s.push_str(&format!(
        " Expected epidemic curve: {}.",
        expected.join(", ")
    ));
    if let Some((n, _)) = &data.trial_mean {
        s.push_str(&format!(" The mean of {n} trials is drawn too."));
    }
    match data.past.len() {
        0 => {}
        1 => s.push_str(" 1 earlier run is drawn faint."),
        k => s.push_str(&format!(" {k} earlier runs are drawn faint.")),
    }
    s
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
            format!("Node 3's heartbeat to Node 4 went unanswered, so Node 3 marks Node 4 as down and is the first to know. Round 0 — Nodes informed: 1 / 11. {SWIM_NOTE}")
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
