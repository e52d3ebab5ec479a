//! The article AST: every node borrows its text from the input and carries its [`Span`].

use std::borrow::Cow;

use crate::{CalendarDate, Span, Warning, Weekday};

/// A piece of the input: its span and its text, borrowed until [`Article::into_owned`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Text<'a> {
    /// Where it is in the input.
    pub span: Span,
    /// The text itself, exactly as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'a, str>,
}

impl<'a> Text<'a> {
    /// Borrows `span` of `source`.
    pub(crate) fn of(source: &'a str, span: Span) -> Self {
        Text {
            span,
            text: Cow::Borrowed(span.as_str(source)),
        }
    }

    /// The text as a `&str`.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Detaches the text from the input.
    pub fn into_owned(self) -> Text<'static> {
        Text {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
        }
    }
}

/// A parsed news article.
///
/// `blocks` holds the article's top-level nodes in input order. Together they cover every
/// non-whitespace byte of the input exactly once. Quotations and reported speech cross
/// paragraphs, so they are listed beside the blocks, each piece with its span.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Article<'a> {
    /// The top-level nodes in input order, not overlapping.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub blocks: Vec<Block<'a>>,
    /// Every pair of quotation marks found: direct speech with its speaker and cue, and scare
    /// quotes, terms and titles. Ordered by the start of their first piece.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub quotes: Vec<Quote<'a>>,
    /// Speech reported without quotation marks (`X said (that) …`, `according to X`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub reported_speech: Vec<ReportedSpeech<'a>>,
    /// The article's date and where it was found.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub date: Option<ArticleDate<'a>>,
    /// The agency that filed the story, and where that was found.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub agency: Option<ArticleAgency<'a>>,
    /// What was odd and recovered from.
    pub warnings: Vec<Warning>,
}

impl<'a> Article<'a> {
    /// The headline, if the article starts with one.
    pub fn headline(&self) -> Option<&Headline<'a>> {
        self.blocks.iter().find_map(|b| match b {
            Block::Headline(h) => Some(&**h),
            _ => None,
        })
    }

    /// The tags beside the headline (`UPDATE 2-`, a `******` flash marker).
    pub fn headline_tags(&self) -> impl Iterator<Item = &HeadlineTag<'a>> {
        self.blocks.iter().filter_map(|b| match b {
            Block::HeadlineTag(t) => Some(&**t),
            _ => None,
        })
    }

    /// The byline lines.
    pub fn bylines(&self) -> impl Iterator<Item = &Byline<'a>> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Byline(x) => Some(&**x),
            _ => None,
        })
    }

    /// The dateline, if the story has one.
    pub fn dateline(&self) -> Option<&Dateline<'a>> {
        self.blocks.iter().find_map(|b| match b {
            Block::Dateline(d) => Some(&**d),
            _ => None,
        })
    }

    /// The body paragraphs, in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph<'a>> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            _ => None,
        })
    }

    /// The footer items (credits, sign-offs, copyright lines …), in order.
    pub fn footer(&self) -> impl Iterator<Item = &FooterItem<'a>> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Footer(f) => Some(&**f),
            _ => None,
        })
    }

    /// The direct quotations: speech, not scare quotes or titles.
    pub fn direct_quotes(&self) -> impl Iterator<Item = &Quote<'a>> {
        self.quotes.iter().filter(|q| q.kind == QuoteKind::Direct)
    }

    /// Detaches the whole tree from the input.
    pub fn into_owned(self) -> Article<'static> {
        Article {
            blocks: self.blocks.into_iter().map(Block::into_owned).collect(),
            quotes: self.quotes.into_iter().map(Quote::into_owned).collect(),
            reported_speech: self
                .reported_speech
                .into_iter()
                .map(ReportedSpeech::into_owned)
                .collect(),
            date: self.date.map(ArticleDate::into_owned),
            agency: self.agency.map(ArticleAgency::into_owned),
            warnings: self.warnings,
        }
    }
}

