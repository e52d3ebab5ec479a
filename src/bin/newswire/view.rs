//! `--format text`: an article annotated for a person.
//!
//! The header gives the headline and its tags, the bylines, the dateline and the article's date
//! and agency; then each paragraph follows, reflowed to the width, with every quoted piece tagged
//! (`[Q1]`) and each direct quote's speaker, resolved name and cue listed under the paragraph it
//! starts in, and likewise reported speech (`[R1]`); then the footer items by kind, and the
//! warnings. Colour, when on, also marks quotes, speakers and cues inside the text.

use std::fmt::Write as _;

use newswire::{Article, Block, NewsDate, QuoteKind, Span, Speaker};
use serde::Serialize;

/// How the text view looks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ViewStyle {
    /// ANSI colours.
    pub color: bool,
    /// Wrap at this many columns; 0 does not wrap.
    pub width: usize,
}

/// What a stretch of the view shows; when marks overlap, the later variant wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    Plain,
    Label,
    Marker,
    Headline,
    Tag,
    Dateline,
    Reported,
    Cue,
    Speaker,
    Scare,
    Quote,
    Error,
}

const CLASSES: usize = Class::Error as usize + 1;

impl Class {
    /// The SGR parameters of the class.
    fn sgr(self) -> &'static str {
        match self {
            Class::Plain => "",
            Class::Label => "2",
            Class::Marker => "36",
            Class::Headline => "1",
            Class::Tag => "35",
            Class::Dateline => "1;36",
            Class::Reported => "34",
            Class::Cue => "33",
            Class::Speaker => "1;33",
            Class::Scare => "3",
            Class::Quote => "32",
            Class::Error => "1;31",
        }
    }
}

/// The width of the header's labels (`Headline  `).
const LABEL: usize = 10;
/// The width of the paragraph gutter (`¶12   `).
const GUTTER: usize = 6;
/// Warnings listed before the rest are only counted.
const MAX_WARNINGS: usize = 50;

/// Appends the view of `article` (parsed from `source`) to `out`, under the title `name`.
pub(crate) fn render(
    out: &mut Vec<u8>,
    name: &str,
    source: &str,
    article: &Article<'_>,
    style: &ViewStyle,
) {
    let mut s = String::with_capacity(source.len() * 2 + 1024);
    View::new(&mut s, source, article, style).render(name);
    out.extend_from_slice(s.as_bytes());
}

/// Appends the view of an input that could not be parsed.
pub(crate) fn render_error(out: &mut Vec<u8>, name: &str, why: &str, style: &ViewStyle) {
    let mut s = String::new();
    title(&mut s, name, style);
    let mut w = Wrap::start(&mut s, style, "", "error:", Class::Error, LABEL);
    w.text(why, Class::Plain);
    w.end();
    s.push('\n');
    out.extend_from_slice(s.as_bytes());
}

fn title(s: &mut String, name: &str, style: &ViewStyle) {
    let width = if style.width == 0 { 80 } else { style.width };
    let mut line = if name.is_empty() {
        String::new()
    } else {
        format!("── {name} ")
    };
    let used = line.chars().count();
    line.extend(std::iter::repeat('─').take(width.saturating_sub(used)));
    paint(s, Class::Label, &line, style.color);
    s.push('\n');
}

/// A colour range inside the text.
#[derive(Debug, Clone, Copy)]
struct Mark {
    start: u32,
    end: u32,
    class: Class,
}

/// A tag written into the text after byte `at` (`[Q1]` after a quote's closing mark).
#[derive(Debug, Clone)]
struct Insert {
    at: u32,
    label: String,
    class: Class,
}

/// A stretch of the article shown as running text, with the quotes that start in it listed
/// under it.
#[derive(Debug, Clone, Copy)]
struct Item {
    span: Span,
    kind: ItemKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ItemKind {
    Headline,
    /// A paragraph, numbered from 1 (with the dateline before it, when it opens the story).
    Paragraph(usize),
    /// Text that matched no rule.
    Unclassified,
}

struct View<'v, 'a> {
    s: &'v mut String,
    source: &'v str,
    article: &'v Article<'a>,
    style: &'v ViewStyle,
    marks: Vec<Mark>,
    inserts: Vec<Insert>,
    items: Vec<Item>,
    /// For each item, the direct quotes (index, label) and reported speech (index, label) whose
    /// first piece starts in it.
    quotes_in: Vec<Vec<(usize, String)>>,
    reports_in: Vec<Vec<(usize, String)>>,
    /// Quotes and reports that start in no item (inside a byline or footer, say).
    quotes_elsewhere: Vec<(usize, String)>,
    reports_elsewhere: Vec<(usize, String)>,
}

impl<'v, 'a> View<'v, 'a> {
    fn new(
        s: &'v mut String,
        source: &'v str,
        article: &'v Article<'a>,
        style: &'v ViewStyle,
    ) -> Self {
        let items = items(article);
        let mut view = View {
            s,
            source,
            article,
            style,
            marks: Vec::new(),
            inserts: Vec::new(),
            quotes_in: vec![Vec::new(); items.len()],
            reports_in: vec![Vec::new(); items.len()],
            items,
            quotes_elsewhere: Vec::new(),
            reports_elsewhere: Vec::new(),
        };
        view.collect_marks();
        view
    }

