//! Any bytes as the string fields of an otherwise valid document (native,
//! WordPress, JSON Feed, Ghost, JSON-LD), so they reach the HTML converter
//! and the URL checks. See `article_widget_fuzz::structured`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(init: article_widget_fuzz::self_test(), |data: &[u8]| article_widget_fuzz::structured::structured(data));
