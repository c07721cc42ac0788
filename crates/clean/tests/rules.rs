//! Table-driven cases, one table per cleaning rule, on sentences written for
//! these tests: each case gives a page and what must (or must not) survive.

use attache_clean::clean;
use attache_model::{Lang, RemovalReason};

struct Case {
    name: &'static str,
    lang: Lang,
    page: &'static str,
    /// Substrings the cleaned text must hold.
    kept: &'static [&'static str],
    /// Substrings the cleaned text must not hold.
    gone: &'static [&'static str],
    /// A reason that must appear among the removals (if any).
    reason: Option<RemovalReason>,
}

fn run(cases: &[Case]) {
    for case in cases {
        let result = clean(case.page, &case.lang);
        for k in case.kept {
            assert!(
                result.text.contains(k),
                "{}: lost {k:?} in {:?}",
                case.name,
                result.text
            );
        }
        for g in case.gone {
            assert!(
                !result.text.contains(g),
                "{}: kept {g:?} in {:?}",
                case.name,
                result.text
            );
        }
        if let Some(reason) = case.reason {
            assert!(
                result.removed.iter().any(|r| r.reason == reason),
                "{}: no {reason:?} removal in {:?}",
                case.name,
                result.removed
            );
        }
    }
}

const BODY_FR: &str = "Le ministre de la Défense a reçu l'attaché militaire du Japon.";
const BODY_EN: &str = "The defence minister received the Japanese military attaché.";

#[test]
fn teasers() {
    run(&[
        Case { name: "voir plus block", lang: Lang::Fr, page: "Le ministre de la Défense a reçu l'attaché militaire du Japon.\nVoir plus\nLa Chine lance un satellite\nLe Laos inaugure un pont", kept: &[BODY_FR], gone: &["satellite", "pont"], reason: Some(RemovalReason::Teaser) },
        Case { name: "lire aussi with colon", lang: Lang::Fr, page: "Le ministre de la Défense a reçu l'attaché militaire du Japon.\n\nLire aussi :\n\nUne autre visite à Hanoï.", kept: &[BODY_FR], gone: &["autre visite"], reason: Some(RemovalReason::Teaser) },
        Case { name: "read more block", lang: Lang::En, page: "The defence minister received the Japanese military attaché.\nRead more\nNavy holds drill", kept: &[BODY_EN], gone: &["drill"], reason: Some(RemovalReason::Teaser) },
        Case { name: "related news block", lang: Lang::En, page: "The defence minister received the Japanese military attaché.\nRelated news\nA story", kept: &[BODY_EN], gone: &["A story"], reason: Some(RemovalReason::Teaser) },
        Case { name: "link lines", lang: Lang::Fr, page: ">>Le Vietnam et le Japon signent un accord\n>> Une frégate en escale\nLe ministre de la Défense a reçu l'attaché militaire du Japon.", kept: &[BODY_FR], gone: &["signent un accord", "frégate"], reason: Some(RemovalReason::Teaser) },
        Case { name: "also read line in the body", lang: Lang::En, page: "The defence minister received the Japanese military attaché.\n\nALSO READ | Minister hails coast guard\n\nThe two sides signed a plan.", kept: &[BODY_EN, "The two sides signed a plan."], gone: &["hails"], reason: Some(RemovalReason::Teaser) },
        Case { name: "list of other headlines", lang: Lang::Fr, page: "Le ministre de la Défense a reçu l'attaché militaire du Japon.\nLa Chine compte plus de ports que jamais\nUn village isolé reçoit l'électricité\nLe premier avion électrique prêt au décollage", kept: &[BODY_FR], gone: &["ports", "village", "avion"], reason: Some(RemovalReason::Teaser) },
        Case { name: "another story after the sign-off", lang: Lang::Fr, page: "Le ministre de la Défense a reçu l'attaché militaire du Japon. -VNA\nLe Premier ministre reçoit un ambassadeur\nLe Premier ministre a reçu lundi l'ambassadeur.", kept: &[BODY_FR], gone: &["Premier ministre"], reason: Some(RemovalReason::Teaser) },
        Case { name: "comments", lang: Lang::Fr, page: "Le ministre de la Défense a reçu l'attaché militaire du Japon.\nCommentaires\nNom d'utilisateur Anonyme\nTrès bien", kept: &[BODY_FR], gone: &["Anonyme"], reason: Some(RemovalReason::Comments) },
        Case { name: "a subtitle is not a teaser list", lang: Lang::Fr, page: "Stimuler la coopération\nLe ministre de la Défense a reçu l'attaché militaire du Japon.\nUne coopération exemplaire\nLes deux parties ont signé un accord.", kept: &["Stimuler la coopération", "Une coopération exemplaire"], gone: &[], reason: None },
    ]);
}

