//! Table-driven recognition cases on sentences written for these tests:
//! each case names a mention by its text and what it must resolve to.

use attache_model::{Document, Lang};
use attache_recognize::{recognize, Mention, MentionKind};
use proptest::prelude::*;

struct Expect {
    /// The mention's text (the first mention with this text is checked).
    text: &'static str,
    kind: MentionKind,
    country: Option<&'static str>,
    name: Option<&'static str>,
    sector: Option<&'static str>,
}

fn doc(lang: Lang, source: &str, published: Option<&str>, text: &str) -> Document {
    Document {
        id: "t".into(),
        url: None,
        source: Some(source.into()),
        lang,
        title: None,
        published: published.map(str::to_string),
        text: text.into(),
    }
}

fn mentions_of(doc: &Document) -> Vec<Mention> {
    let clean = attache_clean::clean(&doc.text, &doc.lang);
    recognize(doc, &clean)
}

fn check(case: &str, doc: Document, expected: &[Expect]) {
    let mentions = mentions_of(&doc);
    for e in expected {
        let m = mentions
            .iter()
            .find(|m| m.text == e.text && m.kind == e.kind)
            .unwrap_or_else(|| {
                panic!(
                    "{case}: no {:?} mention {:?} in {mentions:#?}",
                    e.kind, e.text
                )
            });
        let actor = &m.actors[0];
        assert_eq!(
            actor.country.as_deref(),
            e.country,
            "{case}: country of {:?}",
            e.text
        );
        if e.name.is_some() {
            assert_eq!(
                actor.name.as_deref(),
                e.name,
                "{case}: name of {:?}",
                e.text
            );
        }
        if e.sector.is_some() {
            assert_eq!(
                actor.sector.as_deref(),
                e.sector,
                "{case}: sector of {:?}",
                e.text
            );
        }
    }
}

const fn exp(text: &'static str, kind: MentionKind, country: Option<&'static str>) -> Expect {
    Expect {
        text,
        kind,
        country,
        name: None,
        sector: None,
    }
}

const fn person(
    text: &'static str,
    country: &'static str,
    name: &'static str,
    sector: Option<&'static str>,
) -> Expect {
    Expect {
        text,
        kind: MentionKind::Person,
        country: Some(country),
        name: Some(name),
        sector,
    }
}

use MentionKind::*;

#[test]
fn countries_by_name_adjective_pair_and_capital() {
    check(
        "french forms",
        doc(Lang::Fr, "news.example.com", None, "Les relations sino-vietnamiennes et la coopération entre le Laos et les États-Unis. Hanoï a protesté."),
        &[
            exp("sino-", Country, Some("CHN")),
            exp("vietnamiennes", Country, Some("VNM")),
            exp("Laos", Country, Some("LAO")),
            exp("États-Unis", Country, Some("USA")),
            exp("Hanoï", Country, Some("VNM")),
        ],
    );
    check(
        "english forms",
        doc(
            Lang::En,
            "news.example.com",
            None,
            "Vietnamese and Cambodian officers met US envoys in Vientiane.",
        ),
        &[
            exp("Vietnamese", Country, Some("VNM")),
            exp("Cambodian", Country, Some("KHM")),
            exp("Vientiane", Country, Some("LAO")),
        ],
    );
}

#[test]
fn a_sea_named_after_a_country_is_a_place_of_no_country() {
    let d = doc(
        Lang::Fr,
        "news.example.com",
        None,
        "Les garde-côtes philippins patrouillent en mer de Chine méridionale, près du golfe de Thaïlande.",
    );
    let mentions = mentions_of(&d);
    assert!(
        !mentions.iter().any(|m| m
            .actors
            .iter()
            .any(|a| matches!(a.country.as_deref(), Some("CHN" | "THA")))),
        "a sea or a gulf is no party: {mentions:#?}"
    );
    assert!(mentions
        .iter()
        .any(|m| m.text == "mer de Chine méridionale" && m.kind == Place));
}

#[test]
fn a_country_prefix_before_a_region_names_no_country() {
    let d = doc(
        Lang::En,
        "news.example.com",
        None,
        "Both navies sailed across the Indo-Pacific while Indo-French talks went on.",
    );
    let mentions = mentions_of(&d);
    assert!(
        !mentions.iter().any(|m| m.clean_start < 40
            && m.text.starts_with("Indo")
            && m.actors.iter().any(|a| a.country.is_some())),
        "Indo-Pacific is a region of no country: {mentions:#?}"
    );
    check("pair", d, &[exp("Indo-", Country, Some("IND"))]);
}

#[test]
fn organisations_with_acronyms_in_both_languages() {
    check(
        "organisations",
        doc(
            Lang::Fr,
            "news.example.com",
            None,
            "Des casques bleus de la MINUSS et de la FISNUA, sous l'égide de l'ONU, et l'ANASE.",
        ),
        &[
            Expect {
                text: "MINUSS",
                kind: Organisation,
                country: None,
                name: None,
                sector: Some("IGO"),
            },
            exp("FISNUA", Organisation, None),
            exp("ONU", Organisation, None),
            exp("ANASE", Organisation, None),
        ],
    );
}

#[test]
fn institutions_take_their_country_from_their_words_or_the_outlet() {
    check(
        "adjective inside",
        doc(
            Lang::Fr,
            "fr.example.vn",
            None,
            "Le ministère cambodgien de la Défense et le ministère de la Défense ont signé.",
        ),
        &[
            exp(
                "ministère cambodgien de la Défense",
                Institution,
                Some("KHM"),
            ),
            exp("ministère de la Défense", Institution, Some("VNM")),
        ],
    );
    check(
        "country after",
        doc(
            Lang::Fr,
            "news.example.com",
            None,
            "Il a rencontré l'ambassadeur du Japon à Hanoï.",
        ),
        &[exp("ambassadeur", Title, Some("JPN"))],
    );
}