    /// Gathers the colour ranges, inline tags and listings of every quote and report, once.
    fn collect_marks(&mut self) {
        let article = self.article;
        if let Some(d) = article.dateline() {
            self.mark(d.span, Class::Dateline);
        }
        let mut number = 0;
        for (i, quote) in article.quotes.iter().enumerate() {
            let direct = quote.kind == QuoteKind::Direct;
            let (label, class) = if direct {
                number += 1;
                (format!("Q{number}"), Class::Quote)
            } else {
                (kind_name(&quote.kind), Class::Scare)
            };
            for piece in &quote.pieces {
                self.mark(piece.span, class);
                self.inserts.push(Insert {
                    at: piece.span.end,
                    label: format!("[{label}]"),
                    class: Class::Marker,
                });
            }
            if !direct {
                continue;
            }
            if let Some(speaker) = &quote.speaker {
                self.mark(speaker.mention.span, Class::Speaker);
            }
            if let Some(cue) = &quote.cue {
                self.mark(cue.span, Class::Cue);
            }
            let start = quote.pieces.first().map_or(0, |p| p.span.start);
            match self.item_at(start) {
                Some(k) => self.quotes_in[k].push((i, label)),
                None => self.quotes_elsewhere.push((i, label)),
            }
        }
        for (i, report) in article.reported_speech.iter().enumerate() {
            let label = format!("R{}", i + 1);
            self.mark(report.content.span, Class::Reported);
            self.mark(report.speaker.mention.span, Class::Speaker);
            self.mark(report.cue.span, Class::Cue);
            self.inserts.push(Insert {
                at: report.span.end,
                label: format!("[{label}]"),
                class: Class::Marker,
            });
            match self.item_at(report.span.start) {
                Some(k) => self.reports_in[k].push((i, label)),
                None => self.reports_elsewhere.push((i, label)),
            }
        }
        self.marks.sort_by_key(|m| m.start);
        self.inserts.sort_by_key(|x| x.at);
    }

    fn mark(&mut self, span: Span, class: Class) {
        if !span.is_empty() {
            self.marks.push(Mark {
                start: span.start,
                end: span.end,
                class,
            });
        }
    }

    /// The item holding byte `pos`.
    fn item_at(&self, pos: u32) -> Option<usize> {
        let k = self
            .items
            .partition_point(|it| it.span.start <= pos)
            .checked_sub(1)?;
        (pos < self.items[k].span.end).then_some(k)
    }

    fn render(mut self, name: &str) {
        title(self.s, name, self.style);
        self.header();
        self.s.push('\n');
        let first_headline = self
            .items
            .iter()
            .position(|it| it.kind == ItemKind::Headline);
        for k in 0..self.items.len() {
            let note = match self.items[k].kind {
                ItemKind::Paragraph(n) => {
                    self.running_text(k, &format!("¶{n}"), Class::Plain, false);
                    self.listings(k);
                    self.s.push('\n');
                    continue;
                }
                // The header showed it.
                ItemKind::Headline if Some(k) == first_headline => continue,
                ItemKind::Headline => "(another headline)",
                ItemKind::Unclassified => "(not classified)",
            };
            Wrap::start(self.s, self.style, "", note, Class::Label, GUTTER).end();
            self.running_text(k, "", Class::Plain, true);
            self.listings(k);
            self.s.push('\n');
        }
        self.elsewhere();
        self.footer();
        self.warnings();
    }

