//! In the browser: registers `<article-widget>`. Natively: a command-line
//! tool that renders an article to static HTML.

#[cfg(target_arch = "wasm32")]
fn main() {
    article_widget::embed::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [command, path] = args.as_slice() else {
        eprintln!("usage: article-widget render <article.json>");
        return ExitCode::from(2);
    };
    if command != "render" {
        eprintln!("unknown command {command:?}; usage: article-widget render <article.json>");
        return ExitCode::from(2);
    }
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match article_widget::parse_article(&text) {
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
