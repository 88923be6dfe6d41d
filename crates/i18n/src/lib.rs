//! Every word the sims show comes from a message catalogue per language, written in Fluent
//! (`locales/<lang>.ftl` beside each crate that shows words). The catalogues are compiled at
//! build time ([`compile`], behind the `compile` feature) into a compact form that this crate's
//! small runtime reads: English compiled into each crate as its fallback, every other language
//! fetched by the page only when chosen. Plurals and numbers follow the chosen language.
//!
//! The compact form of one catalogue (the file and the compiled-in English alike) is its
//! messages sorted by id, each `id` [`ID_END`] `pattern` [`MESSAGE_END`]; a pattern is text with
//! two kinds of placeable:
//! - a variable: [`VAR`] `name` [`END`];
//! - a selection: [`SELECT`] `variable` [`END`], then each variant as `key` [`KEY_END`]
//!   `pattern` [`VARIANT_END`] (the default's key starts with `*`), then [`SELECT_CLOSE`].
//!
//! Terms, message references and literals are resolved by the compiler; none reach a page.

#[cfg(feature = "compile")]
pub mod compile;

mod arg;
mod book;
mod lang;
pub mod number;
mod render;
mod scope;

pub use arg::{dec, grouped, yes_no, Arg};
pub use book::Book;
pub use lang::{Lang, ENGLISH};
pub use number::{fixed, needed_decimals, short, write_fixed};
pub use render::render;
pub use scope::{choose, install, language, Scope};

/// Opens a variable placeable.
pub const VAR: char = '\u{1}';
/// Ends a variable's or a selector's name.
pub const END: char = '\u{2}';
/// Opens a selection.
pub const SELECT: char = '\u{3}';
/// Closes a selection.
pub const SELECT_CLOSE: char = '\u{4}';
/// Ends a variant's key.
pub const KEY_END: char = '\u{1D}';
/// Ends a variant's pattern.
pub const VARIANT_END: char = '\u{1C}';
/// Ends a message's id.
pub const ID_END: char = '\u{1F}';
/// Ends a message.
pub const MESSAGE_END: char = '\u{1E}';

/// Whether `c` is one of the compact form's marks (never part of a message's text).
pub fn is_mark(c: char) -> bool {
    matches!(
        c,
        VAR | END | SELECT | SELECT_CLOSE | KEY_END | VARIANT_END | ID_END | MESSAGE_END
    )
}
