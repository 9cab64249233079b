//! Development aid: precision of place detection on the POPCORN French test set (fictional news
//! texts, places worldwide). A predicted mention counts as right when it overlaps a gold PLACE
//! mention; recall is reported for gold PLACE mentions whose text is in the gazetteer.
//! Usage: cargo run --release -p veille-geo --example popcorn_precision -- ../shared/data/ner/popcorn_fr/test.json
use veille_core::Lang;

fn main() {
    let path = std::env::args().nth(1).expect("path to POPCORN test.json");
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
    let gp = veille_geo::Geoparser::load_default().expect("geoparser");
    let gaz = gp.gazetteer();
    let (mut pred, mut right, mut gold_in_gaz, mut found) = (0usize, 0usize, 0usize, 0usize);
    let mut wrong: Vec<String> = Vec::new();
    let mut missed: Vec<String> = Vec::new();
    for (_, doc) in data.as_object().expect("object") {
        let text = doc["text"].as_str().unwrap_or("");
        // char offsets → byte offsets
        let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
        let mut gold = Vec::new();
        for e in doc["entities"].as_array().into_iter().flatten() {
            if e["type"] != "PLACE" {
                continue;
            }
            for m in e["mentions"].as_array().into_iter().flatten() {
                let (s, en) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
                gold.push((bytes[s], bytes[en]));
            }
        }
        let seg = veille_text::segment(text, Lang::Fr);
        let ms = gp.annotate(text, &seg, Lang::Fr, &[]);
        for m in &ms {
            pred += 1;
            if gold.iter().any(|&(s, e)| m.name_span.start < e && s < m.name_span.end) {
                right += 1;
            } else if wrong.len() < 40 {
                let ctx_s = text[..m.name_span.start].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
                wrong.push(format!(
                    "{:?} ({:?}) in …{}",
                    m.name_span.slice(text),
                    m.geonames_id,
                    &text[ctx_s..m.name_span.end]
                ));
            }
        }
        for &(s, e) in &gold {
            if text[s..].chars().next().is_some_and(char::is_uppercase)
                && !gaz.candidates(&text[s..e]).is_empty()
            {
                gold_in_gaz += 1;
                let f = ms.iter().any(|m| m.name_span.start < e && s < m.name_span.end);
                found += usize::from(f);
                if !f && missed.len() < 25 {
                    let cs = text[..s].char_indices().rev().nth(25).map_or(0, |(i, _)| i);
                    missed.push(format!("{:?} in …{}", &text[s..e], &text[cs..e]));
                }
            }
        }
    }
    println!(
        "POPCORN test: {pred} predicted place mentions, {right} overlap a gold PLACE: precision {:.3}",
        right as f64 / pred.max(1) as f64
    );
    println!(
        "capitalised gold PLACE mentions whose whole text is a gazetteer name: {gold_in_gaz}; found {found}: recall {:.3}",
        found as f64 / gold_in_gaz.max(1) as f64
    );
    for m in missed {
        println!("  missed: {m}");
    }
    for w in wrong {
        println!("  not gold: {w}");
    }
}
