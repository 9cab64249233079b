//! Throughput of ingest alone (read, decode, sniff, header, normalize, language id) over the
//! files under a path. Run in release:
//!
//!     cargo run --release -p veille-ingest --example ingest_throughput -- bench/out/corpus-10000

use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: ingest_throughput PATH");
        std::process::exit(2);
    };
    let t0 = Instant::now();
    let sources = match veille_ingest::sources(&[path]) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let (mut docs, mut skipped, mut bytes, mut chars) = (0usize, 0usize, 0u64, 0usize);
    for src in &sources {
        let b = veille_ingest::read_source(src);
        bytes += b.bytes;
        for item in b.items {
            match item {
                Ok(d) => {
                    docs += 1;
                    chars += d.text.len();
                }
                Err(_) => skipped += 1,
            }
        }
    }
    let dt = t0.elapsed().as_secs_f64();
    println!(
        "{} files, {docs} documents, {skipped} skipped, {:.2} MB read, {:.2} MB text in {dt:.3} s: {:.0} docs/s, {:.1} MB/s",
        sources.len(),
        bytes as f64 / 1e6,
        chars as f64 / 1e6,
        docs as f64 / dt,
        bytes as f64 / 1e6 / dt
    );
}
