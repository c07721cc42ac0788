//! `attache export`: the stored canonical events (filtered as `attache
//! events` filters them) in the formats analysts load: JSON lines, CSV, the
//! GDELT 2.0 event table, PLOVER JSON lines and Parquet.
//!
//! `--out FILE` is written safely: the format is checked before anything is
//! opened, a database (the one in use, or any SQLite file) is never written
//! over, and the events go to a temporary file beside `FILE` that is renamed
//! onto it only once complete, so a failed export leaves `FILE` as it was.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use attache_export::{DocUrls, Format};
use attache_model::CanonicalEvent;

use super::events::FilterArgs;
use crate::Outcome;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum)]
    format: Format,
    /// Write here instead of standard output (through a temporary file renamed at the end; never over a database).
    #[arg(long, short)]
    out: Option<PathBuf>,
}

/// Writes `events` in `format` to `out`.
pub fn write_events(
    format: Format,
    out: Box<dyn Write + Send>,
    events: &[CanonicalEvent],
) -> anyhow::Result<()> {
    write_events_with_urls(format, out, events, DocUrls::new())
}

fn write_events_with_urls(
    format: Format,
    out: Box<dyn Write + Send>,
    events: &[CanonicalEvent],
    urls: DocUrls,
) -> anyhow::Result<()> {
    let mut writer = attache_export::writer_with_urls(format, out, urls)?;
    for event in events {
        writer.write(event)?;
    }
    writer.finish()?;
    Ok(())
}

/// The first bytes of every SQLite database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Whether `path` is an existing file that begins as a SQLite database does.
fn is_sqlite_file(path: &Path) -> bool {
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| &head == SQLITE_HEADER)
}

/// `path` with its directory resolved (links, `..`), whether or not the
/// file itself exists.
fn resolved(path: &Path) -> Option<PathBuf> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(dir.canonicalize().ok()?.join(path.file_name()?))
}

/// Refuses an output path that would destroy a database: the one `db`
/// names (or its `-wal`/`-shm` companions), or any SQLite file.
pub(crate) fn check_target(out: &Path, db: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(!out.is_dir(), "--out {} is a directory", out.display());
    // The same file, or (for a file not there yet, such as a `-wal`
    // between runs) the same name in the same directory.
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => resolved(a).is_some_and(|a| resolved(b) == Some(a)),
    };
    let companions = ["", "-wal", "-shm", "-journal"].map(|end| {
        let mut name = db.as_os_str().to_owned();
        name.push(end);
        PathBuf::from(name)
    });
    anyhow::ensure!(
        !companions.iter().any(|c| same(out, c)),
        "refusing to write the export over the database in use ({}); choose another --out",
        db.display()
    );
    anyhow::ensure!(
        !is_sqlite_file(out),
        "refusing to write the export over {}, a SQLite database; choose another --out",
        out.display()
    );
    Ok(())
}

/// Runs `write` into a temporary file beside `path`, then renames it onto
/// `path`; on any failure the temporary file is removed and `path` is untouched.
pub(crate) fn write_atomically(
    path: &Path,
    write: impl FnOnce(Box<dyn Write + Send>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".attache-export-")
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    let file = tmp.as_file().try_clone()?;
    write(Box::new(std::io::BufWriter::new(file)))?;
    tmp.as_file().sync_all()?;
    let permissions = match std::fs::metadata(path) {
        Ok(existing) => existing.permissions(),
        Err(_) => default_permissions(tmp.as_file())?,
    };
    tmp.as_file().set_permissions(permissions)?;
    tmp.persist(path)
        .with_context(|| format!("cannot rename the export onto {}", path.display()))?;
    Ok(())
}

/// What a new file gets (the temporary file is private to its owner).
fn default_permissions(file: &std::fs::File) -> anyhow::Result<std::fs::Permissions> {
    #[allow(unused_mut)]
    let mut permissions = file.metadata()?.permissions();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        permissions.set_mode(0o644);
    }
    Ok(permissions)
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let format = args.format;
    anyhow::ensure!(
        format.is_built(),
        "Parquet output: this attache was built without the `parquet` feature \
         (cargo build --release --features parquet); nothing was written"
    );
    if let Some(path) = &args.out {
        check_target(path, &args.filter.db.db)?;
    } else {
        anyhow::ensure!(
            format != Format::Parquet || !std::io::stdout().is_terminal(),
            "Parquet is binary: give --out FILE or redirect the output"
        );
    }
    let (store, events) = args.filter.query()?;
    let urls = match format {
        Format::Gdelt => store.document_urls(events.iter().map(|e| e.doc.as_str()))?,
        _ => DocUrls::new(),
    };
    let write = |out| write_events_with_urls(format, out, &events, urls);
    match &args.out {
        Some(path) => {
            write_atomically(path, write)?;
            eprintln!(
                "attache: {} events written to {}",
                events.len(),
                path.display()
            );
        }
        None => write(Box::new(std::io::BufWriter::new(std::io::stdout())))?,
    }
    Ok(Outcome::AllAccepted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_target_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("events.csv");
        std::fs::write(&target, "before").unwrap();
        let failed = write_atomically(&target, |mut out| {
            out.write_all(b"half")?;
            anyhow::bail!("disk full")
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "before");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
        write_atomically(&target, |mut out| Ok(out.write_all(b"after")?)).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "after");
    }
}
