//! The flat row of an event: the columns shared by the CSV and Parquet
//! formats, in order, with their types.

use attache_model::{Actor, CanonicalEvent, Tier};

use crate::date::split_range;

/// The columns of the CSV and Parquet formats, in order.
pub const CSV_COLUMNS: [&str; 23] = [
    "event_id",
    "tier",
    "cameo",
    "date",
    "date_start",
    "date_end",
    "source_country",
    "source_igo",
    "source_sector",
    "source_name",
    "source_title",
    "target_country",
    "target_igo",
    "target_sector",
    "target_name",
    "target_title",
    "place_name",
    "place_country",
    "mentions",
    "sources",
    "confidence",
    "doc",
    "evidence",
];

/// One cell of a flat row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Cell<'a> {
    /// A string, absent (`None`) when the event has no value.
    Str(Option<&'a str>),
    Int(i64),
    Float(f32),
}

/// The cells of `e`, one per column of [`CSV_COLUMNS`].
pub(crate) fn cells(e: &CanonicalEvent) -> [Cell<'_>; 23] {
    let s = |v: &'static str| Cell::Str(Some(v));
    let (start, end) = match e.date.as_deref() {
        Some(date) => {
            let (start, end) = split_range(date);
            (Some(start), Some(end))
        }
        None => (None, None),
    };
    let [sc, si, ss, sn, st] = actor(&e.source);
    let [tc, ti, ts, tn, tt] = actor(&e.target);
    let place = e.place.as_ref();
    [
        Cell::Str(Some(&e.event_id)),
        s(tier(e.tier)),
        Cell::Str(Some(&e.cameo)),
        Cell::Str(e.date.as_deref()),
        Cell::Str(start),
        Cell::Str(end),
        sc,
        si,
        ss,
        sn,
        st,
        tc,
        ti,
        ts,
        tn,
        tt,
        Cell::Str(place.map(|p| p.name.as_str())),
        Cell::Str(place.and_then(|p| p.country.as_deref())),
        Cell::Int(count(e.mentions)),
        Cell::Int(count(e.sources)),
        Cell::Float(e.confidence),
        Cell::Str(Some(&e.doc)),
        Cell::Str(Some(&e.evidence)),
    ]
}

fn actor(a: &Actor) -> [Cell<'_>; 5] {
    [&a.country, &a.igo, &a.sector, &a.name, &a.title].map(|v| Cell::Str(v.as_deref()))
}

pub(crate) fn tier(t: Tier) -> &'static str {
    match t {
        Tier::Activity => "activity",
        Tier::Verbal => "verbal",
    }
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
