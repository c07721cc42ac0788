//! The review's three charts, drawn from its figures: activity month by
//! month (stacked by kind), the partners (bars coloured by group), and the
//! main partners over five years (small multiples on one scale).

use crate::groups::Group;
use crate::i18n::Word;
use crate::kinds::Family;
use crate::review::Review;
use crate::svg::{axis, Anchor, Svg, PALETTE};

const WIDTH: f64 = 720.0;
/// Partners drawn in the chart of partners at most.
const PARTNER_BARS: usize = 15;

fn family_colour(family: Family) -> &'static str {
    PALETTE[Family::ALL.iter().position(|f| *f == family).unwrap_or(8)]
}

fn group_colour(group: Group) -> &'static str {
    PALETTE[Group::ALL.iter().position(|g| *g == group).unwrap_or(8)]
}

/// Horizontal grid lines and value labels of a vertical axis from `bottom`
/// up `height` pixels, for values up to `top` by `step`.
fn value_axis(
    svg: &mut Svg,
    left: f64,
    right: f64,
    bottom: f64,
    height: f64,
    (top, step): (usize, usize),
) {
    for value in (0..=top).step_by(step) {
        let y = bottom - height * value as f64 / top as f64;
        svg.line(left, y, right, y, if value == 0 { "axis" } else { "grid" });
        svg.text(left - 6.0, y + 4.0, Anchor::End, "tick", &value.to_string());
    }
}

/// Activity month by month, stacked by family of kinds.
pub fn monthly(review: &Review) -> String {
    let lang = review.lang;
    let (left, right, top_y, bottom) = (60.0, WIDTH - 20.0, 40.0, 250.0);
    let mut svg = Svg::new(WIDTH, 330.0, lang.text(Word::ByMonth));
    let max = review.months.iter().map(|m| m.total).max().unwrap_or(0);
    let scale = axis(max);
    value_axis(&mut svg, left, right, bottom, bottom - top_y, scale);
    let slot = (right - left) / review.months.len().max(1) as f64;
    let label_every = review.months.len().div_ceil(24).max(1);
    for (i, month) in review.months.iter().enumerate() {
        let x = left + slot * i as f64 + slot * 0.15;
        let mut y = bottom;
        for count in month.counts.iter().filter(|c| c.count > 0) {
            let h = (bottom - top_y) * count.count as f64 / scale.0 as f64;
            y -= h;
            let tip = format!("{} — {}: {}", month.label, count.label, count.count);
            svg.rect(x, y, slot * 0.7, h, family_colour(count.family), &tip);
        }
        if i % label_every == 0 {
            svg.text(
                x + slot * 0.35,
                bottom + 14.0,
                Anchor::Middle,
                "tick",
                &month.label,
            );
        }
    }
    svg.text(
        (left + right) / 2.0,
        bottom + 32.0,
        Anchor::Middle,
        "axis-label",
        lang.text(Word::Month),
    );
    svg.vertical_text(
        16.0,
        (top_y + bottom) / 2.0,
        "axis-label",
        lang.text(Word::NumberOfEvents),
    );
    let legend: Vec<(&str, &str)> = Family::ALL
        .iter()
        .map(|f| (family_colour(*f), lang.family(*f)))
        .collect();
    svg.legend(left, bottom + 54.0, right - left, &legend);
    svg.finish()
}