    fn header(&mut self) {
        let (article, style) = (self.article, self.style);
        let headline = self
            .items
            .iter()
            .position(|it| it.kind == ItemKind::Headline);
        match headline {
            Some(k) => {
                self.running_text(k, "Headline", Class::Headline, false);
                self.listings(k);
            }
            None => self.row("Headline", &[("none found", Class::Label)]),
        }
        for tag in article.headline_tags() {
            let mut detail = kind_name(&tag.kind);
            if let Some(n) = tag.number {
                let _ = write!(detail, " {n}");
            }
            self.row(
                "Tag",
                &[
                    (&tag.text, Class::Tag),
                    (&format!(" ({detail})"), Class::Label),
                ],
            );
        }
        let mut bylines = 0;
        for byline in article.bylines() {
            bylines += 1;
            self.row("Byline", &[(&byline.text, Class::Plain)]);
            let mut w = Wrap::start(
                self.s,
                style,
                &" ".repeat(LABEL + 2),
                "",
                Class::Label,
                LABEL + 2,
            );
            let mut sep = "";
            if !byline.authors.is_empty() {
                w.text("writers: ", Class::Label);
                let names: Vec<&str> = byline.authors.iter().map(|a| a.as_str()).collect();
                w.text(&names.join(", "), Class::Speaker);
                sep = "; ";
            }
            for (what, text) in [("agency", &byline.agency), ("role", &byline.role)] {
                if let Some(text) = text {
                    w.text(&format!("{sep}{what}: "), Class::Label);
                    w.text(text.as_str(), Class::Plain);
                    sep = "; ";
                }
            }
            if sep.is_empty() {
                w.text("no writer or agency read", Class::Label);
            }
            w.end();
        }
        if bylines == 0 {
            self.row("Byline", &[("none found", Class::Label)]);
        }
        match article.dateline() {
            Some(d) => {
                self.row("Dateline", &[(&d.text, Class::Dateline)]);
                let mut w = Wrap::start(
                    self.s,
                    style,
                    &" ".repeat(LABEL + 2),
                    "",
                    Class::Label,
                    LABEL + 2,
                );
                let places: Vec<&str> = d.places.iter().map(|p| p.as_str()).collect();
                w.text("place: ", Class::Label);
                w.text(if places.is_empty() { "none" } else { "" }, Class::Label);
                w.text(&places.join(", "), Class::Plain);
                w.text("; date: ", Class::Label);
                match &d.date {
                    Some(date) => w.text(&describe_date(date), Class::Plain),
                    None => w.text("none", Class::Label),
                }
                w.text("; agency: ", Class::Label);
                let agencies: Vec<&str> = d.agencies.iter().map(|a| a.as_str()).collect();
                w.text(if agencies.is_empty() { "none" } else { "" }, Class::Label);
                w.text(&agencies.join(", "), Class::Plain);
                w.end();
            }
            None => self.row("Dateline", &[("none found", Class::Label)]),
        }
        if let Some(date) = &article.date {
            let source = format!(", from the {}", kind_name(&date.source));
            self.row(
                "Date",
                &[
                    (&describe_date(&date.date), Class::Plain),
                    (&source, Class::Label),
                ],
            );
        }
        if let Some(agency) = &article.agency {
            let source = format!(", from the {}", kind_name(&agency.source));
            self.row(
                "Agency",
                &[(&agency.name, Class::Plain), (&source, Class::Label)],
            );
        }
    }

    /// A header row: the label, then the pieces.
    fn row(&mut self, label: &str, pieces: &[(&str, Class)]) {
        let mut w = Wrap::start(
            self.s,
            self.style,
            "",
            &format!("{label:<LABEL$}"),
            Class::Label,
            LABEL,
        );
        for (text, class) in pieces {
            w.text(text, *class);
        }
        w.end();
    }

    /// Item `k` as running text after `gutter`, with its marks and tags.
    fn running_text(&mut self, k: usize, gutter: &str, base: Class, keep_lines: bool) {
        let span = self.items[k].span;
        let headline = self.items[k].kind == ItemKind::Headline;
        let indent = if headline {
            LABEL
        } else {
            GUTTER.max(gutter.chars().count() + 1)
        };
        let label = format!("{gutter:<indent$}");
        let class = if headline {
            Class::Label
        } else {
            Class::Marker
        };
        let mut w = Wrap::start(self.s, self.style, "", &label, class, indent);
        annotate(
            &mut w,
            self.source,
            span,
            base,
            &self.marks,
            &self.inserts,
            keep_lines,
        );
        w.end();
    }

    /// The speakers and cues of the quotes, and the reported speech, that start in item `k`.
    fn listings(&mut self, k: usize) {
        let quotes = std::mem::take(&mut self.quotes_in[k]);
        let reports = std::mem::take(&mut self.reports_in[k]);
        let indent = if self.items[k].kind == ItemKind::Headline {
            LABEL
        } else {
            GUTTER
        };
        for (i, label) in &quotes {
            self.quote_listing(*i, label, indent);
        }
        for (i, label) in &reports {
            self.report_listing(*i, label, indent);
        }
    }

    /// A listing line: `[label] ` at `indent`, its text wrapped after the label.
    fn listing(&mut self, label: &str, indent: usize) -> Wrap<'_> {
        let tag = format!("[{label}] ");
        Wrap::start(
            self.s,
            self.style,
            &" ".repeat(indent),
            &tag,
            Class::Marker,
            indent + tag.chars().count(),
        )
    }

    fn quote_listing(&mut self, i: usize, label: &str, indent: usize) {
        let quote = &self.article.quotes[i];
        let mut w = self.listing(label, indent);
        speaker(&mut w, quote.speaker.as_deref());
        w.text("; cue: ", Class::Label);
        match &quote.cue {
            Some(cue) => w.text(cue.as_str(), Class::Cue),
            None => w.text("none found", Class::Label),
        }
        if quote.pieces.len() > 1 {
            w.text(&format!("; in {} pieces", quote.pieces.len()), Class::Label);
        }
        if quote.pieces.iter().any(|p| !p.closed) {
            w.text("; not closed", Class::Label);
        }
        w.end();
    }

