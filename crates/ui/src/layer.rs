//! A cached drawing layer: an offscreen canvas holding the parts of a picture that do not
//! change from frame to frame (thousands of dots, hundreds of ticks), redrawn only when what
//! it shows changes, and copied onto the visible canvas with one `drawImage` per frame.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::draw::Frame;
use crate::env;

/// An offscreen canvas and the key of what is drawn on it.
#[derive(Debug, Default)]
pub struct Layer {
    canvas: Option<(HtmlCanvasElement, CanvasRenderingContext2d)>,
    /// The content key and the pixel size of the last drawing.
    drawn: Option<(u64, u32, u32)>,
}

impl Layer {
    /// An empty layer; its canvas is made on first use.
    pub fn new() -> Self {
        Layer::default()
    }

    /// Copies the layer onto `f`, first repainting it with `paint` if `key` (a summary of
    /// everything the painting depends on) or the frame's size changed since the last time.
    /// `paint` gets a frame of the same size, theme and time that draws onto the layer.
    /// Returns whether it repainted.
    pub fn draw(&mut self, f: &Frame, key: u64, paint: impl FnOnce(&Frame)) -> bool {
        let dpr = env::device_pixel_ratio();
        let (pw, ph) = (
            (f.width * dpr).round().max(1.0) as u32,
            (f.height * dpr).round().max(1.0) as u32,
        );
        if self.canvas.is_none() {
            self.canvas = make_canvas();
        }
        let Some((canvas, ctx)) = &self.canvas else {
            // No offscreen canvas (should not happen in a browser): draw directly.
            paint(f);
            return true;
        };
        let repaint = self.drawn != Some((key, pw, ph));
        if repaint {
            if canvas.width() != pw || canvas.height() != ph {
                canvas.set_width(pw);
                canvas.set_height(ph);
            }
            let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
            ctx.clear_rect(0.0, 0.0, f.width, f.height);
            let layer = Frame {
                ctx: ctx.clone(),
                width: f.width,
                height: f.height,
                now: f.now,
                palette: f.palette,
                scale: f.scale,
                reduced_motion: f.reduced_motion,
            };
            paint(&layer);
            self.drawn = Some((key, pw, ph));
        }
        let _ = f
            .ctx
            .draw_image_with_html_canvas_element_and_dw_and_dh(canvas, 0.0, 0.0, f.width, f.height);
        repaint
    }
}

fn make_canvas() -> Option<(HtmlCanvasElement, CanvasRenderingContext2d)> {
    let canvas = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into::<HtmlCanvasElement>()
        .ok()?;
    let ctx = canvas
        .get_context("2d")
        .ok()
        .flatten()?
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()?;
    Some((canvas, ctx))
}
