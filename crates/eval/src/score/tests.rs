//! The scorer on hand-made gold and system events, as EVENTS.md §4 says.

use attache_model::{Actor, Event, Tier};

use super::*;

fn event(
    doc: &str,
    tier: Tier,
    cameo: &str,
    source: &str,
    target: &str,
    date: Option<&str>,
) -> Event {
    let actor = |party: &str| {
        if party.chars().all(|c| c.is_ascii_uppercase())
            && party.len() == 3
            && !["ADM"].contains(&party)
        {
            Actor::of_country(party)
        } else {
            Actor {
                igo: Some(party.to_string()),
                ..Actor::default()
            }
        }
    };
    Event {
        date: date.map(str::to_string),
        ..Event::new(doc, tier, cameo, actor(source), actor(target), "e")
    }
}

fn activity(cameo: &str, source: &str, target: &str, date: Option<&str>) -> Event {
    event("d1", Tier::Activity, cameo, source, target, date)
}

fn fr(_: &str) -> String {
    "fr".into()
}

#[test]
fn repeats_are_neither_right_nor_wrong() {
    let gold = [activity("043", "VNM", "USA", Some("2019-11-20"))];
    let system = [
        activity("043", "VNM", "USA", Some("2019-11-20")),
        activity("042", "VNM", "USA", Some("2019-11-20")),
    ];
    let s = score(&gold, &system, &fr);
    let t = &s.tiers["activity/all"];
    assert_eq!((t.matched, t.repeats, t.false_positives), (1, 1, 0));
    assert_eq!(t.f1(), 1.0);
}

#[test]
fn optional_and_derived_events_are_dropped() {
    let mut optional = activity("057", "VNM", "LAO", None);
    optional.optional = true;
    let gold = [activity("043", "VNM", "LAO", None), optional];
    let mut derived = activity("042", "LAO", "VNM", None);
    derived.derived = true;
    let system = [
        activity("057", "LAO", "VNM", None),
        derived,
        activity("043", "VNM", "LAO", None),
    ];
    let t = &score(&gold, &system, &fr).tiers["activity/all"];
    assert_eq!(
        (t.gold, t.matched, t.ignored, t.false_positives),
        (1, 1, 2, 0)
    );
}

#[test]
fn joint_and_symmetric_codes_match_either_way_round() {
    let mut joint = event("d1", Tier::Verbal, "030", "VNM", "FRA", None);
    joint.joint = true;
    let s = score(
        &[joint],
        &[event("d1", Tier::Verbal, "031", "FRA", "VNM", None)],
        &fr,
    );
    assert_eq!(
        (
            s.tiers["verbal/all"].matched,
            s.tiers["verbal/all"].same_code
        ),
        (1, 0)
    );
    let talks = [activity("040", "VNM", "FRA", None)];
    let reversed_talks = [activity("040", "FRA", "VNM", None)];
    assert_eq!(
        score(&talks, &reversed_talks, &fr).tiers["activity/all"].matched,
        1
    );
    let reception = [activity("043", "VNM", "FRA", None)];
    let reversed_reception = [activity("043", "FRA", "VNM", None)];
    let a = &score(&reception, &reversed_reception, &fr).tiers["activity/all"];
    assert_eq!(
        (a.matched, a.false_positives),
        (0, 1),
        "043 is not symmetric"
    );
}

#[test]
fn un_missions_match_the_un() {
    let gold = [activity("074", "VNM", "UNMISS", None)];
    let system = [activity("074", "VNM", "UN", None)];
    assert_eq!(score(&gold, &system, &fr).tiers["activity/all"].matched, 1);
}

#[test]
fn unknown_years_compare_month_and_day() {
    let gold = [activity("042", "VNM", "LAO", Some("XXXX-04-10"))];
    let right = [activity("042", "VNM", "LAO", Some("2023-04-10"))];
    let wrong = [activity("042", "VNM", "LAO", Some("2023-04-11"))];
    assert_eq!(score(&gold, &right, &fr).tiers["activity/all"].matched, 1);
    assert_eq!(
        score(&gold, &wrong, &fr).tiers["activity/all"].false_positives,
        1
    );
    let undated_gold = [activity("042", "VNM", "LAO", None)];
    assert_eq!(
        score(&undated_gold, &wrong, &fr).tiers["activity/all"].matched,
        1
    );
}