#[test]
fn armed_forces_named_without_an_adjective() {
    check(
        "named forces",
        doc(
            Lang::Fr,
            "news.example.com",
            None,
            "L'inspecteur général des FAR a rencontré le chef d'état-major des FARDC et un officier des Forces armées royales.",
        ),
        &[
            exp("FAR", Institution, Some("MAR")),
            exp("FARDC", Institution, Some("COD")),
            exp("Forces armées royales", Institution, Some("MAR")),
        ],
    );
    check(
        "named forces, English",
        doc(
            Lang::En,
            "news.example.com",
            None,
            "The Armed Forces of the Philippines trained with the Tatmadaw and the Royal Thai Navy.",
        ),
        &[
            exp("Armed Forces of the Philippines", Institution, Some("PHL")),
            exp("Tatmadaw", Institution, Some("MMR")),
            exp("Royal Thai Navy", Institution, Some("THA")),
        ],
    );
}

#[test]
fn malaysian_styles_are_no_part_of_the_name() {
    let d = doc(
        Lang::En,
        "news.example.com",
        None,
        "Malaysian Chief of Defence Force General Tan Sri Ahmad Rizal Hassan met Defence Minister Datuk Seri Aziz Rahman and Foreign Minister Tan Wei Ming.",
    );
    let names: Vec<String> = mentions_of(&d)
        .into_iter()
        .filter(|m| m.kind == Person)
        .filter_map(|m| m.actors[0].name.clone())
        .collect();
    for name in ["Ahmad Rizal Hassan", "Aziz Rahman", "Tan Wei Ming"] {
        assert!(names.iter().any(|n| n == name), "{name}: {names:?}");
    }
}

#[test]
fn a_capitalised_complement_of_a_noun_is_no_person() {
    let d = doc(
        Lang::Fr,
        "news.example.com",
        None,
        "Le commandant de la Région Nord, le général Karim Benali, a reçu le chef du Service Central.",
    );
    let persons: Vec<String> = mentions_of(&d)
        .into_iter()
        .filter(|m| m.kind == Person)
        .map(|m| m.text)
        .collect();
    assert!(
        persons.iter().any(|p| p.contains("Karim Benali")),
        "{persons:?}"
    );
    assert!(
        persons
            .iter()
            .all(|p| !p.contains("Région") && !p.contains("Central")),
        "{persons:?}"
    );
    // Nor is a place named after a person.
    let d = doc(
        Lang::Fr,
        "news.example.com",
        None,
        "Le camp, rebaptisé camp Amadou Diallo, accueillera des unités de l'avenue Léopold Senghor.",
    );
    let persons: Vec<String> = mentions_of(&d)
        .into_iter()
        .filter(|m| m.kind == Person)
        .map(|m| m.text)
        .collect();
    assert!(persons.is_empty(), "{persons:?}");
}

#[test]
fn persons_in_apposition_either_side() {
    check(
        "title then rank then name",
        doc(
            Lang::Fr,
            "fr.example.vn",
            Some("2015-03"),
            "Le ministre de la Défense, le général Nguyen Van Binh, a reçu une délégation.",
        ),
        &[person(
            "Nguyen Van Binh",
            "VNM",
            "Nguyen Van Binh",
            Some("MIL"),
        )],
    );
    check(
        "name then titles",
        doc(
            Lang::Fr,
            "fr.example.vn",
            None,
            "Sok Chenda, vice-Premier ministre et ministre cambodgien de la Défense, est arrivé.",
        ),
        &[person("Sok Chenda", "KHM", "Sok Chenda", None)],
    );
    check(
        "adjective title then name",
        doc(
            Lang::Fr,
            "fr.example.vn",
            None,
            "Le secrétaire américain à la Défense, John Miller, a salué la coopération.",
        ),
        &[person("John Miller", "USA", "John Miller", Some("MIL"))],
    );
    check(
        "english title before name",
        doc(
            Lang::En,
            "en.example.in",
            None,
            "Indian Defence Minister Arjun Kapoor will visit Vietnam.",
        ),
        &[person("Arjun Kapoor", "IND", "Arjun Kapoor", Some("MIL"))],
    );
    check(
        "known office holder without title, diacritics",
        doc(
            Lang::Fr,
            "news.example.com",
            None,
            "Phan Văn Giang a accueilli la délégation.",
        ),
        &[person(
            "Phan Văn Giang",
            "VNM",
            "Phan Văn Giang",
            Some("MIL"),
        )],
    );
}

#[test]
fn later_mentions_refer_back() {
    check(
        "part of a name, pronoun, role",
        doc(
            Lang::Fr,
            "fr.example.vn",
            None,
            "Le secrétaire américain à la Défense, John Miller, a rencontré le général Nguyen Van Binh, ministre de la Défense. Il a salué la coopération. Miller a remercié le ministre vietnamien.",
        ),
        &[
            Expect { text: "Il", kind: Pronoun, country: Some("USA"), name: Some("John Miller"), sector: None },
            person("Miller", "USA", "John Miller", None),
            Expect { text: "ministre vietnamien", kind: Title, country: Some("VNM"), name: Some("Nguyen Van Binh"), sector: None },
        ],
    );
    check(
        "a pronoun goes on with the pronoun that opened the sentence before",
        doc(
            Lang::Fr,
            "fr.example.vn",
            None,
            "Le général Tran Van Duc, vice-ministre de la Défense, a reçu l'ambassadeur de Russie. Il s'est déclaré convaincu que la prochaine visite en Russie du ministre de la Défense, Nguyen Van Binh, renforcerait les liens. A cette occasion, il a demandé à la Russie de participer aux activités de l'ASEAN.",
        ),
        &[Expect { text: "il", kind: Pronoun, country: Some("VNM"), name: Some("Tran Van Duc"), sector: None }],
    );
    check(
        "a name written again without its title is the person met before",
        doc(
            Lang::Fr,
            "fr.example.vn",
            None,
            "L'événement était coprésidé par le secrétaire d'État français aux Armées, Jean Dupuis, et le général Nguyen Van Binh. Lors de l'événement, Jean Dupuis a manifesté son plaisir. Il a reconnu la nécessité d'accroître les échanges.",
        ),
        &[Expect { text: "Il", kind: Pronoun, country: Some("FRA"), name: Some("Jean Dupuis"), sector: None }],
    );
    check(
        "english pronoun",
        doc(Lang::En, "en.example.vn", None, "Defence Minister General Tran Van Duc received the French ambassador. He praised the ties."),
        &[Expect { text: "He", kind: Pronoun, country: Some("VNM"), name: Some("Tran Van Duc"), sector: None }],
    );
}

