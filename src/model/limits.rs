//! Bounds on input, so that a huge or hostile document fails fast with a
//! clear error instead of freezing the page. docs/format.md lists them.

/// Largest document accepted, in bytes (5 MiB).
pub const MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;
/// Deepest nesting of inline formatting (emphasis inside a link inside …).
pub const MAX_INLINE_DEPTH: usize = 8;
/// Body blocks kept; more is an error.
pub const MAX_BLOCKS: usize = 10_000;
/// Inline runs in one block, and items in one list.
pub const MAX_INLINES: usize = 1_000;
/// Rows in one table, head and body together.
pub const MAX_TABLE_ROWS: usize = 1_000;
/// Cells in one table row.
pub const MAX_TABLE_COLUMNS: usize = 64;
/// Columns or rows one table cell spans (HTML allows 1,000 columns and
/// 65,534 rows; no table a reader can read needs more than a row's cells).
pub const MAX_TABLE_SPAN: u16 = 64;
/// Text tracks kept for one video or audio file.
pub const MAX_TRACKS: usize = 16;
/// Live blog updates kept, the newest; older ones are dropped with a
/// warning. A busy live blog posts a few dozen a day.
pub const MAX_UPDATES: usize = 200;
/// Lists nested in one list: an item's list, that list's items' lists, …
/// (the list itself is the first). Deeper lists join their item's text.
pub const MAX_LIST_DEPTH: usize = 4;
/// Authors kept; further ones are dropped with a warning.
pub const MAX_AUTHORS: usize = 10;
/// Related-story cards kept; further ones are dropped with a warning.
pub const MAX_RELATED: usize = 500;
/// Trending stories kept; further ones are dropped with a warning.
pub const MAX_TRENDING: usize = 10;
/// Stories kept under one author's bio; further ones are dropped with a warning.
pub const MAX_AUTHOR_STORIES: usize = 5;
/// Social links kept for one author.
pub const MAX_SOCIAL: usize = 10;
/// Renditions kept in one image's `srcset`; further ones are dropped with a
/// warning. WordPress makes six to ten of an upload; a browser needs no more.
pub const MAX_SRCSET: usize = 16;
/// Pictures kept in one gallery; further ones are dropped with a warning.
pub const MAX_GALLERY: usize = 100;
/// Characters in an image's `sizes` (media conditions and lengths).
pub const MAX_SIZES: usize = 500;
/// Characters in a headline, label, name or caption.
pub const MAX_SHORT_TEXT: usize = 500;
/// Characters in one text run, a bio or a summary.
pub const MAX_LONG_TEXT: usize = 20_000;
/// Characters in a URL.
pub const MAX_URL: usize = 2_048;
/// Width or height of an image, in CSS pixels. The same range in every
/// format (`width` in JSON, `<img width>`, a schema.org `QuantitativeValue`):
/// no real image is outside it, and a bound keeps every layout finite.
pub const PIXELS: std::ops::RangeInclusive<u32> = 1..=20_000;
