//! The page's language: `?lang=` when the site has it, else the first of the browser's
//! preferred languages it has, else English. Its catalogues (the shell's and the sim's) are
//! fetched before the sim is shown; a message a catalogue lacks, or a catalogue that does not
//! arrive, is shown in English.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n;

/// The languages the site has catalogues for (the shell's; a sim without one shows English).
pub fn available() -> &'static [&'static str] {
    crate::msg::SCOPE.langs
}

/// The language a page shows: `asked` (the link's `?lang=`, already checked against
/// [`available`]) if any, else the first of `preferred` (the browser's, best first) whose
/// primary subtag the site has, else English.
pub fn pick(asked: Option<&'static str>, preferred: &[String]) -> &'static str {
    asked
        .or_else(|| {
            preferred.iter().find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or(tag);
                available()
                    .iter()
                    .copied()
                    .find(|l| l.eq_ignore_ascii_case(primary))
            })
        })
        .unwrap_or("en")
}

thread_local! {
    /// The language the link asked for (`?lang=`), kept in links to this state.
    static FROM_LINK: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

/// The language the page's link chose, if it named one the site has.
pub fn from_link() -> Option<&'static str> {
    FROM_LINK.with(|f| f.get())
}

/// The page's language for its link `query`: `?lang=` if the site has it, else the browser's.
pub fn for_query(query: &str) -> &'static str {
    let mut reader = dsim_core::params::ParamReader::new(query);
    let asked = crate::params::read_lang(&mut reader).filter(|_| reader.notices().is_empty());
    FROM_LINK.with(|f| f.set(asked));
    pick(asked, &browser_languages())
}

/// The browser's preferred languages, best first (`navigator.languages`).
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// Chooses `lang` for the page (and its `<html lang>`), then fetches the shell's and the sim
/// `page`'s catalogues in it from the site's `i18n/<lang>/` folder, two levels above a sim's
/// page. English needs nothing fetched.
pub async fn load(lang: &'static str, page: &str) {
    i18n::choose(lang);
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        root.set_attribute("lang", lang).ok();
    }
    if lang == "en" {
        return;
    }
    // Both requests start before either is awaited, so they travel together (the sim's own
    // module is already on its way: the page preloads it).
    let requests: Vec<(&str, js_sys::Promise)> = ["ui", page]
        .into_iter()
        .map(|scope| {
            let url = format!("../../i18n/{lang}/{scope}.txt");
            (scope, window.fetch_with_str(&url))
        })
        .collect();
    for (scope, request) in requests {
        if let Some(text) = response_text(request).await {
            i18n::install(scope, text);
        }
    }
}

/// The text a fetch answers with, if it arrives with a success status.
async fn response_text(request: js_sys::Promise) -> Option<String> {
    let response = JsFuture::from(request).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_then_the_browser_then_english() {
        let german = vec!["de-CH".to_string(), "en".to_string()];
        assert_eq!(pick(Some("en"), &german), "en");
        assert_eq!(pick(None, &german), "de");
        assert_eq!(pick(None, &["fr".to_string()]), "en");
        assert_eq!(pick(None, &[]), "en");
    }
}
