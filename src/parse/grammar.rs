//! The speaker and cue grammar over a run of tokens: speaker phrases (`Kremlin spokesman
//! Dmitry Peskov`, `Jane Doe, a spokeswoman for the ministry`, `a source familiar with the
//! matter`), speech verbs with their phrase (`told reporters`, `said in a statement`), and
//! the frames around a quote (`…," she said.`, `He said: "…`).

use super::speech::{self, Facts, Form};
use super::words::{Kind, Tok, Tokens};
use crate::{Span, SpeakerKind};

/// A word in ASCII lower case (computed once per token).
#[derive(Clone, Copy)]
pub(crate) struct Low<'t>(&'t str);

impl<'t> Low<'t> {
    pub fn as_str(&self) -> &'t str {
        self.0
    }
}

/// A speaker phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub span: Span,
    /// The personal name inside the phrase (`Dmitry Peskov`, `Choe`).
    pub name: Option<Span>,
    /// The role or title written with it (`Kremlin spokesman`, `a doctor`).
    pub role: Option<Span>,
    pub kind: SpeakerKind,
}

/// A speech verb with its speaker, found next to a quote or a reported clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Frame {
    pub speaker: Option<Mention>,
    pub cue: Span,
    /// The punctuation that ends the frame's clause (`.`, `,`, `:`), `None` when the window
    /// ends first.
    pub end: Option<char>,
    /// Another speech verb follows in the same sentence (`X said, adding: …`), so the next
    /// quote has an attribution of its own.
    pub chained: bool,
    /// Nothing follows the frame's clause in the window.
    pub clean: bool,
    /// The frame's first token is capitalised.
    pub capital: bool,
    /// For a frame before a quote: the cue stands right before it (`said: "…`), not some
    /// words away (`said the plan was "…`).
    pub adjacent: bool,
    /// For a frame after a quote: a clause of its own follows the cue (`She says he is …`),
    /// so the frame may be reported speech of its own rather than the quote's attribution.
    pub clause_after: bool,
    /// For a frame before a quote: no sentence boundary was found before it in the window,
    /// so its clause may have begun before an earlier quote (`X said "…," adding, "…`).
    pub open_start: bool,
    /// For a frame before a quote: it is set inside a clause of the writer's, after a comma
    /// (`The club's investment, Ms. Tanzer said, "is …`).
    pub inserted: bool,
}

/// Where a quote stands in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Setting {
    /// It opens the sentence, or follows a colon or a dash.
    Opens,
    /// It follows words of the sentence and a comma (`He said, "…`, `Unless X, "…`).
    AfterComma,
    /// It is set inside the writer's sentence (`called it "…`, `said he was "…`).
    Inside,
}

/// Tokens and the text they point into.
#[derive(Clone, Copy)]
pub(crate) struct Grammar<'s> {
    pub input: &'s str,
    pub toks: &'s [Tok],
    tokens: &'s Tokens,
}

impl<'s> Grammar<'s> {
    pub fn new(input: &'s str, tokens: &'s Tokens) -> Self {
        Grammar {
            input,
            toks: &tokens.toks,
            tokens,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn low(&self, i: usize) -> Low<'s> {
        Low(self.tokens.key(i))
    }

    /// What the speech lexicon says of token `i`, looked up once per token: the same as
    /// asking the lexicon of [`low`](Self::low)`(i)`.
    pub fn facts(&self, i: usize) -> Facts {
        self.tokens.facts(i)
    }

    /// Whether token `i` is the word `w` (lower case). A token of another length is another
    /// word, told without reading its key: most tokens asked about are turned away so.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| (t.end - t.start) as usize == w.len())
            && self.low(i).as_str() == w
    }

