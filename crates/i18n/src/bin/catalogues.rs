//! Writes every language's compiled catalogue but English (which each crate compiles in) into
//! a site: `catalogues <site dir> <locales dir>=<scope> …` writes `<site>/i18n/<lang>/<scope>.txt`
//! and prints, as JSON, the languages each scope has (`langs`) and the page loader's words
//! (`page`): the `page-*` messages of the `ui` scope, by language, which the loader shows
//! before any WebAssembly runs.

use dsim_i18n::compile::Catalogue;
use serde_json::{json, Map, Value};
use std::fs;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(site) = args.next() else {
        eprintln!("usage: catalogues <site dir> <locales dir>=<scope> …");
        return ExitCode::FAILURE;
    };
    let mut langs = Map::new();
    let mut page = Map::new();
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
            Ok(listed) => {
                langs.insert(scope.to_string(), json!(listed));
            }
            Err(e) => {
                eprintln!("catalogues: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    println!("{}", json!({ "langs": langs, "page": page }));
    ExitCode::SUCCESS
}

/// The scope whose `page-*` messages the loader shows.
const PAGE_SCOPE: &str = "ui";

/// Each language's `page-*` messages: `{"de": {"page-loading": "…", …}, …}`; an error if one
/// reads a variable (the loader fills none in).
fn page_words(catalogues: &[Catalogue]) -> Result<Map<String, Value>, String> {
    let mut out = Map::new();
    for c in catalogues {
        let mut words = Map::new();
        for (id, m) in c.messages.iter().filter(|(id, _)| id.starts_with("page-")) {
            if m.pattern.chars().any(dsim_i18n::is_mark) {
                return Err(format!("{}.ftl: {id} must be plain text", c.lang));
            }
            words.insert(id.clone(), json!(m.pattern));
        }
        out.insert(c.lang.clone(), Value::Object(words));
    }
    Ok(out)
}

fn write_scope(site: &Path, catalogues: &[Catalogue], scope: &str) -> Result<Vec<String>, String> {
    let mut langs = Vec::new();
    for c in catalogues {
        langs.push(c.lang.clone());
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
