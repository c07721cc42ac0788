//! Command-line paths → the inputs to read.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::Rejection;

/// How an input's bytes are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// One document per line, `EVENTS.md` §1.
    Jsonl,
    /// A whole file is one document.
    Text,
    /// A web page: the article body is extracted.
    Html,
    /// Named explicitly with an unknown extension: decided from the first bytes.
    Sniff,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File { path: PathBuf, kind: InputKind },
}

impl Input {
    /// The name used in messages: the path as given, or `-` for stdin.
    pub fn display_name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File { path, .. } => path.display().to_string(),
        }
    }
}

fn kind_of(path: &Path) -> Option<InputKind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "jsonl" | "ndjson" => Some(InputKind::Jsonl),
        "txt" | "text" => Some(InputKind::Text),
        "html" | "htm" | "xhtml" => Some(InputKind::Html),
        _ => None,
    }
}

/// Expands `paths` in order: `-` is stdin, a file is read whatever its
/// extension, a directory is walked recursively in name order and yields the
/// files whose extension attache reads (others are not documents: skipped).
/// A path that cannot be read becomes a rejection; the others still come.
pub fn expand_paths<'a>(
    paths: &'a [String],
) -> impl Iterator<Item = Result<Input, Rejection>> + 'a {
    paths.iter().flat_map(|raw| -> Box<dyn Iterator<Item = _>> {
        if raw == "-" {
            return Box::new(std::iter::once(Ok(Input::Stdin)));
        }
        let path = PathBuf::from(raw);
        if path.is_dir() {
            return Box::new(walk_dir(path));
        }
        if !path.exists() {
            let rejection = Rejection::new(raw, 0, "no such file or directory");
            return Box::new(std::iter::once(Err(rejection)));
        }
        let kind = kind_of(&path).unwrap_or(InputKind::Sniff);
        Box::new(std::iter::once(Ok(Input::File { path, kind })))
    })
}

fn walk_dir(root: PathBuf) -> impl Iterator<Item = Result<Input, Rejection>> {
    WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|entry| match entry {
            Err(err) => {
                let path = err
                    .path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                Some(Err(Rejection::new(&path, 0, format!("cannot read: {err}"))))
            }
            Ok(entry) if entry.file_type().is_file() => {
                let kind = kind_of(entry.path())?;
                Some(Ok(Input::File {
                    path: entry.into_path(),
                    kind,
                }))
            }
            Ok(_) => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_yield_known_kinds_in_name_order() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.txt", "a.jsonl", "c.html", "notes.md"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/d.htm"), "x").unwrap();
        let paths = vec![dir.path().display().to_string()];
        let names: Vec<String> = expand_paths(&paths)
            .map(|i| match i.unwrap() {
                Input::File { path, .. } => path.file_name().unwrap().to_string_lossy().into(),
                Input::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(names, ["a.jsonl", "b.txt", "c.html", "d.htm"]);
    }

    #[test]
    fn missing_path_is_a_rejection_and_the_rest_still_comes() {
        let paths = vec!["/no/such/attache/file.txt".to_string(), "-".to_string()];
        let items: Vec<_> = expand_paths(&paths).collect();
        assert!(items[0]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("no such file"));
        assert_eq!(items[1], Ok(Input::Stdin));
    }
}
