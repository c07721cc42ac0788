//! Whether a new report states the same real event as a cluster of earlier
//! reports, and why. Every rule that refuses or accepts a merge is here.
//!
//! Two reports are one event when
//! - they are of the same tier and compatible CAMEO codes
//!   ([`attache_model::cameo`]);
//! - their parties are the same, in order, or in either order for the
//!   symmetric codes (talks, agreements, joint exercises);
//! - they place it in the same country, where both place it;
//! - no side names two different persons (the persons of an event the
//!   coder named by a noun, with low confidence, are the sentence's guesses:
//!   they neither refute nor confirm);
//! - within one document, the coder dated them alike (it already made one
//!   event of what a document tells twice on the same days);
//! - their dates are compatible: overlapping days, allowing one day between
//!   reports of different documents (outlets date an evening meeting by
//!   either day) when both years are certain; where a year is unknown or
//!   was inferred (from another year of the article, or a bare year of the
//!   sentence), month and day alone, no day apart, and unless the days are
//!   the very same, one more piece of evidence: a person or the city in
//!   common, or documents that tell the same story; documents about the
//!   same numbered occasion (`the 9th border friendship exchange`) anchor
//!   the year, and may differ by a day as outlets do;
//! - a report without a date joins only on the evidence of its document:
//!   a person named on both sides, publication within two days, or
//!   documents that tell the same story (four event kinds in common, an
//!   event stated in the same long words, or the same numbered occasion).
//!
//! Where a report fits several events equally well, [`crate::Deduper`]
//! takes the one whose evidence shares most words with it; an undated
//! report that still fits two events of one document joins neither.

use attache_model::{cameo, DateSpan};

use crate::cluster::Cluster;
use crate::report::Report;

/// Days two outlets may differ on for the same event.
pub(crate) const OUTLET_TOLERANCE: i64 = 1;
/// Publication days apart within which undated reports of one pair are one story.
const SAME_STORY_DAYS: i64 = 2;
/// How long before its publication an undated report's event may lie.
const UNDATED_LOOKBACK_DAYS: i64 = 45;

/// The outcome of comparing a report with a cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The same event; a higher score is a closer match.
    Same {
        reason: String,
        score: u32,
    },
    Different,
}

/// Compares `report` with every report already in `cluster`.
///
/// The checks that can refuse are pure, so their order changes no verdict:
/// the cheap one that refuses most (the parties' order) comes first, and
/// the reasons are written only once every check has passed (most
/// comparisons end at the dates).
pub fn compare(cluster: &Cluster, report: &Report) -> Verdict {
    let first = &cluster.reports[0];
    if first.event.tier != report.event.tier {
        return Verdict::Different;
    }
    let Some(swapped) = orientation(first, report) else {
        return Verdict::Different;
    };
    if !cluster
        .reports
        .iter()
        .all(|r| cameo::compatible(&r.event.cameo, &report.event.cameo))
    {
        return Verdict::Different;
    }
    if !same_statement(cluster, report) || elsewhere(cluster, report) {
        return Verdict::Different;
    }
    let persons = persons(cluster, report);
    if let Persons::Conflict = persons {
        return Verdict::Different;
    }
    let Some((date_points, date_reason)) = dates(cluster, report, &persons) else {
        return Verdict::Different;
    };
    let mut score = date_points;
    let mut reasons = Vec::new();
    if cluster
        .reports
        .iter()
        .any(|r| r.event.cameo == report.event.cameo)
    {
        score += 1;
        reasons.push(format!("same code {}", report.event.cameo));
    } else {
        reasons.push(format!(
            "compatible codes {} and {}",
            first.event.cameo, report.event.cameo
        ));
    }
    if let Persons::Shared { name, .. } = &persons {
        score += 2;
        reasons.push(format!("same person {name}"));
    }
    reasons.push(date_reason);
    let same_doc = cluster
        .reports
        .iter()
        .any(|r| r.event.doc == report.event.doc);
    let parties = report.parties();
    let head = if same_doc {
        format!("repeated in {}", report.event.doc)
    } else {
        format!(
            "{} and {} {}",
            parties[0],
            parties[1],
            if swapped { "(either order)" } else { "" }
        )
        .trim_end()
        .to_string()
    };
    Verdict::Same {
        reason: format!("{head}; {}", reasons.join("; ")),
        score,
    }
}