    fn report_listing(&mut self, i: usize, label: &str, indent: usize) {
        let report = &self.article.reported_speech[i];
        let mut w = self.listing(label, indent);
        w.text(
            &format!("reported speech ({}): ", kind_name(&report.kind)),
            Class::Label,
        );
        speaker(&mut w, Some(&report.speaker));
        w.text("; cue: ", Class::Label);
        w.text(report.cue.as_str(), Class::Cue);
        w.text("; content: ", Class::Label);
        w.text(&shorten(report.content.as_str(), 80), Class::Reported);
        w.end();
    }

    /// Quotes and reports that start outside the headline and the paragraphs.
    fn elsewhere(&mut self) {
        let quotes = std::mem::take(&mut self.quotes_elsewhere);
        let reports = std::mem::take(&mut self.reports_elsewhere);
        if quotes.is_empty() && reports.is_empty() {
            return;
        }
        paint(
            self.s,
            Class::Label,
            "Quotes outside the paragraphs",
            self.style.color,
        );
        self.s.push('\n');
        for (i, label) in &quotes {
            let quote = &self.article.quotes[*i];
            let text: Vec<&str> = quote.pieces.iter().map(|p| p.content.as_str()).collect();
            let mut w = Wrap::start(
                self.s,
                self.style,
                "  ",
                &format!("[{label}] "),
                Class::Marker,
                2 + label.len() + 3,
            );
            w.text(&shorten(&text.join(" … "), 80), Class::Quote);
            w.end();
            self.quote_listing(*i, label, 2);
        }
        for (i, label) in &reports {
            self.report_listing(*i, label, 2);
        }
        self.s.push('\n');
    }

    fn footer(&mut self) {
        let article = self.article;
        if article.footer().next().is_none() {
            return;
        }
        paint(self.s, Class::Label, "Footer", self.style.color);
        self.s.push('\n');
        for item in article.footer() {
            let kind = format!("{:<LABEL$}", kind_name(&item.kind));
            let mut w = Wrap::start(self.s, self.style, "  ", &kind, Class::Tag, LABEL + 2);
            w.text_keeping_lines(&item.text, Class::Plain);
            w.end();
            for credit in &item.credits {
                let mut w = Wrap::start(
                    self.s,
                    self.style,
                    &" ".repeat(LABEL + 4),
                    "",
                    Class::Label,
                    LABEL + 6,
                );
                w.text(&format!("{}: ", credit.role_text.as_str()), Class::Label);
                for (n, who) in credit.contributors.iter().enumerate() {
                    if n > 0 {
                        w.text(", ", Class::Plain);
                    }
                    w.text(who.name.as_str(), Class::Speaker);
                    if let Some(place) = &who.place {
                        w.text(&format!(" in {}", place.as_str()), Class::Plain);
                    }
                }
                w.end();
            }
        }
        self.s.push('\n');
    }

    fn warnings(&mut self) {
        let warnings = &self.article.warnings;
        if warnings.is_empty() {
            return;
        }
        paint(self.s, Class::Label, "Warnings", self.style.color);
        self.s.push('\n');
        // Line starts once, so that placing each warning costs a binary search, not a rescan.
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', self.source.as_bytes()).map(|i| i + 1));
        for warning in warnings.iter().take(MAX_WARNINGS) {
            let pos = warning.span.start().min(self.source.len());
            let line = starts.partition_point(|&s| s <= pos);
            let line_start = starts[line - 1];
            let column = self
                .source
                .get(line_start..pos)
                .map_or(0, |t| t.chars().count())
                + 1;
            let at = format!("line {line}, column {column}: ");
            let mut w = Wrap::start(self.s, self.style, "  ", &at, Class::Label, 4);
            w.text(&kind_name(&warning.kind), Class::Error);
            let excerpt = shorten(warning.span.as_str(self.source), 40);
            if !excerpt.is_empty() {
                w.text(": ", Class::Label);
                w.text(&excerpt, Class::Plain);
            }
            w.end();
        }
        if warnings.len() > MAX_WARNINGS {
            let more = format!("  … and {} more", warnings.len() - MAX_WARNINGS);
            paint(self.s, Class::Label, &more, self.style.color);
            self.s.push('\n');
        }
        self.s.push('\n');
    }
}

