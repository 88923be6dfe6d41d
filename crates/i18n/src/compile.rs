//! The catalogue compiler: reads `locales/<lang>.ftl` with Fluent's reference parser, checks
//! each language against English, and writes the compact form the runtime reads (see the
//! crate's documentation), plus, for a build script, the Rust items naming each message.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

use crate::{is_mark, END, ID_END, KEY_END, MESSAGE_END, SELECT, SELECT_CLOSE, VAR, VARIANT_END};

/// Messages read by a name built at run time (the help's paragraphs, the legend, the tours) or
/// by the page's loader before any WebAssembly runs (`page-`), not by a constant: the build
/// writes no constant for them and they hold no variables.
pub const DOCUMENT_PREFIXES: [&str; 6] = ["title", "about-", "help-", "legend-", "tour-", "page-"];

/// Whether a message is one of a sim's documents (see [`DOCUMENT_PREFIXES`]).
pub fn is_document(id: &str) -> bool {
    DOCUMENT_PREFIXES.iter().any(|p| id.starts_with(p))
}

/// One compiled message: its compact pattern and the variables it reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compiled {
    /// The pattern in the compact form.
    pub pattern: String,
    /// The names of its variables (selectors included).
    pub vars: BTreeSet<String>,
}

/// One language's catalogue: its code and its messages by id.
#[derive(Debug, Clone)]
pub struct Catalogue {
    /// The language (the file's stem).
    pub lang: String,
    /// Its messages, sorted by id.
    pub messages: BTreeMap<String, Compiled>,
}

/// Compiles one Fluent file.
pub fn compile(lang: &str, source: &str) -> Result<Catalogue, String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        let first = errors.first().map(|e| format!("{e:?}")).unwrap_or_default();
        format!(
            "{lang}.ftl: {} syntax error(s), first: {first}",
            errors.len()
        )
    })?;
    let mut terms = BTreeMap::new();
    let mut raw = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Term(t) => {
                terms.insert(t.id.name.to_string(), t.value.clone());
            }
            Entry::Message(m) => {
                if !m.attributes.is_empty() {
                    return Err(format!(
                        "{lang}.ftl: {} has attributes, which we do not use",
                        m.id.name
                    ));
                }
                let value = m
                    .value
                    .clone()
                    .ok_or(format!("{lang}.ftl: {} has no value", m.id.name))?;
                if raw.insert(m.id.name.to_string(), value).is_some() {
                    return Err(format!("{lang}.ftl: {} is defined twice", m.id.name));
                }
            }
            Entry::Junk { content } => return Err(format!("{lang}.ftl: cannot read {content:?}")),
            _ => {}
        }
    }
    let cx = Context {
        lang,
        terms: &terms,
        messages: &raw,
    };
    let mut messages = BTreeMap::new();
    for (id, pattern) in &raw {
        let mut c = Compiled {
            pattern: String::new(),
            vars: BTreeSet::new(),
        };
        cx.pattern(pattern, &mut c, 0)
            .map_err(|e| format!("{lang}.ftl: {id}: {e}"))?;
        if is_document(id) && !c.vars.is_empty() {
            return Err(format!(
                "{lang}.ftl: {id} is a document message and cannot have variables"
            ));
        }
        messages.insert(id.clone(), c);
    }
    Ok(Catalogue {
        lang: lang.to_string(),
        messages,
    })
}

struct Context<'a> {
    lang: &'a str,
    terms: &'a BTreeMap<String, Pattern<&'a str>>,
    messages: &'a BTreeMap<String, Pattern<&'a str>>,
}

