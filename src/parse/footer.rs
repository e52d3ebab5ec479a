//! Footer items: credits, sign-offs, contribution, syndication, copyright, `SOURCE`, promo and
//! contact lines, and separators.

use std::sync::OnceLock;

use memchr::memmem;

use super::lexicon::CREDIT_ROLES;
use super::scan::{
    bytes_over, contains, contains_ci, contains_each_ci, longer_than, starts_with_any_ci,
    starts_with_ci, trim, Needle, Prefixes, ONE_PASS_MAX,
};
use crate::{BoilerplateKind, CreditRole};

/// A name in a credit, with the place written after it: `(name, place)`.
pub(crate) type ContributorMatch = ((usize, usize), Option<(usize, usize)>);

/// A credit clause found in a footer; offsets relative to the item's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CreditMatch {
    pub span: (usize, usize),
    pub role: CreditRole,
    pub role_span: (usize, usize),
    pub contributors: Vec<ContributorMatch>,
}

/// The most bytes a sign-off has once trimmed: `(END) …` is at most 60 bytes in its LF form,
/// so at most 120 as written; the other forms are shorter.
pub(crate) const SIGNOFF_MAX: usize = 120;

/// Whether `t` (trimmed) is a sign-off or end marker on its own: `Reuter`, `REUTER...`,
/// `Enditem`, `###`, `-- END --`, `(END)`, `-30-`. Never longer than [`SIGNOFF_MAX`].
/// Inlined, so that most texts asked are turned away by their first byte without a call.
#[inline]
pub(crate) fn is_signoff(t: &str) -> bool {
    let t = trim(t);
    // `Reuter` and `REUTER`, as the 1980s wire wrote them, are most of the sign-offs asked
    // about: told at once, as the letters read below would tell them.
    if matches!(t, "Reuter" | "REUTER") {
        return true;
    }
    // Every sign-off opens with one of these bytes: `#`, `-` or `3` of the fixed forms, `(`
    // of `(END)`, or a mark or the `r` or `e` of the letters `reu…`, `enditem`, `end` read
    // below. Most texts asked open with another letter, and are turned away here.
    matches!(
        t.as_bytes().first(),
        Some(b'#' | b'-' | b'3' | b'(' | b')' | b'.' | b'r' | b'R' | b'e' | b'E')
    ) && signoff_rules(t)
}

/// [`is_signoff`] without the test of the first byte, on a trimmed text.
fn signoff_rules(t: &str) -> bool {
    if t.len() > SIGNOFF_MAX {
        return false;
    }
    if matches!(t, "###" | "# # #" | "-30-" | "- 30 -" | "-0-" | "30-30-30") {
        return true;
    }
    // `(END) Dow Jones Newswires`
    if (t.starts_with("(END)") || t.starts_with("-- END")) && !bytes_over(t, 60) {
        return true;
    }
    if longer_than(t, 15) {
        return false;
    }
    // At most 15 chars: the letters, lower-cased on the stack.
    let mut buf = [0u8; 16];
    let mut n = 0;
    for c in t.chars() {
        if c.is_ascii_alphabetic() {
            buf[n] = c.to_ascii_lowercase() as u8;
            n += 1;
        } else if !matches!(c, '.' | ' ' | '-' | '(' | ')') {
            return false;
        }
    }
    let letters = &buf[..n];
    (letters.starts_with(b"reu")
        && (4..=9).contains(&n)
        && b"reuters".starts_with(&letters[..n.min(7)]))
        || letters == b"enditem"
        || letters == b"end"
}

/// The agency whose house sign-off `t` is: the 1980s Reuters wire closed every story with
/// `Reuter` (or `REUTER`), so the sign-off names the agency as surely as a dateline would.
pub(crate) fn signoff_agency(t: &str) -> Option<&'static str> {
    // The two forms the wire wrote, most of the sign-offs asked about, are named at once.
    if matches!(t, "Reuter" | "REUTER") {
        return Some("Reuters");
    }
    signoff_agency_rules(t)
}

/// [`signoff_agency`] without the test for the two commonest forms.
fn signoff_agency_rules(t: &str) -> Option<&'static str> {
    let t = trim(t).trim_end_matches('.');
    (t.eq_ignore_ascii_case("reuter") || t.eq_ignore_ascii_case("reuters")).then_some("Reuters")
}

/// The most bytes a footer item has in its LF form, once trimmed: [`classify`] takes any
/// longer text for story text (so any of more than twice this as written).
pub(crate) const ITEM_MAX: usize = 600;