/// A top-level node of an [`Article`].
///
/// Every block but the paragraph is boxed: an article has a paragraph for every few hundred
/// bytes and a handful of the others, and with one variant inline a block is 32 bytes, what the
/// paragraph itself takes (160 with every variant inline).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Block<'a> {
    /// A tag before the headline: `UPDATE 2-`, `EXCLUSIVE-`, a `******` flash marker.
    HeadlineTag(#[cfg_attr(feature = "serde", serde(borrow))] Box<HeadlineTag<'a>>),
    /// The headline.
    Headline(#[cfg_attr(feature = "serde", serde(borrow))] Box<Headline<'a>>),
    /// A byline line (`By Jane Doe, Reuters`).
    Byline(#[cfg_attr(feature = "serde", serde(borrow))] Box<Byline<'a>>),
    /// The dateline at the start of the first body paragraph (`LONDON, Jan 16 (Reuters) -`).
    Dateline(#[cfg_attr(feature = "serde", serde(borrow))] Box<Dateline<'a>>),
    /// A body paragraph.
    Paragraph(#[cfg_attr(feature = "serde", serde(borrow))] Paragraph<'a>),
    /// A footer item: credit, sign-off, syndication or copyright line, promo line …
    Footer(#[cfg_attr(feature = "serde", serde(borrow))] Box<FooterItem<'a>>),
    /// Text before the story proper that matched no rule (photo captions, standfirsts,
    /// section labels), kept so that nothing is dropped.
    Unclassified(#[cfg_attr(feature = "serde", serde(borrow))] Box<Text<'a>>),
}

impl<'a> Block<'a> {
    /// The block's span.
    pub fn span(&self) -> Span {
        match self {
            Block::HeadlineTag(x) => x.span,
            Block::Headline(x) => x.span,
            Block::Byline(x) => x.span,
            Block::Dateline(x) => x.span,
            Block::Paragraph(x) => x.span,
            Block::Footer(x) => x.span,
            Block::Unclassified(x) => x.span,
        }
    }

    /// Detaches the block from the input.
    pub fn into_owned(self) -> Block<'static> {
        match self {
            Block::HeadlineTag(x) => Block::HeadlineTag(Box::new(x.into_owned())),
            Block::Headline(x) => Block::Headline(Box::new(x.into_owned())),
            Block::Byline(x) => Block::Byline(Box::new(x.into_owned())),
            Block::Dateline(x) => Block::Dateline(Box::new(x.into_owned())),
            Block::Paragraph(x) => Block::Paragraph(x.into_owned()),
            Block::Footer(x) => Block::Footer(Box::new(x.into_owned())),
            Block::Unclassified(x) => Block::Unclassified(Box::new(x.into_owned())),
        }
    }
}

/// A tag kept apart from the headline text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct HeadlineTag<'a> {
    /// The whole tag with its hyphen (`UPDATE 2-`).
    pub span: Span,
    /// The tag as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'a, str>,
    /// What the tag says.
    pub kind: TagKind,
    /// The number of an `UPDATE 2-` or `WRAPUP 1-` tag.
    pub number: Option<u32>,
}

impl HeadlineTag<'_> {
    fn into_owned(self) -> HeadlineTag<'static> {
        HeadlineTag {
            text: Cow::Owned(self.text.into_owned()),
            ..self
        }
    }
}

/// The kinds of [`HeadlineTag`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TagKind {
    /// A run of asterisks marking a flash or newsbreak (`******`).
    Flash,
    /// `UPDATE n-`: a new version of an earlier story.
    Update,
    /// `EXCLUSIVE-`.
    Exclusive,
    /// `BRIEF-`.
    Brief,
    /// `FACTBOX-`.
    Factbox,
    /// `CORRECTED-`, `CORRECTION-`.
    Corrected,
    /// `REFILE-`, `RPT-`: the same story sent again.
    Refile,
    /// `ANALYSIS-`, `INSIGHT-`, `FEATURE-`, `COLUMN-`, `PREVIEW-`, `INTERVIEW-` and other story types.
    StoryType,
    /// `WRAPUP n-`.
    Wrapup,
    /// `TIMELINE-`, `GRAPHIC-`, `TABLE-`, `HIGHLIGHTS-` and other formats.
    Format,
    /// `URGENT-`, `BREAKING-`, `BULLETIN-`.
    Urgent,
}

/// The headline: one line, or two when it wraps.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Headline<'a> {
    /// The headline text, without its tags.
    pub span: Span,
    /// The headline as written (a wrapped headline keeps its line break).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'a, str>,
}

