//! A sim's tour words, written as Markdown in its folder (`sims/<id>/tours.md`), so the story can
//! be edited (and one day translated) without touching code:
//!
//! ```text
//! # overlap: Why W + R > N
//!
//! ## Three replicas, W = 2, R = 2
//!
//! What the student sees now, in one to three sentences (one line).
//!
//! Predict: a question, answered on the next step (optional, one line).
//!
//! Answer: its answer (one line).
//! ```
//!
//! The code gives each step its settings, actions, focus and check, in the same order
//! ([`TourWords::tour`]).

use crate::sim::Sim;
use crate::tour::{Tour, TourStep};

/// One step's words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct StepWords {
    title: &'static str,
    text: &'static str,
    ask: Option<&'static str>,
    answer: Option<&'static str>,
}

/// One tour's words: its id, title and steps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct TourText {
    id: &'static str,
    title: &'static str,
    steps: Vec<StepWords>,
}

/// Every tour's words of one sim, parsed from its `tours.md`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TourWords {
    tours: Vec<TourText>,
}

impl TourWords {
    /// Parses the Markdown (see the module's documentation); lines it does not know are ignored.
    pub fn parse(source: &'static str) -> Self {
        let mut tours: Vec<TourText> = Vec::new();
        for line in source.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if let Some(head) = line.strip_prefix("# ") {
                let (id, title) = head.split_once(':').unwrap_or((head, head));
                tours.push(TourText {
                    id: id.trim(),
                    title: title.trim(),
                    steps: Vec::new(),
                });
            } else if let Some(tour) = tours.last_mut() {
                read_step_line(line, &mut tour.steps);
            }
        }
        TourWords { tours }
    }

    /// The tour `id` with `steps` (settings, actions, checks) given its words in order. A step
    /// without words, or words without a step, count in [`Tour::unmatched`] (the tests fail).
    pub fn tour<S: Sim>(&self, id: &'static str, steps: Vec<TourStep<S>>) -> Tour<S> {
        let text = self
            .tours
            .iter()
            .find(|t| t.id == id)
            .cloned()
            .unwrap_or_default();
        let unmatched = text.steps.len().abs_diff(steps.len()) + usize::from(text.id.is_empty());
        let steps = steps
            .into_iter()
            .enumerate()
            .map(|(k, step)| {
                let w = text.steps.get(k).copied().unwrap_or_default();
                TourStep {
                    title: w.title,
                    text: w.text,
                    ask: w.ask.zip(w.answer),
                    ..step
                }
            })
            .collect();
        Tour {
            id,
            title: text.title,
            steps,
            unmatched,
        }
    }

    /// The tours' ids, titles and step titles, in order (for tools and tests).
    pub fn outline(&self) -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
        self.tours
            .iter()
            .map(|t| (t.id, t.title, t.steps.iter().map(|s| s.title).collect()))
            .collect()
    }
}

/// Adds one line of a tour to its steps: a step's heading, its text, its question or answer.
fn read_step_line(line: &'static str, steps: &mut Vec<StepWords>) {
    if let Some(title) = line.strip_prefix("## ") {
        steps.push(StepWords {
            title: title.trim(),
            ..StepWords::default()
        });
        return;
    }
    let Some(step) = steps.last_mut() else {
        return;
    };
    if let Some(q) = line.strip_prefix("Predict:") {
        step.ask = Some(q.trim());
    } else if let Some(a) = line.strip_prefix("Answer:") {
        step.answer = Some(a.trim());
    } else if step.text.is_empty() && !line.starts_with("<!--") {
        step.text = line;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "<!-- words -->\n# first: The first tour\n\n## One\n\nText one.\n\nPredict: why?\n\nAnswer: because.\n\n## Two\nText two.\n# second: Another\n## A\nA text.\n";

    #[test]
    fn tours_steps_questions_and_answers_are_read_in_order() {
        let w = TourWords::parse(MD);
        assert_eq!(
            w.outline(),
            vec![
                ("first", "The first tour", vec!["One", "Two"]),
                ("second", "Another", vec!["A"])
            ]
        );
        let first = &w.tours[0].steps[0];
        assert_eq!(
            (first.text, first.ask, first.answer),
            ("Text one.", Some("why?"), Some("because."))
        );
        assert_eq!(w.tours[0].steps[1].ask, None);
    }
}
