//! The gossip protocol spread MicroSim: Node 4 is down and nobody monitors the cluster; the
//! news spreads by gossip, round by round, from the node that noticed first. Students change
//! the fanout, message loss, cluster size (12 to 1,000) and push style, fail and revive nodes,
//! compare runs on a chart against the epidemic model, and run 200 seeded trials. A second
//! panel shows how a node decides that a peer is down: the phi accrual detector beside a
//! fixed timeout.

mod curves;
mod draw;
pub mod layout;
mod phi_view;
pub mod runs;
pub mod settings;

use std::rc::Rc;

use dsim_core::gossip::phi::{
    Detector, PhiEvent, PhiSim, MAX_JITTER_MS, MAX_THRESHOLD, MAX_TIMEOUT_MS, MIN_THRESHOLD,
    MIN_TIMEOUT_MS,
};
use dsim_core::gossip::{
    expected_rounds_to_full, GossipEvent, GossipSim, Mode, NodeState, DEFAULT_TRIALS, MAX_FANOUT,
    MAX_LOSS_PERCENT, MAX_ROUNDS, MIN_FANOUT, SUBJECT,
};
use dsim_ui::Ticker;
use dsim_ui::{env, ActionButton, Choice, Frame, PlayControls, SimCanvas, SimShell, Slider, Tabs};
use yew::prelude::*;

use crate::draw::{Anim, AnimKind, Scene, FLIGHT_MS};
use crate::layout::{Detail, Grid};
use crate::runs::{mode_value, settings_label, Runs, Trials};
pub use settings::{Settings, Tab};

/// The sim's id, as in its URL and folder name.
pub const ID: &str = "gossip-protocol-spread";
/// One gossip round of auto-play at speed 1, in ms (the chapter's 1.5 s).
const ROUND_MS: f64 = 1500.0;
/// How often the detector panel advances and redraws, in real ms (10 Hz).
const PHI_TICK_MS: u32 = 100;
/// The cluster sizes the "Nodes" slider steps through (a link may add its own).
const NODE_STEPS: [usize; 15] = [
    12, 16, 20, 25, 30, 40, 50, 75, 100, 150, 200, 300, 500, 750, 1000,
];
/// Up to this many nodes, every node also gets a focusable button on the canvas.
const MAX_NODE_BUTTONS: usize = 40;

/// The component the app mounts on this sim's page.
pub type App = GossipSpread;

/// Messages of [`GossipSpread`].
pub enum Msg {
    /// A tab was chosen.
    Tab(AttrValue),
    /// "Start Gossip".
    Start,
    /// "Next Round" (pauses auto-play).
    Step,
    /// The auto-play timer fired.
    Tick,
    /// Play / Pause of the gossip panel.
    PlayPause,
    /// "Reset" of the gossip panel (the run is kept as a faint line).
    Reset,
    /// A setting or a node toggle for the model.
    Set(GossipEvent),
    /// The "Nodes" slider moved to a step.
    Nodes(usize),
    /// "Fail a random node".
    FailRandom,
    /// "Revive failed nodes".
    ReviveAll,
    /// "Run 200 trials".
    Trials,
    /// The cluster canvas was resized.
    Resized(f64, f64),
    /// The cluster canvas was clicked.
    Clicked(f64, f64),
    /// The detector timer fired.
    PhiTick,
    /// Play / Pause of the detector panel.
    PhiPlayPause,
    /// Advance the detector by one second.
    PhiStep,
    /// An event for the detector.
    Phi(PhiEvent),
    /// Alt+R: reset the panel shown.
    ShellReset,
    /// Space: play or pause the panel shown.
    ShellPlay,
    /// →: step the panel shown.
    ShellStep,
}

/// The gossip protocol spread component.
pub struct GossipSpread {
    settings: Settings,
    notices: Rc<Vec<String>>,
    tab: Tab,
    narration: String,
    // Gossip panel.
    sim: GossipSim,
    runs: Runs,
    trials: Option<Trials>,
    node_steps: Vec<usize>,
    playing: bool,
    timer: Option<Ticker>,
    scene: Rc<Scene>,
    chart: Rc<curves::ChartData>,
    size: (f64, f64),
    picks: u64,
    // Detector panel.
    phi: PhiSim,
    phi_playing: bool,
    phi_timer: Option<Ticker>,
    phi_scene: Rc<phi_view::PhiScene>,
}

impl GossipSpread {
    fn intro(sim: &GossipSim) -> String {
        format!(
            "{} nodes; Node 4 is DOWN and the {} live nodes do not know yet. Press Start Gossip: Node 3, whose heartbeat to Node 4 goes unanswered, will be the first to know.",
            sim.nodes(),
            sim.live_count()
        )
    }

