//! `SimHost<S>`: the one component every sim is mounted as. It reads the sim's settings from
//! the link (with notices for what it changed), runs the model clock, owns play/pause, step and
//! reset, keeps the narration, wires the main canvas, and frames it all in [`SimShell`].

use std::rc::Rc;

use yew::prelude::*;

use crate::canvas::{PointerInput, SimCanvas};
use crate::clock::ModelClock;
use crate::draw::Frame;
use crate::env;
use crate::help_words::HelpWords;
use crate::shell::SimShell;
use crate::sim::{Cx, LinkSettings, Sim, SimInfo, View};
use crate::ticker::Ticker;
use crate::tour::{Tour, TourAt};
use crate::SimProps;

mod tour_run;

/// Messages of [`SimHost`].
pub enum HostMsg<S: Sim> {
    /// A message for the sim.
    Sim(S::Msg),
    /// The clock's timer fired.
    Tick,
    /// Space or the Play/Pause button.
    PlayPause,
    /// → or the Step button.
    Step,
    /// Alt+R or the Reset button.
    Reset,
    /// The main canvas changed size (CSS pixels).
    Resized(f64, f64),
    /// The main canvas was clicked at a CSS-pixel point.
    Click(f64, f64),
    /// A pointer pressed, moved or released on the main canvas.
    Pointer(PointerInput),
    /// Go to a tour's step (Continue, Back, the "Take the tour" menu).
    TourGo(TourAt),
    /// Leave the tour, keeping the state it reached.
    TourExit,
}

/// The component a sim's page mounts: `pub type App = SimHost<MySim>;`.
pub struct SimHost<S: Sim> {
    settings: S::Settings,
    sim: S,
    narration: String,
    notices: Rc<Vec<String>>,
    playing: bool,
    size: (f64, f64),
    clock: ModelClock,
    ticker: Option<Ticker>,
    /// When a clock tick last re-rendered the page (for [`SimInfo::render_every_ms`](crate::sim::SimInfo)).
    last_render: f64,
    /// The sim's fixed words (from its catalogues).
    words: HelpWords,
    /// The sim's guided tours.
    tours: Rc<Vec<Tour<S>>>,
    /// The tour step on screen, if a tour runs.
    tour: Option<TourAt>,
}

impl<S: Sim> SimHost<S> {
    /// The sim's id, title, words and flags, for tools and tests.
    pub fn info() -> SimInfo {
        S::INFO
    }

    /// Runs `f` on the sim with a fresh [`Cx`], then keeps what it narrated and whether it
    /// plays.
    fn with_cx<R>(&mut self, ctx: &Context<Self>, f: impl FnOnce(&mut S, &mut Cx<S>) -> R) -> R {
        let mut narration = None;
        let mut playing = self.playing;
        let result = {
            let mut cx = Cx {
                link: ctx.link(),
                narration: &mut narration,
                playing: &mut playing,
                common: self.settings.common(),
                size: self.size,
            };
            f(&mut self.sim, &mut cx)
        };
        if let Some(text) = narration {
            self.narration = text;
        }
        self.playing = playing;
        result
    }

    /// Starts the clock's timer when the sim's clock should run, stops it when not.
    fn sync_clock(&mut self, ctx: &Context<Self>) {
        let run = self.sim.clock_running(self.playing);
        if run && self.ticker.is_none() {
            self.clock.stop();
            self.clock.tick(env::now(), self.settings.common().speed);
            let link = ctx.link().clone();
            self.ticker = Some(Ticker::new(S::INFO.tick_ms, move || {
                link.send_message(HostMsg::Tick)
            }));
        } else if !run && self.ticker.is_some() {
            self.ticker = None;
            self.clock.stop();
        }
    }

    /// One clock tick: the model moves on; the page re-renders when it changed, at most every
    /// [`SimInfo::render_every_ms`](crate::sim::SimInfo) while the clock keeps running.
    fn tick(&mut self, ctx: &Context<Self>) -> bool {
        let now = env::now();
        let ms = self.clock.tick(now, self.settings.common().speed);
        if ms == 0 || !self.with_cx(ctx, |sim, cx| sim.advance(ms, cx)) {
            return false;
        }
        let stopping = !self.sim.clock_running(self.playing);
        if stopping || now - self.last_render >= S::INFO.render_every_ms {
            self.last_render = now;
            return true;
        }
        false
    }

    fn play_pause(&mut self, ctx: &Context<Self>) -> bool {
        if !S::INFO.plays {
            return false;
        }
        let playing = !self.playing;
        self.playing = playing;
        self.with_cx(ctx, |sim, cx| sim.played(playing, cx));
        true
    }

