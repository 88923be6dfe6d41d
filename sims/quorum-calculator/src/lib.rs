//! The quorum calculator MicroSim: choose N, W and R, simulate writes and reads on a row of
//! replicas, and see when a read is guaranteed to overlap the last write (W + R > N) and when
//! it can return stale data.

mod draw;
pub mod layout;
pub mod settings;

use std::rc::Rc;

use dsim_core::quorum::{Preset, QuorumConfig, QuorumEvent, QuorumSim, MAX_N, MIN_N};
use dsim_ui::{env, ActionButton, Frame, SimCanvas, SimShell, Slider};
use yew::prelude::*;

pub use settings::Settings;

/// The sim's id, as in its URL and folder name.
pub const ID: &str = "quorum-calculator";

/// The component the app mounts on this sim's page.
pub type App = QuorumCalculator;

/// Messages of [`QuorumCalculator`].
pub enum Msg {
    /// An event for the model.
    Event(QuorumEvent),
    /// The canvas was resized.
    Resized(f64, f64),
    /// The canvas was clicked at a point.
    Clicked(f64, f64),
    /// Space: start or stop the demonstration (a write, a read, a write… one every few seconds).
    Demo,
    /// →: the next operation of the demonstration (a write, then a read), stopping it.
    DemoStep,
    /// The demonstration's timer fired.
    DemoTick,
}

/// How long each operation of the demonstration (Space) stays on screen at speed 1, in ms.
const DEMO_MS: f64 = 2_500.0;

/// The quorum calculator component.
pub struct QuorumCalculator {
    settings: Settings,
    sim: QuorumSim,
    narration: String,
    anim: Option<draw::Animation>,
    size: (f64, f64),
    notices: Rc<Vec<String>>,
    /// The demonstration's timer (Space), while it runs.
    demo: Option<dsim_ui::Ticker>,
    /// Whether the demonstration's next operation is a read (else a write).
    demo_reads_next: bool,
}

impl QuorumCalculator {
    fn start_text(config: QuorumConfig) -> String {
        let sim = QuorumSim::new(config, 0);
        format!("{} replicas, all holding v1. {}", config.n, sim.summary())
    }
}

impl QuorumCalculator {
    /// The demonstration's next operation: a write, then a read of it, and so on.
    fn demo_step(&mut self, ctx: &Context<Self>) -> bool {
        let event = if self.demo_reads_next {
            QuorumEvent::Read
        } else {
            QuorumEvent::Write
        };
        self.demo_reads_next = !self.demo_reads_next;
        Component::update(self, ctx, Msg::Event(event))
    }

    /// Every current setting and the seed, for "Copy link to this state".
    fn share_query(&self) -> String {
        Settings::query(self.sim.config(), &self.settings.common)
    }

    /// The current state in a sentence or two, for the screen summary.
    fn state_summary(&self) -> String {
        let c = self.sim.config();
        format!(
            "{} {} of {} replicas up; the latest acknowledged version is v{}.",
            self.sim.summary(),
            self.sim.up_count(),
            c.n,
            self.sim.latest()
        )
    }
}

impl Component for QuorumCalculator {
    type Message = Msg;
    type Properties = dsim_ui::SimProps;