    fn phi_intro(&self) -> String {
        format!(
            "Phi accrual detector: one node sends a heartbeat about every second and the network adds jitter. Phi rises while the monitor waits; at {} it suspects the node. Press Stop heartbeats to crash it and watch both detectors convict it.",
            self.phi.config().threshold
        )
    }

    fn speed(&self) -> f64 {
        self.settings.common.speed.max(0.01)
    }

    /// Rebuilds what the canvases draw; `anim` animates the last action.
    fn refresh(&mut self, anim: Option<AnimKind>) {
        let states = self.sim.states().to_vec();
        let seed = self.settings.common.seed;
        let a = |kind| Anim {
            kind,
            start: env::now(),
            duration: FLIGHT_MS / self.speed(),
        };
        self.scene = Rc::new(match (anim, self.sim.first_informed()) {
            (Some(AnimKind::Round), _) => {
                Scene::round(seed, states, self.sim.messages(), a(AnimKind::Round))
            }
            (Some(AnimKind::Start), Some(first)) => {
                Scene::start(seed, states, first, a(AnimKind::Start))
            }
            _ => Scene::still(seed, states),
        });
        self.chart = Rc::new(curves::ChartData::new(
            &self.sim,
            &self.runs,
            self.trials.as_ref(),
        ));
    }

    fn set_playing(&mut self, ctx: &Context<Self>, playing: bool) {
        self.playing = playing && self.tab == Tab::Gossip;
        self.timer = self.playing.then(|| {
            let link = ctx.link().clone();
            let ms = (ROUND_MS / self.speed()).round().max(50.0) as u32;
            Ticker::new(ms, move || link.send_message(Msg::Tick))
        });
    }

    fn set_phi_playing(&mut self, ctx: &Context<Self>, playing: bool) {
        self.phi_playing = playing && self.tab == Tab::Phi;
        self.phi_timer = self.phi_playing.then(|| {
            let link = ctx.link().clone();
            Ticker::new(PHI_TICK_MS, move || link.send_message(Msg::PhiTick))
        });
    }

    fn start(&mut self, ctx: &Context<Self>, play: bool) {
        self.narration = self.sim.apply(GossipEvent::Start);
        self.refresh(Some(AnimKind::Start));
        if play && self.sim.started() {
            self.set_playing(ctx, true);
        }
    }

    /// One round; pauses auto-play when the round completes the spread or nothing can happen.
    fn step(&mut self, ctx: &Context<Self>) {
        let was_complete = self.sim.is_complete();
        self.narration = self.sim.step();
        self.refresh(Some(AnimKind::Round));
        let done = !was_complete && self.sim.is_complete();
        let stuck = self.sim.informed_count() == 0 || self.sim.round() >= MAX_ROUNDS;
        if self.playing && (done || stuck) {
            self.set_playing(ctx, false);
            if done {
                self.narration.push_str(" Auto-play paused.");
            }
        }
    }

    fn gossip_reset(&mut self, ctx: &Context<Self>) {
        self.runs.keep(&self.sim);
        self.set_playing(ctx, false);
        self.narration = self.sim.apply(GossipEvent::Reset);
        if !self.runs.is_empty() {
            self.narration
                .push_str(" Earlier runs stay on the chart as faint lines.");
        }
        self.refresh(None);
    }

    fn phi_advance(&mut self, ms: u64) {
        if let Some(note) = self.phi.advance(ms) {
            self.narration = note;
        }
        self.phi_scene = Rc::new(phi_view::PhiScene::new(&self.phi));
    }

    fn play_reason(&self) -> Option<AttrValue> {
        if self.sim.live_count() == 0 {
            Some("Every node is down; revive a node or press Reset.".into())
        } else if self.sim.round() >= MAX_ROUNDS {
            Some(format!("This run has reached {MAX_ROUNDS} rounds; press Reset.").into())
        } else if self.sim.started() && self.sim.informed_count() == 0 {
            Some("No live node knows any more; press Start Gossip.".into())
        } else {
            None
        }
    }

    fn start_reason(&self) -> Option<AttrValue> {
        if self.sim.live_count() == 0 {
            Some("Every node is down: nobody can notice the failure.".into())
        } else if self.sim.started() && self.sim.informed_count() > 0 {
            Some("Gossip has started; press Next Round or Play.".into())
        } else {
            None
        }
    }

    fn failed_nodes(&self) -> Vec<usize> {
        (0..self.sim.nodes())
            .filter(|&i| i != SUBJECT && !self.sim.is_live(i))
            .collect()
    }
}

impl Component for GossipSpread {
    type Message = Msg;
    type Properties = dsim_ui::SimProps;

