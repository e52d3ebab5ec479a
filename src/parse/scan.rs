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

/// Offset of the first non-whitespace char of `s[from..to]`, or `to`. Inlined: most calls
/// pass over a blank or two, less than the call cost.
#[inline]
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

/// Offset one past the last non-whitespace char of `s[from..to]`, or `from`. Inlined, as
/// [`skip_space`] is.
#[inline]
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

/// [`lines_into`] a new list, for tests.
#[cfg(test)]
pub(crate) fn lines(input: &str) -> Vec<Line> {
    let mut out = Vec::new();
    lines_into(input, &mut out);
    out
}

/// Splits the input into lines (on `\n`; a `\r` before it is whitespace), into a buffer the
/// caller reuses (cleared first); for tests, as the parser reads lines with [`for_each_line`]. A run of blank lines is kept as its first line only: blank
/// lines only separate paragraphs, and a megabyte of them would otherwise cost sixteen
/// megabytes of `Line`s.
#[cfg(test)]
pub(crate) fn lines_into(input: &str, out: &mut Vec<Line>) {
    out.clear();
    out.reserve(input.len() / 48 + 1);
    for_each_line(input, |l| out.push(l));
}

/// Hands each line of the input to `f`, in order, with the same lines [`lines_into`] lists:
/// the paragraph pass reads them as they are found, so no list of every line is built.
#[inline]
pub(crate) fn for_each_line(input: &str, f: impl FnMut(Line)) {
    // The AVX2 searcher, when the CPU has it, is called straight from the loop: `memchr_iter`
    // goes through a function chosen at run time, which builds the searcher anew for each line
    // (some thirty instructions a line, and most lines of fixed-width copy are short). A test
    // holds the two to the same lines.
    #[cfg(target_arch = "x86_64")]
    if let Some(one) = memchr::arch::x86_64::avx2::memchr::One::new(b'\n') {
        return lines_from(input, one.iter(input.as_bytes()), f);
    }
    lines_from(input, memchr_iter(b'\n', input.as_bytes()), f)
}

/// [`for_each_line`] with the offsets of the input's `\n` bytes, in order, from `breaks`.
#[inline(always)]
fn lines_from(input: &str, mut breaks: impl Iterator<Item = usize>, mut f: impl FnMut(Line)) {
    let bytes = input.as_bytes();
    let mut last_blank = false;
    let mut start = 0usize;
    // One loop body for every line, the last (with no line break after it) too, so that the
    // line's reading is inlined rather than called per line.
    loop {
        let end = match breaks.next() {
            Some(nl) => nl,
            None if start < bytes.len() => bytes.len(),
            None => break,
        };
        let line_start = start;
        start = end + 1;
        // ASCII blanks inline, counting the indentation as they pass; the first other byte
        // either starts the text or, past 0x7f, hands over to the general skip.
        let mut text_start = line_start;
        let mut indent = 0u32;
        // The space, the commonest blank, and any byte above it (which ends the run) are told
        // first, so that most bytes read take one comparison.
        for &b in &bytes[line_start..end] {
            if b == b' ' {
                indent += 1;
            } else if b > b' ' {
                break;
            } else {
                match b {
                    b'\t' => indent += 4,
                    b'\n' | b'\r' | 0x0b | 0x0c => {}
                    _ => break,
                }
            }
            text_start += 1;
        }
        if text_start < end && bytes[text_start] >= 0x80 {
            let from = text_start;
            text_start = skip_space(input, from, end);
            for &b in &bytes[from..text_start] {
                match b {
                    b' ' => indent += 1,
                    b'\t' => indent += 4,
                    _ => {}
                }
            }
        }
        // Most lines end with a byte above the space: one comparison ends the run.
        let mut text_end = end;
        while let Some(&b) = bytes[text_start..text_end].last() {
            if b > b' ' || !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                break;
            }
            text_end -= 1;
        }
        if text_end > text_start && bytes[text_end - 1] >= 0x80 {
            text_end = trim_end_at(input, text_start, text_end);
        }
        let blank = text_start >= text_end;
        if blank && last_blank {
            continue;
        }
        last_blank = blank;
        f(Line {
            start: line_start as u32,
            text_start: text_start as u32,
            text_end: text_end as u32,
            indent,
        });
    }
}

/// `s.trim()`, answered at once when `s` starts and ends with visible ASCII, as the
/// paragraphs and lines the frame passes around already do.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => s,
        _ => s.trim(),
    }
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

/// Whether `s` has more than `n` chars, without counting past `n`. Inlined, so that the tests
/// of the length, which answer for most texts asked, cost no call.
#[inline]
pub(crate) fn longer_than(s: &str, n: usize) -> bool {
    // `\r` does not count, so a CRLF text measures as its LF form. The `4 * n` shortcut still
    // holds: CRLF adds one byte per one-byte `\n`.
    s.len() > n
        && (s.len() > 4 * n || {
            // The chars that start in the first `n + 1` bytes or more are chars of `s`: when
            // there are more than `n` of them (in most texts asked, every byte starts one), the
            // rest is not counted. The head is a whole number of 32-byte blocks where `s` has
            // them, which the vectorised count reads without a byte-at-a-time tail.
            let cut = (n + 1).next_multiple_of(32).min(s.len());
            let (head, rest) = s.as_bytes().split_at(cut);
            let first = chars_in(head);
            first > n || first + chars_in(rest) > n
        })
}