    fn word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    fn cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && t.cap)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start as usize, self.toks[b - 1].end as usize)
    }

    /// Token `i` as a speech verb, with its form, unless its context shows a noun or a
    /// heading in capitals. Most words are turned away by their shape here, inline in the
    /// grammar's loops; the rest are read out of line.
    #[inline]
    pub fn cue(&self, i: usize) -> Option<Form> {
        if !self.tokens.may_be_cue(i) {
            return None;
        }
        self.cue_in_context(i)
    }

    /// [`cue`](Self::cue) of a word that may be a speech verb by its shape.
    #[inline(never)]
    fn cue_in_context(&self, i: usize) -> Option<Form> {
        if !self.word(i) {
            return None;
        }
        let form = self.facts(i).cue()?;
        self.verb_in_context(i, form)
    }

    /// [`cue`](Self::cue) of the word `i`, whose cue form in the lexicon is `form`: for a
    /// caller that knows the word, so that it is not looked up.
    #[inline]
    pub fn verb_in_context(&self, i: usize, form: Form) -> Option<Form> {
        // `BLUE STATES`: a headline in capitals, not the verb `states`. A word the lexicon
        // knows is ASCII, so its bytes tell; most verbs are told by their first letter.
        let t = &self.toks[i];
        if !t.ch.is_ascii_lowercase() {
            let w = &self.input.as_bytes()[t.start as usize..t.end as usize];
            if w.len() > 1 && !w.iter().any(u8::is_ascii_lowercase) {
                return None;
            }
        }
        if i == 0 || !self.word(i - 1) {
            return Some(form);
        }
        // `the United States said`, `Member States`: a capitalised verb after a capitalised
        // word ends a name when what follows is not capitalised too, as it would be in a
        // headline in title case (`Ruiz Says Talks Failed`).
        if self.toks[i].cap
            && self.toks[i - 1].cap
            && !self
                .toks
                .get(i + 1)
                .is_some_and(|n| n.kind == Kind::Word && n.cap)
        {
            return None;
        }
        let p = self.low(i - 1);
        let p = p.as_str();
        // Read once: the cache behind the facts is out of line.
        let pf = self.facts(i - 1);
        // `Trump's comments`, `the said company`, `a rare note of`: nouns, not verbs.
        let noun_context = pf.determiner()
            && !matches!(
                p,
                "all"
                    | "both"
                    | "each"
                    | "some"
                    | "many"
                    | "most"
                    | "several"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "one"
            )
            || self.possessive(i - 1)
            || matches!(
                p,
                "of" | "in" | "on" | "for" | "with" | "by" | "from" | "about" | "at" | "into"
            );
        match form {
            Form::Finite | Form::Participle if noun_context => None,
            Form::Base => {
                let verb_context = matches!(
                    p,
                    "i" | "we"
                        | "you"
                        | "they"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "should"
                        | "may"
                        | "might"
                        | "must"
                        | "shall"
                        | "did"
                        | "do"
                        | "does"
                        | "don't"
                        | "didn't"
                        | "doesn't"
                        | "won't"
                        | "to"
                        | "and"
                        | "also"
                        | "often"
                        | "still"
                        | "now"
                        | "always"
                        | "never"
                        | "not"
                ) || speech::between_word(pf, p)
                    || self.toks[i - 1].cap
                    || p.ends_with('s') && !noun_context && !pf.stop();
                (verb_context && !noun_context).then_some(form)
            }
            _ => Some(form),
        }
    }

    /// A lower-case adverb or auxiliary between a speaker and a cue (`later`, `has`).
    fn between(&self, i: usize) -> bool {
        self.word(i) && !self.toks[i].cap && {
            // A word of four bytes or fewer is one only by the list: its key is not read.
            let short = self.toks[i].end - self.toks[i].start <= 4;
            let w = if short { "" } else { self.low(i).as_str() };
            speech::between_word(self.facts(i), w)
        }
    }

    fn pronoun(&self, i: usize) -> bool {
        self.word(i) && self.facts(i).pronoun()
    }

    fn stop(&self, i: usize) -> bool {
        self.word(i) && self.facts(i).stop()
    }

    fn determiner(&self, i: usize) -> bool {
        self.word(i) && self.facts(i).determiner()
    }

    /// Whether token `i` ends in a possessive `'s` or `s'` (either apostrophe). Its last byte
    /// is read inline: most words end in none of `s`, `'` and the last byte of `’` (0x99),
    /// and are turned away without a call.
    #[inline]
    fn possessive(&self, i: usize) -> bool {
        let end = self.toks[i].end as usize;
        matches!(
            self.input.as_bytes().get(end.wrapping_sub(1)),
            Some(b's' | b'\'' | 0x99)
        ) && self.possessive_ending(i)
    }

    /// [`possessive`](Self::possessive) of a token whose last byte may end one.
    #[inline(never)]
    fn possessive_ending(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let t = self
            .input
            .as_bytes()
            .get(t.start as usize..t.end as usize)
            .unwrap_or_default();
        match t.last() {
            Some(b's') => t.ends_with(b"'s") || t.ends_with("’s".as_bytes()),
            Some(b'\'') => t.ends_with(b"s'"),
            Some(0x99) => t.ends_with("s’".as_bytes()),
            _ => false,
        }
    }

    /// The end (exclusive) of the cue phrase that starts with the verb at `c`: `told
    /// reporters`, `said in a statement`, `wrote on Twitter`, `pointed out`.
    pub fn cue_end(&self, c: usize, limit: usize) -> usize {
        let n = limit.min(self.len());
        let w = self.low(c);
        let w = w.as_str();
        let mut e = c + 1;
        if matches!(
            w,
            "told" | "tells" | "telling" | "tell" | "informed" | "assured" | "reminded"
        ) && e < n
        {
            let o = self.low(e);
            let o = o.as_str();
            if speech::is_audience(o) || self.cap(e) && !self.pronoun(e) && !self.stop(e) {
                e += 1;
            } else if matches!(o, "the" | "a" | "an")
                && e + 1 < n
                && (self.cap(e + 1) || {
                    let x = self.low(e + 1);
                    speech::is_audience(x.as_str())
                        || matches!(
                            x.as_str(),
                            "crowd"
                                | "audience"
                                | "newspaper"
                                | "paper"
                                | "magazine"
                                | "committee"
                                | "court"
                                | "jury"
                                | "panel"
                                | "conference"
                                | "station"
                                | "network"
                                | "outlet"
                                | "broadcaster"
                                | "agency"
                                | "meeting"
                                | "gathering"
                        )
                })
            {
                e += 2;
            }
        } else if matches!(w, "pointed" | "summed" | "shot" | "chimed" | "pointing")
            && e < n
            && matches!(self.low(e).as_str(), "out" | "up" | "back" | "in")
        {
            e += 1;
        }
        // `in a statement`, `in a written statement`, `in an interview`, `in remarks`.
        if e < n && self.is(e, "in") {
            if e + 2 < n
                && matches!(
                    self.low(e + 1).as_str(),
                    "a" | "an" | "his" | "her" | "their" | "its" | "the"
                )
            {
                if speech::is_channel(self.low(e + 2).as_str()) {
                    e += 3;
                } else if e + 3 < n
                    && self.word(e + 2)
                    && speech::is_channel(self.low(e + 3).as_str())
                {
                    e += 4;
                }
            } else if e + 1 < n && speech::is_channel(self.low(e + 1).as_str()) {
                e += 2;
            }
        } else if e + 1 < n && self.is(e, "on") && speech::is_platform(self.low(e + 1).as_str()) {
            e += 2;
            if e < n && self.is(e - 1, "truth") && self.is(e, "social") {
                e += 1;
            }
        }
        e.min(n)
    }

    /// Where a speaker phrase that ends before `e` starts (`e` is the cue, adverbs and
    /// auxiliaries already skipped), and the phrase. Looks no further back than `s`.
    pub fn np_before(&self, s: usize, e: usize) -> Option<(usize, Mention)> {
        self.np_before_at(s, e, 4)
    }

    /// [`np_before`](Self::np_before), with an appositive of up to `tries - 1` commas of its
    /// own: the phrases inside one are read with none, so the search stays bounded.
    fn np_before_at(&self, s: usize, e: usize, tries: usize) -> Option<(usize, Mention)> {
        if e <= s {
            return None;
        }
        let last = e - 1;
        // `Sen. Marco Rubio (R-Fla.) said`: a party label or aside after the name.
        if self.punct(last, ')') {
            let open = (s..last).rev().take(8).find(|&k| self.punct(k, '('))?;
            let (a, m) = self.np_before_at(s, open, 1)?;
            return Some((
                a,
                Mention {
                    span: self.span(a, e),
                    ..m
                },
            ));
        }
        if self.pronoun(last) {
            // `what they say` is a clause, not a speaker.
            if last > s
                && self.word(last - 1)
                && matches!(
                    self.low(last - 1).as_str(),
                    "what" | "which" | "than" | "as" | "if"
                )
            {
                return None;
            }
            return Some((last, self.mention(last, e)));
        }
        // `Putin, who says …`
        if self.is(last, "who") && last >= s + 2 && self.punct(last - 1, ',') {
            let (a, m) = self.np_core(s, last - 1)?;
            // `the vice chair of the party, who said`: a role too.
            return if m.name.is_some()
                || m.kind == SpeakerKind::Organization
                || m.kind != SpeakerKind::Pronoun && self.role_headed(a, last - 1)
            {
                Some((a, m))
            } else {
                None
            };
        }
        // `Jane Doe, a spokeswoman for the ministry, said`; `Jim Bennett, 57, said`.
        if self.punct(last, ',') {
            return self.appositive_before(s, last, tries);
        }
        self.np_core(s, e)
    }

    /// The speaker phrase that ends with an appositive before the comma at `last` (`Jane
    /// Doe, a spokeswoman for the ministry,`). The appositive may hold up to `tries - 1`
    /// commas of its own (`Ana Ruiz, a doctor from Monsey, New York,`, `Jim Bennett, 57, a
    /// farmer,`): the nearest head that opens its clause and is no part of a place is taken,
    /// else the nearest comma's reading. At most 24 tokens back, so the search is
    /// bounded.
    fn appositive_before(&self, s: usize, last: usize, tries: usize) -> Option<(usize, Mention)> {
        let floor = s.max(last.saturating_sub(24));
        let mut j = last;
        let mut nearest = None;
        for n in 0..tries {
            // The comma before `j`, unless the sentence or a clause ends first.
            loop {
                if j <= floor {
                    return nearest;
                }
                j -= 1;
                let t = &self.toks[j];
                if t.ends_sentence() || t.kind == Kind::Punct && matches!(t.ch, ';' | ':') {
                    return nearest;
                }
                if t.is_punct(',') {
                    break;
                }
            }
            // `Others, however, say`, `The ministry, in a statement, said`: an aside, not an
            // appositive, and the speaker stands before it.
            if n == 0 && self.aside(j + 1, last) {
                return self.np_before_at(s, j, 1);
            }
            // Not after another comma, where the phrase may be the end of a place or clause
            // (`…, who lost her home in Aurora, Colorado, in July, said`).
            if n == 0 && self.place_aside(j + 1, last) {
                return self
                    .np_before_at(s, j, 1)
                    .filter(|&(a, _)| a == s || !self.punct(a - 1, ','));
            }
            let found = self.appositive_at(s, j, last);
            if n == 0 {
                nearest = found;
            }
            if found.is_some_and(|(a, _)| {
                self.opens(s, a)
                    && !self.place_part(s, a)
                    && !self.place_part(s, j + 1)
                    && !self.name_suffix(a, j)
            }) {
                return found;
            }
            // A farther head takes this stretch into its appositive, so it must read as one:
            // not a clause (`Holiday Inns, a unit of Holiday Corp, | is raising …,`).
            if !self.appositive_start(j + 1) {
                return nearest;
            }
        }
        nearest
    }

    /// Whether the phrase at `a` is the second part of a place inside an appositive (`a
    /// rabbi from Hollywood, | Fla.,`, `from Monsey, | New York,`): one or two capitalised
    /// words after a comma and capitalised words that a lower-case word comes before (not `In
    /// Kiel, | Ana Ruiz,`).
    fn place_part(&self, s: usize, a: usize) -> bool {
        a >= s + 3
            && self.punct(a - 1, ',')
            && self.cap(a - 2)
            && !self.facts(a).title()
            && (s..a - 2)
                .rev()
                .take(3)
                .find(|&k| !self.cap(k))
                .is_some_and(|k| self.word(k) && !self.opens(s, k + 1))
            && match self.toks[a..].iter().take(3).position(|t| t.is_punct(',')) {
                // `Texas`, `Fla.`, `N.Y.`, but not an acronym (`the Union of Miners, | NUM,`) or a
                // party (`D-Wis`).
                Some(1) => {
                    let w = self.toks[a].text(self.input);
                    !w.contains('-') && (w.ends_with('.') || w.chars().any(char::is_lowercase))
                }
                // `New York`, `South Carolina`, but not a name (`for Valero, | Steve Fry,`).
                Some(2) => matches!(
                    self.low(a).as_str(),
                    "new" | "north" | "south" | "west" | "east" | "rhode" | "puerto"
                ),
                _ => false,
            }
    }

    /// Whether `[a, e)` is a degree or suffix written after a name between commas (`Jane
    /// Doe, | M.D.,`, `John Doe, | Jr.,`), not a head of its own.
    fn name_suffix(&self, a: usize, e: usize) -> bool {
        e > a && e - a <= 4 && {
            let w = &self.input[self.toks[a].start as usize..self.toks[e - 1].end as usize];
            [
                "m.d.", "ph.d.", "jr.", "sr.", "jr", "sr", "ii", "iii", "esq.", "r.n.",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        }
    }

    /// Whether the words `[a, e)` between two commas are an aside between a speaker and the
    /// verb: a sentence adverb (`however`, `too`), or a channel (`in a statement`).
    fn aside(&self, a: usize, e: usize) -> bool {
        match e.saturating_sub(a) {
            1 => {
                self.word(a)
                    && matches!(
                        self.low(a).as_str(),
                        "however"
                            | "though"
                            | "too"
                            | "meanwhile"
                            | "moreover"
                            | "instead"
                            | "nevertheless"
                            | "nonetheless"
                            | "likewise"
                            | "similarly"
                    )
            }
            // Only `in …` and `on …` can be read so (`in a statement`, `on Twitter`).
            2..=4 => {
                self.word(a) && matches!(self.toks[a].ch, 'i' | 'o') && self.cue_end(a - 1, e) == e
            }
            _ => false,
        }
    }

    /// Whether the words `[a, e)` between two commas are a phrase of place or time between a
    /// speaker and the verb (`De Croo, in Washington for talks, said`, `The bank, after a
    /// review, said`).
    fn place_aside(&self, a: usize, e: usize) -> bool {
        (2..=8).contains(&e.saturating_sub(a))
            && self.word(a)
            && !self.toks[a].cap
            && matches!(self.low(a).as_str(), "in" | "at" | "during" | "after")
            && (a + 1..e).all(|k| {
                self.toks[k].kind == Kind::Word && !self.is(k, "who") && self.cue(k).is_none()
            })
    }

    /// Whether a speaker phrase that starts at `a` opens its clause: it starts the stretch
    /// read (`s`), or follows punctuation or a word that opens a clause (`and`, `when`).
    pub fn opens(&self, s: usize, a: usize) -> bool {
        if a <= s {
            return true;
        }
        let p = &self.toks[a - 1];
        p.kind == Kind::Punct && matches!(p.ch, ',' | ';' | ':' | '(' | '—' | '–')
            || p.kind == Kind::Word
                && matches!(
                    self.low(a - 1).as_str(),
                    "and"
                        | "but"
                        | "while"
                        | "as"
                        | "because"
                        | "so"
                        | "although"
                        | "though"
                        | "when"
                        | "after"
                        | "before"
                        | "since"
                        | "if"
                        | "that"
                        | "whereas"
                        | "yet"
                        | "then"
                        | "also"
                        | "however"
                        | "meanwhile"
                        | "now"
                        | "still"
                        | "even"
                        | "where"
                        | "once"
                        | "until"
                        | "unless"
                )
    }

    /// The speaker phrase `head, appositive,` whose appositive runs from the comma at `j` to
    /// the one at `last`.
    fn appositive_at(&self, s: usize, j: usize, last: usize) -> Option<(usize, Mention)> {
        // `which` opens an appositive only here, so that the search for a farther head does
        // not run back across a clause of it.
        if j + 1 >= last || !(self.appositive_start(j + 1) || self.is(j + 1, "which")) {
            return None;
        }
        let (a, head) = if j > 0 && self.punct(j - 1, ')') {
            self.np_before_at(s, j, 1)?
        } else {
            self.np_core(s, j)?
        };
        // `The exchange, which faces a review,`: only after a name or an institution, and
        // with a verb of its own next (not `the server, which he described,`).
        if self.toks[j + 1].ch == 'w'
            && self.is(j + 1, "which")
            && (head.name.is_none() && head.kind != SpeakerKind::Organization
                // `the Bass family of Fort Worth, | Texas, which holds …`
                || self.place_part(s, a)
                || !self.word(j + 2)
                || self.toks[j + 2].cap
                || self.pronoun(j + 2)
                || self.determiner(j + 2))
        {
            return None;
        }
        // `the White House spokesman, Josh Earnest,`: the name is the appositive; `Lead
        // manager for the deal, Bank of Kiel,`: the institution is.
        if self.cap(j + 1) && head.name.is_none() && head.kind != SpeakerKind::Pronoun {
            let inner = self.mention(j + 1, last);
            if inner.name.is_some() || inner.kind == SpeakerKind::Organization && last > j + 2 {
                return Some((
                    a,
                    Mention {
                        span: self.span(a, last),
                        role: Some(self.span(a, j)),
                        ..inner
                    },
                ));
            }
        }
        // `Ana Ruiz, counsel for Tom Berg, a member of …, said`: a role after a comma is
        // itself the appositive of a name before it.
        if head.name.is_none()
            && matches!(head.kind, SpeakerKind::Other | SpeakerKind::Anonymous)
            && a > s + 1
            && self.punct(a - 1, ',')
        {
            if let Some((a0, m0)) = self.np_before_at(s, j + 1, 1) {
                if m0.kind == SpeakerKind::Person {
                    return Some((
                        a0,
                        Mention {
                            span: self.span(a0, last),
                            ..m0
                        },
                    ));
                }
            }
        }
        let role_head = {
            let f = self.facts(j - 1);
            f.title() || f.anonymous_head() || self.role_headed(a, j)
        };
        if head.name.is_none()
            && head.kind != SpeakerKind::Pronoun
            && head.kind != SpeakerKind::Organization
            && head.kind != SpeakerKind::Anonymous
            && !role_head
        {
            return None;
        }
        let role = self.span(j + 1, last);
        Some((
            a,
            Mention {
                span: self.span(a, last),
                role: Some(role),
                ..head
            },
        ))
    }

    /// Whether an appositive can start at `i`: `a doctor`, `57`, `spokeswoman for …`,
    /// `the ministry's spokesman`, `who works at …`, `President of …`.
    fn appositive_start(&self, i: usize) -> bool {
        if !self.word(i) {
            return false;
        }
        let w = self.low(i);
        let w = w.as_str();
        let f = self.facts(i);
        self.toks[i].is_number()
            || f.determiner()
            || f.title()
            || matches!(
                w,
                "who" | "whose" | "former" | "then" | "now" | "also" | "herself" | "himself"
            )
            || !f.stop()
    }

    /// The head that the phrase opened by the preposition at `p` completes, no further back
    /// than `s`: a role or a source (`a spokesman | for Anacomp`, `an analyst | at the bank`),
    /// an institution or a name (`the Department | of Transportation`, `Sherrod Brown | of
    /// Ohio`). Such a head, not the last name written, is what a speaker phrase is about.
    #[inline]
    fn complement_head(&self, s: usize, p: usize) -> Option<usize> {
        // The first letter and the length turn away nearly every word, inline, before the
        // lookups out of line.
        let t = &self.toks[p];
        if p <= s
            || t.kind != Kind::Word
            || !matches!(t.ch, 'o' | 'f' | 'a' | 'w')
            || !(2..=4).contains(&(t.end - t.start))
        {
            return None;
        }
        self.complement_head_of(p)
    }

    /// [`complement_head`](Self::complement_head) of a word that may be its preposition by
    /// its first letter and length.
    #[inline(never)]
    fn complement_head_of(&self, p: usize) -> Option<usize> {
        if !self.word(p - 1) {
            return None;
        }
        let of_for = match self.low(p).as_str() {
            "of" | "for" => true,
            "at" | "with" => false,
            _ => return None,
        };
        let h = p - 1;
        let f = self.facts(h);
        let role = f.title() || f.anonymous_head();
        let head = role
            || of_for
                && (f.organization_head()
                    || self.toks[h].cap && !f.stop() && !f.determiner() && f.cue().is_none());
        head.then_some(h)
    }

    /// Whether the phrase `[a, e)` is headed by a role or a source: the head that a
    /// preposition's phrase completes (`the vice chair | of the party`), or else its last word.
    fn role_headed(&self, a: usize, e: usize) -> bool {
        if e <= a {
            return false;
        }
        let h = (a + 1..e)
            .find_map(|k| self.complement_head(a, k))
            .unwrap_or(e - 1);
        let f = self.facts(h);
        f.title() || f.anonymous_head()
    }

    /// A speaker phrase without appositive, ending before `e`.
    // Each word's facts are read once where it is looked at, not once per question: the
    // cache behind them is out of line.
    fn np_core(&self, s: usize, e: usize) -> Option<(usize, Mention)> {
        if e <= s || !self.word(e - 1) {
            return None;
        }
        let last = e - 1;
        let lf = self.facts(last);
        if lf.pronoun() {
            return Some((last, self.mention(last, e)));
        }
        if self.toks[last].cap || lf.title() {
            if self.toks[last].cap && lf.stop() && !lf.determiner() {
                return None;
            }
            let mut j = last;
            let mut lower_mods = 0;
            // The `of`/`for` phrases crossed, at most two (`a member of the House of
            // Representatives`).
            let mut complements = 0;
            while j > s {
                let p = j - 1;
                if !self.word(p) {
                    break;
                }
                let f = self.facts(p);
                if f.determiner() {
                    j = p;
                    // `a spokesman for the Health Care Financing Administration`
                    if complements < 2 {
                        if let Some(h) = j.checked_sub(1).and_then(|k| self.complement_head(s, k)) {
                            j = h;
                            complements += 1;
                            lower_mods = 0;
                            continue;
                        }
                    }
                    break;
                }
                if self.toks[p].cap {
                    if f.stop() {
                        break;
                    }
                    j = p;
                    continue;
                }
                // `a spokesman for Anacomp`, `the Department of Transportation`: the phrase
                // completes the head before it, which is the speaker.
                if complements < 2 {
                    if let Some(h) = self.complement_head(s, p) {
                        j = h;
                        complements += 1;
                        lower_mods = 0;
                        continue;
                    }
                }
                let and = self.is(p, "and");
                // `the chairman and chief executive of …`
                if and && p > s && self.facts(p - 1).title() && self.facts(j).title() {
                    j = p;
                    continue;
                }
                // `Food and Agriculture Organization`, `Procter & Gamble`
                if (and || self.punct(p, '&')) && p > s && self.cap(p - 1) && self.cap(j) {
                    j = p;
                    continue;
                }
                if f.name_particle() && p > s && self.cap(p - 1) && self.cap(j) {
                    j = p;
                    continue;
                }
                if f.title() || self.possessive(p) && !f.stop() {
                    j = p;
                    lower_mods = 0;
                    continue;
                }
                // `harbour master`, `press secretary`, `former senator`: modifiers of a role.
                if lower_mods < 2 && !f.stop() && f.cue().is_none() && self.facts(j).title() {
                    j = p;
                    lower_mods += 1;
                    continue;
                }
                break;
            }
            return Some((j, self.mention(j, e)));
        }
        let lw = self.low(last);
        let lw = lw.as_str();
        if lf.stop()
            || lf.cue().is_some()
            || self.toks[last].is_number() && !lw.contains(|c: char| c.is_ascii_alphabetic())
            || lf.time_word()
        {
            return None;
        }
        // A lower-case head: `the ministry`, `officials`, `a source familiar with the matter`.
        let mut j = last;
        let mut count = 1;
        while j > s && count < 10 {
            let p = j - 1;
            if !self.word(p) {
                break;
            }
            let f = self.facts(p);
            if f.determiner() {
                j = p;
                if j >= s + 2
                    && self.word(j - 1)
                    && speech::is_np_preposition(self.low(j - 1).as_str())
                    && self.word(j - 2)
                    && !self.stop(j - 2)
                    && self.cue(j - 2).is_none()
                {
                    j -= 2;
                    count += 2;
                    continue;
                }
                break;
            }
            if speech::is_np_preposition(self.low(p).as_str())
                && p > s
                && self.word(p - 1)
                && !self.stop(p - 1)
                && self.cue(p - 1).is_none()
            {
                j = p - 1;
                count += 2;
                continue;
            }
            if f.stop() || f.cue().is_some() {
                break;
            }
            j = p;
            count += 1;
        }
        // A bare word that could be anything (`ties said`) is not a speaker; a noun of the
        // newsroom's kinds is.
        let head_ok = lf.anonymous_head()
            || lf.organization_head()
            || lf.title()
            || j < last
            || lw.ends_with('s');
        if !head_ok {
            return None;
        }
        Some((j, self.mention(j, e)))
    }

    /// A speaker phrase that starts at `i` (after an inverted cue: `said Jane Doe, spokeswoman
    /// for …`, `said the woman`), ending before `limit`.
    pub fn np_after(&self, i: usize, limit: usize) -> Option<(usize, Mention)> {
        let n = limit.min(self.len());
        if i >= n || !self.word(i) {
            return None;
        }
        if self.pronoun(i) {
            return Some((i + 1, self.mention(i, i + 1)));
        }
        let mut j = i;
        if self.determiner(j) {
            j += 1;
        }
        let head_start = j;
        while j < n && j < head_start + 9 && self.word(j) {
            if self.toks[j].cap {
                if self.facts(j).stop() && j > head_start {
                    break;
                }
                j += 1;
                continue;
            }
            if matches!(self.low(j).as_str(), "of" | "for" | "at" | "from")
                && j > head_start
                && j + 1 < n
                && self.word(j + 1)
            {
                let prev_title = self.facts(j - 1).title() || !self.toks[j - 1].cap;
                if self.cap(j + 1)
                    || prev_title && !self.stop(j + 1)
                    || prev_title && self.determiner(j + 1)
                {
                    j += 1;
                    if self.determiner(j) {
                        j += 1;
                    }
                    continue;
                }
                break;
            }
            let f = self.facts(j);
            if f.name_particle() && j > head_start && self.cap(j + 1) {
                j += 1;
                continue;
            }
            if f.stop() || f.cue().is_some() || f.time_word() {
                break;
            }
            j += 1;
        }
        if j == head_start {
            return None;
        }
        let head_end = j;
        if !(head_start..head_end).any(|k| self.cap(k)) {
            let hf = self.facts(head_end - 1);
            if !(hf.anonymous_head() || hf.organization_head() || hf.title() || head_start > i) {
                return None;
            }
        }
        // An appositive after a comma: `, spokeswoman for the ministry`, `, 59, of Philadelphia`.
        if j + 1 < n && self.punct(j, ',') && self.appositive_start(j + 1) && !self.is(j + 1, "who")
        {
            let mut k = j + 1;
            while k < n && k < j + 16 {
                let t = &self.toks[k];
                if t.kind == Kind::Punct
                    && matches!(t.ch, '.' | ',' | ';' | ':' | '!' | '?' | '(' | ')')
                    || self.is(k, "who")
                    || self.is(k, "which")
                {
                    break;
                }
                k += 1;
            }
            if k > j + 1 {
                let role = self.span(j + 1, k);
                let head = self.mention(i, head_end);
                if head.name.is_none() && self.cap(j + 1) {
                    // `said the group's president, Tom Reddick`
                    let inner = self.mention(j + 1, k);
                    if inner.name.is_some() {
                        return Some((
                            k,
                            Mention {
                                span: self.span(i, k),
                                role: Some(self.span(i, head_end)),
                                ..inner
                            },
                        ));
                    }
                }
                return Some((
                    k,
                    Mention {
                        span: self.span(i, k),
                        role: Some(role),
                        ..head
                    },
                ));
            }
        }
        Some((head_end, self.mention(i, head_end)))
    }

    /// The subject at the start of a sentence (`The New York Times confirmed …, reporting:`),
    /// for a participle cue without a speaker of its own.
    pub fn subject(&self, s: usize, limit: usize) -> Option<Mention> {
        let n = limit.min(self.len());
        let mut s = s;
        // `In response to the plan, the ministry …`: the subject follows the opening phrases.
        for _ in 0..4 {
            while s < n && !self.word(s) {
                s += 1;
            }
            if s >= n {
                return None;
            }
            let comma = (s..n.min(s + 7)).find(|&k| self.punct(k, ','));
            let dated = comma.is_some_and(|c| {
                (s..c).any(|k| {
                    self.toks[k].is_number() || self.facts(k).time_word() || self.is(k, "ago")
                })
            });
            if !self.facts(s).opening_word() && !self.is(s, "back") && !dated {
                break;
            }
            let comma = (s..n.min(s + 25)).find(|&k| self.punct(k, ','))?;
            s = comma + 1;
        }
        if s >= n {
            return None;
        }
        if self.pronoun(s) {
            return Some(self.mention(s, s + 1));
        }
        let mut j = s;
        if self.determiner(j) {
            j += 1;
        }
        let start = j;
        while j < n && j < start + 8 && self.word(j) {
            let w = self.low(j);
            let w = w.as_str();
            if self.toks[j].cap {
                if self.facts(j).stop() && j > start {
                    break;
                }
                j += 1;
                continue;
            }
            if w == "of" && j > start && j + 1 < n && self.word(j + 1) && !self.stop(j + 1) {
                j += 1;
                continue;
            }
            let f = self.facts(j);
            if f.stop()
                || f.cue().is_some()
                || speech::between_word(f, w)
                || speech::is_common_verb(w)
                || j > start && w.ends_with("ed")
            {
                break;
            }
            j += 1;
        }
        if j == start {
            return None;
        }
        Some(self.mention(s, j))
    }

    /// Reads the name, role and kind of the speaker phrase `[a, e)`.
    pub fn mention(&self, a: usize, e: usize) -> Mention {
        let span = self.span(a, e);
        let head_end = e;
        if head_end == a + 1 && self.pronoun(a) {
            return Mention {
                span,
                name: None,
                role: None,
                kind: SpeakerKind::Pronoun,
            };
        }
        // The name: the last run of capitalised words that are not titles, before any
        // `of Ohio` (`Sen. Sherrod Brown of Ohio`).
        let mut head_end = head_end;
        if head_end > a + 2 && self.punct(head_end - 1, ')') {
            if let Some(open) = (a + 1..head_end - 1)
                .rev()
                .take(8)
                .find(|&k| self.punct(k, '('))
            {
                head_end = open;
            }
        }
        // `a spokesman for Anacomp`, `the Department of Transportation`: the words after the
        // preposition name whom a role or an institution speaks for, not a person, unless a
        // title and a name follow them (`the Bank of England Governor Mark Carney`).
        let mut name_last = false;
        // `Secretary of State Mike Pompeo`: a capitalised title, its department in one word,
        // and a name.
        let mut department_name = None;
        if let Some(h) = (a + 1..head_end).find_map(|k| self.complement_head(a, k)) {
            let f = self.facts(h);
            // `a Bank of Kiel spokesman`: the role after the phrase is the head.
            let lf = self.facts(head_end - 1);
            if head_end > h + 3 && !self.cap(head_end - 1) && (lf.title() || lf.anonymous_head()) {
                return Mention {
                    span,
                    name: None,
                    role: None,
                    kind: self.unnamed_kind(a, head_end),
                };
            }
            let role = f.title() || f.anonymous_head();
            // `the Bureau of Labor Statistics`: capitalised words after `the`.
            let institution = !role
                && (f.organization_head()
                    || a < h
                        && self.determiner(a)
                        && (a + 1..=h).all(|k| self.cap(k) && !self.facts(k).title()));
            // The capitalised words at the end, and the titles before them.
            let mut ns = head_end;
            while ns > h + 2
                && self.cap(ns - 1)
                && !self.facts(ns - 1).title()
                && !self.possessive(ns - 1)
            {
                ns -= 1;
            }
            let mut t = ns;
            while t > h + 2 && self.word(t - 1) && self.facts(t - 1).title() {
                t -= 1;
            }
            // They are a name when words of the phrase come before them and end it (`secretary
            // of state Lena Vogt`, `the police chief of Kiel Gen. Ana Ruiz`), for an
            // institution those of its name (`the Bank of England Governor Mark Carney`), and
            // for another head a title (`Centers for Tide Control Director Ana Ruiz`, but
            // `Ana Ruiz of the law firm Berg Holm`). Not when they are what the preposition
            // takes (`a spokesman for Anacomp`, `the government of Prime Minister Ana Ruiz`,
            // `the administration of U.S. President Ana Ruiz`), or an institution.
            name_last = ns < head_end
                && t > h + 2
                && !self.facts(head_end - 1).organization_head()
                && (self.word(t - 1) && !self.stop(t - 1) && !self.determiner(t - 1)
                    || self.punct(t - 1, ')'))
                && (role || self.cap(h) && (institution || t < ns));
            if (role || institution) && !name_last {
                if ns == h + 2
                    && head_end - ns >= 3
                    && f.title()
                    && self.cap(h)
                    && self.is(h + 1, "of")
                {
                    department_name = Some(ns + 1);
                } else {
                    let kind = if institution {
                        SpeakerKind::Organization
                    } else {
                        self.unnamed_kind(a, h + 1)
                    };
                    return Mention {
                        span,
                        name: None,
                        role: None,
                        kind,
                    };
                }
            }
        }
        let mut ne = if name_last || department_name.is_some() {
            head_end
        } else {
            (a + 1..head_end)
                .find(|&k| {
                    self.cap(k - 1)
                        && (2..=4).contains(&(self.toks[k].end - self.toks[k].start))
                        && matches!(self.low(k).as_str(), "of" | "from" | "at" | "for" | "in")
                })
                .unwrap_or(head_end)
        };
        while ne > a && !self.word(ne - 1) {
            ne -= 1;
        }
        let mut ns = ne;
        while ns > department_name.unwrap_or(a) {
            let p = ns - 1;
            if !self.word(p) {
                break;
            }
            // Read once: the cache behind the facts is out of line.
            let f = self.facts(p);
            if self.toks[p].cap && !f.title() && !self.possessive(p) && (!f.stop() || ns != ne) {
                ns = p;
                continue;
            }
            if f.name_particle() && p > a && self.cap(p - 1) && ns < ne {
                ns = p;
                continue;
            }
            break;
        }
        // A name stops at the last word of the head; `the ministry` has none.
        let last_facts = self.facts(head_end.saturating_sub(1).max(a));
        // Most names are turned away by a lower-case ASCII letter second (no byte of a longer
        // character is ASCII), without reading the word's characters.
        let all_caps = ns < ne && {
            let t = &self.toks[ne - 1];
            let second = self.input.as_bytes().get(t.start as usize + 1);
            t.end - t.start >= 2
                && !second.is_some_and(u8::is_ascii_lowercase)
                && t.text(self.input)
                    .chars()
                    .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
        };
        // A full name cut before `of Ohio` is judged by its own last word (`Paul Doe of the
        // Farm Association` is a person).
        let name_facts = if ne - ns >= 2 {
            self.facts(ne - 1)
        } else {
            last_facts
        };
        let org = name_facts.organization_head()
            || (ns < ne
                && super::lexicon::agency(span_text(self.input, self.span(ns, ne))).is_some())
            || all_caps;
        if ns < ne && !org {
            let name = self.span(ns, ne);
            let role_end = ns;
            let mut rs = a;
            while rs < role_end && self.word(rs) && self.facts(rs).honorific() {
                rs += 1;
            }
            let honorific = rs > a;
            let role = if rs < role_end {
                Some(self.span(rs, role_end))
            } else {
                None
            };
            let kind = if role.is_some() || honorific || ne - ns >= 2 {
                SpeakerKind::Person
            } else {
                SpeakerKind::Other
            };
            return Mention {
                span,
                name: Some(name),
                role,
                kind,
            };
        }
        let kind = if org || last_facts.organization_head() {
            SpeakerKind::Organization
        } else {
            self.unnamed_kind(a, head_end)
        };
        Mention {
            span,
            name: None,
            role: None,
            kind,
        }
    }

    /// The kind of a phrase `[a, e)` that names neither a person nor an institution: an
    /// unnamed source (`a spokesman`, `officials`) or some other noun phrase (`the chairman`).
    fn unnamed_kind(&self, a: usize, e: usize) -> SpeakerKind {
        let last = self.facts(e.saturating_sub(1).max(a));
        if last.anonymous_head()
            || (last.title()
                && matches!(
                    self.low(a).as_str(),
                    "a" | "an" | "one" | "two" | "three" | "several" | "some"
                ))
            || (a..e).any(|k| self.facts(k).anonymous_head() && !self.toks[k].cap)
        {
            SpeakerKind::Anonymous
        } else {
            SpeakerKind::Other
        }
    }

    /// Skips adverbs and auxiliaries written before a cue at `c` (`he later said`, `Smith
    /// has said`), returning where the speaker phrase ends.
    pub fn before_cue(&self, s: usize, c: usize) -> usize {
        let mut e = c;
        while e > s
            && (self.between(e - 1)
                // `The company has long said`.
                || e > s + 1
                    && self.toks[e - 1].ch == 'l'
                    && self.is(e - 1, "long")
                    && matches!(self.low(e - 2).as_str(), "has" | "have" | "had")
                // The first letter and the length of a day word turn most others away before
                // their key is read.
                || self.word(e - 1)
                    && matches!(
                        (
                            self.toks[e - 1].ch.to_ascii_lowercase(),
                            self.toks[e - 1].end - self.toks[e - 1].start
                        ),
                        ('m' | 'f' | 's', 6) | ('t', 5 | 7 | 8) | ('s', 8) | ('w' | 'y', 9)
                    )
                    && matches!(
                        self.low(e - 1).as_str(),
                        "monday"
                            | "tuesday"
                            | "wednesday"
                            | "thursday"
                            | "friday"
                            | "saturday"
                            | "sunday"
                            | "today"
                            | "yesterday"
                            | "tonight"
                    ))
        {
            e -= 1;
        }
        e
    }

    /// The speaker of the cue at `c`, looking no further back than `s`: the phrase before it,
    /// or for a second verb (`he laughed and said`, `…, and added:`) the subject of the first.
    fn speaker_of(&self, s: usize, c: usize) -> Option<(usize, Mention)> {
        self.speaker_before(s, self.before_cue(s, c))
    }

    /// [`speaker_of`](Self::speaker_of) a cue whose speaker phrase ends before `e`, the
    /// [`before_cue`](Self::before_cue) of the cue: for the callers that need that too.
    fn speaker_before(&self, s: usize, e: usize) -> Option<(usize, Mention)> {
        if e > s + 1 && (self.is(e - 1, "and") || self.is(e - 1, "but")) {
            let mut j = e - 2;
            // `she laughed and said`: the phrase before the first verb.
            if self.word(j) && !self.toks[j].cap && {
                let w = self.low(j);
                w.as_str().ends_with("ed")
                    || speech::is_common_verb(w.as_str())
                    || self.facts(j).cue().is_some()
            } {
                if let Some(found) = self.np_before(s, self.before_cue(s, j)) {
                    if found.1.kind == SpeakerKind::Pronoun || found.1.name.is_some() {
                        return Some(found);
                    }
                }
            }
            if self.punct(j, ',') {
                // `The president noted …, and added:` joins the sentence's main clause.
                return self.subject(s, j).map(|m| (s, m));
            }
            while j > s {
                let t = &self.toks[j];
                let boundary = t.kind == Kind::Punct && matches!(t.ch, ',' | ';' | '(' | ':')
                    || t.kind == Kind::Word && speech::is_clause_word(self.low(j).as_str());
                if boundary {
                    break;
                }
                j -= 1;
            }
            let boundary_at_j =
                self.toks[j].kind == Kind::Punct || speech::is_clause_word(self.low(j).as_str());
            let start = if boundary_at_j { j + 1 } else { j };
            return self.subject(start, e - 1).map(|m| (start, m));
        }
        if let Some(found) = self.np_before(s, e) {
            return Some(found);
        }
        // `a White House official who spoke on condition of anonymity said`
        let floor = s.max(e.saturating_sub(14));
        let who = (floor..e).rev().find(|&k| self.is(k, "who"))?;
        if (who + 1..e).any(|k| {
            self.toks[k].kind == Kind::Punct && !matches!(self.toks[k].ch, '-' | '\'' | '’')
        }) {
            return None;
        }
        self.np_core(s, who)
    }

    /// Verbs whose object stands between them and the quote (`called the plan "…`, `asked the
    /// crowd "…`, `told German magazine Der Spiegel "…`).
    fn object_verb(&self, c: usize) -> bool {
        matches!(
            self.low(c).as_str(),
            "called"
                | "calls"
                | "calling"
                | "told"
                | "tells"
                | "telling"
                | "asked"
                | "asks"
                | "asking"
                | "labeled"
                | "labelled"
                | "dubbed"
                | "branded"
                | "urged"
                | "reminded"
                | "warned"
                | "assured"
                | "informed"
                | "named"
                | "greeted"
                | "wished"
                | "thanked"
                | "promised"
        )
    }

    /// A short object noun phrase in `[a, e)`: `Braynard`, `the Cleveland crowd`, `their son`.
    fn short_object(&self, a: usize, e: usize) -> bool {
        e > a
            && e - a <= 4
            && (a..e)
                .all(|k| self.word(k) && (!self.stop(k) || self.determiner(k) || self.is(k, "of")))
    }

    /// The speaker of reported speech at the cue `c`: a phrase that opens its clause (`Lavrov
    /// said`, `When …, Putin said`, `Putin, who says`), not the object of another verb (`condemned
    /// what they say`). `Err` tells where a phrase that does not open its clause starts, if
    /// one was found. `e` is the cue's [`before_cue`](Self::before_cue), which the caller
    /// reads once for this and [`who_before`](Self::who_before).
    pub fn reported_speaker(
        &self,
        s: usize,
        c: usize,
        e: usize,
    ) -> Result<(usize, Mention), Option<usize>> {
        let found = self.speaker_before(s, e);
        if let Some((a, m)) = found {
            if a == s || self.who_before(s, e) || self.opens(s, a) {
                return Ok((a, m));
            }
        }
        // The phrase before the verb does not open its clause, or there is none: it may end a
        // longer speaker (`Officials who spoke with the paper said`, `Six in 10 say`).
        self.group_speaker(s, e, found, false)
            .filter(|_| !self.gap_after(c))
            .ok_or(found.map(|(a, _)| a))
    }

    /// Whether a finite verb follows the cue at `c` (`the men the paper said were armed`):
    /// the phrase before the cue is then the subject of a clause inside another, not a
    /// speaker with a modifier.
    fn gap_after(&self, c: usize) -> bool {
        self.word(c + 1)
            && matches!(
                self.low(c + 1).as_str(),
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "would"
                    | "will"
                    | "had"
                    | "has"
                    | "have"
                    | "could"
                    | "should"
                    | "might"
                    | "may"
                    | "can"
                    | "did"
                    | "does"
            )
    }

    /// The speaker of a `say` that [`cue`](Self::cue) turned away for the noun before it
    /// (`People briefed on the talks say`, `Six in 10 say`): only a speaker that a plural
    /// verb fits, ending with a modifier of its head or a share of a poll, or a plural that
    /// takes no `s` (`people`, `police`). `Err` and `e` as in
    /// [`reported_speaker`](Self::reported_speaker).
    pub fn plural_speaker(
        &self,
        s: usize,
        c: usize,
        e: usize,
    ) -> Result<(usize, Mention), Option<usize>> {
        if c <= s || !self.word(c - 1) || self.noun_before_say(c - 1) {
            return Err(None);
        }
        if e == c && self.irregular_plural(c - 1) {
            return self.reported_speaker(s, c, e);
        }
        let found = self.speaker_before(s, e);
        if let Some((a, m)) = found {
            if self.opens(s, a) && self.participle_after_plural(a, e) {
                return Ok((a, m));
            }
        }
        self.group_speaker(s, e, found, true)
            .filter(|_| !self.gap_after(c))
            .ok_or(found.map(|(a, _)| a))
    }

    /// A word before `say` that makes it a noun (`have a say`, `the final say`, `their say`).
    fn noun_before_say(&self, p: usize) -> bool {
        let f = self.facts(p);
        f.determiner()
            || self.possessive(p)
            || f.stop()
                && !self.irregular_plural(p)
                && !matches!(self.low(p).as_str(), "him" | "her" | "them" | "us" | "me")
    }

    /// Whether the phrase `[a, e)` holds a participle with its phrase after a plural head
    /// (`People | briefed on the talks`).
    fn participle_after_plural(&self, a: usize, e: usize) -> bool {
        (a + 1..e.saturating_sub(2)).any(|k| self.participle(k) && self.plural(k - 1))
    }

    /// A lower-case participle followed by the preposition of its phrase (`polled by`,
    /// `living near`, `briefed on`).
    fn participle(&self, k: usize) -> bool {
        let t = &self.toks[k];
        t.kind == Kind::Word
            && !t.cap
            && t.end - t.start >= 5
            && self.word(k + 1)
            && {
                let w = self.low(k);
                let w = w.as_str();
                w.ends_with("ed") || w.ends_with("ing")
            }
            && matches!(
                self.low(k + 1).as_str(),
                "by" | "on"
                    | "in"
                    | "with"
                    | "near"
                    | "to"
                    | "from"
                    | "at"
                    | "about"
                    | "across"
                    | "around"
                    | "inside"
                    | "outside"
                    | "for"
                    | "under"
            )
            && !self.facts(k).stop()
            && self.facts(k).cue().is_none()
    }

    /// A plural noun without an `s` (`people`, `police`).
    fn irregular_plural(&self, i: usize) -> bool {
        let t = &self.toks[i];
        matches!(t.ch, 'p' | 'P' | 'm' | 'w' | 'c' | 'M' | 'W' | 'C')
            && matches!(
                self.low(i).as_str(),
                "people" | "police" | "men" | "women" | "children"
            )
    }

    /// A noun that takes a plural verb: `analysts`, `people`, not `'s` or `-ss`.
    fn plural(&self, i: usize) -> bool {
        let t = self.toks[i].text(self.input);
        self.word(i)
            && (t.len() > 3
                && t.ends_with('s')
                && !t.ends_with("ss")
                && !t.ends_with("'s")
                && !t.ends_with("’s")
                || self.irregular_plural(i))
    }

    /// A speaker before `e` that the phrase just before it (`found`) ends without opening
    /// the clause: a head with a relative clause (`Officials who spoke with the paper`) or a
    /// participle and its phrase (`Analysts polled by the agency`), a quantity of a group
    /// (`Most of the Senate Republicans`), or a share of a poll (`Six in 10`, `42%`). With
    /// `plural`, the head must take a plural verb.
    fn group_speaker(
        &self,
        s: usize,
        e: usize,
        found: Option<(usize, Mention)>,
        plural: bool,
    ) -> Option<(usize, Mention)> {
        if e <= s {
            return None;
        }
        if let Some((a, m)) = found {
            if let Some(h) = self.modified_head(s, a, e, plural) {
                return Some(h);
            }
            // `about | half of the voters`, `More than | 40 percent of respondents`.
            if self.share_head(a) {
                let j = self.degree_start(s, a);
                if j < a && self.opens(s, j) {
                    return Some((
                        j,
                        Mention {
                            span: self.span(j, e),
                            ..m
                        },
                    ));
                }
            }
            if !plural || self.plural(e - 1) {
                if let Some(j) = self.quantity_start(s, a) {
                    return Some((
                        j,
                        Mention {
                            span: self.span(j, e),
                            ..m
                        },
                    ));
                }
            }
        } else if let Some(h) = self.relative_head(s, e, None, plural) {
            return Some(h);
        }
        let j = self.share_start(s, e)?;
        self.opens(s, j).then(|| (j, self.mention(j, e)))
    }

    /// The head before a modifier that the phrase at `a` (ending before `e`) closes: the
    /// object of a participle's preposition (`Analysts polled | by | the agency`), or the end
    /// of a relative clause (`Executives who have worked with | him`).
    fn modified_head(
        &self,
        s: usize,
        a: usize,
        e: usize,
        plural: bool,
    ) -> Option<(usize, Mention)> {
        // `polled by the agency`, `living near the plant`, `briefed on the talks`.
        // `House Republicans supporting | the bill have said`: a present participle with
        // its object.
        if a >= s + 2
            && self.determiner(a)
            && self.word(a - 1)
            && !self.toks[a - 1].cap
            && self.low(a - 1).as_str().ends_with("ing")
            && self.toks[a - 1].end - self.toks[a - 1].start >= 6
            && self.facts(a - 1).cue().is_none()
            && self.plural(a - 2)
        {
            if let Some((h, m)) = self.np_core(s, a - 1) {
                if self.opens(s, h) {
                    return Some((
                        h,
                        Mention {
                            span: self.span(h, e),
                            ..m
                        },
                    ));
                }
            }
        }
        if a >= s + 3 && self.participle(a - 2) {
            if let Some((h, m)) = self.np_core(s, a - 2) {
                let last = self.facts(a - 3);
                let ok = self.plural(a - 3)
                    || !plural
                        && (last.anonymous_head() || last.title() || last.organization_head());
                if ok && self.opens(s, h) {
                    return Some((
                        h,
                        Mention {
                            span: self.span(h, e),
                            ..m
                        },
                    ));
                }
            }
        }
        self.relative_head(s, e, Some(a), plural)
    }

    /// `Executives who have worked with him`: the head before `who`, at most 14 tokens back
    /// and with no punctuation between, which opens its clause.
    fn relative_head(
        &self,
        s: usize,
        e: usize,
        found_at: Option<usize>,
        plural: bool,
    ) -> Option<(usize, Mention)> {
        let floor = s.max(e.saturating_sub(14));
        let who = (floor..e.saturating_sub(1))
            .rev()
            .find(|&k| self.toks[k].ch == 'w' && self.is(k, "who"))?;
        if (who + 1..e).any(|k| {
            self.toks[k].kind == Kind::Punct && !matches!(self.toks[k].ch, '-' | '\'' | '’')
        }) || who == 0
            || plural && !self.plural(who - 1)
            // `a man who authorities say …`: the phrase after `who` is the subject of the
            // verb, which belongs to the relative clause (not `who spoke with the paper`, read
            // as one phrase).
            || found_at == Some(who + 1)
                && !(who + 2..e).any(|k| speech::is_np_preposition(self.low(k).as_str()))
        {
            return None;
        }
        let (h, m) = self.np_core(s, who)?;
        // `the 4,000 chickens who …`: a comma inside a number opens no clause.
        if h >= 2
            && self.punct(h - 1, ',')
            && self.toks[h - 1].start == self.toks[h - 2].end
            && self.toks[h].start == self.toks[h - 1].end
        {
            return None;
        }
        // `Critics condemned supporters who …`: the head is an object when a verb comes
        // before it in the phrase read.
        let verb = (h + 1..who).any(|k| !self.toks[k].cap && self.low(k).as_str().ends_with("ed"));
        (!verb && self.opens(s, h)).then_some((h, m))
    }

    /// Where a quantity of a group starts before the phrase at `a` (`Most of | the Senate
    /// Republicans`, `the vulnerable | Senate Republicans`), if it opens its clause.
    fn quantity_start(&self, s: usize, a: usize) -> Option<usize> {
        let mut j = a;
        // An adjective before a capitalised head: `the vulnerable | Senate Republicans`.
        if self.toks[a].cap
            && j >= s + 2
            && self.word(j - 1)
            && !self.toks[j - 1].cap
            && !self.facts(j - 1).stop()
            && self.facts(j - 1).cue().is_none()
            && self.is(j - 2, "the")
        {
            j -= 2;
        }
        if j >= s + 2 && self.toks[j - 1].ch == 'o' && self.is(j - 1, "of") && {
            let q = self.low(j - 2);
            matches!(
                q.as_str(),
                "most" | "many" | "some" | "all" | "several" | "both" | "few" | "half" | "none"
            )
        } {
            j -= 2;
        }
        (j < a && self.opens(s, j)).then_some(j)
    }

    /// Whether token `i` is a number, in digits or a word up to `ten`.
    fn number(&self, i: usize) -> bool {
        self.word(i)
            && (self.toks[i].is_number()
                || matches!(
                    self.low(i).as_str(),
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                ))
    }

    /// Where a share of a poll's respondents starts that ends before `e`: `42%`, `42
    /// percent`, `Six in 10`, `nine out of 10`, `a third`, `More than half`.
    fn share_start(&self, s: usize, e: usize) -> Option<usize> {
        let l = e - 1;
        let number = |i: usize| self.number(i);
        let t = &self.toks[l];
        // (`then_some` would compute `l - 1` before the test.)
        let j = if t.is_punct('%') {
            if l > s && self.toks[l - 1].is_number() {
                l - 1
            } else {
                return None;
            }
        } else if t.kind != Kind::Word {
            return None;
        } else {
            match self.low(l).as_str() {
                "percent" | "pct" if l > s && number(l - 1) => l - 1,
                "cent" if l > s + 1 && self.is(l - 1, "per") && number(l - 2) => l - 2,
                _ if l >= s + 2 && number(l) && number(l - 2) && self.is(l - 1, "in") => l - 2,
                _ if l >= s + 3
                    && number(l)
                    && number(l - 3)
                    && self.is(l - 2, "out")
                    && self.is(l - 1, "of") =>
                {
                    l - 3
                }
                "half" => l,
                "third" | "thirds" | "quarter" | "quarters" | "fifth" | "fifths" | "majority"
                    if l > s
                        && matches!(
                            self.low(l - 1).as_str(),
                            "a" | "the" | "one" | "two" | "three" | "four"
                        ) =>
                {
                    l - 1
                }
                _ => return None,
            }
        };
        Some(self.degree_start(s, j))
    }

    /// Where words of degree before a quantity at `j` start (`More than | half`, `nearly |
    /// 40 percent`): at most two, else `j`.
    fn degree_start(&self, s: usize, mut j: usize) -> usize {
        if j > s + 1
            && matches!(self.low(j - 1).as_str(), "than" | "least")
            && matches!(
                self.low(j - 2).as_str(),
                "more" | "less" | "fewer" | "at" | "nearly" | "slightly" | "just"
            )
        {
            j -= 2;
        } else if j > s
            && matches!(
                self.low(j - 1).as_str(),
                "nearly"
                    | "almost"
                    | "about"
                    | "roughly"
                    | "some"
                    | "just"
                    | "only"
                    | "over"
                    | "around"
                    | "fully"
                    | "barely"
                    | "exactly"
            )
        {
            j -= 1;
        }
        j
    }

    /// Whether the phrase at `a` opens with a share of a group (`half of …`, `40 percent of
    /// …`, `a third of …`, `six in 10 …`).
    fn share_head(&self, a: usize) -> bool {
        self.word(a)
            && (self.toks[a].is_number()
                || (self.number(a) || matches!(self.low(a).as_str(), "half" | "a"))
                    && (self.is(a, "half")
                        || self.word(a + 1)
                            && matches!(
                                self.low(a + 1).as_str(),
                                "third"
                                    | "thirds"
                                    | "quarter"
                                    | "quarters"
                                    | "majority"
                                    | "in"
                                    | "out"
                                    | "percent"
                                    | "fifth"
                                    | "fifths"
                            )))
    }

    /// Whether a cue follows a relative `who` (`Putin, who says …`): whether `who` ends the
    /// phrase before `e`, the cue's [`before_cue`](Self::before_cue), after `s`.
    pub fn who_before(&self, s: usize, e: usize) -> bool {
        e > s && self.is(e - 1, "who")
    }

    /// How many tokens of a time phrase start at `k` (`Tuesday`, `on Tuesday`, `last week`,
    /// `earlier this month`), written between a cue and the speech.
    pub fn adjunct(&self, k: usize) -> usize {
        let day = |w: &str| {
            matches!(
                w,
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "today"
                    | "yesterday"
                    | "tonight"
                    | "recently"
                    | "previously"
                    | "earlier"
                    | "later"
                    | "again"
                    | "also"
                    | "repeatedly"
                    | "publicly"
                    | "privately"
                    | "separately"
                    | "once"
            )
        };
        let period = |w: &str| {
            matches!(
                w,
                "week"
                    | "month"
                    | "year"
                    | "weekend"
                    | "night"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "spring"
                    | "summer"
                    | "fall"
                    | "autumn"
                    | "winter"
            )
        };
        if !self.word(k) {
            return 0;
        }
        // The word's key read once for both lists below.
        let w = self.low(k).as_str();
        if day(w) {
            // `Sunday night`, `Monday morning`.
            return if self.word(k + 1)
                && matches!(
                    self.low(k + 1).as_str(),
                    "night" | "morning" | "afternoon" | "evening"
                ) {
                2
            } else {
                1
            };
        }
        match w {
            "on" | "late" | "early" if self.word(k + 1) && day(self.low(k + 1).as_str()) => 2,
            "last" | "this" | "next" if self.word(k + 1) && period(self.low(k + 1).as_str()) => 2,
            "earlier" | "later" if self.is(k + 1, "this") && period(self.low(k + 2).as_str()) => 3,
            _ => 0,
        }
    }

    /// The speech verb at `c`, also `put it` (`as the paper put it`).
    fn cue_or_put(&self, c: usize) -> Option<Form> {
        self.cue(c)
            .or_else(|| (self.is(c, "put") && self.is(c + 1, "it")).then_some(Form::Finite))
    }

    /// The frame right after a closing quotation mark (`," Choe said.`, `," said Jane Doe`,
    /// ` — Jane Doe`). The tokens start at the mark.
    pub fn trailing(&self, tight: bool) -> Option<Frame> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        // `"…" — Jane Doe`: the quote signed with a dash.
        if self.toks[0].is_dash() {
            let mut j = 0;
            while j < n && self.toks[j].is_dash() {
                j += 1;
            }
            let (end, m) = self.np_after(j, n)?;
            if m.name.is_none()
                || !(end == n
                    || self.toks[end].kind == Kind::Punct
                        && matches!(self.toks[end].ch, '.' | ',' | '(' | ';'))
            {
                return None;
            }
            let (end_punct, chained, clean) = self.tail(end);
            return Some(Frame {
                speaker: Some(m),
                cue: self.span(0, j),
                end: end_punct,
                chained,
                clean,
                capital: true,
                adjacent: true,
                clause_after: false,
                open_start: false,
                inserted: false,
            });
        }
        let mut i = 0;
        if self.punct(0, ',') {
            i = 1;
        } else if self.toks[0].kind == Kind::Punct && !matches!(self.toks[0].ch, '(') {
            return None;
        }
        if i >= n || !self.word(i) {
            return None;
        }
        let capital = self.toks[i].cap;
        // Inverted: `," said Jane Doe, spokeswoman for …`.
        if let Some(form) = self.cue(i) {
            if form != Form::Participle {
                let ce = self.cue_end(i, n);
                let after = if ce > i + 1 && self.np_after(i + 1, n).is_none() {
                    ce
                } else {
                    i + 1
                };
                if let Some((end, m)) = self.np_after(after, n) {
                    let cue = self.span(i, if after > i + 1 { ce } else { i + 1 });
                    let (end_punct, chained, clean) = self.tail(end);
                    return Some(Frame {
                        speaker: Some(m),
                        cue,
                        end: end_punct,
                        chained,
                        clean,
                        capital,
                        adjacent: true,
                        clause_after: false,
                        open_start: false,
                        inserted: false,
                    });
                }
            }
        }
        // `," Kremlin spokesman Dmitry Peskov told reporters.`
        let limit = n.min(i + 30);
        let mut c = None;
        for k in i..limit {
            let t = &self.toks[k];
            if t.kind == Kind::Punct && matches!(t.ch, '.' | '!' | '?' | ':' | ';') {
                break;
            }
            // Not the first word, read above as an inverted cue.
            if k > i && self.cue(k).is_some_and(|f| f != Form::Participle) {
                c = Some(k);
                break;
            }
        }
        if let Some(c) = c {
            let e = self.before_cue(i, c);
            if e > i && !(self.word(c - 1) && self.facts(c - 1).be()) {
                if let Some(m) = self.trailing_speaker(i, e, tight) {
                    let ce = self.cue_end(c, n);
                    let (end_punct, chained, clean) = self.tail(ce);
                    return Some(Frame {
                        speaker: Some(m),
                        cue: self.span(c, ce),
                        end: end_punct,
                        chained,
                        clean,
                        capital,
                        adjacent: true,
                        clause_after: self.clause_at(ce),
                        open_start: false,
                        inserted: false,
                    });
                }
            }
        }
        // `," he laughed.`, `," an angry Hollande retaliated.`: a past-tense verb that ends
        // the clause, after a speaker phrase.
        // The token's own fields first, its key and facts last (a word without a key, which
        // is no ASCII or long, ends in no `ed`).
        let past = |k: usize| {
            self.word(k)
                && !self.toks[k].cap
                && self.toks[k].end - self.toks[k].start > 4
                && self.low(k).as_str().ends_with("ed")
                && !self.facts(k).stop()
        };
        for k in i + 1..n.min(i + 8) {
            if self.toks[k].ends_sentence() || self.punct(k, ':') || self.punct(k, ';') {
                break;
            }
            let ends = k + 1 == n
                || self.toks[k + 1].kind == Kind::Punct
                    && matches!(self.toks[k + 1].ch, '.' | ',' | '!');
            if ends && past(k) {
                if let Some(m) = self.trailing_speaker(i, k, true) {
                    let (end_punct, chained, clean) = self.tail(k + 1);
                    return Some(Frame {
                        speaker: Some(m),
                        cue: self.span(k, k + 1),
                        end: end_punct,
                        chained,
                        clean,
                        capital,
                        adjacent: true,
                        clause_after: false,
                        open_start: false,
                        inserted: false,
                    });
                }
            }
        }
        // `," exhorted Clinton's introducer, actress Jamie Lee Curtis.`
        if past(i) {
            if let Some((end, m)) = self.np_after(i + 1, n) {
                if m.name.is_some() || self.determiner(i + 1) {
                    let (end_punct, chained, clean) = self.tail(end);
                    return Some(Frame {
                        speaker: Some(m),
                        cue: self.span(i, i + 1),
                        end: end_punct,
                        chained,
                        clean,
                        capital,
                        adjacent: true,
                        clause_after: false,
                        open_start: false,
                        inserted: false,
                    });
                }
            }
        }
        None
    }

    /// The speaker phrase between the start of a trailing frame and its cue.
    fn trailing_speaker(&self, i: usize, e: usize, tight: bool) -> Option<Mention> {
        if e - i > 28 {
            return None;
        }
        let first = self.low(i);
        let first = first.as_str();
        let f = self.facts(i);
        let starts_ok = self.pronoun(i)
            || self.cap(i)
                && !matches!(
                    first,
                    "but"
                        | "and"
                        | "or"
                        | "so"
                        | "yet"
                        | "then"
                        | "as"
                        | "while"
                        | "when"
                        | "if"
                        | "because"
                        | "although"
                        | "though"
                )
            || f.determiner()
            || self.toks[i].is_number()
            || f.title()
            || f.anonymous_head()
            || f.organization_head()
            || !f.stop() && !tight;
        if !starts_ok {
            return None;
        }
        // Everything up to the cue is the speaker, with an appositive after its first comma.
        let comma = (i..e).find(|&k| self.punct(k, ','));
        match comma {
            None => {
                if tight && e - i > 4 {
                    return None;
                }
                let (a, m) = self.np_before(i, e)?;
                if a == i {
                    return Some(m);
                }
                if tight {
                    return None;
                }
                // Words before the phrase the grammar reads (`one unaligned Florida
                // Republican strategist`): the whole stretch is the speaker.
                Some(self.mention(i, e))
            }
            Some(k) => {
                if k == i {
                    return None;
                }
                let (_, head) = self.np_before(i, k)?;
                if head.kind == SpeakerKind::Pronoun && k > i + 1 {
                    return None;
                }
                let mut end = e;
                if self.punct(end - 1, ',') {
                    end -= 1;
                }
                if end <= k + 1 {
                    // `Sen. Richard Durbin (D-Ill.), said`
                    return Some(self.mention(i, k));
                }
                if !self.appositive_start(k + 1) {
                    return None;
                }
                let m = self.mention(i, k);
                if m.name.is_none() && self.cap(k + 1) {
                    // `the White House spokesman, Josh Earnest, said`
                    let inner = self.mention(k + 1, end);
                    if inner.name.is_some() {
                        return Some(Mention {
                            span: self.span(i, end),
                            role: Some(self.span(i, k)),
                            ..inner
                        });
                    }
                }
                Some(Mention {
                    span: self.span(i, end),
                    role: m.role.or(Some(self.span(k + 1, end))),
                    ..m
                })
            }
        }
    }

    /// After a frame's cue: where its clause ends, whether another cue follows, and whether
    /// anything follows the clause.
    fn tail(&self, from: usize) -> (Option<char>, bool, bool) {
        let n = self.len();
        let mut j = from;
        let mut chained = false;
        let mut end = None;
        while j < n {
            let t = &self.toks[j];
            if t.ends_sentence() || t.is_punct(':') {
                end = Some(t.ch);
                j += 1;
                break;
            }
            // Once chained, only the clause's end is looked for. A word whose shape no cue
            // verb has is no finite cue, told without its facts.
            if t.kind == Kind::Word && !chained {
                // `, adding: "…` starts a new quote; `, adding that …` does not.
                let introduces = j + 1 >= n
                    || self.toks[j + 1].kind == Kind::Punct
                        && matches!(self.toks[j + 1].ch, ',' | ':');
                if introduces && speech::is_chaining_participle(self.low(j).as_str())
                    || j > from
                        && self.tokens.may_be_cue(j)
                        && self.facts(j).cue() == Some(Form::Finite)
                        && matches!(
                            self.low(j - 1).as_str(),
                            "and" | "but" | "then" | "he" | "she" | "they" | "later"
                        )
                {
                    chained = true;
                }
            }
            j += 1;
        }
        if end.is_none() && n > from && self.punct(n - 1, ',') {
            end = Some(',');
        }
        (end, chained, j >= n)
    }

    /// The frame before an opening quotation mark (the tokens end at the mark), and whether
    /// the quote is set inside a sentence of the writer's (`he called it "…`) rather than
    /// opening one (`He said: "…`).
    pub fn leading(&self) -> (Option<Frame>, Setting) {
        let n = self.len();
        let mut s = 0;
        for j in (0..n).rev() {
            if self.toks[j].ends_sentence() {
                s = j + 1;
                break;
            }
        }
        // `… in Fort Mill, S.C. "It seems …`: an abbreviation's dot right before a quote also
        // ends the sentence, unless it is a title that a name follows (`Mr.`).
        if n > 0
            && s < n
            && self.word(n - 1)
            && self.input.as_bytes()[self.toks[n - 1].end as usize - 1] == b'.'
        {
            let f = self.facts(n - 1);
            if !f.title() && !f.honorific() {
                s = n;
            }
        }
        let setting = if s >= n {
            Setting::Opens
        } else if self.punct(n - 1, ',') {
            Setting::AfterComma
        } else if self.toks[n - 1].kind == Kind::Punct
            && matches!(self.toks[n - 1].ch, ':' | ';' | '(' | '[')
            || self.toks[n - 1].is_dash()
        {
            Setting::Opens
        } else {
            Setting::Inside
        };
        let frame = self.leading_from(s, n).map(|f| Frame {
            open_start: s == 0,
            ..f
        });
        (frame, setting)
    }

    /// The frame of a sentence that ends right before the quote with its verb (`Sam Lau, a party
    /// spokesman, said in a statement. "…`): copy that puts a full stop for the colon.
    pub fn leading_sentence_before(&self) -> Option<Frame> {
        let n = self.len();
        if n < 3 || !self.toks[n - 1].ends_sentence() {
            return None;
        }
        let mut s = 0;
        for j in (0..n - 1).rev() {
            if self.toks[j].ends_sentence() {
                s = j + 1;
                break;
            }
        }
        let f = self.leading_from(s, n - 1)?;
        (f.adjacent && f.speaker.is_some() && f.cue.end == self.toks[n - 2].end).then_some(f)
    }

    /// Whether a clause starts at `i` (`he is`, `the plan`, `that`), rather than the adjuncts
    /// of a cue (`Tuesday`, `in Iowa`).
    fn clause_at(&self, i: usize) -> bool {
        if i + 1 >= self.len() || !self.word(i) || self.toks[i + 1].ends_sentence() {
            return false;
        }
        let w = self.low(i);
        let w = w.as_str();
        let f = self.facts(i);
        if f.time_word() {
            return false;
        }
        f.pronoun() && w != "it"
            || matches!(
                w,
                "that" | "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "there"
            )
            || self.toks[i].cap
    }

    /// The frame of the sentence `[s, n)` that introduces a quote after `n`.
    pub fn leading_from(&self, s: usize, n: usize) -> Option<Frame> {
        if s >= n {
            return None;
        }
        let mut e = n;
        let mut end_punct = None;
        while e > s
            && self.toks[e - 1].kind == Kind::Punct
            && matches!(self.toks[e - 1].ch, ',' | ':' | '(' | '[' | '—' | '–' | '-')
        {
            if end_punct.is_none() {
                end_punct = Some(self.toks[e - 1].ch);
            }
            e -= 1;
        }
        if e > s && self.is(e - 1, "that") {
            e -= 1;
        }
        if e == s {
            return None;
        }
        let capital = self.cap(s);
        // `according to the newspaper, "…`
        for j in s..e.saturating_sub(1) {
            if self.is(j, "according") && self.is(j + 1, "to") {
                let stop = (j + 2..e).find(|&k| self.punct(k, ',')).unwrap_or(e);
                if let Some((end, m)) = self.np_after(j + 2, stop) {
                    let _ = end;
                    return Some(Frame {
                        speaker: Some(m),
                        cue: self.span(j, j + 2),
                        end: end_punct,
                        chained: false,
                        clean: true,
                        capital,
                        adjacent: e - end <= 2 || stop == e,
                        clause_after: false,
                        open_start: false,
                        inserted: false,
                    });
                }
            }
        }
        // The speech verb nearest the quote.
        let floor = s.max(e.saturating_sub(40));
        let mut found = None;
        for c in (floor..e).rev() {
            if let Some(f) = self.cue_or_put(c) {
                if c > s && self.word(c - 1) && self.facts(c - 1).be() {
                    continue;
                }
                if f == Form::Base && c > s && matches!(self.low(c - 1).as_str(), "to" | "let") {
                    continue;
                }
                found = Some((c, f));
                break;
            }
        }
        // `When Trump suggested …, Rubio fired back forcefully:`: a colon after a clause of its
        // own introduces that clause's subject, not the speaker of an earlier verb.
        let mut s = s;
        if let (Some((c, _)), Some(':')) = (found, end_punct) {
            let ce = self.cue_end(c, e);
            if let Some(k) = (ce..e)
                .rev()
                .find(|&k| self.punct(k, ',') || self.toks[k].is_dash())
            {
                let own = if self.toks[k].is_dash() {
                    // `Pollsters agree - Carl Bialik:`
                    e > k + 1
                        && self
                            .np_after(k + 1, e)
                            .is_some_and(|(end, m)| end == e && m.name.is_some())
                } else {
                    // `When Trump suggested …, Rubio fired back forcefully:`; the clause needs a
                    // verb after its subject.
                    e > ce + 3
                        && e >= k + 3
                        && self
                            .subject(k + 1, e)
                            .is_some_and(|m| m.span.end < self.toks[e - 1].start)
                };
                if own {
                    found = None;
                    s = k + 1;
                }
            }
        }
        if let Some((c, f)) = found {
            let ce = if self.is(c, "put") {
                c + 2
            } else {
                self.cue_end(c, e)
            };
            // The verb introduces the quote itself (`chanted "…`, `called it "…`), not a
            // clause that the quote is part of (`said he was "…`).
            let adjacent = e == ce
                || e == ce + 1
                    && matches!(
                        self.low(ce).as_str(),
                        "it" | "him"
                            | "her"
                            | "them"
                            | "us"
                            | "me"
                            | "this"
                            | "simply"
                            | "only"
                            | "just"
                    )
                || self.object_verb(c) && self.short_object(ce, e);
            let before = self.before_cue(s, c);
            let mut inserted = false;
            let mut speaker = if f == Form::Participle {
                None
            } else {
                self.speaker_of(s, c).map(|(a, m)| {
                    // `The club's investment, Ms. Tanzer said, "is …`: the attribution sits
                    // inside a sentence of the writer's.
                    inserted = a >= s + 3 && self.punct(a - 1, ',');
                    m
                })
            };
            if speaker.is_none() && c == s && f != Form::Participle {
                speaker = self.np_after(ce, e).map(|(_, m)| m);
            }
            if speaker.is_none()
                && before > s
                && matches!(self.low(before - 1).as_str(), "that" | "which")
            {
                // `Trump released a video that said, "…`: the clause's subject speaks.
                speaker = self.subject(s, before - 1);
            }
            if speaker.is_none() && f == Form::Participle {
                // `X said, adding: "…"`: the speaker of the verb before.
                for k in (s.max(c.saturating_sub(10))..c).rev() {
                    if self.cue(k).is_some_and(|g| g != Form::Participle) {
                        speaker = self.speaker_of(s, k).map(|(_, m)| m);
                        break;
                    }
                }
                if speaker.is_none() {
                    speaker = self.subject(s, c);
                }
            }
            return Some(Frame {
                speaker,
                cue: self.span(c, ce),
                end: end_punct,
                chained: false,
                clean: true,
                capital,
                adjacent,
                clause_after: false,
                open_start: false,
                inserted,
            });
        }
        if end_punct == Some(':') {
            // `… issued the following statement:`
            if e - s <= 14 && speech::is_channel(self.low(e - 1).as_str()) {
                return Some(Frame {
                    speaker: self.subject(s, e),
                    cue: self.span(e - 1, e),
                    end: end_punct,
                    chained: false,
                    clean: true,
                    capital,
                    adjacent: true,
                    clause_after: false,
                    open_start: false,
                    inserted: false,
                });
            }
            let cue = Span::new(self.toks[e].start as usize, self.toks[e].end as usize);
            let frame = |m: Mention| Frame {
                speaker: Some(m),
                cue,
                end: end_punct,
                chained: false,
                clean: true,
                capital,
                adjacent: true,
                clause_after: false,
                open_start: false,
                inserted: false,
            };
            // `And from Chairwoman Lee:`, `Bush:`
            if e - s <= 6 {
                let from = (s..e).find(|&k| self.is(k, "from")).map_or(s, |k| k + 1);
                if let Some((end, m)) = self.np_after(from, e) {
                    if end == e && (m.name.is_some() || m.kind != SpeakerKind::Other) {
                        return Some(frame(m));
                    }
                }
            }
            // `… doesn't surprise Republican pollster Daron Shaw:`, but not `… delivered a
            // blunt message to Trump:`.
            if let Some((a, m)) = self.np_before(s, e) {
                let addressee = a > s
                    && matches!(
                        self.low(a - 1).as_str(),
                        "to" | "at"
                            | "against"
                            | "with"
                            | "for"
                            | "about"
                            | "on"
                            | "toward"
                            | "towards"
                            | "into"
                    );
                if m.name.is_some() && m.kind != SpeakerKind::Organization && !addressee {
                    return Some(frame(m));
                }
            }
            // `She then addressed the supporters again:`
            if e - s <= 20 {
                if let Some(m) = self.subject(s, e) {
                    return Some(frame(m));
                }
            }
        }
        None
    }
}