    fn reset(&mut self, ctx: &Context<Self>) -> bool {
        self.playing = S::INFO.autoplay;
        self.ticker = None;
        self.clock.stop();
        self.with_cx(ctx, |sim, cx| sim.reset(cx));
        true
    }
}

impl<S: Sim> Component for SimHost<S> {
    type Message = HostMsg<S>;
    type Properties = SimProps;

    fn create(ctx: &Context<Self>) -> Self {
        let query = ctx.props().query.clone();
        let settings = S::Settings::from_query(&query);
        let tours = Rc::new(S::tours());
        let (at, tour_notices) = crate::tour::from_query(&query, &tours);
        let mut notices = settings.notices().to_vec();
        notices.extend(tour_notices);
        let (sim, narration, playing) = fresh::<S>(&settings, ctx, (0.0, 0.0));
        let mut host = SimHost {
            notices: Rc::new(notices),
            settings,
            sim,
            narration,
            playing,
            size: (0.0, 0.0),
            clock: ModelClock::new(),
            ticker: None,
            last_render: 0.0,
            words: HelpWords::read(S::INFO.words),
            tours,
            tour: None,
        };
        if let Some(at) = at {
            host.tour_go(ctx, at);
        }
        host.sync_clock(ctx);
        host
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        let redraw = match msg {
            HostMsg::Sim(m) => self.with_cx(ctx, |sim, cx| sim.update(m, cx)),
            HostMsg::Tick => self.tick(ctx),
            HostMsg::PlayPause => self.play_pause(ctx),
            HostMsg::Step if S::INFO.steps => {
                self.with_cx(ctx, |sim, cx| sim.step(cx));
                true
            }
            HostMsg::Step => false,
            HostMsg::Reset => {
                self.tour = None;
                self.reset(ctx)
            }
            HostMsg::TourGo(at) => {
                self.tour_go(ctx, at);
                true
            }
            HostMsg::TourExit => self.tour.take().is_some(),
            HostMsg::Resized(w, h) => {
                self.size = (w, h);
                true
            }
            HostMsg::Click(x, y) => self.with_cx(ctx, |sim, cx| sim.click(x, y, cx)),
            HostMsg::Pointer(p) => self
                .with_cx(ctx, |sim, cx| sim.pointer(p, cx))
                .unwrap_or(false),
        };
        self.sync_clock(ctx);
        redraw
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let common = self.settings.common();
        let v = View {
            link,
            words: &self.words,
            sim: &self.sim,
            playing: self.playing,
            common,
            size: self.size,
        };
        html! {
            <SimShell sim_id={S::INFO.id} title={self.words.title} narration={self.narration.clone()}
                share_query={self.share_query()} about={paragraphs(&self.words.about)}
                tour_menu={self.tour_menu(link)} tour={self.tour_panel(link)}
                state={self.sim.state_summary()} notices={self.notices.clone()}
                projector={common.projector}
                on_reset={link.callback(|_| HostMsg::Reset)}
                on_play_pause={S::INFO.plays.then(|| link.callback(|_| HostMsg::PlayPause))}
                on_step={S::INFO.steps.then(|| link.callback(|_| HostMsg::Step))}
                help={paragraphs(&self.words.help)}>
                { self.sim.view(&v) }
            </SimShell>
        }
    }
}

/// The main canvas of `v`'s sim (see [`View::canvas`]).
pub(crate) fn main_canvas<S: Sim>(v: &View<S>) -> Html {
    let scene = Rc::new(v.sim.scene(v));
    let draw = Callback::from(move |f: Frame| S::draw(&f, &scene));
    let on_pointer = S::INFO.drags.then(|| v.link.callback(HostMsg::Pointer));
    html! {
        <SimCanvas {draw} label={v.sim.canvas_label()} cursor={v.sim.cursor()} {on_pointer}
            on_resize={v.link.callback(|(w, h)| HostMsg::Resized(w, h))}
            on_click={v.link.callback(|(x, y)| HostMsg::Click(x, y))}>
            { v.sim.overlay(v) }
        </SimCanvas>
    }
}

/// A fresh sim from `settings`: the sim, its opening narration and whether it plays.
fn fresh<S: Sim>(
    settings: &S::Settings,
    ctx: &Context<SimHost<S>>,
    size: (f64, f64),
) -> (S, String, bool) {
    let mut narration = None;
    let mut playing = S::INFO.autoplay;
    let sim = S::new(
        settings,
        &mut Cx {
            link: ctx.link(),
            narration: &mut narration,
            playing: &mut playing,
            common: settings.common(),
            size,
        },
    );
    (sim, narration.unwrap_or_default(), playing)
}

/// Paragraphs of a sim's fixed text as `<p>` elements.
fn paragraphs(text: &[&str]) -> Html {
    text.iter().map(|p| html! { <p>{ *p }</p> }).collect()
}
