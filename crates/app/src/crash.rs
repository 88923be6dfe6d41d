//! A panic never leaves a silent, frozen sim: it shows an overlay that says so, with the
//! message and a Reload button.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Installs the panic hook (through Yew, which would otherwise install its own over it).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("This simulation hit an error: {message}").into());
        show(&message);
    }));
}

fn show(message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else {
        return;
    };
    let Ok(overlay) = doc.create_element("div") else {
        return;
    };
    let (title, reload) = dsim_ui::shell::crash_words();
    overlay.set_class_name("crash");
    let _ = overlay.set_attribute("role", "alertdialog");
    let _ = overlay.set_attribute("aria-label", &title);
    let card = doc.create_element("div").ok();
    if let Some(card) = card {
        card.set_class_name("crash-card");
        if let Ok(h) = doc.create_element("h2") {
            h.set_text_content(Some(&title));
            let _ = card.append_child(&h);
        }
        if let Ok(p) = doc.create_element("pre") {
            p.set_text_content(Some(message));
            let _ = card.append_child(&p);
        }
        if let Ok(button) = doc.create_element("button") {
            button.set_text_content(Some(&reload));
            let _ = button.set_attribute("type", "button");
            button.set_class_name("btn primary");
            let reload = Closure::<dyn FnMut()>::new(|| {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            });
            let _ =
                button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
            reload.forget();
            let _ = card.append_child(&button);
        }
        let _ = overlay.append_child(&card);
    }
    let _ = body.append_child(&overlay);
}
