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

fn main() {
    crash::install();
    let Some(root) = root() else {
        return;
    };
    root.set_inner_html("");
    let query = AttrValue::from(dsim_ui::env::query_string());
    match page_id().as_deref() {
        Some(sim_quorum_calculator::ID) => {
            keep(
                yew::Renderer::<sim_quorum_calculator::QuorumCalculator>::with_root_and_props(
                    root,
                    sim_quorum_calculator::Props { query },
                )
                .render(),
            );
        }
        Some(sim_gossip_protocol_spread::ID) => {
            keep(
                yew::Renderer::<sim_gossip_protocol_spread::GossipSpread>::with_root_and_props(
                    root,
                    sim_gossip_protocol_spread::Props { query },
                )
                .render(),
            );
        }
        Some(sim_consistent_hash_ring::ID) => {
            keep(
                yew::Renderer::<sim_consistent_hash_ring::ConsistentHashRing>::with_root_and_props(
                    root,
                    sim_consistent_hash_ring::Props { query },
                )
                .render(),
            );
        }
        Some(sim_replication_topology_comparison::ID) => {
            keep(yew::Renderer::<sim_replication_topology_comparison::ReplicationTopology>::with_root_and_props(
                root,
                sim_replication_topology_comparison::Props { query },
            )
            .render());
        }
        Some(sim_split_brain_scenario::ID) => {
            keep(
                yew::Renderer::<sim_split_brain_scenario::SplitBrainScenario>::with_root_and_props(
                    root,
                    sim_split_brain_scenario::Props { query },
                )
                .render(),
            );
        }
        Some(sim_sharding_strategies::ID) => {
            keep(
                yew::Renderer::<sim_sharding_strategies::ShardingStrategies>::with_root_and_props(
                    root,
                    sim_sharding_strategies::Props { query },
                )
                .render(),
            );
        }
        _ => {
            keep(yew::Renderer::<gallery::Gallery>::with_root(root).render());
        }
    }
}
