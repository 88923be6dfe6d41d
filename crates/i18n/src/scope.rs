//! The words of one crate (the shell's, or one sim's) and the language the page chose: a
//! message is looked up in the chosen language's catalogue, then in English.

use std::cell::RefCell;

use crate::arg::Arg;
use crate::book::Book;
use crate::lang::{Lang, ENGLISH};
use crate::render::render;

/// One crate's catalogues: its English compiled in, the languages it has (each fetched when
/// chosen and given to [`install`]).
#[derive(Debug, PartialEq, Eq)]
pub struct Scope {
    /// Its name: `ui` for the shell, the sim's id for a sim.
    pub id: &'static str,
    /// Its English catalogue in the compact form.
    pub en: &'static str,
    /// The languages it has a catalogue for, English included.
    pub langs: &'static [&'static str],
}

#[derive(Default)]
struct State {
    lang: Option<Lang>,
    english: Vec<(&'static str, Book)>,
    chosen: Vec<(String, Book)>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Chooses the page's language (before anything is rendered); its catalogues come with
/// [`install`], and until then, or for any message they lack, English is shown.
pub fn choose(code: &str) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let lang = Lang::of(code);
        if s.lang != Some(lang) {
            s.chosen.clear();
        }
        s.lang = Some(lang);
    });
}

/// The chosen language (English unless [`choose`] said otherwise).
pub fn language() -> Lang {
    STATE.with(|s| s.borrow().lang.unwrap_or(ENGLISH))
}

/// Gives a scope its catalogue in the chosen language (as fetched; kept for the page's life).
pub fn install(scope: &str, compact: String) {
    let book = Book::parse(Box::leak(compact.into_boxed_str()));
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.chosen.retain(|(id, _)| id != scope);
        s.chosen.push((scope.to_string(), book));
    });
}

impl Scope {
    /// A message's pattern in the chosen language, or in English.
    fn pattern(&'static self, msg: &str) -> Option<&'static str> {
        STATE.with(|s| {
            let mut s = s.borrow_mut();
            let chosen = s.chosen.iter().find(|(id, _)| id == self.id);
            if let Some(p) = chosen.and_then(|(_, b)| b.get(msg)) {
                return Some(p);
            }
            if !s.english.iter().any(|(id, _)| *id == self.id) {
                s.english.push((self.id, Book::parse(self.en)));
            }
            let english = s.english.iter().find(|(id, _)| *id == self.id);
            english.and_then(|(_, b)| b.get(msg))
        })
    }

    /// A message rendered with its variables in the chosen language; its id in brackets if no
    /// catalogue has it (the build refuses ids missing from English, so only a typo made at
    /// run time can show one).
    pub fn text(&'static self, msg: &str, args: &[(&str, Arg)]) -> String {
        match self.pattern(msg) {
            Some(p) => render(p, args, &language()),
            None => format!("[{msg}]"),
        }
    }

    /// The ids of its English messages, in order (for tests and tools).
    pub fn english_ids(&self) -> Vec<&'static str> {
        Book::parse(self.en).ids().collect()
    }

    /// A message without variables as it is, for words kept for the page's life (help,
    /// tours); none if no catalogue has it.
    pub fn words(&'static self, msg: &str) -> Option<&'static str> {
        self.pattern(msg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ID_END, MESSAGE_END};

    static WORDS: Scope = Scope {
        id: "test",
        en: "greet\u{1F}Hello \u{1}who\u{2}!\u{1E}only-en\u{1F}English only\u{1E}",
        langs: &["en", "de"],
    };

    #[test]
    fn the_chosen_language_then_english() {
        assert_eq!(WORDS.text("greet", &[("who", "Ada".into())]), "Hello Ada!");
        choose("de");
        install(
            "test",
            format!("greet{ID_END}Hallo \u{1}who\u{2}!{MESSAGE_END}"),
        );
        assert_eq!(WORDS.text("greet", &[("who", "Ada".into())]), "Hallo Ada!");
        assert_eq!(WORDS.words("only-en"), Some("English only"));
        assert_eq!(WORDS.text("nothing", &[]), "[nothing]");
        assert_eq!(language().code, "de");
        choose("en");
        assert_eq!(WORDS.text("greet", &[("who", "Ada".into())]), "Hello Ada!");
    }
}