#[test]
fn links_across_documents_are_scored_pairwise() {
    let mut g1 = activity("043", "VNM", "USA", Some("2019-11-20"));
    g1.cluster = Some("c".into());
    let mut g2 = g1.clone();
    g2.doc = "d2".into();
    let mut g3 = activity("043", "VNM", "JPN", Some("2019-11-21"));
    g3.doc = "d3".into();
    g3.cluster = Some("other".into());
    let mut s1 = g1.clone();
    s1.cluster = None;
    s1.event_id = Some("e1".into());
    let mut s2 = g2.clone();
    s2.cluster = None;
    s2.event_id = Some("e1".into());
    let mut s3 = g3.clone();
    s3.cluster = None;
    s3.event_id = Some("e1".into());
    let links = score(&[g1, g2, g3], &[s1, s2, s3], &fr).links;
    assert_eq!((links.predicted, links.gold, links.correct), (3, 1, 1));
    assert!((links.precision() - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(links.recall(), 1.0);
}

#[test]
fn scores_are_kept_per_language() {
    let gold = [activity("043", "VNM", "USA", None)];
    let system = [activity("043", "VNM", "USA", None)];
    let s = score(&gold, &system, &|_| "en".to_string());
    assert_eq!(s.tiers["activity/en"].matched, 1);
    assert!(!s.tiers.contains_key("activity/fr"));
}

#[test]
fn pairs_agreeing_on_the_code_are_taken_first() {
    // The visit comes first but must not take the gold talks that the
    // system's talks match.
    let gold = [activity("040", "VNM", "FRA", Some("2024-05-05"))];
    let system = [
        activity("042", "FRA", "VNM", Some("2024-05-05")),
        activity("040", "FRA", "VNM", Some("2024-05-05")),
    ];
    let s = score(&gold, &system, &fr);
    let t = &s.tiers["activity/all"];
    assert_eq!((t.matched, t.same_code, t.repeats), (1, 1, 1));
}

#[test]
fn matching_pairs_as_many_events_as_can_be() {
    // The two-day talks could take either gold day; the one-day report can
    // only take the first, so the two-day report moves to the second.
    let gold = [
        activity("040", "VNM", "FRA", Some("2024-05-05")),
        activity("040", "VNM", "FRA", Some("2024-05-06")),
    ];
    let system = [
        activity("040", "VNM", "FRA", Some("2024-05-05/2024-05-06")),
        activity("046", "VNM", "FRA", Some("2024-05-05")),
    ];
    let s = score(&gold, &system, &fr);
    let t = &s.tiers["activity/all"];
    assert_eq!((t.matched, t.repeats, t.false_positives), (2, 0, 0));
}

#[test]
fn events_of_another_tier_never_match_though_their_roots_agree() {
    // A signing (057, activity) is not thanks (051, verbal); an announced
    // visit (036, activity) is not an intent to cooperate (030, verbal).
    let gold = [
        event("d1", Tier::Verbal, "051", "VNM", "LAO", None),
        event("d1", Tier::Verbal, "030", "VNM", "LAO", None),
    ];
    let system = [
        activity("057", "VNM", "LAO", None),
        activity("036", "VNM", "LAO", None),
    ];
    let s = score(&gold, &system, &fr);
    let (activity, verbal) = (&s.tiers["activity/all"], &s.tiers["verbal/all"]);
    assert_eq!((activity.matched, activity.false_positives), (0, 2));
    assert_eq!((verbal.gold, verbal.matched, verbal.recall()), (2, 0, 0.0));
}

#[test]
fn repeats_and_optional_events_are_per_tier() {
    // The verbal 051 would match the activity gold but for its tier: it is
    // a false positive, not a repeat; the optional verbal gold does not
    // drop the activity 036.
    let mut optional = event("d1", Tier::Verbal, "030", "VNM", "LAO", None);
    optional.optional = true;
    let gold = [activity("057", "VNM", "LAO", None), optional];
    let system = [
        activity("057", "VNM", "LAO", None),
        event("d1", Tier::Verbal, "051", "VNM", "LAO", None),
        activity("036", "VNM", "LAO", None),
    ];
    let s = score(&gold, &system, &fr);
    let (activity, verbal) = (&s.tiers["activity/all"], &s.tiers["verbal/all"]);
    assert_eq!(
        (
            activity.matched,
            activity.repeats,
            activity.ignored,
            activity.false_positives
        ),
        (1, 0, 0, 1)
    );
    assert_eq!(
        (verbal.gold, verbal.repeats, verbal.false_positives),
        (0, 0, 1)
    );
}

/// An event of document `doc` with its evidence.
fn said(
    doc: &str,
    tier: Tier,
    cameo: &str,
    parties: (&str, &str),
    date: &str,
    evidence: &str,
) -> Event {
    Event {
        evidence: evidence.into(),
        ..event(doc, tier, cameo, parties.0, parties.1, Some(date))
    }
}

/// The classes of the missed gold events and the false positives, in order.
fn classes(gold: &[Event], system: &[Event]) -> (Vec<ErrorClass>, Vec<ErrorClass>) {
    let text =
        "A visita B. A signa l'accord. A reçut le ministre. A reçut les envoyés. Autre. Rien.";
    let s = score_with_texts(gold, system, &fr, &|_| Some(text));
    let missed = s.missed.iter().map(|e| e.class).collect();
    let false_positives = s.false_positives.iter().map(|e| e.class).collect();
    (missed, false_positives)
}

#[test]
fn errors_are_classed_by_what_the_other_side_holds() {
    use ErrorClass::*;
    let a = Tier::Activity;
    let day = "2024-05-05";
    let vl = ("VNM", "LAO");
    let gold = [
        said("d1", a, "042", vl, day, "A visita B"),
        said("d2", a, "057", vl, day, "signa l'accord"),
        said("d3", a, "043", vl, day, "reçut le ministre"),
        said("d4", a, "042", vl, day, "visita B"),
        said("d5", a, "043", vl, day, "reçut les envoyés"),
        said("d5", a, "043", ("VNM", "KHM"), day, "reçut les envoyés"),
    ];
    let system = [
        said("d2", a, "040", vl, day, "A signa"),
        said("d3", a, "043", ("VNM", "KHM"), day, "A reçut le"),
        said("d4", a, "042", vl, "2024-05-09", "A visita"),
        said("d5", a, "043", vl, day, "A reçut les"),
        said("d6", a, "043", vl, day, "Rien"),
    ];
    let (missed, false_positives) = classes(&gold, &system);
    assert_eq!(missed, [NoTrigger, WrongCode, WrongParty, Date, Merged]);
    assert_eq!(false_positives, [WrongCode, WrongParty, Date, NotInGold]);
}

#[test]
fn a_false_positive_beside_a_found_event_is_repeat_like_and_tiers_stay_apart() {
    use ErrorClass::*;
    let a = Tier::Activity;
    let vl = ("VNM", "LAO");
    let gold = [
        said("d1", a, "042", vl, "2024-05-05", "A visita B"),
        said("d1", Tier::Verbal, "051", vl, "2024-05-05", "Autre"),
    ];
    let system = [
        said("d1", a, "042", vl, "2024-05-05", "A visita B"),
        said("d1", a, "042", vl, "2023-01-01", "Rien"),
        // Overlaps the verbal gold only: not in the activity gold.
        said("d1", a, "057", vl, "2024-05-05", "Autre"),
    ];
    let (missed, false_positives) = classes(&gold, &system);
    assert_eq!(missed, [NoTrigger]);
    assert_eq!(false_positives, [RepeatLike, NotInGold]);
}

#[test]
fn matched_pairs_with_other_codes_or_dates_are_listed() {
    let gold = [
        event("d1", Tier::Verbal, "0312", "VNM", "LAO", Some("2019-11-20")),
        activity("043", "VNM", "LAO", Some("2019-11-20")),
    ];
    let system = [
        event("d1", Tier::Verbal, "030", "VNM", "LAO", Some("2019-11-20")),
        activity("043", "VNM", "LAO", Some("2019-11")),
    ];
    let s = score(&gold, &system, &fr);
    assert_eq!(s.other_codes.len(), 1, "{:?}", s.other_codes);
    assert!(s.other_codes[0].contains(" 030 | "), "{:?}", s.other_codes);
    assert_eq!(s.other_dates.len(), 1, "{:?}", s.other_dates);
    assert_eq!(s.tiers["verbal/all"].same_code, 0);
}
