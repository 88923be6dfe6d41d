//! A cached drawing layer: an offscreen canvas holding the parts of a picture that do not
//! change from frame to frame (thousands of dots, hundreds of ticks), redrawn only when what
//! it shows changes, and copied onto the visible canvas with one `drawImage` per frame.
//!
//! Thousands of dots are fastest written straight into pixels ([`Pixels`]), then put on the
//! layer in one call; lines and text are then drawn over them as usual.

use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

use crate::draw::Frame;
use crate::env;
use crate::palette::rgb;

/// An offscreen canvas and the key of what is drawn on it.
#[derive(Debug, Default)]
pub struct Layer {
    canvas: Option<(HtmlCanvasElement, CanvasRenderingContext2d)>,
    /// The content key and the pixel size of the last drawing.
    drawn: Option<(u64, u32, u32)>,
    /// The pixel buffer lent to painters, kept between repaints.
    buffer: Vec<u8>,
}

/// An RGBA pixel buffer the size of the layer, for plotting many dots at once; [`Pixels::put`]
/// copies it onto the layer (replacing what is there), so use it before any other drawing.
pub struct Pixels<'a> {
    buf: &'a mut Vec<u8>,
    width: u32,
    height: u32,
    dpr: f64,
}

impl Pixels<'_> {
    /// Fills every pixel with one `#rrggbb` colour (opaque).
    pub fn fill(&mut self, color: &str) {
        let [r, g, b] = rgb(color);
        for px in self.buf.chunks_exact_mut(4) {
            px.copy_from_slice(&[r, g, b, 255]);
        }
    }

    /// An opaque square of side `size` CSS pixels centred on (x, y) in CSS pixels.
    pub fn square(&mut self, x: f64, y: f64, size: f64, color: [u8; 3]) {
        let side = (size * self.dpr).round().max(1.0) as i64;
        let x0 = (x * self.dpr - side as f64 / 2.0).round() as i64;
        let y0 = (y * self.dpr - side as f64 / 2.0).round() as i64;
        let (w, h) = (i64::from(self.width), i64::from(self.height));
        let [r, g, b] = color;
        for yy in y0.max(0)..(y0 + side).min(h) {
            for xx in x0.max(0)..(x0 + side).min(w) {
                let o = ((yy * w + xx) * 4) as usize;
                if let Some(px) = self.buf.get_mut(o..o + 4) {
                    px.copy_from_slice(&[r, g, b, 255]);
                }
            }
        }
    }

    /// Copies the pixels onto the layer frame `f` (replacing what it holds).
    pub fn put(&self, f: &Frame) {
        if let Ok(image) = ImageData::new_with_u8_clamped_array_and_sh(
            Clamped(&self.buf[..]),
            self.width,
            self.height,
        ) {
            let _ = f.ctx.put_image_data(&image, 0.0, 0.0);
        }
    }
}

impl Layer {
    /// An empty layer; its canvas is made on first use.
    pub fn new() -> Self {
        Layer::default()
    }

    /// Copies the layer onto `f`, first repainting it with `paint` if `key` (a summary of
    /// everything the painting depends on) or the frame's size changed since the last time.
    /// `paint` gets a frame of the same size, theme and time that draws onto the layer, and a
    /// pixel buffer of the layer's size. Returns whether it repainted.
    pub fn draw(&mut self, f: &Frame, key: u64, paint: impl FnOnce(&Frame, &mut Pixels)) -> bool {
        let dpr = env::device_pixel_ratio();
        let (pw, ph) = (
            (f.width * dpr).round().max(1.0) as u32,
            (f.height * dpr).round().max(1.0) as u32,
        );
        if self.canvas.is_none() {
            self.canvas = make_canvas();
        }
        let size = (pw as usize) * (ph as usize) * 4;
        if self.buffer.len() != size {
            self.buffer = vec![0; size];
        }
        let mut pixels = Pixels {
            buf: &mut self.buffer,
            width: pw,
            height: ph,
            dpr,
        };
        let Some((canvas, ctx)) = &self.canvas else {
            // No offscreen canvas (should not happen in a browser): draw directly.
            paint(f, &mut pixels);
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
            paint(&layer, &mut pixels);
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