/// The length of `s` in chars, not counting `\r`, so that a CRLF text measures as its LF form.
pub(crate) fn char_len(s: &str) -> usize {
    chars_in(s.as_bytes())
}

/// [`char_len`] over bytes of a `str`: the chars that start among `b`, `\r` not counted.
fn chars_in(b: &[u8]) -> usize {
    // A char is a byte that does not continue a UTF-8 sequence; counting those bytes runs
    // many to an instruction, where decoding the chars took several instructions each.
    // Byte-wide sums over chunks that cannot overflow them vectorise to many bytes an
    // instruction.
    b.chunks(255)
        .map(|c| {
            usize::from(
                c.iter()
                    .fold(0u8, |n, &b| n + u8::from((b as i8) >= -0x40 && b != b'\r')),
            )
        })
        .sum()
}

/// The length of `s` in bytes, not counting `\r`, so that a CRLF text measures as its LF form.
pub(crate) fn byte_len(s: &str) -> usize {
    // Most copy has no `\r`: one search says so, cheaper than setting up a count.
    match memchr::memchr(b'\r', s.as_bytes()) {
        None => s.len(),
        Some(i) => s.len() - 1 - memchr::memchr_iter(b'\r', &s.as_bytes()[i + 1..]).count(),
    }
}

/// Whether `s` is longer than `n` bytes in its LF form (`\r` not counted), reading at most
/// `2 * n` bytes: CRLF at most doubles a text. Inlined, so that the test of the length, which
/// answers for most texts asked, costs no call.
#[inline]
pub(crate) fn bytes_over(s: &str, n: usize) -> bool {
    s.len() > n && (s.len() > 2 * n || byte_len(s) > n)
}

/// [`head`] with `n` counted as in the LF form: `\r` bytes do not count.
pub(crate) fn head_lf(s: &str, n: usize) -> &str {
    // A text no longer than `n` bytes is whole whatever `\r` it has, without a search for one.
    let b = s.as_bytes();
    if b.len() <= n {
        return s;
    }
    // Most copy has no `\r` among the bytes that decide: then it is the plain head.
    if memchr::memchr(b'\r', &b[..b.len().min(n.saturating_add(1))]).is_none() {
        return head(s, n);
    }
    head_lf_counted(s, n)
}

/// [`head_lf`], counting the bytes one by one.
fn head_lf_counted(s: &str, n: usize) -> &str {
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
#[inline]
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// A list of at most 64 ASCII lower-case prefixes, indexed by first byte: a text is compared
/// only with the prefixes that start as it does, most often none, and first by the eight
/// bytes it opens with, which turn most of those away without a byte-by-byte comparison.
pub(crate) struct Prefixes {
    list: &'static [&'static str],
    /// For each ASCII byte, the bit set of the prefixes that start with it.
    by_first: [u64; 128],
    /// For each byte in ASCII lower case, the bit set of the prefixes whose third byte it is,
    /// and of those shorter than three bytes: many prefixes of a list share a first byte, and
    /// often a second (`the …`, `this …`), so that the third turns away most of them at once.
    by_third: [u64; 256],
    /// Each prefix's first eight bytes or fewer, in ASCII lower case, and the mask of them.
    heads: [(u64, u64); 64],
}

impl Prefixes {
    pub const fn new(list: &'static [&'static str]) -> Self {
        assert!(list.len() <= 64, "a Prefixes list holds at most 64 entries");
        let mut by_first = [0u64; 128];
        let mut by_third = [0u64; 256];
        let mut heads = [(0u64, 0u64); 64];
        let mut i = 0;
        while i < list.len() {
            let p = list[i].as_bytes();
            assert!(
                !p.is_empty() && p[0] < 0x80,
                "prefixes start with an ASCII byte"
            );
            by_first[p[0] as usize] |= 1 << i;
            if p.len() > 2 {
                by_third[p[2].to_ascii_lowercase() as usize] |= 1 << i;
            } else {
                let mut b = 0;
                while b < 256 {
                    by_third[b] |= 1 << i;
                    b += 1;
                }
            }
            let mut k = 0;
            while k < 8 && k < p.len() {
                heads[i].0 |= (p[k].to_ascii_lowercase() as u64) << (8 * k);
                heads[i].1 |= 0xff << (8 * k);
                k += 1;
            }
            i += 1;
        }
        Prefixes {
            list,
            by_first,
            by_third,
            heads,
        }
    }
}

