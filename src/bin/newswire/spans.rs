//! `--format spans`: labelled spans in Unicode code-point offsets, the form of DESIGN.md that
//! `shared/eval/score.py` reads.

use newswire::{Article, QuoteKind};
use serde_json::{json, Value};

/// Byte offsets to Unicode code-point offsets.
struct CodePoints {
    table: Option<Vec<u32>>,
}

impl CodePoints {
    fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CodePoints { table: None };
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
        CodePoints { table: Some(table) }
    }

    fn at(&self, byte: u32) -> u32 {
        match &self.table {
            None => byte,
            Some(t) => t.get(byte as usize).copied().unwrap_or(0),
        }
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
            "date": d.date.as_ref().map(|x| x.iso().unwrap_or_else(|| x.text.to_string())),
            "agency": d.agencies.first().map(|a| a.text.to_string())
                .or_else(|| article.agency.as_ref().map(|a| a.name.to_string())),
        }),
        // No dateline is written, but the byline or a credit names the agency.
        None => match &article.agency {
            Some(a) => json!({"span": null, "place": null, "date": null, "agency": a.name}),
            None => Value::Null,
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