impl Headline<'_> {
    fn into_owned(self) -> Headline<'static> {
        Headline {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
        }
    }
}

/// A byline: the writers, and the agency or role written beside them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Byline<'a> {
    /// The whole byline (with a role line under it, when there is one).
    pub span: Span,
    /// The byline as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'a, str>,
    /// The people named.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub authors: Vec<Text<'a>>,
    /// The agency or outlet (`Reuters`, `AP`, `Associated Press`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub agency: Option<Text<'a>>,
    /// The role (`Associated Press Writer`, `Staff Writer`, `Correspondent`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub role: Option<Text<'a>>,
}

impl Byline<'_> {
    fn into_owned(self) -> Byline<'static> {
        Byline {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
            authors: self.authors.into_iter().map(Text::into_owned).collect(),
            agency: self.agency.map(Text::into_owned),
            role: self.role.map(Text::into_owned),
        }
    }
}

/// A dateline: where (and often when) the story was filed, and by which agency.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Dateline<'a> {
    /// From the first place (or date, or agency) to the end of the separator.
    pub span: Span,
    /// The dateline as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'a, str>,
    /// The places, first the city, then the region or country where written
    /// (`KANSAS CITY`, `Mo.`). Empty for a date-only dateline (`Dec 29 (Reuters) -`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub places: Vec<Text<'a>>,
    /// The date, when the dateline gives one.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub date: Option<NewsDate<'a>>,
    /// The agencies credited (`Reuters`, `AP`, `PRNewswire`, `GLOBE NEWSWIRE`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub agencies: Vec<Text<'a>>,
    /// The separator (`-`, `--`, `—`, `_`, `:`), absent when the text follows the agency
    /// directly (`NEW DELHI, Jan 16 (PTI) The …`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub separator: Option<Text<'a>>,
}

impl Dateline<'_> {
    /// The first place as written, such as `KANSAS CITY` of `KANSAS CITY, Mo.`.
    pub fn place(&self) -> Option<&str> {
        self.places.first().map(|p| p.as_str())
    }

    fn into_owned(self) -> Dateline<'static> {
        Dateline {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
            places: self.places.into_iter().map(Text::into_owned).collect(),
            date: self.date.map(NewsDate::into_owned),
            agencies: self.agencies.into_iter().map(Text::into_owned).collect(),
            separator: self.separator.map(Text::into_owned),
        }
    }
}

/// A date as written in the copy (`Jan 16`, `Sept. 2`, `Dec. 5, 2023`, `Tuesday (Jan 16)`),
/// with its month and day, and its year when written or resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct NewsDate<'a> {
    /// Where the date is written.
    pub span: Span,
    /// The date as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'a, str>,
    /// The weekday, when written.
    pub weekday: Option<Weekday>,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month.
    pub day: u8,
    /// The year: written, or resolved from the reference date (see `year_inferred`).
    pub year: Option<i32>,
    /// True when `year` came from [`ParseOptions::reference_date`](crate::ParseOptions) rather
    /// than from the text.
    pub year_inferred: bool,
}

impl NewsDate<'_> {
    /// The full date, when the year is known and the day exists.
    pub fn calendar_date(&self) -> Option<CalendarDate> {
        CalendarDate::new(self.year?, self.month, self.day)
    }

    /// `YYYY-MM-DD` when the year is known, else `None`.
    pub fn iso(&self) -> Option<String> {
        self.calendar_date().map(|d| d.to_string())
    }

    fn into_owned(self) -> NewsDate<'static> {
        NewsDate {
            text: Cow::Owned(self.text.into_owned()),
            ..self
        }
    }
}

