//! HTML pages: main text (dom_smoothie, a Readability port; fallback: the `<article>` /
//! `<main>` / `<body>` text without navigation, scripts and footers) and metadata (title,
//! publication date, canonical URL, site name, language).

use crate::dates::parse_header_date;
use crate::plain::Meta;
use scraper::{ElementRef, Html, Node, Selector};
use std::sync::OnceLock;

/// Meta keys (`property`, `name` or `itemprop`, lower case) that carry the publication date,
/// best first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
];

struct Selectors {
    meta: Selector,
    title: Selector,
    h1: Selector,
    canonical: Selector,
    html: Selector,
    json_ld: Selector,
    time: Selector,
    roots: Vec<Selector>,
}

fn sel() -> &'static Selectors {
    static S: OnceLock<Selectors> = OnceLock::new();
    S.get_or_init(|| {
        let p = |s: &str| Selector::parse(s).expect("static selector");
        Selectors {
            meta: p("meta"),
            title: p("title"),
            h1: p("h1"),
            canonical: p("link[rel=canonical]"),
            html: p("html"),
            json_ld: p("script[type=\"application/ld+json\"]"),
            time: p("time[datetime]"),
            roots: ["article", "main", "[role=main]", "body"].iter().map(|s| p(s)).collect(),
        }
    })
}

/// What a page yields.
#[derive(Debug, Default)]
pub struct Page {
    pub meta: Meta,
    pub body: String,
}

/// Extracts metadata and main text from an HTML page; `warnings` gets unparseable dates.
pub fn parse_html(html: &str, warnings: &mut Vec<String>) -> Page {
    let doc = Html::parse_document(html);
    let meta = metadata(&doc, warnings);
    let body = readability_text(html).unwrap_or_else(|| fallback_text(&doc));
    Page { meta, body }
}