/// The items shown as running text: the headline, the paragraphs (the dateline joined to the
/// paragraph it opens) and unclassified text, in input order.
fn items(article: &Article<'_>) -> Vec<Item> {
    let blocks = &article.blocks;
    let mut items = Vec::new();
    let mut paragraphs = 0;
    let mut i = 0;
    while i < blocks.len() {
        match &blocks[i] {
            Block::Headline(h) => items.push(Item {
                span: h.span,
                kind: ItemKind::Headline,
            }),
            Block::Dateline(d) => {
                paragraphs += 1;
                let span = match blocks.get(i + 1) {
                    Some(Block::Paragraph(p)) => {
                        i += 1;
                        d.span.cover(p.span)
                    }
                    // A dateline with no paragraph after it is shown as a paragraph of its own.
                    _ => d.span,
                };
                items.push(Item {
                    span,
                    kind: ItemKind::Paragraph(paragraphs),
                });
            }
            Block::Paragraph(p) => {
                paragraphs += 1;
                items.push(Item {
                    span: p.span,
                    kind: ItemKind::Paragraph(paragraphs),
                });
            }
            Block::Unclassified(t) => items.push(Item {
                span: t.span,
                kind: ItemKind::Unclassified,
            }),
            _ => {}
        }
        i += 1;
    }
    items
}

/// Writes `span` of `source` through `w`, coloured by the marks that start in it and with the
/// tags that fall in it. A sweep over the sorted boundaries keeps it linear in the marks.
fn annotate(
    w: &mut Wrap<'_>,
    source: &str,
    span: Span,
    base: Class,
    marks: &[Mark],
    inserts: &[Insert],
    keep_lines: bool,
) {
    enum Event<'i> {
        Open(Class),
        Close(Class),
        Tag(&'i Insert),
    }
    let lo = marks.partition_point(|m| m.start < span.start);
    let hi = marks.partition_point(|m| m.start < span.end);
    let mut events: Vec<(u32, Event<'_>)> = Vec::new();
    for m in &marks[lo..hi] {
        events.push((m.start, Event::Open(m.class)));
        events.push((m.end.min(span.end), Event::Close(m.class)));
    }
    let lo = inserts.partition_point(|x| x.at <= span.start);
    let hi = inserts.partition_point(|x| x.at <= span.end);
    events.extend(inserts[lo..hi].iter().map(|x| (x.at, Event::Tag(x))));
    events.sort_by_key(|(at, _)| *at);

    let mut open = [0u32; CLASSES];
    let top = |open: &[u32; CLASSES]| {
        (0..CLASSES)
            .rev()
            .find(|&c| open[c] > 0)
            .map_or(base, |c| CLASS_OF[c])
    };
    let mut cur = span.start;
    let write = |w: &mut Wrap<'_>, from: u32, to: u32, class: Class| {
        let text = source.get(from as usize..to as usize).unwrap_or("");
        if keep_lines {
            w.text_keeping_lines(text, class);
        } else {
            w.text(text, class);
        }
    };
    for (at, event) in &events {
        if *at > cur {
            write(w, cur, *at, top(&open));
            cur = *at;
        }
        match event {
            Event::Open(c) => open[*c as usize] += 1,
            Event::Close(c) => open[*c as usize] = open[*c as usize].saturating_sub(1),
            Event::Tag(x) => w.text(&x.label, x.class),
        }
    }
    if span.end > cur {
        write(w, cur, span.end, top(&open));
    }
}

/// The classes by index, for the sweep's counters.
const CLASS_OF: [Class; CLASSES] = [
    Class::Plain,
    Class::Label,
    Class::Marker,
    Class::Headline,
    Class::Tag,
    Class::Dateline,
    Class::Reported,
    Class::Cue,
    Class::Speaker,
    Class::Scare,
    Class::Quote,
    Class::Error,
];

/// `speaker: he → Anna Virtanen (pronoun); role: …`.
fn speaker(w: &mut Wrap<'_>, speaker: Option<&Speaker<'_>>) {
    w.text("speaker: ", Class::Label);
    let Some(s) = speaker else {
        w.text("none found", Class::Label);
        return;
    };
    w.text(s.mention.as_str(), Class::Speaker);
    if let Some(name) = &s.name {
        if name.as_str() != s.mention.as_str() {
            w.text(" → ", Class::Label);
            w.text(name.as_str(), Class::Speaker);
        }
    }
    w.text(&format!(" ({})", kind_name(&s.kind)), Class::Label);
    if let Some(role) = &s.role {
        w.text("; role: ", Class::Label);
        w.text(role.as_str(), Class::Plain);
    }
}

/// `Jan 16`, or `Jan 16 = 2024-01-16 (year from the reference date)`.
fn describe_date(date: &NewsDate<'_>) -> String {
    let mut s = date.text.to_string();
    if let Some(iso) = date.iso() {
        if iso != date.text {
            let _ = write!(s, " = {iso}");
        }
        if date.year_inferred {
            s.push_str(" (year from the reference date)");
        }
    }
    s
}

/// The name an enum has in the JSON output (`sign_off`), in words (`sign off`). Reading it from
/// serde keeps the view in step with variants added later.
fn kind_name<T: Serialize>(kind: &T) -> String {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(s)) => s.replace('_', " "),
        _ => "other".to_owned(),
    }
}

