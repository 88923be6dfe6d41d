//! The site's one WebAssembly module: it reads which page it is on (`<body data-page>`) and
//! mounts the gallery or that sim, so every page shares one download.

mod crash;
mod gallery;
mod registry;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use yew::AttrValue;

fn page_id() -> Option<String> {
    let body = web_sys::window()?.document()?.body()?;
    body.dataset().get("page")
}

fn root() -> Option<web_sys::Element> {
    let doc = web_sys::window()?.document()?;
    let el = doc.get_element_by_id("app")?;
    el.dyn_into::<web_sys::Element>().ok()
}

thread_local! {
    /// Unmounts the mounted app (destroys every component), for [`unmount_for_test`].
    static UNMOUNT: std::cell::RefCell<Option<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(None) };
}

/// Keeps `handle` so the app can be unmounted later.
fn keep<C: yew::BaseComponent>(handle: yew::AppHandle<C>) {
    UNMOUNT.with(|u| *u.borrow_mut() = Some(Box::new(move || handle.destroy())));
}

/// Unmounts the app, as a page that swaps sims would; the browser tests check that no timer or
/// animation frame of the sim fires afterwards. Returns whether there was an app to unmount.
#[wasm_bindgen]
pub fn unmount_for_test() -> bool {
    match UNMOUNT.with(|u| u.borrow_mut().take()) {
        Some(unmount) => {
            unmount();
            true
        }
        None => false,
    }
}

/// Panics on purpose, so the browser tests can check that a panic is shown, never silent.
#[wasm_bindgen]
pub fn force_panic_for_test(message: String) {
    panic!("{message}");
}

/// Defines `mount_sim`, which mounts the sim whose id is `page` (one arm per sim in the list).
macro_rules! mount_sims {
    ($(($id:literal, $krate:ident)),* $(,)?) => {
        /// Mounts the sim `page` on `root`; false when no sim has that id.
        fn mount_sim(page: &str, root: web_sys::Element, query: AttrValue) -> bool {
            match page {
                $($id => keep(
                    yew::Renderer::<dsim_app::$krate::App>::with_root_and_props(
                        root,
                        dsim_ui::SimProps { query },
                    )
                    .render(),
                ),)*
                _ => return false,
            }
            true
        }
    };
}
dsim_app::with_sims!(mount_sims);

fn main() {
    crash::install();
    let Some(root) = root() else {
        return;
    };
    root.set_inner_html("");
    let query = AttrValue::from(dsim_ui::env::query_string());
    let page = page_id().unwrap_or_default();
    if !mount_sim(&page, root.clone(), query) {
        keep(yew::Renderer::<gallery::Gallery>::with_root(root).render());
    }
}
