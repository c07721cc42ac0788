//! Table-driven coding cases on sentences written for these tests.

use attache_model::{Document, Event, Lang, Tier};

fn events(lang: Lang, source: &str, published: &str, text: &str) -> Vec<Event> {
    let doc = Document {
        id: "t".into(),
        url: None,
        source: Some(source.into()),
        lang,
        title: None,
        published: Some(published.into()),
        text: text.into(),
    };
    let clean = attache_clean::clean(&doc.text, &doc.lang);
    let mentions = attache_recognize::recognize(&doc, &clean);
    attache_code::code(&doc, &clean, &mentions)
}

/// (cameo, source party, target party, date) of the events not derived.
fn summary(events: &[Event]) -> Vec<(String, String, String, Option<String>)> {
    events
        .iter()
        .filter(|e| !e.derived)
        .map(|e| {
            (
                e.cameo.clone(),
                e.source.party().unwrap_or("").to_string(),
                e.target.party().unwrap_or("").to_string(),
                e.date.clone(),
            )
        })
        .collect()
}

/// Asserts, for each case (language, text, cameo, source, target), that
/// the text published on `published` yields that event.
fn assert_each_coded(published: &str, cases: &[(Lang, &str, &str, &str, &str)]) {
    for (lang, text, cameo, source, target) in cases {
        let e = events(lang.clone(), "example.com", published, text);
        assert!(
            has_parties(&e, cameo, source, target),
            "{text}\n{:?}",
            summary(&e)
        );
    }
}

/// Whether an event of `cameo` goes from `source` to `target`, whatever its date.
fn has_parties(events: &[Event], cameo: &str, source: &str, target: &str) -> bool {
    summary(events)
        .iter()
        .any(|(c, s, t, _)| c == cameo && s == source && t == target)
}

fn has(events: &[Event], cameo: &str, source: &str, target: &str, date: Option<&str>) -> bool {
    summary(events)
        .iter()
        .any(|(c, s, t, d)| c == cameo && s == source && t == target && d.as_deref() == date)
}

#[test]
fn a_reception_with_its_date_and_a_derived_visit() {
    let e = events(
        Lang::Fr,
        "fr.example.vn",
        "2024-05-06",
        "Hanoï (VNA) – Le ministre de la Défense, le général Nguyen Van Binh, a reçu le 5 mai à Hanoï l'ambassadeur du Japon.",
    );
    assert!(
        has(&e, "043", "VNM", "JPN", Some("2024-05-05")),
        "{:?}",
        summary(&e)
    );
    assert!(e
        .iter()
        .any(|x| x.derived && x.cameo == "042" && x.source.party() == Some("JPN")));
    let reception = e.iter().find(|x| x.cameo == "043").unwrap();
    assert_eq!(
        reception.place.as_ref().map(|p| p.name.as_str()),
        Some("Hanoï")
    );
}