/// The boilerplate kind of one footer paragraph or line, or `None` for story text.
pub(crate) fn classify(t: &str) -> Option<BoilerplateKind> {
    let t = trim(t);
    if t.is_empty() {
        return None;
    }
    // Every footer item is short; a long paragraph is story text. Lengths are measured as in
    // the LF form, so CRLF copy classifies the same.
    if bytes_over(t, ITEM_MAX) {
        return None;
    }
    // Whether the text is no longer than `n` bytes in its LF form. It is measured (a search for
    // `\r`) only when a limit a rule reaches is shorter than the text as written, which the LF
    // form never exceeds: a text of 300 bytes or fewer that opens as no prefixed item reaches
    // none shorter. Measured for every text past 120 bytes, as the last paragraphs asked are,
    // it was a tenth of their cost.
    let lf_len = std::cell::OnceCell::new();
    let within = |n: usize| t.len() <= n || *lf_len.get_or_init(|| super::scan::byte_len(t)) <= n;
    if is_signoff(t) {
        return Some(BoilerplateKind::SignOff);
    }
    if t.len() >= 3
        && t.chars()
            .all(|c| matches!(c, '_' | '*' | '-' | '=' | '~' | '—' | '–' | ' ' | '+'))
    {
        return Some(BoilerplateKind::Separator);
    }
    // Most texts asked open as no item of the prefix rules below does: those rules are
    // skipped at once rather than each turning the text away in turn.
    let prefixed = may_open_item(t);
    if prefixed && credit_start(t).is_some() {
        return Some(BoilerplateKind::Credit);
    }
    // The two phrases the rules below look for anywhere in the text: in none when it has
    // neither's rare piece, as nearly every text asked (headlines, the last lines and last
    // paragraphs of stories); otherwise found in one pass over a short text, and searched for
    // each where its rule asks in a longer one.
    let found = if t.len() <= MARKS_READ_MAX && !may_hold_phrases(t) {
        Some([false, false])
    } else {
        (t.len() <= ONE_PASS_MAX).then(|| contains_each_ci(t, [CONTRIBUT, RIGHTS]))
    };
    if within(400) && is_contribution(t, found.map_or_else(|| contains_ci(t, CONTRIBUT), |f| f[0]))
    {
        return Some(BoilerplateKind::Contribution);
    }
    if prefixed && within(300) && is_disclaimer(t) {
        return Some(BoilerplateKind::Disclaimer);
    }
    if prefixed && within(400) && is_syndication(t) {
        return Some(BoilerplateKind::Syndication);
    }
    if within(300) && is_copyright(t, found.map(|f| f[1])) {
        return Some(BoilerplateKind::Copyright);
    }
    if !prefixed {
        return None;
    }
    if within(200) {
        if let Some(rest) = t
            .strip_prefix("SOURCE ")
            .or_else(|| t.strip_prefix("SOURCE: "))
        {
            if !rest.trim().is_empty() && !rest.ends_with(['.', '?', '!'])
                || rest.ends_with("Inc.")
                || rest.ends_with("Ltd.")
            {
                return Some(BoilerplateKind::Source);
            }
        }
    }
    if within(200)
        && (starts_with_ci(t, "contact ") || starts_with_ci(t, "write to "))
        && (t.contains('@') || t.chars().filter(char::is_ascii_digit).count() >= 7)
    {
        return Some(BoilerplateKind::Contact);
    }
    if within(300) && is_promo(t) {
        return Some(BoilerplateKind::Promo);
    }
    if within(120) && is_contact_head(t) {
        return Some(BoilerplateKind::Contact);
    }
    None
}

/// Whether `t` (trimmed, not empty) may open as an item of a rule of [`classify`] that reads
/// only the text's opening: a credit, disclaimer, syndication, `SOURCE`, contact, promo or
/// contact head. Told by the first and third bytes in ASCII lower case, from
/// [`ITEM_OPENERS`]; a text that opens past ASCII goes to the rules.
fn may_open_item(t: &str) -> bool {
    let b = t.as_bytes();
    let Some(&first) = b.first() else {
        return false;
    };
    let Some(&thirds) = ITEM_OPENERS.get(usize::from(first.to_ascii_lowercase())) else {
        return true;
    };
    match b.get(2) {
        Some(&c) if c < 0x80 => (thirds >> c.to_ascii_lowercase()) & 1 != 0,
        // Shorter than any opening but the bare `(` of a credit, or a third byte past ASCII.
        _ => thirds != 0,
    }
}

/// The texts the prefix rules of [`classify`] compare a text's opening with, in any ASCII
/// case. A bare `(` stands for the bracket a credit may open with (`(Reporting by …`), after
/// which anything may follow.
const ITEM_OPENING_LISTS: [&[&str]; 7] = [
    &ROLE_NAMES,
    &DISCLAIMER_OPENERS,
    &SYNDICATION_OPENERS,
    &["source ", "source: ", "contact ", "write to ", "("],
    &PROMO_OPENERS,
    &CONTACT_HEAD_NAMES,
    &BARE_CONTACT_HEADS,
];

/// For each ASCII byte in lower case, one bit for each ASCII byte (in lower case) that may
/// stand third in a text opening as one of [`ITEM_OPENING_LISTS`] does after that byte: all
/// of them after a byte that opens a text shorter than three bytes. Worked out from the
/// lists, so that the gate keeps up with them.
static ITEM_OPENERS: [u128; 128] = {
    let mut t = [0u128; 128];
    let mut l = 0;
    while l < ITEM_OPENING_LISTS.len() {
        let list = ITEM_OPENING_LISTS[l];
        let mut i = 0;
        while i < list.len() {
            let w = list[i].as_bytes();
            assert!(
                !w.is_empty() && w[0] < 0x80,
                "openings start with an ASCII byte"
            );
            let f = w[0].to_ascii_lowercase() as usize;
            if w.len() < 3 || w[2] >= 0x80 {
                t[f] = u128::MAX;
            } else {
                t[f] |= 1 << w[2].to_ascii_lowercase();
            }
            i += 1;
        }
        l += 1;
    }
    t
};

/// The stem of `contributed` and `contributors`, which every contribution line but the
/// `reported from` ones holds.
const CONTRIBUT: Needle = Needle::new("contribut");

/// The phrase that makes a short line a copyright notice wherever it stands.
const RIGHTS: Needle = Needle::new("all rights reserved");

/// The places [`may_hold_phrases`] tests at a time (each window reads two bytes more, for a
/// piece that starts at its last place).
const MARKED_MAX: usize = 64;

/// The longest text [`classify`] asks [`may_hold_phrases`] about: that of the longest the
/// contribution rule reads, which asks about [`CONTRIBUT`] in every text it reads. (Past 400
/// bytes the windows cost more than the `memchr` searches for the phrases they spare.)
const MARKS_READ_MAX: usize = 400;

