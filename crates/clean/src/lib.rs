//! Cleaning: which regions of a captured page are the article.
//!
//! Pages arrive with the furniture of the web around the story: teasers of
//! other stories, photo captions and credits, share bars, bylines, reading
//! times, duplicated lead paragraphs (one copy often without its spaces) and
//! words glued together. [`clean`] never rewrites the text: it returns the
//! kept spans, each removed span with its reason, and the spaces to insert
//! (repairs), all in code points of the original, plus the cleaned text they
//! produce (see [`CleanResult`]).
//!
//! ```
//! use attache_clean::clean;
//! use attache_model::{Lang, RemovalReason};
//! let page = "Le ministre a reçu l'ambassadeur.\nLe ministre. Photo : VNA\nIl a salué lasouveraineté du pays.\nLire aussi\nUne autre histoire";
//! let result = clean(page, &Lang::Fr);
//! assert_eq!(result.text, "Le ministre a reçu l'ambassadeur.\nIl a salué la souveraineté du pays.\n");
//! assert_eq!(result.removed[0].reason, RemovalReason::Caption);
//! assert_eq!(result.removed[1].reason, RemovalReason::Teaser);
//! ```
//!
//! The rules live one family per module under `rules/`; each looks at the
//! page's `layout` (lines grouped into paragraphs) and adds
//! byte ranges to cut. `assemble` turns the cuts into spans.

mod assemble;
mod glue;
mod layout;
mod rules;

use attache_model::{CleanResult, Lang};

pub use glue::GlueRepairer;

/// Cleans one page of text in language `lang` (glue repair needs a word list:
/// for a language attache has none for, words are left as they are).
pub fn clean(text: &str, lang: &Lang) -> CleanResult {
    let layout = layout::Layout::new(text);
    let cuts = rules::find_cuts(text, &layout);
    let kept = assemble::kept_ranges(text, &cuts);
    let glue_repairs = match GlueRepairer::for_lang(lang) {
        Some(repairer) => kept
            .iter()
            .flat_map(|r| repairer.repairs_in(text, r.clone()))
            .collect(),
        None => Vec::new(),
    };
    assemble::result(text, &cuts, &kept, glue_repairs)
}