    fn create(ctx: &Context<Self>) -> Self {
        let settings = Settings::from_query(&ctx.props().query);
        let seed = settings.common.seed;
        let sim = GossipSim::new(settings.config, seed);
        let mut node_steps = NODE_STEPS.to_vec();
        if !node_steps.contains(&sim.nodes()) {
            node_steps.push(sim.nodes());
            node_steps.sort_unstable();
        }
        let phi = PhiSim::new(settings.phi, seed);
        let mut this = GossipSpread {
            narration: Self::intro(&sim),
            notices: Rc::new(settings.notices.clone()),
            tab: Tab::Gossip,
            scene: Rc::new(Scene::still(seed, sim.states().to_vec())),
            chart: Rc::new(curves::ChartData::new(&sim, &Runs::default(), None)),
            phi_scene: Rc::new(phi_view::PhiScene::new(&phi)),
            sim,
            runs: Runs::default(),
            trials: None,
            node_steps,
            playing: false,
            timer: None,
            size: (0.0, 0.0),
            picks: 0,
            phi,
            phi_playing: false,
            phi_timer: None,
            settings,
        };
        if this.settings.tab == Tab::Phi {
            this.tab = Tab::Phi;
            this.narration = this.phi_intro();
            this.set_phi_playing(ctx, true);
        }
        this
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        match msg {
            Msg::Tab(id) => {
                let tab = Tab::from_id(&id);
                if tab == self.tab {
                    return false;
                }
                self.set_playing(ctx, false);
                self.set_phi_playing(ctx, false);
                self.tab = tab;
                match tab {
                    Tab::Phi => {
                        self.narration = self.phi_intro();
                        self.set_phi_playing(ctx, true);
                    }
                    Tab::Gossip => {
                        self.narration = format!("Gossip spread. {}.", self.sim.counter_text());
                        self.refresh(None);
                    }
                }
            }
            Msg::Start => self.start(ctx, true),
            Msg::Step => {
                self.set_playing(ctx, false);
                if self.sim.started() && self.sim.informed_count() > 0 {
                    self.step(ctx);
                } else {
                    self.start(ctx, false);
                }
            }
            Msg::Tick => {
                if !self.playing {
                    return false;
                }
                self.step(ctx);
            }
            Msg::PlayPause => {
                if self.playing {
                    self.set_playing(ctx, false);
                    self.narration = format!("Paused. {}.", self.sim.counter_text());
                } else if !self.sim.started() || self.sim.informed_count() == 0 {
                    self.start(ctx, true);
                } else if self.play_reason().is_none() {
                    self.set_playing(ctx, true);
                    self.step(ctx);
                }
            }
            Msg::Reset => self.gossip_reset(ctx),
            Msg::Set(event) => {
                self.narration = self.sim.apply(event);
                if self.playing && self.play_reason().is_some() {
                    self.set_playing(ctx, false);
                }
                self.refresh(None);
            }
            Msg::Nodes(k) => {
                let Some(&n) = self.node_steps.get(k) else {
                    return false;
                };
                if n == self.sim.nodes() {
                    return false;
                }
                self.set_playing(ctx, false);
                self.runs.clear();
                self.narration = self.sim.apply(GossipEvent::SetNodes(n));
                self.refresh(None);
            }
            Msg::FailRandom => {
                let live: Vec<usize> = (0..self.sim.nodes())
                    .filter(|&i| i != SUBJECT && self.sim.is_live(i))
                    .collect();
                if live.is_empty() {
                    return false;
                }
                let k = layout::pick(self.settings.common.seed, self.picks, live.len());
                self.picks += 1;
                self.narration = self.sim.apply(GossipEvent::ToggleNode(live[k]));
                if self.playing && self.play_reason().is_some() {
                    self.set_playing(ctx, false);
                }
                self.refresh(None);
            }
            Msg::ReviveAll => {
                let failed = self.failed_nodes();
                if failed.is_empty() {
                    return false;
                }
                for &i in &failed {
                    self.sim.apply(GossipEvent::ToggleNode(i));
                }
                let count = failed.len();
                self.narration = format!(
                    "{} back up, unaware that Node 4 is down; gossip will reach {}. {}.",
                    if count == 1 {
                        format!("Node {} comes", failed[0] + 1)
                    } else {
                        format!("{count} nodes come")
                    },
                    if count == 1 { "it" } else { "them" },
                    self.sim.counter_text()
                );
                self.refresh(None);
            }
            Msg::Trials => {
                let config = self.sim.config();
                let live = self.sim.live_count();
                let t0 = env::now();
                let stats = self.sim.run_trials(DEFAULT_TRIALS);
                let elapsed_ms = env::now() - t0;
                let trials = Trials {
                    stats,
                    config,
                    live,
                    expected: expected_rounds_to_full(&config, live),
                    elapsed_ms,
                };
                self.narration = trials.summary();
                self.trials = Some(trials);
                self.refresh(None);
            }
            Msg::Resized(w, h) => {
                self.size = (w, h);
            }
            Msg::Clicked(x, y) => {
                let (w, h) = self.size;
                let grid = Grid::new(self.sim.nodes(), w, h);
                let pos = grid.positions(self.sim.nodes(), self.settings.common.seed);
                let Some(i) = layout::hit(&grid, &pos, x, y) else {
                    return false;
                };
                return Component::update(self, ctx, Msg::Set(GossipEvent::ToggleNode(i)));
            }
            Msg::PhiTick => {
                if !self.phi_playing {
                    return false;
                }
                let ms = (f64::from(PHI_TICK_MS) * self.speed()).round() as u64;
                self.phi_advance(ms);
            }
            Msg::PhiPlayPause => {
                let playing = !self.phi_playing;
                self.set_phi_playing(ctx, playing);
                self.narration = if playing {
                    "Running: heartbeats arrive and phi is recomputed ten times a second."
                        .to_string()
                } else {
                    format!("Paused at {:.1} s.", self.phi.now() as f64 / 1000.0)
                };
            }
            Msg::PhiStep => {
                self.set_phi_playing(ctx, false);
                let before = self.narration.clone();
                self.phi_advance(1000);
                if self.narration == before {
                    self.narration = format!(
                        "One second later: {:.1} s, phi = {:.2}.",
                        self.phi.now() as f64 / 1000.0,
                        self.phi.phi()
                    );
                }
            }
            Msg::Phi(event) => {
                self.narration = self.phi.apply(event);
                if event == PhiEvent::Reset && !self.phi_playing {
                    self.set_phi_playing(ctx, true);
                }
                self.phi_scene = Rc::new(phi_view::PhiScene::new(&self.phi));
            }
            Msg::ShellReset => {
                return match self.tab {
                    Tab::Gossip => Component::update(self, ctx, Msg::Reset),
                    Tab::Phi => Component::update(self, ctx, Msg::Phi(PhiEvent::Reset)),
                }
            }
            Msg::ShellPlay => {
                return match self.tab {
                    Tab::Gossip => Component::update(self, ctx, Msg::PlayPause),
                    Tab::Phi => Component::update(self, ctx, Msg::PhiPlayPause),
                }
            }
            Msg::ShellStep => {
                return match self.tab {
                    Tab::Gossip => Component::update(self, ctx, Msg::Step),
                    Tab::Phi => Component::update(self, ctx, Msg::PhiStep),
                }
            }
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let help = html! {
            <>
                <p>{ "Node 4 has crashed. With no central monitor, the news spreads by gossip: each round every informed node tells a few random peers (the fanout). Gray ? nodes do not know yet, orange ! nodes learned it this round, green ✓ nodes spread it. Large clusters are drawn as small squares: hollow (unaware), orange dot (just informed), solid green (spreading)." }</p>
                <p>{ "Press Start Gossip, then Next Round (or Play). Change the fanout, the message loss, the number of nodes and push or push-pull. Click a node (or Tab to it and press Enter) to fail or revive it. Reset keeps the run as a faint line on the chart; Run 200 trials measures the mean rounds to full spread." }</p>
                <p>{ "The Phi accrual detector tab shows how a node decides that a peer is down: phi rises with the silence since the last heartbeat, measured against the heartbeats' own jitter." }</p>
            </>
        };
        let about = html! {
            <>
                <p>{ "Two panels. Gossip spread: a grid of nodes, one of which (Node 4) has crashed. Each node shows whether it knows of the crash: a question mark for unaware, an exclamation mark for just informed this round, a check mark for spreading it. A chart below plots the share of informed nodes per round, beside the expected curve." }</p>
                <p>{ "Start Gossip begins the spread, Next Round and Play advance it. Sliders set the fanout (peers per round), the message loss and the number of nodes; a choice sets push or push-pull; each node is a button that fails or revives it; Run 200 trials measures the mean rounds to full spread. The Phi accrual detector panel plots a heartbeat's phi and a fixed timeout over time, with sliders for the phi threshold, the heartbeat jitter and the fixed timeout, and a button that stops the heartbeats." }</p>
            </>
        };
        let tabs = vec![
            (
                AttrValue::from(Tab::Gossip.id()),
                AttrValue::from("Gossip spread"),
            ),
            (
                AttrValue::from(Tab::Phi.id()),
                AttrValue::from("Phi accrual detector"),
            ),
        ];
        html! {
            <SimShell sim_id={ID} title="Gossip Protocol Spread" narration={self.narration.clone()}
                share_query={Settings::query(self.sim.config(), self.tab, self.phi.config(), &self.settings.common)}
                {about} state={self.state_summary()}
                notices={self.notices.clone()} projector={self.settings.common.projector}
                on_reset={link.callback(|_| Msg::ShellReset)}
                on_play_pause={Some(link.callback(|_| Msg::ShellPlay))}
                on_step={Some(link.callback(|_| Msg::ShellStep))} {help}>
                <div class="gossip">
                    <Tabs label="Panels" {tabs} selected={AttrValue::from(self.tab.id())}
                        on_select={link.callback(Msg::Tab)} />
                    <div class="gossip-panel" role="tabpanel" id={format!("panel-{}", self.tab.id())}
                        aria-labelledby={format!("tab-{}", self.tab.id())}>
                        { match self.tab {
                            Tab::Gossip => self.gossip_view(ctx),
                            Tab::Phi => self.phi_view(ctx),
                        } }
                    </div>
                </div>
            </SimShell>
        }
    }
}

impl GossipSpread {
    /// The current state in a sentence or two, for the screen summary.
    fn state_summary(&self) -> String {
        let c = self.sim.config();
        match self.tab {
            Tab::Gossip => format!(
                "Gossip spread panel: {} nodes, fanout {}, {} % message loss, {}. {}.",
                c.nodes,
                c.fanout,
                c.loss_percent,
                match c.mode {
                    dsim_core::gossip::Mode::Push => "push",
                    dsim_core::gossip::Mode::PushPull => "push-pull",
                },
                self.sim.counter_text()
            ),
            Tab::Phi => {
                let p = self.phi.config();
                format!(
                    "Phi accrual detector panel: threshold {}, heartbeat jitter {} ms, fixed timeout {:.1} s; heartbeats are {}.",
                    p.threshold,
                    p.jitter_ms,
                    p.timeout_ms as f64 / 1000.0,
                    if self.phi.is_alive() { "arriving" } else { "stopped" }
                )
            }
        }
    }