/// Whether `t` may hold [`CONTRIBUT`] or [`RIGHTS`]: it has `ibu` (of `contribut`) or `rve`
/// (of `reserved`) in any ASCII case, three bytes few words of story text have. The text is
/// read [`MARKED_MAX`] places at a time in vector instructions, three slices of a window
/// zipped (indexing it was read a byte at a time); its tail is copied into a block of a fixed
/// length, so that no byte is read at a time. The search for the two phrases, eight bytes at
/// a time on a short text and by `memchr` on a longer one, cost more on the headlines, last
/// lines and last paragraphs asked, nearly none of which holds either. The block's padding
/// reads as spaces, which neither piece holds.
fn may_hold_phrases(t: &str) -> bool {
    let b = t.as_bytes();
    // Whole windows, each overlapping the next by the two bytes a piece runs on past it.
    let mut at = 0;
    while let Some(w) = b.get(at..at + MARKED_MAX + 2) {
        if marked::<MARKED_MAX>(w) {
            return true;
        }
        at += MARKED_MAX;
    }
    // The tail, in a block half as long when it fits one: a short line or headline is read
    // in half the instructions.
    let rest = &b[at..];
    if rest.len() <= MARKED_MAX / 2 + 2 {
        let block = super::scan::padded::<{ MARKED_MAX / 2 + 2 }>(rest);
        return marked::<{ MARKED_MAX / 2 }>(&block);
    }
    marked::<MARKED_MAX>(&super::scan::padded::<{ MARKED_MAX + 2 }>(rest))
}

/// Whether `ibu` or `rve` (see [`may_hold_phrases`]) starts at one of the first `W` places of
/// `w`, which holds two bytes more.
#[inline]
fn marked<const W: usize>(w: &[u8]) -> bool {
    let (x, y, z) = (&w[..W], &w[1..=W], &w[2..W + 2]);
    let mut hit = 0u8;
    for ((&x, &y), &z) in x.iter().zip(y).zip(z) {
        let (x, y, z) = (x | 0x20, y | 0x20, z | 0x20);
        hit |= u8::from(x == b'i') & u8::from(y == b'b') & u8::from(z == b'u')
            | u8::from(x == b'r') & u8::from(y == b'v') & u8::from(z == b'e');
    }
    hit != 0
}

/// Whether `t` has ` reported from `: a `memmem` searcher built once, whose two-byte filter
/// runs through story text where a search from one rare letter stopped every few words.
fn has_reported_from(t: &str) -> bool {
    static FINDER: OnceLock<memmem::Finder<'static>> = OnceLock::new();
    FINDER
        .get_or_init(|| memmem::Finder::new(" reported from "))
        .find(t.as_bytes())
        .is_some()
}

/// AP's `Associated Press writer X in Y contributed to this report.`, `X reported from Y.`,
/// `AP writers A and B contributed.` `contribut` says whether `t` holds [`CONTRIBUT`].
/// Inlined, so that a text without it that does not end in a full stop, most of those asked,
/// is turned away without a call: every rule needs the one or the other.
#[inline]
fn is_contribution(t: &str, contribut: bool) -> bool {
    (contribut || t.ends_with('.')) && contribution_rules(t, contribut)
}

/// [`is_contribution`] after the test of `contribut` and the last byte.
fn contribution_rules(t: &str, contribut: bool) -> bool {
    // Every rule but the last needs `contribut`, and the last needs ` reported from ` only in
    // a short line that opens with a capital and ends with a full stop: the search of the
    // story text for ` reported from ` is made only there.
    if !contribut {
        return !bytes_over(t, 160)
            && t.starts_with(char::is_uppercase)
            && t.ends_with('.')
            && has_reported_from(t)
            && t.split(". ").count() <= 3;
    }
    if contains_ci(t, const { Needle::new("contributed to this report") })
        || contains_ci(t, const { Needle::new("contributed reporting") })
        || contains_ci(t, const { Needle::new("contributed to this story") })
        || contains_ci(t, const { Needle::new("contributed to this article") })
    {
        return true;
    }
    let by_agency = t.starts_with("Associated Press") || t.starts_with("AP ");
    if by_agency && contains_ci(t, const { Needle::new(" contributed") }) {
        return true;
    }
    // `Hunt reported from Cincinnati.` — a short line naming where a writer filed from.
    !bytes_over(t, 160)
        && t.starts_with(char::is_uppercase)
        && t.ends_with('.')
        && (has_reported_from(t) || contains(t, const { Needle::new(" contributed from ") }))
        && t.split(". ").count() <= 3
}

/// `The views expressed …`, `Disclaimer: …`.
fn is_disclaimer(t: &str) -> bool {
    static OPENERS: Prefixes = Prefixes::new(&DISCLAIMER_OPENERS);
    starts_with_any_ci(t, &OPENERS)
}

/// The openings of a disclaimer line, for [`is_disclaimer`].
const DISCLAIMER_OPENERS: [&str; 4] = [
    "the views expressed",
    "disclaimer",
    "views expressed",
    "the opinions expressed",
];

/// Headings that open a boilerplate section at the end of a press release: `About Acme`,
/// `Forward-Looking Statements`. Inlined, so that the frame's test of the last few paragraphs
/// turns most of them away by their first byte without a call.
#[inline]
pub(crate) fn section_heading(t: &str) -> Option<BoilerplateKind> {
    let t = trim(t);
    // Every heading opens with a byte of [`SECTION_OPENERS`]; a text that opens with another
    // ASCII byte (most of those asked, being story text or table rows) is turned away at once.
    if t.as_bytes()
        .first()
        .is_some_and(|&b| b < 0x80 && !SECTION_OPENERS[usize::from(b)])
    {
        return None;
    }
    section_heading_rules(t)
}

/// Whether a text whose first byte is `first` may be a section heading: not when that is a
/// visible ASCII byte no heading opens with, which [`section_heading`] turns away whatever
/// follows, so that a caller may ask before it makes the text.
#[inline]
pub(crate) fn may_head_section(first: u8) -> bool {
    !first.is_ascii_graphic() || SECTION_OPENERS[usize::from(first)]
}