/// The article's date and where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ArticleDate<'a> {
    /// The date.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub date: NewsDate<'a>,
    /// Where it came from.
    pub source: DateSource,
}

impl ArticleDate<'_> {
    fn into_owned(self) -> ArticleDate<'static> {
        ArticleDate {
            date: self.date.into_owned(),
            source: self.source,
        }
    }
}

/// Where an [`ArticleDate`] was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DateSource {
    /// The dateline (`LONDON, Jan 16 (Reuters) -`).
    Dateline,
    /// The lede, when only it states the date (`on Tuesday (Jan 16)`).
    Lede,
}

/// The agency that filed the story.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ArticleAgency<'a> {
    /// The agency's name as written, or its usual name when inferred.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub name: Cow<'a, str>,
    /// Where it is written; `None` when it was inferred from a house style.
    pub span: Option<Span>,
    /// How it was found.
    pub source: AgencySource,
}

impl ArticleAgency<'_> {
    fn into_owned(self) -> ArticleAgency<'static> {
        ArticleAgency {
            name: Cow::Owned(self.name.into_owned()),
            ..self
        }
    }
}

/// How an [`ArticleAgency`] was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum AgencySource {
    /// Named in the dateline.
    Dateline,
    /// Named in the byline (`By Jane Doe, Reuters`).
    Byline,
    /// Implied by a credit line in the agency's house style: Reuters' `(Reporting by …;
    /// Editing by …)`, AP's `Associated Press writer … contributed to this report`.
    Credit,
    /// Implied by the agency's sign-off: the 1980s Reuters wire's `Reuter`.
    SignOff,
    /// Implied by the dateline's form alone: the bare `CITY _` of the New York Times News
    /// Service wire, which names no agency.
    HouseStyle,
}

/// A body paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Paragraph<'a> {
    /// From the first to the last non-blank byte (wrapped lines included).
    pub span: Span,
    /// The paragraph as written; wrapped fixed-width copy keeps its line breaks.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'a, str>,
}

impl Paragraph<'_> {
    fn into_owned(self) -> Paragraph<'static> {
        Paragraph {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
        }
    }
}

/// A boilerplate item at the end of the story.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct FooterItem<'a> {
    /// The item.
    pub span: Span,
    /// The item as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'a, str>,
    /// What kind of boilerplate it is.
    pub kind: BoilerplateKind,
    /// For a credit line, its roles and names (`Reporting by A in Paris; Editing by B`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub credits: Vec<Credit<'a>>,
}

impl FooterItem<'_> {
    fn into_owned(self) -> FooterItem<'static> {
        FooterItem {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
            kind: self.kind,
            credits: self.credits.into_iter().map(Credit::into_owned).collect(),
        }
    }
}

/// The kinds of [`FooterItem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// Reuters credits: `(Reporting by A; Editing by B)`.
    Credit,
    /// A sign-off or end marker: `Reuter`, `REUTER`, `Enditem`, `###`, `-- END --`, `(END)`.
    SignOff,
    /// An AP-style contribution line: `Associated Press writer X in Y contributed to this report.`
    Contribution,
    /// A syndication line: `This article was originally published by …`.
    Syndication,
    /// A copyright line: `Copyright © 2024 …`, `(c) 2024 Reuters`.
    Copyright,
    /// The `SOURCE Company` line of a press release.
    Source,
    /// A promo line: `Read more:`, `Follow X on Twitter`, `Sign up for …`.
    Promo,
    /// A press-release contact block: `Media contact:` and the lines under it.
    Contact,
    /// A separator line: `___`, `***`, `---`.
    Separator,
    /// A press release's `About Company` section: its heading and the paragraphs under it.
    About,
    /// A disclaimer: `The views expressed …`, a `Forward-Looking Statements` section.
    Disclaimer,
}

