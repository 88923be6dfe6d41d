//! The `Sim` trait: what one simulation supplies. Everything every sim has in common (reading
//! the link, the clock, play/pause/step/reset, narration, the screen summary, the main canvas,
//! help and the shell's tools) is [`crate::host::SimHost`]'s; a sim supplies its settings, its
//! model and messages, its controls, its words and `draw(&Frame, &Scene)`.

use crate::msg::t;
use yew::html::Scope;
use yew::prelude::*;

use crate::canvas::PointerInput;
use crate::draw::Frame;
use crate::help_words::HelpWords;
use crate::host::{HostMsg, SimHost};
use crate::params::CommonParams;
use crate::tour::Tour;

/// A sim's settings as read from its link (`?n=5&w=3&seed=7`).
/// [`Linked`](crate::params::Linked) implements it for any sim's [`SimParams`](crate::params::SimParams).
pub trait LinkSettings: Clone + PartialEq + std::fmt::Debug + 'static {
    /// Reads the settings from a query string. Never fails: a malformed or out-of-range value
    /// becomes the nearest valid one, and a notice says so.
    fn from_query(query: &str) -> Self;
    /// The settings every sim shares: seed, speed, projector mode.
    fn common(&self) -> &CommonParams;
    /// What was changed while reading, for the notice bar.
    fn notices(&self) -> &[String];
}

/// One simulation: implemented once per sim, mounted as `SimHost<ThatSim>`.
pub trait Sim: Sized + 'static {
    /// What the page needs to know before the sim exists: its id, title, words and flags.
    const INFO: SimInfo;

    /// Its settings from the link.
    type Settings: LinkSettings;
    /// Its messages (from its controls, its canvas overlay, its own timers).
    type Msg: Clone + 'static;
    /// What one frame of the main canvas needs, taken from the sim after every change.
    type Scene: 'static;

    /// A fresh sim from the link's settings; `cx.narrate` sets the opening sentence.
    fn new(settings: &Self::Settings, cx: &mut Cx<Self>) -> Self;
    /// Handles one of its messages; returns whether the page must be redrawn.
    fn update(&mut self, msg: Self::Msg, cx: &mut Cx<Self>) -> bool;
    /// Alt+R: back to the start (of the current settings or the link's, as the sim defines).
    fn reset(&mut self, cx: &mut Cx<Self>);

    /// Whether the model clock runs now (by default: while playing).
    fn clock_running(&self, playing: bool) -> bool {
        playing
    }
    /// Moves the model on by `model_ms` of model time; returns whether anything changed.
    fn advance(&mut self, _model_ms: u64, _cx: &mut Cx<Self>) -> bool {
        false
    }
    /// Told that Space or the Play button started (`true`) or paused (`false`) it.
    fn played(&mut self, _playing: bool, _cx: &mut Cx<Self>) {}
    /// →: one step by hand (only called when [`SimInfo::steps`]).
    fn step(&mut self, _cx: &mut Cx<Self>) {}

    /// Everything inside the shell: the stage (with [`View::canvas`]) and the controls.
    fn view(&self, v: &View<Self>) -> Html;
    /// The main canvas's state for one frame.
    fn scene(&self, v: &View<Self>) -> Self::Scene;
    /// Draws one frame; returns whether an animation needs further frames.
    fn draw(frame: &Frame, scene: &Self::Scene) -> bool;
    /// The main canvas's text alternative.
    fn canvas_label(&self) -> String;
    /// Focusable elements laid over the main canvas (e.g. a button on each node).
    fn overlay(&self, _v: &View<Self>) -> Html {
        Html::default()
    }
    /// A click on the main canvas at a CSS-pixel point; returns whether to redraw.
    fn click(&mut self, _x: f64, _y: f64, _cx: &mut Cx<Self>) -> bool {
        false
    }
    /// Pointer presses, moves and releases on the main canvas, for dragging (None: not used).
    fn pointer(&mut self, _input: PointerInput, _cx: &mut Cx<Self>) -> Option<bool> {
        None
    }
    /// The canvas's CSS cursor now (e.g. over a drag handle).
    fn cursor(&self) -> Option<AttrValue> {
        None
    }

    /// The current state in a sentence or two (screen summary, updated at most every 3 s).
    fn state_summary(&self) -> String;
    /// Every current setting and the seed as a query string, for "Copy link to this state"
    /// (without `projector`, which the shell adds).
    fn share_query(&self, common: &CommonParams) -> String;

    /// Its guided tours, each a story of steps replayed on the live model (see [`Tour`]).
    fn tours() -> Vec<Tour<Self>> {
        Vec::new()
    }
}

