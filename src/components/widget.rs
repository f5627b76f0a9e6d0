use leptos::prelude::*;

use super::{headline_id, AuthorCard, Body, Figure, Header, IdScope, Related, Trending};
use crate::i18n::{direction, Setting, Strings};
use crate::model::Article;

/// One whole article: header, hero, body beside the author and trending
/// column, and the related stories. For assistive technology: an article
/// named by its headline, holding one complementary landmark for each bio
/// card and one for the trending list; nothing else is a landmark.
///
/// Its ids start with the [`IdScope`] in context, else one derived from the
/// article ([`IdScope::for_article`]), so two articles in one page never
/// share an id. Its words come from the article's `language` (else English,
/// or the [`Setting`](crate::i18n::Setting) in context). Styled by
/// [`STYLESHEET`](crate::STYLESHEET), which the app includes itself.
///
/// ```
/// use article_widget::{components::ArticleView, parse_article};
/// use leptos::prelude::*;
///
/// let article = parse_article(r#"{"headline": "Harbour reopens", "language": "en"}"#)?.article;
/// let html = Owner::new().with(|| view! { <main><ArticleView article/></main> }.to_html());
/// assert!(html.contains("Harbour reopens</h1>"));
/// assert!(html.contains(r#"lang="en""#));
/// # Ok::<(), article_widget::Error>(())
/// ```
#[component]
pub fn ArticleView(
    /// The article to show, as [`parse_article`](crate::parse_article) or
    /// [`formats::parse`](crate::formats) returned it.
    article: Article,
    /// For a caller that takes the body's blocks out to add them later (the
    /// widget builds a long body a part at a time): the reading time of the
    /// whole body, `Some(None)` for a body without words. Default: the
    /// reading time of `article.body` ([`Article::reading_time`]).
    #[prop(optional)]
    reading_minutes: Option<Option<u32>>,
) -> impl IntoView {
    let Article {
        site,
        section,
        headline,
        dek,
        published,
        updated,
        language,
        hero,
        authors,
        body,
        related,
        trending,
        ..
    } = article.clone();
    // No reading time for an article without words to read (a caller that
    // builds the body later gives the whole body's).
    let reading_minutes = reading_minutes.unwrap_or_else(|| article.reading_time());
    let dir = direction(language.as_deref());
    // The article's language picks the strings; the element's setting speaks
    // when it does not. Children find them in context.
    let strings = article_strings(language.as_deref());
    let scope = use_context::<IdScope>().unwrap_or_else(|| IdScope::for_article(&article));
    let has_aside = !authors.is_empty() || !trending.is_empty();
    let site_name = site.map(|site| site.name);
    // The article's strings and id scope reach its parts as context, under an
    // owner of the article's own: context goes to an owner and all below it,
    // so two articles side by side in one app must not share one.
    let owner = Owner::current().map(|parent| parent.child()).unwrap_or_default();
    let view = owner.with(|| {
        provide_context(strings);
        provide_context(scope);
        view! {
        <article class="aw-article" lang=language dir=dir aria-labelledby=headline_id()>
            <Header section headline dek published updated authors=authors.clone() reading_minutes/>
            {hero.map(|image| view! { <Figure image part="hero" class="aw-hero" eager=true sizes=super::figure::HERO_SIZES/> })}
            <div class="aw-layout">
                <Body blocks=body/>
                {has_aside.then(|| view! {
                    <div class="aw-aside">
                        {authors.into_iter().enumerate().map(|(index, author)| view! { <AuthorCard author index/> }).collect_view()}
                        {(!trending.is_empty()).then(|| view! { <Trending stories=trending site_name/> })}
                    </div>
                })}
            </div>
            {(!related.is_empty()).then(|| view! { <Related stories=related/> })}
        </article>
        }
    });
    leptos::tachys::reactive_graph::OwnedView::new_with_owner(view, owner)
}

/// The strings an article's parts read: those of its `language`, else of
/// the element's [`Setting`] in context.
pub(crate) fn article_strings(language: Option<&str>) -> Strings {
    let setting = use_context::<Setting>().unwrap_or_default();
    Strings::with_page(language.or(setting.fallback.as_deref()), &setting.overrides, &setting.page)
}
