//! Charts drawn on the server as inline SVG: no script runs in the
//! browser, and they print. Counts ride on `data-*` attributes and each
//! bar and node has a `<title>` (a tooltip, read by screen readers).
//! Colours are SVG presentation attributes, which the Content-Security-
//! Policy allows (an inline `style` would be refused).

use maud::{html, Markup};

use super::i18n::Lang;
use super::links;
use crate::queries::dyads::Partner;
use crate::queries::timeline::PeriodCounts;

/// A colour per CAMEO root (01–20), distinct for the common ones (02–07).
pub fn root_colour(root: &str) -> &'static str {
    const COLOURS: [&str; 20] = [
        "#8c8c8c", "#e6a532", "#5aa05a", "#3c78c8", "#2ab0b0", "#8c5ac8", "#c85a8c", "#a0a03c",
        "#6e6e6e", "#d2691e", "#c83c3c", "#b22222", "#8b0000", "#cd5c5c", "#7f4f24", "#996633",
        "#660000", "#4d0000", "#330000", "#1a0000",
    ];
    root.parse::<usize>()
        .ok()
        .and_then(|n| COLOURS.get(n.wrapping_sub(1)))
        .copied()
        .unwrap_or("#444444")
}

/// The colour key of `roots`.
pub fn legend(roots: &[String], lang: Lang) -> Markup {
    html! {
        ul.legend {
            @for root in roots {
                li {
                    svg.swatch width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" {
                        rect width="12" height="12" fill=(root_colour(root)) {}
                    }
                    " " (root) " " (lang.root_name(root))
                }
            }
        }
    }
}

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 36.0;
const BOTTOM: f64 = 22.0;
const TOP: f64 = 8.0;

/// Stacked bars, one per period, one colour per root; each year is named
/// under the axis (by month: the first month and every January).
pub fn stacked_bars(periods: &[PeriodCounts], caption: &str, id: &str) -> Markup {
    let max = periods.iter().map(|p| p.total).max().unwrap_or(0).max(1) as f64;
    let plot = HEIGHT - BOTTOM - TOP;
    let step = (WIDTH - LEFT) / periods.len().max(1) as f64;
    // Wide enough to see, never a slab: a lone year is a bar, not the chart.
    let bar = (step * 0.8).clamp(1.0, 56.0);
    let monthly = periods.first().is_some_and(|p| p.period.len() > 4);
    html! {
        figure.chart id=(id) {
            figcaption { (caption) }
            svg.bars viewBox=(format!("0 0 {WIDTH} {HEIGHT}")) role="img" aria-label=(caption) {
                line.axis x1=(LEFT) y1=(TOP + plot) x2=(WIDTH) y2=(TOP + plot) stroke="#999" {}
                text.tick x=(LEFT - 4.0) y=(TOP + 8.0) text-anchor="end" { (max as u64) }
                text.tick x=(LEFT - 4.0) y=(TOP + plot) text-anchor="end" { "0" }
                @for (i, p) in periods.iter().enumerate() {
                    @let x = LEFT + i as f64 * step + (step - bar) / 2.0;
                    g.bar data-period=(p.period) data-total=(p.total) {
                        title { (p.period) ": " (p.total) }
                        @let mut y = TOP + plot;
                        @for (root, count) in &p.counts {
                            @let h = *count as f64 / max * plot;
                            @let top = { y -= h; y };
                            rect x=(fmt(x)) y=(fmt(top)) width=(fmt(bar)) height=(fmt(h))
                                fill=(root_colour(root)) data-root=(root) data-count=(count) {}
                        }
                    }
                    @if !monthly || i == 0 || p.period.ends_with("-01") {
                        text.tick x=(fmt(x + bar / 2.0)) y=(HEIGHT - 6.0) text-anchor="middle" {
                            (p.period.get(..4).unwrap_or(&p.period))
                        }
                    }
                }
            }
        }
    }
}

/// Two decimals are plenty for a drawing.
fn fmt(v: f64) -> String {
    format!("{v:.2}")
}

/// Partners drawn around the country, each node's area following its
/// count of events (the `limit` largest), linked to the pair's page.
pub fn network(
    country: &str,
    partners: &[Partner],
    lang: Lang,
    caption: &str,
    limit: usize,
) -> Markup {
    let shown = &partners[..partners.len().min(limit)];
    let max = shown.first().map_or(1, |p| p.total.max(1)) as f64;
    let (cx, cy, ring) = (300.0, 260.0, 195.0);
    html! {
        figure.chart id="network" {
            figcaption { (caption) }
            svg.network viewBox="0 0 600 520" role="img" aria-label=(caption) {
                @for (i, p) in shown.iter().enumerate() {
                    @let angle = std::f64::consts::TAU * i as f64 / shown.len() as f64 - std::f64::consts::FRAC_PI_2;
                    @let (x, y) = (cx + ring * angle.cos(), cy + ring * angle.sin());
                    line x1=(cx) y1=(cy) x2=(fmt(x)) y2=(fmt(y)) stroke="#b8c4d6"
                        stroke-width=(fmt(1.0 + 7.0 * p.total as f64 / max)) {}
                }
                circle cx=(cx) cy=(cy) r="34" fill="#1f3b63" {}
                text.center x=(cx) y=(cy + 5.0) text-anchor="middle" fill="#fff" { (country) }
                @for (i, p) in shown.iter().enumerate() {
                    @let angle = std::f64::consts::TAU * i as f64 / shown.len() as f64 - std::f64::consts::FRAC_PI_2;
                    @let (x, y) = (cx + ring * angle.cos(), cy + ring * angle.sin());
                    @let r = 6.0 + 24.0 * (p.total as f64 / max).sqrt();
                    a href=(links::pair(country, &p.partner, lang)) {
                        g.node data-partner=(p.partner) data-count=(p.total) {
                            title { (lang.party_name(&p.partner)) ": " (p.total) }
                            circle cx=(fmt(x)) cy=(fmt(y)) r=(fmt(r)) fill="#3c78c8" fill-opacity="0.85" {}
                            text x=(fmt(x)) y=(fmt(y + r + 13.0)) text-anchor="middle" { (p.partner) " " (p.total) }
                        }
                    }
                }
            }
        }
    }
}
