use leptos::either::Either;
use leptos::prelude::*;

use super::Inlines;
use crate::i18n::{Key, Strings};
use crate::model::Cell;

/// A table of data in a region that scrolls sideways, so a wide table never
/// widens a phone's page. The region is named (by the caption, else
/// "Table") and focusable, so a keyboard can scroll it
/// (<https://www.w3.org/WAI/WCAG22/Understanding/keyboard.html>).
#[component]
pub fn Table(
    /// The table's `<caption>`, if any.
    caption: Option<String>,
    /// Rows of column headings (`<thead>`); may be empty.
    head: Vec<Vec<Cell>>,
    /// The rows of data (`<tbody>`).
    rows: Vec<Vec<Cell>>,
) -> impl IntoView {
    let label = caption.clone().unwrap_or_else(|| Strings::current().get(Key::Table).to_owned());
    let head = (!head.is_empty()).then(|| {
        view! { <thead>{head.into_iter().map(|row| self::row(row, true)).collect_view()}</thead> }
    });
    let rows = (!rows.is_empty()).then(|| {
        view! { <tbody>{rows.into_iter().map(|row| self::row(row, false)).collect_view()}</tbody> }
    });
    view! {
        <div class="aw-body__table" role="region" tabindex="0" aria-label=label>
            <table>
                {caption.map(|caption| view! { <caption>{caption}</caption> })}
                {head}
                {rows}
            </table>
        </div>
    }
}

/// A row: in the head every cell heads its column; in the body a cell
/// marked `header` heads its row.
fn row(cells: Vec<Cell>, head: bool) -> impl IntoView {
    let cells = cells
        .into_iter()
        .map(|Cell { content, header, colspan, rowspan }| {
            let colspan = (colspan > 1).then(|| colspan.to_string());
            let rowspan = (rowspan > 1).then(|| rowspan.to_string());
            // Either, not AnyView: no type-erased build and rebuild code for a cell.
            if head || header {
                let scope = if head { "col" } else { "row" };
                Either::Left(view! { <th scope=scope colspan=colspan rowspan=rowspan><Inlines content/></th> })
            } else {
                Either::Right(view! { <td colspan=colspan rowspan=rowspan><Inlines content/></td> })
            }
        })
        .collect_view();
    view! { <tr>{cells}</tr> }
}