/// [`section_heading`] without the test of the first byte, on a trimmed text.
fn section_heading_rules(t: &str) -> Option<BoilerplateKind> {
    // Cheapest first: most paragraphs asked are story text that ends in a full stop.
    if t.ends_with(['.', '?', '!', ','])
        || longer_than(t, 70)
        || memchr::memchr(b'\n', t.as_bytes()).is_some()
    {
        return None;
    }
    if let Some(rest) = t
        .strip_prefix("About ")
        .or_else(|| t.strip_prefix("ABOUT "))
    {
        return rest
            .starts_with(char::is_uppercase)
            .then_some(BoilerplateKind::About);
    }
    let t = t.trim_end_matches(':');
    SECTION_DISCLAIMERS
        .iter()
        .any(|d| d.eq_ignore_ascii_case(t))
        .then_some(BoilerplateKind::Disclaimer)
}

/// The openings of a syndication line, for [`is_syndication`].
const SYNDICATION_OPENERS: [&str; 28] = [
    "this article was originally published",
    "this article originally appeared",
    "this article first appeared",
    "this article was first published",
    "this story was originally published",
    "this story originally appeared",
    "this story first appeared",
    "this article is republished",
    "this article was republished",
    "this story has not been edited",
    "this article has not been edited",
    "(this story has not been edited",
    "this article was generated from",
    "this story was generated from",
    "(with inputs from",
    "with inputs from",
    "originally published",
    "republished with permission",
    "reprinted with permission",
    "this content was originally published",
    "the post ",
    "this post originally appeared",
    "this piece originally appeared",
    "a version of this article",
    "a version of this story",
    "(only the headline",
    "only the headline",
    "published in partnership with",
];

fn is_syndication(t: &str) -> bool {
    static OPENERS: Prefixes = Prefixes::new(&SYNDICATION_OPENERS);
    starts_with_any_ci(t, &OPENERS)
        && (!starts_with_ci(t, "the post ")
            || contains_ci(t, const { Needle::new("appeared first on") }))
}

/// A copyright line. `rights` says whether `t` holds [`RIGHTS`], when that is known already.
/// Inlined, so that a text known not to hold it that opens as no copyright line does, most of
/// those asked, is turned away without a call.
#[inline]
fn is_copyright(t: &str, rights: Option<bool>) -> bool {
    // Every opener starts with `c`, `(` or the lead byte of `©`.
    let opener = matches!(t.as_bytes().first(), Some(b'c' | b'C' | b'(' | 0xC2));
    (opener || rights != Some(false)) && copyright_rules(t, rights, opener)
}

/// [`is_copyright`] after the test of the first byte and of what is known of [`RIGHTS`];
/// `opener` says whether `t` opens with a byte a copyright line may open with.
fn copyright_rules(t: &str, rights: Option<bool>, opener: bool) -> bool {
    opener
        && ["copyright", "©", "(c) ", "(c)1", "(c)2"]
            .iter()
            .any(|p| starts_with_ci(t, p))
        || (!bytes_over(t, 200) && rights.unwrap_or_else(|| contains_ci(t, RIGHTS)))
        || opener
            && ["c.1", "c.2", "c. 1", "c. 2"]
                .iter()
                .any(|p| starts_with_ci(t, p))
            && !bytes_over(t, 80)
}

/// The openings of a promo line, for [`is_promo`].
const PROMO_OPENERS: [&str; 41] = [
    "read more",
    "read the original",
    "related:",
    "related coverage",
    "related stories",
    "follow us",
    "follow ",
    "sign up",
    "subscribe to",
    "subscribe for",
    "click here",
    "download the",
    "download our",
    "get the latest",
    "view original content",
    "view source version",
    "like us on facebook",
    "find us on",
    "for more news",
    "for more stories",
    "more from",
    "watch:",
    "watch the",
    "listen to",
    "reach ",
    "write to ",
    "contact the reporter",
    "join the conversation",
    "have a news tip",
    "got a tip",
    "see also:",
    "also read",
    "support our journalism",
    "don't miss",
    "don’t miss",
    "catch all the",
    "check out",
    "get our",
    "our newsletter",
    "newsletter:",
    "share this",
];

fn is_promo(t: &str) -> bool {
    static OPENERS: Prefixes = Prefixes::new(&PROMO_OPENERS);
    if !starts_with_any_ci(t, &OPENERS) {
        return false;
    }
    // `Follow …` and `Reach …` are promos only when they point at a feed or address.
    if starts_with_ci(t, "follow ") && !starts_with_ci(t, "follow us") {
        return contains_ci(t, const { Needle::new("twitter") })
            || contains_ci(t, const { Needle::new("facebook") })
            || contains_ci(t, const { Needle::new("instagram") })
            || contains_ci(t, const { Needle::new("http") })
            || t.contains('@')
            || contains_ci(t, const { Needle::new(" on x") })
            || contains_ci(t, const { Needle::new("coverage") })
            || contains_ci(t, const { Needle::new("bluesky") });
    }
    if starts_with_ci(t, "reach ") || starts_with_ci(t, "write to ") {
        return t.contains('@')
            || contains_ci(t, const { Needle::new("twitter") })
            || contains_ci(t, const { Needle::new("http") });
    }
    true
}

/// The openings of a contact block's head, for [`is_contact_head`].
const CONTACT_HEAD_NAMES: [&str; 17] = [
    "media contact",
    "media contacts",
    "media inquiries",
    "media enquiries",
    "press contact",
    "investor contact",
    "investor contacts",
    "investor relations contact",
    "investors:",
    "media:",
    "contact:",
    "contacts:",
    "contact information",
    "for more information",
    "for further information",
    "for additional information",
    "company contact",
];

