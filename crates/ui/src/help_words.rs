//! A sim's fixed words, written as Markdown in its folder (`sims/<id>/help.md`), so they can be
//! reworded (and one day translated) without touching code:
//!
//! ```text
//! # Quorum Calculator
//!
//! ## About
//!
//! What the canvas shows (a paragraph a line).
//!
//! What the controls do.
//!
//! ## Help
//!
//! The sim's own part of the help dialog, a paragraph a line.
//!
//! ## Legend
//!
//! q-write | W | a write and its replicas
//! ```
//!
//! The title heads the page; `## About` is the screen summary's fixed part; `## Help` the sim's
//! part of the help dialog; the optional `## Legend` the entries of the legend under its canvas,
//! one a line: the swatch's CSS class, the mark drawn in it and what it stands for, split by `|`.

use crate::legend::Entry;

/// The title and paragraphs of a sim's `help.md`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpWords {
    /// The sim's title, in the chapter's wording (the file's `# ` heading).
    pub title: &'static str,
    /// The screen summary's fixed part: what the canvas shows and what the controls do.
    pub about: Vec<&'static str>,
    /// The sim's own part of the help dialog.
    pub help: Vec<&'static str>,
    /// The legend's entries (none without a `## Legend` section).
    pub legend: Vec<Entry>,
}

impl HelpWords {
    /// Parses the Markdown (see the module's documentation): every non-empty line under a
    /// section's heading is a paragraph; lines under no known section and comments are ignored.
    pub fn parse(source: &'static str) -> Self {
        let mut words = HelpWords::default();
        let mut section: Option<&mut Vec<&'static str>> = None;
        let mut legend = Vec::new();
        for line in source.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if let Some(head) = line.strip_prefix("## ") {
                section = match head.trim() {
                    "About" => Some(&mut words.about),
                    "Help" => Some(&mut words.help),
                    "Legend" => Some(&mut legend),
                    _ => None,
                };
            } else if let Some(title) = line.strip_prefix("# ") {
                words.title = title.trim();
                section = None;
            } else if let Some(paragraphs) = section.as_mut() {
                if !line.starts_with("<!--") {
                    paragraphs.push(line);
                }
            }
        }
        words.legend = legend.into_iter().filter_map(entry).collect();
        words
    }

    /// How many lines the words take: the title, the two headings and one per paragraph (a
    /// file with more non-empty, non-comment lines has some the page does not show).
    pub fn lines(&self) -> usize {
        let legend = if self.legend.is_empty() {
            0
        } else {
            1 + self.legend.len()
        };
        3 + self.about.len() + self.help.len() + legend
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

    #[test]
    fn reads_the_title_and_each_section_a_paragraph_a_line() {
        let words = HelpWords::parse(
            "# A Sim\n\n## About\n\nThe canvas.\n\nThe controls.\n<!-- a note -->\n## Other\nSkipped.\n## Help\nPress Space.\n",
        );
        assert_eq!(words.title, "A Sim");
        assert_eq!(words.about, ["The canvas.", "The controls."]);
        assert_eq!(words.help, ["Press Space."]);
        assert_eq!(words.lines(), 6);
    }

    #[test]
    fn legend_lines_are_split_into_entries() {
        let words = HelpWords::parse(
            "# A Sim
## About
A.
## Help
H.
## Legend
q-w | W | a write
no bars
",
        );
        assert_eq!(words.legend, [("q-w", "W", "a write")]);
        assert_eq!(words.lines(), 7, "the line without bars is not counted");
    }

    #[test]
    fn a_file_without_headings_has_no_words() {
        assert_eq!(HelpWords::parse("Just a line.\n"), HelpWords::default());
    }
}
