//! Speaker resolution: pronouns and surnames to the full names named earlier.

use crate::{Quote, ReportedSpeech, Span, Warning};

/// Resolves speaker mentions to full names.
pub(crate) fn resolve<'a>(
    _input: &'a str,
    _body: &[Span],
    _quotes: &mut [Quote<'a>],
    _reported: &mut [ReportedSpeech<'a>],
    _warnings: &mut Vec<Warning>,
) {
}