    fn gossip_view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let sim = &self.sim;
        let c = sim.config();
        let n = sim.nodes();
        let (w, h) = self.size;
        let grid = Grid::new(n, w, h);

        let draw_cb = {
            let scene = self.scene.clone();
            Callback::from(move |f: Frame| draw::draw(&f, &scene))
        };
        let chart_cb = {
            let data = self.chart.clone();
            Callback::from(move |f: Frame| curves::draw(&f, &data))
        };

        let count = |s: NodeState| sim.states().iter().filter(|&&x| x == s).count();
        let canvas_label = format!(
            "{n} nodes in a loose grid. Node 4 is down. {} of {} live nodes know: {} just informed, {} spreading; {} do not know yet; {} other node{} failed.",
            sim.informed_count(),
            sim.live_count(),
            count(NodeState::JustInformed),
            count(NodeState::Spreading),
            count(NodeState::Unaware),
            self.failed_nodes().len(),
            if self.failed_nodes().len() == 1 { "" } else { "s" },
        );
        let overlay = if n <= MAX_NODE_BUTTONS && grid.detail != Detail::Squares && w > 0.0 {
            let r = grid.hit_radius();
            grid.positions(n, self.settings.common.seed)
                .into_iter()
                .enumerate()
                .map(|(i, (x, y))| {
                    let (what, action) = match sim.state(i) {
                        Some(NodeState::Down) if i == SUBJECT => ("down: the failed node the news is about", "hear why it stays down"),
                        Some(NodeState::Down) => ("failed", "revive it"),
                        Some(NodeState::Unaware) => ("does not know yet", "fail it"),
                        Some(NodeState::JustInformed) => ("just informed", "fail it"),
                        Some(NodeState::Spreading) => ("knows and spreads the news", "fail it"),
                        None => ("unknown", "fail it"),
                    };
                    let label = format!("Node {}: {what}. Press to {action}.", i + 1);
                    let style = format!(
                        "left:{:.1}px;top:{:.1}px;width:{:.1}px;height:{:.1}px",
                        x - r, y - r, 2.0 * r, 2.0 * r
                    );
                    let onclick = link.callback(move |_: MouseEvent| Msg::Set(GossipEvent::ToggleNode(i)));
                    html! { <button type="button" class="hit" {style} aria-label={label} {onclick}></button> }
                })
                .collect::<Html>()
        } else {
            Html::default()
        };