/// Statements in one document are one event only when the same named
/// person makes them: an article reports each side's words separately, and
/// two speakers' promises are two statements.
fn same_statement(cluster: &Cluster, report: &Report) -> bool {
    if report.event.tier != attache_model::Tier::Verbal {
        return true;
    }
    cluster
        .reports
        .iter()
        .filter(|r| r.event.doc == report.event.doc)
        .all(|r| match (&r.names[0], &report.names[0]) {
            (Some(a), Some(b)) => a.same_person(b),
            _ => false,
        })
}

/// Whether the report places the event in another country than a report of
/// the cluster does: one event happens in one place (the talks in China on
/// the first day of an exchange, in Vietnam on the second, are two).
fn elsewhere(cluster: &Cluster, report: &Report) -> bool {
    let Some(country) = &report.place_country else {
        return false;
    };
    cluster
        .reports
        .iter()
        .any(|r| r.place_country.as_ref().is_some_and(|c| c != country))
}

/// `Some(false)` when the parties are in the same order, `Some(true)` when
/// swapped and the code allows it, else `None`.
fn orientation(first: &Report, report: &Report) -> Option<bool> {
    let (a, b) = (first.parties(), report.parties());
    if a == b {
        Some(false)
    } else if a[0] == b[1]
        && a[1] == b[0]
        && (cameo::symmetric(&first.event.cameo) || cameo::symmetric(&report.event.cameo))
    {
        Some(true)
    } else {
        None
    }
}

enum Persons {
    /// A person named on a side is in the cluster; `both` when on each side.
    Shared {
        name: String,
        both: bool,
    },
    Unknown,
    Conflict,
}

/// Compares the persons named for each party.
fn persons(cluster: &Cluster, report: &Report) -> Persons {
    let mut shared = None;
    let mut sides = 0;
    if report.names_guessed {
        return Persons::Unknown;
    }
    for (side, name) in report.names.iter().enumerate() {
        let Some(name) = name else { continue };
        let party = report.parties()[side];
        let mut seen = false;
        let mut same = false;
        for other in cluster.reports.iter().filter(|r| !r.names_guessed) {
            // The side of `other` that holds the same party.
            let other_side = if other.parties()[side] == party {
                side
            } else {
                1 - side
            };
            if let Some(other_name) = &other.names[other_side] {
                seen = true;
                same |= other_name.same_person(name);
            }
        }
        if seen && !same {
            return Persons::Conflict;
        }
        if same {
            sides += 1;
            shared = report.event_name(side).map(str::to_string);
        }
    }
    match shared {
        Some(name) => Persons::Shared {
            name,
            both: sides == 2,
        },
        None => Persons::Unknown,
    }
}

/// How much document evidence a merge needs beyond its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    /// The dates decide.
    Nothing,
    /// A year is unknown or inferred: one person in common, the same
    /// document, or publication within days.
    Some,
    /// A report has no date: the same document, the persons of both sides
    /// in common, or publication within days.
    Strong,
}