/// `text` with its whitespace runs made single spaces, cut to at most `max` characters (and `…`).
fn shorten(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(max) {
        None => flat,
        Some((cut, _)) => {
            // Cut at the last word boundary before the limit, when there is one.
            let head = &flat[..cut];
            let head = match head.rfind(' ') {
                Some(space) if space > 0 => &head[..space],
                _ => head,
            };
            format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
        }
    }
}

fn paint(s: &mut String, class: Class, text: &str, color: bool) {
    if color && !class.sgr().is_empty() && !text.is_empty() {
        let _ = write!(s, "\x1b[{}m{text}\x1b[0m", class.sgr());
    } else {
        s.push_str(text);
    }
}

/// Lays out words into lines no wider than the width, after a prefix, with a hanging indent.
/// Colour codes are written only where the class changes, and reset at each line's end.
struct Wrap<'o> {
    out: &'o mut String,
    color: bool,
    width: usize,
    indent: usize,
    col: usize,
    /// The word being gathered, as pieces of one class each, and its width in characters.
    word: Vec<(String, Class)>,
    word_width: usize,
    /// Whitespace came before the word being gathered.
    space: bool,
    /// No word is on the current line yet.
    fresh: bool,
    /// The class whose colour is switched on in `out`.
    painting: Class,
}

impl<'o> Wrap<'o> {
    /// Starts a line with `lead` (plain) then `label` (painted), padded to `indent`; wrapped
    /// lines start at `indent`.
    fn start(
        out: &'o mut String,
        style: &ViewStyle,
        lead: &str,
        label: &str,
        class: Class,
        indent: usize,
    ) -> Self {
        out.push_str(lead);
        paint(out, class, label, style.color);
        let col = lead.chars().count() + label.chars().count();
        out.extend(std::iter::repeat(' ').take(indent.saturating_sub(col)));
        Wrap {
            out,
            color: style.color,
            width: style.width,
            indent,
            col: col.max(indent),
            word: Vec::new(),
            word_width: 0,
            space: false,
            fresh: true,
            painting: Class::Plain,
        }
    }

    /// Adds text; whitespace runs (line breaks included) separate words.
    fn text(&mut self, text: &str, class: Class) {
        self.add(text, class, false);
    }

    /// Adds text, keeping its line breaks (for tables, contact blocks and such).
    fn text_keeping_lines(&mut self, text: &str, class: Class) {
        self.add(text, class, true);
    }

    fn add(&mut self, text: &str, class: Class, keep_lines: bool) {
        let mut rest = text;
        while !rest.is_empty() {
            let blank = rest
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(rest.len());
            if blank > 0 {
                self.flush();
                if keep_lines && rest[..blank].contains('\n') {
                    self.newline();
                } else {
                    self.space = true;
                }
                rest = &rest[blank..];
                continue;
            }
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            match self.word.last_mut() {
                Some((piece, c)) if *c == class => piece.push_str(&rest[..end]),
                _ => self.word.push((rest[..end].to_owned(), class)),
            }
            self.word_width += rest[..end].chars().count();
            rest = &rest[end..];
        }
    }

    fn flush(&mut self) {
        if self.word.is_empty() {
            return;
        }
        if !self.fresh {
            let space = usize::from(self.space);
            if self.width > 0 && self.col + space + self.word_width > self.width {
                self.newline();
            } else if self.space {
                // A space between words of two classes takes neither's colour.
                if self.word.first().map(|(_, c)| *c) != Some(self.painting) {
                    self.switch(Class::Plain);
                }
                self.out.push(' ');
                self.col += 1;
            }
        }
        for (piece, class) in std::mem::take(&mut self.word) {
            self.switch(class);
            self.out.push_str(&piece);
        }
        self.col += self.word_width;
        self.word_width = 0;
        self.space = false;
        self.fresh = false;
    }

    /// Switches the colour to `class`'s.
    fn switch(&mut self, class: Class) {
        if !self.color || class == self.painting {
            return;
        }
        if self.painting != Class::Plain {
            self.out.push_str("\x1b[0m");
        }
        if !class.sgr().is_empty() {
            let _ = write!(self.out, "\x1b[{}m", class.sgr());
        }
        self.painting = class;
    }

    fn newline(&mut self) {
        self.switch(Class::Plain);
        self.out.push('\n');
        self.out.extend(std::iter::repeat(' ').take(self.indent));
        self.col = self.indent;
        self.space = false;
        self.fresh = true;
    }

