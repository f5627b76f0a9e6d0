//! Every string the widget itself puts on screen, in each language it ships.
//!
//! To add a string: one block below, one line a language. The macro refuses a
//! block that lacks a language, so no language can fall behind. `{name}`
//! marks where a value goes; an override must keep the same placeholders.
//! A string with `|` has plural forms, in the order of the language's CLDR
//! categories (see [`super::plural_form`]): English, Spanish and German
//! `one|other`; Arabic `zero|one|two|few|many|other`; Japanese one form.

macro_rules! catalogue {
    ($(
        $(#[doc = $doc:literal])*
        $key:ident $name:literal {
            en: $en:literal,
            es: $es:literal,
            de: $de:literal,
            ar: $ar:literal,
            ja: $ja:literal $(,)?
        }
    )*) => {
        /// A string of the widget's own, by what it is for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Key {
            $($(#[doc = $doc])* $key,)*
        }

        impl Key {
            /// Every key, in catalogue order.
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            /// The key's name in overrides (`ArticleWidget.setStrings`, `<script data-strings>`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Key::$key => $name,)*
                }
            }

            /// The key's text in English, Spanish, German, Arabic and Japanese.
            pub(super) fn texts(self) -> [&'static str; 5] {
                match self {
                    $(Key::$key => [$en, $es, $de, $ar, $ja],)*
                }
            }
        }
    };
}