#[test]
fn captions() {
    run(&[
        Case { name: "line ending with a credit", lang: Lang::Fr, page: "Le général Nguyen Van An, vice-ministre de la Défense. Photo : VNA\n\nLe ministre de la Défense a reçu l'attaché militaire du Japon.", kept: &[BODY_FR], gone: &["Nguyen Van An"], reason: Some(RemovalReason::Caption) },
        Case { name: "credit line after a caption line", lang: Lang::Fr, page: "Le vice-ministre (droite) et l'ambassadeur, le 3 mai à Hanoï. |\nPhoto: QDND/CVN |\nLe ministre de la Défense a reçu l'attaché militaire du Japon.", kept: &[BODY_FR], gone: &["ambassadeur", "QDND"], reason: Some(RemovalReason::Caption) },
        Case { name: "parenthesised credit", lang: Lang::En, page: "The defence minister received the Japanese military attaché. (Image: Twitter @ministry)The two sides talked.", kept: &[BODY_EN, "The two sides talked."], gone: &["Twitter"], reason: Some(RemovalReason::Caption) },
        Case { name: "english photo credit", lang: Lang::En, page: "Minister Nguyen Van An (R) and his guest in Hanoi on May 5. (Photo: VNA)\nThe defence minister received the Japanese military attaché.", kept: &[BODY_EN], gone: &["his guest"], reason: Some(RemovalReason::Caption) },
        Case { name: "gallery heading", lang: Lang::Fr, page: "Visite du ministre - ảnh 1Le ministre accueille son homologue. Photo: Minh An\nLe ministre de la Défense a reçu l'attaché militaire du Japon.", kept: &[BODY_FR], gone: &["ảnh", "accueille"], reason: Some(RemovalReason::Caption) },
        Case { name: "people placed in a picture", lang: Lang::En, page: "Minister Nguyen Van An (L) welcoming his counterpart.\nThe defence minister received the Japanese military attaché.", kept: &[BODY_EN], gone: &["welcoming"], reason: Some(RemovalReason::Caption) },
        Case { name: "copyright line", lang: Lang::Fr, page: "© AFP 2018 Le port de Cam Ranh\nLe ministre de la Défense a reçu l'attaché militaire du Japon.", kept: &[BODY_FR], gone: &["AFP"], reason: Some(RemovalReason::Caption) },
    ]);
}

#[test]
fn boilerplate() {
    run(&[
        Case { name: "capture stamp", lang: Lang::Fr, page: " date 2024-05 Le ministre de la Défense a reçu l'attaché militaire du Japon.", kept: &[BODY_FR], gone: &["date 2024"], reason: Some(RemovalReason::Boilerplate) },
        Case { name: "reading time and update", lang: Lang::Fr, page: "Article de 300 mots ⏱️ 2 min de lecture\nDernière mise à jour à 08h19 le 02/06\nLe ministre de la Défense a reçu l'attaché militaire du Japon.", kept: &[BODY_FR], gone: &["lecture", "mise à jour"], reason: Some(RemovalReason::Boilerplate) },
        Case { name: "share bar and breadcrumb", lang: Lang::Fr, page: "Accueil/Monde/Asie/Défense\nChia sẻ\nLe ministre de la Défense a reçu l'attaché militaire du Japon.\nPartager : Facebook | Twitter", kept: &[BODY_FR], gone: &["Accueil", "Chia", "Partager"], reason: Some(RemovalReason::Boilerplate) },
        Case { name: "agency signatures", lang: Lang::Fr, page: "Le ministre de la Défense a reçu l'attaché militaire du Japon. -VNA\nVNA/CVN", kept: &[BODY_FR], gone: &["-VNA", "CVN"], reason: Some(RemovalReason::Boilerplate) },
        Case { name: "timestamp and credits", lang: Lang::En, page: "16:26 | 05/06/2024\nThe defence minister received the Japanese military attaché. (With inputs from ANI)\nTranslated by Tran Hoa", kept: &[BODY_EN], gone: &["16:26", "ANI", "Translated"], reason: Some(RemovalReason::Boilerplate) },
        Case { name: "a sentence starting like a byline stays", lang: Lang::Fr, page: "Par ailleurs, les deux armées ont renforcé leur coopération.\nSource de fierté, la marine a accueilli le navire.", kept: &["Par ailleurs", "Source de fierté"], gone: &[], reason: None },
    ]);
}

