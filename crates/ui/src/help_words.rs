//! A sim's fixed words, messages of its catalogue (`sims/<id>/locales/<lang>.ftl`) read by
//! name, so they can be reworded or translated without touching code:
//!
//! ```text
//! title = Quorum Calculator
//! about-1 = What the canvas shows (a paragraph a message).
//! about-2 = What the controls do.
//! help-1 = The sim's own part of the help dialog, a paragraph a message.
//! legend-1 = q-write | W | a write and its replicas
//! ```
//!
//! The title heads the page; `about-N` is the screen summary's fixed part; `help-N` the sim's
//! part of the help dialog; the optional `legend-N` the entries of the legend under its canvas:
//! the swatch's CSS class, the mark drawn in it and what it stands for, split by `|`.

use crate::i18n::Scope;
use crate::legend::Entry;

/// The title and paragraphs of a sim's page, in the chosen language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpWords {
    /// The sim's title, in the chapter's wording.
    pub title: &'static str,
    /// The screen summary's fixed part: what the canvas shows and what the controls do.
    pub about: Vec<&'static str>,
    /// The sim's own part of the help dialog.
    pub help: Vec<&'static str>,
    /// The legend's entries (none without `legend-1`).
    pub legend: Vec<Entry>,
}

impl HelpWords {
    /// Reads `title`, then `about-1`, `about-2`, … (and `help-N`, `legend-N`) until one is
    /// missing.
    pub fn read(scope: &'static Scope) -> Self {
        let numbered = |prefix: &str| -> Vec<&'static str> {
            (1..)
                .map_while(|k| scope.words(&format!("{prefix}-{k}")))
                .collect()
        };
        HelpWords {
            title: scope.words("title").unwrap_or_default(),
            about: numbered("about"),
            help: numbered("help"),
            legend: numbered("legend").into_iter().filter_map(entry).collect(),
        }
    }

    /// How many messages the words take: the title and one per paragraph and entry (a
    /// catalogue with more `title`, `about-`, `help-` or `legend-` messages has some the page
    /// does not show).
    pub fn lines(&self) -> usize {
        1 + self.about.len() + self.help.len() + self.legend.len()
    }
}

/// A legend line, `class | mark | what it stands for`, as an entry (none unless it has the
/// three parts).
fn entry(line: &'static str) -> Option<Entry> {
    let mut parts = line.split('|').map(str::trim);
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(class), Some(mark), Some(what), None) => Some((class, mark, what)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static WORDS: Scope = Scope {
        id: "help-words-test",
        en: "about-1\u{1F}The canvas.\u{1E}about-2\u{1F}The controls.\u{1E}about-4\u{1F}Lost.\u{1E}help-1\u{1F}Press Space.\u{1E}legend-1\u{1F}q-w | W | a write\u{1E}legend-2\u{1F}no bars\u{1E}title\u{1F}A Sim\u{1E}",
        langs: &["en"],
    };

    #[test]
    fn reads_the_title_and_each_numbered_paragraph_until_one_is_missing() {
        let words = HelpWords::read(&WORDS);
        assert_eq!(words.title, "A Sim");
        assert_eq!(words.about, ["The canvas.", "The controls."]);
        assert_eq!(words.help, ["Press Space."]);
        assert_eq!(words.legend, [("q-w", "W", "a write")]);
        assert_eq!(
            words.lines(),
            5,
            "about-4 and the legend line without bars are not read"
        );
    }
}