fn span_text(input: &str, s: Span) -> &str {
    s.as_str(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Tokens {
        let mut t = Tokens::default();
        t.add(s, 0, s.len());
        t
    }

    /// The frame after a quote that `s` opens with, which must have one.
    fn trailing_frame(s: &str) -> Frame {
        let t = toks(s);
        Grammar::new(s, &t)
            .trailing(false)
            .unwrap_or_else(|| panic!("no frame: {s}"))
    }

    /// The words skipped before a cue, in any case, whatever the tests that turn other words
    /// away by their shape; and only those.
    #[test]
    fn words_skipped_before_a_cue() {
        for w in [
            "monday",
            "Tuesday",
            "WEDNESDAY",
            "thursday",
            "Friday",
            "saturday",
            "Sunday",
            "today",
            "yesterday",
            "tonight",
            "later",
            "has",
            "quickly",
        ] {
            let text = format!("Ana Ruiz {w} said");
            let t = toks(&text);
            assert_eq!(Grammar::new(&text, &t).before_cue(0, 3), 2, "{w}");
        }
        for w in ["Smith", "weekday", "ruiz", "only", "tomorrow", "Mondays"] {
            let text = format!("Ana Ruiz {w} said");
            let t = toks(&text);
            assert_eq!(Grammar::new(&text, &t).before_cue(0, 3), 3, "{w}");
        }
    }

    #[test]
    fn trailing_frames() {
        // (text after the closing mark, speaker, name, cue)
        let rows: &[(&str, &str, Option<&str>, &str)] = &[
            (", Choe said.", "Choe", Some("Choe"), "said"),
            (
                ", Kremlin spokesman Dmitry Peskov told reporters.",
                "Kremlin spokesman Dmitry Peskov",
                Some("Dmitry Peskov"),
                "told reporters",
            ),
            (
                ", said Jane Doe, spokeswoman for the ministry.",
                "Jane Doe, spokeswoman for the ministry",
                Some("Jane Doe"),
                "said",
            ),
            (
                ", Jane Doe, a spokeswoman for the ministry, said.",
                "Jane Doe, a spokeswoman for the ministry",
                Some("Jane Doe"),
                "said",
            ),
            (", she said.", "she", None, "said"),
            (
                ", the ministry said in a statement.",
                "the ministry",
                None,
                "said in a statement",
            ),
            (
                ", a source familiar with the matter told Reuters.",
                "a source familiar with the matter",
                None,
                "told Reuters",
            ),
            (" — Ana Ruiz", "Ana Ruiz", Some("Ana Ruiz"), "—"),
            (
                ", he later wrote on Twitter.",
                "he",
                None,
                "wrote on Twitter",
            ),
            (", officials said.", "officials", None, "said"),
        ];
        for (s, speaker, name, cue) in rows {
            let f = trailing_frame(s);
            let m = f.speaker.unwrap();
            assert_eq!(m.span.as_str(s), *speaker, "{s}");
            assert_eq!(m.name.map(|n| n.as_str(s)), *name, "{s}");
            assert_eq!(f.cue.as_str(s), *cue, "{s}");
        }
    }

    #[test]
    fn leading_frames() {
        let rows: &[(&str, &str, &str)] = &[
            ("Hugh Hill, a doctor, said:", "Hugh Hill, a doctor", "said"),
            (
                "The port reopened. In a statement, the ministry said:",
                "the ministry",
                "said",
            ),
            ("And from Chairwoman Lee:", "Chairwoman Lee", ":"),
            (
                "According to the newspaper,",
                "the newspaper",
                "According to",
            ),
            (
                "Vogt told reporters on Monday that",
                "Vogt",
                "told reporters",
            ),
        ];
        for (s, speaker, cue) in rows {
            let t = toks(s);
            let f = Grammar::new(s, &t)
                .leading()
                .0
                .unwrap_or_else(|| panic!("no frame: {s}"));
            assert_eq!(f.speaker.unwrap().span.as_str(s), *speaker, "{s}");
            assert_eq!(f.cue.as_str(s), *cue, "{s}");
        }
    }

    #[test]
    fn speakers_with_commas_inside_the_appositive() {
        // (words before the verb, speaker, name): the head before an appositive that holds a
        // place or an age with commas of its own, or an aside before the verb.
        let rows: &[(&str, &str, Option<&str>)] = &[
            (
                "Ana Ruiz, a pilot from Lund, Sweden,",
                "Ana Ruiz, a pilot from Lund, Sweden",
                Some("Ana Ruiz"),
            ),
            (
                "Ola Nyberg, 34, a deckhand from Malmo,",
                "Ola Nyberg, 34, a deckhand from Malmo",
                Some("Ola Nyberg"),
            ),
            (
                "Jon Sund, a harbour pilot from Austin, Texas,",
                "Jon Sund, a harbour pilot from Austin, Texas",
                Some("Jon Sund"),
            ),
            (
                "Tove Lind, a Lund, Sweden, skipper who sails the route,",
                "Tove Lind, a Lund, Sweden, skipper who sails the route",
                Some("Tove Lind"),
            ),
            (
                "Mia Holm, a baker from Albany, New York,",
                "Mia Holm, a baker from Albany, New York",
                Some("Mia Holm"),
            ),
            ("The pilots, however,", "The pilots", None),
            ("The ferry line, in a statement,", "The ferry line", None),
            // A head that needs no farther comma keeps the nearest reading.
            (
                "A spokesman for Kestrel, Lena Vogt,",
                "A spokesman for Kestrel, Lena Vogt",
                Some("Lena Vogt"),
            ),
            (
                "The Union of Ferry Workers, UFW,",
                "The Union of Ferry Workers, UFW",
                None,
            ),
        ];
        for (s, speaker, name) in rows {
            let t = toks(s);
            let g = Grammar::new(s, &t);
            let (a, m) = g
                .np_before(0, t.toks.len())
                .unwrap_or_else(|| panic!("no speaker: {s}"));
            assert_eq!(a, 0, "{s}");
            assert_eq!(m.span.as_str(s), *speaker, "{s}");
            assert_eq!(m.name.map(|n| n.as_str(s)), *name, "{s}");
        }
    }

    #[test]
    fn speakers_with_a_prepositional_phrase() {
        // (text after the closing mark, speaker, name, kind): the phrase after `of`/`for`
        // belongs to the speaker, and names whom a role speaks for, not the speaker.
        let rows: &[(&str, &str, Option<&str>, SpeakerKind)] = &[
            (
                ", a spokesman for Kestrel said.",
                "a spokesman for Kestrel",
                None,
                SpeakerKind::Anonymous,
            ),
            (
                ", a spokeswoman for Kestrel Mills Inc said.",
                "a spokeswoman for Kestrel Mills Inc",
                None,
                SpeakerKind::Anonymous,
            ),
            (
                ", the Department of Harbours said.",
                "the Department of Harbours",
                None,
                SpeakerKind::Organization,
            ),
            (
                ", the Bureau of Tide Tables said.",
                "the Bureau of Tide Tables",
                None,
                SpeakerKind::Organization,
            ),
            (
                ", the government of Prime Minister Lena Vogt said.",
                "the government of Prime Minister Lena Vogt",
                None,
                SpeakerKind::Organization,
            ),
            (
                ", a Harbour Board of Kiel spokesman said.",
                "a Harbour Board of Kiel spokesman",
                None,
                SpeakerKind::Anonymous,
            ),
            (
                ", the Bank of Kiel Governor Lena Vogt said.",
                "the Bank of Kiel Governor Lena Vogt",
                Some("Lena Vogt"),
                SpeakerKind::Person,
            ),
            (
                ", Secretary of State Lena Vogt said.",
                "Secretary of State Lena Vogt",
                Some("Lena Vogt"),
                SpeakerKind::Person,
            ),
            (
                ", former secretary of state Lena Vogt said.",
                "former secretary of state Lena Vogt",
                Some("Lena Vogt"),
                SpeakerKind::Person,
            ),
            (
                ", Sen. Lena Vogt of Ohio said.",
                "Sen. Lena Vogt of Ohio",
                Some("Lena Vogt"),
                SpeakerKind::Person,
            ),
            (
                ", Piet Holm of the Kiel Pilots Association said.",
                "Piet Holm of the Kiel Pilots Association",
                Some("Piet Holm"),
                SpeakerKind::Person,
            ),
        ];
        for (s, speaker, name, kind) in rows {
            let f = trailing_frame(s);
            let m = f.speaker.unwrap();
            assert_eq!(m.span.as_str(s), *speaker, "{s}");
            assert_eq!(m.name.map(|n| n.as_str(s)), *name, "{s}");
            assert_eq!(m.kind, *kind, "{s}");
        }
        // Before a quote, and with a second appositive after the role's own phrase.
        let rows: &[(&str, &str, Option<&str>)] = &[
            (
                "A spokesman for Kestrel Mills said:",
                "A spokesman for Kestrel Mills",
                None,
            ),
            (
                "The chairman and chief executive of Kestrel said:",
                "The chairman and chief executive of Kestrel",
                None,
            ),
            (
                "Lena Vogt, counsel for Piet Holm, a member of the port board, told a court:",
                "Lena Vogt, counsel for Piet Holm, a member of the port board",
                Some("Lena Vogt"),
            ),
        ];
        for (s, speaker, name) in rows {
            let t = toks(s);
            let f = Grammar::new(s, &t)
                .leading()
                .0
                .unwrap_or_else(|| panic!("no frame: {s}"));
            let m = f.speaker.unwrap();
            assert_eq!(m.span.as_str(s), *speaker, "{s}");
            assert_eq!(m.name.map(|n| n.as_str(s)), *name, "{s}");
        }
    }

    #[test]
    fn speakers_that_are_groups_or_shares() {
        // (text up to the verb, speaker): the verb is the last word; `say` after a noun is
        // read by `plural_speaker`, the rest by `reported_speaker`.
        let rows: &[(&str, Option<&str>)] = &[
            ("Deckhands who have sailed with him say", Some("Deckhands")),
            (
                "Skippers polled by the board said",
                Some("Skippers polled by the board"),
            ),
            (
                "Tenants living near the quay say",
                Some("Tenants living near the quay"),
            ),
            (
                "Most of the Harbour Board members said",
                Some("Most of the Harbour Board members"),
            ),
            ("Six in 10 say", Some("Six in 10")),
            ("Nearly two out of 10 said", Some("Nearly two out of 10")),
            ("About 40 percent say", Some("About 40 percent")),
            ("More than a third said", Some("More than a third")),
            (
                "Nearly half of the ferry users said",
                Some("Nearly half of the ferry users"),
            ),
            (
                "Skippers backing the quota have said",
                Some("Skippers backing the quota"),
            ),
            ("The ferry line has long said", Some("The ferry line")),
            // An object, a subject inside the relative clause, a singular head before `say`,
            // a noun `say`.
            (
                "Critics faulted skippers who have sailed with him say",
                None,
            ),
            ("A man who officials say", None),
            ("The skipper polled by the board say", None),
            ("Each town will have a say", None),
        ];
        for (text, speaker) in rows {
            let t = toks(text);
            let g = Grammar::new(text, &t);
            let c = t.toks.len() - 1;
            let e = g.before_cue(0, c);
            let got = if g.cue(c).is_some() {
                g.reported_speaker(0, c, e)
            } else {
                g.plural_speaker(0, c, e)
            };
            let got = got.ok().map(|(_, m)| m.span.as_str(text));
            assert_eq!(got, *speaker, "{text}");
        }
    }
}