#[test]
fn both_sides_are_the_two_main_parties() {
    let d = doc(
        Lang::Fr,
        "fr.example.vn",
        None,
        "Le général Nguyen Van Binh, ministre vietnamien de la Défense, a reçu le général Somsak Vongsa, ministre lao de la Défense. Les deux parties ont signé un plan.",
    );
    let mentions = mentions_of(&d);
    let both = mentions
        .iter()
        .find(|m| m.kind == Collective)
        .expect("a collective mention");
    let mut countries: Vec<_> = both
        .actors
        .iter()
        .filter_map(|a| a.country.as_deref())
        .collect();
    countries.sort_unstable();
    assert_eq!(countries, ["LAO", "VNM"]);
    let d = doc(
        Lang::En,
        "en.example.vn",
        None,
        "Vietnam and Laos held talks in Hanoi. Both sides agreed to expand training.",
    );
    let both = mentions_of(&d)
        .into_iter()
        .find(|m| m.kind == Collective)
        .expect("both sides");
    assert_eq!(both.actors.len(), 2);
    // With the rank the two share between them.
    for (lang, text) in [
        (Lang::En, "Vietnam and Laos held talks in Hanoi. The two deputy ministers signed the minutes."),
        (Lang::Fr, "Le Vietnam et le Laos ont tenu des entretiens à Hanoï. Les deux vice-ministres ont signé le procès-verbal."),
    ] {
        let d = doc(lang, "example.vn", None, text);
        let both = mentions_of(&d)
            .into_iter()
            .find(|m| m.kind == Collective)
            .expect("the two deputy ministers");
        assert_eq!(both.actors.len(), 2, "{text}");
    }

    // The host of a meeting of two others, named where it happens, is not
    // one of the two sides.
    let d = doc(
        Lang::Fr,
        "fr.example.vn",
        None,
        "La Thaïlande et le Cambodge ont tenu une réunion du comité des frontières à Kuala Lumpur, en Malaisie. Les deux parties ont signé un accord de cessez-le-feu.",
    );
    let both = mentions_of(&d)
        .into_iter()
        .find(|m| m.kind == Collective)
        .expect("les deux parties");
    let mut countries: Vec<_> = both
        .actors
        .iter()
        .filter_map(|a| a.country.as_deref())
        .collect();
    countries.sort_unstable();
    assert_eq!(countries, ["KHM", "THA"]);
}

#[test]
fn a_bare_title_names_the_holder_on_the_publication_date() {
    check(
        "office holder",
        doc(
            Lang::Fr,
            "news.example.com",
            Some("2019-07-02"),
            "Le ministre vietnamien de la Défense a reçu une délégation.",
        ),
        &[Expect {
            text: "ministre vietnamien de la Défense",
            kind: Title,
            country: Some("VNM"),
            name: Some("Ngo Xuan Lich"),
            sector: Some("MIL"),
        }],
    );
}

#[test]
fn english_constructions() {
    check(
        "name then titles, capital for its government, both sides",
        doc(
            Lang::En,
            "news.example.com",
            None,
            "Sok Chenda, Deputy Prime Minister and Minister of National Defence of Cambodia, met the US Secretary of Defense, John Miller. Beijing protested. Both sides signed a plan.",
        ),
        &[
            person("Sok Chenda", "KHM", "Sok Chenda", None),
            person("John Miller", "USA", "John Miller", Some("MIL")),
            Expect { text: "Beijing", kind: Country, country: Some("CHN"), name: None, sector: Some("GOV") },
        ],
    );
}

#[test]
fn hosts_and_guests_take_the_country_next_to_them() {
    check(
        "host",
        doc(
            Lang::Fr,
            "fr.example.vn",
            None,
            "La délégation a remercié l'hôte vietnamien pour son accueil.",
        ),
        &[exp("l'hôte", Title, Some("VNM"))],
    );
    check(
        "hosts",
        doc(
            Lang::En,
            "en.example.vn",
            None,
            "The delegation thanked the Lao hosts for the welcome.",
        ),
        &[exp("the Lao hosts", Title, Some("LAO"))],
    );
}

#[test]
fn military_regions_are_units_of_the_peoples_army() {
    check(
        "military region",
        doc(
            Lang::Fr,
            "news.example.com",
            None,
            "Le commandement de la 9e région militaire a reçu une délégation cambodgienne.",
        ),
        &[Expect {
            text: "9e région militaire",
            kind: Institution,
            country: Some("VNM"),
            name: None,
            sector: Some("MIL"),
        }],
    );
}

#[test]
fn ships_and_their_crews_carry_their_flag() {
    check(
        "french frigate",
        doc(
            Lang::Fr,
            "fr.example.vn",
            None,
            "La frégate de surveillance française Prairial a fait escale à Cam Ranh. Le commandant du Prairial et l'équipage ont visité la ville.",
        ),
        &[
            exp("Prairial", Institution, Some("FRA")),
            exp("l'équipage", Institution, Some("FRA")),
            exp("Cam Ranh", Place, Some("VNM")),
        ],
    );
    check(
        "hull prefix",
        doc(
            Lang::En,
            "en.example.vn",
            None,
            "The USS Ronald Reagan arrived in Da Nang. The sailors visited a school.",
        ),
        &[
            exp("Ronald Reagan", Institution, Some("USA")),
            exp("sailors", Institution, Some("USA")),
        ],
    );
}