impl Context<'_> {
    fn pattern(&self, p: &Pattern<&str>, out: &mut Compiled, depth: u8) -> Result<(), String> {
        if depth > 8 {
            return Err("references nest too deep (a cycle?)".into());
        }
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => text(value, out)?,
                PatternElement::Placeable { expression } => {
                    self.expression(expression, out, depth)?
                }
            }
        }
        Ok(())
    }

    fn expression(
        &self,
        e: &Expression<&str>,
        out: &mut Compiled,
        depth: u8,
    ) -> Result<(), String> {
        match e {
            Expression::Inline(inline) => self.inline(inline, out, depth),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id } = selector else {
                    return Err("a selection must select on a variable".into());
                };
                out.vars.insert(id.name.to_string());
                let _ = write!(out.pattern, "{SELECT}{}{END}", id.name);
                for v in variants {
                    let key = match &v.key {
                        VariantKey::Identifier { name } => *name,
                        VariantKey::NumberLiteral { value } => *value,
                    };
                    let star = if v.default { "*" } else { "" };
                    let _ = write!(out.pattern, "{star}{key}{KEY_END}");
                    self.pattern(&v.value, out, depth + 1)?;
                    out.pattern.push(VARIANT_END);
                }
                out.pattern.push(SELECT_CLOSE);
                Ok(())
            }
        }
    }

    fn inline(
        &self,
        e: &InlineExpression<&str>,
        out: &mut Compiled,
        depth: u8,
    ) -> Result<(), String> {
        match e {
            InlineExpression::StringLiteral { value } => text(&unescape(value)?, out),
            InlineExpression::NumberLiteral { value } => text(value, out),
            InlineExpression::VariableReference { id } => {
                out.vars.insert(id.name.to_string());
                let _ = write!(out.pattern, "{VAR}{}{END}", id.name);
                Ok(())
            }
            InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => {
                let term = self
                    .terms
                    .get(id.name)
                    .ok_or(format!("no term -{}", id.name))?;
                self.pattern(term, out, depth + 1)
            }
            InlineExpression::MessageReference {
                id,
                attribute: None,
            } => {
                let msg = self
                    .messages
                    .get(id.name)
                    .ok_or(format!("no message {}", id.name))?;
                self.pattern(msg, out, depth + 1)
            }
            InlineExpression::Placeable { expression } => self.expression(expression, out, depth),
            other => Err(format!("{}: unsupported expression {other:?}", self.lang)),
        }
    }
}

fn text(value: &str, out: &mut Compiled) -> Result<(), String> {
    if value.chars().any(is_mark) {
        return Err("a control character in the text".into());
    }
    out.pattern.push_str(value);
    Ok(())
}

/// A string literal's escapes: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(e @ ('"' | '\\')) => out.push(e),
            Some(u @ ('u' | 'U')) => {
                let n = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(n).collect();
                let code =
                    u32::from_str_radix(&hex, 16).map_err(|_| format!("bad escape \\{u}{hex}"))?;
                out.push(char::from_u32(code).ok_or(format!("bad escape \\{u}{hex}"))?);
            }
            other => return Err(format!("bad escape \\{}", other.unwrap_or(' '))),
        }
    }
    Ok(out)
}

impl Catalogue {
    /// The compact form (see the crate's documentation).
    pub fn encode(&self) -> String {
        let mut out = String::new();
        // The loader's words (`page-`) are shown before any WebAssembly runs: the build writes
        // them into the loader itself, and no code reads them from a catalogue.
        for (id, c) in self
            .messages
            .iter()
            .filter(|(id, _)| !id.starts_with("page-"))
        {
            let _ = write!(out, "{id}{ID_END}{}{MESSAGE_END}", c.pattern);
        }
        out
    }

    /// What is wrong with this translation of `english`: a message English lacks (so no code
    /// reads it), or a variable English's message does not give.
    pub fn problems_against(&self, english: &Catalogue) -> Vec<String> {
        let mut problems = Vec::new();
        for (id, c) in &self.messages {
            match english.messages.get(id) {
                None => problems.push(format!("{}.ftl: {id} is not in en.ftl", self.lang)),
                Some(en) => {
                    for v in c.vars.difference(&en.vars) {
                        problems.push(format!(
                            "{}.ftl: {id} reads ${v}, which en.ftl's does not",
                            self.lang
                        ));
                    }
                }
            }
        }
        problems
    }
}

