//! The values a message's variables take: whole numbers, grouped counts, fixed decimals and text.

use std::borrow::Cow;

use crate::lang::Lang;

/// A variable's value, formatted in the chosen language when the message is rendered.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// A whole number as it is ("Node 12", "1500 ms"); it also selects a plural form.
    Int(i64),
    /// A count with the language's thousands separator ("12,345" in English, "12.345" in German).
    Grouped(i64),
    /// A number with a fixed count of decimals and the language's decimal mark ("0.5", "0,5").
    Dec(f64, u8),
    /// Text (a name, or words already rendered from the catalogue).
    Text(Cow<'a, str>),
}

/// A count written with thousands separators.
pub fn grouped(n: impl TryInto<i64>) -> Arg<'static> {
    Arg::Grouped(n.try_into().unwrap_or(i64::MAX))
}

/// A number with `decimals` digits after the decimal mark.
pub fn dec(x: f64, decimals: u8) -> Arg<'static> {
    Arg::Dec(x, decimals)
}

/// A yes-or-no fact as the key a message's selector reads: `{ $up -> [yes] … *[no] … }`.
pub fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

macro_rules! whole {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
whole!(u8, u16, u32, u64, usize, i8, i16, i32, i64);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl Arg<'_> {
    /// Writes the value as the language writes it.
    pub fn write(&self, lang: &Lang, out: &mut String) {
        match self {
            Arg::Int(n) => out.push_str(&n.to_string()),
            Arg::Grouped(n) => out.push_str(&lang.group(*n)),
            Arg::Dec(x, d) => out.push_str(&lang.decimal(*x, *d)),
            Arg::Text(s) => out.push_str(s),
        }
    }

    /// Whether a variant's key names this value: its number ("[0]"), its plural category
    /// ("[one]") or, for text, the text itself.
    pub fn matches(&self, key: &str, lang: &Lang) -> bool {
        match self {
            Arg::Int(n) | Arg::Grouped(n) => key.parse::<i64>() == Ok(*n) || key == lang.plural(*n),
            Arg::Dec(x, d) => {
                let whole = *d == 0 && x.fract() == 0.0;
                key == if whole {
                    lang.plural(*x as i64)
                } else {
                    lang.plural_fraction()
                }
            }
            Arg::Text(s) => key == s,
        }
    }
}
