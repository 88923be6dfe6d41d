//! One frame of the main canvas: the drawing state, the cached layer, and the time spent
//! drawing, written onto the canvas so a browser test can measure the frame cost and find the
//! ring.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use dsim_ui::i18n::fixed;
use dsim_ui::layer::Layer;
use dsim_ui::{env, Frame};
use web_sys::HtmlCanvasElement;

use crate::{draw, layout};

/// What [`crate::ConsistentHashRing`] hands the canvas for each frame.
pub struct RingFrame {
    /// The scene and when its animations started.
    pub state: draw::DrawState,
    /// The unchanging part of the drawing, repainted only when the scene changes.
    pub layer: Rc<RefCell<Layer>>,
    /// Time spent drawing.
    pub stats: Rc<FrameStats>,
    /// The theme scale the canvas last drew with, read back for hit-testing clicks.
    pub scale: Rc<Cell<f64>>,
}

/// Draws one frame at the ring's effective scale and records its cost; returns whether an
/// animation needs more frames.
pub fn draw(f: &Frame, rf: &RingFrame) -> bool {
    let t0 = env::now();
    let f = Frame {
        ctx: f.ctx.clone(),
        width: f.width,
        height: f.height,
        now: f.now,
        palette: f.palette,
        scale: layout::effective_scale(f.width, f.scale),
        reduced_motion: f.reduced_motion,
    };
    rf.scale.set(f.scale);
    let more = draw::draw(&f, &rf.state, &mut rf.layer.borrow_mut());
    rf.stats.record(env::now() - t0, &f);
    more
}

/// Time spent drawing frames, written onto the canvas (`data-draw-ms-total`, `data-frames`,
/// `data-draw-ms-max`, `data-draw-ms-last`) so the frame cost can be measured in a browser,
/// with the ring's place (`data-ring`).
#[derive(Debug, Default)]
pub struct FrameStats {
    total_ms: Cell<f64>,
    max_ms: Cell<f64>,
    frames: Cell<u64>,
}

impl FrameStats {
    fn record(&self, ms: f64, f: &Frame) {
        self.total_ms.set(self.total_ms.get() + ms);
        self.max_ms.set(self.max_ms.get().max(ms));
        self.frames.set(self.frames.get() + 1);
        let Some(canvas) = f.ctx.canvas() else {
            return;
        };
        let canvas: HtmlCanvasElement = canvas;
        // Where the ring is (centre, radius, key band), for tests that click on keys.
        let g = layout::geometry(f.width, f.height, f.scale);
        let ring = [g.cx, g.cy, g.r, g.band.0, g.band.1]
            .map(|v| fixed(v, 1))
            .join(" ");
        let _ = canvas.set_attribute("data-ring", &ring);
        let _ = canvas.set_attribute("data-draw-ms-total", &fixed(self.total_ms.get(), 3));
        let _ = canvas.set_attribute("data-frames", &self.frames.get().to_string());
        let _ = canvas.set_attribute("data-draw-ms-max", &fixed(self.max_ms.get(), 3));
        let _ = canvas.set_attribute("data-draw-ms-last", &fixed(ms, 3));
    }
}
