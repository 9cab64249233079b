//! JSONL / NDJSON: one report per line, fields `text` (required), `url`, `title`,
//! `published` (or `date`), `lang`, `source`, `id`. Also a plain `.json` file holding one such
//! object or an array of them (a common export format).

use crate::plain::Meta;
use serde_json::Value;

/// One line's outcome: a report's metadata and body, or why the line was skipped.
pub type Line = Result<(Meta, String, Vec<String>), String>;

/// Parses every non-blank line; the `usize` is the 1-based line number.
pub fn parse_jsonl(text: &str) -> Vec<(usize, Line)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| (i + 1, parse_line(l)))
        .collect()
}

fn parse_line(line: &str) -> Line {
    let v: Value = serde_json::from_str(line.trim()).map_err(|e| format!("malformed JSON ({e})"))?;
    from_value(v)
}

/// Reads a whole JSON document: an array of report objects (each with its 1-based index) or
/// one report object. `None` when the text is not JSON of that shape.
pub fn parse_json(text: &str) -> Option<Vec<(usize, Line)>> {
    match serde_json::from_str::<Value>(text.trim()).ok()? {
        Value::Array(items) => {
            Some(items.into_iter().enumerate().map(|(i, v)| (i + 1, from_value(v))).collect())
        }
        v @ Value::Object(_) => Some(vec![(1, from_value(v))]),
        _ => None,
    }
}

fn from_value(v: Value) -> Line {
    let Value::Object(o) = v else {
        return Err("not a JSON object".into());
    };
    let text = match o.get("text") {
        Some(Value::String(t)) if !t.trim().is_empty() => t.clone(),
        Some(Value::String(_)) => return Err("empty `text` field".into()),
        Some(_) => return Err("`text` field is not a string".into()),
        None => return Err("no `text` field".into()),
    };
    let mut meta = Meta::default();
    let mut warnings = Vec::new();
    for key in ["url", "title", "source", "lang", "id", "date", "published"] {
        match o.get(key) {
            Some(Value::String(s)) => {
                meta.set(key, s, &mut warnings);
            }
            Some(Value::Number(n)) if key == "id" => {
                meta.id = Some(n.to_string());
            }
            Some(Value::Null) | None => {}
            Some(_) => warnings.push(format!("field `{key}` is not a string; ignored")),
        }
    }
    Ok((meta, text, warnings))
}