/// The partners with the most events, one bar each, coloured by group.
pub fn partners(review: &Review) -> String {
    let lang = review.lang;
    let shown = &review.partners[..review.partners.len().min(PARTNER_BARS)];
    let (left, right, top_y) = (170.0, WIDTH - 30.0, 40.0);
    let bar = 20.0;
    let bottom = top_y + bar * shown.len().max(1) as f64;
    let mut svg = Svg::new(WIDTH, bottom + 90.0, lang.text(Word::ChartOfPartners));
    let scale = axis(shown.iter().map(|p| p.events).max().unwrap_or(0));
    for value in (0..=scale.0).step_by(scale.1) {
        let x = left + (right - left) * value as f64 / scale.0 as f64;
        svg.line(
            x,
            top_y,
            x,
            bottom,
            if value == 0 { "axis" } else { "grid" },
        );
        svg.text(x, bottom + 14.0, Anchor::Middle, "tick", &value.to_string());
    }
    for (i, p) in shown.iter().enumerate() {
        let y = top_y + bar * i as f64;
        let w = (right - left) * p.events as f64 / scale.0 as f64;
        svg.text(
            left - 6.0,
            y + bar * 0.65,
            Anchor::End,
            "tick",
            &p.party.name,
        );
        svg.rect(
            left,
            y + 3.0,
            w,
            bar - 6.0,
            group_colour(p.group),
            &format!("{}: {}", p.party.name, p.events),
        );
        svg.text(
            left + w + 4.0,
            y + bar * 0.65,
            Anchor::Start,
            "value",
            &p.events.to_string(),
        );
    }
    svg.text(
        (left + right) / 2.0,
        bottom + 32.0,
        Anchor::Middle,
        "axis-label",
        lang.text(Word::NumberOfEvents),
    );
    let mut groups: Vec<Group> = shown.iter().map(|p| p.group).collect();
    groups.sort();
    groups.dedup();
    let legend: Vec<(&str, &str)> = groups
        .iter()
        .map(|g| (group_colour(*g), lang.group(*g)))
        .collect();
    svg.legend(left, bottom + 54.0, right - left, &legend);
    svg.finish()
}

/// The main partners over five years: one small panel each, one scale.
pub fn trend(review: &Review) -> String {
    let lang = review.lang;
    let rows = &review.trend.partners;
    let (columns, panel_w, panel_h) = (3, 220.0, 150.0);
    let panel_rows = rows.len().div_ceil(columns).max(1);
    let height = 40.0 + panel_h * panel_rows as f64 + 40.0;
    let mut svg = Svg::new(WIDTH, height, lang.text(Word::Trend));
    let scale = axis(
        rows.iter()
            .flat_map(|r| r.counts.iter().copied())
            .max()
            .unwrap_or(0),
    );
    let years = &review.trend.years;
    for (i, row) in rows.iter().enumerate() {
        let x0 = 50.0 + panel_w * (i % columns) as f64;
        let y0 = 40.0 + panel_h * (i / columns) as f64;
        let (left, right, top_y, bottom) = (
            x0 + 20.0,
            x0 + panel_w - 20.0,
            y0 + 28.0,
            y0 + panel_h - 30.0,
        );
        svg.text(
            (left + right) / 2.0,
            y0 + 16.0,
            Anchor::Middle,
            "panel-title",
            &row.party.name,
        );
        value_axis(&mut svg, left, right, bottom, bottom - top_y, scale);
        let slot = (right - left) / years.len().max(1) as f64;
        for (j, (year, count)) in years.iter().zip(&row.counts).enumerate() {
            let x = left + slot * j as f64 + slot * 0.15;
            let h = (bottom - top_y) * *count as f64 / scale.0 as f64;
            let colour = if j + 1 == years.len() {
                PALETTE[0]
            } else {
                PALETTE[4]
            };
            svg.rect(
                x,
                bottom - h,
                slot * 0.7,
                h,
                colour,
                &format!("{} {year}: {count}", row.party.name),
            );
            svg.text(
                x + slot * 0.35,
                bottom + 12.0,
                Anchor::Middle,
                "tick small",
                &format!("’{:02}", year.rem_euclid(100)),
            );
        }
    }
    svg.text(
        WIDTH / 2.0,
        height - 12.0,
        Anchor::Middle,
        "axis-label",
        lang.text(Word::Year),
    );
    svg.vertical_text(
        16.0,
        height / 2.0,
        "axis-label",
        lang.text(Word::NumberOfEvents),
    );
    svg.finish()
}
