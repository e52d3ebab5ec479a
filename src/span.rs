//! Byte spans into the parsed input.

use core::fmt;
use core::ops::Range;

/// A `start..end` range of byte offsets into the text given to [`parse`](crate::parse).
///
/// Spans are `Copy` and four bytes a side, so every node of the AST can carry one cheaply.
/// Offsets always fall on `char` boundaries of the input.
///
/// ```
/// use newswire::Span;
/// let source = "LONDON (Reuters) - Prices rose.";
/// let span = Span::new(0, 6);
/// assert_eq!(span.as_str(source), "LONDON");
/// assert_eq!(span.len(), 6);
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// Makes a span from two byte offsets. Offsets past `u32::MAX` saturate, which cannot happen
    /// for input that [`ParseOptions`](crate::ParseOptions) accepts.
    pub fn new(start: usize, end: usize) -> Self {
        let start = u32::try_from(start).unwrap_or(u32::MAX);
        let end = u32::try_from(end).unwrap_or(u32::MAX).max(start);
        Span { start, end }
    }

    /// The first byte offset, as `usize`.
    pub fn start(self) -> usize {
        self.start as usize
    }

    /// One past the last byte offset, as `usize`.
    pub fn end(self) -> usize {
        self.end as usize
    }

    /// The length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The span as a `Range<usize>`, for slicing.
    pub fn range(self) -> Range<usize> {
        self.start()..self.end()
    }

    /// Whether `other` lies inside this span (an empty span at either edge counts).
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The text this span covers in `source`, or `""` when the span does not fit `source`
    /// (a span from another text, say).
    pub fn as_str(self, source: &str) -> &str {
        source.get(self.range()).unwrap_or("")
    }

    /// The 1-based line and column (in characters) of the span's start in `source`, for
    /// messages. It scans the text, so call it only when something is shown to a person.
    pub fn line_col(self, source: &str) -> (usize, usize) {
        let start = self.start().min(source.len());
        let before = source.get(..start).unwrap_or("");
        let line = memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1;
        let line_start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slicing_and_geometry() {
        let s = "ab\ncd";
        assert_eq!(Span::new(3, 5).as_str(s), "cd");
        assert_eq!(Span::new(3, 50).as_str(s), "");
        assert_eq!(Span::new(3, 5).line_col(s), (2, 1));
        assert!(Span::new(0, 5).contains(Span::new(1, 2)));
        assert!(!Span::new(0, 2).overlaps(Span::new(2, 3)));
        assert_eq!(Span::new(4, 2), Span::new(4, 4));
    }
}
