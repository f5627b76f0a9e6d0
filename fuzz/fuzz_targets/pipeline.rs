//! Any bytes as the fetched document: detect → adapt → validate → render to
//! HTML, which must hold every invariant (`src/check.rs`). See
//! `article_widget_fuzz::pipeline`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(init: article_widget_fuzz::self_test(), |data: &[u8]| article_widget_fuzz::pipeline(data));
