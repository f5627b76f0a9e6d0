//! In the browser: registers `<article-widget>`. Natively: a command-line
//! tool that renders an article to static HTML, prerenders it for pages
//! without JavaScript, or answers oEmbed.

#[cfg(feature = "embed")]
fn main() {
    article_widget::embed::start();
}

#[cfg(all(feature = "ssr", not(feature = "embed")))]
const USAGE: &str = "\
usage: article-widget render    <article.json> [--format F] [--item I]
       article-widget convert   <article.json> [--format F] [--item I]
       article-widget prerender <article.json> [--src URL] [--format F] [--item I] [--theme light|dark|auto]
       article-widget oembed    <article.json> --src URL --script URL [--width PX] [--format F] [--item I]
       article-widget manifest

render     the article as the widget's markup (HTML fragment)
convert    the article as a native-format document (schema/article.schema.json):
           any supported format in, the widget's own JSON out
prerender  a whole <article-widget> element with the article inside as light-DOM
           content, its stylesheet and schema.org NewsArticle JSON-LD: readers
           without JavaScript and crawlers see the article; the widget takes
           over without a jump. With --src the element loads that URL (and
           relative URLs resolve against it); without, the document goes inside.
oembed     an oEmbed 1.0 \"rich\" response embedding the article from --src,
           with the module from --script, --width wide (default 640)
manifest   the element's Custom Elements Manifest (custom-elements.json, schema
           2.1.0): attributes, events, CSS parts and custom properties, slots,
           and window.ArticleWidget

F is a format name (see below); I is an index from 0 or an id.";

#[cfg(all(feature = "ssr", not(feature = "embed")))]
fn main() -> std::process::ExitCode {
    use article_widget::formats::{self, Format};
    use article_widget::prerender;
    use std::collections::HashMap;
    use std::process::ExitCode;

    let usage = || {
        eprintln!("{USAGE}\nformats: {}", Format::names());
        ExitCode::from(2)
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|command| command == "manifest") {
        if args.len() > 1 {
            return usage();
        }
        print!("{}", article_widget::manifest::to_json());
        return ExitCode::SUCCESS;
    }
    let (Some(command), Some(path)) = (args.first().map(String::as_str), args.get(1)) else {
        return usage();
    };
    let allowed: &[&str] = match command {
        "render" | "convert" => &["--format", "--item"],
        "prerender" => &["--format", "--item", "--src", "--theme"],
        "oembed" => &["--format", "--item", "--src", "--script", "--width"],
        _ => return usage(),
    };
    let mut flags: HashMap<&str, String> = HashMap::new();
    let mut rest = args.iter().skip(2);
    while let Some(flag) = rest.next() {
        match (allowed.iter().find(|a| **a == flag), rest.next()) {
            (Some(name), Some(value)) => {
                flags.insert(name, value.clone());
            }
            _ => return usage(),
        }
    }
    let format_name = flags.get("--format").cloned();
    let Some(format) = Format::from_attribute(format_name.as_deref()) else {
        eprintln!("unknown format {:?}: one of {}", format_name.unwrap_or_default(), Format::names());
        return ExitCode::from(2);
    };
    let item = flags.get("--item").cloned();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let parsed = match formats::parse(&text, format, item.as_deref()) {
        Ok(parsed) => parsed,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    for warning in &parsed.warnings {
        eprintln!("warning: {warning}");
    }
    let article = parsed.article;
    let output = match command {
        "convert" => format!("{}\n", formats::to_native_json(&article)),
        "render" => format!("{}\n", article_widget::render_to_html(&article_widget::WidgetState::Ready(article))),
        "prerender" => {
            let options = prerender::Options {
                src: flags.get("--src").cloned(),
                format: format_name,
                item,
                theme: flags.get("--theme").cloned(),
            };
            prerender::element(&article, &text, &options)
        }
        _ => {
            let (Some(src), Some(script)) = (flags.get("--src"), flags.get("--script")) else {
                eprintln!("oembed needs --src (the article's URL) and --script (the module's URL)");
                return ExitCode::from(2);
            };
            let width = match flags.get("--width").map(|w| w.parse::<u32>()) {
                None => 640,
                Some(Ok(width)) if width > 0 => width,
                Some(_) => {
                    eprintln!("--width takes a number of pixels");
                    return ExitCode::from(2);
                }
            };
            let embed = prerender::Embed { script: script.clone(), src: src.clone(), format: format_name, item, width };
            format!("{}\n", prerender::oembed(&article, &embed))
        }
    };
    // Not print!, which panics when the reader goes away (`| head`): a
    // closed pipe ends the output quietly, any other error is said.
    use std::io::Write;
    match std::io::stdout().lock().write_all(output.as_bytes()) {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: could not write the output: {error}");
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}

/// Built with neither the custom element nor the server renderer (a library
/// build for another Leptos app, say), the binary has nothing to do.
#[cfg(not(any(feature = "embed", feature = "ssr")))]
fn main() {
    eprintln!("article-widget: built without `embed` (the browser widget) or `ssr` (the command-line tool)");
}
