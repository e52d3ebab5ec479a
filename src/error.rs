//! The error for input that cannot be an article, and the warnings beside a parsed one.

use crate::Span;

/// Why an input could not be parsed as an article at all.
///
/// Everything else parses: oddities inside an article are [`Warning`]s beside the AST.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is empty or holds only whitespace.
    #[error("empty input: no article text")]
    Empty,
    /// The bytes are not UTF-8; `valid_up_to` is the offset of the first bad byte.
    #[error("invalid utf-8 at byte offset {valid_up_to}")]
    InvalidUtf8 {
        /// Byte offset where the invalid sequence starts.
        valid_up_to: usize,
    },
    /// The input is longer than [`ParseOptions::max_input_len`](crate::ParseOptions::max_input_len).
    #[error("input of {len} bytes is over the limit of {limit} bytes")]
    TooLarge {
        /// The input's length in bytes.
        len: usize,
        /// The limit in force.
        limit: usize,
    },
}

/// Something odd in an article that the parser recovered from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Warning {
    /// What was odd.
    pub kind: WarningKind,
    /// Where it is in the input.
    pub span: Span,
}

/// The kinds of [`Warning`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum WarningKind {
    /// An opening quotation mark that nothing closes; the quote was closed at the paragraph's end.
    UnclosedQuote,
    /// A closing quotation mark with no opening mark before it.
    UnmatchedClosingQuote,
    /// A speaker mention that could refer to more than one person named earlier.
    AmbiguousSpeaker,
    /// A date whose month and day could not be read (such as `Feb 31`).
    UnparsedDate,
    /// A weekday that does not fall on the date written beside it, given the year.
    WeekdayMismatch,
    /// Control characters (other than tab, line feed and carriage return) in the text.
    ControlCharacter,
}
