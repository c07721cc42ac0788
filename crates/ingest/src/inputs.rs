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

/// Expands `paths` in order: `-` is stdin, a file is read by its extension
/// (without one, it is sniffed; with one attache does not read, it is a
/// rejection), a directory is walked recursively in name order and yields
/// the files whose extension attache reads (others are not documents:
/// skipped). A path that cannot be read, a directory with nothing to read,
/// a dangling symbolic link or a link to a directory becomes a rejection;
/// the others still come.
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
        Box::new(std::iter::once(named_file(raw, path)))
    })
}

/// A file named on the command line.
fn named_file(raw: &str, path: PathBuf) -> Result<Input, Rejection> {
    if !path.exists() {
        let reason = match std::fs::symlink_metadata(&path) {
            Ok(_) => "dangling symbolic link",
            Err(_) => "no such file or directory",
        };
        return Err(Rejection::new(raw, 0, reason));
    }
    match (kind_of(&path), path.extension()) {
        (Some(kind), _) => Ok(Input::File { path, kind }),
        (None, None) => Ok(Input::File {
            path,
            kind: InputKind::Sniff,
        }),
        (None, Some(ext)) => Err(Rejection::new(
            raw,
            0,
            format!(
                "unsupported extension `.{}` (attache reads .txt, .jsonl, .html; a file without extension is sniffed)",
                ext.to_string_lossy()
            ),
        )),
    }
}

fn walk_dir(root: PathBuf) -> impl Iterator<Item = Result<Input, Rejection>> {
    let name = root.display().to_string();
    let mut entries = WalkDir::new(root)
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
            Ok(entry) if entry.path_is_symlink() => linked(entry.into_path()),
            Ok(_) => None,
        });
    let mut any = false;
    std::iter::from_fn(move || match entries.next() {
        Some(item) => {
            any = true;
            Some(item)
        }
        None if !any => {
            any = true;
            let reason = "nothing to read: no .txt, .jsonl or .html file in this directory";
            Some(Err(Rejection::new(&name, 0, reason)))
        }
        None => None,
    })
}

/// A symbolic link met in a walked directory: a link to a file attache
/// reads is read; a dangling link, or one to a directory (not followed, so
/// that a walk cannot loop), is reported.
fn linked(path: PathBuf) -> Option<Result<Input, Rejection>> {
    let name = path.display().to_string();
    match std::fs::metadata(&path) {
        Err(_) => Some(Err(Rejection::new(&name, 0, "dangling symbolic link"))),
        Ok(meta) if meta.is_dir() => Some(Err(Rejection::new(
            &name,
            0,
            "symbolic link to a directory, not followed (name it to read it)",
        ))),
        Ok(_) => {
            let kind = kind_of(&path)?;
            Some(Ok(Input::File { path, kind }))
        }
    }
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

    fn expanded(paths: &[String]) -> Vec<Result<String, String>> {
        expand_paths(paths)
            .map(|i| match i {
                Ok(Input::File { path, .. }) => {
                    Ok(path.file_name().unwrap().to_string_lossy().into())
                }
                Ok(Input::Stdin) => Ok("-".into()),
                Err(r) => Err(r.reason),
            })
            .collect()
    }

    #[test]
    fn a_named_file_with_an_unsupported_extension_is_a_rejection() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["notes.md", "plain"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let paths: Vec<String> = ["notes.md", "plain"]
            .iter()
            .map(|n| dir.path().join(n).display().to_string())
            .collect();
        let items = expanded(&paths);
        assert!(items[0]
            .as_ref()
            .unwrap_err()
            .contains("unsupported extension `.md`"));
        assert_eq!(items[1], Ok("plain".to_string()));
    }

    #[test]
    fn an_empty_directory_is_a_rejection() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("empty")).unwrap();
        std::fs::write(dir.path().join("empty/readme.md"), "x").unwrap();
        let items = expanded(&[dir.path().join("empty").display().to_string()]);
        assert_eq!(items.len(), 1);
        assert!(items[0].as_ref().unwrap_err().contains("nothing to read"));
    }

    #[cfg(unix)]
    #[test]
    fn links_in_a_walked_directory_are_read_or_reported() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("real.txt"), "x").unwrap();
        symlink(
            outside.path().join("real.txt"),
            dir.path().join("a-link.txt"),
        )
        .unwrap();
        symlink(
            outside.path().join("gone.txt"),
            dir.path().join("b-dangling.txt"),
        )
        .unwrap();
        symlink(outside.path(), dir.path().join("c-dir")).unwrap();
        let items = expanded(&[dir.path().display().to_string()]);
        assert_eq!(items[0], Ok("a-link.txt".to_string()));
        assert_eq!(items[1], Err("dangling symbolic link".to_string()));
        assert!(items[2].as_ref().unwrap_err().contains("not followed"));
        assert_eq!(items.len(), 3);
    }
}