catalogue! {
    /// Above an ad box, between dashes.
    Advertisement "advertisement" {
        en: "Advertisement",
        es: "Publicidad",
        de: "Anzeige",
        ar: "إعلان",
        ja: "広告",
    }
    /// The name of a table that has no caption, for screen readers.
    Table "table" {
        en: "Table",
        es: "Tabla",
        de: "Tabelle",
        ar: "جدول",
        ja: "表",
    }
    /// The button that plays an embedded video; the title follows a colon.
    PlayVideo "playVideo" {
        en: "Play video from {provider}",
        es: "Reproducir vídeo de {provider}",
        de: "Video von {provider} abspielen",
        ar: "تشغيل الفيديو من {provider}",
        ja: "{provider}の動画を再生",
    }
    /// The button that plays embedded audio; the title follows a colon.
    PlayAudio "playAudio" {
        en: "Play audio from {provider}",
        es: "Reproducir audio de {provider}",
        de: "Audio von {provider} abspielen",
        ar: "تشغيل الصوت من {provider}",
        ja: "{provider}の音声を再生",
    }
    /// Under a player not yet started: the site it will load from.
    LoadsFrom "loadsFrom" {
        en: "Playing loads it from {host}.",
        es: "Al reproducirlo se carga desde {host}.",
        de: "Beim Abspielen wird es von {host} geladen.",
        ar: "عند التشغيل يُحمَّل من {host}.",
        ja: "再生すると{host}から読み込まれます。",
    }
    /// The link to embedded content on its own site.
    OpenOn "openOn" {
        en: "Open on {provider}",
        es: "Abrir en {provider}",
        de: "Auf {provider} öffnen",
        ar: "فتح على {provider}",
        ja: "{provider}で開く",
    }
    /// The link standing for embedded content from a site the widget does not know.
    EmbeddedFrom "embeddedFrom" {
        en: "Embedded content from {host}",
        es: "Contenido insertado de {host}",
        de: "Eingebetteter Inhalt von {host}",
        ar: "محتوى مضمَّن من {host}",
        ja: "{host}の埋め込みコンテンツ",
    }
    /// Before the headline of a story set between paragraphs.
    ReadAlso "readAlso" {
        en: "Read also",
        es: "Lee también",
        de: "Lesen Sie auch",
        ar: "اقرأ أيضًا",
        ja: "あわせて読みたい",
    }
    /// Title of the related-stories grid.
    RelatedStories "relatedStories" {
        en: "Related stories",
        es: "Noticias relacionadas",
        de: "Mehr zum Thema",
        ar: "أخبار ذات صلة",
        ja: "関連記事",
    }
    /// Title of the trending list when the article names no site.
    Trending "trending" {
        en: "Trending",
        es: "Lo más leído",
        de: "Meistgelesen",
        ar: "الأكثر قراءة",
        ja: "人気記事",
    }
    /// Title of the trending list with the site's name.
    TrendingOn "trendingOn" {
        en: "Trending on {site}",
        es: "Lo más leído en {site}",
        de: "Meistgelesen bei {site}",
        ar: "الأكثر قراءة في {site}",
        ja: "{site}の人気記事",
    }
    /// Title of an author's bio card.
    MoreFrom "moreFrom" {
        en: "More from {name}",
        es: "Más de {name}",
        de: "Mehr von {name}",
        ar: "المزيد من {name}",
        ja: "{name}の記事",
    }
    /// The byline's authors.
    Byline "byline" {
        en: "By {names}",
        es: "Por {names}",
        de: "Von {names}",
        ar: "بقلم {names}",
        ja: "文・{names}",
    }
    /// Between authors' names but the last two.
    ListSeparator "listSeparator" {
        en: ", ",
        es: ", ",
        de: ", ",
        ar: "، ",
        ja: "、",
    }
    /// Between the last two authors' names. Arabic "و" joins the next word.
    ListLast "listLast" {
        en: " and ",
        es: " y ",
        de: " und ",
        ar: " و",
        ja: "、",
    }
    /// The date the article was last changed, in the byline. The date may be
    /// relative ("3 hours ago"), so the text must read well with both.
    Updated "updated" {
        en: "Updated {date}",
        es: "Actualizado: {date}",
        de: "Aktualisiert: {date}",
        ar: "آخر تحديث: {date}",
        ja: "更新：{date}",
    }
    /// Reading time in the byline; plural forms.
    MinutesToRead "minutesToRead" {
        en: "{n} min read|{n} min read",
        es: "{n} min de lectura|{n} min de lectura",
        de: "{n} Min. Lesezeit|{n} Min. Lesezeit",
        ar: "أقل من دقيقة قراءة|دقيقة واحدة للقراءة|دقيقتان للقراءة|{n} دقائق للقراءة|{n} دقيقة للقراءة|{n} دقيقة للقراءة",
        ja: "{n}分で読めます",
    }
    /// An author's profile elsewhere: "Nadia on Mastodon".
    SocialLink "socialLink" {
        en: "{name} on {site}",
        es: "{name} en {site}",
        de: "{name} auf {site}",
        ar: "{name} على {site}",
        ja: "{name}（{site}）",
    }
    /// The link before each ad box that jumps past it (shown while focused).
    SkipAd "skipAd" {
        en: "Skip advertisement",
        es: "Saltar publicidad",
        de: "Anzeige überspringen",
        ar: "تخطَّ الإعلان",
        ja: "広告をスキップ",
    }
    /// Where that link lands, just after the box; read out when it takes focus.
    AdEnd "adEnd" {
        en: "End of advertisement",
        es: "Fin de la publicidad",
        de: "Ende der Anzeige",
        ar: "نهاية الإعلان",
        ja: "広告ここまで",
    }
    /// The name of a linked image that has no alt text and no caption.
    OpenImage "openImage" {
        en: "Open image",
        es: "Abrir imagen",
        de: "Bild öffnen",
        ar: "افتح الصورة",
        ja: "画像を開く",
    }
    /// Read out while the placeholder shows.
    Loading "loading" {
        en: "Loading article…",
        es: "Cargando el artículo…",
        de: "Artikel wird geladen …",
        ar: "جارٍ تحميل المقال…",
        ja: "記事を読み込んでいます…",
    }
    /// Heading of the error card.
    ErrorTitle "errorTitle" {
        en: "This article could not be shown.",
        es: "No se ha podido mostrar este artículo.",
        de: "Dieser Artikel kann nicht angezeigt werden.",
        ar: "تعذّر عرض هذا المقال.",
        ja: "この記事を表示できませんでした。",
    }
    /// Under the heading when the network or the server failed.
    ErrorNetwork "errorNetwork" {
        en: "It could not be loaded. Check your connection, then try again.",
        es: "No se ha podido cargar. Comprueba tu conexión y vuelve a intentarlo.",
        de: "Er konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
        ar: "تعذّر تحميله. تحقّق من اتصالك ثم حاول مرة أخرى.",
        ja: "読み込めませんでした。接続を確認してから、もう一度お試しください。",
    }
    /// Under the heading when trying again will not help: the publisher must fix something.
    ErrorDocument "errorDocument" {
        en: "There is a problem with it that the publisher needs to fix.",
        es: "Tiene un problema que el medio debe corregir.",
        de: "Er enthält einen Fehler, den der Verlag beheben muss.",
        ar: "فيه مشكلة يتعيّن على الناشر إصلاحها.",
        ja: "配信元による修正が必要な問題があります。",
    }
    /// The error card's button.
    TryAgain "tryAgain" {
        en: "Try again",
        es: "Reintentar",
        de: "Erneut versuchen",
        ar: "إعادة المحاولة",
        ja: "再読み込み",
    }
}
