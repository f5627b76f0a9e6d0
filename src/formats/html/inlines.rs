//! A block's inline content as it is built: the state machine that
//! collapses whitespace as a browser does for normal flow, nests formatting
//! no deeper than the model allows, and caps the number of runs. It knows
//! nothing of HTML: the walk ([`super::blocks`]) feeds it text, edges and
//! formatting.

use std::mem;

use super::policy::Formatting;
use super::text::truncate_chars;
use crate::model::limits::{MAX_INLINES, MAX_INLINE_DEPTH, MAX_LONG_TEXT};
use crate::model::Inline;

/// What a frame of inline content is wrapped in.
pub(super) enum Wrap {
    Root,
    Format(Formatting),
    Link(String),
}

struct Frame {
    wrap: Wrap,
    content: Vec<Inline>,
    /// Characters in the text run that ends `content`, if it ends in one.
    run_chars: usize,
}

/// Whitespace or line breaks seen but not yet written: they are written
/// only when visible content follows, so none trail at a block's end. The
/// level is the frame they were seen in, so that "a <em>b</em>" keeps its
/// space outside the emphasis.
#[derive(Default, Clone, Copy)]
enum Pending {
    #[default]
    None,
    Space(usize),
    Breaks(usize, usize),
}

/// The limits one block's content met.
#[derive(Default)]
pub(super) struct Hit {
    pub inlines: bool,
    pub long_text: bool,
    pub depth: bool,
}

/// A block's inline content being built: whitespace collapsed as a browser
/// does for normal flow, formatting nested no deeper than the model allows,
/// and the number of runs capped.
pub(super) struct Inlines {
    /// The root and the formatting elements open inside it.
    frames: Vec<Frame>,
    pending: Pending,
    /// Visible content was written: line breaks before it are dropped.
    started: bool,
    /// At the start or right after a line break: whitespace is dropped.
    line_start: bool,
    /// The last character written.
    pub last: Option<char>,
    /// Inside `pre`: a newline is a line break.
    pub pre: bool,
    /// Block edges inside this content are line breaks, not spaces (quotes).
    pub breaks: bool,
    /// Inline items written or open, against `MAX_INLINES`.
    count: usize,
    /// Words and code runs written, to tell whether something was.
    pub written: usize,
    hit: Hit,
}

impl Default for Inlines {
    fn default() -> Self {
        Inlines {
            frames: vec![Frame { wrap: Wrap::Root, content: Vec::new(), run_chars: 0 }],
            pending: Pending::None,
            started: false,
            line_start: true,
            last: None,
            pre: false,
            breaks: false,
            count: 0,
            written: 0,
            hit: Hit::default(),
        }
    }
}

impl Inlines {
    fn top(&self) -> usize {
        self.frames.len().saturating_sub(1)
    }

    pub fn in_link(&self) -> bool {
        self.frames.iter().any(|f| matches!(f.wrap, Wrap::Link(_)))
    }

    fn full(&mut self) -> bool {
        if self.count >= MAX_INLINES {
            self.hit.inlines = true;
        }
        self.hit.inlines
    }

    pub fn text(&mut self, text: &str) {
        let mut word_start = None;
        for (i, c) in text.char_indices() {
            if c.is_ascii_whitespace() {
                if let Some(start) = word_start.take() {
                    self.word(text.get(start..i).unwrap_or_default());
                }
                if self.pre && c == '\n' {
                    self.line_break();
                } else {
                    self.space();
                }
            } else if word_start.is_none() {
                word_start = Some(i);
            }
        }
        if let Some(start) = word_start {
            self.word(text.get(start..).unwrap_or_default());
        }
    }

    pub fn space(&mut self) {
        if !self.line_start && matches!(self.pending, Pending::None) {
            self.pending = Pending::Space(self.top());
        }
    }

    pub fn line_break(&mut self) {
        if !self.started {
            return;
        }
        let top = self.top();
        self.pending = match self.pending {
            Pending::Breaks(level, n) => Pending::Breaks(level.min(top), n + 1),
            Pending::None | Pending::Space(_) => Pending::Breaks(top, 1),
        };
        self.line_start = true;
    }

    /// The edge of a block-level element inside inline content.
    pub fn block_edge(&mut self) {
        if !self.breaks {
            self.space();
        } else if !matches!(self.pending, Pending::Breaks(..)) {
            self.line_break();
        }
    }