/// Every catalogue in a `locales` folder, English first; an error if there is no `en.ftl`, if
/// a file does not compile, or if a translation does not match English.
pub fn load(dir: &Path) -> Result<Vec<Catalogue>, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut all = Vec::new();
    for file in files {
        let lang = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let source = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        all.push(compile(&lang, &source).map_err(|e| format!("{}: {e}", dir.display()))?);
    }
    let en = all
        .iter()
        .position(|c| c.lang == "en")
        .ok_or(format!("{}: no en.ftl", dir.display()))?;
    let english = all.remove(en);
    let problems: Vec<String> = all
        .iter()
        .flat_map(|c| c.problems_against(&english))
        .collect();
    if !problems.is_empty() {
        return Err(format!("{}:\n{}", dir.display(), problems.join("\n")));
    }
    all.insert(0, english);
    Ok(all)
}

/// A message id as a Rust constant's name: `node-name` → `NODE_NAME`.
pub fn const_name(id: &str) -> String {
    id.replace('-', "_").to_uppercase()
}

/// The Rust items a crate includes as its `msg` module: `SCOPE` (its English compiled in and
/// its languages), one constant per message the code names (an unused one fails the lint),
/// and the `t!` macro (`t!(NODE_NAME, n = 3)` renders a message in the chosen language).
pub fn rust_items(scope: &str, runtime: &str, catalogues: &[Catalogue]) -> String {
    let Some(english) = catalogues.first() else {
        return String::new();
    };
    let langs: Vec<String> = catalogues.iter().map(|c| format!("{:?}", c.lang)).collect();
    let mut out = format!(
        "/// This crate's words: English compiled in, the other languages fetched when chosen.\n\
         pub(crate) static SCOPE: {runtime}::Scope = {runtime}::Scope {{ id: {scope:?}, en: {:?}, langs: &[{}] }};\n",
        english.encode(),
        langs.join(", ")
    );
    for id in english.messages.keys().filter(|id| !is_document(id)) {
        let _ = writeln!(
            out,
            "#[deny(dead_code)]\npub(crate) const {}: &str = {id:?};",
            const_name(id)
        );
    }
    let _ = write!(
        out,
        "/// Renders a message of this crate in the chosen language: `t!(NAME, var = value, …)`,\n\
         /// or `t!((expr), …)` for an id chosen at run time.\n\
         macro_rules! t {{\n\
         (($id:expr) $(, $k:ident = $v:expr)* $(,)?) => {{ $crate::msg::SCOPE.text($id, &[$((stringify!($k), {runtime}::Arg::from($v))),*]) }};\n\
         ($id:ident $(, $k:ident = $v:expr)* $(,)?) => {{ $crate::msg::SCOPE.text($crate::msg::$id, &[$((stringify!($k), {runtime}::Arg::from($v))),*]) }};\n\
         }}\n\
         pub(crate) use t;\n"
    );
    out
}