#[test]
fn the_mission_is_the_un_mission_named_before() {
    check(
        "mission",
        doc(
            Lang::Fr,
            "fr.example.vn",
            None,
            "L'hôpital de campagne de niveau 2 a été déployé au sein de la MINUSS. Les médecins ont accompli leur mission avec succès.",
        ),
        &[exp("hôpital de campagne de niveau 2", Institution, Some("VNM")), Expect { text: "leur mission", kind: Organisation, country: None, name: None, sector: Some("IGO") }],
    );
}

#[test]
fn names_with_initials_honorifics_and_places() {
    check(
        "initials, honorific, place inside a name",
        doc(
            Lang::Fr,
            "news.example.com",
            None,
            "L'ambassadeur des États-Unis, M. Peter J. Hallbrook, a rencontré le général Nguyen Van Binh, chef d'état-major de l'Armée populaire du Vietnam.",
        ),
        &[
            person("Peter J. Hallbrook", "USA", "Peter J. Hallbrook", Some("GOV")),
            person("Nguyen Van Binh", "VNM", "Nguyen Van Binh", Some("MIL")),
        ],
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn recognition_never_panics_and_spans_slice_the_original(text in "\\PC{0,300}") {
        let d = doc(Lang::Fr, "fr.example.vn", Some("2020"), &text);
        let chars: Vec<char> = text.chars().collect();
        for m in mentions_of(&d) {
            prop_assert!(m.start < m.end && m.end <= chars.len());
        }
    }

    #[test]
    fn mentions_of_news_like_text_slice_to_their_text(parts in prop::collection::vec(prop::sample::select(vec![
        "Le ministre de la Défense", ", le général ", "Nguyen Van Binh", " a reçu ", "l'ambassadeur du Japon", ". Il a salué ",
        "les deux parties", ".\n", "lasouveraineté", "Laos.Le", " vietnamien ", "Photo : VNA", "MINUSS",
    ]), 0..20)) {
        let text = parts.concat();
        let d = doc(Lang::Fr, "fr.example.vn", None, &text);
        let chars: Vec<char> = text.chars().collect();
        for m in mentions_of(&d) {
            let original: String = chars[m.start..m.end].iter().collect();
            // Mentions lie in kept text; repairs may add spaces the original lacks.
            prop_assert_eq!(original.replace(' ', ""), m.text.replace(' ', ""));
        }
    }
}

#[test]
fn places_the_words_around_say_are_places_are_no_persons() {
    let cases = [
        (Lang::Fr, "Les activités se sont poursuivies dans le district de Muong Xay, province lao de Oudomxay."),
        (Lang::Fr, "Les deux ministres ont inspecté le poste-frontière de Na Meo."),
        (Lang::En, "The delegations then visited the Na Meo border gate and the Muong Lat district."),
    ];
    for (lang, text) in cases {
        let d = doc(lang, "example.vn", None, text);
        let persons: Vec<_> = mentions_of(&d)
            .into_iter()
            .filter(|m| m.kind == Person)
            .map(|m| m.text)
            .collect();
        assert!(persons.is_empty(), "{text}: {persons:?}");
    }
}

#[test]
fn an_official_posted_abroad_is_of_the_country_his_adjective_names() {
    check(
        "posted",
        doc(
            Lang::En,
            "news.example.com",
            None,
            "Japanese Ambassador to Thailand Kenji Sato attended the ceremony.",
        ),
        &[person("Kenji Sato", "JPN", "Kenji Sato", None)],
    );
    check(
        "french posted",
        doc(
            Lang::Fr,
            "news.example.fr",
            None,
            "L'ambassadeur indien au Laos, Rakesh Kumar, a assisté à la cérémonie.",
        ),
        &[person("Rakesh Kumar", "IND", "Rakesh Kumar", None)],
    );
}

#[test]
fn a_body_named_in_capitals_is_no_person() {
    let d = doc(
        Lang::En,
        "news.example.com",
        None,
        "The Director-General for International Affairs said the Ocean Region was calm.",
    );
    let mentions = mentions_of(&d);
    assert!(!mentions.iter().any(|m| m.kind == Person), "{mentions:#?}");
}

#[test]
fn an_acting_title_still_names_its_holder() {
    check(
        "par intérim",
        doc(
            Lang::Fr,
            "news.example.vn",
            None,
            "La réunion a été présidée par le ministre thaïlandais de la Défense par intérim le général Somchai Wongsuwan.",
        ),
        &[person("Somchai Wongsuwan", "THA", "Somchai Wongsuwan", None)],
    );
}

#[test]
fn a_vietnamese_outlets_officer_with_a_foreign_name_is_no_vietnamese() {
    let d = doc(
        Lang::Fr,
        "fr.example.vn",
        None,
        "Le lieutenant-colonel Marc Dupuis et son équipage ont visité Nha Trang.",
    );
    let mentions = mentions_of(&d);
    let marc = mentions
        .iter()
        .find(|m| m.kind == Person)
        .unwrap_or_else(|| panic!("{mentions:#?}"));
    assert_ne!(marc.actors[0].country.as_deref(), Some("VNM"), "{marc:#?}");
}

#[test]
fn an_organisations_officer_acts_for_it() {
    let d = doc(
        Lang::En,
        "news.example.com",
        None,
        "NATO Secretary General Anna Lindqvist met Japanese Prime Minister Taro Sato in Tokyo.",
    );
    let mentions = mentions_of(&d);
    let anna = mentions
        .iter()
        .find(|m| m.kind == Person && m.text.contains("Lindqvist"))
        .unwrap_or_else(|| panic!("{mentions:#?}"));
    assert_eq!(anna.actors[0].igo.as_deref(), Some("NATO"), "{anna:#?}");
}

/// Issue 14: one paragraph of thousands of sentences (no line break) took
/// minutes; each repeat of a sentence must still get the mentions one copy gets.
#[test]
fn a_long_paragraph_gets_the_mentions_of_each_sentence() {
    let sentence = "Le ministre de la Défense Phan Van Giang a reçu son homologue cambodgien Tea Banh à Hanoï. Il a salué la coopération entre les deux pays. ";
    let one = mentions_of(&doc(Lang::Fr, "qdnd.vn", Some("2024-03-05"), sentence));
    let long = sentence.repeat(2_000);
    let many = mentions_of(&doc(Lang::Fr, "qdnd.vn", Some("2024-03-05"), &long));
    assert!(!one.is_empty());
    assert_eq!(many.len(), one.len() * 2_000);
    let last = &many[many.len() - one.len()..];
    for (a, b) in one.iter().zip(last) {
        assert_eq!((a.kind, &a.actors, &a.how), (b.kind, &b.actors, &b.how));
    }
}

#[test]
fn a_headline_surname_is_the_person_named_in_full_further_on() {
    let d = doc(
        Lang::En,
        "news.example.com",
        None,
        "Teodoro presses for closer ties in talks with US defense chief\n\nPhilippine Defense Secretary Gilberto Teodoro met his US counterpart in Kuala Lumpur.",
    );
    check(
        "cataphora",
        d,
        &[Expect {
            name: Some("Gilberto Teodoro"),
            ..exp("Teodoro", Person, Some("PHL"))
        }],
    );
}

#[test]
fn a_named_forum_is_no_person() {
    let d = doc(
        Lang::Fr,
        "news.example.com",
        None,
        "En marge du Dialogue Shangri-La, le ministre vietnamien de la Défense a rencontré son homologue.",
    );
    let mentions = mentions_of(&d);
    assert!(!mentions.iter().any(|m| m.kind == Person), "{mentions:#?}");
}

#[test]
fn coordinated_titles_share_their_country_and_partnerships_are_no_persons() {
    let d = doc(
        Lang::En,
        "news.example.com",
        None,
        "Minister Phan Van Giang hosted Australian Deputy Prime Minister and Defence Minister Richard Donald Marles. He said the Vietnam - Australia Strategic Partnership continues to develop.",
    );
    let mentions = mentions_of(&d);
    assert!(
        !mentions.iter().any(|m| m.text == "Strategic Partnership"),
        "{mentions:#?}"
    );
    check(
        "coordinated titles",
        d,
        &[exp("Richard Donald Marles", Person, Some("AUS"))],
    );
}

#[test]
fn a_dateline_with_a_date_and_an_agency_is_a_place() {
    for text in [
        "Hanoï, 15 avril (VNA) - Le ministre lao de la Défense a été reçu.",
        " date 2021-04 Hanoï, 15 avril (VNA) - Le ministre lao de la Défense a été reçu.",
    ] {
        let d = doc(Lang::Fr, "fr.example.vn", None, text);
        let mentions = mentions_of(&d);
        let hanoi = mentions.iter().find(|m| m.text == "Hanoï").expect("Hanoï");
        assert_eq!(hanoi.how, "dateline", "{text}: {mentions:#?}");
        assert_eq!(hanoi.kind, Place);
    }
    // A hyphen joining two parties is no dateline's dash.
    let d = doc(
        Lang::En,
        "example.com",
        None,
        "The fifth UK-Thailand Defence Policy Dialogue was held in Bangkok.",
    );
    let mentions = mentions_of(&d);
    let uk = mentions.iter().find(|m| m.text == "UK").expect("UK");
    assert_ne!(uk.how, "dateline", "{mentions:#?}");
}

/// The texts of the Person mentions of `doc`, found with `recognizer`.
fn persons_with(recognizer: &attache_recognize::Recognizer, doc: &Document) -> Vec<String> {
    let clean = attache_clean::clean(&doc.text, &doc.lang);
    recognizer
        .recognize(doc, &clean)
        .into_iter()
        .filter(|m| m.kind == Person)
        .map(|m| m.text)
        .collect()
}

#[test]
fn institutions_are_never_taken_for_persons() {
    let bundled = attache_recognize::Recognizer::bundled();
    // A capitalised name that ends on a body's head noun (English), or
    // starts with one (French), names an institution, known or not.
    let cases = [
        (Lang::En, "Judges of the International Criminal Court met the minister."),
        (Lang::En, "Loans from the Asian Development Bank and the International Monetary Fund were discussed."),
        (Lang::En, "The Supreme People's Court and the Permanent Arbitration Tribunal were named."),
        (Lang::En, "Officials of the World Health Organization and the National Defense University attended."),
        (Lang::Fr, "Le président de la Cour pénale internationale a reçu le ministre."),
        (Lang::Fr, "Le président de la Cour Pénale Internationale a reçu le ministre."),
        (Lang::Fr, "Des experts de la Banque Mondiale et du Fonds Monétaire International ont assisté à la réunion."),
        (Lang::Fr, "Le Conseil Constitutionnel et le Comité Central ont été consultés par l'Université Nationale."),
        // Buildings and venues where guests are received.
        (Lang::En, "The visiting Defence Minister was received at the Merdeka Palace and the Government House."),
        (Lang::Fr, "Le ministre visiteur a été reçu au Palais Merdeka puis à l'Hôtel Metropole."),
        // Ports and yards where ships call.
        (Lang::En, "The frigate docked at Subic Bay Freeport Harbor, then at Lumut Naval Port and the Kure Shipyard."),
    ];
    for (lang, text) in cases {
        let d = doc(lang, "news.example.com", None, text);
        let persons = persons_with(&bundled, &d);
        assert!(persons.is_empty(), "{text}: {persons:?}");
    }

    // A name the gazetteer knows as an organisation (here from a user
    // dictionary) is no person, whatever its last word.
    let text = "Minister John Smith praised the Blue Dot Network.";
    let d = doc(Lang::En, "news.example.com", None, text);
    assert_eq!(
        persons_with(&bundled, &d),
        ["John Smith", "Blue Dot Network"]
    );
    let gazetteer = attache_lexicon::gazetteer_with(
        attache_lexicon::parse_user_dictionary(
            "Blue Dot Network\torganisation\t-\tBDN\tIGO\t-\t-\n",
            "test",
        )
        .expect("a valid dictionary"),
    );
    let with_dictionary = attache_recognize::Recognizer::with_gazetteer(&gazetteer);
    assert_eq!(persons_with(&with_dictionary, &d), ["John Smith"]);

    // Persons next to such bodies are still persons.
    check(
        "persons and bodies",
        doc(
            Lang::En,
            "news.example.com",
            None,
            "Minister John Smith met judges of the International Criminal Court.",
        ),
        &[exp("John Smith", Person, None)],
    );
}

/// A known person written with a middle initial and a suffix, after a title
/// word the lexicon lacks, is still that person; their surname alone later
/// is them too.
#[test]
fn known_persons_with_initials_suffixes_and_their_surname() {
    check(
        "initials",
        doc(
            Lang::En,
            "example.com",
            Some("2024-05-10"),
            "Chancellor Friedrich M. Merz Jr. met the press in Berlin. Later, Merz spoke with reporters.",
        ),
        &[
            Expect {
                text: "Chancellor Friedrich M. Merz Jr.",
                kind: MentionKind::Person,
                country: Some("DEU"),
                name: None,
                sector: Some("GOV"),
            },
            Expect {
                text: "Merz",
                kind: MentionKind::Person,
                country: Some("DEU"),
                name: None,
                sector: None,
            },
        ],
    );
}

/// In English a country's name before a title is whose it is (`the
/// Timor-Leste Minister of Defence`, `Norway's Defence Minister`), over the
/// country an official is posted to.
#[test]
fn a_country_name_before_a_title_is_its_country() {
    check(
        "adjunct",
        doc(
            Lang::En,
            "example.com",
            Some("2024-05-10"),
            "He met the Timor-Leste Minister of Defence. Norway's Defence Minister spoke. The US Ambassador to the Philippines condemned the move.",
        ),
        &[
            exp("Minister of Defence", MentionKind::Title, Some("TLS")),
            exp("Defence Minister", MentionKind::Title, Some("NOR")),
            exp("Ambassador", MentionKind::Title, Some("USA")),
        ],
    );
}

#[test]
fn a_title_of_another_country_after_a_name_is_no_apposition() {
    let d = doc(
        Lang::Fr,
        "example.com",
        None,
        "Reçu par son homologue marocain Abdeltif Loudyi, le ministre espagnol de la Défense a évoqué la coopération.",
    );
    let mentions = mentions_of(&d);
    let loudyi = mentions
        .iter()
        .find(|m| m.text == "Abdeltif Loudyi")
        .expect("Loudyi");
    assert_eq!(
        loudyi.actors[0].country.as_deref(),
        Some("MAR"),
        "{mentions:#?}"
    );
    assert!(
        mentions
            .iter()
            .any(|m| m.actors.iter().any(|a| a.country.as_deref() == Some("ESP"))),
        "{mentions:#?}"
    );
}

#[test]
fn in_a_list_of_people_each_title_is_the_next_names() {
    let d = doc(
        Lang::En,
        "example.com",
        None,
        "The ceremony was attended by Royal Thai Navy commander Jirapol Wongwit, Deputy Australian Ambassador to Thailand Dr. Moya Collett and others.",
    );
    let mentions = mentions_of(&d);
    let country_of = |name: &str| {
        mentions
            .iter()
            .find(|m| m.text == name)
            .and_then(|m| m.actors[0].country.clone())
    };
    assert_eq!(
        country_of("Jirapol Wongwit").as_deref(),
        Some("THA"),
        "{mentions:#?}"
    );
}

#[test]
fn an_institution_before_a_title_and_a_rank_gives_its_holders_country() {
    for text in [
        "U.S. Army Chief of Staff Gen. Randy Hollis paid an official visit to Vietnam.",
        "Indian Navy chief Admiral Rakesh Varma met his counterpart in Manila.",
    ] {
        let mentions = mentions_of(&doc(Lang::En, "example.com", None, text));
        let person = mentions
            .iter()
            .find(|m| m.kind == MentionKind::Person)
            .unwrap_or_else(|| panic!("a person in {text:?}: {mentions:#?}"));
        assert!(
            person.actors[0].country.is_some(),
            "{text:?}: {mentions:#?}"
        );
    }
}

#[test]
fn an_official_named_without_country_in_a_wire_report_is_the_datelines() {
    let d = doc(
        Lang::En,
        "example.com",
        None,
        "SEOUL, June 2 (Yonhap) -- Defense Minister Park Min-jae met his Polish counterpart on Monday.",
    );
    let mentions = mentions_of(&d);
    let park = mentions
        .iter()
        .find(|m| m.text == "Park Min-jae")
        .expect("the minister");
    assert_eq!(
        park.actors[0].country.as_deref(),
        Some("KOR"),
        "{mentions:#?}"
    );
    let d = doc(
        Lang::Fr,
        "example.com",
        None,
        "Rabat - L'inspecteur général des forces armées, le général Ahmed Bennani, a reçu lundi son homologue espagnol.",
    );
    let mentions = mentions_of(&d);
    let bennani = mentions
        .iter()
        .find(|m| m.text == "Ahmed Bennani")
        .expect("the general");
    assert_eq!(
        bennani.actors[0].country.as_deref(),
        Some("MAR"),
        "{mentions:#?}"
    );
}

#[test]
fn a_word_within_a_long_name_stands_for_its_person_unless_the_name_is_vietnamese() {
    let d = doc(
        Lang::En,
        "example.com",
        None,
        "Malaysian Defence Minister Mohamed Khaled Nordin met his Australian counterpart. Khaled, who is on a four-day visit, toured a base.",
    );
    let mentions = mentions_of(&d);
    let khaled = mentions.iter().find(|m| m.text == "Khaled");
    assert_eq!(
        khaled.and_then(|m| m.actors[0].name.as_deref()),
        Some("Mohamed Khaled Nordin"),
        "{mentions:#?}"
    );
    // A Vietnamese name's middle word is no reference to the person.
    let d = doc(
        Lang::En,
        "example.com",
        None,
        "Deputy Minister Hoang Xuan Chien met the delegation. Xuan Truong district hosted the visit.",
    );
    let mentions = mentions_of(&d);
    assert!(
        !mentions
            .iter()
            .any(|m| m.text == "Xuan" && m.kind == MentionKind::Person),
        "{mentions:#?}"
    );
}

#[test]
fn a_nationality_before_a_rank_and_a_title_before_a_verb() {
    // The adjective before the rank gives the person's country; the title
    // of the sentence's subject, before the verb, is not the person's.
    let d = doc(
        Lang::En,
        "example.com",
        None,
        "The commanding officer of the Turkish frigate called on Pakistani Rear Admiral Faisal Qureshi in Karachi.",
    );
    let mentions = mentions_of(&d);
    let person = mentions
        .iter()
        .find(|m| m.text == "Faisal Qureshi")
        .expect("the admiral");
    assert_eq!(
        person.actors[0].country.as_deref(),
        Some("PAK"),
        "{mentions:#?}"
    );
    assert_eq!(
        person.actors[0].title.as_deref(),
        Some("Rear Admiral"),
        "{mentions:#?}"
    );
}

#[test]
fn an_abbreviated_given_name_stays_in_the_name() {
    let d = doc(
        Lang::En,
        "example.ph",
        None,
        "Philippine Navy chief Vice Admiral Jose Ma. Ramos Dela Cruz welcomed the French frigate on Tuesday.",
    );
    let mentions = mentions_of(&d);
    assert!(
        mentions
            .iter()
            .any(|m| m.actors.first().and_then(|a| a.name.as_deref())
                == Some("Jose Ma. Ramos Dela Cruz")),
        "{mentions:#?}"
    );
}

#[test]
fn where_a_person_goes_is_not_their_country() {
    let d = doc(
        Lang::Fr,
        "example.com",
        None,
        "Une délégation de l'Assemblée nationale du Ghana, conduite par son vice-président Kwame Mensah Boateng, effectue une visite officielle en Hongrie.",
    );
    let mentions = mentions_of(&d);
    let person = mentions
        .iter()
        .find(|m| m.text == "Kwame Mensah Boateng")
        .expect("the vice-president");
    assert_ne!(
        person.actors[0].country.as_deref(),
        Some("HUN"),
        "{mentions:#?}"
    );
}

/// The country of the person a mention names (the first with that text).
fn country_of_person(mentions: &[Mention], text: &str) -> Option<String> {
    mentions
        .iter()
        .find(|m| m.text == text && m.kind == MentionKind::Person)
        .unwrap_or_else(|| panic!("no person {text}: {mentions:#?}"))
        .actors[0]
        .country
        .clone()
}

#[test]
fn the_leader_of_a_delegation_is_of_its_country() {
    let cases = [
        (Lang::En, "Deputy Minister Tran Van Nam received a delegation of the Laotian Ministry of National Defence led by General Bounmy Keovilay in Hanoi.", "Bounmy Keovilay", "LAO"),
        (Lang::En, "The minister received a Thai army delegation headed by Lieutenant General Somchai Prasert on Monday.", "Somchai Prasert", "THA"),
        (Lang::Fr, "Le ministre a reçu une délégation militaire brésilienne conduite par le chef d'état-major, le général Rafael Costa Moreira.", "Rafael Costa Moreira", "BRA"),
    ];
    for (lang, text, name, country) in cases {
        let mentions = mentions_of(&doc(lang, "example.vn", None, text));
        assert_eq!(
            country_of_person(&mentions, name).as_deref(),
            Some(country),
            "{text}"
        );
    }
}

#[test]
fn honorifics_stand_between_a_title_and_its_name() {
    let d = doc(
        Lang::Fr,
        "example.ca",
        None,
        "Le ministre de la Défense nationale du Canada, l'honorable Pierre Tremblay, a accueilli son homologue.",
    );
    let mentions = mentions_of(&d);
    assert_eq!(
        country_of_person(&mentions, "Pierre Tremblay").as_deref(),
        Some("CAN")
    );
    let d = doc(
        Lang::En,
        "example.com",
        None,
        "Emirati President His Highness Sheikh Khalid bin Saeed received the delegation.",
    );
    let mentions = mentions_of(&d);
    let person = mentions
        .iter()
        .find(|m| m.kind == MentionKind::Person)
        .expect("the president");
    assert_eq!(
        person.actors[0].name.as_deref(),
        Some("Sheikh Khalid bin Saeed")
    );
    assert_eq!(person.actors[0].country.as_deref(), Some("ARE"));
}

#[test]
fn coordinated_titles_and_institutions_share_the_country_named_last() {
    // Two titles joined before a name, the country in the second's
    // complement: one person, and no party of its own for the country.
    let d = doc(
        Lang::Fr,
        "example.cn",
        None,
        "Il a rencontré le vice-Premier ministre et ministre de la Défense du Cambodge, Sok Dara Vuthy.",
    );
    let mentions = mentions_of(&d);
    assert_eq!(
        country_of_person(&mentions, "Sok Dara Vuthy").as_deref(),
        Some("KHM")
    );
    assert!(
        !mentions.iter().any(|m| m.kind == MentionKind::Country),
        "{mentions:#?}"
    );
    // Two institutions joined, the country named after the second.
    let d = doc(
        Lang::Fr,
        "example.th",
        None,
        "Les délégués ont remercié le Gouvernement et le Ministère de la Défense de l'Indonésie.",
    );
    let mentions = mentions_of(&d);
    let government = mentions
        .iter()
        .find(|m| m.text == "Gouvernement")
        .expect("the government");
    assert_eq!(
        government.actors[0].country.as_deref(),
        Some("IDN"),
        "{mentions:#?}"
    );
}

#[test]
fn exercises_operations_and_companies_are_no_persons() {
    let cases = [
        (
            Lang::Fr,
            "La France participera en mai à l'exercice Spring Storm en Estonie.",
            "Spring Storm",
        ),
        (
            Lang::En,
            "The two armies will hold Exercise Desert Cyclone in Rajasthan.",
            "Desert Cyclone",
        ),
        (
            Lang::En,
            "The ships were built by China Shipbuilding and Offshore International in Shanghai.",
            "Offshore International",
        ),
    ];
    for (lang, text, name) in cases {
        let mentions = mentions_of(&doc(lang, "example.com", None, text));
        assert!(
            !mentions
                .iter()
                .any(|m| m.kind == MentionKind::Person && m.text.contains(name)),
            "{text}: {mentions:#?}"
        );
    }
}

#[test]
fn an_acronym_the_text_defines_is_its_body_when_written_again() {
    let d = doc(
        Lang::En,
        "example.com",
        None,
        "The Royal Thai Navy (RTN) and the Indian Navy ended their exercise. Later, RTN received two patrol boats.",
    );
    let mentions = mentions_of(&d);
    let again = mentions
        .iter()
        .find(|m| m.text == "RTN" && m.how == "acronym")
        .unwrap_or_else(|| panic!("{mentions:#?}"));
    assert_eq!(again.actors[0].country.as_deref(), Some("THA"));
}

#[test]
fn a_name_written_again_with_a_rank_keeps_its_country() {
    // In a Pakistani report, the Chinese general named again with his rank
    // is still Chinese; the Joint Chiefs of Staff are the outlet's.
    let d = doc(
        Lang::En,
        "example.pk",
        None,
        "ISLAMABAD, Aug 5 (APP): Chairman Joint Chiefs of Staff Committee General Asad Karim called on Chinese Vice Chairman of the Central Military Commission General Li Wenhai in Beijing. General Li Wenhai appreciated Pakistan's role.",
    );
    let mentions = mentions_of(&d);
    let countries: Vec<Option<String>> = mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person && m.text == "Li Wenhai")
        .map(|m| m.actors[0].country.clone())
        .collect();
    assert_eq!(
        countries,
        [Some("CHN".to_string()), Some("CHN".to_string())],
        "{mentions:#?}"
    );
    assert_eq!(
        country_of_person(&mentions, "Asad Karim").as_deref(),
        Some("PAK")
    );
}

