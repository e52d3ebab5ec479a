//! The first pass: line starts, indentation and blank lines, found with `memchr`.

use memchr::memchr_iter;

/// One line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    /// Offset of the line's first byte.
    pub start: u32,
    /// Offset of the first non-whitespace byte (`== text_end` for a blank line).
    pub text_start: u32,
    /// Offset one past the last non-whitespace byte.
    pub text_end: u32,
    /// Leading indentation in columns (a tab counts as four).
    pub indent: u32,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.text_start >= self.text_end
    }

    pub fn len(&self) -> usize {
        (self.text_end - self.text_start) as usize
    }
}

/// Whether `c` counts as blank for the lossless-coverage rule: exactly `char::is_whitespace`.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Offset of the first non-whitespace char of `s[from..to]`, or `to`.
pub(crate) fn skip_space(s: &str, from: usize, to: usize) -> usize {
    let bytes = s.as_bytes();
    let mut i = from;
    while i < to {
        let b = bytes[i];
        if b < 0x80 {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                i += 1;
                continue;
            }
            return i;
        }
        match s[i..to].chars().next() {
            Some(c) if is_space(c) => i += c.len_utf8(),
            _ => return i,
        }
    }
    to
}

/// Offset one past the last non-whitespace char of `s[from..to]`, or `from`.
pub(crate) fn trim_end_at(s: &str, from: usize, to: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = to;
    while j > from {
        let b = bytes[j - 1];
        if b < 0x80 {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                j -= 1;
                continue;
            }
            return j;
        }
        match s[from..j].chars().next_back() {
            Some(c) if is_space(c) => j -= c.len_utf8(),
            _ => return j,
        }
    }
    from
}

/// Splits the input into lines (on `\n`; a `\r` before it is whitespace). A run of blank lines
/// is kept as its first line only: blank lines only separate paragraphs, and a megabyte of
/// them would otherwise cost sixteen megabytes of `Line`s.
pub(crate) fn lines(input: &str) -> Vec<Line> {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 48 + 1);
    let mut start = 0usize;
    let mut push = |start: usize, end: usize| {
        let text_start = skip_space(input, start, end);
        let text_end = trim_end_at(input, text_start, end);
        if text_start >= text_end && out.last().is_some_and(Line::is_blank) {
            return;
        }
        let mut indent = 0u32;
        for &b in &bytes[start..text_start] {
            match b {
                b' ' => indent += 1,
                b'\t' => indent += 4,
                _ => {}
            }
        }
        out.push(Line {
            start: start as u32,
            text_start: text_start as u32,
            text_end: text_end as u32,
            indent,
        });
    };
    for nl in memchr_iter(b'\n', bytes) {
        push(start, nl);
        start = nl + 1;
    }
    if start < bytes.len() {
        push(start, bytes.len());
    }
    out
}

/// The first `n` bytes of `s`, cut back to a char boundary.
pub(crate) fn head(s: &str, n: usize) -> &str {
    if n >= s.len() {
        return s;
    }
    let mut k = n;
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    &s[..k]
}

/// Whether `s` has more than `n` chars, without counting past `n`.
pub(crate) fn longer_than(s: &str, n: usize) -> bool {
    // `\r` does not count, so a CRLF text measures as its LF form. The `4 * n` shortcut still
    // holds: CRLF adds one byte per one-byte `\n`.
    s.len() > n && (s.len() > 4 * n || s.chars().filter(|&c| c != '\r').nth(n).is_some())
}

/// The length of `s` in chars, not counting `\r`, so that a CRLF text measures as its LF form.
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().filter(|&c| c != '\r').count()
}

/// The length of `s` in bytes, not counting `\r`, so that a CRLF text measures as its LF form.
pub(crate) fn byte_len(s: &str) -> usize {
    s.len() - memchr::memchr_iter(b'\r', s.as_bytes()).count()
}

/// Whether `s` is longer than `n` bytes in its LF form (`\r` not counted), reading at most
/// `2 * n` bytes: CRLF at most doubles a text.
pub(crate) fn bytes_over(s: &str, n: usize) -> bool {
    s.len() > n && (s.len() > 2 * n || byte_len(s) > n)
}

/// [`head`] with `n` counted as in the LF form: `\r` bytes do not count.
pub(crate) fn head_lf(s: &str, n: usize) -> &str {
    let mut seen = 0;
    for (k, &b) in s.as_bytes().iter().enumerate() {
        if b != b'\r' {
            if seen == n {
                return head(s, k);
            }
            seen += 1;
        }
    }
    s
}

/// Whether `s` starts with the ASCII `prefix`, ignoring ASCII case.
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Whether `s` starts with any of `prefixes` (ASCII, lower case), ignoring ASCII case. The
/// first byte is compared before the rest, since most lines match no prefix at all.
pub(crate) fn starts_with_any_ci(s: &str, prefixes: &[&str]) -> bool {
    let Some(&first) = s.as_bytes().first() else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    prefixes
        .iter()
        .any(|p| p.as_bytes().first() == Some(&first) && starts_with_ci(s, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_indent() {
        let s = "A\r\n    b  \n\n\tc";
        let l = lines(s);
        assert_eq!(l.len(), 4);
        assert_eq!(&s[l[0].text_start as usize..l[0].text_end as usize], "A");
        assert_eq!(l[1].indent, 4);
        assert!(l[2].is_blank());
        assert_eq!(l[3].indent, 4);
        assert_eq!(skip_space("\u{a0} x", 0, 4), 3);
        assert_eq!(trim_end_at("x\u{3000}", 0, 4), 1);
        // A run of blank lines (with spaces or CRs in them) is one blank line.
        let l = lines("a\n\n \r\n\n\t\nb\n");
        assert_eq!(l.len(), 3);
        assert!(l[1].is_blank());
        assert_eq!(l[2].text_start, 9);
    }
}
