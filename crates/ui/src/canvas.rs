//! A canvas that fills its container's width, stays crisp on HiDPI screens and redraws itself
//! on a `requestAnimationFrame` loop only while the sim says something is moving, so animation
//! never goes through Yew's re-rendering. Out of sight (hidden tab, or scrolled out of the
//! viewport, also when the sim sits in an iframe of a longer page) it asks for no frames at
//! all, and draws the frames it owes as soon as it is back in view.

use gloo::render::{request_animation_frame, AnimationFrame};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ResizeObserver};
use yew::prelude::*;

use crate::draw::Frame;
use crate::env;
use crate::theme::Theme;
use crate::visibility::{self, observe_on_screen, Observer as OnScreenObserver, Watch};

/// Properties of [`SimCanvas`].
#[derive(Properties, PartialEq)]
pub struct SimCanvasProps {
    /// Draws one frame; returns `true` while an animation still needs further frames.
    pub draw: Callback<Frame, bool>,
    /// Accessible description of what the canvas shows (its text alternative).
    pub label: AttrValue,
    /// Told the canvas size in CSS pixels whenever it changes.
    #[prop_or_default]
    pub on_resize: Callback<(f64, f64)>,
    /// Told the CSS-pixel position of a click on the canvas.
    #[prop_or_default]
    pub on_click: Callback<(f64, f64)>,
    /// Told about pointer presses, moves and releases on the canvas (CSS pixels), for
    /// dragging things drawn on it; the canvas captures the pointer while it is pressed.
    #[prop_or_default]
    pub on_pointer: Option<Callback<PointerInput>>,
    /// A CSS cursor for the canvas (for example `ew-resize` over a drag handle).
    #[prop_or_default]
    pub cursor: Option<AttrValue>,
    /// Elements laid over the canvas (for example focusable buttons on nodes).
    #[prop_or_default]
    pub children: Html,
}

/// What a pointer did on the canvas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointerKind {
    /// A button or finger went down.
    Down,
    /// The pointer moved (pressed or not).
    Move,
    /// The button or finger was released, or the browser cancelled the gesture.
    Up,
}

/// A pointer action at a CSS-pixel position on the canvas.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PointerInput {
    /// What happened.
    pub kind: PointerKind,
    /// Distance from the canvas's left edge.
    pub x: f64,
    /// Distance from the canvas's top edge.
    pub y: f64,
}

/// Messages of [`SimCanvas`].
pub enum CanvasMsg {
    /// The container changed size.
    Resized(f64, f64),
    /// An animation frame arrived.
    Frame(f64),
    /// The theme changed (projector mode toggled).
    Theme(Theme),
    /// The page became visible or hidden (tab switch, iframe scrolled in or out).
    PageVisible(bool),
    /// The canvas came into or left the viewport.
    OnScreen(bool),
}