#[test]
fn an_apposition_title_with_its_adjective_and_a_state_that_is_no_person() {
    let d = doc(
        Lang::En,
        "example.com",
        None,
        "MANILA - The talks went well, said Harold Weston, the Canadian Minister of Defence, on Monday.",
    );
    let mentions = mentions_of(&d);
    assert_eq!(
        country_of_person(&mentions, "Harold Weston").as_deref(),
        Some("CAN")
    );
    let d = doc(
        Lang::En,
        "example.com",
        None,
        "The secretary held meetings with his United State, Singaporean and Japanese counterparts.",
    );
    let mentions = mentions_of(&d);
    assert!(
        !mentions.iter().any(|m| m.kind == MentionKind::Person),
        "{mentions:#?}"
    );
}

#[test]
fn a_given_name_that_is_a_word_still_opens_a_name() {
    let d = doc(
        Lang::En,
        "example.com",
        None,
        "Canada and Japan held talks. Mark Holloway, the Canadian Minister of Defence, praised Japan.",
    );
    let mentions = mentions_of(&d);
    assert_eq!(
        country_of_person(&mentions, "Mark Holloway").as_deref(),
        Some("CAN")
    );
}

#[test]
fn a_pronoun_after_a_role_and_a_counterpart_in_apposition() {
    let d = doc(
        Lang::Fr,
        "example.td",
        None,
        "Le président tchadien Idriss Mahamat a reçu mardi le ministre hongrois de la Défense, Ferenc Kovács. Le ministre hongrois a indiqué que son pays était prêt à former des militaires tchadiens. Il s'est ensuite entretenu avec son homologue tchadien, le général Abakar Djamous.",
    );
    let mentions = mentions_of(&d);
    let il = mentions
        .iter()
        .find(|m| m.text == "Il")
        .expect("the pronoun");
    assert_eq!(
        il.actors[0].name.as_deref(),
        Some("Ferenc Kovács"),
        "{mentions:#?}"
    );
    // `son homologue tchadien, le général X`: the counterpart is X, not a
    // role standing for the Hungarian.
    assert!(
        !mentions
            .iter()
            .any(|m| m.text == "son homologue" && m.actors[0].country.as_deref() == Some("HUN")),
        "{mentions:#?}"
    );
}

#[test]
fn a_cabinet_secretary_is_a_title() {
    let d = doc(
        Lang::En,
        "example.com",
        None,
        "NAIROBI, Kenya — Kenyan Defence Cabinet Secretary Grace Wanjiru hosted her Turkish counterpart on Tuesday.",
    );
    let mentions = mentions_of(&d);
    assert_eq!(
        country_of_person(&mentions, "Grace Wanjiru").as_deref(),
        Some("KEN")
    );
}
