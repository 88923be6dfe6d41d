//! One compiled catalogue, read without copying: its messages' ids and patterns as slices of
//! the compact text.

use crate::{ID_END, MESSAGE_END};

/// The messages of one catalogue, sorted by id as the compiler wrote them.
#[derive(Debug, Clone, Default)]
pub struct Book {
    entries: Vec<(&'static str, &'static str)>,
}

impl Book {
    /// Reads a compact catalogue; a malformed entry (no id mark) is skipped.
    pub fn parse(compact: &'static str) -> Book {
        let entries = compact
            .split(MESSAGE_END)
            .filter_map(|entry| entry.split_once(ID_END))
            .collect();
        Book { entries }
    }

    /// A message's pattern.
    pub fn get(&self, id: &str) -> Option<&'static str> {
        self.entries
            .binary_search_by(|(key, _)| (*key).cmp(id))
            .ok()
            .map(|i| self.entries[i].1)
    }

    /// How many messages it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every message id, in order.
    pub fn ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|(id, _)| *id)
    }
}
