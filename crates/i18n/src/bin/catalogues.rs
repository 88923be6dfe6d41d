//! Writes every language's compiled catalogue but English (which each crate compiles in) into
//! a site: `catalogues <site dir> <locales dir>=<scope> …` writes `<site>/i18n/<lang>/<scope>.txt`
//! and prints, as JSON, the languages each scope has.

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
    for pair in args {
        let Some((dir, scope)) = pair.split_once('=') else {
            eprintln!("catalogues: {pair} is not <locales dir>=<scope>");
            return ExitCode::FAILURE;
        };
        match write_scope(Path::new(&site), Path::new(dir), scope) {
            Ok(langs) => listed.push(format!("{scope:?}: [{}]", langs.join(", "))),
            Err(e) => {
                eprintln!("catalogues: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    println!("{{{}}}", listed.join(", "));
    ExitCode::SUCCESS
}

fn write_scope(site: &Path, dir: &Path, scope: &str) -> Result<Vec<String>, String> {
    let catalogues = dsim_i18n::compile::load(dir)?;
    let mut langs = Vec::new();
    for c in &catalogues {
        langs.push(format!("{:?}", c.lang));
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
