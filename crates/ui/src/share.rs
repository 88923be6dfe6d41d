//! The classroom tools of the shell: "Copy link to this state" (the page's address with every
//! current setting and the seed) and "Save image" (the sim's canvases as one PNG).

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlAnchorElement, HtmlCanvasElement};

/// The address of this page with `query` as its settings (the page's own query is replaced).
pub fn link_to_state(query: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return format!("?{query}");
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if query.is_empty() {
        format!("{origin}{path}{hash}")
    } else {
        format!("{origin}{path}?{query}{hash}")
    }
}

/// Starts copying `text` to the clipboard; `done` learns whether the browser allowed it (an
/// embedded page may be refused: iframes need `allow="clipboard-write"`).
pub fn copy_to_clipboard(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Draws every canvas inside `root` onto one picture, at their places on the page and at the
/// screen's pixel density, over `background`, and offers it as a download named `file_name`.
/// Returns the picture's size in pixels, or `None` when there was nothing to save.
pub fn save_canvases(root: &Element, background: &str, file_name: &str) -> Option<(u32, u32)> {
    let document = web_sys::window()?.document()?;
    let list = root.query_selector_all("canvas").ok()?;
    let mut canvases = Vec::new();
    for i in 0..list.length() {
        if let Some(c) = list
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlCanvasElement>().ok())
        {
            let r = c.get_bounding_client_rect();
            if r.width() >= 1.0 && r.height() >= 1.0 && c.width() > 0 && c.height() > 0 {
                canvases.push((c, r));
            }
        }
    }
    if canvases.is_empty() {
        return None;
    }
    let (left, top, right, bottom) = canvases.iter().fold(
        (f64::MAX, f64::MAX, f64::MIN, f64::MIN),
        |(l, t, rt, b), (_, r)| {
            (
                l.min(r.left()),
                t.min(r.top()),
                rt.max(r.right()),
                b.max(r.bottom()),
            )
        },
    );
    let scale = canvases
        .iter()
        .map(|(c, r)| f64::from(c.width()) / r.width())
        .fold(1.0, f64::max)
        .min(4.0);
    let width = ((right - left) * scale).round().max(1.0) as u32;
    let height = ((bottom - top) * scale).round().max(1.0) as u32;
    let out: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    out.set_width(width);
    out.set_height(height);
    let ctx: CanvasRenderingContext2d = out.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.set_fill_style_str(background);
    ctx.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
    for (c, r) in &canvases {
        let _ = ctx.draw_image_with_html_canvas_element_and_dw_and_dh(
            c,
            (r.left() - left) * scale,
            (r.top() - top) * scale,
            r.width() * scale,
            r.height() * scale,
        );
    }
    let url = out.to_data_url_with_type("image/png").ok()?;
    let a: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    Some((width, height))
}

/// The page's background colour behind `el` (its own, or the nearest ancestor's that is set).
pub fn background_of(el: &Element) -> String {
    let window = web_sys::window();
    let mut node = Some(el.clone());
    while let Some(e) = node {
        let colour = window
            .as_ref()
            .and_then(|w| w.get_computed_style(&e).ok().flatten())
            .and_then(|s| s.get_property_value("background-color").ok())
            .unwrap_or_default();
        let clear = colour.is_empty() || colour == "transparent" || colour.ends_with(", 0)");
        if !clear {
            return colour;
        }
        node = e.parent_element();
    }
    "#ffffff".to_string()
}
