//! Photo captions and credits: a credit line (`Photo : VNA`), a line ending
//! with a credit, the short line a credit line follows, credits in
//! parentheses (`(Image: …)`), gallery headings (`Titre - ảnh 1`), short lines
//! placing people in a picture (`(L)`, `(droite)`), `©` lines and image markup.

use attache_model::RemovalReason;

use super::{already_cut, regex, word_count, Cut};
use crate::layout::{Layout, Line};

const MAX_CAPTION_WORDS: usize = 80;
const MAX_UNMARKED_CAPTION_WORDS: usize = 40;

// Each regex below runs on every line of the page, and lines are often
// whole paragraphs; a line without the character or word a pattern cannot
// match without (the colon of `Photo :`, the dash before `Photo`) is
// rejected before the regex scans it.

fn is_credit_only(line: &str) -> bool {
    line.contains(':')
        && regex!(r"(?i)^\(?\s*(?:photo|photos|ảnh|image|images|crédit photo|photo credit|illustration)\s*:\s*[^.!?]{1,60}\)?\s*\|?$")
        .is_match(line)
}

fn ends_with_credit(line: &str) -> bool {
    let has_dash = line.contains(['-', '–', '—']);
    line.contains(':') && regex!(r"(?i)(?:^|[\s.)])\(?\s*(?:photo|photos|ảnh|image|crédit photo|photo credit|source)\s*:\s*[^.!?:]{1,60}\)?\s*\|?$")
        .is_match(line)
        // `— Photo from People's Army Newspaper`, `- Photo courtesy of the
        // ministry`, `— VNA/VNS Photo Văn Điệp`: a credit after a dash.
        || has_dash && regex!(r"(?i)\s[-–—]\s*(?:photo|photos|image)\s+(?:from|by|courtesy(?:\s+of)?)\s+[^.!?:]{1,60}$")
            .is_match(line)
        || has_dash && line.contains("Photo") && regex!(r"\s[-–—]\s*(?:[A-Z]{2,5}/)*[A-Z]{2,5}\s+Photos?(?:\s+[^.!?:]{1,40})?$")
            .is_match(line)
}

fn places_people(line: &str) -> bool {
    regex!(r"(?i)\((?:l|r|c|left|right|cent(?:er|re)|droite|gauche|[àa] droite|[àa] gauche|au centre|de gauche à droite|from left|\d+(?:e|er|ème|st|nd|rd|th)? (?:from |à )?(?:left|right|gauche|droite|dte|gche))\)")
        .is_match(line)
}

/// Captions are lines (a caption never wraps into the story), so this rule
/// looks at lines, not paragraphs.
pub fn cut(text: &str, layout: &Layout, cuts: &mut Vec<Cut>) {
    let mut previous: Option<&Line> = None;
    for line in &layout.lines {
        let content = text[line.range.clone()].trim();
        if content.is_empty() {
            continue;
        }
        let words = word_count(content, MAX_CAPTION_WORDS);
        if is_credit_only(content) {
            cuts.push(Cut::new(line.full.clone(), RemovalReason::Caption));
            if let Some(prev) =
                previous.filter(|p| is_unmarked_caption(text[p.range.clone()].trim()))
            {
                cuts.push(Cut::new(prev.full.clone(), RemovalReason::Caption));
            }
            previous = None;
            continue;
        }
        let whole_caption = (words <= MAX_CAPTION_WORDS && ends_with_credit(content))
            || (words <= MAX_UNMARKED_CAPTION_WORDS && content.starts_with('©'))
            || (words <= MAX_UNMARKED_CAPTION_WORDS && content.ends_with('|'))
            || (words <= 30 && places_people(content));
        if whole_caption {
            cuts.push(Cut::new(line.full.clone(), RemovalReason::Caption));
            continue;
        }
        cut_inline(line.range.start, &text[line.range.clone()], cuts);
        previous = (!already_cut(cuts, &line.range)).then_some(line);
    }
}

/// A short line that a credit line follows is the caption the credit closes,
/// when it does not read as a finished sentence of the story.
fn is_unmarked_caption(line: &str) -> bool {
    word_count(line, MAX_UNMARKED_CAPTION_WORDS) <= MAX_UNMARKED_CAPTION_WORDS
        && (line.ends_with('|') || places_people(line) || !line.ends_with(['.', '!', '?']))
}

/// Credits in parentheses and gallery headings inside a paragraph.
fn cut_inline(at: usize, content: &str, cuts: &mut Vec<Cut>) {
    for m in
        regex!(r"(?i)\((?:photo|photos|image|images|ảnh|source)\s*:[^)]{1,80}\)").find_iter(content)
    {
        cuts.push(Cut::new(
            at + m.start()..at + m.end(),
            RemovalReason::Caption,
        ));
    }
    if !content.contains("ảnh") {
        return;
    }
    if let Some(m) = regex!(r"^[^\n]{0,300}?\s[-–]\s*ảnh\s*\d+").find(content) {
        cuts.push(Cut::new(
            at + m.start()..at + m.end(),
            RemovalReason::Caption,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_shapes() {
        for line in [
            "Photo : VNA",
            "Photo: QDND/CVN |",
            "(Photo: VNA)",
            "Ảnh: TTXVN",
        ] {
            assert!(is_credit_only(line), "{line}");
        }
        assert!(!is_credit_only(
            "Photo du jour : le port de Cam Ranh accueille la frégate. Elle reste trois jours."
        ));
        for line in [
            "Le général Nguyen Van A, vice-ministre de la Défense. Photo : VNA",
            "At the dialogue (Photo: VNA)",
            "Defence Minister Gen. Nguyen Van B (Source: VNA)",
            "The two ministers held talks on Monday in Hanoi. — Photo from the People's Army Newspaper",
            "The delegations at the border gate - Photo courtesy of the ministry",
            "Deputy Minister Hoang Van C (right) greets the guest. — VNA/VNS Photo Van Diep",
        ] {
            assert!(ends_with_credit(line), "{line}");
        }
        for line in [
            "The minister said the photo exhibition - from Hanoi to Paris - was a success.",
            "Talks between the two sides - the first since 2019 - took place in Hanoi.",
        ] {
            assert!(!ends_with_credit(line), "{line}");
        }
        assert!(places_people(
            "Le ministre (à droite) et son homologue lao."
        ));
        assert!(places_people("Minister X (L) and his counterpart"));
        assert!(!places_people("Le ministre (L'Humanité) a parlé."));
    }
}