/// One role of a credit line and the people in it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Credit<'a> {
    /// The whole clause (`Additional reporting by B in Paris`).
    pub span: Span,
    /// The role.
    pub role: CreditRole,
    /// The role as written (`Additional reporting by`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub role_text: Text<'a>,
    /// The people credited, each with the place written beside them.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub contributors: Vec<Contributor<'a>>,
}

impl Credit<'_> {
    fn into_owned(self) -> Credit<'static> {
        Credit {
            span: self.span,
            role: self.role,
            role_text: self.role_text.into_owned(),
            contributors: self
                .contributors
                .into_iter()
                .map(Contributor::into_owned)
                .collect(),
        }
    }
}

/// A person in a [`Credit`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Contributor<'a> {
    /// The name.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub name: Text<'a>,
    /// The place (`in Paris`), when written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub place: Option<Text<'a>>,
}

impl Contributor<'_> {
    fn into_owned(self) -> Contributor<'static> {
        Contributor {
            name: self.name.into_owned(),
            place: self.place.map(Text::into_owned),
        }
    }
}

/// The roles of a [`Credit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CreditRole {
    /// `Reporting by`.
    Reporting,
    /// `Additional reporting by`.
    AdditionalReporting,
    /// `Writing by`.
    Writing,
    /// `Editing by`.
    Editing,
    /// `Compiled by`.
    Compiling,
    /// `Graphics by`, `Photos by`, `Research by` and other roles.
    Other,
}

/// A pair (or run) of quotation marks and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Quote<'a> {
    /// Speech, or a scare quote, term or title.
    pub kind: QuoteKind,
    /// The quoted pieces: one, or several for a split quote (`"A," he said, "B."`) or a quote
    /// that runs over paragraphs. Read it as a slice (`quote.pieces[0]`, `quote.pieces.len()`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub pieces: Pieces<'a>,
    /// Who said it (direct and partial quotes). Boxed: a speaker is over a hundred bytes, and
    /// inline it doubled the size of every quote, scare quotes and titles included.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub speaker: Option<Box<Speaker<'a>>>,
    /// The speech verb or phrase (`said`, `told reporters`, `:`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub cue: Option<Text<'a>>,
    /// The index in [`Article::quotes`] of the quote this one is nested in.
    pub parent: Option<usize>,
}

impl Quote<'_> {
    /// The span from the first piece's opening mark to the last piece's end.
    pub fn span(&self) -> Span {
        match (self.pieces.first(), self.pieces.last()) {
            (Some(a), Some(b)) => a.span.cover(b.span),
            _ => Span::default(),
        }
    }

    fn into_owned(self) -> Quote<'static> {
        Quote {
            kind: self.kind,
            pieces: self.pieces.into_owned(),
            speaker: self.speaker.map(|s| Box::new(s.into_owned())),
            cue: self.cue.map(Text::into_owned),
            parent: self.parent,
        }
    }
}

/// The pieces of a [`Quote`], read as a slice of [`QuotePiece`]s.
///
/// Most quotes have a single piece, which is held inline: a quote costs one node in
/// [`Article::quotes`] and no allocation of its own, and reading its piece does not leave
/// that list (on a long article of short quotes, a list of pieces per quote was a cache miss
/// per quote in every pass). Build one from a `Vec` or an iterator:
///
/// ```
/// use newswire::{Pieces, QuotePiece, Span, Text};
///
/// let piece = QuotePiece {
///     span: Span::new(0, 5),
///     content: Text { span: Span::new(1, 4), text: "Yes".into() },
///     closed: true,
/// };
/// let pieces = Pieces::from(vec![piece.clone()]);
/// assert_eq!(pieces.len(), 1);
/// assert_eq!(pieces[0].content.as_str(), "Yes");
/// assert_eq!(pieces, Pieces::from_iter([piece]));
/// ```
///
/// With the `serde` feature it reads and writes as a sequence, like the `Vec` it stands for.
#[derive(Debug, Clone, Default)]
pub struct Pieces<'a>(PiecesRepr<'a>);

