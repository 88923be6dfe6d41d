//! Renders a compiled pattern with its variables' values: Fluent's semantics for the subset the
//! compiler keeps (variables and selections on numbers, plural categories or text).

use crate::arg::Arg;
use crate::lang::Lang;
use crate::{END, KEY_END, SELECT, SELECT_CLOSE, VAR, VARIANT_END};

/// Renders `pattern` with `args` in `lang`. A variable without a value is written as Fluent
/// writes it, `{$name}`; a selection none of whose keys matches takes its default variant.
pub fn render(pattern: &str, args: &[(&str, Arg)], lang: &Lang) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    write(pattern, args, lang, &mut out);
    out
}

fn arg<'a, 'b>(args: &'a [(&str, Arg<'b>)], name: &str) -> Option<&'a Arg<'b>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
}

/// Writes a pattern (up to its end, which the caller has cut off).
fn write(mut rest: &str, args: &[(&str, Arg)], lang: &Lang, out: &mut String) {
    while let Some(at) = rest.find([VAR, SELECT]) {
        out.push_str(&rest[..at]);
        let mark = rest[at..].chars().next().unwrap_or(VAR);
        let after = &rest[at + mark.len_utf8()..];
        let (name, tail) = after.split_once(END).unwrap_or((after, ""));
        rest = if mark == VAR {
            match arg(args, name) {
                Some(value) => value.write(lang, out),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            }
            tail
        } else {
            select(arg(args, name), tail, args, lang, out)
        };
    }
    out.push_str(rest);
}

/// Writes the variant a selection picks and returns what follows the selection.
fn select<'p>(
    value: Option<&Arg>,
    mut rest: &'p str,
    args: &[(&str, Arg)],
    lang: &Lang,
    out: &mut String,
) -> &'p str {
    let mut chosen: Option<&str> = None;
    let mut default: Option<&str> = None;
    while let Some((key, after)) = rest.split_once(KEY_END) {
        if key.starts_with(SELECT_CLOSE) {
            break;
        }
        let len = variant_len(after);
        let body = &after[..len];
        rest = after.get(len + VARIANT_END.len_utf8()..).unwrap_or("");
        let (is_default, key) = match key.strip_prefix('*') {
            Some(k) => (true, k),
            None => (false, key),
        };
        if is_default {
            default = Some(body);
        }
        if chosen.is_none() && value.is_some_and(|v| v.matches(key, lang)) {
            chosen = Some(body);
        }
    }
    if let Some(body) = chosen.or(default) {
        write(body, args, lang, out);
    }
    rest.strip_prefix(SELECT_CLOSE).unwrap_or(rest)
}

/// The length of a variant's pattern: up to its end mark, skipping nested selections.
fn variant_len(s: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            SELECT => depth += 1,
            SELECT_CLOSE => depth = depth.saturating_sub(1),
            VARIANT_END if depth == 0 => return i,
            _ => {}
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arg::{dec, grouped};
    use crate::lang::ENGLISH;

    fn nodes() -> String {
        format!("{SELECT}n{END}0{KEY_END}no node{VARIANT_END}one{KEY_END}{VAR}n{END} node{VARIANT_END}*other{KEY_END}{VAR}n{END} nodes{VARIANT_END}{SELECT_CLOSE} up")
    }

    #[test]
    fn selections_pick_exact_numbers_then_plural_categories_then_the_default() {
        let p = nodes();
        assert_eq!(render(&p, &[("n", 0.into())], &ENGLISH), "no node up");
        assert_eq!(render(&p, &[("n", 1.into())], &ENGLISH), "1 node up");
        assert_eq!(render(&p, &[("n", 7.into())], &ENGLISH), "7 nodes up");
        assert_eq!(render(&p, &[], &ENGLISH), "{$n} nodes up");
    }

    #[test]
    fn numbers_follow_the_language() {
        let de = Lang::of("de");
        let p = format!("{VAR}k{END} Schlüssel, {VAR}x{END} s");
        let args = [("k", grouped(12_345)), ("x", dec(0.25, 2))];
        assert_eq!(render(&p, &args, &de), "12.345 Schlüssel, 0,25 s");
        assert_eq!(render(&p, &args, &ENGLISH), "12,345 Schlüssel, 0.25 s");
    }

    #[test]
    fn nested_selections_and_text_keys() {
        let inner = format!("{SELECT}n{END}one{KEY_END}one{VARIANT_END}*other{KEY_END}many{VARIANT_END}{SELECT_CLOSE}");
        let p = format!("{SELECT}kind{END}read{KEY_END}R {inner}{VARIANT_END}*other{KEY_END}W {inner}{VARIANT_END}{SELECT_CLOSE}.");
        let r =
            |kind: &str, n: i64| render(&p, &[("kind", kind.into()), ("n", n.into())], &ENGLISH);
        assert_eq!(r("read", 1), "R one.");
        assert_eq!(r("write", 3), "W many.");
    }

    #[test]
    fn a_missing_variable_shows_its_name() {
        let p = format!("Hello {VAR}who{END}!");
        assert_eq!(render(&p, &[], &ENGLISH), "Hello {$who}!");
    }
}