    /// Ends the last line.
    fn end(mut self) {
        self.flush();
        self.switch(Class::Plain);
        self.out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    //! The quotation passes are being written on another branch, so these tests add quotes and
    //! reported speech to a parsed article by hand, as the parser will, and check the view.

    use std::borrow::Cow;

    use newswire::{
        Article, QuoteKind, QuotePiece, ReportKind, ReportedSpeech, Span, Speaker, SpeakerKind,
        Text,
    };

    use super::*;

    const SAMPLE: &str = include_str!("sample.txt");

    /// The span of the `n`th (0-based) occurrence of `needle` in `SAMPLE`.
    fn find(needle: &str, n: usize) -> Span {
        let start = SAMPLE
            .match_indices(needle)
            .nth(n)
            .map(|(i, _)| i)
            .expect(needle);
        Span::new(start, start + needle.len())
    }

    fn text(needle: &'static str) -> Text<'static> {
        Text {
            span: find(needle, 0),
            text: Cow::Borrowed(needle),
        }
    }

    /// A piece from its opening mark to its closing mark, `inner` between them.
    fn piece(inner: &'static str) -> QuotePiece<'static> {
        let content = text(inner);
        let span = Span {
            start: content.span.start - 1,
            end: content.span.end + 1,
        };
        QuotePiece {
            span,
            content,
            closed: true,
        }
    }

    fn person(
        mention: &'static str,
        name: Option<&'static str>,
        role: Option<&'static str>,
    ) -> Speaker<'static> {
        Speaker {
            mention: text(mention),
            kind: SpeakerKind::Person,
            name: name.map(text),
            role: role.map(text),
        }
    }

    fn annotated() -> Article<'static> {
        let mut article = newswire::parse(SAMPLE).expect("the sample parses");
        article.quotes.clear();
        article.reported_speech.clear();
        article.quotes.push(newswire::Quote {
            kind: QuoteKind::Direct,
            pieces: vec![
                piece("We will not sail until every door and ramp has been checked by the classification society,"),
                piece("Safety is the only thing that matters to us."),
            ].into(),
            speaker: Some(Box::new(person(
                "chief executive Anna Virtanen",
                Some("Anna Virtanen"),
                Some("chief executive"),
            ))),
            cue: Some(text("told reporters")),
            parent: None,
        });
        article.quotes.push(newswire::Quote {
            kind: QuoteKind::Direct,
            pieces: vec![piece("It was a frightening night for the crew,")].into(),
            speaker: Some(Box::new(person("Jaan Kask", Some("Jaan Kask"), None))),
            cue: Some(Text {
                span: find("said", 2),
                text: Cow::Borrowed("said"),
            }),
            parent: None,
        });
        article.quotes.push(newswire::Quote {
            kind: QuoteKind::Scare,
            pieces: vec![piece("absolutely the right call")].into(),
            speaker: None,
            cue: None,
            parent: None,
        });
        let content = text(
            "the company expected to resume a reduced timetable by the weekend, but warned that the \
             repairs to the Baltic Star could take a month",
        );
        let mention = Text {
            span: find("Virtanen", 1),
            text: Cow::Borrowed("Virtanen"),
        };
        article.reported_speech.push(ReportedSpeech {
            span: mention.span.cover(content.span),
            kind: ReportKind::Leading,
            speaker: Speaker {
                mention,
                kind: SpeakerKind::Person,
                name: Some(text("Anna Virtanen")),
                role: None,
            },
            cue: Text {
                span: find("said", 0),
                text: Cow::Borrowed("said"),
            },
            content,
        });
        article
    }

    fn view(article: &Article<'_>, color: bool) -> String {
        let mut out = Vec::new();
        render(
            &mut out,
            "sample",
            SAMPLE,
            article,
            &ViewStyle { color, width: 80 },
        );
        String::from_utf8(out).unwrap()
    }

    /// The view with its whitespace runs made single spaces, to read past the wrapping.
    fn flat(view: &str) -> String {
        view.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The view without its tags (`[Q1]`, `[R1]`, `[scare]`).
    fn untagged(view: &str) -> String {
        let mut out = String::new();
        let mut rest = view;
        while let Some(open) = rest.find('[') {
            out.push_str(&rest[..open]);
            let tag = rest[open + 1..].find(']').filter(|&n| {
                n <= 8
                    && rest[open + 1..open + 1 + n]
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric())
            });
            match tag {
                Some(n) => rest = &rest[open + n + 2..],
                None => {
                    out.push('[');
                    rest = &rest[open + 1..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn quotes_are_tagged_in_the_text_and_listed_with_speaker_and_cue() {
        let view = view(&annotated(), false);
        let flat = flat(&view);
        assert!(
            flat.contains("classification society,\"[Q1] chief executive Anna Virtanen told"),
            "{view}"
        );
        assert!(flat.contains("matters to us.\"[Q1]"), "{view}");
        assert!(flat.contains(
            "[Q1] speaker: chief executive Anna Virtanen → Anna Virtanen (person); role: chief \
             executive; cue: told reporters; in 2 pieces"
        ));
        // A name the same as its mention is not repeated.
        assert!(
            flat.contains("[Q2] speaker: Jaan Kask (person); cue: said"),
            "{view}"
        );
        // A scare quote is tagged with its kind and not listed as speech.
        assert!(
            flat.contains("\"absolutely the right call\"[scare]"),
            "{view}"
        );
        assert!(!flat.contains("[Q3]"));
        assert!(flat.contains("could take a month[R1]."), "{view}");
        assert!(flat.contains(
            "[R1] reported speech (leading): speaker: Virtanen → Anna Virtanen (person); cue: said; \
             content: the company expected to resume a reduced timetable by the weekend, but warned…"
        ), "{view}");
        // Each listing comes right under the paragraph its quote starts in.
        let p2 = view.find("¶2").unwrap();
        let q1 = view.find("[Q1] speaker").unwrap();
        let p3 = view.find("¶3").unwrap();
        assert!(p2 < q1 && q1 < p3);
        let r1 = view.find("[R1] reported").unwrap();
        assert!(p3 < r1 && r1 < view.find("¶4").unwrap());
    }

    #[test]
    fn colour_marks_quotes_speakers_and_cues_inside_the_text() {
        let view = view(&annotated(), true);
        assert!(view.contains("\x1b[32m\"We will not sail"), "{view:?}");
        assert!(
            view.contains("\x1b[1;33mchief executive Anna Virtanen\x1b[0m \x1b[33mtold reporters"),
            "{view:?}"
        );
        assert!(
            view.contains("\x1b[3m\"absolutely the right call\""),
            "{view:?}"
        );
        assert!(view.contains("\x1b[34mthe company expected"), "{view:?}");
        // Every line ends with its colour switched off.
        for line in view.lines() {
            let (on, off) = (
                line.matches("\x1b[").count(),
                line.matches("\x1b[0m").count(),
            );
            assert!(
                on == 0 || line.ends_with("\x1b[0m") || on == 2 * off,
                "{line:?}"
            );
        }
    }

    #[test]
    fn no_word_of_the_article_is_lost() {
        let article = annotated();
        let view = flat(&untagged(&view(&article, false)));
        for block in &article.blocks {
            let words = flat(block.span().as_str(SAMPLE));
            // The paragraphs carry tags between their words; compare them word by word.
            let mut at = 0;
            for word in words.split(' ') {
                let found = view[at..]
                    .find(word)
                    .unwrap_or_else(|| panic!("{word:?} missing"));
                at += found + word.len();
            }
        }
    }

    #[test]
    fn a_quote_outside_the_paragraphs_is_still_shown() {
        let mut article = annotated();
        let credit = find("Claire Dunn", 0);
        article.quotes.push(newswire::Quote {
            kind: QuoteKind::Direct,
            pieces: vec![QuotePiece {
                span: credit,
                content: Text {
                    span: credit,
                    text: Cow::Borrowed("Claire Dunn"),
                },
                closed: false,
            }]
            .into(),
            speaker: None,
            cue: None,
            parent: None,
        });
        let view = flat(&view(&article, false));
        assert!(
            view.contains("Quotes outside the paragraphs [Q3] Claire Dunn"),
            "{view}"
        );
        assert!(
            view.contains("[Q3] speaker: none found; cue: none found; not closed"),
            "{view}"
        );
    }

    #[test]
    fn unclassified_text_is_shown_as_written_with_its_quotes() {
        let mut article = annotated();
        let ministry = find("The Estonian transport ministry", 0).start;
        let block = article
            .blocks
            .iter_mut()
            .find(|b| b.span().start == ministry)
            .expect("the ministry paragraph");
        let span = block.span();
        *block = newswire::Block::Unclassified(Box::new(Text {
            span,
            text: Cow::Borrowed(span.as_str(SAMPLE)),
        }));
        let inspectors = find("inspectors", 0);
        article.quotes.push(newswire::Quote {
            kind: QuoteKind::Direct,
            pieces: vec![QuotePiece {
                span: inspectors,
                content: Text {
                    span: inspectors,
                    text: Cow::Borrowed("inspectors"),
                },
                closed: true,
            }]
            .into(),
            speaker: None,
            cue: None,
            parent: None,
        });
        let view = view(&article, false);
        let at = view
            .find("(not classified)\n      The Estonian")
            .expect(&view);
        let listing = view
            .find("[Q3] speaker: none found; cue: none found")
            .expect(&view);
        assert!(at < listing && listing < view.find("¶4").unwrap(), "{view}");
    }

    #[test]
    fn wrapping_respects_the_width_and_the_indent() {
        let article = annotated();
        let mut out = Vec::new();
        render(
            &mut out,
            "sample",
            SAMPLE,
            &article,
            &ViewStyle {
                color: false,
                width: 50,
            },
        );
        let view = String::from_utf8(out).unwrap();
        for line in view.lines() {
            // A single word longer than the room left may overflow; none here is.
            assert!(line.chars().count() <= 50, "{line:?}");
        }
        assert!(
            view.contains("\n¶2    \"We will not sail until every door and ramp\n      has been"),
            "{view}"
        );
    }
}
