//! A small pool of read-only SQLite connections. A query runs on tokio's
//! blocking threads holding one connection; the pool's size caps how many
//! queries run at once (the others wait, up to the query deadline), and a
//! query past its deadline is interrupted (`sqlite3_interrupt`), so a slow
//! request cannot hold a connection for long. Connections are opened
//! read-only: the server never writes, and in WAL mode it reads committed
//! data while `attache extract --db` writes.

use std::any::Any;
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use tokio::sync::{OnceCell, Semaphore};

use crate::error::ApiError;

/// Why the pool could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot open the database read-only: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("the database has schema version {found}; attache serve needs {needed} (open it once with a newer attache, e.g. `attache serve`, which upgrades it)")]
    Schema { found: i64, needed: i64 },
}

pub struct ReadPool {
    /// The database, for a reader that opens its own connection (the
    /// annual review reads through the store's own queries).
    path: std::path::PathBuf,
    /// Idle connections, each with the `data_version` it last saw.
    idle: Mutex<Vec<(Connection, i64)>>,
    /// One permit per connection: holding one guarantees an idle connection.
    permits: Semaphore,
    deadline: Duration,
    /// Bumped whenever a connection sees that a writer committed: answers
    /// cached under an older generation are never served.
    generation: AtomicU64,
    cache: Mutex<HashMap<String, Arc<Cached>>>,
}

/// One cached answer, computed once however many requests wait for it.
type Cached = OnceCell<Arc<dyn Any + Send + Sync>>;

/// Answers kept at most; the cache is emptied when it would hold more.
const CACHE_ENTRIES: usize = 512;

/// The schema version the queries are written for (the evidence index).
pub const SCHEMA_NEEDED: i64 = 7;

fn open_read_only(path: &Path) -> Result<Connection, OpenError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags)?;
    // A writer's checkpoint can hold the WAL briefly.
    conn.busy_timeout(Duration::from_secs(2))?;
    conn.pragma_update(None, "query_only", true)?;
    // 8 MB of page cache per connection: enough for the indexes' upper
    // levels, small enough for the server's memory budget.
    conn.pragma_update(None, "cache_size", -8000)?;
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found < SCHEMA_NEEDED {
        return Err(OpenError::Schema {
            found,
            needed: SCHEMA_NEEDED,
        });
    }
    Ok(conn)
}

impl ReadPool {
    /// Opens `size` read-only connections to the database at `path`
    /// (which must exist, at schema version 7 or later); each query may
    /// run for `deadline` before it is interrupted.
    pub fn open(path: &Path, size: usize, deadline: Duration) -> Result<Arc<ReadPool>, OpenError> {
        let size = size.max(1);
        let idle = (0..size)
            .map(|_| open_read_only(path).and_then(|c| Ok((data_version(&c)?, c))))
            .map(|opened| opened.map(|(v, c)| (c, v)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Arc::new(ReadPool {
            path: path.to_path_buf(),
            idle: Mutex::new(idle),
            permits: Semaphore::new(size),
            deadline,
            generation: AtomicU64::new(0),
            cache: Mutex::new(HashMap::new()),
        }))
    }

    /// The database the pool reads.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `query` on a connection, waiting for one if all are busy; a
    /// query that is still running at the deadline is interrupted (503).
    pub async fn run<T, F>(&self, query: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, ApiError> + Send + 'static,
    {
        let started = tokio::time::Instant::now();
        let permit = tokio::time::timeout(self.deadline, self.permits.acquire())
            .await
            .map_err(|_| ApiError::unavailable("the server is busy; try again"))?
            .map_err(|_| ApiError::unavailable("the server is stopping"))?;
        let (conn, seen) = self
            .idle
            .lock()
            .map_err(|_| ApiError::internal("connection pool poisoned"))?
            .pop()
            .ok_or_else(|| ApiError::internal("no idle connection"))?;
        let interrupt = conn.get_interrupt_handle();
        let mut task = tokio::task::spawn_blocking(move || {
            // Another connection committed since this one last looked?
            let now = data_version(&conn).unwrap_or(seen.wrapping_add(1));
            let result = query(&conn);
            (conn, now, result)
        });
        let left = self.deadline.saturating_sub(started.elapsed());
        let (joined, timed_out) = match tokio::time::timeout(left, &mut task).await {
            Ok(joined) => (joined, false),
            Err(_) => {
                interrupt.interrupt();
                (task.await, true)
            }
        };
        let (conn, now, result) = match joined {
            Ok(done) => done,
            Err(e) => {
                // The connection went with the task: one permit less, so
                // that a permit still means an idle connection.
                permit.forget();
                return Err(ApiError::internal(format!("query failed: {e}")));
            }
        };
        if now != seen {
            self.generation.fetch_add(1, Ordering::SeqCst);
        }
        if let Ok(mut idle) = self.idle.lock() {
            idle.push((conn, now));
        }
        drop(permit);
        match timed_out {
            true => Err(ApiError::unavailable(format!(
                "the query took longer than {} ms; narrow the filters",
                self.deadline.as_millis()
            ))),
            false => result,
        }
    }
}

impl ReadPool {
    /// The answer of `query`, computed once per `key` until a writer
    /// commits: for the aggregates (timelines, partners) that read a whole
    /// country's events. Concurrent requests for one key wait for the one
    /// computing it. Errors are not kept.
    pub async fn cached<T, F>(&self, key: String, query: F) -> Result<Arc<T>, ApiError>
    where
        T: Send + Sync + 'static,
        F: FnOnce(&Connection) -> Result<T, ApiError> + Send + 'static,
    {
        // A query first, so that a commit since the last one is seen.
        self.run(|_| Ok(())).await?;
        let generation = self.generation.load(Ordering::SeqCst);
        let cell = {
            let mut cache = self
                .cache
                .lock()
                .map_err(|_| ApiError::internal("cache poisoned"))?;
            let current = format!("{generation}:");
            cache.retain(|k, _| k.starts_with(&current));
            if cache.len() >= CACHE_ENTRIES {
                cache.clear();
            }
            cache
                .entry(format!("{generation}:{key}"))
                .or_default()
                .clone()
        };
        let answer = cell
            .get_or_try_init(|| async {
                let computed = self.run(query).await?;
                Ok::<_, ApiError>(Arc::new(computed) as Arc<dyn Any + Send + Sync>)
            })
            .await?
            .clone();
        answer
            .downcast::<T>()
            .map_err(|_| ApiError::internal(format!("cached answer of another type under {key}")))
    }
}

fn data_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA data_version", [], |r| r.get(0))
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> ApiError {
        ApiError::internal(format!("database error: {e}"))
    }
}