#[derive(Debug, Clone)]
enum PiecesRepr<'a> {
    One(QuotePiece<'a>),
    Many(Vec<QuotePiece<'a>>),
}

impl Default for PiecesRepr<'_> {
    fn default() -> Self {
        PiecesRepr::Many(Vec::new())
    }
}

impl<'a> Pieces<'a> {
    /// No pieces.
    pub fn new() -> Self {
        Self::default()
    }

    /// The pieces as a slice.
    pub fn as_slice(&self) -> &[QuotePiece<'a>] {
        match &self.0 {
            PiecesRepr::One(p) => std::slice::from_ref(p),
            PiecesRepr::Many(v) => v,
        }
    }

    /// The pieces as a mutable slice.
    pub fn as_mut_slice(&mut self) -> &mut [QuotePiece<'a>] {
        match &mut self.0 {
            PiecesRepr::One(p) => std::slice::from_mut(p),
            PiecesRepr::Many(v) => v,
        }
    }

    /// Adds a piece at the end; the first is held inline, a second moves both to the heap.
    pub fn push(&mut self, piece: QuotePiece<'a>) {
        self.0 = match std::mem::take(&mut self.0) {
            PiecesRepr::Many(v) if v.capacity() == 0 => PiecesRepr::One(piece),
            PiecesRepr::Many(mut v) => {
                v.push(piece);
                PiecesRepr::Many(v)
            }
            PiecesRepr::One(first) => PiecesRepr::Many(vec![first, piece]),
        };
    }

    /// Moves every piece of `other` to the end of these, leaving `other` empty.
    pub fn append(&mut self, other: &mut Pieces<'a>) {
        match std::mem::take(&mut other.0) {
            PiecesRepr::One(piece) => self.push(piece),
            PiecesRepr::Many(pieces) => {
                for piece in pieces {
                    self.push(piece);
                }
            }
        }
    }

    /// The pieces as a `Vec`.
    pub fn into_vec(self) -> Vec<QuotePiece<'a>> {
        match self.0 {
            PiecesRepr::One(p) => vec![p],
            PiecesRepr::Many(v) => v,
        }
    }

    fn into_owned(self) -> Pieces<'static> {
        Pieces(match self.0 {
            PiecesRepr::One(p) => PiecesRepr::One(p.into_owned()),
            PiecesRepr::Many(v) => {
                PiecesRepr::Many(v.into_iter().map(QuotePiece::into_owned).collect())
            }
        })
    }
}

impl<'a> std::ops::Deref for Pieces<'a> {
    type Target = [QuotePiece<'a>];

    fn deref(&self) -> &Self::Target {
        self.as_slice()
    }
}

impl std::ops::DerefMut for Pieces<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.as_mut_slice()
    }
}

impl PartialEq for Pieces<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for Pieces<'_> {}

impl<'a> From<Vec<QuotePiece<'a>>> for Pieces<'a> {
    fn from(v: Vec<QuotePiece<'a>>) -> Self {
        Pieces(match <[QuotePiece<'a>; 1]>::try_from(v) {
            Ok([p]) => PiecesRepr::One(p),
            Err(v) => PiecesRepr::Many(v),
        })
    }
}

impl<'a> FromIterator<QuotePiece<'a>> for Pieces<'a> {
    fn from_iter<I: IntoIterator<Item = QuotePiece<'a>>>(iter: I) -> Self {
        let mut pieces = Pieces::new();
        for p in iter {
            pieces.push(p);
        }
        pieces
    }
}

impl<'a> IntoIterator for Pieces<'a> {
    type Item = QuotePiece<'a>;
    type IntoIter = std::vec::IntoIter<QuotePiece<'a>>;

    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

impl<'p, 'a> IntoIterator for &'p Pieces<'a> {
    type Item = &'p QuotePiece<'a>;
    type IntoIter = std::slice::Iter<'p, QuotePiece<'a>>;

    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Pieces<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.as_slice())
    }
}

