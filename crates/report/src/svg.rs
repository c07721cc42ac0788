//! A small SVG writer for the review's charts: rectangles, lines and text,
//! every piece of text escaped, and axes with round tick steps. Charts are
//! plain SVG so that the HTML stays one file and prints sharp.

use std::fmt::Write;

use crate::escape::html;

/// An SVG drawing under construction.
pub struct Svg {
    width: f64,
    height: f64,
    title: String,
    body: String,
}

/// Where a text is anchored.
#[derive(Clone, Copy)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn name(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

impl Svg {
    /// A drawing `width` × `height` whose title (said by screen readers,
    /// drawn at its top) is `title`.
    pub fn new(width: f64, height: f64, title: &str) -> Svg {
        let mut svg = Svg {
            width,
            height,
            title: title.to_string(),
            body: String::new(),
        };
        svg.text(width / 2.0, 20.0, Anchor::Middle, "chart-title", title);
        svg
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str, tip: &str) {
        let _ = write!(
            self.body,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" fill="{}"><title>{}</title></rect>"#,
            w.max(0.0),
            h.max(0.0),
            html(fill),
            html(tip)
        );
    }

    pub fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, class: &str) {
        let _ = write!(
            self.body,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" class="{}"/>"#,
            html(class)
        );
    }

    pub fn text(&mut self, x: f64, y: f64, anchor: Anchor, class: &str, text: &str) {
        let _ = write!(
            self.body,
            r#"<text x="{x:.1}" y="{y:.1}" text-anchor="{}" class="{}">{}</text>"#,
            anchor.name(),
            html(class),
            html(text)
        );
    }

    /// A text turned a quarter left (a vertical axis's label).
    pub fn vertical_text(&mut self, x: f64, y: f64, class: &str, text: &str) {
        let _ = write!(
            self.body,
            r#"<text transform="translate({x:.1},{y:.1}) rotate(-90)" text-anchor="middle" class="{}">{}</text>"#,
            html(class),
            html(text)
        );
    }

    /// A legend: one swatch and label per entry, in rows from (`x`, `y`).
    pub fn legend(&mut self, x: f64, y: f64, width: f64, entries: &[(&str, &str)]) {
        let (mut at_x, mut at_y) = (x, y);
        for (colour, label) in entries {
            let w = 22.0 + 6.5 * label.chars().count() as f64;
            if at_x + w > x + width && at_x > x {
                at_x = x;
                at_y += 18.0;
            }
            self.rect(at_x, at_y - 10.0, 12.0, 12.0, colour, label);
            self.text(at_x + 16.0, at_y, Anchor::Start, "legend", label);
            at_x += w + 10.0;
        }
    }

    /// The finished SVG element.
    pub fn finish(self) -> String {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{t}" class="chart">{body}</svg>"#,
            w = self.width,
            h = self.height,
            t = html(&self.title),
            body = self.body
        )
    }
}

/// The top of a value axis for values up to `max`, and its tick step:
/// steps of 1, 2 or 5 times a power of ten, about five ticks.
pub fn axis(max: usize) -> (usize, usize) {
    let max = max.max(1);
    let raw = max.div_ceil(5).max(1);
    let mut power = 1;
    while power * 10 <= raw {
        power *= 10;
    }
    let step = [1, 2, 5, 10]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)
        .unwrap_or(10 * power);
    (max.div_ceil(step) * step, step)
}

/// Colours that stay apart in print and for common colour blindness
/// (Okabe–Ito), then greys.
pub const PALETTE: [&str; 9] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#555555",
    "#999999",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_end_on_round_numbers() {
        assert_eq!(axis(0), (1, 1));
        assert_eq!(axis(4), (4, 1));
        assert_eq!(axis(7), (8, 2));
        assert_eq!(axis(23), (25, 5));
        assert_eq!(axis(58), (60, 20));
        assert_eq!(axis(130), (150, 50));
    }

    #[test]
    fn text_is_escaped_everywhere() {
        let mut svg = Svg::new(100.0, 50.0, "<script>alert(1)</script>");
        svg.text(0.0, 0.0, Anchor::Start, "x\"", "a & b");
        svg.rect(0.0, 0.0, 1.0, 1.0, "red\" onclick=\"x", "t");
        let out = svg.finish();
        assert!(!out.contains("<script>"));
        assert!(out.contains("a &amp; b"));
        assert!(!out.contains("\" onclick"));
    }
}