/// The low seven bits of every byte of a `u64`: lanes that can be added to without a carry
/// into the next byte.
pub(crate) const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
/// The top bit of every byte of a `u64`.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// `b` in every byte of a `u64`.
pub(crate) const fn splat(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// The eight bytes of `x` with ASCII capitals in lower case, all at once; bytes past ASCII are
/// left as they are.
#[inline]
pub(crate) fn fold_ascii_case(x: u64) -> u64 {
    // Seven-bit lanes cannot carry into the next.
    let x7 = x & LOW7;
    let upper = (x7 + splat(0x80 - b'A')) & !(x7 + splat(0x7f - b'Z')) & !x & HIGH;
    x | upper >> 2
}

/// The first eight bytes of `s` (the rest zero when it is shorter), ASCII letters in lower
/// case: the same as the prefixes' heads when the bytes are the same but for ASCII case.
#[inline]
fn folded_head(s: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    match s.get(..8) {
        // Most texts asked are longer: one load.
        Some(head) => b.copy_from_slice(head),
        None => b[..s.len()].copy_from_slice(s),
    }
    fold_ascii_case(u64::from_le_bytes(b))
}

/// Whether `s` starts with any of `prefixes`, ignoring ASCII case.
pub(crate) fn starts_with_any_ci(s: &str, prefixes: &Prefixes) -> bool {
    let Some(&first) = s.as_bytes().first() else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    let mut set = prefixes.by_first.get(first as usize).copied().unwrap_or(0);
    // A text of two bytes or fewer is turned away by the comparisons below, as only the
    // prefixes as short may match it.
    if let Some(&third) = s.as_bytes().get(2) {
        set &= prefixes.by_third[usize::from(third.to_ascii_lowercase())];
    }
    if set == 0 {
        return false;
    }
    let head = folded_head(s.as_bytes());
    while set != 0 {
        let i = set.trailing_zeros() as usize;
        let (h, mask) = prefixes.heads[i];
        if (head ^ h) & mask == 0 && starts_with_ci(s, prefixes.list[i]) {
            return true;
        }
        set &= set - 1;
    }
    false
}

/// How common each byte is in English text, by rank (0 the rarest), for choosing the byte of
/// a needle that a search stops at least often.
const COMMONNESS: [u8; 256] = {
    let order = b"etaoinshrdlcumwfgypbvkjxqz";
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < order.len() {
        let rank = (order.len() - i) as u8;
        t[order[i] as usize] = rank;
        t[order[i].to_ascii_uppercase() as usize] = rank;
        i += 1;
    }
    t[b' ' as usize] = 40;
    t
};

/// An ASCII needle for [`contains_ci`], with the index of its rarest letter worked out once.
#[derive(Clone, Copy)]
pub(crate) struct Needle {
    text: &'static [u8],
    anchor: usize,
}

impl Needle {
    pub const fn new(text: &'static str) -> Self {
        let b = text.as_bytes();
        let mut anchor = 0;
        let mut i = 1;
        while i < b.len() {
            if COMMONNESS[b[i] as usize] < COMMONNESS[b[anchor] as usize] {
                anchor = i;
            }
            i += 1;
        }
        Needle { text: b, anchor }
    }
}

/// Whether `s` contains `needle`, ignoring ASCII case. `memchr2` finds the needle's rarest
/// letter in either case, so that few places are compared.
pub(crate) fn contains_ci(s: &str, needle: Needle) -> bool {
    let k = needle.text.get(needle.anchor).copied().unwrap_or(0);
    anchored(
        s,
        needle,
        k.to_ascii_lowercase(),
        k.to_ascii_uppercase(),
        |a, b| a.eq_ignore_ascii_case(b),
    )
}

/// The longest text [`contains_each_ci`] is worth calling on rather than [`contains_ci`] once
/// for each needle: past this the `memchr` searches, many bytes an instruction, cost less than
/// its two instructions or so a byte.
pub(crate) const ONE_PASS_MAX: usize = 96;

/// For each of `needles`, whether `s` contains it, ignoring ASCII case: what [`contains_ci`]
/// answers for each, in one pass over `s` eight bytes at a time. On a short line a search per
/// needle cost more in setting up `memchr` and restarting it at each anchor byte than in
/// reading the bytes, so a caller that asks a short text for several needles asks them all at
/// once (see [`ONE_PASS_MAX`]).
#[inline]
pub(crate) fn contains_each_ci<const N: usize>(s: &str, needles: [Needle; N]) -> [bool; N] {
    let b = s.as_bytes();
    let mut found = needles.map(|n| n.text.is_empty());
    // Each needle's anchor byte with the bit that tells ASCII case set: every byte equal to
    // the anchor but for ASCII case is the same once that bit is set in it too. A few other
    // bytes are too (a NUL for a space), which the comparison at the place turns away.
    let anchors = needles.map(|n| splat(n.text.get(n.anchor).copied().unwrap_or(0) | 0x20));
    let mut at = 0;
    while at < b.len() {
        // The bytes past the end read as zero; a place found there does not fit in `s`.
        let x = load8_zero(b, at) | splat(0x20);
        // The top bit of each byte of `x` equal to an anchor, and perhaps of a byte above one
        // that is (the borrow of the subtraction): places to compare, never fewer than the
        // matches. Most groups of eight bytes have none.
        let mut places = 0;
        for a in anchors {
            let t = x ^ a;
            places |= t.wrapping_sub(splat(1)) & !t;
        }
        places &= HIGH;
        if places != 0 {
            compare_places(b, at, places, &needles, &mut found);
        }
        at += 8;
    }
    found
}

/// For [`contains_each_ci`]: compares each needle not yet found with the text at each of the
/// `places` (top bits of the bytes of the group at `at`) where its anchor may stand. Inlined:
/// out of line, each call saved and restored registers and loaded every needle again, which
/// cost more than its comparisons, and an upper-case headline has a place in many groups.
#[inline]
fn compare_places<const N: usize>(
    b: &[u8],
    at: usize,
    mut places: u64,
    needles: &[Needle; N],
    found: &mut [bool; N],
) {
    while places != 0 {
        let k = at + places.trailing_zeros() as usize / 8;
        places &= places - 1;
        // The byte at the place, to turn away at once the needles it is not the anchor of
        // (and the places the borrow or the padding made).
        let Some(&c) = b.get(k) else { return };
        for (n, f) in needles.iter().zip(found.iter_mut()) {
            *f = *f
                || n.text
                    .get(n.anchor)
                    .is_some_and(|a| a.eq_ignore_ascii_case(&c))
                    && k.checked_sub(n.anchor)
                        .and_then(|start| b.get(start..start + n.text.len()))
                        .is_some_and(|w| w.eq_ignore_ascii_case(n.text));
        }
    }
}

/// Whether `s` contains `needle` at a place where its anchor byte is `lo` or `up`, compared
/// with `same`.
#[inline]
fn anchored(s: &str, needle: Needle, lo: u8, up: u8, same: impl Fn(&[u8], &[u8]) -> bool) -> bool {
    let (h, n, k) = (s.as_bytes(), needle.text, needle.anchor);
    if n.is_empty() {
        return true;
    }
    if h.len() < n.len() {
        return false;
    }
    // Byte `k` of a match stands in `h[k..last]`.
    let last = h.len() - n.len() + k + 1;
    let mut from = k;
    let find = |hay: &[u8]| {
        if lo == up {
            memchr::memchr(lo, hay)
        } else {
            memchr::memchr2(lo, up, hay)
        }
    };
    while let Some(i) = find(&h[from..last]) {
        let at = from + i - k;
        if same(&h[at..at + n.len()], n) {
            return true;
        }
        from += i + 1;
    }
    false
}

/// Bytes `at..at + 8` of `b` as a little-endian `u64`, those past its end read as `pad`. The
/// last few bytes are copied one by one: a copy of a varying length is a call to `memcpy`,
/// which cost more than the arithmetic on the eight bytes.
#[inline]
fn load8(b: &[u8], at: usize, pad: u8) -> u64 {
    match b.get(at..at + 8) {
        Some(eight) => {
            let mut c = [0u8; 8];
            c.copy_from_slice(eight);
            u64::from_le_bytes(c)
        }
        None => {
            // Shifted in one by one, which the compiler does not turn back into a `memcpy`.
            let tail = b.get(at..).unwrap_or_default();
            let mut x = splat(pad);
            for (i, &c) in tail.iter().enumerate().take(8) {
                x = x & !(0xff << (8 * i)) | u64::from(c) << (8 * i);
            }
            x
        }
    }
}

/// Bytes `at..at + 8` of `b` as a little-endian `u64`, those past its end read as zero. A
/// group that runs past the end is read as the last eight bytes of `b` shifted down, one load
/// rather than a byte at a time, when `b` has eight bytes.
#[inline]
fn load8_zero(b: &[u8], at: usize) -> u64 {
    match b.get(at..at + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or([0; 8])),
        None if b.len() >= 8 && at < b.len() => {
            let last = &b[b.len() - 8..];
            let x = u64::from_le_bytes(last.try_into().unwrap_or([0; 8]));
            // `at + 8 - len` of the bytes read are before `at`: 1 to 7 of them.
            x >> (8 * (at + 8 - b.len()))
        }
        None => load8(b, at, 0),
    }
}