    /// Separator text that replaces any pending space before it.
    pub fn punctuation(&mut self, text: &str) {
        if let Pending::Space(_) = self.pending {
            self.pending = Pending::None;
        }
        self.line_start = false;
        self.text(text);
    }

    /// A run of non-whitespace characters.
    fn word(&mut self, word: &str) {
        if word.is_empty() || self.full() {
            return;
        }
        self.write_pending();
        let top = self.top();
        self.push_text(top, word);
        self.after_content(word.chars().last());
    }

    pub fn code(&mut self, text: &str) {
        if text.is_empty() || self.full() {
            return;
        }
        self.write_pending();
        let (text, cut) = truncate_chars(text, MAX_LONG_TEXT);
        self.hit.long_text |= cut;
        let last = text.chars().last();
        let top = self.top();
        self.push_item(top, Inline::Code { text });
        self.after_content(last);
    }

    fn after_content(&mut self, last: Option<char>) {
        self.written += 1;
        self.started = true;
        self.line_start = false;
        self.last = last;
    }

    fn write_pending(&mut self) {
        match mem::take(&mut self.pending) {
            Pending::None => {}
            Pending::Space(level) => self.push_text(level, " "),
            Pending::Breaks(level, n) => {
                for _ in 0..n {
                    self.push_item(level, Inline::LineBreak);
                }
            }
        }
    }

    fn push_item(&mut self, level: usize, inline: Inline) {
        if self.full() {
            return;
        }
        self.count += 1;
        if let Some(frame) = self.frames.get_mut(level) {
            frame.content.push(inline);
            frame.run_chars = 0;
        }
    }

    /// Appends to the text run that ends frame `level`, or starts one; a
    /// run stops growing at `MAX_LONG_TEXT` characters.
    fn push_text(&mut self, level: usize, text: &str) {
        let ends_in_text = matches!(self.frames.get(level).and_then(|f| f.content.last()), Some(Inline::Text { .. }));
        if !ends_in_text {
            if self.full() {
                return;
            }
            self.count += 1;
            if let Some(frame) = self.frames.get_mut(level) {
                frame.content.push(Inline::Text { text: String::new() });
                frame.run_chars = 0;
            }
        }
        let Some(frame) = self.frames.get_mut(level) else { return };
        let room = MAX_LONG_TEXT.saturating_sub(frame.run_chars);
        let (text, cut) = truncate_chars(text, room);
        self.hit.long_text |= cut;
        frame.run_chars += text.chars().count();
        if let Some(Inline::Text { text: run }) = frame.content.last_mut() {
            run.push_str(&text);
        }
    }

    /// Opens a formatting element; `false` when the model's nesting limit
    /// is reached, and its content then joins the enclosing run.
    pub fn open(&mut self, wrap: Wrap) -> bool {
        if self.top() + 1 >= MAX_INLINE_DEPTH {
            self.hit.depth = true;
            return false;
        }
        if self.full() {
            return false;
        }
        // Counted now, so that a block that fills up cannot go over.
        self.count += 1;
        self.frames.push(Frame { wrap, content: Vec::new(), run_chars: 0 });
        true
    }

    pub fn close(&mut self) {
        if self.frames.len() <= 1 {
            return;
        }
        let Some(frame) = self.frames.pop() else { return };
        let parent = self.top();
        match &mut self.pending {
            Pending::Space(level) | Pending::Breaks(level, _) if *level > parent => *level = parent,
            _ => {}
        }
        if frame.content.is_empty() {
            self.count = self.count.saturating_sub(1);
            return;
        }
        let content = frame.content;
        let inline = match frame.wrap {
            Wrap::Root => return,
            Wrap::Format(Formatting::Emphasis) => Inline::Emphasis { content },
            Wrap::Format(Formatting::Strong) => Inline::Strong { content },
            Wrap::Format(Formatting::Superscript) => Inline::Superscript { content },
            Wrap::Format(Formatting::Subscript) => Inline::Subscript { content },
            Wrap::Link(href) => Inline::Link { href, content },
        };
        if let Some(frame) = self.frames.get_mut(parent) {
            frame.content.push(inline);
            frame.run_chars = 0;
        }
    }

    pub fn finish(mut self) -> (Vec<Inline>, Hit) {
        while self.frames.len() > 1 {
            self.close();
        }
        let content = self.frames.pop().map(|f| f.content).unwrap_or_default();
        (content, self.hit)
    }
}