#[test]
fn duplicates() {
    run(&[
        Case { name: "exact repeat of the lead", lang: Lang::Fr, page: "Le ministre de la Défense a reçu l'attaché militaire du Japon à Hanoï le 3 mai.\n\nLe ministre de la Défense a reçu l'attaché militaire du Japon à Hanoï le 3 mai.\n\nIls ont parlé.", kept: &["Ils ont parlé."], gone: &[], reason: Some(RemovalReason::Duplicate) },
        Case { name: "copy without spaces goes, spaced copy stays", lang: Lang::Fr, page: "Lesrelationsextérieuresdesdeuxarméessesontdéveloppéesdepuisdixans.\n\nLes relations extérieures des deux armées se sont développées depuis dix ans.", kept: &["Les relations extérieures des deux armées se sont développées depuis dix ans."], gone: &["Lesrelations"], reason: Some(RemovalReason::Duplicate) },
        Case { name: "shorter lead inside a longer first paragraph", lang: Lang::En, page: "Vietnam values its strategic partnership with France, Minister of National Defence General Nguyen Van An affirmed at his talks with the visiting French Minister of the Armed Forces in Hanoi on May 5.\n\nVietnam values its strategic partnership with France, which has grown in many fields, Minister of National Defence General Nguyen Van An affirmed at his talks with the visiting French Minister of the Armed Forces in Hanoi on May 5.", kept: &["which has grown"], gone: &[], reason: Some(RemovalReason::Duplicate) },
        Case { name: "a quote restating an earlier paragraph is not a copy", lang: Lang::En, page: "On Tuesday, the minister planted a tree at the old pagoda in the presence of the abbot, vice president of the council.\n\nIn a post, the embassy stated: \"Peace links our nations. The Defence Minister planted a tree at the historic old pagoda in the presence of Most Venerable abbot, vice president of the council.\"", kept: &["On Tuesday", "In a post"], gone: &[], reason: None },
    ]);
    let page = "Le ministre de la Défense a reçu l'attaché militaire du Japon à Hanoï le 3 mai.\n\nLe ministre de la Défense a reçu l'attaché militaire du Japon à Hanoï le 3 mai.";
    assert_eq!(
        clean(page, &Lang::Fr).text.matches("Le ministre").count(),
        1
    );
}

#[test]
fn glued_words() {
    run(&[
        Case { name: "french glue", lang: Lang::Fr, page: "Le ministre a défendu lasouveraineté et les relationsextérieures.Il ahautement apprécié l'accueil àHanoï du généralNguyen.", kept: &["la souveraineté", "relations extérieures. Il", "a hautement", "à Hanoï", "général Nguyen"], gone: &[], reason: None },
        Case { name: "english glue", lang: Lang::En, page: "The minister praised the defencecooperation.The two sides agreed.", kept: &["defence cooperation. The two"], gone: &[], reason: None },
        Case { name: "glue is not repaired inside removed text", lang: Lang::Fr, page: "Le ministre a reçu l'ambassadeur.\nVoir plus\nlasouveraineté", kept: &["Le ministre"], gone: &["souveraineté"], reason: Some(RemovalReason::Teaser) },
    ]);
}