    fn create(ctx: &Context<Self>) -> Self {
        let settings = Settings::from_query(&ctx.props().query);
        let sim = QuorumSim::new(settings.config, settings.common.seed);
        QuorumCalculator {
            narration: Self::start_text(settings.config),
            notices: Rc::new(settings.notices.clone()),
            settings,
            sim,
            anim: None,
            size: (0.0, 0.0),
            demo: None,
            demo_reads_next: false,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        match msg {
            Msg::Demo => {
                if self.demo.take().is_some() {
                    self.narration = "Demonstration stopped.".to_string();
                    return true;
                }
                let link = ctx.link().clone();
                let ms = (DEMO_MS / self.settings.common.speed.max(0.01)).round() as u32;
                self.demo = Some(dsim_ui::Ticker::new(ms.max(200), move || {
                    link.send_message(Msg::DemoTick)
                }));
                self.demo_step(ctx)
            }
            Msg::DemoStep => {
                self.demo = None;
                self.demo_step(ctx)
            }
            Msg::DemoTick => self.demo_step(ctx),
            Msg::Event(event) => {
                let before = self.sim.latest();
                self.narration = self.sim.apply(event);
                self.anim = match event {
                    QuorumEvent::Write | QuorumEvent::Read => Some(draw::Animation {
                        start: env::now(),
                        stale_write: None,
                    }),
                    QuorumEvent::StaleRead if self.sim.latest() > before => Some(draw::Animation {
                        start: env::now(),
                        stale_write: self
                            .sim
                            .last_write()
                            .map(|w| (self.sim.latest(), w.to_vec())),
                    }),
                    _ => None,
                };
                if matches!(event, QuorumEvent::Reset) {
                    self.demo = None;
                    self.demo_reads_next = false;
                    self.narration = format!("Reset. {}", Self::start_text(self.sim.config()));
                }
                true
            }
            Msg::Resized(w, h) => {
                self.size = (w, h);
                true
            }
            Msg::Clicked(x, y) => {
                let (w, h) = self.size;
                match layout::hit(self.sim.config().n, w, h, x, y) {
                    Some(i) => {
                        self.narration = self.sim.apply(QuorumEvent::ToggleNode(i));
                        self.anim = None;
                        true
                    }
                    None => false,
                }
            }
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let c = self.sim.config();
        let ev = |e: QuorumEvent| link.callback(move |_: ()| Msg::Event(e));

        let draw_cb = {
            let sim = self.sim.clone();
            let anim = self.anim.clone();
            let speed = self.settings.common.speed;
            Callback::from(move |f: Frame| draw::draw(&f, &sim, anim.as_ref(), speed))
        };

        let (w, h) = self.size;
        let overlay = layout::nodes(c.n, w, h)
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let replica = self.sim.replicas()[i];
                let label = format!(
                    "Node {}: {}, holds v{}. Press to {}.",
                    i + 1,
                    if replica.up { "up" } else { "down" },
                    replica.version,
                    if replica.up { "take it down" } else { "bring it back up" }
                );
                let style = format!(
                    "left:{:.1}px;top:{:.1}px;width:{:.1}px;height:{:.1}px",
                    s.x - s.r,
                    s.y - s.r,
                    2.0 * s.r,
                    2.0 * s.r
                );
                let onclick = link.callback(move |_: MouseEvent| Msg::Event(QuorumEvent::ToggleNode(i)));
                html! { <button type="button" class="hit" {style} aria-label={label} {onclick}></button> }
            })
            .collect::<Html>();

        let consistent = c.consistent();
        let formula_class = classes!("formula", if consistent { "good" } else { "bad" });
        let stale_reason = self.sim.stale_read_possible().err().map(AttrValue::from);
        let up = self.sim.up_count();
        let canvas_label = format!(
            "{} replicas in a row under a client box. {} up. Latest acknowledged version v{}.",
            c.n,
            up,
            self.sim.latest()
        );
        let slider = |id: &'static str,
                      label: &'static str,
                      letter: &'static str,
                      value: usize,
                      min: usize,
                      max: usize,
                      make: fn(usize) -> QuorumEvent| {
            let unit = if letter == "N" {
                "replicas in total".to_string()
            } else {
                format!("of {} replicas", c.n)
            };
            html! {
                <Slider id={id} label={label} min={min as f64} max={max as f64} value={value as f64}
                    display={value.to_string()}
                    value_text={format!("{letter} = {value} {unit}")}
                    on_change={link.callback(move |v: f64| Msg::Event(make(v.round() as usize)))} />
            }
        };
        let about = html! {
            <>
                <p>{ "The picture shows a client above a row of N replicas of one key. Each replica is a circle labelled with the version it holds (v1 at the start) and whether it is up. After an operation, badges mark the replicas that acknowledged the write (W), those the read consulted (R), and those in both (W+R)." }</p>
                <p>{ "The sliders set N (total replicas), W (write quorum) and R (read quorum). Simulate Write and Simulate Read run one operation; Simulate Stale Read, available when W + R is at most N, shows a read that misses the latest write. Each replica is also a button that takes it down or brings it back. Presets set the chapter's configurations and Cassandra's ONE, QUORUM and ALL." }</p>
            </>
        };
        let help = html! {
            <>
                <p>{ "N replicas each hold a copy of one key. A write succeeds once W of them acknowledge it; a read asks R of them and returns the newest version it sees." }</p>
                <p>{ "Move the sliders, then press Simulate Write and Simulate Read. Orange (W) marks replicas that acknowledged the write, blue (R) those the read consulted, green (W+R) those in both: they guarantee a fresh read. Click a node, or focus it and press Enter, to take it down." }</p>
                <p>{ "Space runs a demonstration (a write, then a read of it, again and again, so the replicas that answer change each time) and stops it; → runs the next write or read by hand." }</p>
            </>
        };

        html! {
            <SimShell sim_id={ID} title="Quorum Calculator" narration={self.narration.clone()}
                share_query={self.share_query()} {about} state={self.state_summary()}
                notices={self.notices.clone()} projector={self.settings.common.projector}
                on_reset={ev(QuorumEvent::Reset)}
                on_play_pause={Some(link.callback(|_: ()| Msg::Demo))}
                on_step={Some(link.callback(|_: ()| Msg::DemoStep))} {help}>
                <div class="stage">
                    <SimCanvas draw={draw_cb} label={canvas_label}
                        on_resize={link.callback(|(w, h)| Msg::Resized(w, h))}
                        on_click={link.callback(|(x, y)| Msg::Clicked(x, y))}>
                        { overlay }
                    </SimCanvas>
                    <ul class="legend" aria-label="Legend">
                        <li><span class="swatch write">{ "W" }</span>{ "acknowledged the write" }</li>
                        <li><span class="swatch read">{ "R" }</span>{ "consulted by the read" }</li>
                        <li><span class="swatch good">{ "W+R" }</span>{ "in both: guarantees fresh data" }</li>
                    </ul>
                    <div class="readouts" role="status" aria-label="Quorum arithmetic">
                        <p class={formula_class}>
                            <span class="big">{ format!("W + R = {}", c.sum()) }</span>
                            <span class="versus">{ if consistent { format!("> N = {} ✓", c.n) } else { format!("≤ N = {} ✗", c.n) } }</span>
                        </p>
                        <p>{ format!("Write fault tolerance: can lose {} node{}", c.write_fault_tolerance(), plural(c.write_fault_tolerance())) }</p>
                        <p>{ format!("Read fault tolerance: can lose {} node{}", c.read_fault_tolerance(), plural(c.read_fault_tolerance())) }</p>
                        <p class={classes!("verdict", if consistent { "good" } else { "bad" })}>
                            { format!("Consistency guaranteed: {}", if consistent { "YES" } else { "NO" }) }
                        </p>
                    </div>
                </div>
                <div class="panel">
                    <div class="sliders">
                        { slider("n", "N (total replicas)", "N", c.n, MIN_N, MAX_N, QuorumEvent::SetN) }
                        { slider("w", "W (write quorum)", "W", c.w, 1, c.n, QuorumEvent::SetW) }
                        { slider("r", "R (read quorum)", "R", c.r, 1, c.n, QuorumEvent::SetR) }
                    </div>
                    <div class="buttons" role="group" aria-label="Actions">
                        <ActionButton label="Simulate Write" primary=true onclick={ev(QuorumEvent::Write)} />
                        <ActionButton label="Simulate Read" primary=true onclick={ev(QuorumEvent::Read)} />
                        <ActionButton label="Simulate Stale Read" onclick={ev(QuorumEvent::StaleRead)} disabled_reason={stale_reason} />
                        <ActionButton label="Reset" onclick={ev(QuorumEvent::Reset)} />
                    </div>
                    <div class="buttons presets" role="group" aria-label="Presets">
                        <span class="group-label">{ "Presets:" }</span>
                        { for Preset::ALL.iter().map(|&p| html! {
                            <ActionButton label={p.label()} onclick={ev(QuorumEvent::Preset(p))} />
                        }) }
                    </div>
                </div>
            </SimShell>
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
