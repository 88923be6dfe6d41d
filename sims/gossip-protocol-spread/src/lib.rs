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
pub mod text;

use std::rc::Rc;

use dsim_core::gossip::phi::{
    Detector, PhiEvent, PhiSim, MAX_JITTER_MS, MAX_THRESHOLD, MAX_TIMEOUT_MS, MIN_THRESHOLD,
    MIN_TIMEOUT_MS,
};
use dsim_core::gossip::{
    expected_rounds_to_full, GossipEvent, GossipSim, Mode, DEFAULT_TRIALS, MAX_FANOUT,
    MAX_LOSS_PERCENT, MAX_ROUNDS, MIN_FANOUT, SUBJECT,
};
use dsim_ui::format::thousands;
use dsim_ui::Ticker;
use dsim_ui::{env, ActionButton, Choice, Frame, PlayControls, SimCanvas, SimShell, Slider, Tabs};
use yew::prelude::*;

use crate::draw::{Anim, AnimKind, Scene, FLIGHT_MS};
use crate::layout::{Detail, Grid};
use crate::runs::{mode_value, Runs, Trials};
use crate::text::{gossip as say, phi as say_phi};
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
        self.narration = say::outcome(&self.sim.apply(GossipEvent::Start));
        self.refresh(Some(AnimKind::Start));
        if play && self.sim.started() {
            self.set_playing(ctx, true);
        }
    }

    /// One round; pauses auto-play when the round completes the spread or nothing can happen.
    fn step(&mut self, ctx: &Context<Self>) {
        let was_complete = self.sim.is_complete();
        self.narration = say::outcome(&self.sim.step());
        self.refresh(Some(AnimKind::Round));
        let done = !was_complete && self.sim.is_complete();
        let stuck = self.sim.informed_count() == 0 || self.sim.round() >= MAX_ROUNDS;
        if self.playing && (done || stuck) {
            self.set_playing(ctx, false);
            if done {
                self.narration.push_str(say::AUTO_PLAY_PAUSED);
            }
        }
    }

    fn gossip_reset(&mut self, ctx: &Context<Self>) {
        self.runs.keep(&self.sim);
        self.set_playing(ctx, false);
        self.narration = say::outcome(&self.sim.apply(GossipEvent::Reset));
        if !self.runs.is_empty() {
            self.narration.push_str(say::RUNS_KEPT);
        }
        self.refresh(None);
    }

    /// Advances the detector; returns whether a detector changed its mind (then narrated).
    fn phi_advance(&mut self, ms: u64) -> bool {
        let changes = self.phi.advance(ms);
        if !changes.is_empty() {
            self.narration = say_phi::changes(&changes);
        }
        self.phi_scene = Rc::new(phi_view::PhiScene::new(&self.phi));
        !changes.is_empty()
    }

    fn play_reason(&self) -> Option<AttrValue> {
        say::play_reason(&self.sim).map(AttrValue::from)
    }

    fn start_reason(&self) -> Option<AttrValue> {
        say::start_reason(&self.sim).map(AttrValue::from)
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
            narration: say::intro(&sim),
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
            this.narration = say_phi::intro(this.phi.config().threshold);
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
                        self.narration = say_phi::intro(self.phi.config().threshold);
                        self.set_phi_playing(ctx, true);
                    }
                    Tab::Gossip => {
                        self.narration = say::shown(&self.sim);
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
                    self.narration = say::paused(&self.sim);
                } else if !self.sim.started() || self.sim.informed_count() == 0 {
                    self.start(ctx, true);
                } else if self.play_reason().is_none() {
                    self.set_playing(ctx, true);
                    self.step(ctx);
                }
            }
            Msg::Reset => self.gossip_reset(ctx),
            Msg::Set(event) => {
                self.narration = say::outcome(&self.sim.apply(event));
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
                self.narration = say::outcome(&self.sim.apply(GossipEvent::SetNodes(n)));
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
                self.narration = say::outcome(&self.sim.apply(GossipEvent::ToggleNode(live[k])));
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
                self.narration = say::revived(&failed, self.sim.progress());
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
                self.narration = say::trials_summary(&trials);
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
                    say_phi::RUNNING.to_string()
                } else {
                    say_phi::paused(self.phi.now())
                };
            }
            Msg::PhiStep => {
                self.set_phi_playing(ctx, false);
                if !self.phi_advance(1000) {
                    self.narration = say_phi::one_second_later(&self.phi);
                }
            }
            Msg::Phi(event) => {
                self.narration = say_phi::outcome(&self.phi.apply(event));
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
        match self.tab {
            Tab::Gossip => say::summary(&self.sim),
            Tab::Phi => say_phi::summary(&self.phi.config(), self.phi.is_alive()),
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

        let canvas_label = say::grid_label(sim, self.failed_nodes().len());
        let overlay = if n <= MAX_NODE_BUTTONS && grid.detail != Detail::Squares && w > 0.0 {
            let r = grid.hit_radius();
            grid.positions(n, self.settings.common.seed)
                .into_iter()
                .enumerate()
                .map(|(i, (x, y))| {
                    let label = say::node_button(i, sim.state(i));
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
        let status_extra = say::status_extra(sim, expected_rounds_to_full(&c, sim.live_count()));

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
                    <span class="counter">{ say::counter(sim.progress()) }</span>
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
                    <SimCanvas draw={chart_cb} label={say::chart_label(&self.chart)} />
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
                        <ul>{ for self.runs.iter().map(|r| html! { <li>{ say::past_run(r) }</li> }) }</ul>
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
        let caption = say::trials_caption(self.trials.as_ref(), current.is_some());
        let (mean, min, max, expected) = match &self.trials {
            Some(t) => {
                let s = &t.stats;
                (
                    cell(s.mean_rounds.map(|m| format!("{m:.1}"))),
                    cell(s.min_rounds.map(|m| m.to_string())),
                    cell(s.max_rounds.map(|m| m.to_string())),
                    cell(t.expected.map(|m| m.to_string())),
                )
            }
            None => (
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
        let line = |d: Detector| {
            let standing = phi_view::standing(phi, d);
            let class = if standing.is_alarm() {
                "bad"
            } else if phi.is_alive() {
                "good"
            } else {
                ""
            };
            (say_phi::detector_line(phi, d, standing), class)
        };
        let (phi_line, phi_class) = line(Detector::Phi);
        let (to_line, to_class) = line(Detector::Timeout);
        let alive = phi.is_alive();
        html! {
            <>
            <div class="stage">
                <div class="phi-readouts" role="status" aria-live="off" aria-label="Detector readings">
                    <p>
                        <strong class="phi-value">{ say_phi::phi_value(phi.phi()) }</strong>
                        { say_phi::phi_time(phi) }
                        <span class="phi-fit">{ say_phi::phi_fit(phi) }</span>
                    </p>
                    <p class={phi_class}>{ phi_line }</p>
                    <p class={to_class}>{ to_line }</p>
                </div>
                <div class="phi-canvas">
                    <SimCanvas draw={draw_cb} label={say_phi::scene_label(&self.phi_scene)} />
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_steps_cover_the_model_range() {
        use dsim_core::gossip::{MAX_NODES, MIN_NODES};
        assert_eq!(NODE_STEPS.first(), Some(&MIN_NODES));
        assert_eq!(NODE_STEPS.last(), Some(&MAX_NODES));
        assert!(NODE_STEPS.windows(2).all(|w| w[0] < w[1]));
    }
}
