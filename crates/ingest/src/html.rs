//! The article of a web page: its body text without menus, scripts, share
//! bars or footers, plus the title, date and address the page declares.

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};

use crate::normalize_published;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HtmlArticle {
    pub title: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    /// Paragraphs separated by a blank line.
    pub text: String,
}

/// Elements that never hold article text.
const SKIPPED_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
    "figcaption",
    "head",
    "title",
];

/// Class or id words that mark page furniture.
const FURNITURE_WORDS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "comment",
    "comments",
    "related",
    "menu",
    "nav",
    "navbar",
    "breadcrumb",
    "breadcrumbs",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "promo",
    "newsletter",
    "sidebar",
    "cookie",
    "cookies",
    "subscribe",
    "footer",
    "tags",
];

/// Elements after which the text starts a new paragraph.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "br",
    "tr",
    "table",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "figure",
    "body",
];

/// Extracts the article of `html`; tolerant of truncated or invalid markup.
pub fn extract_article(html: &str) -> HtmlArticle {
    let page = Html::parse_document(&crate::html_bounds::bounded(html));
    let text = article_root(&page)
        .map(|root| block_text(root))
        .unwrap_or_default();
    HtmlArticle {
        title: first_content(&page, &["meta[property='og:title']"])
            .or_else(|| first_text(&page, "title"))
            .or_else(|| first_text(&page, "h1")),
        published: first_content(
            &page,
            &[
                "meta[property='article:published_time']",
                "meta[itemprop='datePublished']",
                "meta[name='pubdate']",
                "meta[name='date']",
            ],
        )
        .or_else(|| first_attr(&page, "time[datetime]", "datetime"))
        .and_then(|d| normalize_published(&d)),
        url: first_attr(&page, "link[rel='canonical']", "href")
            .or_else(|| first_content(&page, &["meta[property='og:url']"])),
        text,
    }
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("selectors in this file are valid")
}

/// The element holding the story: the largest `<article>`, else an
/// `articleBody`, `<main>`, or the whole `<body>`.
fn article_root(page: &Html) -> Option<ElementRef<'_>> {
    let largest_article = page
        .select(&selector("article"))
        .max_by_key(|a| a.text().map(str::len).sum::<usize>());
    largest_article
        .or_else(|| page.select(&selector("[itemprop='articleBody']")).next())
        .or_else(|| page.select(&selector("main")).next())
        .or_else(|| page.select(&selector("body")).next())
        .or_else(|| Some(page.root_element()))
}

fn is_furniture(element: &scraper::node::Element) -> bool {
    if SKIPPED_ELEMENTS.contains(&element.name()) {
        return true;
    }
    let marks = element.attr("class").into_iter().chain(element.attr("id"));
    marks
        .flat_map(|m| m.split(|c: char| c.is_whitespace() || c == '-' || c == '_'))
        .any(|word| FURNITURE_WORDS.contains(&word.to_ascii_lowercase().as_str()))
}

/// The text under `root`, whitespace collapsed, one paragraph per block.
/// Iterative (no recursion), so deeply nested pages cannot overflow the stack.
fn block_text(root: ElementRef<'_>) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut skipping = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) if is_furniture(el) => skipping += 1,
                Node::Element(el) if skipping == 0 && BLOCK_ELEMENTS.contains(&el.name()) => {
                    flush(&mut current, &mut paragraphs)
                }
                Node::Text(t) if skipping == 0 => push_collapsed(&mut current, t),
                _ => {}
            },
            Edge::Close(node) => match node.value() {
                Node::Element(el) if is_furniture(el) => skipping -= 1,
                Node::Element(el) if skipping == 0 && BLOCK_ELEMENTS.contains(&el.name()) => {
                    flush(&mut current, &mut paragraphs)
                }
                _ => {}
            },
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs.join("\n\n")
}

fn push_collapsed(out: &mut String, text: &str) {
    for (i, word) in text.split_whitespace().enumerate() {
        let starts_with_space = i > 0 || text.starts_with(char::is_whitespace);
        if starts_with_space && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(word);
    }
    if text.ends_with(char::is_whitespace) && !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    let trimmed = current.trim();
    if !trimmed.is_empty() {
        paragraphs.push(trimmed.to_string());
    }
    current.clear();
}

fn first_content(page: &Html, selectors: &[&str]) -> Option<String> {
    selectors
        .iter()
        .find_map(|css| first_attr(page, css, "content"))
}

fn first_attr(page: &Html, css: &str, attr: &str) -> Option<String> {
    page.select(&selector(css))
        .find_map(|el| el.value().attr(attr))
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn first_text(page: &Html, css: &str) -> Option<String> {
    page.select(&selector(css))
        .map(|el| el.text().collect::<Vec<_>>().join(" "))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Site | Une visite</title>
<meta property="article:published_time" content="2024-03-05T08:00:00+07:00">
<link rel="canonical" href="https://news.example/visite.html">
<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Une visite</h1><p>Le ministre a reçu   l'ambassadeur.</p>
<figure><img src="a.jpg"><figcaption>Le ministre. Photo : X</figcaption></figure>
<div class="share-buttons">Partager Facebook</div><p>Les deux parties ont <b>signé</b> un accord.</p></article>
<footer>© 2024 Journal</footer></body></html>"#;

    #[test]
    fn keeps_the_article_and_drops_the_furniture() {
        let article = extract_article(PAGE);
        assert_eq!(
            article.text,
            "Une visite\n\nLe ministre a reçu l'ambassadeur.\n\nLes deux parties ont signé un accord."
        );
        assert_eq!(article.title.as_deref(), Some("Site | Une visite"));
        assert_eq!(article.published.as_deref(), Some("2024-03-05"));
        assert_eq!(
            article.url.as_deref(),
            Some("https://news.example/visite.html")
        );
    }

    #[test]
    fn truncated_markup_still_gives_the_text_read_so_far() {
        let article = extract_article("<html><body><p>Le ministre a reçu la délégation<p>Les deux");
        assert_eq!(article.text, "Le ministre a reçu la délégation\n\nLes deux");
    }

    /// Issue 14: 100,000 nested `<div>`s (1.1 MB) took half a minute, and
    /// a tag with 200,000 attributes 24 s; now the deep tags and the excess
    /// attributes are dropped before parsing, and the text is still read.
    #[test]
    fn hostile_nesting_and_attributes_still_give_the_text() {
        let nested = format!(
            "<body>{}<p>Le texte</p>{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        assert_eq!(extract_article(&nested).text, "Le texte");
        let attributes: String = (0..200_000).map(|i| format!(" a{i}=\"v\"")).collect();
        let page = format!("<body><div{attributes}><p>Le texte</p></div></body>");
        assert_eq!(extract_article(&page).text, "Le texte");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!("{}deep{}", "<div>".repeat(20_000), "</div>".repeat(20_000));
        assert_eq!(extract_article(&html).text, "deep");
    }
}