        let squares = grid.detail == Detail::Squares;
        let legend = [
            (if squares { "□" } else { "?" }, "unaware", "unaware"),
            (if squares { "●" } else { "!" }, "fresh", "just informed"),
            (if squares { "■" } else { "✓" }, "spreading", "spreading"),
            ("✗", "down", "down"),
        ];
        let status_extra = if sim.is_complete() {
            format!(
                "Every live node knows (after {} round{}).",
                sim.rounds_to_full().unwrap_or(0),
                if sim.rounds_to_full() == Some(1) {
                    ""
                } else {
                    "s"
                }
            )
        } else {
            match expected_rounds_to_full(&c, sim.live_count()) {
                Some(e) => format!("Epidemic model: everyone by round {e}."),
                None => String::new(),
            }
        };

        let slider_fanout = html! {
            <Slider id="fanout" label="Gossip fanout (peers per round)"
                min={MIN_FANOUT as f64} max={MAX_FANOUT as f64} value={c.fanout as f64}
                display={c.fanout.to_string()}
                value_text={format!("{} peer{} per round", c.fanout, if c.fanout == 1 { "" } else { "s" })}
                on_change={link.callback(|v: f64| Msg::Set(GossipEvent::SetFanout(v.round() as usize)))} />
        };
        let slider_loss = html! {
            <Slider id="loss" label="Message loss" min={0.0} max={f64::from(MAX_LOSS_PERCENT)}
                value={f64::from(c.loss_percent)} display={format!("{} %", c.loss_percent)}
                value_text={format!("{} % of messages lost", c.loss_percent)}
                on_change={link.callback(|v: f64| Msg::Set(GossipEvent::SetLoss(v.round() as u32)))} />
        };
        let step_index = self.node_steps.iter().position(|&s| s == n).unwrap_or(0);
        let slider_nodes = html! {
            <Slider id="nodes" label="Nodes" min={0.0} max={(self.node_steps.len() - 1) as f64}
                value={step_index as f64} display={thousands(n)}
                value_text={format!("{} nodes", thousands(n))}
                on_change={link.callback(|v: f64| Msg::Nodes(v.round() as usize))} />
        };
        let failed = self.failed_nodes();
        let fail_reason =
            (sim.live_count() == 0).then(|| AttrValue::from("Every node is already down."));
        let revive_reason = failed
            .is_empty()
            .then(|| AttrValue::from("No node has failed (Node 4 stays down)."));

