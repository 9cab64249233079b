//! Prints the place mentions of a text given on the command line (development aid).
fn main() {
    let text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let t0 = std::time::Instant::now();
    let gaz = veille_geo::Gazetteer::load_default().expect("gazetteer");
    let t1 = t0.elapsed();
    let gp = veille_geo::Geoparser::new(&gaz).expect("geoparser");
    let t2 = t0.elapsed();
    eprintln!(
        "load {t1:?}, automaton {:?} ({} KiB), {} places, {} keys",
        t2 - t1,
        gp.automaton_bytes() / 1024,
        gaz.len(),
        gaz.name_count()
    );
    let (lang, _) = veille_text::detect_lang(&text);
    let seg = veille_text::segment(&text, lang);
    for m in gp.annotate(&text, &seg, lang, &[]) {
        println!(
            "{:?} {:?} -> {} {:?} {:?}/{:?} {:?} {:?} p{} off={:?} b={:?} s={} {:?}",
            m.span.slice(&text),
            m.name_span.slice(&text),
            m.name,
            m.geonames_id,
            m.feature_class,
            m.feature_code,
            m.country,
            m.admin1,
            m.precision,
            m.offset_km,
            m.bearing,
            m.score,
            m.reason
        );
    }
}