/// A resize observer and the callback it calls (kept alive together).
type Observer = (ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

/// The shared HiDPI canvas widget.
pub struct SimCanvas {
    canvas: NodeRef,
    holder: NodeRef,
    size: (f64, f64),
    pending: Option<AnimationFrame>,
    observer: Option<Observer>,
    theme: Theme,
    _theme_handle: Option<ContextHandle<Theme>>,
    /// Whether the page can be seen at all.
    page_visible: bool,
    /// Whether any of the canvas is inside the viewport.
    on_screen: bool,
    /// A frame was asked for while out of sight: draw it on coming back.
    owed: bool,
    on_screen_observer: Option<OnScreenObserver>,
    _page_watch: Option<Watch>,
}

impl SimCanvas {
    fn schedule(&mut self, ctx: &Context<Self>) {
        if !(self.page_visible && self.on_screen) {
            self.owed = true;
            return;
        }
        self.owed = false;
        if self.pending.is_none() {
            let link = ctx.link().clone();
            self.pending = Some(request_animation_frame(move |t| {
                link.send_message(CanvasMsg::Frame(t))
            }));
        }
    }

    /// Records a change of visibility: out of sight, the pending frame is cancelled (and
    /// owed); back in view, every owed frame is drawn.
    fn set_visible(&mut self, ctx: &Context<Self>, page_visible: bool, on_screen: bool) {
        self.page_visible = page_visible;
        self.on_screen = on_screen;
        if !(page_visible && on_screen) {
            if self.pending.take().is_some() {
                self.owed = true;
            }
        } else if self.owed {
            self.schedule(ctx);
        }
    }

    fn context(&self) -> Option<CanvasRenderingContext2d> {
        let canvas = self.canvas.cast::<HtmlCanvasElement>()?;
        canvas
            .get_context("2d")
            .ok()
            .flatten()?
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()
    }
}

impl Component for SimCanvas {
    type Message = CanvasMsg;
    type Properties = SimCanvasProps;

    fn create(ctx: &Context<Self>) -> Self {
        let (theme, handle) = match ctx
            .link()
            .context::<Theme>(ctx.link().callback(CanvasMsg::Theme))
        {
            Some((t, h)) => (t, Some(h)),
            None => (Theme::default(), None),
        };
        SimCanvas {
            theme,
            _theme_handle: handle,
            canvas: NodeRef::default(),
            holder: NodeRef::default(),
            size: (0.0, 0.0),
            pending: None,
            observer: None,
            page_visible: visibility::page_visible(),
            on_screen: true,
            owed: false,
            on_screen_observer: None,
            _page_watch: {
                let link = ctx.link().clone();
                Some(Watch::new(move |v| {
                    link.send_message(CanvasMsg::PageVisible(v))
                }))
            },
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Self::Message) -> bool {
        match msg {
            CanvasMsg::Resized(w, h) => {
                if (w - self.size.0).abs() >= 0.5 || (h - self.size.1).abs() >= 0.5 {
                    self.size = (w, h);
                    if let Some(canvas) = self.canvas.cast::<HtmlCanvasElement>() {
                        let dpr = env::device_pixel_ratio();
                        canvas.set_width((w * dpr).round().max(1.0) as u32);
                        canvas.set_height((h * dpr).round().max(1.0) as u32);
                    }
                    ctx.props().on_resize.emit((w, h));
                    self.schedule(ctx);
                }
                false
            }
            CanvasMsg::Theme(theme) => {
                self.theme = theme;
                self.schedule(ctx);
                false
            }
            CanvasMsg::PageVisible(v) => {
                self.set_visible(ctx, v, self.on_screen);
                false
            }
            CanvasMsg::OnScreen(v) => {
                self.set_visible(ctx, self.page_visible, v);
                false
            }
            CanvasMsg::Frame(now) => {
                self.pending = None;
                let (w, h) = self.size;
                if w < 1.0 || h < 1.0 {
                    return false;
                }
                let Some(c2d) = self.context() else {
                    return false;
                };
                let theme = self.theme;
                let dpr = env::device_pixel_ratio();
                let _ = c2d.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
                let frame = Frame {
                    ctx: c2d,
                    width: w,
                    height: h,
                    now,
                    palette: theme.palette(),
                    scale: theme.scale(),
                    reduced_motion: theme.reduced_motion,
                };
                let more = ctx.props().draw.emit(frame);
                // A sim that animates from the start (a running clock) never settles, so the
                // first frame drawn is the first frame, whether or not more follow.
                env::mark_first_frame();
                if more {
                    self.schedule(ctx);
                }
                false
            }
        }
    }

    fn changed(&mut self, ctx: &Context<Self>, _old: &Self::Properties) -> bool {
        self.schedule(ctx);
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let onclick = {
            let cb = ctx.props().on_click.clone();
            let holder = self.holder.clone();
            Callback::from(move |e: MouseEvent| {
                if let Some(el) = holder.cast::<web_sys::Element>() {
                    let rect = el.get_bounding_client_rect();
                    cb.emit((
                        e.client_x() as f64 - rect.left(),
                        e.client_y() as f64 - rect.top(),
                    ));
                }
            })
        };
        let pointer = |kind: PointerKind| {
            let cb = ctx.props().on_pointer.clone();
            let holder = self.holder.clone();
            Callback::from(move |e: PointerEvent| {
                let (Some(cb), Some(el)) = (cb.as_ref(), holder.cast::<web_sys::Element>()) else {
                    return;
                };
                if let Some(target) = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = match kind {
                        PointerKind::Down => target.set_pointer_capture(e.pointer_id()),
                        PointerKind::Up => target.release_pointer_capture(e.pointer_id()),
                        PointerKind::Move => Ok(()),
                    };
                }
                let rect = el.get_bounding_client_rect();
                cb.emit(PointerInput {
                    kind,
                    x: e.client_x() as f64 - rect.left(),
                    y: e.client_y() as f64 - rect.top(),
                });
            })
        };
        let has_pointer = ctx.props().on_pointer.is_some();
        let onpointerdown = has_pointer.then(|| pointer(PointerKind::Down));
        let onpointermove = has_pointer.then(|| pointer(PointerKind::Move));
        let onpointerup = has_pointer.then(|| pointer(PointerKind::Up));
        let onpointercancel = has_pointer.then(|| pointer(PointerKind::Up));
        let style = ctx.props().cursor.as_ref().map(|c| format!("cursor:{c}"));
        html! {
            <div class="sim-canvas" ref={self.holder.clone()}>
                <canvas ref={self.canvas.clone()} role="img" aria-label={ctx.props().label.clone()} {onclick}
                    {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {style}></canvas>
                { ctx.props().children.clone() }
            </div>
        }
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        if first_render {
            let Some(holder) = self.holder.cast::<web_sys::Element>() else {
                return;
            };
            let link = ctx.link().clone();
            let closure =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
                        let rect = entry.content_rect();
                        link.send_message(CanvasMsg::Resized(rect.width(), rect.height()));
                    }
                });
            if let Ok(observer) = ResizeObserver::new(closure.as_ref().unchecked_ref()) {
                observer.observe(&holder);
                self.observer = Some((observer, closure));
            }
            let link = ctx.link().clone();
            self.on_screen_observer =
                observe_on_screen(&holder, move |v| link.send_message(CanvasMsg::OnScreen(v)));
            let rect = holder.get_bounding_client_rect();
            ctx.link()
                .send_message(CanvasMsg::Resized(rect.width(), rect.height()));
        }
        self.schedule(ctx);
    }

    fn destroy(&mut self, _ctx: &Context<Self>) {
        self.pending = None;
        self.owed = false;
        self._page_watch = None;
        if let Some((observer, _closure)) = self.observer.take() {
            observer.disconnect();
        }
        if let Some((observer, _closure)) = self.on_screen_observer.take() {
            observer.disconnect();
        }
    }
}
