//! RSS 0.9x/1.0/2.0 and Atom feeds (feed-rs): one report per item.

use crate::dates::parse_header_date;
use crate::html::fragment_text;
use crate::plain::Meta;

/// One feed item before normalization.
#[derive(Debug)]
pub struct FeedItem {
    pub meta: Meta,
    pub body: String,
}

/// Parses a feed from its raw bytes (feed-rs honours the XML declaration's encoding).
pub fn parse_feed(bytes: &[u8]) -> Result<Vec<FeedItem>, String> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| format!("not a readable RSS/Atom feed: {e}"))?;
    let source = feed.title.as_ref().map(|t| t.content.trim().to_string()).filter(|t| !t.is_empty());
    let mut items = Vec::with_capacity(feed.entries.len());
    for e in feed.entries {
        let mut meta = Meta {
            title: e.title.as_ref().map(|t| fragment_text(&t.content)).filter(|t| !t.is_empty()),
            url: e
                .links
                .iter()
                .map(|l| l.href.trim())
                .chain(std::iter::once(e.id.trim()))
                .find(|h| crate::html::is_article_url(h))
                .map(str::to_string),
            source: source.clone(),
            lang: e.language.clone().or_else(|| feed.language.clone()),
            lang_is_default: e.language.is_none(),
            ..Meta::default()
        };
        if let Some(when) = e.published.or(e.updated) {
            // feed-rs gives UTC date-times; re-parse the RFC 3339 form into date + time.
            meta.published = parse_header_date(&when.to_rfc3339());
        }
        let raw = e
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref())
            .filter(|b| !b.trim().is_empty())
            .or(e.summary.as_ref().map(|s| s.content.as_str()))
            .unwrap_or_default();
        let body =
            if raw.contains('<') || raw.contains('&') { fragment_text(raw) } else { raw.trim().to_string() };
        items.push(FeedItem { meta, body });
    }
    Ok(items)
}
