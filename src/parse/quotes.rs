//! Quotation marks: pairing, apostrophes, nesting, continuation across paragraphs.

use crate::{Quote, Span, Warning};

/// Finds the quotations in the body paragraphs.
pub(crate) fn find<'a>(
    _input: &'a str,
    _body: &[Span],
    _warnings: &mut Vec<Warning>,
) -> Vec<Quote<'a>> {
    Vec::new()
}