/// The wiring at the top of every sim crate's `lib.rs`, written once: its `msg` module (its
/// catalogues `locales/<lang>.ftl`, compiled by its `build.rs` into the message constants and
/// `t!`), its settings (`Params` and `Settings` from its `settings` module, for the app and the
/// fuzz target) and `App`, the component the app mounts on its page:
/// `dsim_ui::sim_crate!(QuorumCalculator);`.
#[macro_export]
macro_rules! sim_crate {
    ($sim:ident) => {
        /// This sim's words: its catalogues `locales/<lang>.ftl`, compiled by `build.rs`.
        pub(crate) mod msg {
            include!(concat!(env!("OUT_DIR"), "/msg.rs"));
        }

        pub use settings::{Params, Settings};

        /// The component the app mounts on this sim's page.
        pub type App = $crate::SimHost<$sim>;
    };
}

/// The items every `impl Sim for …` starts with, written once: `INFO` (the sim's words,
/// `crate::msg::SCOPE`, whose name is the sim's id, and any flag other than
/// [`SimInfo::new`]'s defaults), `Settings` and `Msg` (the sim crate's own,
/// named so), the scene's type, and `tours()`: the sim's tour functions, in the order the menu
/// lists them, each given the tour words of its catalogues:
///
/// ```text
/// impl Sim for LeaderElection {
///     dsim_ui::sim_items! {
///         scene: Live<ElectionLab>,
///         tours: [tours::raft_and_bully, tours::split_votes],
///         autoplay: true, render_every_ms: 150.0,
///     }
///     …
/// ```
// `crate::msg::SCOPE` names the calling sim's own catalogues, on purpose.
#[allow(clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! sim_items {
    (scene: $scene:ty, tours: [$($tour:path),+ $(,)?]
     $(, $flag:ident: $value:expr)* $(,)?) => {
        const INFO: $crate::SimInfo = $crate::SimInfo {
            $($flag: $value,)*
            ..$crate::SimInfo::new(&crate::msg::SCOPE)
        };
        type Settings = Settings;
        type Msg = Msg;
        type Scene = $scene;
        fn tours() -> Vec<$crate::Tour<Self>> {
            let words = $crate::TourWords::read(&crate::msg::SCOPE);
            vec![$($tour(&words)),+]
        }
    };
}

/// What the page knows of a sim before it exists: `SimInfo::new(&crate::msg::SCOPE)`, with
/// other flags than the defaults as in `SimInfo { autoplay: true, ..SimInfo::new(…) }`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SimInfo {
    /// Its id: its folder under `sims/` and its URL `sims/<id>/main.html`.
    pub id: &'static str,
    /// Its words: its catalogues, whose `title`, `about-N`, `help-N` and `legend-N` messages
    /// [`HelpWords`](crate::help_words::HelpWords) reads.
    pub words: &'static crate::i18n::Scope,
    /// Whether Space plays and pauses it (and the help says so).
    pub plays: bool,
    /// Whether it starts playing.
    pub autoplay: bool,
    /// Whether → steps it (and the help says so).
    pub steps: bool,
    /// Whether it takes pointer input on the canvas (then [`Sim::pointer`] is called).
    pub drags: bool,
    /// Real milliseconds between clock ticks while the clock runs.
    pub tick_ms: u32,
    /// While the clock runs, the page (controls, readouts) re-renders at most this often, in
    /// real ms; a canvas that draws from shared state animates every frame in between. The
    /// page always re-renders on the tick that stops the clock.
    pub render_every_ms: f64,
}

impl SimInfo {
    /// The sim whose `words` these are (their scope's name is its id): it plays and steps,
    /// neither starts playing nor drags, ticks every 50 ms and renders on every tick that
    /// changes something.
    pub const fn new(words: &'static crate::i18n::Scope) -> Self {
        SimInfo {
            id: words.id,
            words,
            plays: true,
            autoplay: false,
            steps: true,
            drags: false,
            tick_ms: 50,
            render_every_ms: 0.0,
        }
    }
}

/// What a sim may do while it handles a message: narrate, read the clock and the canvas size,
/// play or pause, and send itself messages later.
pub struct Cx<'a, S: Sim> {
    pub(crate) link: &'a Scope<SimHost<S>>,
    pub(crate) narration: &'a mut Option<String>,
    pub(crate) playing: &'a mut bool,
    pub(crate) common: &'a CommonParams,
    pub(crate) size: (f64, f64),
}