fn metadata(doc: &Html, warnings: &mut Vec<String>) -> Meta {
    let s = sel();
    let mut meta = Meta::default();
    let mut metas: Vec<(String, &str)> = Vec::new();
    for m in doc.select(&s.meta) {
        let e = m.value();
        let Some(content) = e.attr("content").map(str::trim).filter(|c| !c.is_empty()) else { continue };
        for attr in ["property", "name", "itemprop"] {
            if let Some(k) = e.attr(attr) {
                metas.push((k.trim().to_ascii_lowercase(), content));
            }
        }
    }
    let get = |key: &str| metas.iter().find(|(k, _)| k == key).map(|(_, v)| *v);

    // Title: og:title, twitter:title, <title>, first <h1>.
    meta.title = get("og:title")
        .or_else(|| get("twitter:title"))
        .map(collapse)
        .or_else(|| doc.select(&s.title).next().map(|t| collapse(&t.text().collect::<String>())))
        .filter(|t| !t.is_empty())
        .or_else(|| doc.select(&s.h1).next().map(|t| collapse(&t.text().collect::<String>())))
        .filter(|t| !t.is_empty());

    // URL: canonical link, og:url. Only absolute http(s) URLs with a path identify a
    // document: a canonical pointing at the home page (a common template error) would merge
    // every article of the site into one id.
    meta.url = doc
        .select(&s.canonical)
        .filter_map(|l| l.value().attr("href"))
        .chain(get("og:url"))
        .map(str::trim)
        .find(|u| is_article_url(u))
        .map(str::to_string);

    meta.source = get("og:site_name").map(collapse);
    meta.lang = doc
        .select(&s.html)
        .next()
        .and_then(|h| h.value().attr("lang"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string);
    meta.lang_is_default = true;

    // Publication date: meta tags, JSON-LD, <time datetime>. The first candidate that parses
    // wins; unparseable ones are reported only if nothing parses.
    let ld = json_ld(doc);
    let time_attr = {
        let times: Vec<ElementRef> = doc.select(&s.time).collect();
        times
            .iter()
            .find(|t| {
                t.value().attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
                    || t.value().attr("pubdate").is_some()
            })
            .or(times.first())
            .and_then(|t| t.value().attr("datetime"))
    };
    let candidates: Vec<&str> = DATE_KEYS
        .iter()
        .filter_map(|k| get(k))
        .chain(ld.date_published.as_deref())
        .chain(time_attr)
        .collect();
    match candidates.iter().find_map(|c| parse_header_date(c)) {
        Some(d) => meta.published = Some(d),
        None => {
            if let Some(c) = candidates.first() {
                warnings.push(format!("publication date `{c}` not understood; left unknown"));
            }
        }
    }
    if meta.title.is_none() {
        meta.title = ld.headline;
    }
    if meta.source.is_none() {
        meta.source = ld.publisher;
    }
    meta
}

#[derive(Default)]
struct JsonLd {
    date_published: Option<String>,
    headline: Option<String>,
    publisher: Option<String>,
}

fn json_ld(doc: &Html) -> JsonLd {
    let mut out = JsonLd::default();
    for script in doc.select(&sel().json_ld) {
        let raw: String = script.text().collect();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(raw.trim()) {
            walk_ld(&v, &mut out, 0);
        }
    }
    out
}

fn walk_ld(v: &serde_json::Value, out: &mut JsonLd, depth: usize) {
    use serde_json::Value;
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| walk_ld(x, out, depth + 1)),
        Value::Object(o) => {
            if out.date_published.is_none()
                && let Some(Value::String(d)) = o.get("datePublished")
            {
                out.date_published = Some(d.clone());
            }
            if out.headline.is_none()
                && let Some(Value::String(h)) = o.get("headline")
            {
                out.headline = Some(collapse(h));
            }
            if out.publisher.is_none()
                && let Some(Value::String(n)) = o.get("publisher").and_then(|p| p.get("name"))
            {
                out.publisher = Some(collapse(n));
            }
            if let Some(g) = o.get("@graph") {
                walk_ld(g, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// Main text by dom_smoothie; `None` when it finds no article or a near-empty one.
fn readability_text(html: &str) -> Option<String> {
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let mut r = dom_smoothie::Readability::new(html, None, Some(cfg)).ok()?;
    let article = r.parse().ok()?;
    let text = tidy_lines(&article.text_content);
    (text.chars().filter(|c| c.is_alphanumeric()).count() >= 40).then_some(text)
}

/// Elements whose content is never article text.
fn is_boilerplate(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "nav"
            | "footer"
            | "header"
            | "aside"
            | "form"
            | "svg"
            | "iframe"
            | "button"
            | "select"
            | "menu"
            | "head"
            | "title"
    )
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "br"
            | "figure"
            | "figcaption"
            | "dd"
            | "dt"
            | "hr"
    )
}

/// The text of the first `<article>`, `<main>`, `[role=main]` or `<body>` (or the whole
/// document), with boilerplate elements dropped and a line break per block element.
pub(crate) fn fallback_text(doc: &Html) -> String {
    let root = sel().roots.iter().find_map(|s| doc.select(s).next()).unwrap_or_else(|| doc.root_element());
    let mut out = String::new();
    walk(root, &mut out);
    tidy_lines(&out)
}

/// Text of an HTML fragment (feed item content), same rules as [`fallback_text`].
pub(crate) fn fragment_text(html: &str) -> String {
    let frag = Html::parse_fragment(html);
    let mut out = String::new();
    walk(frag.root_element(), &mut out);
    tidy_lines(&out)
}

fn walk(el: ElementRef, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if is_boilerplate(name) {
                    continue;
                }
                let block = is_block(name);
                if block {
                    out.push('\n');
                }
                if let Some(c) = ElementRef::wrap(child) {
                    walk(c, out);
                }
                if block {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

/// Collapses runs of spaces inside lines, drops empty lines, and separates paragraphs with one
/// blank line.
fn tidy_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines() {
        let mut first = true;
        for w in line.split_whitespace() {
            if first {
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                first = false;
            } else {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

/// An absolute http(s) URL with something after the host.
pub(crate) fn is_article_url(u: &str) -> bool {
    let Some(rest) = u.strip_prefix("https://").or_else(|| u.strip_prefix("http://")) else { return false };
    let after_host = rest.find(['/', '?']).map_or("", |i| &rest[i..]);
    !after_host.trim_matches(['/', '?', '#']).is_empty()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallback_drops_boilerplate() {
        let html = "<html><body><nav>Accueil | Politique</nav><script>var x=1;</script>\
            <div><p>Premier   paragraphe.</p><p>Second<br>ligne.</p></div><footer>© Journal</footer></body></html>";
        let doc = Html::parse_document(html);
        assert_eq!(fallback_text(&doc), "Premier paragraphe.\n\nSecond\n\nligne.");
    }

    #[test]
    fn article_urls() {
        assert!(is_article_url("https://example.org/mali/attaque-gao"));
        assert!(is_article_url("http://example.org/?p=123"));
        assert!(!is_article_url("https://example.org/"));
        assert!(!is_article_url("https://example.org"));
        assert!(!is_article_url("/relative/path"));
    }

    #[test]
    fn fragment() {
        assert_eq!(
            fragment_text("<p>Un <b>drone</b> a frappé.</p><p>Deux morts.</p>"),
            "Un drone a frappé.\n\nDeux morts."
        );
    }
}
