//! A piece of input that could not become a document, or a notice about
//! one that did but lost something on the way (`kept`).

use std::fmt;

/// Printed as `path:line: reason`, the form editors and CI logs link to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub path: String,
    /// 1-based line of the input where the problem is.
    pub line: u64,
    pub reason: String,
    /// The document was kept (stored, printed) and this only says what
    /// of it attache leaves aside; it does not count as rejected input.
    pub kept: bool,
}

impl Rejection {
    pub fn new(path: &str, line: u64, reason: impl Into<String>) -> Self {
        Rejection {
            path: path.to_string(),
            line,
            reason: reason.into(),
            kept: false,
        }
    }

    /// A notice about a document that is kept.
    pub fn kept(path: &str, line: u64, reason: impl Into<String>) -> Self {
        Rejection {
            kept: true,
            ..Rejection::new(path, line, reason)
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.reason)
    }
}
