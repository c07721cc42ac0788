//! Teasers of other stories: a block announced by a marker line (`Lire
//! aussi`, `Read more`, `Related news` …) runs to the end of the page; a
//! link line (`>>Headline`, `ALSO READ | Headline`) is one line; and a run of
//! three or more bare headlines (short, unpunctuated lines) is a list of
//! other stories.

use attache_model::RemovalReason;

use super::{already_cut, regex, word_count, Cut};
use crate::layout::Layout;

/// A line that is only a marker announcing other stories: the rest of the page is teasers.
fn is_block_marker(line: &str) -> bool {
    regex!(
        r"(?i)^(?:voir plus|voir aussi|lire aussi|[àa] lire aussi|lire la suite|sur le même (?:sujet|thème)|dans la même rubrique|articles? (?:liés|similaires|connexes|associés)|autres (?:articles|actualités|nouvelles|informations)|les plus lus|dernières nouvelles|read more|read also|also read|see also|see more|related(?: news| articles| stories| posts| content| coverage| reading| links)?|further reading|more (?:news|stories|on this story)|other news|latest news|most read|you may (?:also )?like|recommended(?: for you)?|tin liên quan|xem thêm|tin khác|autres)\s*[:>»]*$"
    )
    .is_match(line)
}

/// A line that opens a comment box: the rest of the page is comments.
fn is_comments_marker(line: &str) -> bool {
    regex!(r"(?i)^(?:commentaires?|comments?|réactions|laisser un commentaire|leave a (?:comment|reply)|votre commentaire|\d+ comments?)\s*:?$")
        .is_match(line)
}

/// One line linking to another story.
fn is_link_line(line: &str) -> bool {
    regex!(r"(?i)^(?:>>|»»|►|▶|(?:also read|read also|read more|lire aussi|[àa] lire aussi|voir aussi|related(?: news| articles| stories| coverage| content)?|see also|xem thêm)\s*[|:>»–-]\s*\S)")
        .is_match(line)
}

/// A ticker line: a marker of breaking or trending news and other
/// stories' headlines after it (`Flash info : X signe … | Y accueille …`,
/// `Breaking: …`, `Trending: … | …`).
fn is_ticker_line(line: &str) -> bool {
    regex!(r"(?i)^(?:flash(?: info)?|breaking(?: news)?|trending(?: now)?|latest(?: news)?|just in|top stories|dernière minute|dernières infos|à la une|a la une|en direct|en continu|live|alerte|urgent)(?:\s*[:|>»]|\s+[-–—]\s)\s*\S")
        .is_match(line)
}

/// A story signed off by its agency (`… -VNA`) and followed by a headline:
/// what follows is another story glued to the page.
pub fn cut_story_after_signoff(text: &str, layout: &Layout, cuts: &mut Vec<Cut>) {
    let lines = &layout.lines;
    for (i, line) in lines.iter().enumerate() {
        if super::boilerplate::agency_signoff(&text[line.range.clone()]).is_none() {
            continue;
        }
        let next = lines[i + 1..]
            .iter()
            .find(|l| !text[l.range.clone()].trim().is_empty());
        if let Some(next) = next.filter(|l| is_bare_headline(text[l.range.clone()].trim())) {
            cuts.push(Cut::new(next.full.start..text.len(), RemovalReason::Teaser));
            return;
        }
    }
}

pub fn cut_blocks_and_links(text: &str, layout: &Layout, cuts: &mut Vec<Cut>) {
    for line in &layout.lines {
        let content = text[line.range.clone()].trim();
        if is_block_marker(content) {
            cuts.push(Cut::new(line.full.start..text.len(), RemovalReason::Teaser));
            return;
        }
        if is_comments_marker(content) {
            cuts.push(Cut::new(
                line.full.start..text.len(),
                RemovalReason::Comments,
            ));
            return;
        }
        if is_link_line(content) || is_ticker_line(content) {
            cuts.push(Cut::new(line.full.clone(), RemovalReason::Teaser));
        }
    }
}

/// A line that reads as another story's headline: short, starting with a
/// capital, and not ending as a sentence of the article would.
fn is_bare_headline(line: &str) -> bool {
    line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !line.ends_with(['.', ',', ';', ':', '!', '…', '|', ')'])
        && (2..=18).contains(&word_count(line, 18))
}

const MIN_HEADLINES_IN_A_LIST: usize = 3;

pub fn cut_headline_lists(text: &str, layout: &Layout, cuts: &mut Vec<Cut>) {
    let remaining: Vec<_> = layout
        .paragraphs
        .iter()
        .filter(|p| !already_cut(cuts, &p.range))
        .collect();
    // Each paragraph judged once, then runs of headlines taken together.
    let judged: Vec<(_, bool)> = remaining
        .iter()
        .map(|p| (p, is_bare_headline(text[p.range.clone()].trim())))
        .collect();
    let mut found = Vec::new();
    for run in judged.chunk_by(|a, b| a.1 == b.1) {
        if run.len() >= MIN_HEADLINES_IN_A_LIST && run[0].1 {
            found.extend(
                run.iter()
                    .map(|(p, _)| Cut::new(p.full.clone(), RemovalReason::Teaser)),
            );
        }
    }
    cuts.extend(found);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_link_lines() {
        for marker in [
            "Voir plus",
            "Lire aussi :",
            "READ MORE",
            "Related news",
            "Related coverage",
            "Further reading",
            "Articles liés",
            "Xem thêm",
        ] {
            assert!(is_block_marker(marker), "{marker}");
        }
        for not_marker in [
            "Lire aussi le rapport du ministère publié hier.",
            "Related to the visit, the minister said",
        ] {
            assert!(!is_block_marker(not_marker), "{not_marker}");
        }
        for link in [
            ">>Le Vietnam et le Laos",
            ">> Une visite",
            "ALSO READ | Minister hails navy",
            "Lire aussi : Le port",
            "Related coverage: Two leaders to meet on Thursday",
        ] {
            assert!(is_link_line(link), "{link}");
        }
        assert!(!is_link_line("Also, the minister said"));
        for ticker in [
            "Flash info : Le Tchad et le Soudan signent un accord | Le Niger accueille le président turc",
            "Breaking: Thailand, Cambodia agree to ceasefire talks",
            "Trending: US, Japan hold joint drills | India test-fires missile",
            "À la une : Le Mali et la Guinée lancent des patrouilles",
        ] {
            assert!(is_ticker_line(ticker), "{ticker}");
        }
        for not_ticker in [
            "Latest figures show the navy grew.",
            "Live-fire drills began on Monday.",
            "Urgently needed supplies arrived.",
        ] {
            assert!(!is_ticker_line(not_ticker), "{not_ticker}");
        }
        assert!(is_comments_marker("Commentaires"));
    }

    #[test]
    fn bare_headlines() {
        assert!(is_bare_headline(
            "La Chine lance un nouveau satellite météo"
        ));
        assert!(!is_bare_headline("Le ministre a reçu la délégation."));
        assert!(!is_bare_headline("Titre"));
        assert!(!is_bare_headline("les deux parties ont"));
    }
}
