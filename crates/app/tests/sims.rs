//! The one list of sims against the folders it names: the static gallery (written at build time
//! by `tools/pages.mjs`) shows each sim's title, description and iframe height from its
//! `metadata.json`, so every listed sim must have them.

use std::path::Path;

fn metadata(id: &str) -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../sims/{id}/metadata.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_listed_sim_has_what_the_gallery_shows() {
    assert!(dsim_app::SIM_IDS.len() >= 6, "{:?}", dsim_app::SIM_IDS);
    for id in dsim_app::SIM_IDS {
        let meta = metadata(id);
        for field in ["title", "description"] {
            let text = meta[field].as_str().unwrap_or_default();
            assert!(
                !text.trim().is_empty(),
                "{id}: metadata.json has no {field}"
            );
        }
        let height = meta["height"].as_u64().unwrap_or(0);
        assert!(
            (300..=2000).contains(&height),
            "{id}: iframe height {height}"
        );
    }
}

#[test]
fn the_list_has_no_duplicates_and_every_id_is_a_url_segment() {
    let mut seen = std::collections::BTreeSet::new();
    for id in dsim_app::SIM_IDS {
        assert!(seen.insert(*id), "{id} listed twice");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id}: ids are lower-case words joined by hyphens"
        );
    }
}

/// Every listed sim's guided tours are well formed (see `dsim_ui::tour::assert_tours_well_formed`):
/// at least two, 5 to 9 steps each, words in its catalogue for every step, settings that read
/// without a notice and a link to every step.
macro_rules! tours_of_every_sim {
    ($(($id:literal, $krate:ident)),* $(,)?) => {
        #[test]
        fn every_sims_tours_are_well_formed() {
            $(dsim_app::$krate::App::assert_tours_well_formed();)*
        }
    };
}
dsim_app::with_sims!(tours_of_every_sim);

/// The fixed words of one sim's catalogue: its title (the gallery's, from `metadata.json`), some
/// `about-N` and `help-N` paragraphs, and no `about-`, `help-` or `legend-` message lost to a gap
/// in the numbering.
fn assert_words_read(id: &str, info: dsim_ui::SimInfo) {
    assert_eq!(info.id, id, "the sim's INFO.id is its folder's name");
    let words = dsim_ui::HelpWords::read(info.words);
    assert_eq!(
        Some(words.title),
        metadata(id)["title"].as_str(),
        "{id}: en.ftl's title is metadata.json's"
    );
    assert!(!words.about.is_empty(), "{id}: en.ftl has no about-1");
    assert!(!words.help.is_empty(), "{id}: en.ftl has no help-1");
    let written = info
        .words
        .english_ids()
        .into_iter()
        .filter(|m| {
            ["title", "about-", "help-", "legend-"]
                .iter()
                .any(|p| m.starts_with(p))
        })
        .count();
    assert_eq!(
        written,
        words.lines(),
        "{id}: en.ftl has page words the page does not read (a gap in the numbering?)"
    );
}

macro_rules! words_of_every_sim {
    ($(($id:literal, $krate:ident)),* $(,)?) => {
        #[test]
        fn every_sims_page_words_read() {
            $(assert_words_read($id, dsim_app::$krate::App::info());)*
        }
    };
}
dsim_app::with_sims!(words_of_every_sim);
