//! The architecture's rules, checked on the source: models speak in types (no `apply` returns
//! a `String`), no code decides anything by reading a sentence, no drawing call takes a long
//! positional argument list, no function is too long to read at once, and every sim folder is in
//! the one list.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() && path.file_name().is_some_and(|n| n != "target") {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
    out
}

/// The lines of a file before its `#[cfg(test)]` module (test code may match sentences).
fn non_test_lines(path: &Path) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .take_while(|l| l.trim() != "#[cfg(test)]")
        .enumerate()
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect()
}

fn offenders(dirs: &[&str], bad: impl Fn(&str) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    for dir in dirs {
        for file in rust_files(&root().join(dir)) {
            for (n, line) in non_test_lines(&file) {
                if bad(&line) {
                    found.push(format!("{}:{n}: {}", file.display(), line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn no_model_answers_in_english() {
    let found = offenders(&["crates/core/src", "crates/ui/src", "sims"], |l| {
        l.contains("fn apply(") && l.contains("-> String")
    });
    assert!(
        found.is_empty(),
        "apply returns a String:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_code_branches_on_sentences() {
    let found = offenders(&["sims", "crates/app/src"], |l| {
        ["contains(\"", "starts_with(\"", "ends_with(\"", ".find(\""]
            .iter()
            .any(|p| l.contains(p))
    });
    assert!(
        found.is_empty(),
        "code that reads a sentence to decide something (decide from the outcome's type):\n{}",
        found.join("\n")
    );
}

#[test]
fn no_long_positional_argument_lists() {
    let found = offenders(&["crates", "sims"], |l| {
        l.contains(concat!("too_many", "_arguments"))
    });
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_sim_folder_is_in_the_one_list() {
    let mut folders: Vec<String> = std::fs::read_dir(root().join("sims"))
        .map(|d| {
            d.flatten()
                .filter(|e| e.path().join("metadata.json").is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    folders.sort();
    let mut listed: Vec<String> = dsim_app::SIM_IDS.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(folders, listed);
    assert!(!listed.is_empty());
}

/// The functions (name, first line, length in lines) of a file's non-test code: from a `fn`
/// line to the closing brace at the same indentation.
fn function_lengths(path: &Path) -> Vec<(String, usize, usize)> {
    let lines = non_test_lines(path);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (n, line) = &lines[i];
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let is_fn = ["fn ", "pub fn ", "pub(crate) fn "]
            .iter()
            .any(|p| trimmed.starts_with(p))
            && !trimmed.ends_with(';');
        if is_fn {
            let close = format!("{}}}", " ".repeat(indent));
            let end = lines[i..]
                .iter()
                .position(|(_, l)| l.trim_end() == close)
                .map_or(lines.len(), |k| i + k);
            let name = trimmed.split('(').next().unwrap_or(trimmed).to_string();
            out.push((name, *n, end - i + 1));
            i = end;
        }
        i += 1;
    }
    out
}

#[test]
fn functions_are_short_enough_to_read_at_once() {
    const MAX_LINES: usize = 90;
    let mut long = Vec::new();
    for dir in ["sims", "crates/ui/src", "crates/app/src"] {
        for file in rust_files(&root().join(dir)) {
            for (name, line, len) in function_lengths(&file) {
                if len > MAX_LINES {
                    long.push(format!("{}:{line}: {name} is {len} lines", file.display()));
                }
            }
        }
    }
    assert!(
        long.is_empty(),
        "over {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
}