/// Whether an ASCII byte is a blank to `char::is_whitespace`.
#[inline]
fn ascii_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `s.split_whitespace().take(max).count()`: the words of `s`, counted no further than `max`,
/// eight bytes at a time while the text is ASCII (the general split decodes every character).
pub(crate) fn words_upto(s: &str, max: usize) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    // Whether the byte before the current eight is of a word.
    let mut in_word = false;
    let mut at = 0;
    while at < b.len() {
        if n >= max {
            return max;
        }
        // The last few bytes are padded with spaces, which start no word.
        let x = load8(b, at, b' ');
        if x & HIGH != 0 {
            return s.split_whitespace().take(max).count();
        }
        // The top bit of each byte of a word, and of each byte whose byte before is of one.
        let word = !ascii_blanks(x) & HIGH;
        let before = word << 8 | u64::from(in_word) << 7;
        n += bytes_set(word & !before);
        in_word = word >> 63 != 0;
        at += 8;
    }
    n.min(max)
}

/// How many bytes of `mask` (top bits only) are set. A multiply adds the eight bytes' bits
/// into the top byte: `count_ones` is no single instruction on the baseline x86-64 the crate
/// is built for, but a dozen.
#[inline]
fn bytes_set(mask: u64) -> usize {
    ((mask >> 7).wrapping_mul(splat(1)) >> 56) as usize
}