#[test]
fn the_evidence_is_the_original_text_at_its_offsets() {
    let text = "Vientiane (VNA) – Le général Nguyen Van Binh a effectué du 3 au 5 mars une visite officielle au Laos.Il a salué lasouveraineté du pays.";
    let e = events(Lang::Fr, "fr.example.vn", "2024-03", text);
    let chars: Vec<char> = text.chars().collect();
    assert!(!e.is_empty());
    for event in &e {
        let (s, t) = (event.start.unwrap(), event.end.unwrap());
        assert_eq!(chars[s..t].iter().collect::<String>(), event.evidence);
    }
    assert!(
        has(&e, "042", "VNM", "LAO", Some("2024-03-03/2024-03-05")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn both_parties_agree_and_sign() {
    let e = events(
        Lang::Fr,
        "fr.example.vn",
        "2023-10-12",
        "Le général Nguyen Van Binh, ministre vietnamien de la Défense, a reçu jeudi 12 octobre le général Somsak Vongsa, ministre lao de la Défense. Les deux parties ont convenu de renforcer la formation. Les deux ministres ont signé un plan de coopération.",
    );
    assert!(
        has(&e, "043", "VNM", "LAO", Some("2023-10-12")),
        "{:?}",
        summary(&e)
    );
    assert!(
        summary(&e).iter().any(|(c, ..)| c == "030"),
        "{:?}",
        summary(&e)
    );
    assert!(
        summary(&e).iter().any(|(c, ..)| c == "057"),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn english_phone_talks_and_praise() {
    let e = events(
        Lang::En,
        "en.example.vn",
        "2024-08-20",
        "Hanoi (VNA) - Defence Minister General Nguyen Van Binh held phone talks with Indian Defence Minister Arjun Kapoor on August 19. Kapoor praised the ties.",
    );
    assert!(
        has(&e, "041", "VNM", "IND", Some("2024-08-19")),
        "{:?}",
        summary(&e)
    );
    assert!(has_parties(&e, "051", "IND", "VNM"), "{:?}", summary(&e));
}

#[test]
fn negated_and_headline_statements_are_not_coded() {
    let e = events(
        Lang::Fr,
        "fr.example.vn",
        "2024-05-06",
        "Le ministre vietnamien n'a pas reçu l'ambassadeur du Japon.",
    );
    assert!(summary(&e).is_empty(), "{:?}", summary(&e));
    let e = events(
        Lang::Fr,
        "fr.example.vn",
        "2024-05-06",
        "Le ministre vietnamien reçoit l'ambassadeur du Japon\n\nLe ministre vietnamien de la Défense a reçu le 5 mai l'ambassadeur du Japon.",
    );
    assert_eq!(
        summary(&e).iter().filter(|(c, ..)| c == "043").count(),
        1,
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_reception_named_by_a_noun_has_the_guest_after_it() {
    let e = events(
        Lang::Fr,
        "fr.example.vn",
        "2024-10-11",
        "Lors de la réception du général Nguyen Van Binh, vice-ministre vietnamien de la Défense, le 10 octobre à Vientiane, le ministre lao de la Défense a salué la coopération.",
    );
    assert!(
        has(&e, "043", "LAO", "VNM", Some("2024-10-10")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_sentence_without_a_subject_continues_the_previous_one() {
    let e = events(
        Lang::Fr,
        "fr.example.vn",
        "2024-09-27",
        "L'hôpital de campagne de niveau 2 du Vietnam a quitté Hanoï le 26 septembre. Déployé le 26 septembre au sein de la MINUSS, il soignera les casques bleus.",
    );
    assert!(has_parties(&e, "074", "VNM", "UNMISS"), "{:?}", summary(&e));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(150))]

    #[test]
    fn coding_never_panics_and_evidence_is_the_original(parts in proptest::collection::vec(proptest::sample::select(vec![
        "Le ministre de la Défense", ", le général Nguyen Van Binh,", " a reçu ", "l'ambassadeur du Japon", " le 5 mai",
        ". Il a salué ", "les deux parties", " ont signé un accord", ".\n", "lasouveraineté", "Laos.Le", " vietnamien ",
        "Photo : VNA", "MINUSS", " a effectué une visite officielle au Laos", "Déployé le 3 mars", "😀", "é", " ",
    ]), 0..25)) {
        let text = parts.concat();
        let chars: Vec<char> = text.chars().collect();
        for event in events(Lang::Fr, "fr.example.vn", "2024-05", &text) {
            let (s, t) = (event.start.unwrap(), event.end.unwrap());
            proptest::prop_assert!(s < t && t <= chars.len());
            proptest::prop_assert_eq!(chars[s..t].iter().collect::<String>(), event.evidence);
        }
    }
}

/// (language, published, sentence, cameo, source, target, date)
const DATE_AND_GAP_CASES: &[(Lang, &str, &str, &str, &str, &str, &str)] = &[
    // A visit told as to come on a bare weekday is on the next one (14
    // March 2025 is a Friday), announced from the publication day.
    (
        Lang::En,
        "2025-03-14",
        "Indonesian Defence Minister Sjafrie Sjamsoeddin is expected to visit Manila on Saturday.",
        "036",
        "IDN",
        "PHL",
        "2025-03-14/2025-03-15",
    ),
    (
        Lang::Fr,
        "2025-03-14",
        "Le ministre laotien de la Défense effectuera jeudi une visite officielle au Cambodge.",
        "036",
        "LAO",
        "KHM",
        "2025-03-14/2025-03-20",
    ),
    // An occasion named in a phrase framing the verb the day dates: its month.
    (
        Lang::En,
        "2024-06-06",
        "Hanoi - Vietnam and Korea on Wednesday discussed naval cooperation during Vice Minister Park Min-soo's visit to Hanoi for the 9th Vietnam–Korea Defence Policy Dialogue.",
        "046",
        "VNM",
        "KOR",
        "2024-06",
    ),
    (
        Lang::En,
        "2024-06-06",
        "Hanoi - Vietnam and Korea on Wednesday discussed naval cooperation during Vice Minister Park Min-soo's visit to Hanoi for the 9th Vietnam–Korea Defence Policy Dialogue.",
        "042",
        "KOR",
        "VNM",
        "2024-06",
    ),
    (
        Lang::Fr,
        "2024-06-06",
        "Le 5 juin, le général Nguyen Van Binh a reçu à Hanoï le vice-ministre sud-coréen de la Défense, Park Min-soo, en visite au Vietnam pour participer au 9e Dialogue sur la politique de défense.",
        "043",
        "VNM",
        "KOR",
        "2024-06-05",
    ),
    // A frame that refers back to an event the lead dates keeps its day.
    (
        Lang::Fr,
        "2024-06-06",
        "Le 5 juin, le général Nguyen Van Binh a reçu à Hanoï le vice-ministre sud-coréen de la Défense, Park Min-soo. Lors de l'entretien qui a suivi la cérémonie d'accueil, les deux parties ont passé en revue leur coopération.",
        "043",
        "VNM",
        "KOR",
        "2024-06-05",
    ),
    // A stated length makes the first day a span.
    (
        Lang::Fr,
        "2016-06-01",
        "Le général Ngo Xuan Lich, ministre vietnamien de la Défense, est arrivé au Cambodge le 31 mai pour une visite de trois jours.",
        "042",
        "VNM",
        "KHM",
        "2016-05-31/2016-06-02",
    ),
    (
        Lang::En,
        "2018-03-06",
        "USS Carl Vinson docked at Da Nang on March 5 for a four-day visit to Vietnam.",
        "062",
        "USA",
        "VNM",
        "2018-03-05/2018-03-08",
    ),
    // The stay's end told in a later sentence makes the arrival a span.
    (
        Lang::Fr,
        "2023-04-12",
        "Le patrouilleur japonais Akizuki a fait escale le 8 avril au port de Cam Ranh. Le navire quittera le Vietnam le 11 avril pour les Philippines.",
        "062",
        "JPN",
        "VNM",
        "2023-04-08/2023-04-11",
    ),
    (
        Lang::En,
        "2023-04-12",
        "The Indian frigate INS Sahyadri made a port call in Da Nang on April 8. During its four-day stay, the crew will play friendly football matches.",
        "062",
        "IND",
        "VNM",
        "2023-04-08/2023-04-11",
    ),
    // A year recalled with a later month (`en novembre 2019`) does not date
    // a visit in March; nothing else tells its year.
    (
        Lang::Fr,
        "",
        "Le général Nguyen Van Binh a effectué du 3 au 5 mars une visite officielle en Thaïlande. Les deux parties ont évoqué l'accord signé en novembre 2019.",
        "042",
        "VNM",
        "THA",
        "XXXX-03-03/XXXX-03-05",
    ),
    // A removed caption dates the event pictured when the body names no day.
    (
        Lang::Fr,
        "",
        "Le ministre Nguyen Van Binh et son homologue chinois Li Wei, le 17 avril à Lang Son. Photo: VNA\nLe ministre vietnamien de la Défense, Nguyen Van Binh, a eu jeudi un entretien avec son homologue chinois Li Wei dans la province frontalière de Lang Son.",
        "040",
        "VNM",
        "CHN",
        "XXXX-04-17",
    ),
    // An activity the text dates nothing of takes the publication month,
    // not its day.
    (
        Lang::Fr,
        "2018-03-05",
        "Pour la première fois depuis la guerre, le porte-avions américain USS Nimitz a fait escale au Vietnam.",
        "062",
        "USA",
        "VNM",
        "2018-03",
    ),
    // Taking part in an exercise with a partner is a joint exercise.
    (
        Lang::Fr,
        "2022-03-09",
        "Le 7 mars, la frégate indienne a participé à un court exercice de communication avec la marine vietnamienne.",
        "062",
        "IND",
        "VNM",
        "2022-03-07",
    ),
    // An announcement runs from its publication to what it announces.
    (
        Lang::Fr,
        "2022-06-05",
        "Le ministre indien de la Défense effectuera une visite officielle au Vietnam du 8 au 10 juin.",
        "036",
        "IND",
        "VNM",
        "2022-06-05/2022-06-10",
    ),
    // Words inside a trigger: a day before `par`, a country before `pour une visite`.
    (
        Lang::Fr,
        "2019-02-19",
        "L'ambassadeur du Japon a été reçu lundi par le vice-ministre vietnamien de la Défense.",
        "043",
        "VNM",
        "JPN",
        "2019-02-18",
    ),
    // A horizon year is not the article's year: the day-month stays without one.
    (
        Lang::En,
        "",
        "On June 8, India and Vietnam signed a joint vision statement towards the Year 2030.",
        "057",
        "IND",
        "VNM",
        "XXXX-06-08",
    ),
];

#[test]
fn dates_of_spans_announcements_and_gapped_triggers() {
    for (lang, published, text, cameo, source, target, date) in DATE_AND_GAP_CASES {
        let (lang, published, text) = (lang.clone(), *published, *text);
        let mut doc_events = if published.is_empty() {
            let doc = Document {
                id: "t".into(),
                url: None,
                source: None,
                lang,
                title: None,
                published: None,
                text: text.into(),
            };
            let clean = attache_clean::clean(&doc.text, &doc.lang);
            let mentions = attache_recognize::recognize(&doc, &clean);
            attache_code::code(&doc, &clean, &mentions)
        } else {
            events(lang, "example.vn", published, text)
        };
        doc_events.retain(|e| !e.derived);
        assert!(
            has(&doc_events, cameo, source, target, Some(*date)),
            "{text}\n{:?}",
            summary(&doc_events)
        );
    }
}

#[test]
fn the_subject_is_found_past_opening_phrases_and_in_relative_clauses() {
    let cases: &[(Lang, &str, &str, &str, &str)] = &[
        (
            Lang::Fr,
            "Pékin (VNA) - Lors de la rencontre avec le ministre cambodgien de la Défense Tea Banh, le ministre chinois de la Défense Chang Wanquan a salué les relations entre les deux armées.",
            "051",
            "CHN",
            "KHM",
        ),
        (
            Lang::Fr,
            "Hanoï (VNA) - À l'invitation du général Tea Banh, ministre de la Défense nationale du Cambodge, le général Phan Van Giang, ministre vietnamien de la Défense, effectue une visite officielle au Cambodge.",
            "042",
            "VNM",
            "KHM",
        ),
        (
            Lang::En,
            "During talks with Lao Defence Minister Chansamone Chanyalath, Vietnamese Defence Minister Phan Van Giang thanked Laos for its support.",
            "051",
            "VNM",
            "LAO",
        ),
        (
            Lang::Fr,
            "L'équipage a salué la frégate française Prairial, qui rendra visite aux autorités de la province vietnamienne de Khanh Hoa.",
            "036",
            "FRA",
            "VNM",
        ),
        (
            Lang::Fr,
            "La rencontre entre le ministre cambodgien de la Défense Tea Banh et le ministre chinois de la Défense Chang Wanquan a eu lieu à Pékin.",
            "040",
            "KHM",
            "CHN",
        ),
    ];
    assert_each_coded("2024-03-12", cases);
}

#[test]
fn participles_as_adjectives_and_years_looked_back_to() {
    let e = events(
        Lang::En,
        "example.com",
        "2020-02-04",
        "The two ministers agreed to boost military technical cooperation in line with signed agreements with Russia.",
    );
    assert!(
        !summary(&e).iter().any(|(c, ..)| c == "057"),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::Fr,
        "example.vn",
        "",
        "Le destroyer américain USS Halsey est entré dans le port de Qui Nhon, une première depuis la normalisation des relations en 1995.",
    );
    let port_call = summary(&e).into_iter().find(|(c, ..)| c == "062");
    assert!(
        port_call
            .as_ref()
            .is_some_and(|(_, s, t, d)| s == "USA" && t == "VNM" && d.is_none()),
        "{port_call:?}"
    );
    let e = events(
        Lang::Fr,
        "example.vn",
        "2023-11-17",
        "S'exprimant lors de la 16e réunion des ministres de la Défense de l'ASEAN (ADMM) le 16 novembre à Jakarta, le général Phan Van Giang a appelé au dialogue.",
    );
    assert!(
        has(&e, "040", "VNM", "ADMM", Some("2023-11-16")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn receptions_co_chairs_and_talks_worded_otherwise() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "Le commandant de la frégate française Prairial a été reçu au comité populaire de la province vietnamienne de Khanh Hoa.",
            "043",
            "VNM",
            "FRA",
        ),
        (
            "Le ministre vietnamien de la Défense a souligné l'amitié entre les deux pays en recevant le 10 novembre à Hanoï le ministre indien de la Défense.",
            "043",
            "VNM",
            "IND",
        ),
        (
            "Le ministre vietnamien de la Défense et son homologue chinois coprésident l'événement.",
            "046",
            "VNM",
            "CHN",
        ),
        (
            "La visite a été l'occasion pour l'amiral français Pierre Durand de s'entretenir avec le général vietnamien Nguyen Van Nam.",
            "040",
            "FRA",
            "VNM",
        ),
    ];
    for (text, cameo, source, target) in cases {
        let e = events(Lang::Fr, "example.com", "2024-11-11", text);
        let found = summary(&e).iter().any(|(c, s, t, _)| {
            c == cameo && ((s == source && t == target) || (s == target && t == source))
        });
        assert!(found, "{text}\n{:?}", summary(&e));
    }
}

#[test]
fn a_territory_is_its_sovereigns_side() {
    let e = events(
        Lang::Fr,
        "example.fr",
        "2014-11-20",
        "La frégate française Vendémiaire a fait escale à Nouméa, en Nouvelle-Calédonie, le 16 novembre.",
    );
    assert!(
        !summary(&e)
            .iter()
            .any(|(_, s, t, _)| (s == "FRA" && t == "NCL") || (s == "NCL" && t == "FRA")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_datelines_date_is_not_the_lead() {
    let e = events(
        Lang::En,
        "example.vn",
        "2022-04-16",
        "VIETNAM, April 16 -\n\nVietnamese Defence Minister Phan Van Giang held talks with French Director General Alice Guitton on Friday in Hanoi.\n\nGiang thanked France for its support to Vietnam.",
    );
    assert!(
        has(&e, "051", "VNM", "FRA", Some("2022-04-15")),
        "{:?}",
        summary(&e)
    );
    // Nor does it date the lead's own sentence, when that names its day.
    let e = events(
        Lang::En,
        "example.com",
        "2026-06-02",
        "ACCRA, June 2 (GNA) -- Ghana and Togo held defence talks in Accra on Monday and agreed to step up joint patrols.",
    );
    assert!(
        has(&e, "040", "GHA", "TGO", Some("2026-06-01")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn each_person_met_in_turn_is_a_meeting() {
    let e = events(
        Lang::Fr,
        "example.vn",
        "2016-06-01",
        "Mardi, le ministre vietnamien de la Défense, le général Ngo Xuan Lich, a rencontré tour à tour le chef du gouvernement cambodgien Samdech Techo Hun Sen et le président de l'Assemblée nationale Samdech Heng Samrin.",
    );
    let met: Vec<Option<String>> = e
        .iter()
        .filter(|x| x.cameo == "040" && x.target.party() == Some("KHM"))
        .map(|x| x.target.name.clone())
        .collect();
    assert_eq!(
        met,
        [Some("Hun Sen".to_string()), Some("Heng Samrin".to_string())],
        "{:?}",
        summary(&e)
    );
    // One person with a title and a name is one meeting.
    let e = events(
        Lang::Fr,
        "example.vn",
        "2016-06-01",
        "Le 31 mai, le général Ngo Xuan Lich, ministre vietnamien de la Défense, a rencontré le Premier ministre cambodgien Samdech Techo Hun Sen et ils ont discuté de la coopération.",
    );
    assert_eq!(
        e.iter().filter(|x| x.cameo == "040").count(),
        1,
        "{:?}",
        summary(&e)
    );
}

#[test]
fn attending_by_video_is_no_call() {
    let e = events(
        Lang::Fr,
        "example.vn",
        "2025-04-17",
        "Le 16 avril, les ministres de la Défense du Vietnam et de la Chine ont participé en visioconférence à la patrouille conjointe des deux marines.",
    );
    assert!(
        !summary(&e).iter().any(|(c, ..)| c == "041"),
        "{:?}",
        summary(&e)
    );
    assert!(
        has(&e, "062", "VNM", "CHN", Some("2025-04-16"))
            || has(&e, "062", "CHN", "VNM", Some("2025-04-16")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::Fr,
        "example.vn",
        "2025-04-17",
        "Le 16 avril, le ministre vietnamien de la Défense s'est entretenu en visioconférence avec son homologue chinois.",
    );
    assert!(
        has(&e, "041", "VNM", "CHN", Some("2025-04-16")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn going_to_greet_someone_is_a_courtesy_visit() {
    let e = events(
        Lang::Fr,
        "example.vn",
        "2023-10-12",
        "Le 11 octobre, le vice-ministre japonais de la Défense Taro Suzuki est allé saluer le ministre vietnamien de la Défense, le général Nguyen Van Binh.",
    );
    assert!(
        has(&e, "042", "JPN", "VNM", Some("2023-10-11")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn places_named_by_their_administrative_unit() {
    let cases = [
        (Lang::Fr, "Le 7 septembre, le général Nguyen Van Binh a reçu le ministre chinois de la Défense dans la province vietnamienne de Lao Cai.", "Lao Cai"),
        (Lang::En, "On September 7, Vietnamese Defence Minister Nguyen Van Binh held talks with his Chinese counterpart in the northern border province of Lang Son.", "Lang Son"),
        (Lang::Fr, "Le 7 septembre, le général Nguyen Van Binh a reçu l'ambassadeur du Japon à Hanoï.", "Hanoï"),
        // A home base is not the place of the event.
        (Lang::Fr, "Le 7 septembre, la frégate française Prairial, basée à Papeete, a accosté au port de Cam Ranh.", "Cam Ranh"),
        (Lang::En, "On September 7, the Indian destroyer INS Delhi, based in Mumbai, docked at Cam Ranh port.", "Cam Ranh"),
    ];
    for (lang, text, place) in cases {
        let e = events(lang, "example.vn", "2023-09-08", text);
        let places: Vec<_> = e
            .iter()
            .filter_map(|x| x.place.as_ref().map(|p| p.name.clone()))
            .collect();
        assert!(
            places.iter().any(|p| p == place),
            "{text}: {places:?} {:?}",
            summary(&e)
        );
    }
}

#[test]
fn visits_receptions_and_their_talks_take_the_place_they_imply() {
    let place_of = |e: &[Event], cameo: &str| -> Option<(String, Option<String>)> {
        e.iter()
            .find(|x| x.cameo == cameo && !x.derived)
            .and_then(|x| x.place.clone())
            .map(|p| (p.name, p.country))
    };
    // A visit takes place in the country visited; talks during it too.
    let e = events(
        Lang::Fr,
        "example.vn",
        "2024-03-06",
        "Le général Nguyen Van Binh, ministre vietnamien de la Défense, a effectué du 3 au 5 mars une visite officielle au Laos. Le 4 mars, il s'est entretenu avec son homologue lao, le général Somsak Vongsa.",
    );
    assert_eq!(
        place_of(&e, "042"),
        Some(("Laos".into(), Some("LAO".into()))),
        "{e:#?}"
    );
    assert_eq!(
        place_of(&e, "040"),
        Some(("Laos".into(), Some("LAO".into()))),
        "{e:#?}"
    );
    // A reception takes place in the host's country, at the dateline there.
    let e = events(
        Lang::Fr,
        "example.vn",
        "2024-03-06",
        "Hanoï (VNA) – Le général Nguyen Van Binh, ministre vietnamien de la Défense, a reçu le 5 mars l'ambassadeur du Japon au Vietnam.",
    );
    assert_eq!(
        place_of(&e, "043"),
        Some(("Hanoï".into(), Some("VNM".into()))),
        "{e:#?}"
    );
    // A dateline abroad says nothing of a reception at home.
    let e = events(
        Lang::Fr,
        "example.vn",
        "2024-03-06",
        "Tokyo (VNA) – Le ministre japonais de la Défense a reçu le 5 mars l'ambassadeur du Vietnam au Japon.",
    );
    assert_ne!(
        place_of(&e, "043").and_then(|p| p.1),
        Some("VNM".into()),
        "{e:#?}"
    );
}

#[test]
fn a_visit_noun_takes_its_visitor_with_de() {
    let e = events(
        Lang::Fr,
        "example.vn",
        "2020-01-21",
        "Le 20 janvier, le vice-ministre de la Défense Tran Van Duc s'est dit convaincu que la prochaine visite en Russie du ministre de la Défense, le général Nguyen Van Binh, resserrera les liens.",
    );
    let visit = e
        .iter()
        .find(|x| x.cameo == "036")
        .unwrap_or_else(|| panic!("{:?}", summary(&e)));
    assert_eq!(visit.source.name.as_deref(), Some("Nguyen Van Binh"));
    assert_eq!(visit.target.country.as_deref(), Some("RUS"));
}

#[test]
fn a_visit_in_apposition_is_the_visit_of_the_party_before_it() {
    let e = events(
        Lang::Fr,
        "example.vn",
        "2022-04-16",
        "Le général Nguyen Van Binh, ministre de la Défense, a reçu le 15 avril à Hanoï la directrice générale du ministère français des Armées, Claire Martin, en visite au Vietnam pour participer au dialogue stratégique.",
    );
    assert!(
        has(&e, "042", "FRA", "VNM", Some("2022-04-15")),
        "{:?}",
        summary(&e)
    );
    assert!(
        !has(&e, "042", "VNM", "FRA", Some("2022-04-15")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn activities_the_article_recalls_are_not_its_news() {
    let e = events(
        Lang::Fr,
        "example.vn",
        "2014-11-17",
        "Le 15 novembre, la frégate française Prairial a fait escale au port de Da Nang. Sa dernière escale au Vietnam avait eu lieu du 25 au 30 avril 2011, quand la frégate a fait escale à Hai Phong.",
    );
    let ports: Vec<_> = summary(&e)
        .into_iter()
        .filter(|(c, ..)| c == "062")
        .collect();
    assert_eq!(ports.len(), 1, "{ports:?}");
    assert_eq!(ports[0].3.as_deref(), Some("2014-11-15"));
    // Announced events stay, however far ahead.
    let e = events(
        Lang::En,
        "example.com",
        "2014-11-17",
        "Vietnamese Defence Minister Nguyen Van Binh will pay an official visit to France in March.",
    );
    assert!(
        summary(&e).iter().any(|(c, ..)| c == "036"),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_visits_destination_follows_it_closely() {
    let e = events(
        Lang::En,
        "example.com",
        "2018-03-06",
        "The US aircraft carrier USS Nimitz arrived in Vietnam on March 5 for a four-day port call in Da Nang. While the port call – with its usual sporting events – has been deemed routine by the US Navy, analysts see it as a sign of tension between China and the US.",
    );
    assert!(
        !summary(&e)
            .iter()
            .any(|(_, s, t, _)| s == "CHN" || t == "CHN"),
        "{:?}",
        summary(&e)
    );
    assert!(
        has(&e, "062", "USA", "VNM", Some("2018-03-05/2018-03-08")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn what_a_named_speaker_says_is_his_statement_not_another() {
    let e = events(
        Lang::En,
        "en.example.vn",
        "2024-09-03",
        "Hanoi (VNA) - Vietnam values its strategic partnership with Japan, Minister of National Defence General Nguyen Van Binh affirmed while receiving Japanese Defence Minister Kenji Sato in Hanoi on September 2.",
    );
    let statements: Vec<&Event> = e.iter().filter(|e| e.cameo == "030").collect();
    assert_eq!(statements.len(), 1, "{:?}", summary(&e));
    assert_eq!(
        statements[0].source.name.as_deref(),
        Some("Nguyen Van Binh"),
        "{:?}",
        statements[0]
    );
}

#[test]
fn a_reception_for_a_guest_is_the_hosts() {
    let e = events(
        Lang::En,
        "en.example.vn",
        "2024-06-08",
        "HA NOI - Deputy Minister of National Defence Senior Lieutenant General Hoang Van Dung said defence ties would grow, during his reception for Australian Ambassador Emma Clarke in Ha Noi on Friday.",
    );
    assert!(
        has(&e, "043", "VNM", "AUS", Some("2024-06-07")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn what_is_scheduled_for_the_day_reported_is_done_not_announced() {
    let text = "Le ministre vietnamien de la Défense, le général Nguyen Van Binh, a coprésidé, ce mardi 14 mai 2024, avec son homologue lao le 4e échange d'amitié frontalier. Les activités programmées pour le 14 mai au Laos comprennent une cérémonie d'accueil de la délégation vietnamienne par le ministre lao de la Défense. Le programme du 15 mai au Vietnam comprendra une cérémonie d'accueil de la délégation lao.";
    let e = events(Lang::Fr, "fr.example.vn", "2024-05", text);
    let codes: Vec<(String, Option<String>)> = e
        .iter()
        .filter(|e| !e.derived)
        .map(|e| (e.cameo.clone(), e.date.clone()))
        .collect();
    // The day reported: a reception held.
    assert!(
        has(&e, "043", "LAO", "VNM", Some("2024-05-14")),
        "{codes:?}"
    );
    // The next day's programme: announced.
    assert!(
        codes
            .iter()
            .any(|(c, d)| c == "036" && d.as_deref().is_some_and(|d| d.ends_with("2024-05-15"))),
        "{codes:?}"
    );
    // Scheduled in the lead itself: announced.
    let e = events(
        Lang::Fr,
        "fr.example.vn",
        "2024-05-10",
        "La visite officielle du ministre lao de la Défense au Vietnam est prévue du 14 au 16 mai. Le ministre sera reçu par son homologue vietnamien.",
    );
    assert!(
        !e.is_empty() && e.iter().all(|e| e.cameo == "036"),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_wish_that_the_other_party_act_is_an_appeal() {
    let cases = [
        (Lang::Fr, "Le 3 juin, le général Nguyen Van Binh a reçu l'ambassadeur du Japon. Il a aussi souhaité que le Japon soutienne le déminage au Vietnam.", "020"),
        (Lang::En, "On June 3, Defence Minister Nguyen Van Binh received the Japanese ambassador. He hoped that Japan would support demining in Vietnam.", "020"),
        // A wish of both is the speaker's intent.
        (Lang::Fr, "Le 3 juin, le général Nguyen Van Binh a reçu l'ambassadeur du Japon. Il a souhaité que les deux pays renforcent leur coopération.", "030"),
    ];
    for (lang, text, cameo) in cases {
        let e = events(lang, "example.vn", "2024-06-04", text);
        let verbal: Vec<&str> = e
            .iter()
            .filter(|e| e.tier == attache_model::Tier::Verbal)
            .map(|e| e.cameo.as_str())
            .collect();
        assert_eq!(verbal, [cameo], "{text}");
    }
}

/// Predicates written by lemma: what the words around them say (issue 13).
/// Each case: a sentence, then a code that must be found between the two
/// countries (either order) or `None` when no activity may be found.
const MODALITY_CASES: &[(Lang, &str, Option<&str>)] = &[
    // Other tenses and persons, an adverb inside, a future.
    (Lang::Fr, "Le 5 mai, le ministre vietnamien de la Défense avait notamment reçu l'ambassadeur du Japon.", Some("043")),
    (Lang::Fr, "Le 5 mai, le ministre vietnamien de la Défense recevra l'ambassadeur du Japon.", Some("036")),
    (Lang::En, "On May 5, the Vietnamese defence minister will host the Japanese ambassador.", Some("036")),
    // Negated, hypothetical: nothing.
    (Lang::Fr, "Le 5 mai, le ministre vietnamien de la Défense n'a pas reçu l'ambassadeur du Japon.", None),
    (Lang::Fr, "Le ministre vietnamien de la Défense pourrait recevoir l'ambassadeur du Japon.", None),
    // A passive of aid keeps the giver as source.
    (Lang::En, "On May 5, the Indian corvette was handed over to the Vietnamese navy.", Some("070")),
    // Reported content and fostered kinds of activity are not news.
    (Lang::Fr, "Le 5 mai, le ministre vietnamien de la Défense a souligné que le Japon avait déployé des experts au Vietnam.", None),
    (Lang::Fr, "Le 5 mai, les ministres de la Défense du Vietnam et du Japon ont convenu de multiplier les exercices conjoints.", None),
    // An exercise to come is not yet an event, nor announced as a meeting.
    (Lang::En, "The Vietnamese and Japanese navies will hold a joint exercise next year.", None),
    // What a party can do is not what it did.
    (Lang::En, "Indonesia can provide training to the Malaysian navy, the minister said.", None),
    (Lang::Fr, "La Thaïlande peut fournir une aide au Laos, a dit le ministre.", None),
    // Reviewing cooperation is a meeting only when announced.
    (Lang::Fr, "Le 5 mai, les ministres laotien et vietnamien de la Défense passeront en revue la coopération bilatérale.", Some("036")),
    (Lang::En, "On May 5, the Lao and Thai defence ministers will review bilateral defence cooperation.", Some("036")),
    (Lang::Fr, "Le 5 mai, les ministres laotien et vietnamien de la Défense ont passé en revue la coopération bilatérale.", None),
];

#[test]
fn modality_of_predicates_written_by_lemma() {
    for (lang, text, expected) in MODALITY_CASES {
        let e = events(lang.clone(), "example.com", "2024-05-06", text);
        let activities: Vec<String> = e
            .iter()
            .filter(|x| x.tier == Tier::Activity && !x.derived)
            .map(|x| x.cameo.clone())
            .collect();
        match expected {
            Some(code) => assert!(
                activities.iter().any(|c| c == code),
                "{text}\n{:?}",
                summary(&e)
            ),
            None => assert!(activities.is_empty(), "{text}\n{:?}", summary(&e)),
        }
    }
    let handed = events(Lang::En, "example.com", "2024-05-06", MODALITY_CASES[5].1);
    assert!(
        has(&handed, "070", "IND", "VNM", Some("2024-05-05")),
        "{:?}",
        summary(&handed)
    );
}

#[test]
fn each_country_listed_after_the_target_is_a_party() {
    let e = events(
        Lang::En,
        "example.com",
        "2024-06-01",
        "Indonesian Defence Minister Budi Santoso held talks with his counterparts from Malaysia, Thailand, and Brunei on Friday.",
    );
    for target in ["MYS", "THA", "BRN"] {
        assert!(
            has(&e, "040", "IDN", target, Some("2024-05-31")),
            "{target}: {:?}",
            summary(&e)
        );
    }
    let e = events(
        Lang::Fr,
        "example.fr",
        "2024-06-01",
        "Le ministre laotien de la Défense a reçu le 31 mai les ambassadeurs du Japon, de l'Inde et de Russie à Vientiane.",
    );
    for target in ["JPN", "IND", "RUS"] {
        assert!(
            has(&e, "043", "LAO", target, Some("2024-05-31")),
            "{target}: {:?}",
            summary(&e)
        );
    }
    // Thanks to each party listed.
    let e = events(
        Lang::Fr,
        "example.fr",
        "2024-06-01",
        "Le ministre laotien de la Défense a remercié le Japon, l'Inde et l'ONU pour leur soutien.",
    );
    for target in ["JPN", "IND", "UN"] {
        assert!(
            summary(&e)
                .iter()
                .any(|(c, s, t, _)| c == "051" && s == "LAO" && t == target),
            "{target}: {:?}",
            summary(&e)
        );
    }
    // A place after the target is no party.
    let e = events(
        Lang::En,
        "example.com",
        "2024-06-01",
        "Indonesian Defence Minister Budi Santoso met his counterpart from Malaysia in Singapore on Friday.",
    );
    assert!(
        !has(&e, "040", "IDN", "SGP", Some("2024-05-31")),
        "{:?}",
        summary(&e)
    );
}

/// One sentence, one behaviour: (language, text, code, source, target), in
/// either order for the symmetric exercises.
const ONE_EVENT_EACH: [(Lang, &str, &str, &str, &str); 12] = [
    // An accusation is the wronged party's, against the agent named before the verb.
    (Lang::En, "The ministry spokesman said on Friday that Chinese drills near the islands violated Vietnam's sovereignty.", "112", "VNM", "CHN"),
    (Lang::Fr, "Selon le porte-parole, les manœuvres taïwanaises enfreignent gravement la souveraineté du Vietnam.", "112", "VNM", "TWN"),
    // Stating the importance of cooperation is an intent to cooperate.
    (Lang::En, "Malaysian Defence Minister Ahmad Rahman emphasized the importance of defence cooperation with Japan.", "030", "MYS", "JPN"),
    (Lang::Fr, "Le ministre thaïlandais de la Défense a souligné l'importance de la coopération avec le Laos.", "030", "THA", "LAO"),
    // A time adverb between the auxiliary and the participle.
    (Lang::Fr, "Le ministre de la Défense letton a aujourd'hui rencontré le ministre estonien de la Défense.", "040", "LVA", "EST"),
    (Lang::En, "The Malaysian defence minister has today met his Thai counterpart.", "040", "MYS", "THA"),
    // Praise stated inside what a speaker says is still stated.
    (Lang::Fr, "Le ministre lao de la Défense a déclaré que le Laos apprécie hautement l'aide du Cambodge.", "051", "LAO", "KHM"),
    // A pronominal verb in a compound tense is no passive.
    (Lang::Fr, "Le ministre vietnamien de la Défense s’est réjoui du développement des relations avec la France.", "051", "VNM", "FRA"),
    // The actors of an opening participial phrase, apposition included, are not the subject.
    (Lang::Fr, "S'adressant à Somchai Vong, chef de l'équipe laotienne de secours, le président turc a remercié le Laos pour son aide.", "051", "TUR", "LAO"),
    (Lang::En, "Speaking to Lao Defence Minister Somchai Vong, the Turkish president thanked Laos for its help.", "051", "TUR", "LAO"),
    // Praise in the set phrases of official English.
    (Lang::En, "The Thai defence minister spoke highly of Malaysia's contribution to regional security.", "051", "THA", "MYS"),
    // An exercise named by its kind, with its two parties.
    (Lang::Fr, "L'exercice naval bilatéral entre la Malaisie et l'Indonésie a débuté le 31 mai au large de Bornéo.", "062", "MYS", "IDN"),
];

#[test]
fn sentences_with_one_event_each() {
    for (lang, text, cameo, source, target) in ONE_EVENT_EACH {
        let e = events(lang, "example.com", "2024-06-01", text);
        let symmetric = attache_model::cameo::symmetric(cameo);
        assert!(
            summary(&e).iter().any(|(c, s, t, _)| {
                c == cameo
                    && ((s == source && t == target) || (symmetric && s == target && t == source))
            }),
            "{text}: {:?}",
            summary(&e)
        );
    }
}

#[test]
fn a_party_named_without_its_person_acts_through_its_principal_person() {
    let e = events(
        Lang::En,
        "example.com",
        "2024-06-01",
        "Thai Defence Minister Sutin Klungsang received Lao Defence Minister Chansamone Chanyalath in Bangkok on Friday. After the ceremony, the two ministers held talks on border cooperation.",
    );
    let talks = e
        .iter()
        .find(|x| x.cameo == "040")
        .unwrap_or_else(|| panic!("{:?}", summary(&e)));
    let mut names = [talks.source.name.clone(), talks.target.name.clone()];
    names.sort();
    assert_eq!(
        names,
        [
            Some("Chansamone Chanyalath".to_string()),
            Some("Sutin Klungsang".to_string())
        ]
    );
    assert_eq!(talks.names_inferred, [true, true]);
    // A name the sentence gives is its own.
    let reception = e.iter().find(|x| x.cameo == "043").expect("reception");
    assert_eq!(reception.source.name.as_deref(), Some("Sutin Klungsang"));
    assert!(!reception.names_inferred[0]);
}

#[test]
fn a_statement_the_text_does_not_date_is_of_the_publication_month() {
    let e = events(
        Lang::Fr,
        "example.fr",
        "2024-06-12",
        "Le ministre laotien de la Défense a remercié le Cambodge pour son soutien.",
    );
    assert!(
        has(&e, "051", "LAO", "KHM", Some("2024-06")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn cooperation_and_aid_to_come_are_commitments() {
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-20",
        "The United States will provide an additional $50 million in security assistance to the Philippines, the State Department said on Thursday.",
    );
    assert!(has_parties(&e, "0332", "USA", "PHL"), "{:?}", summary(&e));
    assert!(e.iter().all(|x| x.tier == Tier::Verbal), "{e:?}");
    let e = events(
        Lang::Fr,
        "fr.example.ma",
        "2024-03-02",
        "Le Maroc et les États-Unis organiseront en mai l'exercice conjoint African Lion.",
    );
    let intent = e.iter().find(|x| x.cameo == "0312").expect("0312");
    assert_eq!(intent.tier, Tier::Verbal);
    // Dated when it was told, not when it is for.
    assert_eq!(intent.date.as_deref(), Some("2024-03-02"));
    // A noun in a future clause names no one's intent.
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-03-02",
        "The port call by the Japanese destroyer will mark a new step for Vietnam.",
    );
    assert!(
        !summary(&e).iter().any(|(c, ..)| c.starts_with("031")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn calls_on_leaders_deliveries_port_visits_and_royal_navies() {
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-20",
        "Indian Army Chief General Manoj Pande called on the Chief of Defence Forces of Australia in Canberra on 18 June.",
    );
    assert!(
        has(&e, "042", "IND", "AUS", Some("2024-06-18")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-20",
        "China called on the Philippines to stop provocations at sea.",
    );
    assert!(
        !summary(&e).iter().any(|(c, ..)| c == "042"),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-20",
        "Russia delivered two air defence systems to India on 19 June, the embassy said.",
    );
    assert!(
        has(&e, "072", "RUS", "IND", Some("2024-06-19")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-20",
        "The Royal Malaysian Navy and the Indian Navy held a joint exercise off Langkawi on 19 June.",
    );
    assert!(
        summary(&e)
            .iter()
            .any(|(c, s, t, _)| c == "062" && [s.as_str(), t.as_str()] == ["MYS", "IND"]),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-20",
        "The Australian frigate HMAS Anzac arrived in Da Nang on 19 June for a four-day port visit to Vietnam.",
    );
    assert!(has_parties(&e, "062", "AUS", "VNM"), "{:?}", summary(&e));
}

#[test]
fn goods_received_are_aid_from_the_agent_not_a_reception() {
    for (lang, text) in [
        (
            Lang::En,
            "Laos received 20 military trucks donated by Vietnam on 4 June, the ministry said.",
        ),
        (
            Lang::Fr,
            "Le Laos a reçu le 4 juin 20 camions militaires remis par le Vietnam.",
        ),
    ] {
        let e = events(lang, "news.example.com", "2024-06-05", text);
        let s = summary(&e);
        assert!(!s.iter().any(|(c, ..)| c == "043"), "{s:?}");
        assert!(
            s.iter()
                .any(|(c, so, t, _)| c.starts_with("07") && so == "VNM" && t == "LAO"),
            "{s:?}"
        );
    }
}

#[test]
fn a_meeting_named_as_the_occasion_frames_the_event_of_the_verb() {
    let e = events(
        Lang::Fr,
        "fr.example.vn",
        "2024-06-05",
        "En marge du Dialogue Shangri-La, le ministre vietnamien de la Défense a rencontré le 1er juin son homologue australien.",
    );
    let s = summary(&e);
    assert!(!s.iter().any(|(c, ..)| c == "046"), "{s:?}");
    assert!(has(&e, "044", "VNM", "AUS", Some("2024-06-01")), "{s:?}");
}

#[test]
fn concern_is_disapproval_and_an_announced_month_is_to_come() {
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-05",
        "Japan expressed serious concern over China's military activities near the Senkaku Islands on 4 June.",
    );
    assert!(
        has(&e, "110", "JPN", "CHN", Some("2024-06-04")),
        "{:?}",
        summary(&e)
    );
    // Read in June, `in November` is the next November.
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-05",
        "Cambodia will host the ASEAN Defence Ministers' Meeting in November, the Cambodian defence minister said.",
    );
    let announced = e.iter().find(|x| x.cameo == "036").expect("036");
    assert_eq!(announced.date.as_deref(), Some("2024-06-05/2024-11"));
}

#[test]
fn welcoming_a_guest_is_a_reception_welcoming_support_is_praise() {
    let e = events(
        Lang::En,
        "news.example.ph",
        "2025-03-29",
        "Philippine Defense Secretary Gilberto Teodoro welcomed US Defense Secretary Pete Hegseth in Manila on 28 March.",
    );
    assert!(
        has(&e, "043", "PHL", "USA", Some("2025-03-28")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::En,
        "news.example.ph",
        "2025-03-29",
        "Philippine Defense Secretary Gilberto Teodoro welcomed Japan's support for maritime security on 28 March.",
    );
    let s = summary(&e);
    assert!(!s.iter().any(|(c, ..)| c == "043"), "{s:?}");
    assert!(
        s.iter()
            .any(|(c, so, t, _)| c == "051" && so == "PHL" && t == "JPN"),
        "{s:?}"
    );
}

#[test]
fn statements_in_the_present_the_passive_state_and_warnings() {
    let e = events(
        Lang::Fr,
        "fr.example.vn",
        "2024-06-05",
        "« Le Vietnam souhaite renforcer la coopération avec la France dans la formation », a déclaré le 4 juin le ministre vietnamien de la Défense.",
    );
    assert!(
        has(&e, "030", "VNM", "FRA", Some("2024-06-04")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-05",
        "Australian Defence Minister Richard Marles said on 4 June that Australia was committed to deepening its defence relationship with Indonesia.",
    );
    assert!(
        has(&e, "030", "AUS", "IDN", Some("2024-06-04")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::Fr,
        "fr.example.com",
        "2024-06-05",
        "Pékin a mis en garde le 4 juin Washington contre toute ingérence dans ses affaires.",
    );
    assert!(
        has(&e, "130", "CHN", "USA", Some("2024-06-04")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_future_in_a_later_clause_does_not_announce_the_verb_before_it() {
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-05",
        "Indian Defence Minister Rajnath Singh arrived in Hanoi on 4 June for a three-day official visit to Vietnam, during which he will hold talks with his Vietnamese counterpart.",
    );
    assert!(
        has(&e, "042", "IND", "VNM", Some("2024-06-04/2024-06-06")),
        "{:?}",
        summary(&e)
    );
    assert!(
        summary(&e).iter().any(|(c, ..)| c == "036"),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn the_two_leaders_may_be_an_organisation_and_a_country() {
    let e = events(
        Lang::En,
        "news.example.com",
        "2023-02-01",
        "NATO Secretary General Jens Stoltenberg met Japanese Prime Minister Fumio Kishida in Tokyo on 31 January. The two leaders agreed a joint statement on 31 January.",
    );
    let s = summary(&e);
    assert!(
        s.iter().any(|(c, a, b, _)| c == "057"
            && [a.as_str(), b.as_str()].contains(&"NATO")
            && [a.as_str(), b.as_str()].contains(&"JPN")),
        "{s:?}"
    );
}

#[test]
fn organised_with_counterparts_is_a_meeting_and_a_handover_no_reception() {
    let e = events(
        Lang::Fr,
        "fr.example.vn",
        "2024-06-05",
        "Le 4 juin à Hanoï, le ministère vietnamien de la Défense a organisé une conférence sur la sécurité maritime en collaboration avec son homologue australien.",
    );
    assert!(
        has(&e, "040", "VNM", "AUS", Some("2024-06-04")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::Fr,
        "fr.example.vn",
        "2024-06-05",
        "Le 4 juin, la cérémonie de remise et de réception du patrouilleur s'est tenue au port de Hai Phong en présence de l'ambassadeur du Japon au Vietnam.",
    );
    let s = summary(&e);
    assert!(!s.iter().any(|(c, ..)| c == "043"), "{s:?}");
    assert!(s.iter().any(|(c, ..)| c == "070"), "{s:?}");
}

#[test]
fn a_delegation_to_a_named_meeting_visits_the_meeting_not_its_host() {
    let e = events(
        Lang::En,
        "news.example.vn",
        "2024-06-05",
        "Vietnamese Deputy Defence Minister Hoang Xuan Chien led a delegation to attend the ASEAN Defence Ministers' Meeting in Vientiane on 4 June.",
    );
    let s = summary(&e);
    assert!(
        !s.iter().any(|(c, _, t, _)| c == "042" && t == "LAO"),
        "{s:?}"
    );
    assert!(has(&e, "042", "VNM", "ADMM", Some("2024-06-04")), "{s:?}");
    // `spoke with` alone is a call.
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-05",
        "US Defense Secretary Lloyd Austin spoke with Japanese Minister of Defense Minoru Kihara on 4 June.",
    );
    assert!(
        has(&e, "041", "USA", "JPN", Some("2024-06-04")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn the_future_of_the_past_and_participles_sharing_an_auxiliary() {
    let e = events(
        Lang::Fr,
        "fr.example.com",
        "2024-06-05",
        "Le Premier ministre japonais a annoncé le 4 juin que le Japon fournirait aux Philippines cinq radars de surveillance côtière.",
    );
    assert!(
        has(&e, "0332", "JPN", "PHL", Some("2024-06-04")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::Fr,
        "fr.example.com",
        "2024-06-05",
        "La Chine a condamné le 4 juin la vente d'armes américaines à Taïwan et menacé les États-Unis de contre-mesures.",
    );
    assert!(
        has(&e, "130", "CHN", "USA", Some("2024-06-04")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::Fr,
        "fr.example.com",
        "2024-06-05",
        "Le chef d'état-major des armées françaises s'est entretenu le 4 juin au téléphone avec son homologue américain.",
    );
    assert!(
        has(&e, "041", "FRA", "USA", Some("2024-06-04")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn trips_tours_and_stays_are_visits() {
    let e = events(
        Lang::En,
        "news.example.vn",
        "2019-07-05",
        "The working trip to France by Vietnamese Deputy Minister of Defence Nguyen Chi Vinh from July 1 to 4 strengthened ties.",
    );
    assert!(has_parties(&e, "042", "VNM", "FRA"), "{:?}", summary(&e));
    let e = events(
        Lang::Fr,
        "fr.example.com",
        "2023-12-03",
        "Le ministre français des Armées a entamé le 2 décembre une tournée en Asie du Sud-Est par les Philippines.",
    );
    assert!(
        summary(&e)
            .iter()
            .any(|(c, s, _, _)| c == "042" && s == "FRA"),
        "{:?}",
        summary(&e)
    );
}

/// A class of goods in a pattern (`deliver … &materiel`) matches any of its
/// words; a title's trailing country adjective says whose it is; French
/// exercises are launched too.
#[test]
fn goods_classes_trailing_adjectives_and_launched_exercises() {
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-10",
        "Canberra will deliver three more patrol boats to Fiji next month, the Defence Minister announced.",
    );
    assert!(
        has(&e, "0332", "AUS", "FJI", Some("2024-05-10")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::Fr,
        "example.fr",
        "2024-05-10",
        "La Norvège a cédé deux frégates à la marine lituanienne mardi.",
    );
    assert!(
        has(&e, "072", "NOR", "LTU", Some("2024-05-07")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::Fr,
        "example.fr",
        "2024-05-10",
        "Le chef d'état-major des armées ghanéennes a été reçu mardi par le président togolais.",
    );
    assert!(
        has(&e, "043", "TGO", "GHA", Some("2024-05-07")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::Fr,
        "example.fr",
        "2024-05-10",
        "La Tunisie et l'Italie ont lancé lundi un exercice naval au large de Bizerte.",
    );
    assert!(has_parties(&e, "062", "TUN", "ITA"), "{:?}", summary(&e));
}

/// `met with visiting X`: X's visit; leaders `held a summit`; `a
/// téléphoné à`; a second person after a name ending in `Jr.`.
#[test]
fn visiting_guests_summits_calls_and_second_persons() {
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-10",
        "Chinese Defense Minister Dong Jun on Tuesday met with visiting Cambodian Defense Minister Tea Seiha in Beijing.",
    );
    assert!(
        has(&e, "042", "KHM", "CHN", Some("2024-05-07")),
        "{:?}",
        summary(&e)
    );
    assert!(
        has(&e, "040", "CHN", "KHM", Some("2024-05-07")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-10",
        "Japanese Prime Minister Fumio Kishida and US President Joe Biden held a summit at the White House on Wednesday.",
    );
    assert!(has_parties(&e, "040", "JPN", "USA"), "{:?}", summary(&e));
    let e = events(
        Lang::Fr,
        "example.fr",
        "2024-05-10",
        "Le ministre australien de la Défense a téléphoné mardi au ministre japonais de la Défense.",
    );
    assert!(
        has(&e, "041", "AUS", "JPN", Some("2024-05-07")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::En,
        "example.com",
        "2025-03-28",
        "Secretary of Defense Pete Hegseth travelled to Manila on Thursday to meet with President Ferdinand Marcos Jr. and Secretary of National Defense Gilberto Teodoro.",
    );
    let meetings = e.iter().filter(|x| x.cameo == "040" && !x.derived).count();
    assert_eq!(meetings, 2, "{:?}", summary(&e));
}

/// A visit told in an opening phrase is the main subject's, and the
/// subject of a passive is the main clause's, not the opening phrase's.
#[test]
fn an_opening_visit_and_a_passive_after_it() {
    let e = events(
        Lang::Fr,
        "example.fr",
        "2024-05-08",
        "En visite officielle à Rabat, le ministre espagnol de la Défense a été reçu mardi par son homologue marocain.",
    );
    assert!(
        has(&e, "042", "ESP", "MAR", Some("2024-05-07")),
        "{:?}",
        summary(&e)
    );
    assert!(
        has(&e, "043", "MAR", "ESP", Some("2024-05-07")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "On a visit to Hanoi, the Australian defence minister was received on Tuesday by his Vietnamese counterpart.",
    );
    assert!(
        has(&e, "043", "VNM", "AUS", Some("2024-05-07")),
        "{:?}",
        summary(&e)
    );
}

/// The subject of an infinitive: the main subject's for one of purpose
/// (`a convoqué l'ambassadeur … pour protester`), the object's after a
/// causative verb (`prompting Taipei to condemn`).
#[test]
fn subjects_of_infinitives() {
    let e = events(
        Lang::Fr,
        "example.fr",
        "2024-05-08",
        "Séoul a convoqué lundi l'ambassadeur de Russie pour protester contre les essais de missiles.",
    );
    assert!(
        summary(&e)
            .iter()
            .any(|(c, s, t, _)| c.starts_with("11") && s == "KOR" && t == "RUS"),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Chinese warships held drills near the Philippines on Monday, prompting Manila to condemn what it called provocations.",
    );
    assert!(has_parties(&e, "111", "PHL", "CHN"), "{:?}", summary(&e));
}

/// A statement is made in the news's days: a day long before in its
/// sentence is what it is about.
#[test]
fn a_statement_is_dated_in_the_news_not_by_the_day_it_recalls() {
    let e = events(
        Lang::En,
        "example.com",
        "2023-11-14",
        "Hanoi (VNA) - Defence Minister Phan Van Giang received his Cambodian counterpart Tea Seiha in Hanoi on November 13. Giang congratulated Cambodia on the 70th anniversary of its independence on November 9, 1953.",
    );
    let praise = e
        .iter()
        .find(|x| x.cameo == "051")
        .expect("the congratulations");
    assert_eq!(
        praise.date.as_deref(),
        Some("2023-11-13"),
        "{:?}",
        summary(&e)
    );
}

/// A meeting someone recalls is history, not an event of the news.
#[test]
fn a_recalled_meeting_is_no_event() {
    let e = events(
        Lang::En,
        "example.com",
        "2025-05-06",
        "Indian Defence Minister Rajnath Singh recalled his earlier meeting with Japanese Defence Minister Gen Nakatani and said the cooperation will grow.",
    );
    assert!(
        !summary(&e)
            .iter()
            .any(|(c, _, _, _)| c.starts_with("04") || c == "036"),
        "{:?}",
        summary(&e)
    );
}

/// Gratitude is praise (051); a request denied (`il n'y a pas de demande`)
/// is none.
#[test]
fn gratitude_and_denied_requests() {
    let e = events(
        Lang::Fr,
        "example.fr",
        "2023-01-20",
        "Le Monténégro est infiniment reconnaissant à l'Italie pour son soutien, a déclaré jeudi le Premier ministre.",
    );
    assert!(has_parties(&e, "051", "MNE", "ITA"), "{:?}", summary(&e));
    let e = events(
        Lang::En,
        "example.com",
        "2023-01-20",
        "Georgia is grateful to Estonia for its support, the Georgian defence minister said on Thursday.",
    );
    assert!(has_parties(&e, "051", "GEO", "EST"), "{:?}", summary(&e));
    let e = events(
        Lang::Fr,
        "example.fr",
        "2023-01-20",
        "Selon le ministre français, il n'y a pas de demande des autorités maliennes.",
    );
    assert!(
        !summary(&e).iter().any(|(c, _, _, _)| c.starts_with("02")),
        "{:?}",
        summary(&e)
    );
}

/// An activity asked for or offered is not done.
#[test]
fn a_proposed_activity_is_not_done() {
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Pyongyang rejected a proposal by Seoul to resume military talks, state media said on Wednesday.",
    );
    assert!(
        !summary(&e).iter().any(|(c, _, _, _)| c.starts_with("04")),
        "{:?}",
        summary(&e)
    );
    assert!(
        summary(&e)
            .iter()
            .any(|(c, s, t, _)| c.starts_with("12") && s == "PRK" && t == "KOR"),
        "{:?}",
        summary(&e)
    );
}

/// `In response to X's request, Y offered …`: the subject follows the
/// opening phrase; `US$` is a currency.
#[test]
fn an_offer_in_response_to_a_request() {
    let e = events(
        Lang::En,
        "example.com",
        "2025-03-30",
        "In response to Nepal's request for assistance, India has offered an emergency aid package worth US$500,000.",
    );
    assert!(
        summary(&e)
            .iter()
            .any(|(c, s, t, _)| c.starts_with("03") && s == "IND" && t == "NPL"),
        "{:?}",
        summary(&e)
    );
    assert!(
        !summary(&e)
            .iter()
            .any(|(_, s, t, _)| s == "USA" || t == "USA"),
        "{:?}",
        summary(&e)
    );
}

/// Criticism drawn from a party is that party's; joint sails are joint
/// activities.
#[test]
fn rebukes_drawn_and_joint_sails() {
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "A Canadian frigate sailed through the Taiwan Strait on Wednesday, drawing a rebuke from Beijing.",
    );
    assert!(has_parties(&e, "111", "CHN", "CAN"), "{:?}", summary(&e));
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Japan and the Philippines conducted a joint sail in the South China Sea on Saturday.",
    );
    assert!(has_parties(&e, "062", "JPN", "PHL"), "{:?}", summary(&e));
}

/// `Kiev a accusé Moscou de …`: an accusation, between the two capitals'
/// countries (both spellings of Kyiv).
#[test]
fn an_accusation_between_capitals() {
    let e = events(
        Lang::Fr,
        "example.fr",
        "2024-05-08",
        "Kiev a accusé Moscou d'avoir frappé des infrastructures énergétiques mardi.",
    );
    assert!(has_parties(&e, "112", "UKR", "RUS"), "{:?}", summary(&e));
}

#[test]
fn verbs_in_a_list_share_the_tense_and_subject_of_its_first() {
    // `visiter` continues the list `vont rendre visite…, déposer…`: it is
    // announced, and its subject is the guests', not the monument's person.
    let fr = events(
        Lang::Fr,
        "example.com",
        "2024-06-24",
        "Deux frégates de la Marine japonaise sont arrivées le 24 juin à Da Nang. Les marins japonais vont rendre visite au commandement de la 3e zone navale, déposer des fleurs au monument du Président Ho Chi Minh et visiter une unité de la Marine vietnamienne.",
    );
    assert!(has_parties(&fr, "036", "JPN", "VNM"), "{:?}", summary(&fr));
    assert!(!has_parties(&fr, "042", "VNM", "JPN"), "{:?}", summary(&fr));
    assert!(
        !fr.iter()
            .any(|e| !e.derived && e.cameo == "042" && e.evidence.contains("visiter")),
        "{:?}",
        summary(&fr)
    );
    // A bare verb after a comma with its own auxiliary is no list's.
    let done = events(
        Lang::Fr,
        "example.com",
        "2024-06-24",
        "Le ministre vietnamien va recevoir demain son homologue laotien, a indiqué le ministère. Le général Phan Van Giang a reçu le 23 juin l'ambassadeur du Japon.",
    );
    assert!(
        has(&done, "043", "VNM", "JPN", Some("2024-06-23")),
        "{:?}",
        summary(&done)
    );
}

#[test]
fn relief_goods_rescue_teams_training_and_arrivals() {
    let cases: &[(Lang, &str, &str, &str, &str)] = &[
        (
            Lang::En,
            "The Thai Defence Ministry presented 200 tonnes of rice to the Lao People's Army on May 2.",
            "073",
            "THA",
            "LAO",
        ),
        (
            Lang::Fr,
            "Le ministère thaïlandais de la Défense a offert 200 tonnes de riz à l'Armée populaire lao le 2 mai.",
            "073",
            "THA",
            "LAO",
        ),
        (
            Lang::Fr,
            "L'armée chinoise a dépêché une équipe médicale au Népal le 3 mai pour aider les sinistrés.",
            "073",
            "CHN",
            "NPL",
        ),
        (
            Lang::En,
            "The Japanese army dispatched a rescue team to Turkey on May 3.",
            "073",
            "JPN",
            "TUR",
        ),
        (
            Lang::Fr,
            "Des instructeurs français ont formé 30 officiers sénégalais à Dakar le 3 mai.",
            "062",
            "FRA",
            "SEN",
        ),
        (
            Lang::En,
            "The Thai Navy welcomed the arrival of the Indonesian Navy ship KRI Bima Suci at Sattahip on May 3.",
            "043",
            "THA",
            "IDN",
        ),
    ];
    assert_each_coded("2024-05-06", cases);
    // Training named as a field of cooperation to come is a topic.
    let topic = events(
        Lang::En,
        "example.com",
        "2024-05-06",
        "Thailand and Indonesia agreed to enhance cooperation, including education and training for Thai military personnel.",
    );
    assert!(
        !topic.iter().any(|e| e.cameo == "062"),
        "{:?}",
        summary(&topic)
    );
}

#[test]
fn a_meeting_of_two_countries_in_a_third_is_at_a_third_location() {
    // Held in a third country: 044, whatever the verb.
    let third = events(
        Lang::En,
        "example.com",
        "2024-06-02",
        "Thai Defence Minister Sutin Klungsang met his Cambodian counterpart Tea Seiha in Jakarta on Saturday.",
    );
    assert!(
        has_parties(&third, "044", "THA", "KHM"),
        "{:?}",
        summary(&third)
    );
    // In one party's country: 040.
    let home = events(
        Lang::En,
        "example.com",
        "2024-06-02",
        "Thai Defence Minister Sutin Klungsang met his Cambodian counterpart Tea Seiha in Bangkok on Saturday.",
    );
    assert!(
        has_parties(&home, "040", "THA", "KHM"),
        "{:?}",
        summary(&home)
    );
    // A story set on the sidelines of a gathering by its lead.
    let story = events(
        Lang::Fr,
        "example.com",
        "2024-06-02",
        "Le ministre thaïlandais de la Défense a eu des entretiens en marge du Dialogue Shangri-La.\nLe ministre thaïlandais de la Défense Sutin Klungsang a rencontré samedi son homologue cambodgien Tea Seiha.",
    );
    assert!(
        has_parties(&story, "044", "THA", "KHM"),
        "{:?}",
        summary(&story)
    );
    assert!(
        !has_parties(&story, "040", "THA", "KHM"),
        "{:?}",
        summary(&story)
    );
}

#[test]
fn what_is_discussed_is_a_topic_not_a_counterpart() {
    let e = events(
        Lang::En,
        "example.com",
        "2024-06-04",
        "Japanese Defence Minister Minoru Kihara discussed the challenges posed by China on Monday.",
    );
    assert!(!has_parties(&e, "040", "JPN", "CHN"), "{:?}", summary(&e));
    let with = events(
        Lang::En,
        "example.com",
        "2024-06-04",
        "Japanese Defence Minister Minoru Kihara discussed maritime security with his Philippine counterpart on Monday.",
    );
    assert!(
        has_parties(&with, "040", "JPN", "PHL"),
        "{:?}",
        summary(&with)
    );
    let fr = events(
        Lang::Fr,
        "example.com",
        "2024-06-04",
        "Le ministre japonais de la Défense a évoqué lundi les activités de la Chine en mer avec son homologue philippin.",
    );
    assert!(!has_parties(&fr, "040", "JPN", "CHN"), "{:?}", summary(&fr));
}

#[test]
fn peacekeepers_go_to_the_mission_and_places_are_not_parties() {
    for (lang, text) in [
        (
            Lang::Fr,
            "Le Cambodge a envoyé le 2 mai 180 casques bleus au Liban dans le cadre de la FINUL.",
        ),
        (
            Lang::En,
            "Cambodia sent 180 peacekeepers to Lebanon to join UNIFIL on May 2.",
        ),
    ] {
        let e = events(lang, "example.com", "2024-05-04", text);
        assert!(
            has_parties(&e, "074", "KHM", "UNIFIL"),
            "{text}\n{:?}",
            summary(&e)
        );
    }
    // The city a meeting is held in is where, not with whom.
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-04",
        "Singapore's Defence Minister attended the ASEAN Defence Ministers' Meeting in Vientiane on May 2.",
    );
    assert!(has_parties(&e, "040", "SGP", "ADMM"), "{:?}", summary(&e));
    assert!(!has_parties(&e, "040", "SGP", "LAO"), "{:?}", summary(&e));
}

#[test]
fn what_a_party_is_urged_to_stop_is_not_done() {
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-05-04",
        "Le ministre indien de la Défense a exhorté le Pakistan à cesser de soutenir les groupes armés.",
    );
    assert!(has_parties(&e, "021", "IND", "PAK"), "{:?}", summary(&e));
    assert!(!e.iter().any(|x| x.cameo == "032"), "{:?}", summary(&e));
    let en = events(
        Lang::En,
        "example.com",
        "2024-05-04",
        "India urged Pakistan to stop supporting armed groups.",
    );
    assert!(!en.iter().any(|x| x.cameo == "032"), "{:?}", summary(&en));
}

#[test]
fn appeals_are_statements_and_their_content_is_not_done() {
    for (lang, text) in [
        (
            Lang::En,
            "Thai Prime Minister Srettha Thavisin called on Cambodia to resolve the border dispute through dialogue.",
        ),
        (
            Lang::Fr,
            "Le Premier ministre thaïlandais a appelé le Cambodge à régler le différend frontalier par le dialogue.",
        ),
    ] {
        let e = events(lang, "example.com", "2024-05-08", text);
        assert!(has_parties(&e, "021", "THA", "KHM"), "{text}\n{:?}", summary(&e));
        assert!(
            !e.iter().any(|x| x.tier == Tier::Activity),
            "{text}\n{:?}",
            summary(&e)
        );
    }
    // A courtesy call on a person is still a visit.
    let call = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "The Thai navy chief called on Cambodian Defence Minister Tea Seiha in Phnom Penh on May 6 to discuss cooperation.",
    );
    assert!(
        has_parties(&call, "042", "THA", "KHM"),
        "{:?}",
        summary(&call)
    );
    // Welcomed decisions, support to continue.
    let welcomed = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Singapore's Defence Minister welcomed Australia's decision to increase its presence in the region.",
    );
    assert!(
        has_parties(&welcomed, "051", "SGP", "AUS"),
        "{:?}",
        summary(&welcomed)
    );
    let support = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "The Indian Navy chief said India will continue to support Vietnam in capacity building.",
    );
    assert!(
        has_parties(&support, "032", "IND", "VNM"),
        "{:?}",
        summary(&support)
    );
}

#[test]
fn a_gerund_opening_the_sentence_is_the_main_subjects_act() {
    for (lang, text) in [
        (
            Lang::Fr,
            "En recevant le 6 mai l'ambassadeur du Japon, le ministre thaïlandais de la Défense a salué les progrès de la coopération.",
        ),
        (
            Lang::En,
            "Receiving the Japanese ambassador on May 6, the Thai Defence Minister praised the progress of cooperation.",
        ),
        (
            Lang::En,
            "Upon receiving the Japanese ambassador on May 6, the Thai Defence Minister praised the progress of cooperation.",
        ),
    ] {
        let e = events(lang, "example.com", "2024-05-08", text);
        assert!(has_parties(&e, "043", "THA", "JPN"), "{text}\n{:?}", summary(&e));
        assert!(has_parties(&e, "051", "THA", "JPN"), "{text}\n{:?}", summary(&e));
        assert!(!has_parties(&e, "051", "JPN", "THA"), "{text}\n{:?}", summary(&e));
    }
}

#[test]
fn may_the_month_is_no_modal_and_a_gapped_visit_keeps_its_destination() {
    for text in [
        "The Indian defence minister arrived at Cam Ranh port on May 6 for a three-day official visit.",
        "The Indian defence minister arrived in Vietnam on May 6 for a three-day official visit.",
    ] {
        let e = events(Lang::En, "example.com", "2024-05-08", text);
        assert!(has_parties(&e, "042", "IND", "VNM"), "{text}\n{:?}", summary(&e));
    }
    // The modal still makes a visit hypothetical.
    let may = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "The Indian defence minister may arrive in Vietnam for an official visit.",
    );
    assert!(
        !has_parties(&may, "042", "IND", "VNM"),
        "{:?}",
        summary(&may)
    );
    // An exercise hosted is an exercise.
    let hosted = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Australia hosted the multinational Exercise Pitch Black in Darwin on May 6, with Indonesia taking part.",
    );
    assert!(
        has_parties(&hosted, "062", "AUS", "IDN"),
        "{:?}",
        summary(&hosted)
    );
    assert!(
        !has_parties(&hosted, "043", "AUS", "IDN"),
        "{:?}",
        summary(&hosted)
    );
}

#[test]
fn support_to_come_and_a_proposal_answered_are_commitments() {
    let cases = [
        (Lang::En, "Indonesia will support Malaysia to join the new maritime mechanism.", "032", "IDN", "MYS"),
        (Lang::Fr, "Le ministre thaïlandais a répondu favorablement aux propositions de son homologue malaisien.", "030", "THA", "MYS"),
        (Lang::En, "The Thai minister responded positively to the proposals of his Malaysian counterpart.", "030", "THA", "MYS"),
        (Lang::Fr, "La Thaïlande et la Malaisie se sont mises d'accord sur un plan de patrouilles.", "030", "THA", "MYS"),
    ];
    assert_each_coded("2024-05-08", &cases);
    // Support that was, or is, is no commitment to come.
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Indonesia supports the rules of the sea, Malaysia said.",
    );
    assert!(!has_parties(&e, "032", "IDN", "MYS"), "{:?}", summary(&e));
}

#[test]
fn contributing_to_an_outcome_is_no_aid() {
    for (lang, text) in [
        (Lang::En, "The Thai navy's visit to Malaysia ended on Friday, contributing to the development of the relationship."),
        (Lang::Fr, "La visite de la marine thaïlandaise en Malaisie s'est achevée vendredi, contribuant au renforcement de la relation."),
    ] {
        let e = events(lang, "example.com", "2024-05-08", text);
        assert!(
            !summary(&e).iter().any(|(c, ..)| c.starts_with("07")),
            "{text}\n{:?}",
            summary(&e)
        );
    }
    // Troops contributed to a mission still are.
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Thailand contributed an engineering company to the UN peacekeeping mission in South Sudan.",
    );
    assert!(
        summary(&e).iter().any(|(c, ..)| c.starts_with("07")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn what_follows_a_day_of_the_stay_is_of_that_day() {
    let text = "Une délégation du ministère thaïlandais de la Défense effectue du 4 au 8 mai une visite officielle en Malaisie. \
                Le dialogue de défense entre la Thaïlande et la Malaisie a eu lieu le 6 mai à Kuala Lumpur. \
                Les deux parties ont convenu de renforcer leur coopération dans la formation.";
    let e = events(Lang::Fr, "example.com", "2024-05-09", text);
    let agreed = summary(&e)
        .into_iter()
        .find(|(c, ..)| c.starts_with("03"))
        .unwrap_or_else(|| panic!("{:?}", summary(&e)));
    assert_eq!(agreed.3.as_deref(), Some("2024-05-06"), "{:?}", summary(&e));
    // Without a day named inside it, the stay dates the sentence.
    let text = "Une délégation du ministère thaïlandais de la Défense effectue du 4 au 8 mai une visite officielle en Malaisie. \
                Les deux parties ont convenu de renforcer leur coopération dans la formation.";
    let e = events(Lang::Fr, "example.com", "2024-05-09", text);
    let agreed = summary(&e)
        .into_iter()
        .find(|(c, ..)| c.starts_with("03"))
        .unwrap_or_else(|| panic!("{:?}", summary(&e)));
    assert_eq!(
        agreed.3.as_deref(),
        Some("2024-05-04/2024-05-08"),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn counterparts_of_several_nationalities_are_each_a_party() {
    for (lang, text) in [
        (Lang::Fr, "Le ministre thaïlandais de la Défense a rencontré ses homologues japonais, australien et indien à Bangkok lundi."),
        (Lang::En, "The Thai defence minister met his Japanese, Australian and Indian counterparts in Bangkok on Monday."),
    ] {
        let e = events(lang, "example.com", "2024-05-08", text);
        for target in ["JPN", "AUS", "IND"] {
            assert!(has_parties(&e, "040", "THA", target), "{text}\n{:?}", summary(&e));
        }
    }
}

#[test]
fn a_reception_for_a_guest_opens_the_hosts_sentence() {
    for (lang, text) in [
        (Lang::En, "At a reception for the Thai ambassador in Kuala Lumpur on June 26, Malaysian Deputy Defence Minister Adly Zahari stressed the importance of defence ties."),
        (Lang::Fr, "Lors d'une réception en l'honneur de l'ambassadeur thaïlandais à Kuala Lumpur le 26 juin, le vice-ministre malaisien de la Défense a souligné l'importance des liens de défense."),
    ] {
        let e = events(lang, "example.com", "2024-06-28", text);
        assert!(has_parties(&e, "043", "MYS", "THA"), "{text}\n{:?}", summary(&e));
        assert!(!has_parties(&e, "043", "THA", "MYS"), "{text}\n{:?}", summary(&e));
        assert!(
            !summary(&e).iter().any(|(c, s, ..)| c.starts_with("03") && s == "THA"),
            "{text}\n{:?}",
            summary(&e)
        );
    }
}

#[test]
fn an_amount_with_decimals_does_not_cut_the_predicate() {
    for (lang, text, cameo) in [
        (
            Lang::En,
            "Japan will provide $1.5 billion in security assistance to the Philippines.",
            "0332",
        ),
        (
            Lang::En,
            "Japan provided $1.5 billion in security assistance to the Philippines.",
            "072",
        ),
        (
            Lang::Fr,
            "Le Japon a fourni 1,5 milliard de dollars d'aide aux Philippines.",
            "070",
        ),
    ] {
        let e = events(lang, "example.com", "2024-05-08", text);
        assert!(
            has_parties(&e, cameo, "JPN", "PHL"),
            "{text}\n{:?}",
            summary(&e)
        );
    }
}

#[test]
fn a_clause_of_saying_may_leave_out_that() {
    // Told as to come, with or without `that`.
    for text in [
        "The Pentagon said that Washington would provide security assistance to Manila.",
        "The Pentagon said Washington would provide security assistance to Manila.",
    ] {
        let e = events(Lang::En, "example.com", "2024-05-08", text);
        assert!(
            has_parties(&e, "0332", "USA", "PHL"),
            "{text}\n{:?}",
            summary(&e)
        );
    }
    // What follows the clause's comma is the writer's again.
    let text = "Thai Defence Minister Sutin Klungsang said ties with Malaysia would develop further, during his reception for the Malaysian ambassador in Bangkok on Friday.";
    let e = events(Lang::En, "example.com", "2024-05-08", text);
    assert!(has_parties(&e, "043", "THA", "MYS"), "{:?}", summary(&e));
}

#[test]
fn a_joint_military_commission_is_a_mechanism() {
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-05-08",
        "Le Sénégal et la Gambie ont tenu à Dakar la 5e session de leur commission militaire mixte.",
    );
    assert!(has_parties(&e, "046", "SEN", "GMB"), "{:?}", summary(&e));
    // Held as a meeting, still the mechanism's session.
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Senegal and Gambia held the 5th Joint Defence Committee meeting in Dakar on Monday.",
    );
    assert!(has_parties(&e, "046", "SEN", "GMB"), "{:?}", summary(&e));
    assert!(!has_parties(&e, "040", "SEN", "GMB"), "{:?}", summary(&e));
}

#[test]
fn the_ceremonies_of_an_exercise_are_the_exercise() {
    for (lang, text) in [
        (Lang::En, "The Thai army chief and his Malaysian counterpart presided over the opening ceremony of the tenth Thai-Malaysian army exercise in Songkhla on Monday."),
        (Lang::En, "The Thai army chief and the Malaysian ambassador attended the opening ceremony of exercise Harimau Malaya in Songkhla on Monday."),
        (Lang::Fr, "Le chef de l'armée thaïlandaise et l'ambassadeur malaisien ont assisté à la cérémonie de clôture de l'exercice Harimau Malaya à Songkhla lundi."),
    ] {
        let e = events(lang, "example.com", "2024-05-08", text);
        let s = summary(&e);
        assert!(
            s.iter().any(|(c, a, b, _)| c == "062" && [a.as_str(), b.as_str()] == ["THA", "MYS"]),
            "{text}\n{s:?}"
        );
        assert!(!s.iter().any(|(c, ..)| c == "040"), "{text}\n{s:?}");
    }
    // A ceremony attended, its exercise named before, is no meeting.
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Exercise Harimau Malaya began in Songkhla on Monday. The Thai army chief and the Malaysian ambassador attended the opening ceremony.",
    );
    assert!(
        !summary(&e).iter().any(|(c, ..)| c == "040"),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_rescue_team_arriving_is_humanitarian_aid() {
    for (lang, text) in [
        (Lang::En, "A 60-member Thai rescue team arrived in Yangon on March 30 to assist in earthquake relief efforts in Myanmar."),
        (Lang::Fr, "Une équipe de sauvetage thaïlandaise est arrivée le 30 mars à Mandalay, au Myanmar."),
    ] {
        let e = events(lang, "example.com", "2025-04-01", text);
        assert!(has_parties(&e, "073", "THA", "MMR"), "{text}\n{:?}", summary(&e));
        assert!(!has_parties(&e, "042", "THA", "MMR"), "{text}\n{:?}", summary(&e));
    }
}

#[test]
fn a_ships_visit_is_a_port_call() {
    for (lang, text) in [
        (
            Lang::En,
            "The Indian frigate INS Tabar visited Cam Ranh on Monday.",
        ),
        (
            Lang::En,
            "Two Japanese destroyers paid a goodwill visit to Manila on Monday.",
        ),
        (
            Lang::Fr,
            "Deux navires de la marine indienne ont effectué une visite à Da Nang lundi.",
        ),
    ] {
        let e = events(lang, "example.com", "2024-03-10", text);
        let s = summary(&e);
        assert!(
            s.iter()
                .any(|(c, a, ..)| c == "062" && a != "VNM" && a != "PHL"),
            "{text}\n{s:?}"
        );
        assert!(!s.iter().any(|(c, ..)| c == "042"), "{text}\n{s:?}");
    }
    // A ship named before an aside still makes the visit a port call; a
    // person named after the comma makes it that person's visit.
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-03-10",
        "La frégate indienne Tabar, avec à son bord une centaine de marins, a effectué une visite à Da Nang lundi.",
    );
    assert!(has_parties(&e, "062", "IND", "VNM"), "{:?}", summary(&e));
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-03-10",
        "Après le départ de la frégate, le ministre indien de la Défense a effectué une visite à Da Nang lundi.",
    );
    assert!(has_parties(&e, "042", "IND", "VNM"), "{:?}", summary(&e));
    // The crew's courtesy call on the hosts is a visit.
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-03-10",
        "Le commandant de la frégate indienne a rendu lundi une visite de courtoisie au commandement de la Marine vietnamienne.",
    );
    assert!(has_parties(&e, "042", "IND", "VNM"), "{:?}", summary(&e));
}

#[test]
fn a_courtesy_call_goes_where_its_hosts_are() {
    for text in [
        "Le ministre indien a rendu une visite de courtoisie aux autorités de la ville de Da Nang.",
        "Le ministre indien a rendu une visite à Da Nang.",
    ] {
        let e = events(Lang::Fr, "example.com", "2024-03-10", text);
        assert!(
            has_parties(&e, "042", "IND", "VNM"),
            "{text}\n{:?}",
            summary(&e)
        );
    }
}

#[test]
fn calls_held_by_video_and_goods_donated() {
    let cases = [
        (Lang::En, "The Malaysian and Indonesian defence ministers held a video conference on Wednesday.", "041", "MYS", "IDN"),
        (Lang::Fr, "Les ministres malaisien et indonésien de la Défense ont tenu une visioconférence mercredi.", "041", "MYS", "IDN"),
        (Lang::En, "Japan donated two patrol boats worth $10 million to the Sri Lankan Navy.", "072", "JPN", "LKA"),
        (Lang::Fr, "Le Japon a fait don de deux patrouilleurs à la marine sri-lankaise.", "072", "JPN", "LKA"),
        // The visiting chief's country is his title's, not the host's.
        (Lang::En, "Indonesia's army chief met with the visiting Australian Chief of Army, Lt Gen Simon Stuart, in Jakarta.", "040", "IDN", "AUS"),
    ];
    assert_each_coded("2024-05-08", &cases);
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Indonesia's army chief met with the visiting Australian Chief of Army, Lt Gen Simon Stuart, in Jakarta.",
    );
    let met = e.iter().find(|e| e.cameo == "040").expect("the meeting");
    assert_eq!(met.target.name.as_deref(), Some("Simon Stuart"));
    assert_eq!(met.source.name, None);
}

#[test]
fn a_signing_witnessed_is_a_signing_and_a_ceremony_has_one_day() {
    for (lang, text) in [
        (Lang::Fr, "Le ministre thaïlandais et son homologue laotien ont assisté à la signature de plusieurs accords."),
        (Lang::En, "The Thai and Lao ministers witnessed the signing of several agreements."),
    ] {
        let e = events(lang, "example.com", "2024-05-08", text);
        let s = summary(&e);
        assert!(
            s.iter().any(|(c, a, b, _)| c == "057" && [a.as_str(), b.as_str()] == ["THA", "LAO"]),
            "{text}\n{s:?}"
        );
        assert!(!s.iter().any(|(c, ..)| c == "040"), "{text}\n{s:?}");
    }
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-05-08",
        "Le ministre laotien de la Défense effectue du 2 au 4 mai une visite officielle en Thaïlande. \
         Le 2 mai, le ministre thaïlandais de la Défense a présidé la cérémonie d'accueil de son homologue laotien à Bangkok.",
    );
    assert!(
        has(&e, "043", "THA", "LAO", Some("2024-05-02")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_future_in_a_relative_clause_announces_nothing_of_the_main_verb() {
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-05-08",
        "Le ministre thaïlandais, qui rendra visite aux autorités de la province de Luang Prabang, a été reçu par le ministre laotien.",
    );
    assert!(has_parties(&e, "043", "LAO", "THA"), "{:?}", summary(&e));
    // The main clause's future still announces what it lists.
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Laos will host the Thai delegation next week, including talks between the two defence ministers.",
    );
    assert!(!has_parties(&e, "043", "LAO", "THA"), "{:?}", summary(&e));
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-05-08",
        "Le ministre français des Armées a favorablement répondu aux propositions de son homologue vietnamien.",
    );
    assert!(has_parties(&e, "030", "FRA", "VNM"), "{:?}", summary(&e));
}

#[test]
fn what_a_party_is_warned_against_is_not_done_and_would_is_told_future() {
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Russia warned Japan against deploying missiles near its border.",
    );
    assert!(has_parties(&e, "130", "RUS", "JPN"), "{:?}", summary(&e));
    assert!(
        !summary(&e).iter().any(|(c, ..)| c.starts_with("07")),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Japan's defence minister said Tokyo would deepen security cooperation with Manila.",
    );
    assert!(has_parties(&e, "030", "JPN", "PHL"), "{:?}", summary(&e));
}

#[test]
fn a_hope_for_the_other_party_without_that_is_an_appeal() {
    for text in [
        "Thai Defence Minister Sutin Klungsang hoped Japan would continue to support Thailand in demining.",
        "Thai Defence Minister Sutin Klungsang hoped that Japan would continue to support Thailand in demining.",
    ] {
        let e = events(Lang::En, "example.com", "2024-05-08", text);
        assert!(has_parties(&e, "020", "THA", "JPN"), "{text}\n{:?}", summary(&e));
        assert!(!has_parties(&e, "030", "THA", "JPN"), "{text}\n{:?}", summary(&e));
    }
}

#[test]
fn both_sides_acting_on_a_third_party_each_act() {
    let e = events(
        Lang::En,
        "example.com",
        "2025-08-08",
        "The Cambodian and Thai defence ministers met in Kuala Lumpur. Both sides thanked Malaysia for hosting the meeting.",
    );
    assert!(has_parties(&e, "051", "KHM", "MYS"), "{:?}", summary(&e));
    assert!(has_parties(&e, "051", "THA", "MYS"), "{:?}", summary(&e));
    // Without a third party, both sides act together.
    let e = events(
        Lang::En,
        "example.com",
        "2025-08-08",
        "The Cambodian and Thai defence ministers met in Kuala Lumpur. Both sides agreed to strengthen cooperation.",
    );
    let s = summary(&e);
    assert!(
        s.iter()
            .any(|(c, a, b, _)| c == "030" && [a.as_str(), b.as_str()] == ["KHM", "THA"]),
        "{s:?}"
    );
}

#[test]
fn aid_offered_is_a_commitment_to_aid_and_an_agreement_denounced_no_criticism() {
    let cases = [
        (
            Lang::En,
            "Thailand has offered an emergency aid package worth $300,000 to Myanmar.",
            "033",
            "THA",
            "MMR",
        ),
        (
            Lang::Fr,
            "La Thaïlande a proposé son aide au Myanmar après le séisme.",
            "033",
            "THA",
            "MMR",
        ),
    ];
    assert_each_coded("2025-04-01", &cases);
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-04-10",
        "Le gouvernement malien avait dénoncé cet accord et exigé le départ des forces françaises.",
    );
    assert!(has_parties(&e, "100", "MLI", "FRA"), "{:?}", summary(&e));
    assert!(!has_parties(&e, "111", "MLI", "FRA"), "{:?}", summary(&e));
}

#[test]
fn what_both_sides_stress_is_needed_is_their_intent() {
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-05-08",
        "Le ministre thaïlandais a reçu son homologue laotien. Les deux parties ont insisté sur la nécessité de renforcer la coopération dans la formation.",
    );
    let s = summary(&e);
    assert!(
        s.iter()
            .any(|(c, a, b, _)| c == "030" && [a.as_str(), b.as_str()] == ["THA", "LAO"]),
        "{s:?}"
    );
    assert!(!s.iter().any(|(c, ..)| c.starts_with("02")), "{s:?}");
}

#[test]
fn decorations_awarded_are_ceremonial() {
    for (lang, text) in [
        (
            Lang::Fr,
            "Le ministre thaïlandais a remis l'ordre de l'Éléphant blanc à des officiers laotiens.",
        ),
        (
            Lang::En,
            "The Thai minister presented medals to Lao officers.",
        ),
    ] {
        let e = events(lang, "example.com", "2024-05-08", text);
        assert!(
            has_parties(&e, "050", "THA", "LAO"),
            "{text}\n{:?}",
            summary(&e)
        );
        assert!(
            !summary(&e)
                .iter()
                .any(|(c, ..)| c.starts_with("07") || c.starts_with("033")),
            "{text}\n{:?}",
            summary(&e)
        );
    }
}

#[test]
fn solidarity_praise_and_greetings_after_a_participial_opener() {
    let cases = [
        (Lang::En, "Japanese Defence Minister Minoru Kihara condemned the attack and expressed solidarity with Thailand.", "032", "JPN", "THA"),
        (Lang::Fr, "Le ministre japonais de la Défense a exprimé sa solidarité avec la Thaïlande.", "032", "JPN", "THA"),
        (Lang::En, "Speaking about Japan's support for Ukraine, the NATO Secretary General welcomed Japan's strict sanctions against Russia.", "051", "NATO", "JPN"),
        (Lang::En, "Congratulating Tea Seiha on his first official visit to Thailand, Thai Defence Minister Sutin Klungsang offered greetings to Cambodia on its national day.", "050", "THA", "KHM"),
    ];
    assert_each_coded("2024-05-08", &cases);
}

#[test]
fn a_joint_statement_launched_is_a_signing() {
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Australian Defence Minister Richard Marles visited Jakarta on Monday. The trip also saw the launch of a joint vision statement on maritime security.",
    );
    let s = summary(&e);
    assert!(
        s.iter()
            .any(|(c, a, b, _)| c == "057" && [a.as_str(), b.as_str()] == ["AUS", "IDN"]),
        "{s:?}"
    );
}

#[test]
fn a_signing_named_by_its_noun_and_what_is_only_proposed_or_agreed() {
    // `la signature` is a noun, determiner or not.
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-05-08",
        "Le Laos et la Thaïlande ont procédé à la signature d'un protocole de coopération.",
    );
    let s = summary(&e);
    assert!(
        s.iter()
            .any(|(c, a, b, _)| c == "057" && [a.as_str(), b.as_str()] == ["LAO", "THA"]),
        "{s:?}"
    );
    // A signing agreed on is to come.
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-05-08",
        "Le Laos et la Thaïlande se sont mis d'accord sur la préparation et la signature d'un plan de coopération.",
    );
    assert!(
        !summary(&e).iter().any(|(c, ..)| c == "057"),
        "{:?}",
        summary(&e)
    );
    // `a proposé de renforcer les échanges` is no exchange held; `ont
    // échangé` still is.
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-05-08",
        "La partie laotienne a proposé de renforcer les échanges de délégations avec la Thaïlande.",
    );
    assert!(
        !summary(&e).iter().any(|(c, ..)| c == "040"),
        "{:?}",
        summary(&e)
    );
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-05-08",
        "Les ministres laotien et thaïlandais de la Défense ont échangé des points de vue sur la sécurité régionale.",
    );
    assert!(
        summary(&e).iter().any(|(c, ..)| c == "040"),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_guest_welcomed_or_honoured_with_a_banquet_is_received() {
    for (lang, text) in [
        (
            Lang::Fr,
            "Le ministre thaïlandais a souhaité la bienvenue au ministre laotien de la Défense.",
        ),
        (
            Lang::Fr,
            "Le ministre thaïlandais a offert un banquet en l'honneur de son homologue laotien.",
        ),
        (
            Lang::En,
            "The Thai minister hosted a dinner for his Lao counterpart.",
        ),
    ] {
        let e = events(lang, "example.com", "2024-05-08", text);
        assert!(
            has_parties(&e, "043", "THA", "LAO"),
            "{text}\n{:?}",
            summary(&e)
        );
        assert!(
            !summary(&e).iter().any(|(c, ..)| c == "030" || c == "050"),
            "{text}\n{:?}",
            summary(&e)
        );
    }
}

#[test]
fn a_relationship_valued_is_an_intent_and_one_appreciated_praise() {
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Thai Defence Minister Sutin Klungsang said Thailand values its defence relationship with Laos.",
    );
    assert!(has_parties(&e, "030", "THA", "LAO"), "{:?}", summary(&e));
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-05-08",
        "Le ministre thaïlandais de la Défense a hautement apprécié les progrès des liens entre la Thaïlande et le Laos.",
    );
    assert!(!has_parties(&e, "030", "THA", "LAO"), "{:?}", summary(&e));
}

#[test]
fn a_date_of_a_relative_clause_is_not_the_predicates() {
    let e = events(
        Lang::Fr,
        "example.com",
        "",
        "Le 11 décembre, le dialogue de défense entre la Thaïlande et le Laos a eu lieu à Bangkok. \
         Lors du dialogue, le général thaïlandais a hautement apprécié le projet de déminage mené avec le Laos, qui a été lancé le 5 décembre.",
    );
    let praise = summary(&e)
        .into_iter()
        .find(|(c, ..)| c == "051")
        .unwrap_or_else(|| panic!("{:?}", summary(&e)));
    assert_eq!(praise.3.as_deref(), Some("XXXX-12-11"), "{:?}", summary(&e));
    // Nor does the date of what was agreed or said (`a convenu qu'une
    // répétition sera organisée le 21 octobre`).
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-10",
        "Le 10 octobre à Vientiane, le ministre laotien de la Défense a reçu le vice-ministre thaïlandais.          Au cours de l'audience, le ministre laotien a félicité la Thaïlande pour son organisation et a indiqué qu'un exercice d'essai aura lieu le 21 octobre.",
    );
    let praise = summary(&e)
        .into_iter()
        .find(|(c, ..)| c == "051")
        .unwrap_or_else(|| panic!("{:?}", summary(&e)));
    assert_eq!(praise.3.as_deref(), Some("2024-10-10"), "{:?}", summary(&e));
    // A clause saying when the event took place still dates it.
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "Thailand and Laos held their defence dialogue, which took place on May 6 in Bangkok.",
    );
    assert!(
        summary(&e)
            .iter()
            .any(|(c, .., d)| c.starts_with("04") && d.as_deref() == Some("2024-05-06")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_meeting_on_the_sidelines_of_a_dialogue_is_its_own() {
    let cases = [
        (
            Lang::Fr,
            "Lors du 5e Dialogue sur la politique de défense entre le Royaume-Uni et la Thaïlande à Bangkok, les deux pays ont réaffirmé leur volonté de coopérer. Le secrétaire d'État britannique à la Défense, John Carter, a rencontré le ministre thaïlandais de la Défense, le général Somchai Prasert, en marge de ce dialogue.",
        ),
        (
            Lang::En,
            "The fifth UK-Thailand Defence Policy Dialogue was co-chaired in Bangkok by the two defence secretaries. British Defence Secretary John Carter met Thai Defence Minister Somchai Prasert on the sidelines of the dialogue.",
        ),
    ];
    for (lang, text) in cases {
        let e = events(lang, "example.com", "2025-05-05", text);
        let codes: Vec<&str> = e
            .iter()
            .filter(|x| !x.derived && x.cameo.starts_with("04"))
            .map(|x| x.cameo.as_str())
            .collect();
        assert!(
            codes.contains(&"046") && codes.contains(&"044"),
            "{text}\n{:?}",
            summary(&e)
        );
    }
}

#[test]
fn a_guest_welcomed_by_a_host_named_in_an_opener_is_the_pronoun_after_it() {
    let text = "Le ministre indonésien de la Défense, Budi Santoso, s'est rendu à Canberra le 3 mai. Accueilli chaleureusement par son homologue, Richard Miles, il s'est entretenu avec l'état-major australien avant d'être reçu par le Premier ministre australien, Anthony Albanese.";
    let e = events(Lang::Fr, "example.com", "2025-05-05", text);
    assert!(has_parties(&e, "040", "IDN", "AUS"), "{:?}", summary(&e));
    assert!(!has_parties(&e, "040", "AUS", "IDN"), "{:?}", summary(&e));
    let received: Vec<&Event> = e
        .iter()
        .filter(|x| x.cameo == "043" && x.source.party() == Some("AUS"))
        .collect();
    assert!(
        received
            .iter()
            .any(|x| x.source.name.as_deref() == Some("Anthony Albanese")),
        "{:?}",
        summary(&e)
    );
    // A participle opening the sentence with its agent is a passive: the
    // host receives the guest the pronoun after it stands for.
    for text in [
        "Le ministre indonésien de la Défense, Budi Santoso, s'est rendu à Canberra le 11 mai. Accueilli par son homologue, il s'est entretenu avec l'état-major australien.",
        "Le ministre indonésien de la Défense, Budi Santoso, s'est rendu à Canberra le 11 mai. Accueilli par son homologue Richard Miles, il s'est entretenu avec l'état-major australien.",
    ] {
        let e = events(Lang::Fr, "example.com", "2025-05-20", text);
        assert!(has_parties(&e, "043", "AUS", "IDN"), "{text}\n{:?}", summary(&e));
        assert!(!has_parties(&e, "043", "IDN", "AUS"), "{text}\n{:?}", summary(&e));
        assert!(has_parties(&e, "040", "IDN", "AUS"), "{text}\n{:?}", summary(&e));
    }
    // The same in English.
    let text = "Indonesian Defence Minister Budi Santoso arrived in Canberra on May 3. Welcomed by his Australian counterpart, Richard Miles, he held talks with the Australian chiefs of staff.";
    let e = events(Lang::En, "example.com", "2025-05-05", text);
    assert!(has_parties(&e, "040", "IDN", "AUS"), "{:?}", summary(&e));
    assert!(has_parties(&e, "043", "AUS", "IDN"), "{:?}", summary(&e));
    // A participle with no agent is no passive (`Prior to visiting X, Y
    // visited Z`: nothing of X's).
    let text =
        "Prior to visiting Vietnam, the aircraft carrier USS Carl Vinson visited the Philippines.";
    let e = events(Lang::En, "example.com", "2018-03-05", text);
    assert!(
        !e.iter().any(|x| x.source.party() == Some("VNM")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_hard_wrapped_text_is_read_across_its_line_breaks() {
    // The reception's agent is on the next line; `signe de` is a noun.
    let text = "Du 11 au 13 mai, le ministre indonésien de la Défense, Budi Santoso, s'est rendu à Canberra.\nAccueilli par son homologue, il s'est entretenu avec l'état-major australien avant\nd'être reçu par le Premier ministre australien, M. Anthony\nAlbanese, signe de la qualité des liens entre les deux pays.";
    let e = events(Lang::Fr, "example.com", "2025-05-20", text);
    assert!(has_parties(&e, "043", "AUS", "IDN"), "{:?}", summary(&e));
    assert!(!e.iter().any(|x| x.cameo == "057"), "{:?}", summary(&e));
}

#[test]
fn arms_sent_or_given_whatever_the_order_of_the_words() {
    let cases = [
        (Lang::Fr, "Au titre d'un contrat, la Russie a livré jeudi au Burkina Faso deux hélicoptères.", "062", "RUS", "BFA"),
        (Lang::Fr, "Le Burkina Faso a réceptionné deux hélicoptères jeudi. Les fusils et les obus ont été offerts par la Russie.", "072", "RUS", "BFA"),
        (Lang::En, "Japan sent two patrol vessels to the Philippines last week.", "072", "JPN", "PHL"),
        (Lang::En, "The Philippine Navy commissioned its new ships on Monday. The vessels were donated by Japan.", "072", "JPN", "PHL"),
        // A party inside the predicate's words is not its agent (this once
        // sliced the text backwards and stopped the run).
        (Lang::Fr, "Le Mali a reçu des hélicoptères. Les armes russes sont offertes par la Russie au Mali.", "072", "RUS", "MLI"),
    ];
    assert_each_coded("2024-05-08", &cases);
    // A visit named by its participle is no gift, nor a passive.
    let e = events(
        Lang::En,
        "example.com",
        "2018-03-05",
        "Prior to visiting Vietnam, the aircraft carrier USS Carl Vinson visited the Philippines.",
    );
    assert!(
        !e.iter().any(|x| x.source.party() == Some("VNM")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn arms_received_are_given_by_the_party_they_come_from() {
    let cases = [
        (Lang::En, "Kenya on Tuesday received the first four of twelve armoured vehicles it ordered from Turkey.", "062", "TUR", "KEN"),
        (Lang::En, "The Ghanaian Navy took delivery of two patrol boats from China on Friday.", "072", "CHN", "GHA"),
        (Lang::Fr, "Le Niger a réceptionné lundi les deux premiers drones commandés à la Turquie.", "062", "TUR", "NER"),
        (Lang::Fr, "Le Bénin a reçu jeudi de la France quatre véhicules blindés.", "072", "FRA", "BEN"),
        (Lang::En, "Benin has also received a maritime patrol aircraft from France.", "072", "FRA", "BEN"),
        (Lang::En, "Japan handed over two fast patrol craft to the Benin Navy on Thursday.", "072", "JPN", "BEN"),
    ];
    assert_each_coded("2024-05-08", &cases);
    // Received on board a ship, a guest is received: a reception, not a gift.
    for (lang, text) in [
        (Lang::Fr, "Le ministre ghanéen de la Défense a reçu à bord de la frégate le commandant de la marine française."),
        (Lang::En, "Ghana's defence minister received the commander of the French navy aboard the frigate on Monday."),
    ] {
        let e = events(lang, "example.com", "2024-05-08", text);
        assert!(has_parties(&e, "043", "GHA", "FRA"), "{text}\n{:?}", summary(&e));
        assert!(!e.iter().any(|x| x.cameo.starts_with("07")), "{text}\n{:?}", summary(&e));
    }
}

#[test]
fn a_day_told_from_the_day_before_it() {
    let cases = [
        (Lang::Fr, "Le ministre ghanéen a été reçu le 12 février par son homologue français. La veille, il s'était rendu en Belgique, où il a rencontré le ministre belge de la Défense.", "2026-02-11"),
        (Lang::En, "Ghana's defence minister was received by his French counterpart on February 12. The next day, he met Belgian Defence Minister Theo Francken in Brussels.", "2026-02-13"),
        (Lang::En, "Ghana's defence minister was received by his French counterpart on February 12. On the same day, he met Belgian Defence Minister Theo Francken in Paris.", "2026-02-12"),
    ];
    for (lang, text, day) in cases {
        let e = events(lang, "example.com", "2026-02-16", text);
        let met = e
            .iter()
            .find(|x| x.target.party() == Some("BEL") || x.source.party() == Some("BEL"))
            .unwrap_or_else(|| panic!("{text}\n{:?}", summary(&e)));
        assert_eq!(met.date.as_deref(), Some(day), "{text}\n{:?}", summary(&e));
    }
}

#[test]
fn two_word_adverbs_between_auxiliary_and_participle() {
    let cases = [
        (
            Lang::Fr,
            "Le Ghana a par ailleurs rejeté les accusations du Togo.",
            "120",
            "GHA",
            "TGO",
        ),
        (
            Lang::Fr,
            "Le ministre ghanéen a en outre reçu l'ambassadeur du Togo.",
            "043",
            "GHA",
            "TGO",
        ),
        (
            Lang::Fr,
            "Le ministre ghanéen a pour sa part salué le soutien du Togo.",
            "051",
            "GHA",
            "TGO",
        ),
        (
            Lang::En,
            "Ghana has meanwhile rejected Togo's accusations.",
            "120",
            "GHA",
            "TGO",
        ),
    ];
    assert_each_coded("2024-05-08", &cases);
}

#[test]
fn wanting_closer_cooperation_is_an_intent() {
    let cases = [
        (Lang::En, "Ghanaian Defence Minister Omane Boamah said Ghana wanted to expand defence cooperation with Togo.", "030", "GHA", "TGO"),
        (Lang::Fr, "Le ministre ghanéen a indiqué que le Ghana voulait renforcer sa coopération avec le Togo.", "030", "GHA", "TGO"),
    ];
    assert_each_coded("2024-05-08", &cases);
    // Watching a demonstration is no talks.
    let e = events(
        Lang::Fr,
        "example.com",
        "2024-05-08",
        "Le ministre ghanéen s'est rendu en France, où il a assisté à une démonstration du Rafale.",
    );
    assert!(!e.iter().any(|x| x.cameo == "040"), "{:?}", summary(&e));
}

#[test]
fn a_reported_clause_names_its_own_subject() {
    // The guest named first is not the subject of what the host said.
    let cases = [
        (Lang::En, "US General Randy Hollis paid a courtesy call on Ghanaian Defence Minister Omane Boamah, who welcomed him and said Ghana wanted to expand cooperation with the United States.", "030", "GHA", "USA"),
        (Lang::En, "Ghanaian Defence Minister Omane Boamah received US General Randy Hollis and said the United States stood ready to support Ghana in training.", "030", "USA", "GHA"),
        (Lang::Fr, "Le général américain Randy Hollis a rencontré le ministre ghanéen Omane Boamah, qui a affirmé que le Ghana souhaitait élargir sa coopération avec les États-Unis.", "030", "GHA", "USA"),
    ];
    assert_each_coded("2024-05-08", &cases);
    // A reference to what was agreed before is no new intent.
    let e = events(
        Lang::En,
        "example.com",
        "2024-05-08",
        "He said the two countries' defence cooperation had developed well, in line with the contents agreed upon by Ghanaian and US leaders.",
    );
    assert!(
        e.iter().all(|x| x.tier != Tier::Verbal),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn activities_agreed_or_decided_are_to_come() {
    for (lang, text) in [
        (Lang::Fr, "Le Ghana et le Togo ont convenu d'organiser de nouvelles patrouilles conjointes cette année."),
        (Lang::Fr, "Le Ghana et le Togo ont décidé de mener des patrouilles conjointes le long de la frontière."),
        (Lang::En, "Ghana and Togo agreed to conduct new joint patrols this year."),
    ] {
        let e = events(lang, "example.com", "2026-03-06", text);
        assert!(
            !e.iter().any(|x| x.tier == Tier::Activity),
            "{text}\n{:?}",
            summary(&e)
        );
        // (An intent, 030, or the finer intent of military cooperation, 0312.)
        let intent = |source: &str, target: &str| {
            has_parties(&e, "030", source, target) || has_parties(&e, "0312", source, target)
        };
        assert!(intent("GHA", "TGO") || intent("TGO", "GHA"), "{text}\n{:?}", summary(&e));
    }
    // Talks agreed on are a meeting to come.
    let cases = [
        (Lang::En, "Ghana and Togo also agreed to hold their first two-plus-two talks early next year.", "036", "GHA", "TGO"),
        (Lang::Fr, "Le Ghana et le Togo ont convenu de tenir leurs premiers entretiens 2+2 au début de l'année prochaine.", "036", "GHA", "TGO"),
    ];
    assert_each_coded("2026-03-06", &cases);
}

#[test]
fn being_willing_or_prepared_is_an_intent() {
    let cases = [
        (
            Lang::Fr,
            "Le ministre a indiqué que le Ghana était disposé à travailler avec le Togo.",
            "030",
            "GHA",
            "TGO",
        ),
        (
            Lang::En,
            "He said Ghana was willing to work with Togo to secure the border.",
            "030",
            "GHA",
            "TGO",
        ),
        (
            Lang::En,
            "Ghana is prepared to deepen its cooperation with Togo, the minister said.",
            "030",
            "GHA",
            "TGO",
        ),
        (
            Lang::En,
            "The Ghanaian minister expressed his willingness to cooperate with Togo.",
            "030",
            "GHA",
            "TGO",
        ),
    ];
    assert_each_coded("2026-03-06", &cases);
}

#[test]
fn a_day_that_opens_a_sentence_moves_the_story_on() {
    // Published on a Wednesday: Monday is the 30th, Tuesday the 1st.
    let text = "Le ministre ghanéen de la Défense est arrivé lundi à Lomé pour une visite officielle.\n\nMardi matin, son homologue togolais a présidé la cérémonie d'accueil.\n\nLes deux ministres ont signé à l'issue de la cérémonie un mémorandum d'entente.";
    let e = events(Lang::Fr, "example.com", "2026-12-02", text);
    assert!(
        has(&e, "057", "GHA", "TGO", Some("2026-12-01"))
            || has(&e, "057", "TGO", "GHA", Some("2026-12-01")),
        "{:?}",
        summary(&e)
    );
    // A day at a sentence's end says when it was reported.
    let text = "Ghana's defence minister and his Togolese counterpart held a video call on Tuesday, as reported by the state news agency on Wednesday.\n\nThe Ghanaian minister thanked Togo for its support.";
    let e = events(Lang::En, "example.com", "2026-12-02", text);
    assert!(
        has(&e, "051", "GHA", "TGO", Some("2026-12-01")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_clause_after_while_names_its_own_subject() {
    let cases = [
        (Lang::En, "Ghanaian minister Omane Boamah thanked Togo for its support, while the Togolese minister praised the Ghanaian navy.", "051", "TGO", "GHA"),
        (Lang::Fr, "Le ministre ghanéen a remercié le Togo pour son soutien, tandis que le ministre togolais a salué la marine ghanéenne.", "051", "TGO", "GHA"),
    ];
    assert_each_coded("2026-03-06", &cases);
}

#[test]
fn talks_held_by_video_call_are_one_call() {
    for (lang, text) in [
        (Lang::Fr, "Le ministre ghanéen s'est entretenu jeudi par visioconférence avec son homologue togolais."),
        (Lang::En, "Ghana's defence minister held talks with his Togolese counterpart via video conference on Thursday."),
    ] {
        let e = events(lang, "example.com", "2026-03-06", text);
        let codes: Vec<&str> = e.iter().filter(|x| !x.derived).map(|x| x.cameo.as_str()).collect();
        assert_eq!(codes, ["041"], "{text}\n{:?}", summary(&e));
    }
}

#[test]
fn a_call_on_an_officer_of_any_rank_is_a_visit() {
    let cases = [
        (Lang::En, "The commanding officer of the Turkish frigate called on Pakistani Rear Admiral Faisal Qureshi in Karachi.", "042", "TUR", "PAK"),
        (Lang::En, "The Turkish ambassador called on Pakistani army chief General Asim Malik in Rawalpindi.", "042", "TUR", "PAK"),
    ];
    assert_each_coded("2026-03-06", &cases);
}

#[test]
fn a_delegation_received_in_the_feminine() {
    let cases = [
        (
            Lang::Fr,
            "La délégation ghanéenne a été reçue lundi par le président togolais.",
            "043",
            "TGO",
            "GHA",
        ),
        (
            Lang::Fr,
            "La ministre ghanéenne a été reçue par son homologue togolais.",
            "043",
            "TGO",
            "GHA",
        ),
    ];
    assert_each_coded("2026-10-09", &cases);
}

#[test]
fn a_port_call_and_the_exercise_held_after_it_are_two_events() {
    let text = "La frégate ghanéenne Achimota a fait escale à Lomé du 2 au 5 avril.\n\nLes marins ghanéens et togolais ont ensuite mené un exercice de passage au large des côtes togolaises.";
    let e = events(Lang::Fr, "example.com", "2026-04-06", text);
    let cooperation = e.iter().filter(|x| x.cameo == "062" && !x.derived).count();
    assert_eq!(cooperation, 2, "{:?}", summary(&e));
}

#[test]
fn an_activity_dated_after_the_publication_is_to_come() {
    // Published on March 6: an exercise on March 20 has not happened.
    let e = events(
        Lang::En,
        "example.com",
        "2026-03-06",
        "Ghanaian and Togolese defence officials signed a memorandum in Accra on Monday. The two navies held a joint exercise off Lomé on March 20, 2026.",
    );
    assert!(!e.iter().any(|x| x.cameo == "062"), "{:?}", summary(&e));
    // An infinitive joined to a planned one is planned too.
    let e = events(
        Lang::Fr,
        "example.com",
        "2026-12-01",
        "Les deux généraux ghanéen et togolais ont convenu de renforcer l'interopérabilité de leurs forces et d'organiser un exercice commun en 2027.",
    );
    assert!(
        !e.iter().any(|x| x.tier == Tier::Activity),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_country_known_by_its_initials() {
    let cases = [
        (Lang::En, "Prime Minister Anthony Albanese and his PNG counterpart James Marape signed a defence treaty in Canberra on Tuesday.", "057", "AUS", "PNG"),
    ];
    assert_each_coded("2026-09-24", &cases);
}

#[test]
fn a_stated_will_is_an_intent_but_not_across_a_that_clause() {
    let cases = [
        (Lang::Fr, "Le général ghanéen a souligné la volonté du Ghana de renforcer sa coopération avec le Togo.", "030", "GHA", "TGO"),
        (Lang::En, "The Ghanaian minister reaffirmed Ghana's commitment to its partnership with Togo.", "030", "GHA", "TGO"),
    ];
    assert_each_coded("2026-09-18", &cases);
    let e = events(
        Lang::Fr,
        "example.com",
        "2026-09-18",
        "Le ministre ghanéen a souligné que cette deuxième édition du forum togolais illustrait la volonté des entreprises.",
    );
    assert!(!e.iter().any(|x| x.cameo == "030"), "{:?}", summary(&e));
}

#[test]
fn aid_announced_or_pledged_is_an_intent_to_aid() {
    let cases = [
        (
            Lang::Fr,
            "Le Japon a annoncé une aide de 20 millions de dollars au Ghana pour le déminage.",
            "033",
            "JPN",
            "GHA",
        ),
        (
            Lang::En,
            "Japan pledged $50 million in security assistance to Ghana on Friday.",
            "033",
            "JPN",
            "GHA",
        ),
    ];
    assert_each_coded("2026-06-14", &cases);
}

#[test]
fn each_person_thanked_in_a_list_is_thanked() {
    let e = events(
        Lang::En,
        "example.com",
        "2026-07-21",
        "Ghanaian President John Mahama thanked Togolese President Faure Gnassingbé and Nigerian President Bola Tinubu for their mediation.",
    );
    assert!(has_parties(&e, "051", "GHA", "TGO"), "{:?}", summary(&e));
    assert!(has_parties(&e, "051", "GHA", "NGA"), "{:?}", summary(&e));
}

#[test]
fn their_meeting_named_as_an_occasion_is_a_meeting() {
    let cases = [
        (Lang::En, "Ghanaian Defence Minister Omane Boamah and Togolese Defence Minister Marguerite Gnakadé agreed to step up joint patrols during their meeting in Accra on Thursday.", "040", "GHA", "TGO"),
    ];
    assert_each_coded("2026-10-03", &cases);
}

#[test]
fn a_rescue_team_arrives_past_a_long_complement() {
    let cases = [
        (Lang::En, "A 50-member Thai rescue team from the Royal Thai Army and the Ministry of Public Health arrived in Nepal on May 2 to help with earthquake relief.", "073", "THA", "NPL"),
        (Lang::Fr, "Une équipe thaïlandaise de secours de l'armée royale et du ministère de la Santé publique est arrivée au Népal le 2 mai.", "073", "THA", "NPL"),
    ];
    assert_each_coded("2024-05-08", &cases);
}

#[test]
fn taking_part_in_a_un_force_is_peacekeeping() {
    let cases = [
        (Lang::Fr, "Fin avril, la Thaïlande a dépêché des sapeurs pour participer à la Force intérimaire des Nations Unies au Liban.", "074", "THA", "UNIFIL"),
        (Lang::En, "On April 27, Thailand sent an engineering team to take part in UN peacekeeping in Lebanon.", "074", "THA", "UN"),
    ];
    assert_each_coded("2024-05-08", &cases);
}

#[test]
fn what_someone_demands_is_not_done() {
    let cases = [
        (Lang::Fr, "Le cessez-le-feu est entré en vigueur le 28 juillet, exigeant que la Thaïlande transfère au Cambodge les armes saisies."),
        (Lang::Fr, "Le Cambodge a exigé que la Thaïlande livre les armes saisies."),
        (Lang::En, "Washington demanded that Seoul deliver the missiles to Ukraine by June."),
    ];
    for (lang, text) in cases {
        let e = events(lang, "example.com", "2025-07-30", text);
        assert!(
            !e.iter().any(|x| x.cameo.starts_with("07")),
            "{text}\n{:?}",
            summary(&e)
        );
    }
}

#[test]
fn each_host_named_receives_and_initials_do_not_end_a_clause() {
    let text = "Philippine President Juan R. Santos Jr. and Defense Secretary Maria C. Reyes welcomed U.S. Secretary of Defense John Miller in Manila on March 27.";
    let e = events(Lang::En, "example.com", "2025-03-29", text);
    let hosts: Vec<Option<&str>> = e
        .iter()
        .filter(|x| x.cameo == "043" && x.source.party() == Some("PHL"))
        .map(|x| x.source.name.as_deref())
        .collect();
    assert!(
        hosts.contains(&Some("Juan R. Santos Jr.")) && hosts.contains(&Some("Maria C. Reyes")),
        "{hosts:?} {:?}",
        summary(&e)
    );
    let text = "Le Premier ministre Hun Manet et le ministre de la Défense Tea Seiha ont reçu le ministre vietnamien de la Défense Phan Van Giang le 12 mai à Phnom Penh.";
    let e = events(Lang::Fr, "example.com", "2025-05-13", text);
    assert_eq!(
        e.iter().filter(|x| x.cameo == "043" && !x.derived).count(),
        2,
        "{:?}",
        summary(&e)
    );
    // Talks held together stay one.
    let text = "Defense Secretary Maria Reyes and U.S. Defense Secretary John Miller held talks in Manila on March 27.";
    let e = events(Lang::En, "example.com", "2025-03-29", text);
    assert_eq!(
        e.iter()
            .filter(|x| x.cameo.starts_with("04") && !x.derived)
            .count(),
        1,
        "{:?}",
        summary(&e)
    );
}

#[test]
fn an_organisations_meeting_told_again_is_what_a_delegation_attends() {
    let cases = [
        (Lang::En, "The ASEAN Defence Ministers' Meeting Retreat (ADMM-Retreat) took place in Luang Prabang on March 5, chaired by Laos. Thai Deputy Defence Minister Somchai Prasert led a Thai delegation to attend the event.", "040", "THA", "ADMM"),
        (Lang::Fr, "La Réunion restreinte des ministres de la Défense de l'ASEAN (ADMM Retreat) a eu lieu le 5 mars à Luang Prabang, sous présidence laotienne. Le vice-ministre thaïlandais de la Défense Somchai Prasert a conduit une délégation thaïlandaise pour participer à la réunion.", "040", "THA", "ADMM"),
    ];
    assert_each_coded("2024-03-06", &cases);
}

#[test]
fn a_hospital_ship_calls_at_a_port_and_a_day_may_precede_the_agent() {
    let cases = [
        (Lang::Fr, "Le navire-hôpital chinois Arche de la Paix est arrivé vendredi à Mombasa pour une visite de huit jours au Kenya.", "062", "CHN", "KEN"),
        (Lang::Fr, "Reçu mardi par son homologue marocain Abdeltif Loudyi, le ministre espagnol de la Défense a évoqué la coopération maritime.", "043", "MAR", "ESP"),
    ];
    assert_each_coded("2025-03-08", &cases);
}

#[test]
fn a_speaker_expresses_the_gratitude_of_the_party_named_with_s() {
    let e = events(
        Lang::En,
        "example.com",
        "2025-03-08",
        "The minister expressed Thailand's gratitude to Japan for its continued support in demining.",
    );
    assert!(has_parties(&e, "051", "THA", "JPN"), "{:?}", summary(&e));
    // What the speaker praises of a party is that party's act.
    let e = events(
        Lang::En,
        "example.com",
        "2025-03-08",
        "NATO Secretary General Mark Rutte met Japanese Prime Minister Shigeru Ishiba in Tokyo. The Secretary General welcomed Japan's strict sanctions against Russia.",
    );
    assert!(!has_parties(&e, "051", "JPN", "RUS"), "{:?}", summary(&e));
}

#[test]
fn a_claim_called_baseless_is_criticism_and_ties_formalized_an_intent() {
    let cases = [
        (Lang::En, "Beijing accused Hanoi of provoking the incident. Vietnam has called the claim \"baseless and misleading\".", "111", "VNM", "CHN"),
        (Lang::Fr, "Pékin a accusé Manille d'avoir provoqué l'incident. Les Philippines ont qualifié ces accusations d'infondées.", "111", "PHL", "CHN"),
        (Lang::En, "Malaysian Defence Minister Mohamed Khaled Nordin moved to formalize defence ties with Timor-Leste.", "030", "MYS", "TLS"),
    ];
    assert_each_coded("2025-03-08", &cases);
}

#[test]
fn a_guests_stay_its_audience_its_call_and_the_places_both_visit() {
    // An agent named without a country is the story's other party.
    let text = "Le général sénégalais Mbaye Cissé a effectué une visite en Mauritanie. Il a été reçu par le président Mohamed Ould Ghazouani. Les deux chefs d'état-major ont également visité l'école de guerre de Nouakchott.";
    let e = events(Lang::Fr, "example.com", "2025-03-13", text);
    assert!(has_parties(&e, "043", "MRT", "SEN"), "{:?}", summary(&e));
    // Both sides visiting a place together visit neither.
    assert!(!has_parties(&e, "042", "MRT", "SEN"), "{:?}", summary(&e));
    // A call on a person named during a stay is its own visit.
    let text = "French Armed Forces Minister Sebastien Lecornu held talks with his Indian counterpart Rajnath Singh in New Delhi on Wednesday. Lecornu, who is on a two-day visit to India, also called on Indian Prime Minister Narendra Modi.";
    let e = events(Lang::En, "example.com", "2025-03-13", text);
    assert!(
        e.iter().any(|x| x.cameo == "042"
            && !x.derived
            && x.target.name.as_deref() == Some("Narendra Modi")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_call_received_is_the_callers_and_an_adjective_makes_a_noun() {
    // One call, from the caller; the talks held in it are the call.
    let text = "Emirati President Sheikh Khalid bin Saeed received a phone call from Turkish President Recep Tayyip Erdogan, during which they discussed bilateral relations.";
    let e = events(Lang::En, "example.com", "2026-05-20", text);
    assert_eq!(summary(&e).len(), 1, "{:?}", summary(&e));
    assert!(has_parties(&e, "041", "TUR", "ARE"), "{:?}", summary(&e));
    let text =
        "Le président égyptien a reçu un appel téléphonique du président français Emmanuel Macron.";
    let e = events(Lang::Fr, "example.com", "2026-05-20", text);
    assert!(has_parties(&e, "041", "FRA", "EGY"), "{:?}", summary(&e));
    // `Vietnamese volunteer soldiers`: no one volunteers.
    let text = "The Cambodian general thanked Vietnam and asked to continue searching for the remains of Vietnamese volunteer soldiers.";
    let e = events(Lang::En, "example.com", "2026-05-20", text);
    assert!(!e.iter().any(|x| x.cameo == "030"), "{:?}", summary(&e));
}

#[test]
fn the_visiting_dignitary_the_guard_of_honour_and_their_meeting() {
    // The visitor named by no country is the party of the pair that is
    // not the outlet's (a dateline gives it).
    let text = "ISLAMABAD, May 4: General Tariq Mahmood, Chief of Army Staff, met Major General Saif Al Busaidi, Commander of the Royal Army of Oman, at the General Headquarters on Thursday.\n\nThe visiting dignitary lauded the professionalism of the Pakistan Army.\n\nEarlier, on arrival, the visiting dignitary was presented a guard of honour.";
    let e = events(Lang::En, "example.com", "2026-05-04", text);
    assert!(has_parties(&e, "051", "OMN", "PAK"), "{:?}", summary(&e));
    assert!(
        !e.iter().any(|x| x.cameo.starts_with("07")),
        "{:?}",
        summary(&e)
    );
    let text = "Le général Tariq Mahmood, chef d'état-major de l'armée pakistanaise, a reçu jeudi le général omanais Saif Al Busaidi à Rawalpindi. L'hôte de marque a salué le professionnalisme de l'armée pakistanaise.";
    let e = events(Lang::Fr, "example.pk", "2026-05-04", text);
    assert!(has_parties(&e, "051", "OMN", "PAK"), "{:?}", summary(&e));
    // Gifts of materiel presented are aid; a guard of honour received is not a reception.
    let text = "The Indian High Commissioner presented two patrol boats to the Sri Lankan Navy on Thursday. The Sri Lankan minister received a guard of honour.";
    let e = events(Lang::En, "example.com", "2026-05-04", text);
    assert_eq!(
        summary(&e).iter().map(|s| s.0.as_str()).collect::<Vec<_>>(),
        ["072"],
        "{:?}",
        summary(&e)
    );
    // `leur rencontre` is the story's meeting, not one with the country a
    // reported clause names.
    let text = "Le ministre canadien de la Défense Paul Martin a rencontré aujourd'hui son homologue estonien Jaak Tamm à Ottawa.\n\nLors de leur rencontre, le ministre Martin a réaffirmé que le Canada ne considère pas la Russie comme une menace imminente.";
    let e = events(Lang::Fr, "example.ca", "2026-05-04", text);
    assert!(
        !e.iter().any(|x| x.root() == "04"
            && (x.target.party() == Some("RUS") || x.source.party() == Some("RUS"))),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn interacting_readiness_and_a_title_before_a_name_written_again() {
    let cases = [
        (Lang::En, "Indian Army chief General Manoj Verma interacted with Egyptian Chief of Staff Lieutenant General Ahmed Fathy Salem in Cairo.", "040", "IND", "EGY"),
        (Lang::Fr, "L'ambassadeur chinois Xiao Ming a réitéré la disponibilité de son pays à accompagner les Forces armées sénégalaises dans leur modernisation.", "030", "CHN", "SEN"),
        (Lang::En, "The Chinese ambassador reiterated China's readiness to support the modernisation of the Senegalese armed forces.", "030", "CHN", "SEN"),
        (Lang::Fr, "Le ministre vietnamien de la Défense a présidé la cérémonie de bienvenue du ministre mongol de la Défense à Hanoï.", "043", "VNM", "MNG"),
    ];
    assert_each_coded("2026-05-04", &cases);
    // `General Verma`: the title is his, not a role standing for the
    // general named before (an Egyptian): the second meeting is his.
    let text = "General Manoj Verma called on the Commander-in-Chief of the Egyptian Armed Forces, General Abdel Salam Fawzi, in Cairo on Monday.\n\nGeneral Verma also interacted with the Chief of Staff of the Egyptian Armed Forces, Lieutenant General Ahmed Fathy Salem.";
    let e = events(Lang::En, "example.in", "2026-05-04", text);
    assert!(
        e.iter().any(|x| x.cameo == "040"
            && x.source.party() == Some("IND")
            && x.target.name.as_deref() == Some("Ahmed Fathy Salem")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_meeting_told_again_a_date_of_another_noun_and_a_subject_nobody_names() {
    // `à l'issue de la rencontre`: the reception told before, no new talks.
    let text = "Le ministre malien de la Défense a reçu jeudi une délégation militaire russe à Bamako. Aucun accord n'a été signé à l'issue de la rencontre.";
    let e = events(Lang::Fr, "example.ml", "2026-02-14", text);
    assert_eq!(summary(&e).len(), 1, "{:?}", summary(&e));
    // A date in a relative clause about another noun further on (the
    // exercise to come) does not date the talks.
    let text = "Le général marocain Ahmed Berrada s'est entretenu lundi à Rabat avec le général américain John Carter. Les entretiens ont porté sur la coopération militaire et sur les préparatifs de l'exercice African Lion, qui se déroulera du 12 au 30 mai.";
    let e = events(Lang::Fr, "example.ma", "2026-04-22", text);
    assert!(!e.iter().any(|x| x.cameo == "036"), "{:?}", summary(&e));
    // `elle` (a frigate of no country known), with the Indian navy as its
    // company: nobody to code.
    let text = "La frégate Bretagne a quitté Brest le 6 octobre pour l'océan Indien. Au cours de cette mission, elle participera à l'exercice Varuna avec la marine indienne et fera escale à Djibouti.";
    let e = events(Lang::Fr, "example.com", "2026-10-08", text);
    assert!(
        !e.iter().any(|x| x.source.party() == Some("IND")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn recalled_signings_planned_months_and_talks_between_the_two() {
    // A signing its own words date years before the news is background.
    let text = "Le Canada a annoncé lundi l'envoi de deux avions au Japon. Ottawa et Tokyo ont signé en 2024 un accord sur la sécurité de l'information.";
    let e = events(Lang::Fr, "example.ca", "2026-12-01", text);
    assert!(!e.iter().any(|x| x.cameo == "057"), "{:?}", summary(&e));
    // Taking part in monitoring is no meeting; in a patrol, cooperation.
    let text = "Les avions canadiens participeront à la surveillance des sanctions de l'ONU depuis le Japon.";
    let e = events(Lang::Fr, "example.ca", "2026-12-01", text);
    assert!(!e.iter().any(|x| x.root() == "04"), "{:?}", summary(&e));
    // An exercise announced for May, read in January: the statement is of
    // January, not of last May.
    let text = "La ministre française des Armées a annoncé que la France participerait en mai à un exercice militaire en Estonie.";
    let e = events(Lang::Fr, "example.fr", "2026-01-20", text);
    assert!(
        e.iter()
            .any(|x| x.root() == "03" && x.date.as_deref() == Some("2026-01-20")),
        "{:?}",
        summary(&e)
    );
    // `the first talks between the two`: the meeting told before.
    let text = "SINGAPORE, June 1 (Reuters) - U.S. Defense Secretary Pete Hegseth met Chinese Defence Minister Dong Jun on the sidelines of the Shangri-La Dialogue on Sunday, the first face-to-face talks between the two in more than a year.";
    let e = events(Lang::En, "example.com", "2026-06-02", text);
    assert_eq!(summary(&e).len(), 1, "{:?}", summary(&e));
}

#[test]
fn a_handover_scheduled_is_no_event_and_one_statement_is_one() {
    let text = "Le ministre ivoirien de la Défense a reçu lundi le général américain John Mills. Une cérémonie de remise de matériel médical aux forces ivoiriennes par les États-Unis est prévue le 12 novembre à Abidjan.";
    let e = events(Lang::Fr, "example.ci", "2026-11-04", text);
    assert!(
        !e.iter().any(|x| x.cameo == "036" || x.root() == "07"),
        "{:?}",
        summary(&e)
    );
    // An intent and the support it names, in the same words: one statement, the finer code.
    let text = "Le général américain John Mills a réaffirmé l'engagement des États-Unis à soutenir les forces armées ivoiriennes.";
    let e = events(Lang::Fr, "example.ci", "2026-11-04", text);
    let statements: Vec<_> = e.iter().filter(|x| x.root() == "03").collect();
    assert_eq!(statements.len(), 1, "{:?}", summary(&e));
    assert_eq!(statements[0].cameo, "032");
}

#[test]
fn a_wish_that_the_other_side_act_is_an_appeal() {
    let text = "Le vice-ministre vietnamien de la Défense a reçu l'attaché de défense australien. Il a souhaité que la partie australienne continue d'aider le Vietnam à former ses officiers.";
    let e = events(Lang::Fr, "example.vn", "2026-05-07", text);
    assert!(has_parties(&e, "020", "VNM", "AUS"), "{:?}", summary(&e));
}

#[test]
fn meeting_threats_is_no_meeting() {
    let text = "The proposed sale of helicopters would improve Norway's capability to meet current and future threats, the U.S. agency said.";
    let e = events(Lang::En, "example.com", "2026-06-25", text);
    assert!(!e.iter().any(|x| x.root() == "04"), "{:?}", summary(&e));
}

#[test]
fn condolences_regional_bodies_and_the_parties_a_noun_takes() {
    let cases = [
        (Lang::Fr, "Le Premier ministre japonais a exprimé ses condoléances au peuple philippin après le typhon.", "050", "JPN", "PHL"),
        (Lang::En, "The Australian Prime Minister extended his condolences to Papua New Guinea after the landslide.", "050", "AUS", "PNG"),
        (Lang::Fr, "Le Sénégal s'est engagé à soutenir la force de la CEDEAO.", "032", "SEN", "ECOWAS"),
        (Lang::En, "Kenya pledged to support the Southern African Development Community mission.", "032", "KEN", "SADC"),
    ];
    assert_each_coded("2026-06-10", &cases);
    // The exercise denounced is of the two parties its noun names.
    let text =
        "La Chine a dénoncé les exercices militaires conjoints des États-Unis et des Philippines.";
    let e = events(Lang::Fr, "example.com", "2026-06-10", text);
    assert!(
        e.iter().any(|x| x.cameo == "062"
            && [x.source.party(), x.target.party()] == [Some("USA"), Some("PHL")]),
        "{:?}",
        summary(&e)
    );
    assert!(
        !e.iter()
            .any(|x| x.cameo == "062" && x.source.party() == Some("CHN")),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn equipment_sold_instructors_arriving_and_a_recent_past() {
    let cases = [
        // A sale is material cooperation, not aid.
        (
            Lang::Fr,
            "Dans le cadre d'un contrat, la Turquie a livré au Tchad deux drones de combat.",
            "062",
            "TUR",
            "TCD",
        ),
        (
            Lang::En,
            "Kenya received armoured vehicles ordered from Turkey.",
            "062",
            "TUR",
            "KEN",
        ),
        // A gift is aid.
        (
            Lang::Fr,
            "La Turquie a offert au Tchad deux véhicules blindés.",
            "072",
            "TUR",
            "TCD",
        ),
        // `vient de recevoir`: done, in the recent past.
        (
            Lang::Fr,
            "Le Tchad vient de recevoir deux véhicules blindés offerts par la Turquie.",
            "072",
            "TUR",
            "TCD",
        ),
        // Military instructors arriving are training cooperation.
        (
            Lang::Fr,
            "Une centaine d'instructeurs militaires turcs sont arrivés mardi au Tchad.",
            "062",
            "TUR",
            "TCD",
        ),
        (
            Lang::En,
            "About fifty Turkish military instructors arrived in Chad on Tuesday.",
            "062",
            "TUR",
            "TCD",
        ),
        // Forces deployed for no mission of peace are cooperation; for one,
        // protection, its target the UN where no mission is named.
        (
            Lang::En,
            "Turkey deployed two hundred soldiers and four drones to Chad on Tuesday.",
            "062",
            "TUR",
            "TCD",
        ),
        (
            Lang::Fr,
            "La Turquie a déployé mardi au Tchad deux cents soldats et quatre drones.",
            "062",
            "TUR",
            "TCD",
        ),
        (
            Lang::En,
            "Ghana deployed a field hospital to South Sudan under the UN peacekeeping mission on Tuesday.",
            "074",
            "GHA",
            "UN",
        ),
        // A ceremony held to see peacekeepers off deploys them; an exercise
        // of peacekeeping is an exercise.
        (
            Lang::En,
            "The ministry held a ceremony in Accra on Monday to see off a medical unit to the UN Mission in South Sudan (UNMISS).",
            "074",
            "GHA",
            "UNMISS",
        ),
        (
            Lang::Fr,
            "Des officiers sénégalais participent depuis lundi au Maroc à l'exercice de maintien de la paix organisé avec les forces marocaines.",
            "062",
            "SEN",
            "MAR",
        ),
        // A protest lodged is a protest.
        (
            Lang::En,
            "Tokyo lodged a strong protest with Seoul on Tuesday over the drills.",
            "111",
            "JPN",
            "KOR",
        ),
        (
            Lang::Fr,
            "Le Cambodge a remis mardi une note de protestation à la Thaïlande.",
            "111",
            "KHM",
            "THA",
        ),
        // Drills staged together, a base handed back.
        (
            Lang::En,
            "Japan and Australia staged combined naval drills off Darwin on Tuesday.",
            "062",
            "JPN",
            "AUS",
        ),
        (
            Lang::Fr,
            "La France a rétrocédé mardi au Gabon le camp militaire de Libreville.",
            "070",
            "FRA",
            "GAB",
        ),
        // A ship's prefix opening the text names the visitor: a port call.
        (
            Lang::En,
            "HMS Tamar arrived in Da Nang on Tuesday for a three-day visit.",
            "062",
            "GBR",
            "VNM",
        ),
    ];
    assert_each_coded("2026-06-10", &cases);
}

#[test]
fn a_party_inside_an_object_is_no_subject_of_the_next_verb() {
    // `de l'ONU` completes the object of the first verb; the verb joined
    // by `et` is the subject's, a statement of its own.
    let e = events(
        Lang::Fr,
        "fr.example.vn",
        "2024-04-10",
        "Hanoï - Le ministre a affirmé que l'Irlande appuyait l'engagement du Vietnam dans les missions de l'ONU et souhaitait continuer à accueillir des officiers vietnamiens dans ses écoles.",
    );
    assert!(has_parties(&e, "032", "IRL", "VNM"), "{:?}", summary(&e));
    assert!(
        summary(&e)
            .iter()
            .any(|(c, s, t, _)| c.starts_with("03") && c != "032" && s == "IRL" && t == "VNM"),
        "{:?}",
        summary(&e)
    );
    assert!(
        !summary(&e).iter().any(|(_, s, _, _)| s == "UN"),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn what_is_named_as_an_example_is_no_party() {
    let e = events(
        Lang::En,
        "en.example.vn",
        "2024-05-08",
        "Vientiane - Senior Lieutenant General Tran Van Minh, Vietnam's Deputy Minister of National Defence, held talks with Lao Deputy Minister of National Defence Major General Souk Phommachanh on May 7. Minh proposed that the two defence ministries work closely together at regional forums such as the ASEAN Regional Forum and the ADMM-Plus.",
    );
    assert!(has_parties(&e, "021", "VNM", "LAO"), "{:?}", summary(&e));
    assert!(
        !summary(&e)
            .iter()
            .any(|(_, _, t, _)| t == "ARF" || t == "ADMM+"),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_guest_received_in_a_long_apposition_is_one_reception() {
    // `en visite` at the end of the guest's apposition is the reception's
    // other side, not a visit of the host's.
    let e = events(
        Lang::Fr,
        "news.example.com",
        "2025-02-12",
        "Rabat - Le général Karim Benali a reçu mardi à Rabat l'amiral John Miller, chef du Bureau des opérations navales des États-Unis, en visite au Royaume du 10 au 13 février.",
    );
    assert!(has_parties(&e, "043", "MAR", "USA"), "{:?}", summary(&e));
    assert!(
        !summary(&e).iter().any(|(c, _, _, _)| c == "042"),
        "{:?}",
        summary(&e)
    );
}

#[test]
fn a_pronoun_goes_on_with_the_subject_not_with_what_was_praised() {
    // The second `Il` is the minister's, as the first was, not the army's
    // named after the first one's verb; each statement quotes its own
    // sentence.
    let e = events(
        Lang::Fr,
        "news.example.com",
        "2024-11-21",
        "Banjul - Le ministre sénégalais des Forces armées a rencontré lundi son homologue gambien. Il s'est dit satisfait des échanges avec la Gambie et a salué le travail de l'armée gambienne. Il a aussi exprimé sa satisfaction pour l'accueil de la Gambie.",
    );
    let praise: Vec<&Event> = e.iter().filter(|e| e.cameo == "051").collect();
    assert!(praise.len() >= 2, "{:?}", summary(&e));
    for p in &praise {
        assert_eq!(p.source.party(), Some("SEN"), "{p:?}");
        assert!(p.evidence.starts_with("Il "), "{p:?}");
    }
}

#[test]
fn what_is_reviewed_thanked_for_or_dated_from_is_no_news() {
    let cases = [
        // Where a span of time began.
        "Hanoï - Le général a salué les progrès de la coopération depuis la signature du mémorandum avec l'Irlande en 2017.",
        "Hanoi - The general praised the progress of cooperation since the signing of the memorandum with Ireland in 2017.",
        // A review of what is done.
        "Dakar - Les ministres sénégalais et gambien ont passé en revue la coopération militaire, notamment les patrouilles conjointes à la frontière.",
        "Dakar - The Senegalese and Gambian ministers reviewed military cooperation, including joint patrols along the border.",
        // What one thanks for.
        "Banjul - Le ministre gambien a remercié le Sénégal pour la formation de 200 militaires gambiens.",
    ];
    for text in cases {
        let lang = if text.contains(" the ") {
            Lang::En
        } else {
            Lang::Fr
        };
        let e = events(lang, "news.example.com", "2024-06-05", text);
        assert!(
            !summary(&e)
                .iter()
                .any(|(c, _, _, _)| c == "057" || c.starts_with("06")),
            "{text}\n{:?}",
            summary(&e)
        );
    }
}

#[test]
fn a_service_chief_named_after_the_service_is_its_countrys() {
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-09-03",
        "JAKARTA - Indonesian Navy Chief Admiral Budi Santoso visited Hanoi on Monday.",
    );
    let visit = e.iter().find(|e| e.cameo == "042").expect("a visit");
    assert_eq!(visit.source.name.as_deref(), Some("Budi Santoso"));
    assert_eq!(visit.source.party(), Some("IDN"));
}

#[test]
fn what_goes_on_since_a_year_long_past_is_no_news() {
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-11",
        "DA NANG - HMS Tamar and HMS Spey have been deployed to Vietnam and the region since 2021.",
    );
    assert!(summary(&e).is_empty(), "{:?}", summary(&e));
}

#[test]
fn a_record_since_a_year_long_past_is_no_news() {
    let e = events(
        Lang::En,
        "news.example.com",
        "2024-06-11",
        "ACCRA - Since 2012, Ghana has sent more than 900 soldiers to the UN Mission in South Sudan.",
    );
    assert!(summary(&e).is_empty(), "{:?}", summary(&e));
}

#[test]
fn both_sides_thank_the_host_named_after_them() {
    // `en Malaisie` after the city where they met is where, not a party;
    // `les deux parties` are the two named before it, and each thanks the
    // host their own sentence names.
    let e = events(
        Lang::Fr,
        "news.example.com",
        "2025-08-08",
        "Le Laos et la Birmanie ont tenu jeudi une réunion frontalière à Bangkok, en Thaïlande, en présence d'observateurs. Les deux parties ont exprimé leurs remerciements au Gouvernement et au Ministère de la Défense de la Thaïlande.",
    );
    assert!(has_parties(&e, "051", "LAO", "THA"), "{:?}", summary(&e));
    assert!(has_parties(&e, "051", "MMR", "THA"), "{:?}", summary(&e));
}

#[test]
fn an_agent_of_no_country_keeps_his_name() {
    // `reçu par le président X`, X of no known country: the story's other
    // party, with X's name.
    let e = events(
        Lang::Fr,
        "news.example.com",
        "2024-03-08",
        "Niamey - Le ministre nigérien de la Défense et son homologue béninois, le général Paul Dossou, ont signé jeudi un accord. Le ministre béninois a ensuite été reçu en audience par le président Amadou Sani.",
    );
    let reception = e.iter().find(|e| e.cameo == "043").expect("a reception");
    assert_eq!(reception.source.party(), Some("NER"), "{reception:?}");
    assert_eq!(
        reception.source.name.as_deref(),
        Some("Amadou Sani"),
        "{reception:?}"
    );
}