        html! {
            <>
            <div class="stage">
                <div class="gossip-status" role="status" aria-label="Gossip progress">
                    <span class="counter">{ sim.counter_text() }</span>
                    <span class="status-extra">{ status_extra }</span>
                </div>
                <ul class="legend gossip-legend" aria-label="Legend">
                    { for legend.iter().map(|(g, class, text)| html! {
                        <li><span class={classes!("glyph", *class)} aria-hidden="true">{ *g }</span>{ *text }</li>
                    }) }
                </ul>
                <div class="gossip-grid">
                    <SimCanvas draw={draw_cb} label={canvas_label}
                        on_resize={link.callback(|(w, h)| Msg::Resized(w, h))}
                        on_click={link.callback(|(x, y)| Msg::Clicked(x, y))}>
                        { overlay }
                    </SimCanvas>
                </div>
                <div class="gossip-chart">
                    <SimCanvas draw={chart_cb} label={self.chart.describe()} />
                </div>
            </div>
            <div class="panel">
                <div class="buttons" role="group" aria-label="Rounds">
                    <ActionButton label="Start Gossip" primary=true onclick={link.callback(|_| Msg::Start)}
                        disabled_reason={self.start_reason()} />
                    <PlayControls playing={self.playing} on_play_pause={link.callback(|_| Msg::PlayPause)}
                        on_step={Some(link.callback(|_| Msg::Step))} step_label="Next Round"
                        disabled_reason={self.play_reason()} />
                    <ActionButton label="Reset" onclick={link.callback(|_| Msg::Reset)} />
                </div>
                <div class="sliders gossip-sliders">
                    { slider_fanout }
                    { slider_loss }
                    { slider_nodes }
                </div>
                <Choice label="Gossip style" name="gossip-mode"
                    options={vec![
                        (AttrValue::from("push"), AttrValue::from("push")),
                        (AttrValue::from("push-pull"), AttrValue::from("push-pull")),
                    ]}
                    selected={AttrValue::from(mode_value(c.mode))}
                    on_select={link.callback(|v: AttrValue| Msg::Set(GossipEvent::SetMode(
                        if v.as_str() == "push-pull" { Mode::PushPull } else { Mode::Push })))} />
                <div class="buttons" role="group" aria-label="Failures">
                    <ActionButton label="Fail a random node" onclick={link.callback(|_| Msg::FailRandom)}
                        disabled_reason={fail_reason} />
                    <ActionButton label="Revive failed nodes" onclick={link.callback(|_| Msg::ReviveAll)}
                        disabled_reason={revive_reason} />
                </div>
                <div class="trials">
                    <ActionButton label={format!("Run {DEFAULT_TRIALS} trials")} onclick={link.callback(|_| Msg::Trials)}
                        disabled_reason={(sim.live_count() == 0).then(|| AttrValue::from("Every node is down."))} />
                    { self.trials_table() }
                </div>
                <div class="gossip-notes">
                    <h2>{ "Earlier runs (faint lines)" }</h2>
                    if self.runs.is_empty() {
                        <p>{ "None yet: Reset keeps the run on the chart." }</p>
                    } else {
                        <ul>{ for self.runs.iter().map(|r| html! { <li>{ format!("Run {}: {}", r.run, r.describe()) }</li> }) }</ul>
                    }
                    <p class="model-note">
                        { "Dashed: the epidemic model, x" }<sub>{ "t+1" }</sub>{ " = x" }<sub>{ "t" }</sub>
                        { " + (L − x" }<sub>{ "t" }</sub>{ ")(1 − (1 − p)" }<sup>{ "x" }<sub>{ "t" }</sub></sup>
                        { "), p = f(1 − loss)/(L − 1) for push: about log" }<sub>{ "1+f" }</sub>{ " L + (ln L)/f rounds, O(log N)." }
                    </p>
                </div>
            </div>
            </>
        }
    }

