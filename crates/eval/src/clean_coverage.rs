//! How well cleaning keeps the article and drops the rest.

use attache_model::{CleanResult, Span};
use serde::{Deserialize, Serialize};

/// The part of a gold event this measure needs (other fields are ignored).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvidence {
    pub doc: String,
    pub evidence: String,
}

/// A glued-word repair in context: the original and the repaired words.
#[derive(Debug, Clone, Serialize)]
pub struct RepairSample {
    pub doc: String,
    pub before: String,
    pub after: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CleanCoverage {
    pub documents: usize,
    pub evidence_total: usize,
    /// Gold evidence strings with at least one occurrence inside a kept span.
    pub evidence_kept: usize,
    /// Evidence lost: (doc, evidence), for the report.
    pub evidence_lost: Vec<(String, String)>,
    /// Documents with a line announcing a block of teasers (`Lire aussi`, `Read more`).
    pub docs_with_marker: usize,
    /// Documents where some kept text ends after the first such line.
    pub docs_with_text_after_marker: usize,
    /// Lines linking to another story (`>>Headline`, `ALSO READ | Headline`).
    pub link_lines: usize,
    /// Such lines with any of their text kept.
    pub link_lines_kept: usize,
    /// Spaces inserted between glued words (not separators between kept spans).
    pub glue_repairs: usize,
    pub repair_samples: Vec<RepairSample>,
}

/// Lines announcing a block of other stories, checked independently of the
/// cleaner's own rules (a plain list, not its patterns).
const TEASER_MARKERS: &[&str] = &[
    "voir plus",
    "voir aussi",
    "lire aussi",
    "à lire aussi",
    "read more",
    "related news",
    "related",
    "related articles",
    "see also",
    "also read",
    "xem thêm",
    "tin liên quan",
];

impl CleanCoverage {
    /// Adds one document: its original `text`, its cleaning, and the gold evidence of its events.
    pub fn add_document(
        &mut self,
        doc: &str,
        text: &str,
        clean: &CleanResult,
        gold: &[GoldEvidence],
    ) {
        self.documents += 1;
        for g in gold {
            self.evidence_total += 1;
            if evidence_spans(text, &g.evidence).any(|span| clean.keeps(&span)) {
                self.evidence_kept += 1;
            } else {
                self.evidence_lost.push((g.doc.clone(), g.evidence.clone()));
            }
        }
        for line in link_lines(text) {
            self.link_lines += 1;
            if clean
                .kept
                .iter()
                .any(|k| k.start < line.end && line.start < k.end)
            {
                self.link_lines_kept += 1;
            }
        }
        if let Some(marker) = first_marker_line(text) {
            self.docs_with_marker += 1;
            if clean.kept.iter().any(|k| k.end > marker) {
                self.docs_with_text_after_marker += 1;
            }
        }
        self.count_repairs(doc, text, clean);
    }

    fn count_repairs(&mut self, doc: &str, text: &str, clean: &CleanResult) {
        let chars: Vec<char> = text.chars().collect();
        for repair in clean.repairs.iter().filter(|r| r.insert == " ") {
            let at = repair.at;
            let is_glue = at > 0 && at < chars.len() && !chars[at - 1].is_whitespace();
            if !is_glue {
                continue;
            }
            self.glue_repairs += 1;
            if self.repair_samples.len() < 40 {
                let word_start = chars[..at]
                    .iter()
                    .rposition(|c| c.is_whitespace())
                    .map_or(0, |i| i + 1);
                let word_end = chars[at..]
                    .iter()
                    .position(|c| c.is_whitespace())
                    .map_or(chars.len(), |i| at + i);
                let before: String = chars[word_start..word_end].iter().collect();
                let after = format!(
                    "{} {}",
                    chars[word_start..at].iter().collect::<String>(),
                    chars[at..word_end].iter().collect::<String>()
                );
                self.repair_samples.push(RepairSample {
                    doc: doc.to_string(),
                    before,
                    after,
                });
            }
        }
    }

    pub fn evidence_share(&self) -> f64 {
        self.evidence_kept as f64 / self.evidence_total.max(1) as f64
    }
}

/// Every occurrence of `needle` in `text`, as code-point spans.
fn evidence_spans<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = Span> + 'a {
    let needle_chars = needle.chars().count();
    text.match_indices(needle).map(move |(byte, _)| {
        let start = text[..byte].chars().count();
        Span::new(start, start + needle_chars)
    })
}

/// Lines that link to another story, as code-point spans of their text.
fn link_lines(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let len = line.chars().count();
        let trimmed = line.trim_start();
        let lower = trimmed.to_lowercase();
        let is_link = trimmed.starts_with(">>")
            || TEASER_MARKERS.iter().any(|m| {
                lower.strip_prefix(m).is_some_and(|rest| {
                    rest.trim_start().starts_with(['|', ':']) && rest.trim().len() > 1
                })
            });
        if is_link {
            spans.push(Span::new(offset, offset + len));
        }
        offset += len + 1;
    }
    spans
}

/// Code-point offset of the start of the first line that is a teaser marker.
fn first_marker_line(text: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split('\n') {
        let normalized = line
            .trim()
            .trim_end_matches([':', '>', '»', ' '])
            .to_lowercase();
        if TEASER_MARKERS.contains(&normalized.as_str()) {
            return Some(offset);
        }
        offset += line.chars().count() + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use attache_model::Repair;

    #[test]
    fn kept_text_after_a_marker_is_caught() {
        let text = "Corps.\nRead more:\nOther story";
        let leaky = CleanResult {
            kept: vec![Span::new(0, 6), Span::new(18, 29)],
            removed: vec![],
            repairs: vec![],
            text: String::new(),
        };
        let mut coverage = CleanCoverage::default();
        coverage.add_document("d", text, &leaky, &[]);
        assert_eq!(
            (
                coverage.docs_with_marker,
                coverage.docs_with_text_after_marker
            ),
            (1, 1)
        );
    }

    #[test]
    fn repairs_are_counted_with_context() {
        let text = "la relationsextérieures du pays";
        let clean = CleanResult {
            kept: vec![Span::new(0, 31)],
            removed: vec![],
            repairs: vec![Repair {
                at: 12,
                insert: " ".into(),
            }],
            text: String::new(),
        };
        let mut coverage = CleanCoverage::default();
        coverage.add_document(
            "d",
            text,
            &clean,
            &[GoldEvidence {
                doc: "d".into(),
                evidence: "absent".into(),
            }],
        );
        assert_eq!(coverage.glue_repairs, 1);
        assert_eq!(coverage.repair_samples[0].after, "relations extérieures");
        assert_eq!(coverage.evidence_lost.len(), 1);
    }
}
