//! Speech cues and speakers around quotes, and reported speech.

use crate::{Quote, ReportedSpeech, Span};

/// Finds the cue and speaker of each direct quote.
pub(crate) fn attribute<'a>(_input: &'a str, _body: &[Span], _quotes: &mut [Quote<'a>]) {}

/// Finds speech reported without quotation marks.
pub(crate) fn reported<'a>(
    _input: &'a str,
    _body: &[Span],
    _quotes: &[Quote<'a>],
) -> Vec<ReportedSpeech<'a>> {
    Vec::new()
}