    fn trials_table(&self) -> Html {
        let live = self.sim.live_count();
        let current = self
            .trials
            .as_ref()
            .filter(|t| t.matches(&self.sim.config(), live));
        let cell = |v: Option<String>| v.unwrap_or_else(|| "—".to_string());
        let (caption, mean, min, max, expected) = match &self.trials {
            Some(t) => {
                let s = &t.stats;
                let caption = if current.is_some() {
                    format!(
                        "Rounds to full spread, {} trials ({:.0} ms)",
                        s.trials, t.elapsed_ms
                    )
                } else {
                    format!(
                        "Earlier settings: {}, {} live",
                        settings_label(&t.config),
                        t.live
                    )
                };
                (
                    caption,
                    cell(s.mean_rounds.map(|m| format!("{m:.1}"))),
                    cell(s.min_rounds.map(|m| m.to_string())),
                    cell(s.max_rounds.map(|m| m.to_string())),
                    cell(t.expected.map(|m| m.to_string())),
                )
            }
            None => (
                "Rounds to full spread".to_string(),
                "—".to_string(),
                "—".to_string(),
                "—".to_string(),
                cell(expected_rounds_to_full(&self.sim.config(), live).map(|m| m.to_string())),
            ),
        };
        let class = classes!(
            "trials-table",
            (self.trials.is_some() && current.is_none()).then_some("stale")
        );
        html! {
            <div role="status" aria-label="Trial results" class="trials-status">
                <table {class}>
                    <caption>{ caption }</caption>
                    <thead><tr>
                        <th scope="col">{ "mean" }</th><th scope="col">{ "min" }</th>
                        <th scope="col">{ "max" }</th><th scope="col">{ "model" }</th>
                    </tr></thead>
                    <tbody><tr>
                        <td>{ mean }</td><td>{ min }</td><td>{ max }</td><td>{ expected }</td>
                    </tr></tbody>
                </table>
            </div>
        }
    }