static CONTACT_HEADS: Prefixes = Prefixes::new(&CONTACT_HEAD_NAMES);

/// Contact heads that count only as the whole line.
const BARE_CONTACT_HEADS: [&str; 3] = ["contacts", "contact", "media contacts"];

/// The ASCII bytes some contact head opens with, in either case.
static CONTACT_OPENERS: [bool; 128] = openers(&[&CONTACT_HEAD_NAMES, &BARE_CONTACT_HEADS]);

/// The headings of a disclaimer section, matched whole in any case (a colon after them aside).
const SECTION_DISCLAIMERS: &[&str] = &[
    "forward-looking statements",
    "forward looking statements",
    "cautionary note regarding forward-looking statements",
    "cautionary statement regarding forward-looking statements",
    "cautionary statement",
    "safe harbor statement",
    "safe harbour statement",
    "disclaimer",
    "important information",
    "non-gaap financial measures",
];

/// The ASCII bytes some section heading opens with, in either case: `About` and the
/// disclaimers.
static SECTION_OPENERS: [bool; 128] = openers(&[&["about "], SECTION_DISCLAIMERS]);

/// For each ASCII byte, whether some text of `lists` opens with it in either case: worked out
/// from the lists, so that a gate on the first byte keeps up with them.
const fn openers(lists: &[&[&str]]) -> [bool; 128] {
    let mut t = [false; 128];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i].as_bytes();
            if !w.is_empty() && w[0] < 0x80 {
                t[w[0].to_ascii_lowercase() as usize] = true;
                t[w[0].to_ascii_uppercase() as usize] = true;
            }
            i += 1;
        }
        l += 1;
    }
    t
}

/// `Media contact:`, `FOR MORE INFORMATION:`, `Investor Relations:` …
pub(crate) fn is_contact_head(t: &str) -> bool {
    // Every head, the bare ones below too, opens with a byte of [`CONTACT_OPENERS`]; a text
    // that opens with another visible ASCII byte is turned away at once. One that opens with
    // a blank or a byte past ASCII goes to the rules.
    if t.as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_graphic() && !CONTACT_OPENERS[usize::from(b)])
    {
        return false;
    }
    contact_head_rules(t)
}

/// [`is_contact_head`] without the test of the first byte.
fn contact_head_rules(t: &str) -> bool {
    starts_with_any_ci(t, &CONTACT_HEADS)
        // Business Wire heads its contact block with a bare `Contacts` line, no colon; only
        // the whole line counts, so `Contact tracing began …` stays story text.
        || {
            let bare = t.trim_end_matches(':').trim();
            bare.len() <= 14
                && BARE_CONTACT_HEADS
                    .iter()
                    .any(|w| bare.eq_ignore_ascii_case(w))
        }
}

/// A short line that can sit in a contact block: a name, title, phone number, e-mail or URL.
/// Inlined, so that a long paragraph, most of those asked, is turned away without a call.
#[inline]
pub(crate) fn is_contact_line(t: &str) -> bool {
    may_be_contact_line(t) && contact_line_rules(trim(t))
}

/// Whether `t` is short enough to be a contact line, and not blank: the test of
/// [`is_contact_line`] that costs no reading of the text, for a caller that has dearer tests
/// to make first.
#[inline]
pub(crate) fn may_be_contact_line(t: &str) -> bool {
    let t = trim(t);
    !t.is_empty() && !longer_than(t, 90)
}

/// [`is_contact_line`] on a trimmed text of at most 90 chars.
fn contact_line_rules(t: &str) -> bool {
    // The tests in order of cost, the searches last: every one is pure, so the order does not
    // change the answer, and most lines asked are decided by their digits or their words.
    super::scan::ascii_digits(t) >= 7
        || (!t.ends_with(['.', '!', '?', '"', '”']) && super::scan::words_upto(t, 9) < 9)
        || memchr::memchr(b'@', t.as_bytes()).is_some()
        || contains_ci(t, const { Needle::new("www.") })
        || contains_ci(t, const { Needle::new("http") })
}

/// The offset where a credit (`Reporting by …`, `(Editing by …`) starts in `t`, if `t` is one.
fn credit_start(t: &str) -> Option<usize> {
    let inner = t.strip_prefix('(').unwrap_or(t);
    let lead = t.len() - inner.len();
    starts_with_any_ci(inner, &ROLES).then_some(lead)
}

/// The credit roles as written, for [`credit_start`]'s lookup by first letter.
const ROLE_NAMES: [&str; CREDIT_ROLES.len()] = {
    let mut out = [""; CREDIT_ROLES.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = CREDIT_ROLES[i].0;
        i += 1;
    }
    out
};

static ROLES: Prefixes = Prefixes::new(&ROLE_NAMES);

/// Where a credit appended to the last paragraph starts (`… the Middle East. (Reporting by …)`).
/// Inlined: a text whose last byte is visible and no `)`, as that of most paragraphs asked,
/// is turned away without a call.
#[inline]
pub(crate) fn trailing_credit(t: &str) -> Option<usize> {
    match t.as_bytes().last() {
        Some(&b) if b.is_ascii_graphic() && b != b')' => None,
        _ => trailing_credit_rules(t),
    }
}

/// [`trailing_credit`] after the test of the last byte.
fn trailing_credit_rules(t: &str) -> Option<usize> {
    let t_end = t.trim_end();
    if !t_end.ends_with(')') {
        return None;
    }
    let open = t_end.rfind("(")?;
    // The bracket may hold `Reporting by A; Editing by B` or `Editing by B`.
    let cand = &t_end[open..];
    if open == 0 || credit_start(cand).is_none() || bytes_over(cand, 400) {
        return None;
    }
    Some(open)
}