/// The number of ASCII digits in `s`, eight bytes at a time.
pub(crate) fn ascii_digits(s: &str) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    for at in (0..b.len()).step_by(8) {
        // The last few bytes are padded with zeros, which are not digits.
        let x = load8(b, at, 0);
        // Seven-bit lanes cannot carry into the next; a byte past ASCII is no digit.
        let x7 = x & LOW7;
        let digit = (x7 + splat(0x80 - b'0')) & !(x7 + splat(0x80 - b'9' - 1)) & !x & HIGH;
        n += bytes_set(digit);
    }
    n
}

/// The top bit of each byte of `x` (all ASCII) that is a blank to `char::is_whitespace`: a
/// space, or one of `\t` `\n` `\x0b` `\x0c` `\r` (`0x09..=0x0d`). ASCII bytes plus these
/// constants stay below `0x100`, so no lane carries into the next.
#[inline]
fn ascii_blanks(x: u64) -> u64 {
    let space = !((x ^ splat(b' ')) + LOW7) & HIGH;
    let control = (x + splat(0x80 - 0x09)) & !(x + splat(0x80 - 0x0e)) & HIGH;
    space | control
}

/// `s.split_whitespace().next().unwrap_or("")`: the first word of `s`, found a byte at a time
/// while the text is ASCII.
pub(crate) fn first_word(s: &str) -> &str {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i] < 0x80 && ascii_blank(b[i]) {
        i += 1;
    }
    let mut j = i;
    while j < b.len() && b[j] < 0x80 && !ascii_blank(b[j]) {
        j += 1;
    }
    if b.get(i).is_some_and(|&c| c >= 0x80) || b.get(j).is_some_and(|&c| c >= 0x80) {
        return s.split_whitespace().next().unwrap_or("");
    }
    &s[i..j]
}

/// Whether `s` contains `needle`, case as written: `memchr` finds the needle's rarest byte, so
/// that few places are compared and nothing is set up per call (a `str::contains` with a
/// long needle prepares a two-way searcher first, which cost more than the search on the
/// short lines the footer and headline rules read).
pub(crate) fn contains(s: &str, needle: Needle) -> bool {
    let k = needle.text.get(needle.anchor).copied().unwrap_or(0);
    anchored(s, needle, k, k, |a, b| a == b)
}

/// The longest text [`rfind_double_space`] tests whole for a pair of spaces before it searches:
/// that of the window a sign-off is looked for in (see `blocks::signoff_gap`).
const PAIRS_BLOCK: usize = 128;

/// `b` (of `N` bytes or fewer) at the front of a block of `N` bytes, the rest zeros: a short
/// text read whole in vector instructions over a block of a fixed length, with no byte-at-a-time
/// tail. Zeros are no letter, blank or mark any caller looks for.
#[inline]
pub(crate) fn padded<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut block = [0u8; N];
    block[..b.len()].copy_from_slice(b);
    block
}

/// Whether `b`, of [`PAIRS_BLOCK`] bytes or fewer, has two spaces in a row: read whole in
/// vector instructions, copied into a block one byte longer whose padding holds no space.
#[inline]
fn has_pair_of_spaces(b: &[u8]) -> bool {
    let block = padded::<{ PAIRS_BLOCK + 1 }>(b);
    let (x, y) = (&block[..PAIRS_BLOCK], &block[1..]);
    x.iter().zip(y).fold(0u8, |any, (&x, &y)| {
        any | (u8::from(x == b' ') & u8::from(y == b' '))
    }) != 0
}

/// Where the last run of two spaces in `b` starts (as `str::rfind("  ")`), eight places at a
/// time from the end, with arithmetic on one `u64` for each.
pub(crate) fn rfind_double_space(b: &[u8]) -> Option<usize> {
    // Most texts asked (the last sign-off's length of a story's last paragraph) have none: a
    // short one is told so first in vector instructions over a block of a fixed length, where
    // the groups below took a dozen instructions for each eight bytes. (A second, shorter
    // block for a text of a line or less cost the sample more than it saved a one-line
    // article.)
    if b.len() <= PAIRS_BLOCK && !has_pair_of_spaces(b) {
        return None;
    }
    const SPACES: u64 = 0x2020_2020_2020_2020;
    // The groups of eight bytes from the end, read straight from the slice (a copy of the whole
    // text into a padded buffer was a call to `memcpy`; the test above copies only a short one). `above` is the group read before, above this one,
    // with its bytes XORed with spaces: its low byte is zero when the byte just above this
    // group is a space. Past the end there is none.
    let mut above = u64::MAX;
    let groups = b.rchunks_exact(8);
    let rest = groups.remainder().len();
    for (g, eight) in groups.enumerate() {
        let Some(&eight) = eight.first_chunk::<8>() else {
            break;
        };
        let w = u64::from_le_bytes(eight) ^ SPACES;
        // Byte `k` of `z` is zero exactly when byte `k` and the byte after it are both
        // spaces: the byte after the top one is the low one of the group above.
        let z = w | (w >> 8) | (above << 56);
        // The top bit of each byte of `z` that is zero, exactly (no carry between bytes).
        let pairs = !(((z & LOW7) + LOW7) | z) & HIGH;
        if pairs != 0 {
            let k = (63 - pairs.leading_zeros() as usize) / 8;
            return Some(b.len() - 8 * (g + 1) + k);
        }
        above = w;
    }
    // The fewer than eight bytes at the start that make no group: one at a time.
    (0..rest)
        .rev()
        .find(|&i| b[i] == b' ' && b.get(i + 1) == Some(&b' '))
}

