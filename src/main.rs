//! In the browser: registers `<article-widget>`. Natively: a command-line
//! tool that renders an article to static HTML.

#[cfg(target_arch = "wasm32")]
fn main() {
    article_widget::embed::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use article_widget::formats::{self, Format, FORMAT_NAMES};
    use std::process::ExitCode;

    const USAGE: &str = "usage: article-widget render <article.json> [--format auto|native|jsonld|jsonfeed|wordpress|ghost] [--item N|ID]";
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some("render"), Some(path)) = (args.first().map(String::as_str), args.get(1)) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let mut format = Format::Auto;
    let mut item = None;
    let mut rest = args[2..].iter();
    while let Some(flag) = rest.next() {
        match (flag.as_str(), rest.next()) {
            ("--format", Some(name)) => match Format::from_attribute(Some(name)) {
                Some(f) => format = f,
                None => {
                    eprintln!("unknown format {name:?}: one of {FORMAT_NAMES}");
                    return ExitCode::from(2);
                }
            },
            ("--item", Some(value)) => item = Some(value.clone()),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match formats::parse(&text, format, item.as_deref()) {
        Ok(parsed) => {
            for warning in &parsed.warnings {
                eprintln!("warning: {warning}");
            }
            println!("{}", article_widget::render_to_html(&article_widget::WidgetState::Ready(parsed.article)));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
