//! Any bytes, read as YAML, JSON and TOML: parsing, checking, the layout and its SVG must
//! never panic, every finding must render in both languages, and the layout must keep its
//! geometric promises (`layout::verify`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sop_core::{check_parsed, layout, parse_bytes, CheckOptions, Date, Format, Lang, Limits};

fuzz_target!(|data: &[u8]| {
    let options = CheckOptions {
        today: Date::new(2026, 11, 27),
        ..CheckOptions::default()
    };
    for format in [Format::Yaml, Format::Json, Format::Toml] {
        let (text, parsed) = parse_bytes(data, format, Limits::default());
        let report = check_parsed(&parsed, &options);
        for d in &report.diagnostics {
            for lang in Lang::ALL {
                let _ = d.message(lang);
            }
            if let Some(span) = parsed.span_of(d) {
                assert!(span.start <= span.end && span.end <= text.len() + 3, "span out of the text");
            }
        }
        let pages = layout::layout(&parsed.sop, &layout::LayoutOptions::default());
        if let Err(e) = layout::verify(&parsed.sop, &pages) {
            panic!("layout invariant broken: {e}");
        }
        let _ = layout::svg::html(&pages, &parsed.sop.identity.name, false);
    }
});