/// For tests: speaks `lang` as a page that chose it would, with each `(scope, Fluent source)`
/// compiled and installed (the shell's and the crate's). Panics if a source does not compile.
pub fn speak(lang: &str, sources: &[(&'static str, &str)]) {
    crate::choose(lang);
    for (scope, source) in sources {
        match compile(lang, source) {
            Ok(c) => crate::install(scope, c.encode()),
            Err(e) => panic!("{scope}: {e}"),
        }
    }
}

/// The test-only `speak(lang)` of a crate's `msg` module: [`speak`] with the shell's catalogue
/// (`shell`, when the crate is not the shell) and the crate's, for each of its languages.
fn speak_item(scope: &str, dir: &Path, shell: Option<&Path>, catalogues: &[Catalogue]) -> String {
    let mut arms = String::new();
    for c in catalogues {
        let own = dir.join(format!("{}.ftl", c.lang));
        let mut sources = format!("({scope:?}, include_str!({:?}))", own.display().to_string());
        if let Some(shell) = shell
            .map(|s| s.join(format!("{}.ftl", c.lang)))
            .filter(|p| p.exists())
        {
            sources = format!(
                "(\"ui\", include_str!({:?})), {sources}",
                shell.display().to_string()
            );
        }
        let _ = writeln!(arms, "        {:?} => &[{sources}],", c.lang);
    }
    format!(
        "/// For this crate's tests: speaks `lang` as a page that chose it would.\n\
         #[cfg(test)]\n#[allow(dead_code)]\n\
         pub(crate) fn speak(lang: &str) {{\n    let sources: &[(&'static str, &str)] = match lang {{\n{arms}        _ => &[],\n    }};\n    \
         ::dsim_i18n::compile::speak(lang, sources);\n}}\n"
    )
}

/// For a crate's `build.rs`: compiles its `locales/` into `$OUT_DIR/msg.rs` (see
/// [`rust_items`]); `runtime` is the path the generated code names the runtime by. Fails the
/// build, with the reason, on any problem. A sim's tests also get `msg::speak(lang)`, which
/// installs the shell's catalogue (`crates/ui/locales`, two folders up) and the sim's.
pub fn build_script(scope: &str, runtime: &str) {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let out_dir = std::env::var("OUT_DIR").unwrap_or_default();
    let dir = Path::new(&manifest).join("locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let catalogues = match load(&dir) {
        Ok(c) => c,
        Err(e) => panic!("message catalogues: {e}"),
    };
    let shell = Path::new(&manifest).join("../../crates/ui/locales");
    let shell = (scope != "ui").then_some(shell.as_path());
    let items =
        rust_items(scope, runtime, &catalogues) + &speak_item(scope, &dir, shell, &catalogues);
    if let Err(e) = fs::write(Path::new(&out_dir).join("msg.rs"), items) {
        panic!("message catalogues: cannot write msg.rs: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{render, Arg, ENGLISH};

    #[test]
    fn plurals_terms_and_references_compile_to_what_the_runtime_renders() {
        let ftl = "-raft = Raft\nnode = node\nup = { $n ->\n    [0] no { node } is up\n    [one] { $n } { node } is up\n   *[other] { $n } { node }s are up\n} ({ -raft }, {\"{\"}x{\"}\"})\n";
        let c = compile("en", ftl).expect("compiles");
        let up = &c.messages["up"];
        assert_eq!(up.vars.iter().collect::<Vec<_>>(), ["n"]);
        let r = |n: i64| render(&up.pattern, &[("n", Arg::Int(n))], &ENGLISH);
        assert_eq!(r(0), "no node is up (Raft, {x})");
        assert_eq!(r(1), "1 node is up (Raft, {x})");
        assert_eq!(r(3), "3 nodes are up (Raft, {x})");
    }

    #[test]
    fn a_translation_must_match_english() {
        let en = compile("en", "a = A { $n }\n").expect("en");
        let de = compile("de", "a = A { $m }\nb = B\n").expect("de");
        let problems = de.problems_against(&en);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            compile("en", "about-1 = { $x }\n").is_err(),
            "documents hold no variables"
        );
        assert!(compile("en", "a = {\n").is_err(), "syntax errors fail");
    }

    #[test]
    fn the_compact_form_is_sorted_and_generates_constants() {
        let en = compile("en", "zeta = Z\nalpha = A\ntitle = T\n").expect("en");
        assert_eq!(
            en.encode(),
            format!(
                "alpha{ID_END}A{MESSAGE_END}title{ID_END}T{MESSAGE_END}zeta{ID_END}Z{MESSAGE_END}"
            )
        );
        let items = rust_items("s", "rt", &[en]);
        assert!(items.contains("pub(crate) const ALPHA: &str = \"alpha\";"));
        assert!(!items.contains("TITLE"), "documents get no constant");
    }
}
