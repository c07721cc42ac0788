//! The review of a synthetic store: its figures, JSON and Markdown
//! snapshots, and HTML that parses, holds no script or external resource,
//! and keeps hostile page text inert.

mod common;

use attache_report::{render_html, render_json, render_markdown, Kind, ReportLang};
use scraper::{Html, Selector};

fn count(review: &attache_report::Review, kind: Kind) -> usize {
    review.glance.iter().find(|f| f.kind == kind).unwrap().count
}

#[test]
fn figures_of_the_synthetic_year() {
    let review = common::review(ReportLang::En);
    assert_eq!(count(&review, Kind::DelegationsSent), 1);
    assert_eq!(
        count(&review, Kind::DelegationsReceived),
        1,
        "the visit stated beside its reception is counted once"
    );
    assert_eq!(count(&review, Kind::Dialogues), 1);
    assert_eq!(count(&review, Kind::Peacekeeping), 1);
    assert_eq!(count(&review, Kind::Talks), 1);
    assert_eq!(
        count(&review, Kind::Commitments),
        0,
        "below the confidence asked for"
    );
    let received = review
        .glance
        .iter()
        .find(|f| f.kind == Kind::DelegationsReceived)
        .unwrap();
    assert_eq!(
        received.previous, 1,
        "2023's reception; its derived visit is not counted"
    );
    assert_eq!(review.coverage.derived_ids, ["ev-usa-visit"]);
    assert_eq!(review.coverage.low_confidence_ids, ["ev-guessed"]);
    assert_eq!(review.coverage.unknown_year_unpublished, 1);
    let mechanism = &review.mechanisms[0];
    assert_eq!(
        (mechanism.session, mechanism.name.as_deref()),
        (Some(15), Some("Vietnam–India Defence Policy Dialogue"))
    );
    assert_eq!(review.deployments[0].units, ["Level-2 Field Hospital"]);
    assert_eq!(review.deployments[0].personnel, ["63 officers"]);
    let laos = review
        .partners
        .iter()
        .find(|p| p.party.code == "LAO")
        .unwrap();
    assert_eq!(laos.group_label, "Neighbours");
    assert_eq!(laos.highest_level.as_ref().unwrap().label, "Minister");
    assert_eq!(
        review.notable[0].event_id, "ev-visit",
        "two outlets come first"
    );
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!(render_json(&common::review(ReportLang::En)));
}

#[test]
fn markdown_snapshots_in_both_languages() {
    insta::assert_snapshot!(
        "markdown_fr",
        render_markdown(&common::review(ReportLang::Fr))
    );
    insta::assert_snapshot!(
        "markdown_en",
        render_markdown(&common::review(ReportLang::En))
    );
}

fn select<'h>(html: &'h Html, css: &str) -> Vec<scraper::ElementRef<'h>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn the_page_parses_and_is_self_contained() {
    for lang in [ReportLang::Fr, ReportLang::En] {
        let text = render_html(&common::review(lang));
        let page = Html::parse_document(&text);
        assert!(page.errors.is_empty(), "{:?}", page.errors);
        assert_eq!(
            select(&page, "html")[0].value().attr("lang"),
            Some(lang.code())
        );
        assert!(select(
            &page,
            "script, link, img, iframe, object, embed, video, audio, image, use"
        )
        .is_empty());
        for element in select(&page, "*") {
            for (name, value) in element.value().attrs() {
                assert!(!name.starts_with("on"), "event handler {name}");
                assert!(
                    name != "src" && !(name == "href" && element.value().name() != "a"),
                    "{name}={value}"
                );
            }
        }
        for style in select(&page, "style") {
            let css = style.text().collect::<String>();
            assert!(
                !css.contains("url(") && !css.contains("@import") && !css.contains("@font-face")
            );
        }
        assert_eq!(select(&page, "svg").len(), 3, "three charts");
        for svg in select(&page, "svg") {
            assert!(!select(&page, "svg text").is_empty());
            assert!(svg.value().attr("aria-label").is_some());
        }
    }
}

#[test]
fn hostile_text_stays_text_and_only_web_addresses_are_links() {
    let text = render_html(&common::review(ReportLang::En));
    let page = Html::parse_document(&text);
    let hrefs: Vec<&str> = select(&page, "a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(hrefs.iter().all(|h| h.starts_with("https://")), "{hrefs:?}");
    assert!(!text.to_lowercase().contains("javascript:alert(1)\""));
    let quotes: String = select(&page, "blockquote")
        .iter()
        .flat_map(|b| b.text())
        .collect();
    assert!(quotes.contains("<script>alert(\"x\")</script> thanked 'Vietnam' & its people"));
    let body: String = select(&page, "body")
        .iter()
        .flat_map(|b| b.text())
        .collect();
    assert!(
        body.contains("<img src=x onerror=alert(1)>"),
        "a hostile name is shown as text"
    );
    let markdown = render_markdown(&common::review(ReportLang::En));
    assert!(!markdown.contains("](javascript"));
    assert!(!markdown.contains("<script>"));
}
