//! Writes every language's compiled catalogue but English (which each crate compiles in) into
//! a site: `catalogues <site dir> <locales dir>=<scope> …` writes `<site>/i18n/<lang>/<scope>.txt`
//! and prints, as JSON, the languages each scope has (`langs`) and the page loader's words
//! (`page`): the `page-*` messages of the `ui` scope, by language, which the loader shows
//! before any WebAssembly runs.

use dsim_i18n::compile::Catalogue;
use std::fs;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(site) = args.next() else {
        eprintln!("usage: catalogues <site dir> <locales dir>=<scope> …");
        return ExitCode::FAILURE;
    };
    let mut listed = Vec::new();
    let mut page = Vec::new();
    for pair in args {
        let Some((dir, scope)) = pair.split_once('=') else {
            eprintln!("catalogues: {pair} is not <locales dir>=<scope>");
            return ExitCode::FAILURE;
        };
        let written = dsim_i18n::compile::load(Path::new(dir)).and_then(|catalogues| {
            if scope == PAGE_SCOPE {
                page = page_words(&catalogues)?;
            }
            write_scope(Path::new(&site), &catalogues, scope)
        });
        match written {
            Ok(langs) => listed.push(format!("{}: [{}]", json(scope), langs.join(", "))),
            Err(e) => {
                eprintln!("catalogues: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    println!(
        "{{\"langs\": {{{}}}, \"page\": {{{}}}}}",
        listed.join(", "),
        page.join(", ")
    );
    ExitCode::SUCCESS
}

/// The scope whose `page-*` messages the loader shows.
const PAGE_SCOPE: &str = "ui";

/// Each language's `page-*` messages as a JSON member `"de": {"page-loading": "…", …}`; an
/// error if one reads a variable (the loader fills none in) or English has none.
fn page_words(catalogues: &[Catalogue]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for c in catalogues {
        let mut words = Vec::new();
        for (id, m) in c.messages.iter().filter(|(id, _)| id.starts_with("page-")) {
            if m.pattern.chars().any(dsim_i18n::is_mark) {
                return Err(format!("{}.ftl: {id} must be plain text", c.lang));
            }
            words.push(format!("{}: {}", json(id), json(&m.pattern)));
        }
        if c.lang == "en" && words.is_empty() {
            return Err("en.ftl has no page-* messages for the loader".to_string());
        }
        out.push(format!("{}: {{{}}}", json(&c.lang), words.join(", ")));
    }
    Ok(out)
}

/// `text` as a JSON string.
fn json(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn write_scope(site: &Path, catalogues: &[Catalogue], scope: &str) -> Result<Vec<String>, String> {
    let mut langs = Vec::new();
    for c in catalogues {
        langs.push(json(&c.lang));
        if c.lang == "en" {
            continue;
        }
        let out = site.join("i18n").join(&c.lang);
        fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        let file = out.join(format!("{scope}.txt"));
        fs::write(&file, c.encode()).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(langs)
}