/// Whether the dates allow one event, with points and a reason.
fn dates(cluster: &Cluster, report: &Report, persons: &Persons) -> Option<(u32, String)> {
    let dated: Vec<&Report> = cluster
        .reports
        .iter()
        .filter(|r| r.span.is_some())
        .collect();
    let Some(span) = report.span else {
        within_lookback(report.published, dated.iter().filter_map(|r| r.span))?;
        return same_story(cluster, report, persons, Need::Strong)
            .map(|why| (0, format!("undated; {why}")));
    };
    if dated.is_empty() {
        for other in &cluster.reports {
            within_lookback(other.published, std::iter::once(span))?;
        }
        return same_story(cluster, report, persons, Need::Strong)
            .map(|why| (0, format!("undated reports; {why}")));
    }
    let mut exact = true;
    let mut need = Need::Nothing;
    // A report whose year is certain and the same as this one anchors the
    // comparison: the others' inferred years then only need to agree on days.
    let anchored = dated.iter().any(|other| {
        let other_span = other.span.expect("dated");
        !report.year_uncertain
            && !other.year_uncertain
            && !span.year_unknown()
            && !other_span.year_unknown()
            && span.first.year == other_span.first.year
    });
    for other in &dated {
        let other_span = other.span.expect("dated");
        // The coder already made one event of what one document tells
        // twice on the same days; two dated differently there (a port call
        // of 1–5 March and the exercise on the 5th) are two.
        if other.event.doc == report.event.doc && other.event.date != report.event.date {
            return None;
        }
        // Years that agree need no more; where they differ or one is
        // unknown, an inferred or unknown year lets month and day decide.
        let years_differ = span.year_unknown()
            || other_span.year_unknown()
            || span.first.year != other_span.first.year;
        let uncertain = years_differ
            && (span.year_unknown()
                || other_span.year_unknown()
                || report.year_uncertain
                || other.year_uncertain);
        // Outlets may date one event a day apart, but a day apart in a year
        // not known is too little to go on: two days of one visit. The same
        // numbered occasion on both sides names the year as well as a
        // certain one would.
        let same_occasion = report.occasion.is_some() && report.occasion == other.occasion;
        let tolerance = if other.event.doc == report.event.doc || (uncertain && !same_occasion) {
            0
        } else {
            OUTLET_TOLERANCE
        };
        if !span.overlaps_ignoring_year(&other_span, tolerance, uncertain) {
            return None;
        }
        // The very same days (`07-01/07-04`) are evidence enough.
        let same_days = span.first.month == other_span.first.month
            && span.first.day == other_span.first.day
            && span.last.month == other_span.last.month
            && span.last.day == other_span.last.day
            && span.is_day() == other_span.is_day();
        if uncertain && !same_days && !anchored {
            need = Need::Some;
        }
        exact &= other.event.date == report.event.date;
    }
    let date = report.event.date.as_deref().unwrap_or("");
    let (points, mut why) = if exact {
        (3, format!("same date {date}"))
    } else {
        (2, format!("compatible dates ({date})"))
    };
    if need != Need::Nothing {
        let story = same_story(cluster, report, persons, need)?;
        why = format!("{why}, year uncertain; {story}");
    }
    Some((points, why))
}

/// `None` when a report published on `published` cannot be about events on
/// `spans`: they are after its publication or long before it.
fn within_lookback(
    published: Option<DateSpan>,
    spans: impl Iterator<Item = DateSpan>,
) -> Option<()> {
    let Some(published) = published else {
        return Some(());
    };
    for span in spans.filter(|s| !s.year_unknown()) {
        let lag = published.first.ordinal(false) - span.last.ordinal(false);
        if lag > UNDATED_LOOKBACK_DAYS
            || span.first.ordinal(false) > published.last.ordinal(false) + 1
        {
            return None;
        }
    }
    Some(())
}

/// Document evidence that two reports tell one story.
fn same_story(cluster: &Cluster, report: &Report, persons: &Persons, need: Need) -> Option<String> {
    if cluster
        .reports
        .iter()
        .any(|r| r.event.doc == report.event.doc)
    {
        return Some("same document".into());
    }
    match (persons, need) {
        (Persons::Shared { both: true, .. }, _) => return Some("both persons in common".into()),
        (Persons::Shared { .. }, Need::Some) => return Some("a person in common".into()),
        _ => {}
    }
    // Days that agree in an uncertain year, and the same city.
    let same_place = report.place.as_deref().is_some_and(|p| {
        cluster
            .reports
            .iter()
            .any(|r| r.place.as_deref() == Some(p))
    });
    if need == Need::Some && same_place {
        let name = report.event.place.as_ref().map_or("", |p| p.name.as_str());
        return Some(format!("the same place {name}"));
    }
    if need != Need::Nothing {
        if let Some(doc) = cluster
            .reports
            .iter()
            .find(|r| report.story.contains(&r.event.doc))
        {
            return Some(format!("{} tells the same story", doc.event.doc));
        }
    }
    let close = cluster
        .reports
        .iter()
        .any(|other| match (other.published, report.published) {
            (Some(a), Some(b)) if a.is_day() && b.is_day() => {
                (a.first.ordinal(false) - b.first.ordinal(false)).abs() <= SAME_STORY_DAYS
            }
            _ => false,
        });
    close.then(|| format!("published within {SAME_STORY_DAYS} days"))
}