/// Texts made of pieces chosen by a fixed pseudo-random sequence, for tests that hold a fast
/// path to the general function it shortcuts: ASCII words, digits and marks, every ASCII
/// blank, the control bytes either side of them, Unicode blanks, other non-ASCII letters and
/// CRLF, in every length up to `max_pieces` pieces, with the `extra` pieces a test needs.
#[cfg(test)]
pub(crate) fn generated_texts(
    seed: u64,
    count: usize,
    max_pieces: usize,
    extra: &[&str],
) -> Vec<String> {
    const PIECES: &[&str] = &[
        "a", "Z", "word", "Word", "WORD", "x", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\x0b",
        "\x0c", "\x08", "\x0e", "\x1f", "\u{a0}", "\u{3000}", "\u{85}", "\u{2028}", "\u{e9}",
        "\u{201d}", "\u{2014}", ".", ",", ":", "-", "(", ")", "@", "0", "7", "9", "/", "_", "#",
    ];
    let mut next = super::xorshift(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    (0..count)
        .map(|i| {
            let pieces = i % (max_pieces + 1);
            let mut t = String::new();
            for _ in 0..pieces {
                let r = next() as usize;
                let all = PIECES.len() + extra.len();
                let k = r % all;
                t.push_str(if k < PIECES.len() {
                    PIECES[k]
                } else {
                    extra[k - PIECES.len()]
                });
            }
            t
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`for_each_line`], which finds the line breaks with the AVX2 searcher when it can,
    /// against the same reading with `memchr_iter`'s breaks, over generated texts long and
    /// short (lines of every length either side of the searcher's 16- and 32-byte blocks).
    #[test]
    fn lines_agree_with_memchr_iter_breaks() {
        let extra = [
            "a long line of fixed-width copy that runs on",
            "\n\n",
            "   indented",
            "0123456789abcdef",
        ];
        for t in generated_texts(43, 3000, 40, &extra) {
            let mut fast = Vec::new();
            for_each_line(&t, |l| fast.push(l));
            let mut plain = Vec::new();
            lines_from(&t, memchr_iter(b'\n', t.as_bytes()), |l| plain.push(l));
            assert_eq!(fast, plain, "{t:?}");
        }
    }

    #[test]
    fn head_lf_as_the_count_gives_it() {
        for s in [
            "",
            "ab",
            "ab\r\ncd",
            "\r\r\r",
            "abc\r",
            "é\r\né",
            "a\rb\rc\rd",
            "abcdef",
        ] {
            for n in 0..8 {
                assert_eq!(head_lf(s, n), head_lf_counted(s, n), "{s:?} {n}");
            }
        }
    }

    #[test]
    fn word_counts_agree_with_split_whitespace() {
        let texts = [
            "",
            " ",
            "one",
            "  one  ",
            "one two",
            "one\ttwo\nthree\r\nfour\x0bfive\x0csix",
            "a b c d e f g h i j k l m",
            "caf\u{e9} au lait",
            "one\u{a0}two three",
            "\u{2003}lead",
            "end\u{3000}",
            "x\u{85}y",
            "\u{e9}",
        ];
        for t in texts {
            for max in [0, 1, 2, 3, 7, 9, 11, usize::MAX] {
                assert_eq!(
                    words_upto(t, max),
                    t.split_whitespace().take(max).count(),
                    "{t:?} {max}"
                );
            }
            assert_eq!(
                first_word(t),
                t.split_whitespace().next().unwrap_or(""),
                "{t:?}"
            );
        }
    }

    /// The searches against `str::contains` on generated texts, short and long, with each
    /// needle at many places.
    #[test]
    fn searches_agree_with_str_over_generated_texts() {
        const NEEDLES: [Needle; 8] = [
            Needle::new("www."),
            Needle::new("http"),
            Needle::new(" reported from "),
            Needle::new("(AP Photo"),
            Needle::new("REUTERS/"),
            Needle::new("a"),
            Needle::new("all rights reserved"),
            Needle::new("\u{e9}t\u{e9}"),
        ];
        let extra = [
            "www.",
            "WwW.",
            "http",
            "HTTP",
            " reported from ",
            "(AP Photo",
            "REUTERS/",
            "Reuters/",
            "all rights reserved",
            "ALL RIGHTS",
            "\u{e9}t\u{e9}",
            "\u{c9}T\u{c9}",
            "reported",
        ];
        let mut texts = generated_texts(4, 20_000, 30, &extra);
        texts.extend(generated_texts(5, 2_000, 120, &extra));
        for t in &texts {
            let low = t.to_ascii_lowercase();
            for n in NEEDLES {
                let needle = std::str::from_utf8(n.text).unwrap();
                assert_eq!(contains(t, n), t.contains(needle), "{t:?} {needle:?}");
                let want = low.contains(&needle.to_ascii_lowercase());
                assert_eq!(contains_ci(t, n), want, "{t:?} {needle:?}");
            }
        }
    }

    /// The one-pass search for several needles against `str::contains` on lower-cased texts,
    /// short and long, ASCII and not, with the needles and near misses at many places.
    #[test]
    fn one_pass_searches_agree_with_str_over_generated_texts() {
        const NEEDLES: [Needle; 4] = [
            Needle::new("contribut"),
            Needle::new("all rights reserved"),
            Needle::new(" x"),
            Needle::new(""),
        ];
        let extra = [
            "contribut",
            "CONTRIBUTED",
            "Contribu",
            "ontribut",
            "all rights reserved",
            "ALL RIGHTS RESERVED",
            "All Rights Reserve",
            "rights",
            "b",
            "B",
            "v",
            "V",
            "\u{0}",
            " X",
            "\u{e9}",
        ];
        let mut texts = generated_texts(10, 20_000, 30, &extra);
        texts.extend(generated_texts(11, 2_000, 200, &extra));
        let mut found = [0usize; 4];
        for t in &texts {
            let low = t.to_ascii_lowercase();
            let got = contains_each_ci(t, NEEDLES);
            for (i, n) in NEEDLES.iter().enumerate() {
                let needle = std::str::from_utf8(n.text).unwrap();
                let want = low.contains(needle);
                found[i] += usize::from(want);
                assert_eq!(got[i], want, "{t:?} {needle:?}");
                assert_eq!(contains_ci(t, *n), want, "{t:?} {needle:?}");
            }
        }
        assert!(found.iter().all(|&f| f > 100), "{found:?}");
    }

    /// The eight-byte digit count against counting the bytes one by one.
    #[test]
    fn digit_counts_agree_over_generated_texts() {
        let extra = [
            "1", "2", "3", "4", "5", "6", "8", "/", ":", "\u{660}", "\u{ff10}", "\u{b9}",
        ];
        for t in generated_texts(2, 20_000, 40, &extra) {
            let want = t.bytes().filter(u8::is_ascii_digit).count();
            assert_eq!(ascii_digits(&t), want, "{t:?}");
        }
    }

    /// The eight-byte word count against `split_whitespace` over generated texts, blanks and
    /// words meeting at every place in and across the eight-byte groups.
    #[test]
    fn word_counts_agree_over_generated_texts() {
        for t in generated_texts(1, 20_000, 40, &[]) {
            for max in [0, 1, 2, 7, 8, 9, 11, 40, usize::MAX] {
                assert_eq!(
                    words_upto(&t, max),
                    t.split_whitespace().take(max).count(),
                    "{t:?} {max}"
                );
            }
        }
    }

    #[test]
    fn prefixes_agree_with_comparing_each() {
        static LIST: Prefixes = Prefixes::new(&[
            "the views expressed",
            "the",
            "th",
            "this article was originally published",
            "t",
            "copyright",
            "(c) ",
            "c. 1",
            "read more",
            "related:",
            "ab\u{fc}ber",
        ]);
        let texts = [
            "",
            "t",
            "T",
            "Th",
            "THE",
            "The views expressed here",
            "THE VIEWS EXPRESSED",
            "The",
            "Then",
            "This article was originally published in",
            "this article was",
            "Copyright 2024 Acme",
            "COPYRIGHT",
            "copyrigh",
            "(C) 2024",
            "(c)2024",
            "C. 1987",
            "c. 2",
            "Read More",
            "read mor",
            "Related: more",
            "ab\u{fc}ber alles",
            "AB\u{fc}BER",
            "AB\u{dc}BER",
            "\u{e9}t\u{e9}",
            "[The",
            "@the",
            "Tĥe",
            "The\u{a0}views",
        ];
        for t in texts {
            let want = LIST.list.iter().any(|p| starts_with_ci(t, p));
            assert_eq!(starts_with_any_ci(t, &LIST), want, "{t:?}");
        }
        // Generated texts opening with the prefixes, their heads and their capitals.
        let mut extra: Vec<String> = Vec::new();
        for p in LIST.list {
            for k in (1..=p.len()).filter(|&k| p.is_char_boundary(k)) {
                extra.push(p[..k].to_string());
                extra.push(p[..k].to_uppercase());
            }
        }
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        let mut found = 0;
        for t in generated_texts(67, 20_000, 3, &extra) {
            let want = LIST.list.iter().any(|p| starts_with_ci(&t, p));
            found += usize::from(want);
            assert_eq!(starts_with_any_ci(&t, &LIST), want, "{t:?}");
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn double_space_and_case_sensitive_search_agree_with_str() {
        let texts = [
            "",
            " ",
            "  ",
            "a  b",
            "a   b",
            "   ",
            "x  y z  w",
            "no double space here at all, in a line longer than thirty-three bytes",
            "ends with two  ",
            "  starts with two and then runs on for more than thirty-three bytes to the end",
            "a long line  with a double space early and then many more words after it, well past one chunk",
            "a long line with a double space late, after many words that fill more than a chunk  x",
            "a long line with a double space exactly at the seam of two chunks of thirty-two  bytes",
        ];
        for t in texts {
            assert_eq!(rfind_double_space(t.as_bytes()), t.rfind("  "), "{t:?}");
            for n in [
                Needle::new(" reported from "),
                Needle::new("REUTERS/"),
                Needle::new("two"),
                Needle::new("y"),
            ] {
                let needle = std::str::from_utf8(n.text).unwrap();
                assert_eq!(contains(t, n), t.contains(needle), "{t:?} {needle:?}");
            }
        }
        // Every position of a double space in a long run of single-spaced words.
        let base = "word ".repeat(30);
        for i in 0..base.len() {
            let mut t = base.clone();
            t.insert(i, ' ');
            assert_eq!(rfind_double_space(t.as_bytes()), t.rfind("  "), "{i}");
        }
        // A pair at every place of texts either side of the length tested whole first, and
        // single spaces at every place, which make no pair.
        for len in PAIRS_BLOCK - 3..=PAIRS_BLOCK + 3 {
            for i in 0..len - 1 {
                let mut t = vec![b'x'; len];
                t[i] = b' ';
                assert_eq!(rfind_double_space(&t), None, "{len} {i}");
                t[i + 1] = b' ';
                assert_eq!(rfind_double_space(&t), Some(i), "{len} {i}");
            }
        }
        // Generated texts, and every tail of each, so that a pair falls at every place of the
        // groups of eight bytes and of the bytes left at the start.
        for t in generated_texts(31, 3000, 40, &["   ", "a  ", "  b", "\u{2003}"]) {
            let b = t.as_bytes();
            for from in 0..b.len().min(24) {
                let rfind = b[from..].windows(2).rposition(|w| w == b"  ");
                assert_eq!(rfind_double_space(&b[from..]), rfind, "{t:?} {from}");
            }
        }
    }

    /// The lines as the general functions read them: [`skip_space`] and [`trim_end_at`] over
    /// each piece between line breaks, the indentation counted over the blanks skipped, and a
    /// run of blank lines kept as its first.
    fn lines_by_skip_and_trim(input: &str) -> Vec<Line> {
        let mut out: Vec<Line> = Vec::new();
        let mut start = 0;
        let mut last_blank = false;
        while start < input.len() {
            let end = input[start..].find('\n').map_or(input.len(), |k| start + k);
            let text_start = skip_space(input, start, end);
            let text_end = trim_end_at(input, text_start, end);
            let indent = input[start..text_start]
                .bytes()
                .map(|b| match b {
                    b' ' => 1,
                    b'\t' => 4,
                    _ => 0,
                })
                .sum();
            let blank = text_start >= text_end;
            if !(blank && last_blank) {
                out.push(Line {
                    start: start as u32,
                    text_start: text_start as u32,
                    text_end: text_end as u32,
                    indent,
                });
            }
            last_blank = blank;
            start = end + 1;
        }
        out
    }

    /// [`longer_than`], which counts the rest of a text only when its head does not decide,
    /// against a count of all of it, over generated texts and every bound up to their length.
    #[test]
    fn longer_than_agrees_with_a_whole_count() {
        let extra = ["\r\n", "\r", "word word word", "\u{e9}\u{e9}", "\u{1f600}"];
        for t in generated_texts(53, 3000, 30, &extra) {
            for n in 0..=t.len() + 1 {
                let whole = t.len() > n && (t.len() > 4 * n || char_len(&t) > n);
                assert_eq!(longer_than(&t, n), whole, "{t:?} {n}");
            }
        }
    }

    #[test]
    fn lines_agree_with_skip_and_trim() {
        let extra = ["    ", "\n    ", "\n\t", " \n", "\u{2003}\n", "\n\u{a0} "];
        for t in generated_texts(47, 4000, 40, &extra) {
            assert_eq!(lines(&t), lines_by_skip_and_trim(&t), "{t:?}");
        }
    }

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
        // Unicode blanks at either end of a line, with ASCII ones around them.
        let s = " \u{a0}\t x y\u{3000} \n\u{2003}\n";
        let l = lines(s);
        assert_eq!(&s[l[0].text_start as usize..l[0].text_end as usize], "x y");
        assert_eq!(l[0].indent, 6);
        assert!(l[1].is_blank());
    }
}
