//! A sim's tour words, messages of its catalogue (`sims/<id>/locales/<lang>.ftl`) read by name,
//! so the story can be edited or translated without touching code:
//!
//! ```text
//! tour-overlap = Why W + R > N
//! tour-overlap-1 = Three replicas, W = 2, R = 2
//! tour-overlap-1-text = What the student sees now, in one to three sentences.
//! tour-overlap-1-predict = A question, answered on the next step (optional).
//! tour-overlap-1-answer = Its answer.
//! ```
//!
//! The code gives each step its settings, actions, focus and check, in the same order
//! ([`TourWords::tour`]).

use crate::i18n::Scope;
use crate::sim::Sim;
use crate::tour::{Tour, TourStep};

/// Every tour's words of one sim: its catalogue's `tour-…` messages.
#[derive(Debug, Clone, Copy)]
pub struct TourWords {
    scope: &'static Scope,
}

impl TourWords {
    /// The tour words in `scope`'s catalogues.
    pub fn read(scope: &'static Scope) -> Self {
        TourWords { scope }
    }

    fn word(&self, id: String) -> Option<&'static str> {
        self.scope.words(&id)
    }

    /// How many steps tour `id` has words for.
    fn step_count(&self, id: &str) -> usize {
        (1..)
            .take_while(|k| self.word(format!("tour-{id}-{k}")).is_some())
            .count()
    }

    /// The tour `id` with `steps` (settings, actions, checks) given its words in order. A step
    /// without words, or words without a step, count in [`Tour::unmatched`] (the tests fail).
    pub fn tour<S: Sim>(&self, id: &'static str, steps: Vec<TourStep<S>>) -> Tour<S> {
        let title = self.word(format!("tour-{id}"));
        let unmatched = self.step_count(id).abs_diff(steps.len()) + usize::from(title.is_none());
        let steps = steps
            .into_iter()
            .enumerate()
            .map(|(k, step)| {
                let w = |part: &str| self.word(format!("tour-{id}-{}{part}", k + 1));
                TourStep {
                    title: w("").unwrap_or_default(),
                    text: w("-text").unwrap_or_default(),
                    ask: w("-predict").zip(w("-answer")),
                    ..step
                }
            })
            .collect();
        Tour {
            id,
            title: title.unwrap_or_default(),
            steps,
            unmatched,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static WORDS: Scope = Scope {
        id: "tour-words-test",
        en: "tour-first\u{1F}The first tour\u{1E}tour-first-1\u{1F}One\u{1E}tour-first-1-answer\u{1F}because.\u{1E}tour-first-1-predict\u{1F}why?\u{1E}tour-first-1-text\u{1F}Text one.\u{1E}tour-first-2\u{1F}Two\u{1E}tour-first-2-text\u{1F}Text two.\u{1E}",
        langs: &["en"],
    };

    #[test]
    fn steps_counts_questions_and_answers_are_read_by_name() {
        let w = TourWords::read(&WORDS);
        assert_eq!(w.step_count("first"), 2);
        assert_eq!(w.word("tour-first-1-predict".into()), Some("why?"));
        assert_eq!(w.step_count("second"), 0);
    }
}
