//! `newswire` parses plain-text news articles (wire copy from Reuters, AP, AFP, Xinhua, UPI,
//! PTI, press-release wires, and the outlets that republish them) into a typed, lossless,
//! zero-copy AST: headline and its tags, byline, dateline, paragraphs, direct quotations with
//! their speakers and speech verbs, reported speech, and boilerplate footers.
//!
//! ```
//! let story = "Port authority lifts fog curfew\n\n\
//!     HAMBURG, March 3 (Reuters) - The port lifted its fog curfew on Monday.\n\n\
//!     \"Ships are moving again,\" harbour master Lena Vogt told reporters.\n\n\
//!     (Reporting by Jan Berg; Editing by Mia Holt)\n";
//! let article = newswire::parse(story)?;
//! assert_eq!(article.headline().unwrap().text, "Port authority lifts fog curfew");
//! let dateline = article.dateline().unwrap();
//! assert_eq!(dateline.place(), Some("HAMBURG"));
//! assert_eq!(dateline.agencies[0].text, "Reuters");
//! let quote = article.direct_quotes().next().unwrap();
//! assert_eq!(quote.speaker.as_ref().unwrap().mention.text, "harbour master Lena Vogt");
//! assert_eq!(quote.cue.as_ref().unwrap().text, "told reporters");
//! # Ok::<(), newswire::Error>(())
//! ```
//!
//! Every node carries a [`Span`] of byte offsets into the input, and every non-whitespace byte
//! of the input belongs to exactly one of [`Article::blocks`]. Parsing never panics: input that
//! cannot be an article at all is an [`Error`]; oddities inside one are [`Warning`]s.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod ast;
mod error;
mod options;
mod parse;
mod span;

pub use ast::{
    AgencySource, Article, ArticleAgency, ArticleDate, Block, BoilerplateKind, Byline, Contributor,
    Credit, CreditRole, DateSource, Dateline, FooterItem, Headline, HeadlineTag, NewsDate,
    Paragraph, Pieces, Quote, QuoteKind, QuotePiece, ReportKind, ReportedSpeech, Speaker,
    SpeakerKind, TagKind, Text,
};
pub use error::{Error, Warning, WarningKind};
pub use options::{BadDate, CalendarDate, ParseOptions, Weekday, DEFAULT_MAX_INPUT_LEN};
pub use span::Span;

/// Parses an article with the default [`ParseOptions`].
///
/// # Errors
///
/// [`Error::Empty`] for empty or whitespace-only input, [`Error::TooLarge`] past the default
/// size limit.
pub fn parse(input: &str) -> Result<Article<'_>, Error> {
    parse_with(input, &ParseOptions::default())
}

/// Parses an article with the given options.
///
/// # Errors
///
/// [`Error::Empty`] for empty or whitespace-only input, [`Error::TooLarge`] past
/// [`ParseOptions::max_input_len`].
pub fn parse_with<'a>(input: &'a str, options: &ParseOptions) -> Result<Article<'a>, Error> {
    let limit = options.effective_limit();
    if input.len() > limit {
        return Err(Error::TooLarge {
            len: input.len(),
            limit,
        });
    }
    if input.trim().is_empty() {
        return Err(Error::Empty);
    }
    Ok(parse::article(input, options))
}

/// Parses an article from bytes, which must be UTF-8 (a leading byte-order mark is allowed and
/// kept in the first block's span).
///
/// # Errors
///
/// [`Error::InvalidUtf8`] with the offset of the first bad byte, and the errors of [`parse`].
pub fn parse_bytes(input: &[u8]) -> Result<Article<'_>, Error> {
    parse_bytes_with(input, &ParseOptions::default())
}

/// [`parse_bytes`] with options.
///
/// # Errors
///
/// As [`parse_bytes`] and [`parse_with`].
pub fn parse_bytes_with<'a>(input: &'a [u8], options: &ParseOptions) -> Result<Article<'a>, Error> {
    let limit = options.effective_limit();
    if input.len() > limit {
        return Err(Error::TooLarge {
            len: input.len(),
            limit,
        });
    }
    let text = std::str::from_utf8(input).map_err(|e| Error::InvalidUtf8 {
        valid_up_to: e.valid_up_to(),
    })?;
    parse_with(text, options)
}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