/// Parses the roles and names of a credit item: `(Reporting by A in Paris; Additional
/// reporting by B and C; Editing by D)`.
pub(crate) fn credits(t: &str) -> Vec<CreditMatch> {
    let mut out = Vec::new();
    let mut offset = 0;
    for clause in t.split(';') {
        let c_start = offset + (clause.len() - clause.trim_start().len());
        offset += clause.len() + 1;
        let c = clause.trim_start().trim_start_matches('(');
        let c_start = c_start + (clause.trim_start().len() - c.len());
        let Some(&(role_text, role)) = CREDIT_ROLES.iter().find(|(r, _)| starts_with_ci(c, r))
        else {
            continue;
        };
        let role_span = (c_start, c_start + role_text.len());
        let names_part = &c[role_text.len()..];
        let names_part_trim =
            names_part.trim_end_matches(|ch: char| ch == ')' || ch == '.' || ch.is_whitespace());
        let mut contributors = Vec::new();
        let base = role_span.1;
        // Names are joined by `,` and `and`; each may carry ` in Place`.
        let mut pos = 0;
        let bytes = names_part_trim;
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        let mut start = 0;
        while pos <= bytes.len() {
            let rest = &bytes[pos..];
            let (is_sep, skip) = if rest.is_empty() {
                (true, 0)
            } else if rest.starts_with(", and ") {
                (true, 6)
            } else if rest.starts_with(" and ") {
                (true, 5)
            } else if rest.starts_with(", ") {
                (true, 2)
            } else if rest.starts_with(" & ") {
                (true, 3)
            } else {
                (false, 0)
            };
            if is_sep {
                pieces.push((start, pos));
                if rest.is_empty() {
                    break;
                }
                pos += skip;
                start = pos;
            } else {
                pos += rest.chars().next().map_or(1, char::len_utf8);
            }
        }
        let mut pending_place_for: Vec<usize> = Vec::new();
        for (a, b) in pieces {
            let piece = &names_part_trim[a..b];
            let lead = piece.len() - piece.trim_start().len();
            let piece_t = piece.trim();
            if piece_t.is_empty() {
                continue;
            }
            let (name, place) = match piece_t.find(" in ") {
                Some(k) => (&piece_t[..k], Some((k + 4, piece_t.len()))),
                None => (piece_t, None),
            };
            let n0 = base + a + lead;
            let name_span = (n0, n0 + name.len());
            let place_span = place.map(|(x, y)| (n0 + x, n0 + y));
            // `A and B in Paris`: the place belongs to every name before it without one.
            if let Some(p) = place_span {
                for &i in &pending_place_for {
                    let (n, _): &mut ((usize, usize), Option<(usize, usize)>) =
                        &mut contributors[i];
                    let _ = n;
                    contributors[i].1 = Some(p);
                }
                pending_place_for.clear();
            } else {
                pending_place_for.push(contributors.len());
            }
            contributors.push((name_span, place_span));
        }
        let end = c_start
            + c.trim_end_matches(|ch: char| ch == ')' || ch.is_whitespace())
                .len();
        out.push(CreditMatch {
            span: (c_start, end),
            role,
            role_span,
            contributors,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use BoilerplateKind::*;

    /// [`may_hold_phrases`] passes every text that holds either phrase, in any case and at any
    /// place (the edges of its windows too), as the search for them finds it.
    #[test]
    fn phrase_marks_pass_every_text_with_a_phrase() {
        let extra = [
            "contribut",
            "CONTRIBUTED",
            "Contributors",
            "all rights reserved",
            "All Rights Reserved",
            "ALL RIGHTS RESERVED",
            "ibu",
            "rve",
        ];
        let mut held = 0;
        for t in crate::parse::scan::generated_texts(71, 6000, 24, &extra) {
            let t = t.as_str();
            for (a, _) in t.char_indices() {
                let s = &t[a..];
                let found = contains_each_ci(s, [CONTRIBUT, RIGHTS]);
                if found != [false, false] {
                    held += 1;
                    assert!(may_hold_phrases(s), "{s:?}");
                }
            }
        }
        assert!(held > 1000, "{held}");
        assert!(!may_hold_phrases("RED LION INNS FILES PLANS OFFERING"));
        for n in 0..3 * MARKED_MAX {
            let pad = "x".repeat(n);
            assert!(may_hold_phrases(&format!("{pad}contribut")), "{n}");
            assert!(may_hold_phrases(&format!("{pad}RvE{pad}")), "{n}");
            assert!(!may_hold_phrases(&format!("{pad}ib u{pad}")), "{n}");
        }
    }

    #[test]
    fn kinds() {
        let rows: &[(&str, Option<BoilerplateKind>)] = &[
            ("Reuter", Some(SignOff)),
            ("REUTER", Some(SignOff)),
            ("REUTER...", Some(SignOff)),
            ("Enditem", Some(SignOff)),
            ("###", Some(SignOff)),
            ("-- END --", Some(SignOff)),
            ("(END)", Some(SignOff)),
            ("___", Some(Separator)),
            (
                "(Reporting by Ana Lima in Lisbon; Editing by Tom Reed)",
                Some(Credit),
            ),
            (
                "Associated Press writer Kim Ode in Fargo, N.D., contributed to this report.",
                Some(Contribution),
            ),
            (
                "This article was originally published by a . Read the Original article here. .",
                Some(Syndication),
            ),
            (
                "Copyright 2024 The Daily Planet. All rights reserved.",
                Some(Copyright),
            ),
            ("© 2023 Acme Media", Some(Copyright)),
            ("SOURCE Acme Robotics Inc.", Some(Source)),
            ("Read more: Why ports are slowing down", Some(Promo)),
            (
                "Follow Dana Kerr on Twitter at twitter.com/danakerr",
                Some(Promo),
            ),
            ("Sign up for our morning newsletter.", Some(Promo)),
            ("Media contact:", Some(Contact)),
            ("(END) Dow Jones Newswires", Some(SignOff)),
            ("Hunt reported from Cincinnati.", Some(Contribution)),
            (
                "AP writers Kim Ode and Li Wei contributed.",
                Some(Contribution),
            ),
            ("SOURCE: Acme Robotics", Some(Source)),
            ("Write to Dana Kerr at dana.kerr@example.com", Some(Contact)),
            (
                "The views expressed by contributors are their own.",
                Some(Disclaimer),
            ),
            ("Contacts", Some(Contact)),
            ("Contact tracing began in March.", None),
            ("Follow the money, the senator said.", None),
            ("About 300 people attended.", None),
            ("The Reuters report was denied.", None),
            ("Sources said the deal was done.", None),
        ];
        for (t, want) in rows {
            assert_eq!(classify(t), *want, "{t}");
        }
    }

    #[test]
    fn case_insensitive_search() {
        assert!(contains_ci(
            "Kim Ode CONTRIBUTED to this report.",
            Needle::new("contributed to")
        ));
        assert!(contains_ci("ends with Reserved", Needle::new("reserved")));
        assert!(contains_ci("abc", Needle::new("")));
        assert!(!contains_ci("ab", Needle::new("abc")));
        assert!(!contains_ci("contribute", Needle::new("contributed")));
        assert!(contains_ci("é contributed", Needle::new("contributed")));
    }

    #[test]
    fn signoff_agencies() {
        assert_eq!(signoff_agency("Reuter"), Some("Reuters"));
        assert_eq!(signoff_agency("REUTER..."), Some("Reuters"));
        assert_eq!(signoff_agency("Enditem"), None);
        assert_eq!(signoff_agency("###"), None);
    }

    #[test]
    fn section_headings() {
        assert_eq!(section_heading("About Acme Robotics"), Some(About));
        assert_eq!(
            section_heading("Forward-Looking Statements"),
            Some(Disclaimer)
        );
        assert_eq!(section_heading("About the plan"), None);
        assert_eq!(section_heading("About 300 people attended."), None);
    }

    #[test]
    fn credit_roles_and_names() {
        let t = "(Reporting by Ana Lima and Rui Sousa in Lisbon; Additional reporting by Bo Li; Editing by Tom Reed and Jo Fry)";
        let c = credits(t);
        assert_eq!(c.len(), 3);
        assert_eq!(c[0].role, CreditRole::Reporting);
        let names: Vec<&str> = c[0]
            .contributors
            .iter()
            .map(|((a, b), _)| &t[*a..*b])
            .collect();
        assert_eq!(names, ["Ana Lima", "Rui Sousa"]);
        let places: Vec<Option<&str>> = c[0]
            .contributors
            .iter()
            .map(|(_, p)| p.map(|(a, b)| &t[a..b]))
            .collect();
        assert_eq!(places, [Some("Lisbon"), Some("Lisbon")]);
        assert_eq!(c[1].role, CreditRole::AdditionalReporting);
        assert_eq!(
            &t[c[1].role_span.0..c[1].role_span.1],
            "Additional reporting by"
        );
        assert_eq!(c[2].role, CreditRole::Editing);
        let names: Vec<&str> = c[2]
            .contributors
            .iter()
            .map(|((a, b), _)| &t[*a..*b])
            .collect();
        assert_eq!(names, ["Tom Reed", "Jo Fry"]);
    }

    /// [`is_signoff`] against its rules without the test of the first byte.
    #[test]
    fn signoffs_agree_with_the_rules() {
        let extra = [
            "Reuter", "REUTER", "reuters", "Enditem", "ENDITEM", "end", "END", "(END)", "-- END",
            "###", "# # #", "-30-", "- 30 -", "-0-", "30-30-30", "...", "3", "e", "R", "Dow",
        ];
        let mut texts = crate::parse::scan::generated_texts(6, 20_000, 8, &extra);
        texts.extend(crate::parse::scan::generated_texts(7, 2_000, 40, &extra));
        let mut found = 0;
        for t in &texts {
            let want = signoff_rules(t.trim());
            found += usize::from(want);
            assert_eq!(is_signoff(t), want, "{t:?}");
        }
        assert!(found > 100, "{found}");
    }

    /// [`signoff_agency`] against its rules without the test for the two commonest forms.
    #[test]
    fn signoff_agencies_agree_with_the_rules() {
        let extra = [
            "Reuter", "REUTER", "Reuters", "reuter", "Reuter.", "AP", "Enditem",
        ];
        let mut found = 0;
        for t in crate::parse::scan::generated_texts(8, 20_000, 6, &extra) {
            let want = signoff_agency_rules(&t);
            found += usize::from(want.is_some());
            assert_eq!(signoff_agency(&t), want, "{t:?}");
        }
        assert!(found > 100, "{found}");
    }

    /// [`may_open_item`] turns away no text that a rule it gates would take: every opening
    /// of the lists in three cases, and generated texts that run on from them.
    #[test]
    fn the_opening_gate_keeps_every_prefix_rule() {
        let mut extra: Vec<String> = Vec::new();
        for list in ITEM_OPENING_LISTS {
            for w in list {
                extra.push(w.to_string());
                extra.push(w.to_ascii_uppercase());
                let mut c = w.to_string();
                c[..1].make_ascii_uppercase();
                extra.push(c);
            }
        }
        extra.extend([
            "SOURCE ".to_string(),
            "SOURCE: ".to_string(),
            "(".to_string(),
        ]);
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        let mut texts = crate::parse::scan::generated_texts(21, 20_000, 4, &extra);
        texts.extend(extra.iter().map(|w| w.to_string()));
        let mut taken = 0;
        for t in &texts {
            let t = trim(t);
            if t.is_empty() {
                continue;
            }
            let ruled = credit_start(t).is_some()
                || is_disclaimer(t)
                || is_syndication(t)
                || t.starts_with("SOURCE ")
                || t.starts_with("SOURCE: ")
                || starts_with_ci(t, "contact ")
                || starts_with_ci(t, "write to ")
                || is_promo(t)
                || is_contact_head(t);
            taken += usize::from(ruled);
            assert!(!ruled || may_open_item(t), "{t:?}");
        }
        assert!(taken > 1000, "{taken}");
        assert!(!may_open_item(
            "DEAN FOODS <DF> SEES STRONG 4TH QTR EARNINGS"
        ));
        assert!(!may_open_item(
            "Customers who use the program will receive a report."
        ));
    }

    /// [`is_contact_head`] against its rules without the test of the first byte.
    #[test]
    fn contact_heads_agree_with_the_rules() {
        let extra = [
            "Contacts",
            "contact",
            "CONTACT",
            "Media contacts",
            "media:",
            "Investors:",
            "For more information",
            "Press contact",
            "Company contact",
            "Contact information",
            "\u{2003}",
            "\u{a0}",
            ":",
        ];
        let texts = crate::parse::scan::generated_texts(8, 20_000, 6, &extra);
        let mut found = 0;
        for t in &texts {
            let want = contact_head_rules(t);
            found += usize::from(want);
            assert_eq!(is_contact_head(t), want, "{t:?}");
        }
        assert!(found > 100, "{found}");
    }

    /// [`section_heading`] against its rules without the test of the first byte.
    #[test]
    fn section_headings_agree_with_the_rules() {
        let extra = [
            "About ",
            "ABOUT ",
            "about ",
            "Acme",
            "Forward-Looking Statements",
            "Disclaimer",
            "DISCLAIMER",
            "Important Information",
            "Non-GAAP Financial Measures",
            "Safe Harbor Statement",
            "Cautionary Statement",
            "cautionary statement",
            ":",
        ];
        let texts = crate::parse::scan::generated_texts(9, 20_000, 5, &extra);
        let mut found = 0;
        for t in &texts {
            let want = section_heading_rules(t.trim());
            found += usize::from(want.is_some());
            assert_eq!(section_heading(t), want, "{t:?}");
        }
        assert!(found > 100, "{found}");
    }

    /// [`is_contact_line`] against its tests written the general way, in their first order.
    #[test]
    fn contact_lines_agree_with_the_general_tests() {
        let general = |t: &str| {
            let t = t.trim();
            if t.is_empty() || t.replace('\r', "").chars().count() > 90 {
                return false;
            }
            let low = t.to_ascii_lowercase();
            let digits = t.bytes().filter(u8::is_ascii_digit).count();
            t.contains('@')
                || low.contains("www.")
                || low.contains("http")
                || digits >= 7
                || (!t.ends_with(['.', '!', '?', '"', '\u{201d}'])
                    && t.split_whitespace().take(9).count() < 9)
        };
        let extra = [
            "www.",
            "WWW.",
            "http",
            "HTTP",
            "Http",
            "1",
            "2",
            "5",
            "!",
            "?",
            "\"",
            "Jane Roe",
            "+1 555",
            "roe@example.org",
        ];
        let mut texts = crate::parse::scan::generated_texts(3, 20_000, 40, &extra);
        texts.push("a ".repeat(46));
        texts.push("a ".repeat(44) + "1234567");
        for t in &texts {
            assert_eq!(is_contact_line(t), general(t), "{t:?}");
        }
    }

    /// [`is_contribution`], told whether the text holds `contribut`, against its rules in
    /// their first order, which search for both phrases before any other test; and
    /// [`classify`] with the phrases found in one pass against the searches made one by one.
    #[test]
    fn contributions_agree_with_the_rules_in_their_first_order() {
        let general = |t: &str| {
            if !contains_ci(t, CONTRIBUT) && !has_reported_from(t) {
                return false;
            }
            if contains_ci(t, const { Needle::new("contributed to this report") })
                || contains_ci(t, const { Needle::new("contributed reporting") })
                || contains_ci(t, const { Needle::new("contributed to this story") })
                || contains_ci(t, const { Needle::new("contributed to this article") })
            {
                return true;
            }
            let by_agency = t.starts_with("Associated Press") || t.starts_with("AP ");
            if by_agency && contains_ci(t, const { Needle::new(" contributed") }) {
                return true;
            }
            !bytes_over(t, 160)
                && t.starts_with(char::is_uppercase)
                && t.ends_with('.')
                && (has_reported_from(t)
                    || contains(t, const { Needle::new(" contributed from ") }))
                && t.split(". ").count() <= 3
        };
        let extra = [
            "Lena Holt",
            "Ode",
            " reported from ",
            " reported from Oslo.",
            " contributed from ",
            " contributed to this report",
            " CONTRIBUTED reporting",
            " contributed.",
            "contribut",
            "AP ",
            "Associated Press ",
            ". ",
            ". The",
            "All rights reserved.",
            "Copyright 2031 Nobody Ltd",
            "(c) ",
        ];
        let mut texts = crate::parse::scan::generated_texts(12, 20_000, 10, &extra);
        texts.extend(crate::parse::scan::generated_texts(13, 2_000, 60, &extra));
        let mut found = 0;
        for t in &texts {
            let want = general(t);
            found += usize::from(want);
            assert_eq!(is_contribution(t, contains_ci(t, CONTRIBUT)), want, "{t:?}");
            let rights = contains_ci(t, RIGHTS);
            assert_eq!(
                is_copyright(t, Some(rights)),
                is_copyright(t, None),
                "{t:?}"
            );
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn appended_credit() {
        let t = "Talks end on Friday. (Reporting by Ana Lima; Editing by Tom Reed)";
        assert_eq!(trailing_credit(t), Some(21));
        assert_eq!(trailing_credit("He spoke (in French)."), None);
    }
}