    fn phi_view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let phi = &self.phi;
        let c = phi.config();
        let draw_cb = {
            let scene = self.phi_scene.clone();
            Callback::from(move |f: Frame| phi_view::draw(&f, &scene))
        };
        let phi_now = phi.phi();
        let phi_text = if phi_now > 999.0 {
            "phi > 999".to_string()
        } else {
            format!("phi = {phi_now:.2}")
        };
        let verdict = |d: Detector| -> (String, &'static str) {
            if let Some(lat) = phi.detection_latency(d) {
                (
                    format!("CONVICTED {:.1} s after the crash", lat as f64 / 1000.0),
                    "bad",
                )
            } else if phi.suspected(d) {
                ("SUSPECTS the node, which is alive".to_string(), "bad")
            } else if phi.is_alive() {
                ("trusts the node".to_string(), "good")
            } else {
                ("still trusts the crashed node".to_string(), "")
            }
        };
        let (phi_verdict, phi_class) = verdict(Detector::Phi);
        let (to_verdict, to_class) = verdict(Detector::Timeout);
        let false_alarms = |d: Detector| {
            let k = phi.false_positives(d);
            format!("{k} false alarm{}", if k == 1 { "" } else { "s" })
        };
        let alive = phi.is_alive();
        html! {
            <>
            <div class="stage">
                <div class="phi-readouts" role="status" aria-live="off" aria-label="Detector readings">
                    <p>
                        <strong class="phi-value">{ phi_text }</strong>
                        { format!(" at {:.1} s (threshold {})", phi.now() as f64 / 1000.0, c.threshold) }
                        <span class="phi-fit">{ format!(" · gaps: mean {} ms, σ {} ms → phi reaches {} after {} ms of silence",
                            thousands(phi.mean_ms().round() as usize), thousands(phi.std_ms().round() as usize),
                            c.threshold, thousands(phi.phi_deadline_ms() as usize)) }</span>
                    </p>
                    <p class={phi_class}>{ format!("Phi detector: {phi_verdict}; {}.", false_alarms(Detector::Phi)) }</p>
                    <p class={to_class}>{ format!("Timeout {:.1} s: {to_verdict}; {}.", c.timeout_ms as f64 / 1000.0, false_alarms(Detector::Timeout)) }</p>
                </div>
                <div class="phi-canvas">
                    <SimCanvas draw={draw_cb} label={self.phi_scene.describe()} />
                </div>
            </div>
            <div class="panel">
                <div class="buttons" role="group" aria-label="Heartbeats">
                    <PlayControls playing={self.phi_playing} on_play_pause={link.callback(|_| Msg::PhiPlayPause)}
                        on_step={Some(link.callback(|_| Msg::PhiStep))} step_label="Advance 1 s" />
                    <ActionButton label={if alive { "Stop heartbeats" } else { "Restart heartbeats" }} primary=true
                        onclick={link.callback(move |_| Msg::Phi(if alive { PhiEvent::StopHeartbeats } else { PhiEvent::ResumeHeartbeats }))} />
                    <ActionButton label="Reset" onclick={link.callback(|_| Msg::Phi(PhiEvent::Reset))} />
                </div>
                <div class="sliders gossip-sliders">
                    <Slider id="threshold" label="Phi threshold" min={MIN_THRESHOLD} max={MAX_THRESHOLD} step={0.5}
                        value={c.threshold} display={format!("{}", c.threshold)}
                        value_text={format!("suspect at phi {}: a heartbeat this late happens less than once in 10 to the {}", c.threshold, c.threshold)}
                        on_change={link.callback(|v: f64| Msg::Phi(PhiEvent::SetThreshold(v)))} />
                    <Slider id="jitter" label="Heartbeat jitter" min={0.0} max={f64::from(MAX_JITTER_MS)} step={10.0}
                        value={f64::from(c.jitter_ms)} display={format!("{} ms", c.jitter_ms)}
                        value_text={format!("jitter {} milliseconds", c.jitter_ms)}
                        on_change={link.callback(|v: f64| Msg::Phi(PhiEvent::SetJitter(v.round() as u32)))} />
                    <Slider id="timeout" label="Fixed timeout" min={MIN_TIMEOUT_MS as f64} max={MAX_TIMEOUT_MS as f64} step={100.0}
                        value={c.timeout_ms as f64} display={format!("{:.1} s", c.timeout_ms as f64 / 1000.0)}
                        value_text={format!("timeout {:.1} seconds", c.timeout_ms as f64 / 1000.0)}
                        on_change={link.callback(|v: f64| Msg::Phi(PhiEvent::SetTimeout(v.round() as u64)))} />
                </div>
                <p class="phi-note">{ "Cassandra convicts a node at phi ≥ 8 (phi_convict_threshold). Raise the jitter: the fixed timeout starts raising false alarms while phi learns the wider spread of gaps." }</p>
                <p class="phi-note phi-formula">{ "phi = −log" }<sub>{ "10" }</sub>{ "(1 − F(Δ)): F is the normal distribution fitted to the last 100 gaps between heartbeats, Δ the silence since the last one. phi = 8: a live node is this late once in 10" }<sup>{ "8" }</sup>{ "." }</p>
            </div>
            </>
        }
    }
}

/// 1000 → "1,000".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(12), "12");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    /// The runs the browser tests replay: the default link (seed 42, fanout 2, push, no loss)
    /// and `?seed=7&mode=push-pull`, step by step.
    #[test]
    fn the_runs_the_browser_tests_expect() {
        let run = |query: &str, rounds: usize| {
            let s = Settings::from_query(query);
            let mut sim = GossipSim::new(s.config, s.common.seed);
            let first = sim.apply(GossipEvent::Start);
            let mut texts = vec![first];
            for _ in 0..rounds {
                texts.push(sim.step());
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
        assert_eq!(history, vec![1, 6, 11]);
        assert_eq!(full, Some(2));
        assert!(texts[1].starts_with("Round 1: 11 live nodes sent 44 messages"));
    }

    #[test]
    fn node_steps_cover_the_model_range() {
        use dsim_core::gossip::{MAX_NODES, MIN_NODES};
        assert_eq!(NODE_STEPS.first(), Some(&MIN_NODES));
        assert_eq!(NODE_STEPS.last(), Some(&MAX_NODES));
        assert!(NODE_STEPS.windows(2).all(|w| w[0] < w[1]));
    }
}
