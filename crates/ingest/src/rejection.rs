//! A piece of input that could not become a document.

use std::fmt;

/// Printed as `path:line: reason`, the form editors and CI logs link to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub path: String,
    /// 1-based line of the input where the problem is.
    pub line: u64,
    pub reason: String,
}

impl Rejection {
    pub fn new(path: &str, line: u64, reason: impl Into<String>) -> Self {
        Rejection {
            path: path.to_string(),
            line,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.reason)
    }
}
