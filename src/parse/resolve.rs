//! Speaker resolution: pronouns and surnames to the full names named earlier.

use super::quotes::Region;
use crate::{Quote, ReportedSpeech, Warning};

/// Resolves speaker mentions to full names.
pub(crate) fn resolve<'a>(
    _input: &'a str,
    _regions: &[Region],
    _quotes: &mut [Quote<'a>],
    _reported: &mut [ReportedSpeech<'a>],
    _warnings: &mut Vec<Warning>,
) {
}
