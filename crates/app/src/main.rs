//! The site's shared WebAssembly module: every sim page loads it and the browser caches it. It
//! reads which sim the page shows (`<body data-page>`) and loads that sim's code, split off at
//! build time into its own chunk (`#[wasm_split]`), so a page downloads only the sim it shows.
//! The gallery is static HTML and loads no WebAssembly at all.

mod crash;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_split_helpers::SplitLoaderError;

fn page_id() -> Option<String> {
    let body = web_sys::window()?.document()?.body()?;
    body.dataset().get("page")
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("app")
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

/// Mounts this page's sim again as if the page had been opened with `query` (the browser tests
/// read many hostile links without reloading the page for each). Returns whether it mounted.
#[wasm_bindgen]
pub async fn mount_for_test(query: String) -> bool {
    unmount_for_test();
    let (Some(root), Some(page)) = (root(), page_id()) else {
        return false;
    };
    dsim_ui::env::forget_first_frame();
    dsim_ui::language::load(dsim_ui::language::for_query(&query), &page).await;
    matches!(mount_sim(&page, root, query).await, Some(Ok(())))
}

/// Panics on purpose, so the browser tests can check that a panic is shown, never silent.
#[wasm_bindgen]
pub fn force_panic_for_test(message: String) {
    panic!("{message}");
}

/// A sim's chunk did not arrive (the network failed, or the file is missing on the host).
pub struct LoadFailed;

impl From<SplitLoaderError> for LoadFailed {
    fn from(_: SplitLoaderError) -> Self {
        LoadFailed
    }
}

/// Tells the page's loader (`boot.js`) that the sim's code did not arrive, so it shows the same
/// readable message as for a failed download of this module.
fn report_load_failure() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(event) = web_sys::Event::new("dsim-load-error") {
        let _ = window.dispatch_event(&event);
    }
}

/// Defines, for every sim in the list, `<crate>::mount`: a split point whose code (the sim's
/// component, drawing, text and model) lands in the sim's own chunk, loaded when first called;
/// and `mount_sim`, which mounts the sim whose id is `page`.
macro_rules! mount_sims {
    ($(($id:literal, $krate:ident)),* $(,)?) => {
        $(
            mod $krate {
                /// Mounts the sim on `root` (the "Loading" text stays until its code is here).
                #[wasm_split_helpers::wasm_split($krate, fallible)]
                pub fn mount(root: web_sys::Element, query: String) -> Result<(), crate::LoadFailed> {
                    root.set_inner_html("");
                    let props = dsim_ui::SimProps { query: yew::AttrValue::from(query) };
                    crate::keep(
                        yew::Renderer::<dsim_app::$krate::App>::with_root_and_props(root, props).render(),
                    );
                    Ok(())
                }
            }
        )*

        /// Mounts the sim `page` on `root`; `None` when no sim has that id.
        async fn mount_sim(page: &str, root: web_sys::Element, query: String) -> Option<Result<(), LoadFailed>> {
            match page {
                $($id => Some($krate::mount(root, query).await),)*
                _ => None,
            }
        }
    };
}
dsim_app::with_sims!(mount_sims);

fn main() {
    crash::install();
    let (Some(root), Some(page)) = (root(), page_id()) else {
        return;
    };
    let query = dsim_ui::env::query_string();
    wasm_bindgen_futures::spawn_local(async move {
        dsim_ui::language::load(dsim_ui::language::for_query(&query), &page).await;
        if let Some(Err(LoadFailed)) = mount_sim(&page, root, query).await {
            report_load_failure();
        }
    });
}