impl<S: Sim> Cx<'_, S> {
    /// Says what just happened (shown under the sim and announced politely).
    pub fn narrate(&mut self, text: impl Into<String>) {
        *self.narration = Some(text.into());
    }
    /// `performance.now()`, for animation start times (never for the model).
    pub fn now(&self) -> f64 {
        crate::env::now()
    }
    /// The animation speed from the link (0.25–10).
    pub fn speed(&self) -> f64 {
        self.common.speed
    }
    /// The seed from the link.
    pub fn seed(&self) -> u64 {
        self.common.seed
    }
    /// The main canvas's size in CSS pixels (0 × 0 before it is laid out).
    pub fn canvas_size(&self) -> (f64, f64) {
        self.size
    }
    /// Whether the sim is playing.
    pub fn playing(&self) -> bool {
        *self.playing
    }
    /// Plays or pauses the sim (the host starts or stops the clock accordingly).
    pub fn set_playing(&mut self, playing: bool) {
        *self.playing = playing;
    }
    /// A callback that sends the sim a message.
    pub fn callback<I: 'static>(&self, f: impl Fn(I) -> S::Msg + 'static) -> Callback<I> {
        self.link.callback(move |i| HostMsg::Sim(f(i)))
    }
    /// Runs `work` (e.g. fetching a part's code) and sends the sim the message it ends with;
    /// nothing is sent if the sim is gone by then.
    pub fn spawn(&self, work: impl std::future::Future<Output = S::Msg> + 'static) {
        let link = self.link.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let msg = work.await;
            link.send_message(HostMsg::Sim(msg));
        });
    }
}

/// What a sim's view can use: callbacks into the sim, the host's transport (play, step) and
/// the main canvas.
pub struct View<'a, S: Sim> {
    pub(crate) link: &'a Scope<SimHost<S>>,
    pub(crate) words: &'a HelpWords,
    pub(crate) sim: &'a S,
    pub(crate) playing: bool,
    pub(crate) common: &'a CommonParams,
    pub(crate) size: (f64, f64),
}

impl<S: Sim> View<'_, S> {
    /// A callback that sends the sim a message made from the event's value.
    pub fn callback<I: 'static>(&self, f: impl Fn(I) -> S::Msg + 'static) -> Callback<I> {
        self.link.callback(move |i| HostMsg::Sim(f(i)))
    }
    /// A callback that sends the sim `msg` whenever it fires, whatever it carries.
    pub fn send<I: 'static>(&self, msg: S::Msg) -> Callback<I>
    where
        S::Msg: Clone,
    {
        self.link.callback(move |_| HostMsg::Sim(msg.clone()))
    }
    /// Whether the sim is playing.
    pub fn playing(&self) -> bool {
        self.playing
    }
    /// Toggles playing (the same as Space).
    pub fn on_play_pause(&self) -> Callback<()> {
        self.link.callback(|_| HostMsg::PlayPause)
    }
    /// One step by hand (the same as →).
    pub fn on_step(&self) -> Callback<()> {
        self.link.callback(|_| HostMsg::Step)
    }
    /// Resets the sim (the same as Alt+R).
    pub fn on_reset(&self) -> Callback<()> {
        self.link.callback(|_| HostMsg::Reset)
    }
    /// The animation speed from the link.
    pub fn speed(&self) -> f64 {
        self.common.speed
    }
    /// The main canvas's size in CSS pixels.
    pub fn canvas_size(&self) -> (f64, f64) {
        self.size
    }
    /// The panel's clock group: Play/Pause, a step button labelled `step_label` (none when
    /// `None`), and Reset.
    pub fn clock_group(&self, step_label: Option<&'static str>) -> Html {
        use crate::controls::{ActionButton, PlayControls};
        let on_step = step_label.map(|_| self.on_step());
        let label = step_label.map_or_else(|| t!(STEP), str::to_string);
        html! {
            <div class="buttons" role="group" aria-label={t!(CLOCK)}>
                <PlayControls playing={self.playing()} on_play_pause={self.on_play_pause()}
                    {on_step} step_label={label} />
                <ActionButton label={t!(RESET)} onclick={self.on_reset()} />
            </div>
        }
    }
    /// The legend of its catalogue (`legend-N`), a list with the CSS classes `legend` and
    /// `class`.
    pub fn legend(&self, class: &'static str) -> Html {
        crate::legend::legend(class, &self.words.legend)
    }
    /// The main canvas: HiDPI, redrawn from [`Sim::scene`] by [`Sim::draw`], with the sim's
    /// overlay, clicks and drags wired to it.
    pub fn canvas(&self) -> Html {
        crate::host::main_canvas(self)
    }
    /// A sim's usual page (see [`stage_and_panel`]) with the main canvas first on the stage,
    /// then `stage` (legend, readouts).
    pub fn stage_and_panel(&self, prefix: &str, stage: Html, panel: Html) -> Html {
        stage_and_panel(prefix, html! { <>{ self.canvas() }{ stage }</> }, panel)
    }
}

/// A sim's page: the stage (what it shows: canvases, legend, readouts) beside the panel of
/// controls, with CSS classes `stage <prefix>-stage` and `panel <prefix>-panel` (only `stage`
/// and `panel` when `prefix` is empty).
pub fn stage_and_panel(prefix: &str, stage: Html, panel: Html) -> Html {
    let own = |part: &str| (!prefix.is_empty()).then(|| format!("{prefix}-{part}"));
    html! {
        <>
            <div class={classes!("stage", own("stage"))}>{ stage }</div>
            <div class={classes!("panel", own("panel"))}>{ panel }</div>
        </>
    }
}
