//! `--format spans`: labelled spans in Unicode code-point offsets, the form of DESIGN.md that
//! `shared/eval/score.py` reads.

use newswire::{AgencySource, Article, DateSource, QuoteKind};
use serde_json::{json, Value};

/// Byte offsets to Unicode code-point offsets.
///
/// It keeps the number of characters before each block of [`BLOCK`] bytes, so that an offset
/// costs at most one block's count: a few bytes of memory per block rather than a table entry
/// per byte, which matters when records are parsed at hundreds of MB/s.
struct CodePoints<'t> {
    text: &'t str,
    /// Characters before each block start, and after the last block; `None` for ASCII text,
    /// where offsets are the same in bytes and characters.
    blocks: Option<Vec<u32>>,
}

const BLOCK: usize = 256;

/// The characters that start in `bytes`: every byte but UTF-8 continuation bytes.
fn char_starts(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32
}

impl<'t> CodePoints<'t> {
    fn new(text: &'t str) -> Self {
        if text.is_ascii() {
            return CodePoints { text, blocks: None };
        }
        let mut blocks = Vec::with_capacity(text.len() / BLOCK + 2);
        let mut n = 0u32;
        for block in text.as_bytes().chunks(BLOCK) {
            blocks.push(n);
            n += char_starts(block);
        }
        blocks.push(n);
        CodePoints {
            text,
            blocks: Some(blocks),
        }
    }

    fn at(&self, byte: u32) -> u32 {
        let Some(blocks) = &self.blocks else {
            return byte;
        };
        let mut b = byte as usize;
        if b > self.text.len() {
            return 0;
        }
        // An offset inside a character counts as that character's.
        while !self.text.is_char_boundary(b) {
            b -= 1;
        }
        let k = b / BLOCK;
        blocks[k] + char_starts(&self.text.as_bytes()[k * BLOCK..b])
    }

    fn span(&self, s: newswire::Span) -> Value {
        json!([self.at(s.start), self.at(s.end)])
    }
}

/// The `--format spans` record of DESIGN.md.
pub(crate) fn spans(id: Value, text: &str, article: &Article<'_>) -> Value {
    let cp = CodePoints::new(text);
    let headline = article.headline().map(|h| cp.span(h.span));
    let byline = article.bylines().next().map(|b| cp.span(b.span));
    let dateline = match article.dateline() {
        Some(d) => json!({
            "span": cp.span(d.span),
            "place": d.place(),
            // ISO when the year is known: written, or resolved against --reference-date.
            "date": d.date.as_ref().map(|x| {
                let resolved = article
                    .date
                    .as_ref()
                    .filter(|a| a.source == DateSource::Dateline && a.date.span == x.span);
                resolved
                    .and_then(|a| a.date.iso())
                    .or_else(|| x.iso())
                    .unwrap_or_else(|| x.text.to_string())
            }),
            "agency": d.agencies.first().map(|a| a.text.to_string())
                .or_else(|| article.agency.as_ref().map(|a| a.name.to_string())),
        }),
        // No dateline is written, but the byline or a credit line names the agency.
        None => match &article.agency {
            Some(a) if matches!(a.source, AgencySource::Byline | AgencySource::Credit) => {
                json!({"span": null, "place": null, "date": null, "agency": a.name})
            }
            _ => Value::Null,
        },
    };
    let quotes: Vec<Value> = article
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| {
            let content: Vec<Value> = q.pieces.iter().map(|p| cp.span(p.content.span)).collect();
            let content = if content.len() == 1 {
                content[0].clone()
            } else {
                Value::Array(content)
            };
            let speaker = q.speaker.as_ref();
            json!({
                "content": content,
                "speaker": speaker.map(|s| cp.span(s.mention.span)),
                "cue": q.cue.as_ref().map(|c| cp.span(c.span)),
                "speaker_name": speaker.and_then(|s| s.name.as_ref()).map(|n| cp.span(n.span)),
            })
        })
        .collect();
    let footer: Vec<Value> = article.footer().map(|f| cp.span(f.span)).collect();
    json!({
        "id": id,
        "headline": headline,
        "byline": byline,
        "dateline": dateline,
        "quotes": quotes,
        "footer": footer,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first implementation: a table entry for every byte.
    fn table_at(text: &str, byte: u32) -> u32 {
        if text.is_ascii() {
            return byte;
        }
        let mut table = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        for (i, c) in text.char_indices() {
            for k in 0..c.len_utf8() {
                table[i + k] = n;
            }
            n += 1;
        }
        table[text.len()] = n;
        table.get(byte as usize).copied().unwrap_or(0)
    }

    #[test]
    fn block_counts_agree_with_a_full_table_at_every_offset() {
        let mut texts = vec![String::new(), "plain ascii".to_owned()];
        // Long enough to cross several blocks, with 1- to 4-byte characters at every phase.
        let mut mixed = String::new();
        for i in 0..700 {
            mixed.push(['a', 'é', '“', '’', '€', '😀', '\n'][i % 7]);
        }
        texts.push(mixed);
        texts.push("é".repeat(BLOCK));
        for text in &texts {
            let cp = CodePoints::new(text);
            for byte in 0..=text.len() as u32 + 3 {
                assert_eq!(
                    cp.at(byte),
                    table_at(text, byte),
                    "offset {byte} of {text:?}"
                );
            }
        }
    }
}
