//! One module per subcommand, plus the input options they share.

pub mod actors;
pub mod clean;
pub mod eval;
pub mod extract;
pub mod ingest;

use attache_ingest::ReadOptions;

/// Input options of every command that reads documents.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Files (.txt, .jsonl, .html), directories (walked recursively), or `-` for JSONL on stdin.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Largest document accepted, in bytes (a file, or one JSONL line).
    #[arg(long, default_value_t = ReadOptions::default().max_doc_bytes)]
    pub max_doc_bytes: usize,
}

impl InputArgs {
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions {
            max_doc_bytes: self.max_doc_bytes,
        }
    }
}