#[cfg(feature = "serde")]
impl<'de: 'a, 'a> serde::Deserialize<'de> for Pieces<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<QuotePiece<'a>>::deserialize(deserializer).map(Pieces::from)
    }
}

/// One stretch of quoted text between its marks.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct QuotePiece<'a> {
    /// From the opening mark to the closing mark inclusive (or to the paragraph's end when
    /// the mark is never closed).
    pub span: Span,
    /// The text between the marks.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub content: Text<'a>,
    /// Whether a closing mark ends this piece.
    pub closed: bool,
}

impl QuotePiece<'_> {
    fn into_owned(self) -> QuotePiece<'static> {
        QuotePiece {
            span: self.span,
            content: self.content.into_owned(),
            closed: self.closed,
        }
    }
}

/// The kinds of [`Quote`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// Direct speech: a quotation that stands as the speaker's own sentence or sentences.
    Direct,
    /// A scare quote or a term (`‘comradely’ ties`, a nickname): not speech.
    Scare,
    /// The title of a work (a film, book, song, report).
    Title,
    /// A fragment of someone's words set inside the writer's own sentence (`she said the plan
    /// was "a disaster"`): quoted speech with a speaker and cue, but not a direct quotation.
    Partial,
}

/// Who said something: the mention as written, and the full name it resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Speaker<'a> {
    /// The mention next to the cue (`he`, `Choe`, `Kremlin spokesman Dmitry Peskov`,
    /// `a source familiar with the matter`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub mention: Text<'a>,
    /// What kind of speaker.
    pub kind: SpeakerKind,
    /// The full name: inside the mention (`Dmitry Peskov`), or named earlier in the article
    /// for a pronoun or surname (`Choe Son Hui`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub name: Option<Text<'a>>,
    /// The role or title written with the name (`Kremlin spokesman`, `a spokeswoman for the
    /// ministry`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub role: Option<Text<'a>>,
}

impl Speaker<'_> {
    fn into_owned(self) -> Speaker<'static> {
        Speaker {
            mention: self.mention.into_owned(),
            kind: self.kind,
            name: self.name.map(Text::into_owned),
            role: self.role.map(Text::into_owned),
        }
    }
}

/// The kinds of [`Speaker`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named person (`Dmitry Peskov`, `Choe`).
    Person,
    /// A pronoun (`she`, `they`).
    Pronoun,
    /// An institution, country or company (`the ministry`, `Moscow`).
    Organization,
    /// An unnamed source (`a source familiar with the matter`, `officials`).
    Anonymous,
    /// A noun phrase of none of the above.
    Other,
}

/// Speech reported without quotation marks: `X said (that) …`, `…, X said.`, `…, said X.`,
/// `according to X`, with the verbs `said`, `say(s)`, `told`, `tell(s)`, `added` and `wrote`.
///
/// A denial (`X would not say whether …`, `X has never said …`) is no report: what follows
/// is what was not said. A verb inside a direct quote, or in a direct quote's own cue, is left
/// to [`Quote`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ReportedSpeech<'a> {
    /// From the first to the last byte of speaker, cue and content.
    pub span: Span,
    /// The form.
    pub kind: ReportKind,
    /// Who said it.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub speaker: Speaker<'a>,
    /// The speech verb (`said`, `says`, `according to`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub cue: Text<'a>,
    /// What was said.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub content: Text<'a>,
}

impl ReportedSpeech<'_> {
    fn into_owned(self) -> ReportedSpeech<'static> {
        ReportedSpeech {
            span: self.span,
            kind: self.kind,
            speaker: self.speaker.into_owned(),
            cue: self.cue.into_owned(),
            content: self.content.into_owned(),
        }
    }
}

/// The forms of [`ReportedSpeech`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ReportKind {
    /// `X said (that) …`, `X says …`.
    Leading,
    /// `…, X said.`, `…, said X.`
    Trailing,
    /// `according to X`.
    AccordingTo,
}
