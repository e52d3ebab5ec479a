//! Pathological inputs of any size: runs of quote marks of every style, of `said `, of blank
//! lines, one endless line, nested openers, `By ` lines, dateline-like lines, appended credits
//! and footer lines. Shared by `tests/pathological.rs` and `benches/pathological.rs`.

/// A family: a name, and the text before, repeated, and after.
#[derive(Debug, Clone, Copy)]
pub struct Family {
    /// The family's name, for test messages and bench ids.
    pub name: &'static str,
    pub head: &'static str,
    pub unit: &'static str,
    pub tail: &'static str,
}

const fn fam(
    name: &'static str,
    head: &'static str,
    unit: &'static str,
    tail: &'static str,
) -> Family {
    Family {
        name,
        head,
        unit,
        tail,
    }
}

/// Every family.
pub const FAMILIES: &[Family] = &[
    // A run of one quote mark, for each style.
    fam("quotes_straight_double", "", "\"", ""),
    fam("quotes_straight_single", "", "'", ""),
    fam("quotes_curly_open", "", "\u{201c}", ""),
    fam("quotes_curly_close", "", "\u{201d}", ""),
    fam("quotes_single_open", "", "\u{2018}", ""),
    fam("quotes_single_close", "", "\u{2019}", ""),
    fam("quotes_guillemet_open", "", "\u{ab}", ""),
    fam("quotes_guillemet_close", "", "\u{bb}", ""),
    fam("quotes_low_double", "", "\u{201e}", ""),
    fam("quotes_low_single", "", "\u{201a}", ""),
    fam("quotes_corner_open", "", "\u{300c}", ""),
    fam("quotes_corner_close", "", "\u{300d}", ""),
    fam("quotes_white_corner_open", "", "\u{300e}", ""),
    fam("quotes_white_corner_close", "", "\u{300f}", ""),
    fam("quotes_backticks", "", "``", ""),
    fam("quotes_two_apostrophes", "", "''", ""),
    // Marks between words, so that pairing and attribution have something to chew on.
    fam(
        "quotes_words",
        "",
        "\u{201c}a\u{201d} b \"c\" \u{2018}d\u{2019} ",
        "",
    ),
    fam(
        "quotes_unclosed_paragraphs",
        "",
        "\u{201c}Open, she said\n\n",
        "End.",
    ),
    fam(
        "nested_openers",
        "",
        "\u{201c}\u{2018}\u{ab}\u{201e}\u{201a}\u{300c}\u{300e}``",
        "",
    ),
    fam("said", "", "said ", ""),
    fam("said_that", "", "Smith said that ", "x."),
    fam("according_to", "", "according to officials ", "x."),
    // The verb before a long speaker, read again in the wider window for each sentence; and
    // without full stops, one sentence of them.
    fam(
        "inverted_said",
        "",
        "Ships wait, said the Baltic Sea Ferry Operators Association of Northern Europe in a statement. ",
        "",
    ),
    fam("inverted_said_commas", "", "ships wait, said Ana Ruiz, ", "x."),
    fam(
        "according_to_records",
        "",
        "fares rose according to exit polls published by the board ",
        "x.",
    ),
    fam("said_time_adding", "", "ships wait, Ana Ruiz said Monday, adding that ", "x."),
    // A report per clause in one sentence, each ended at the semicolon before the next verb.
    fam("said_semicolons", "", "officials said ferries wait; ", "x."),
    // A report per sentence: each one's search for a verb inside its speech stops at its end.
    fam("said_sentences", "", "Officials said ferries wait. ", ""),
    // A report's sentence of abbreviations without a blank: the word before each full stop
    // was found by a scan back to the sentence's start.
    fam("said_abbreviation_run", "The mayor said the U", ".S.)U", " end."),
    fam("split_quotes", "", "\"A,\" he said, ", "\"B.\""),
    fam(
        "colon_cues",
        "",
        "Jane Doe said:\n\n\u{201c}Yes.\u{201d}\n\n",
        "",
    ),
    fam(
        "dash_attribution",
        "",
        "\u{201c}Yes.\u{201d} \u{2014} Jane Doe\n",
        "",
    ),
    fam(
        "apostrophes",
        "",
        "Kim\u{2019}s \u{2019}90s rock \u{2019}n\u{2019} roll ",
        "",
    ),
    fam(
        "quote_in_long_sentence",
        "\u{201c}",
        "word ",
        "\u{201d} she said.",
    ),
    // Speakers named by surname after their full name, and pronouns: resolution compared
    // every earlier name at every mention.
    fam(
        "surname_speakers",
        "",
        "John Smith met. \"A,\" Smith said. ",
        "",
    ),
    fam(
        "pronoun_speakers",
        "",
        "\"A,\" Smith said. \"B,\" he said. John Smith left. ",
        "",
    ),
    fam("said_quotes", "", "\"Yes,\" he said. ", ""),
    fam("blank_lines", "Start.", "\n", "End."),
    fam("short_paragraphs", "", "x\n\n", ""),
    fam("endless_line", "", "word ", ""),
    fam(
        "wrapped_prose",
        "",
        "The council voted on Tuesday to close the old harbour to\n",
        "End.",
    ),
    fam("by_lines", "", "By Jane Doe\n", ""),
    fam("dateline_lines", "", "LONDON, Jan 16 (Reuters) - \n", ""),
    fam(
        "dateline_one_line",
        "",
        "LONDON, Jan 16 ",
        "(Reuters) - Text.",
    ),
    fam("indented_lines", "", "    LONDON, Jan 16 - x\n", ""),
    fam(
        "appended_credits",
        "Talks end. ",
        "(Editing by Tom Reed) ",
        "",
    ),
    fam("signoff_lines", "    Text.\n    More.\n", "Reuter\n", ""),
    fam(
        "credit_lines",
        "Text.\n\n",
        "(Reporting by Ana Lima; Editing by Tom Reed)\n\n",
        "",
    ),
    fam("spaces", "x", " ", "x"),
    fam("double_space_signoffs", "x", "  REUTER", ""),
    fam("colons", "", "SMITH: ", "x"),
];

impl Family {
    /// The family's text, `len` bytes long or a few bytes short (never cut inside a char).
    pub fn text(&self, len: usize) -> String {
        let mut s = String::with_capacity(len);
        s.push_str(self.head);
        let room = len.saturating_sub(self.head.len() + self.tail.len());
        let n = room / self.unit.len();
        for _ in 0..n {
            s.push_str(self.unit);
        }
        s.push_str(self.tail);
        s
    }
}
