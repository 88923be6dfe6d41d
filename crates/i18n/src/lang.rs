//! What differs between the languages we ship beyond their words: plural categories and how
//! numbers are written (CLDR's rules for each).

/// A language's code and its number and plural rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang {
    /// Its BCP 47 primary subtag: `en`, `de`.
    pub code: &'static str,
    /// The decimal mark: `.` in English, `,` in German.
    pub decimal_mark: char,
    /// The thousands separator: `,` in English, `.` in German.
    pub group_mark: char,
}

/// English, the fallback of every catalogue.
pub const ENGLISH: Lang = Lang {
    code: "en",
    decimal_mark: '.',
    group_mark: ',',
};

/// The languages whose number rules we know; a language not listed writes numbers as English.
const KNOWN: [Lang; 4] = [
    ENGLISH,
    Lang {
        code: "de",
        decimal_mark: ',',
        group_mark: '.',
    },
    Lang {
        code: "es",
        decimal_mark: ',',
        group_mark: '.',
    },
    Lang {
        code: "fr",
        decimal_mark: ',',
        group_mark: '\u{202F}',
    },
];

impl Lang {
    /// The rules for a language code (its primary subtag); English's for one we do not know.
    pub fn of(code: &str) -> Lang {
        let primary = code.split(['-', '_']).next().unwrap_or(code);
        KNOWN
            .iter()
            .copied()
            .find(|l| l.code.eq_ignore_ascii_case(primary))
            .unwrap_or(ENGLISH)
    }

    /// CLDR's plural category of a whole number: English, German and Spanish say "one" for 1
    /// only; French for 0 and 1.
    pub fn plural(&self, n: i64) -> &'static str {
        let one = match self.code {
            "fr" => n == 0 || n == 1,
            _ => n == 1,
        };
        if one {
            "one"
        } else {
            "other"
        }
    }

    /// The plural category of a number written with decimals ("1.0 seconds").
    pub fn plural_fraction(&self) -> &'static str {
        "other"
    }

    /// A whole number with thousands separators.
    pub fn group(&self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        if n < 0 {
            out.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(self.group_mark);
            }
            out.push(c);
        }
        out
    }

    /// A number with `decimals` digits after the language's decimal mark, rounded half away
    /// from zero ([`crate::number::fixed`]).
    pub fn decimal(&self, x: f64, decimals: u8) -> String {
        let text = crate::number::fixed(x, decimals);
        if self.decimal_mark == '.' {
            text
        } else {
            text.replace('.', self.decimal_mark.encode_utf8(&mut [0; 4]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        let de = Lang::of("de-AT");
        assert_eq!(de.code, "de");
        assert_eq!(ENGLISH.group(1_234_567), "1,234,567");
        assert_eq!(de.group(1_234_567), "1.234.567");
        assert_eq!(de.group(-999), "-999");
        assert_eq!(ENGLISH.decimal(0.25, 1), "0.3");
        assert_eq!(de.decimal(2.5, 2), "2,50");
        assert_eq!(Lang::of("xx"), ENGLISH);
    }

    #[test]
    fn plural_categories_follow_cldr() {
        assert_eq!(ENGLISH.plural(1), "one");
        assert_eq!(ENGLISH.plural(0), "other");
        assert_eq!(Lang::of("de").plural(2), "other");
        assert_eq!(Lang::of("fr").plural(0), "one");
    }
}
