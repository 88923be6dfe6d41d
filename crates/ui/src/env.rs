//! What the page tells a sim about its surroundings: the query string, the pixel ratio, the
//! viewer's motion preference and the time, each with a safe fallback.

use wasm_bindgen::JsCast;

/// The page's query string (with its leading `?`), or empty.
pub fn query_string() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The screen's device pixel ratio (1 on ordinary screens, 2 or more on HiDPI), capped at 4.
pub fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
        .min(4.0)
}

/// Whether the viewer asked the system for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// Milliseconds since the page started (`performance.now()`), the time base of animations.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

thread_local! {
    /// Whether the first canvas frame has been marked.
    static MARKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks the first canvas frame drawn with `performance.mark("first-frame")`, once.
pub fn mark_first_frame() {
    if MARKED.with(|m| m.replace(true)) {
        return;
    }
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("first-frame");
    }
}

/// Clears the first-frame mark, so the next frame drawn marks it again (for a sim mounted anew).
pub fn forget_first_frame() {
    MARKED.with(|m| m.set(false));
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        p.clear_marks_with_mark_name("first-frame");
    }
}

/// The element with `id`, if the page has one of that type.
pub fn element_by_id<T: JsCast>(id: &str) -> Option<T> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<T>()
        .ok()
}

/// Asks the browser to show the whole page full screen, or leaves full screen.
pub fn toggle_full_screen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}
