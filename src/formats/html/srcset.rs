//! `srcset` attributes read: their candidates (the model keeps those with
//! width descriptors), and the largest, for an `<img>` with no `src` (or a
//! placeholder one, as lazy loading writes).

/// A density descriptor's number ("1.5") in thousandths, read by hand: a
/// float parser would cost the wasm more than this whole file.
fn thousandths(number: &str) -> Option<u64> {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) || (whole.is_empty() && fraction.is_empty()) {
        return None;
    }
    let whole: u64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let fraction = fraction.bytes().chain(std::iter::repeat(b'0')).take(3).fold(0, |n, b| n * 10 + u64::from(b - b'0'));
    whole.checked_mul(1000)?.checked_add(fraction)
}

/// A candidate's descriptor: a width (`300w`), else a density in
/// thousandths (`1.5x`, and 1x for none or one not understood).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Descriptor {
    Width(u32),
    Density(u64),
}

/// The candidates of a `srcset`, URL and descriptor, in order, read as
/// <https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute>
/// reads them.
pub(super) fn srcset_candidates(srcset: &str) -> Vec<(&str, Descriptor)> {
    let mut out = Vec::new();
    let mut rest = srcset;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            break;
        }
        let (url, after) = rest.split_at(rest.find(|c: char| c.is_ascii_whitespace()).unwrap_or(rest.len()));
        let mut descriptors = "";
        let url = if url.ends_with(',') {
            rest = after;
            url.trim_end_matches(',')
        } else {
            let (d, after) = after.split_at(after.find(',').unwrap_or(after.len()));
            descriptors = d;
            rest = after;
            url
        };
        let mut size = Descriptor::Density(1000);
        for descriptor in descriptors.split_ascii_whitespace() {
            if let Some(w) = descriptor.strip_suffix('w').and_then(|n| n.parse::<u32>().ok()) {
                size = Descriptor::Width(w);
            } else if let Some(x) = descriptor.strip_suffix('x').and_then(thousandths) {
                size = Descriptor::Density(x);
            }
        }
        if !url.is_empty() {
            out.push((url, size));
        }
    }
    out
}

/// The URL of the largest candidate in a `srcset`: the widest `w`
/// descriptor, else the highest `x` density (none is 1x).
pub(super) fn largest_srcset_candidate(srcset: &str) -> Option<String> {
    let rank = |d: Descriptor| match d {
        Descriptor::Width(w) => (1u8, u64::from(w)),
        Descriptor::Density(x) => (0, x),
    };
    let mut best: Option<((u8, u64), &str)> = None;
    for (url, descriptor) in srcset_candidates(srcset) {
        let size = rank(descriptor);
        if best.is_none_or(|(b, _)| size > b) {
            best = Some((size, url));
        }
    }
    best.map(|(_, url)| url.to_owned())
}

#[cfg(test)]
mod tests {
    use super::{largest_srcset_candidate, srcset_candidates, thousandths, Descriptor};

    // Every candidate is read with its descriptor, in order; none or an unreadable one is 1x.
    #[test]
    fn candidates_keep_their_descriptors() {
        assert_eq!(
            srcset_candidates("a.jpg 300w, b.jpg 2x,c.jpg, d.jpg 9999999999w"),
            [
                ("a.jpg", Descriptor::Width(300)),
                ("b.jpg", Descriptor::Density(2000)),
                ("c.jpg", Descriptor::Density(1000)),
                ("d.jpg", Descriptor::Density(1000)),
            ]
        );
    }

    // The widest `w` candidate wins, whatever the order.
    #[test]
    fn the_widest_width_descriptor_wins() {
        assert_eq!(largest_srcset_candidate("a.jpg 300w, b.jpg 1200w, c.jpg 600w").as_deref(), Some("b.jpg"));
    }

    // Without widths, the highest density wins; a candidate without a descriptor is 1x.
    #[test]
    fn without_widths_the_highest_density_wins_and_none_is_one_x() {
        assert_eq!(largest_srcset_candidate("a.jpg 2x, b.jpg, c.jpg 1.5x").as_deref(), Some("a.jpg"));
        assert_eq!(largest_srcset_candidate("a.jpg 0.5x, b.jpg").as_deref(), Some("b.jpg"));
    }

    // Any width beats any density, as a width descriptor says more about the image.
    #[test]
    fn a_width_beats_a_density() {
        assert_eq!(largest_srcset_candidate("a.jpg 3x, b.jpg 10w").as_deref(), Some("b.jpg"));
    }

    // A URL ending in a comma ends its candidate; commas and whitespace before a candidate are skipped.
    #[test]
    fn a_trailing_comma_ends_a_url_and_an_inner_one_belongs_to_it() {
        assert_eq!(largest_srcset_candidate("a.jpg, b.jpg 2x").as_deref(), Some("b.jpg"));
        // A comma inside a URL is part of it.
        assert_eq!(largest_srcset_candidate("a.jpg,b.jpg 2x").as_deref(), Some("a.jpg,b.jpg"));
        assert_eq!(largest_srcset_candidate(" ,, a.jpg 100w ,").as_deref(), Some("a.jpg"));
    }

    // An empty or comma-only srcset has no candidate.
    #[test]
    fn an_empty_srcset_has_no_candidate() {
        assert_eq!(largest_srcset_candidate(""), None);
        assert_eq!(largest_srcset_candidate(",,, ,"), None);
    }

    // A width too large for u32 is not a width; the first candidate then stands.
    #[test]
    fn an_unreadable_descriptor_counts_as_one_x() {
        assert_eq!(largest_srcset_candidate("a.jpg 99999999999999999999w, b.jpg").as_deref(), Some("a.jpg"));
    }

    // Densities are read to the thousandth without a float parser; anything but digits and one dot is refused.
    #[test]
    fn densities_are_read_in_thousandths() {
        assert_eq!(thousandths("1.5"), Some(1500));
        assert_eq!(thousandths("2"), Some(2000));
        assert_eq!(thousandths(".25"), Some(250));
        assert_eq!(thousandths("1.23456"), Some(1234));
        assert_eq!(thousandths("3."), Some(3000));
        assert_eq!(thousandths(""), None);
        assert_eq!(thousandths("."), None);
        assert_eq!(thousandths("1e3"), None);
        assert_eq!(thousandths("-1"), None);
        assert_eq!(thousandths("99999999999999999999"), None);
    }
}
