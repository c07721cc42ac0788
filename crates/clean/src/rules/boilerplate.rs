//! Page furniture that is not the story: capture stamps, timestamps and
//! update lines, reading times, share bars, breadcrumbs and menus, bylines,
//! agency signatures (`VNA/CVN`, `… -VNA`), editor credits.

use attache_model::RemovalReason;

use super::{regex, word_count, Cut};
use crate::layout::Layout;

pub fn cut(text: &str, layout: &Layout, cuts: &mut Vec<Cut>) {
    cut_capture_stamp(text, cuts);
    for line in &layout.lines {
        let content = &text[line.range.clone()];
        let trimmed = content.trim();
        if trimmed.is_empty() {
            continue;
        }
        if is_furniture_line(trimmed) {
            cuts.push(Cut::new(line.full.clone(), RemovalReason::Boilerplate));
            continue;
        }
        let at = line.range.start;
        for m in regex!(r"(?i)\s*\((?:with inputs from|avec) [^)]{1,40}\)").find_iter(content) {
            cuts.push(Cut::new(
                at + m.start()..at + m.end(),
                RemovalReason::Boilerplate,
            ));
        }
        if let Some(m) = agency_signoff(content) {
            cuts.push(Cut::new(
                at + m.start()..at + m.end(),
                RemovalReason::Boilerplate,
            ));
        }
    }
}

/// ` -VNA` closing the last paragraph: the agency signs off its story.
pub(super) fn agency_signoff(line: &str) -> Option<regex::Match<'_>> {
    regex!(r"\s*[-–—]\s*(?:VNA|AVI|CVN|VOV|VNA/CVN|NDEL|NDO|QĐND|TTXVN|AFP|Xinhua|VNS)\s*$")
        .find(line)
}

/// `date 2019-07 ` at the very start of a captured page: a stamp of the capture tool.
fn cut_capture_stamp(text: &str, cuts: &mut Vec<Cut>) {
    if let Some(m) = regex!(r"^\s*date \d{4}(?:-\d{2}){0,2}(?:\s+|$)").find(text) {
        cuts.push(Cut::new(m.range(), RemovalReason::Boilerplate));
    }
}

fn is_furniture_line(line: &str) -> bool {
    (word_count(line, 12) <= 12 && (is_timestamp_or_update(line) || is_reading_time(line)))
        || is_share_bar(line)
        || is_agency_signature(line)
        || is_credit_or_byline(line)
        || is_navigation(line)
}

fn is_reading_time(line: &str) -> bool {
    regex!(
        r"(?i)\b\d+\s*(?:min|mins|minutes?)\s*(?:de lecture|read|reading)\b|^article de \d+ mots"
    )
    .is_match(line)
}

fn is_share_bar(line: &str) -> bool {
    regex!(r"(?i)^(?:partager|partagez|share|chia sẻ|tweet|facebook|twitter|email|e-mail|imprimer|print|copy link|copier le lien|zalo)(?:\s*[|/:,·]?\s*(?:facebook|twitter|email|e-mail|linkedin|zalo|whatsapp|imprimer|print|messenger))*\s*:?$").is_match(line)
}

fn is_agency_signature(line: &str) -> bool {
    regex!(r"^(?:VNA|CVN|VOV|VNA/CVN|QĐND/CVN|NDEL|NDO|TTXVN|AFP|Reuters|Xinhua|ANI|PTI|VNS|AP)(?:/[A-ZĐ]+)*$").is_match(line)
}

/// `Source: …`, `Avec AFP`, `Translated by …`: short, and not a sentence.
fn is_credit_or_byline(line: &str) -> bool {
    word_count(line, 12) <= 12
        && !line.ends_with('.')
        && regex!(r"(?i)^(?:source|sources|avec|with|translated by|traduit par|traduction|rédact(?:eur|rice) en chef|directeur de (?:la )?publication|par|by|auteur|author)\s*:?\s+[^.!?]{1,60}$").is_match(line)
}

/// Menus and breadcrumbs, single navigation words, image markup.
fn is_navigation(line: &str) -> bool {
    regex!(r"(?i)^(?:[àa] la une|accueil|home|menu|top|haut de page|retour|back to top|newsletter|abonnez-vous|subscribe|s'abonner)$").is_match(line)
        || regex!(r"^(?:[^/|>\n]{1,30}(?:/|\||>>?)){3,}[^/|>\n]{0,30}$").is_match(line)
        || regex!(r"^!\[[^\]]*\]\([^)]*\)\s*\|?$").is_match(line)
}

fn is_timestamp_or_update(line: &str) -> bool {
    regex!(r"(?i)(?:dernière mise à jour|mis(?:e)? à jour|publié le|updated|last updated|published|posted on)\b").is_match(line)
        || regex!(r"^\d{1,2}:\d{2}\s*\|\s*\d{1,2}/\d{1,2}/\d{2,4}$").is_match(line)
        || regex!(r"(?i)\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}[:h]\d{2}(?:\s*\(GMT[+-]\d+\))?$").is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines() {
        for line in [
            "Dernière mise à jour à 10h05 le 03/04",
            "Article de 512 mots ⏱️ 3 min de lecture",
            "5 min read",
            "Chia sẻ",
            "Partager : Facebook | Twitter",
            "VNA/CVN",
            "Source: xinhua",
            "Avec AFP",
            "Translated by Nguyen Lan",
            "Accueil/Monde/Asie/Politique",
            "09:12 | 14/02/2023",
            "Jeudi, 02/02/2023 10:15 (GMT+7)",
            "À la une",
            "![]() |",
        ] {
            assert!(is_furniture_line(line), "{line}");
        }
        for line in [
            "Le ministre a été mis au courant de la visite.",
            "Par ailleurs, les deux armées ont renforcé leur coopération.",
            "Source de fierté, la coopération militaire s'est développée au fil des ans.",
            "Vietnam - Laos - Cambodge",
        ] {
            assert!(!is_furniture_line(line), "{line}");
        }
    }
}
