//! The newsroom's words for speech: cue verbs, pronouns, titles, anonymous sources and
//! institutions. Every function takes a word already in ASCII lower case (the tokens' keys),
//! but for the `_lowered` ones, which fold the case themselves.
//!
//! The word lists are kept in one hash table of bit flags, built on first use: the grammar
//! asks these questions of nearly every word near a quote, and one probe of the table answers
//! them all, where a `match` over hundreds of strings compared the word with each entry of its
//! length.

use std::sync::OnceLock;

use super::lexicon::WordTable;

const FINITE: u32 = 1;
const PARTICIPLE: u32 = 1 << 1;
const BASE: u32 = 1 << 2;
const MALE: u32 = 1 << 3;
const FEMALE: u32 = 1 << 4;
const PRONOUN: u32 = 1 << 5;
const DETERMINER: u32 = 1 << 6;
const HONORIFIC: u32 = 1 << 7;
const TITLE: u32 = 1 << 8;
const ANONYMOUS_HEAD: u32 = 1 << 9;
const ORGANIZATION_HEAD: u32 = 1 << 10;
const BETWEEN: u32 = 1 << 11;
const BE: u32 = 1 << 12;
const STOP: u32 = 1 << 13;
const NAME_PARTICLE: u32 = 1 << 14;
const TIME: u32 = 1 << 15;
const OPENING: u32 = 1 << 16;

/// The table of every list's words and their flags, built on first use.
static TABLE: OnceLock<WordTable> = OnceLock::new();

/// The [`TABLE`], built on first use.
fn table() -> &'static WordTable {
    TABLE.get_or_init(|| {
        // A word in two lists of one `match` took the first arm: the cue forms and the
        // genders are exclusive, in this order.
        let exclusive: &[(&[&str], u32)] = &[
            (FINITE_CUES, FINITE),
            (PARTICIPLE_CUES, PARTICIPLE),
            (BASE_CUES, BASE),
        ];
        let genders: &[(&[&str], u32)] = &[(MALE_WORDS, MALE), (FEMALE_WORDS, FEMALE)];
        let mut t = WordTable::default();
        for group in [exclusive, genders] {
            let mask = group.iter().fold(0, |m, &(_, bit)| m | bit);
            for &(list, bit) in group {
                for w in list {
                    if t.get(w) & mask == 0 {
                        t.insert(w, bit);
                    }
                }
            }
        }
        for &(list, bit) in LISTS {
            for w in list {
                t.insert(w, bit);
            }
        }
        t
    })
}

/// The bucket of a word's first or last byte for [`Shapes`]: a letter (0 to 25) or 26.
const fn shape_letter(b: u8) -> usize {
    if b.is_ascii_lowercase() {
        (b - b'a') as usize
    } else {
        26
    }
}

/// Word shapes: for each first and last byte of a word (see [`shape_letter`]), the set of the
/// lengths of the listed words of that shape (bit 31 for 31 bytes and more). A word whose
/// shape no listed word has is in none of the lists, told without a probe of the table.
type Shapes = [[u32; 27]; 27];

/// The [`Shapes`] of the words of `lists`, which are in lower case.
const fn shapes(lists: &[&[&str]]) -> Shapes {
    let mut t = [[0u32; 27]; 27];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i].as_bytes();
            if !w.is_empty() {
                let len = if w.len() < 31 { w.len() } else { 31 };
                t[shape_letter(w[0])][shape_letter(w[w.len() - 1])] |= 1 << len;
            }
            i += 1;
        }
        l += 1;
    }
    t
}

/// The shapes of the cue verbs: most words near a quote are asked whether they are cue verbs
/// and nothing else.
static CUE_SHAPES: Shapes = shapes(&[FINITE_CUES, PARTICIPLE_CUES, BASE_CUES]);

/// The shapes of the name particles: the words around every mention of a surname are asked
/// whether they are.
static PARTICLE_SHAPES: Shapes = shapes(&[NAME_PARTICLES]);

/// The shapes of the gendered words: every word of a person's mention is asked.
static GENDER_SHAPES: Shapes = shapes(&[MALE_WORDS, FEMALE_WORDS]);

/// Whether `w`, in ASCII lower case, has the shape of some word of `shapes`.
#[inline]
fn shaped(shapes: &Shapes, w: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
        return false;
    };
    let (first, last) = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
    shapes[shape_letter(first)][shape_letter(last)] >> w.len().min(31) & 1 != 0
}

/// Whether a lower-case word of `len` bytes (1 or more) that starts with `first` and ends with
/// `last` may be a cue verb: `false` only when [`Facts::cue`] of every such word is `None`.
#[inline]
pub(crate) fn may_be_cue(first: u8, last: u8, len: usize) -> bool {
    CUE_SHAPES[shape_letter(first)][shape_letter(last)] >> len.min(31) & 1 != 0
}

/// The flags of `w`: which lists it is in (0 for none). The table built and a word of up to
/// sixteen bytes, as nearly every one is, take a path with no call in it, which saves and
/// restores no registers; the rest is out of line.
#[inline]
fn facts(w: &str) -> u32 {
    match TABLE.get() {
        Some(t) if w.len() <= 16 => t.get_short(w.as_bytes()),
        _ => facts_slow(w),
    }
}

/// [`facts`] of a word longer than sixteen bytes, or before the table is built.
#[cold]
#[inline(never)]
fn facts_slow(w: &str) -> u32 {
    table().get(w)
}

/// The flags of `w` in ASCII lower case: 0 when it is longer than 24 bytes or not ASCII.
fn facts_lowered(w: &str) -> u32 {
    // As in [`facts`]: the common case takes a path with no call in it.
    match TABLE.get() {
        Some(t) if w.len() <= 16 => t.get_lowered_short(w.as_bytes()),
        _ => facts_lowered_slow(w),
    }
}

/// [`facts_lowered`] of a word longer than sixteen bytes, or before the table is built.
#[cold]
#[inline(never)]
fn facts_lowered_slow(w: &str) -> u32 {
    if w.len() > 24 {
        return 0;
    }
    table().get_lowered(w.as_bytes())
}

/// The word lists that are not cue verbs or gender words, each with its flag.
const LISTS: &[(&[&str], u32)] = &[
    (PRONOUNS, PRONOUN),
    (DETERMINERS, DETERMINER),
    (HONORIFICS, HONORIFIC | TITLE),
    (TITLES, TITLE),
    (ANONYMOUS_HEADS, ANONYMOUS_HEAD),
    (ORGANIZATION_HEADS, ORGANIZATION_HEAD),
    (BETWEEN_WORDS, BETWEEN),
    (BES, BE),
    (STOPS, STOP),
    (NAME_PARTICLES, NAME_PARTICLE),
    (TIME_WORDS, TIME),
    (OPENING_WORDS, OPENING),
];

/// What the lists say of one word, looked up once: the grammar keeps it per token (see
/// [`Tokens::facts`](super::words::Tokens::facts)) and asks it several questions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Facts(pub u32);

/// The facts of `w`.
pub(crate) fn facts_of(w: &str) -> Facts {
    Facts(facts(w))
}

/// The facts of `w` in ASCII lower case (none when it is longer than 24 bytes or not ASCII),
/// without writing the lower case out.
pub(crate) fn facts_of_lowered(w: &str) -> Facts {
    Facts(facts_lowered(w))
}

/// One `fn name(self) -> bool` a flag, each testing its bit.
macro_rules! flag_tests {
    ($($name:ident = $bit:ident,)*) => {
        $(
            pub fn $name(self) -> bool {
                self.0 & $bit != 0
            }
        )*
    };
}

impl Facts {
    pub fn cue(self) -> Option<Form> {
        if self.0 & FINITE != 0 {
            Some(Form::Finite)
        } else if self.0 & PARTICIPLE != 0 {
            Some(Form::Participle)
        } else if self.0 & BASE != 0 {
            Some(Form::Base)
        } else {
            None
        }
    }
    flag_tests! {
        pronoun = PRONOUN,
        determiner = DETERMINER,
        honorific = HONORIFIC,
        title = TITLE,
        anonymous_head = ANONYMOUS_HEAD,
        organization_head = ORGANIZATION_HEAD,
        be = BE,
        stop = STOP,
        name_particle = NAME_PARTICLE,
        time_word = TIME,
        opening_word = OPENING,
    }
}

/// How a speech verb is inflected, which decides where its speaker may stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// `said`, `says`, `told`: has its own subject (`X said`, `said X`).
    Finite,
    /// `saying`, `adding`: takes the subject of the clause it hangs on (`X said, adding: …`).
    Participle,
    /// `say`, `tell`: after a plural subject or a modal (`officials say`, `will say`).
    Base,
}

/// Speech verbs, finite (`said`, `says`); the participles and base forms follow.
const FINITE_CUES: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "asks",
    "stressed",
    "stresses",
    "warned",
    "warns",
    "cautioned",
    "cautions",
    "noted",
    "notes",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "posted",
    "replied",
    "replies",
    "responded",
    "responds",
    "declared",
    "declares",
    "continued",
    "continues",
    "concluded",
    "concludes",
    "stated",
    "states",
    "explained",
    "explains",
    "recalled",
    "recalls",
    "shouted",
    "shouts",
    "admitted",
    "admits",
    "answered",
    "answers",
    "yelled",
    "yells",
    "remarked",
    "remarks",
    "assured",
    "assures",
    "wondered",
    "wonders",
    "urged",
    "urges",
    "joked",
    "jokes",
    "charged",
    "argued",
    "argues",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "announced",
    "announces",
    "acknowledged",
    "acknowledges",
    "quipped",
    "quips",
    "chanted",
    "chant",
    "screamed",
    "screams",
    "exclaimed",
    "exclaims",
    "observed",
    "observes",
    "predicted",
    "predicts",
    "promised",
    "promises",
    "suggested",
    "suggests",
    "agreed",
    "complained",
    "complains",
    "conceded",
    "concedes",
    "confirmed",
    "confirms",
    "contended",
    "contends",
    "countered",
    "counters",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "maintained",
    "maintains",
    "mused",
    "muses",
    "opined",
    "proclaimed",
    "proclaims",
    "recounted",
    "recounts",
    "reiterated",
    "reiterates",
    "repeated",
    "retorted",
    "scoffed",
    "snapped",
    "testified",
    "testifies",
    "vowed",
    "vows",
    "whispered",
    "boasted",
    "boasts",
    "lamented",
    "laments",
    "muttered",
    "interjected",
    "texted",
    "emailed",
    "e-mailed",
    "messaged",
    "echoed",
    "echoes",
    "cried",
    "pleaded",
    "begged",
    "demanded",
    "demands",
    "inquired",
    "queried",
    "reported",
    "reports",
    "read",
    "reads",
    "called",
    "calls",
    "blasted",
    "pointed",
    "summed",
    "shot",
    "sang",
    "cheered",
    "chimed",
    "griped",
    "bragged",
    "reasoned",
    "reminded",
    "reassured",
    "thundered",
    "roared",
    "sighed",
    "laughed",
    "beamed",
    "fumed",
    "raged",
    "rejoined",
    "speculated",
    "theorized",
    "estimated",
    "posits",
    "posited",
    "advised",
    "advises",
    "alleged",
    "alleges",
    "hinted",
    "objected",
    "protested",
    "huffed",
    "teased",
    "mocked",
    "ranted",
    "railed",
    "pressed",
    "implored",
    "shared",
    "relayed",
    "informed",
    "indicated",
    "indicates",
    "disclosed",
    "revealed",
    "reveals",
    "conveyed",
    "agrees",
    "labeled",
    "labelled",
    "labels",
    "dubbed",
    "branded",
    "described",
    "describes",
    "quoted",
    "ordered",
    "asserted",
    "asserts",
    "commented",
    "comments",
    "elaborated",
    "interrupted",
    "offered",
    "volunteered",
    "cracked",
    "exulted",
    "gushed",
    "marveled",
    "marvelled",
    "pondered",
    "barked",
    "hollered",
    "shrugged",
    "smiled",
    "grinned",
    "nodded",
];

const PARTICIPLE_CUES: &[&str] = &[
    "saying",
    "telling",
    "adding",
    "asking",
    "writing",
    "noting",
    "warning",
    "stressing",
    "declaring",
    "explaining",
    "tweeting",
    "posting",
    "replying",
    "responding",
    "arguing",
    "insisting",
    "claiming",
    "stating",
    "calling",
    "continuing",
    "concluding",
    "recalling",
    "acknowledging",
    "admitting",
    "urging",
    "answering",
    "shouting",
    "chanting",
    "predicting",
    "promising",
    "quipping",
    "joking",
    "reiterating",
    "emphasizing",
    "emphasising",
    "cautioning",
    "remarking",
    "pointing",
    "announcing",
    "suggesting",
    "vowing",
    "observing",
    "confirming",
    "reading",
    "echoing",
    "charging",
    "yelling",
    "screaming",
    "labeling",
    "labelling",
    "dubbing",
    "describing",
    "quoting",
    "commenting",
    "asserting",
    "texting",
    "emailing",
    "blasting",
    "mocking",
];

const BASE_CUES: &[&str] = &[
    "say",
    "tell",
    "add",
    "ask",
    "write",
    "tweet",
    "warn",
    "note",
    "stress",
    "explain",
    "insist",
    "argue",
    "claim",
    "reply",
    "respond",
    "declare",
    "caution",
    "recall",
    "admit",
    "answer",
    "agree",
    "predict",
    "promise",
    "suggest",
    "confirm",
    "announce",
    "acknowledge",
    "concede",
    "contend",
];

/// Participles that start a new attribution after a first one (`X said, adding: …`): a quote
/// after them is not the same quote as the one before.
pub(crate) fn is_chaining_participle(w: &str) -> bool {
    matches!(
        w,
        "adding"
            | "saying"
            | "telling"
            | "asking"
            | "writing"
            | "noting"
            | "continuing"
            | "explaining"
            | "arguing"
            | "insisting"
            | "declaring"
            | "warning"
            | "stressing"
            | "concluding"
            | "answering"
            | "replying"
            | "responding"
            | "tweeting"
            | "posting"
            | "urging"
    )
}

/// The grammatical gender a pronoun names, when it names one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// Personal pronouns that can speak.
const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "you", "it"];

/// The gender of `he` / `she` and of gendered honorifics and role nouns.
#[cfg(test)]
pub(crate) fn gender(w: &str) -> Option<Gender> {
    gender_of_flags(facts(w))
}

/// The gender of `w` in ASCII lower case (`None` when it is not ASCII or longer than 24
/// bytes), without writing the lower case out.
pub(crate) fn gender_lowered(w: &str) -> Option<Gender> {
    if !shaped(&GENDER_SHAPES, w.as_bytes()) {
        return None;
    }
    gender_of_flags(facts_lowered(w))
}

fn gender_of_flags(f: u32) -> Option<Gender> {
    if f & MALE != 0 {
        Some(Gender::Male)
    } else if f & FEMALE != 0 {
        Some(Gender::Female)
    } else {
        None
    }
}

const MALE_WORDS: &[&str] = &[
    "he",
    "mr.",
    "mr",
    "spokesman",
    "chairman",
    "congressman",
    "businessman",
    "sir",
    "lord",
    "king",
    "prince",
    "father",
    "brother",
    "husband",
    "son",
    "man",
    "councilman",
    "assemblyman",
];

const FEMALE_WORDS: &[&str] = &[
    "she",
    "mrs.",
    "mrs",
    "ms.",
    "ms",
    "miss",
    "spokeswoman",
    "chairwoman",
    "congresswoman",
    "businesswoman",
    "dame",
    "lady",
    "queen",
    "princess",
    "mother",
    "sister",
    "wife",
    "daughter",
    "woman",
    "councilwoman",
    "assemblywoman",
];

/// Determiners and quantifiers that open a noun phrase.
const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "one",
    "two",
    "three",
    "four",
    "five",
    "several",
    "many",
    "some",
    "another",
    "other",
    "each",
    "every",
    "both",
    "all",
    "no",
    "any",
    "few",
    "most",
    "more",
    "dozens",
    "hundreds",
    "thousands",
    "multiple",
    "numerous",
    "various",
];

/// Honorifics written before a name (`Mr.`, `Dr.`): part of the mention, not of the name;
/// they carry the title flag too.
const HONORIFICS: &[&str] = &[
    "mr.", "mrs.", "ms.", "miss", "dr.", "mr", "mrs", "ms", "dr", "messrs.",
];

/// Titles and roles written before a name (`Kremlin spokesman Dmitry Peskov`,
/// `Foreign Minister Choe Son Hui`, `Sen. Sherrod Brown`).
const TITLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "undersecretary",
    "under-secretary",
    "senator",
    "sen.",
    "sens.",
    "rep.",
    "reps.",
    "representative",
    "gov.",
    "governor",
    "mayor",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "justice",
    "attorney",
    "general",
    "gen.",
    "lt.",
    "col.",
    "maj.",
    "capt.",
    "sgt.",
    "adm.",
    "admiral",
    "commander",
    "chief",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "prof.",
    "professor",
    "rev.",
    "reverend",
    "sir",
    "dame",
    "lord",
    "lady",
    "ambassador",
    "envoy",
    "commissioner",
    "leader",
    "speaker",
    "deputy",
    "assistant",
    "adviser",
    "advisor",
    "aide",
    "candidate",
    "nominee",
    "host",
    "anchor",
    "coach",
    "captain",
    "officer",
    "inspector",
    "sheriff",
    "executive",
    "founder",
    "co-founder",
    "analyst",
    "economist",
    "strategist",
    "lawyer",
    "head",
    "manager",
    "master",
    "doctor",
    "reporter",
    "correspondent",
    "editor",
    "columnist",
    "pollster",
    "spokesmen",
    "congressman",
    "congresswoman",
    "councilman",
    "councilwoman",
    "councillor",
    "delegate",
    "lawmaker",
    "legislator",
    "chairperson",
    "premier",
    "emir",
    "sheikh",
    "ayatollah",
    "cardinal",
    "bishop",
    "rabbi",
    "imam",
    "father",
    "sister",
    "brother",
    "detective",
    "sergeant",
    "lieutenant",
    "colonel",
    "major",
    "corporal",
    "private",
    "marshal",
    "superintendent",
    "trustee",
    "dean",
    "provost",
    "researcher",
    "scientist",
    "physician",
    "surgeon",
    "nurse",
    "activist",
    "organizer",
    "organiser",
    "consultant",
    "operative",
    "treasurer",
    "comptroller",
    "auditor",
    "clerk",
    "magistrate",
    "prosecutor",
    "counsel",
    "solicitor",
    "barrister",
    "diplomat",
    "official",
    "owner",
    "partner",
    "principal",
    "president-elect",
    "author",
    "writer",
    "historian",
    "ex-president",
    "ex-minister",
    "mp",
    "mep",
    "whip",
    "minority",
    "majority",
    "fellow",
    "expert",
    "specialist",
    "teacher",
    "student",
    "worker",
    "resident",
    "voter",
    "supporter",
    "mother",
    "businessman",
    "businesswoman",
    "investor",
    "trader",
    "banker",
    "broker",
    "entrepreneur",
    "producer",
    "director-general",
    "secretary-general",
    "governor-elect",
    "mayor-elect",
    "presidente",
];

/// Nouns that head an unnamed source (`a source familiar with the matter`, `officials`).
const ANONYMOUS_HEADS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "people",
    "person",
    "aide",
    "aides",
    "insider",
    "insiders",
    "diplomat",
    "diplomats",
    "someone",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "witness",
    "witnesses",
    "analysts",
    "analyst",
    "experts",
    "expert",
    "observers",
    "residents",
    "resident",
    "executive",
    "executives",
    "investigators",
    "lawmakers",
    "critics",
    "supporters",
    "economists",
    "traders",
    "banker",
    "bankers",
    "staffers",
    "staffer",
    "advisers",
    "adviser",
    "advisors",
    "officers",
    "officer",
    "members",
    "member",
    "employees",
    "employee",
    "scientists",
    "researchers",
    "activists",
    "organizers",
    "strategists",
    "strategist",
    "republicans",
    "democrats",
    "voters",
    "others",
    "police",
];

/// Nouns that head an institution (`the ministry`, `the company`).
const ORGANIZATION_HEADS: &[&str] = &[
    "shop",
    "store",
    "repair",
    "works",
    "machine",
    "machines",
    "motors",
    "restaurant",
    "hotel",
    "bakery",
    "farm",
    "farms",
    "mill",
    "mills",
    "industries",
    "holdings",
    "partners",
    "capital",
    "systems",
    "solutions",
    "technologies",
    "labs",
    "robotics",
    "mining",
    "energy",
    "airlines",
    "airways",
    "railway",
    "railways",
    "brewery",
    "clinic",
    "hospital",
    "school",
    "college",
    "museum",
    "theater",
    "theatre",
    "library",
    "studio",
    "studios",
    "ministry",
    "government",
    "company",
    "department",
    "agency",
    "committee",
    "campaign",
    "administration",
    "party",
    "office",
    "bank",
    "court",
    "army",
    "military",
    "embassy",
    "council",
    "firm",
    "group",
    "organization",
    "organisation",
    "union",
    "network",
    "newspaper",
    "paper",
    "report",
    "statement",
    "study",
    "survey",
    "board",
    "authority",
    "authorities",
    "commission",
    "regulator",
    "exchange",
    "university",
    "institute",
    "foundation",
    "association",
    "federation",
    "alliance",
    "coalition",
    "senate",
    "house",
    "congress",
    "parliament",
    "cabinet",
    "kremlin",
    "pentagon",
    "team",
    "club",
    "league",
    "magazine",
    "website",
    "channel",
    "station",
    "outlet",
    "publication",
    "lawsuit",
    "complaint",
    "indictment",
    "filing",
    "letter",
    "memo",
    "document",
    "documents",
    "post",
    "tweet",
    "release",
    "airline",
    "carrier",
    "operator",
    "insurer",
    "retailer",
    "manufacturer",
    "maker",
    "producer",
    "lender",
    "fund",
    "service",
    "services",
    "center",
    "centre",
    "corporation",
    "inc.",
    "corp.",
    "co.",
    "ltd",
    "ltd.",
    "plc",
    "llc",
    "times",
    "journal",
    "news",
    "daily",
    "tribune",
    "herald",
    "press",
    "media",
    "mission",
    "delegation",
    "secretariat",
    "presidency",
    "palace",
    "navy",
    "police",
    "prosecutors",
    "ministries",
    "governments",
    "companies",
    "banks",
    "unions",
    "courts",
];

/// Words written between a speaker and a speech verb (`he later said`, `Smith has said`).
#[cfg(test)]
pub(crate) fn is_between_word(w: &str) -> bool {
    between_word(facts_of(w), w)
}

/// Whether `w` is written between a speaker and a speech verb (`he later said`, `Smith has
/// said`): a listed word, or an adverb in `-ly`; `f` is what the lexicon says of `w`.
pub(crate) fn between_word(f: Facts, w: &str) -> bool {
    f.0 & BETWEEN != 0
        || (w.len() > 4 && w.ends_with("ly") && !matches!(w, "only" | "family" | "italy" | "daily"))
}

const BETWEEN_WORDS: &[&str] = &[
    "also",
    "later",
    "then",
    "once",
    "again",
    "previously",
    "recently",
    "further",
    "earlier",
    "still",
    "even",
    "now",
    "often",
    "repeatedly",
    "reportedly",
    "has",
    "have",
    "had",
    "would",
    "will",
    "could",
    "did",
    "does",
    "do",
    "may",
    "might",
    "must",
    "should",
    "can",
    "subsequently",
    "simply",
    "just",
    "first",
    "finally",
    "initially",
    "originally",
    "publicly",
    "privately",
    "separately",
    "similarly",
    "likewise",
    "too",
    "herself",
    "himself",
    "themselves",
    "itself",
    "not",
    "never",
    "always",
    "already",
    "ultimately",
    "flatly",
    "openly",
    "bluntly",
    "angrily",
];

/// Forms of `be`: `X was told`, `is said to be` are passive, not speech by X.
const BES: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "being", "am", "'s", "’s",
];

/// Function words that never stand inside a speaker phrase.
const STOPS: &[&str] = &[
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "not",
    "and",
    "or",
    "but",
    "nor",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "why",
    "how",
    "if",
    "because",
    "as",
    "than",
    "then",
    "so",
    "also",
    "to",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "about",
    "into",
    "onto",
    "over",
    "after",
    "before",
    "during",
    "while",
    "since",
    "until",
    "against",
    "between",
    "through",
    "under",
    "without",
    "within",
    "upon",
    "though",
    "although",
    "whether",
    "there",
    "here",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "him",
    "them",
    "us",
    "me",
    "would",
    "will",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "shall",
    "yet",
    "just",
    "very",
    "too",
    "even",
    "only",
    "more",
    "less",
    "most",
    "least",
    "such",
    "like",
    "unlike",
    "per",
    "via",
    "among",
    "amid",
    "despite",
    "toward",
    "towards",
    "across",
    "behind",
    "beyond",
    "near",
    "around",
    "off",
    "out",
    "up",
    "down",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "now",
    "again",
    "once",
    "however",
    "yes",
    "no",
    "please",
    "thus",
    "hence",
    "therefore",
    "meanwhile",
    "instead",
    "indeed",
    "still",
    "well",
    "later",
    "earlier",
    "ago",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "this",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
];

/// Prepositions that may join the parts of a speaker phrase (`a spokeswoman for the ministry`,
/// `a source familiar with the matter`, `people close to the talks`).
pub(crate) fn is_np_preposition(w: &str) -> bool {
    matches!(
        w,
        "of" | "for" | "with" | "at" | "from" | "to" | "in" | "on"
    )
}

/// Whether `w`, in ASCII lower case, is a particle inside personal names (`Charles de Gaulle`,
/// `Osama bin Laden`); false when it is not ASCII or longer than 24 bytes.
pub(crate) fn is_name_particle_lowered(w: &str) -> bool {
    shaped(&PARTICLE_SHAPES, w.as_bytes()) && facts_lowered(w) & NAME_PARTICLE != 0
}

/// Lower-case particles inside personal names (`Charles de Gaulle`, `Osama bin Laden`).
const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "bin", "al", "al-", "la", "le", "da", "del", "della", "di",
    "du", "dos", "das", "ibn", "ter", "ten", "y", "st.", "mac", "abu", "el", "bint",
];

/// Words of a time or place phrase right after a speech verb (`said Tuesday`,
/// `said on Sunday`, `said last week`).
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "last",
    "this",
    "next",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "recently",
    "previously",
    "repeatedly",
    "again",
    "also",
    "then",
    "on",
    "in",
    "at",
    "ago",
    "days",
    "weeks",
    "months",
    "years",
    "friday's",
    "separately",
    "publicly",
    "privately",
    "once",
];

/// Where a statement was made, for the cue phrase `said in a statement`,
/// `wrote on Twitter`.
pub(crate) fn is_channel(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "interview"
            | "tweet"
            | "post"
            | "email"
            | "e-mail"
            | "letter"
            | "speech"
            | "release"
            | "memo"
            | "message"
            | "blog"
            | "op-ed"
            | "video"
            | "broadcast"
            | "briefing"
            | "conference"
            | "call"
            | "filing"
            | "note"
            | "podcast"
            | "text"
            | "radio"
            | "television"
            | "posting"
            | "column"
            | "essay"
            | "newsletter"
            | "appearance"
            | "address"
            | "remarks"
            | "testimony"
            | "announcement"
            | "communique"
            | "communiqué"
    )
}

/// Platforms for `wrote on Twitter`.
pub(crate) fn is_platform(w: &str) -> bool {
    matches!(
        w,
        "twitter"
            | "facebook"
            | "instagram"
            | "x"
            | "linkedin"
            | "telegram"
            | "weibo"
            | "tiktok"
            | "youtube"
            | "threads"
            | "bluesky"
            | "reddit"
            | "truth"
            | "medium"
            | "substack"
            | "wechat"
            | "vk"
            | "mastodon"
            | "television"
            | "radio"
            | "tv"
    )
}

/// Listeners named after `told` that belong to the cue (`told reporters`).
pub(crate) fn is_audience(w: &str) -> bool {
    matches!(
        w,
        "reporters"
            | "journalists"
            | "lawmakers"
            | "supporters"
            | "parliament"
            | "congress"
            | "delegates"
            | "investors"
            | "analysts"
            | "students"
            | "me"
            | "us"
            | "him"
            | "her"
            | "them"
            | "you"
            | "viewers"
            | "listeners"
            | "readers"
            | "members"
            | "senators"
            | "legislators"
            | "parliamentarians"
            | "diplomats"
            | "officials"
            | "colleagues"
            | "residents"
            | "voters"
            | "troops"
            | "workers"
            | "employees"
            | "staff"
            | "shareholders"
            | "attendees"
            | "participants"
            | "guests"
    )
}

/// Words that open a sentence with a phrase before its subject (`In response to …, the
/// ministry said`): asked through [`Facts::opening_word`].
const OPENING_WORDS: &[&str] = &[
    "in",
    "at",
    "after",
    "when",
    "as",
    "while",
    "on",
    "during",
    "before",
    "even",
    "outside",
    "inside",
    "to",
    "with",
    "since",
    "for",
    "from",
    "despite",
    "although",
    "though",
    "if",
    "once",
    "until",
    "asked",
    "speaking",
    "meanwhile",
    "still",
    "but",
    "and",
    "yet",
    "later",
    "earlier",
    "then",
    "instead",
    "however",
    "now",
    "so",
    "thus",
    "last",
    "this",
    "next",
    "unlike",
    "like",
    "according",
    "under",
    "amid",
    "over",
    "by",
    "because",
    "without",
    "among",
    "following",
    "responding",
    "writing",
];

/// Words that open a clause inside a sentence (`when he …`, `who said`).
pub(crate) fn is_clause_word(w: &str) -> bool {
    // Not `since`, `after`, `before`: as often prepositions (`since the spring`).
    matches!(
        w,
        "when"
            | "as"
            | "who"
            | "while"
            | "because"
            | "that"
            | "but"
            | "although"
            | "though"
            | "if"
            | "where"
            | "which"
    )
}

/// Common verbs of the past tense and third person that end a subject phrase (`Lori Bernstein
/// held up a sign`, `Clinton spoke`), including the irregular ones that do not end in `-ed`.
pub(crate) fn is_common_verb(w: &str) -> bool {
    matches!(
        w,
        "held"
            | "made"
            | "took"
            | "gave"
            | "went"
            | "came"
            | "got"
            | "saw"
            | "put"
            | "ran"
            | "sent"
            | "left"
            | "kept"
            | "brought"
            | "thought"
            | "stood"
            | "sat"
            | "won"
            | "lost"
            | "met"
            | "paid"
            | "led"
            | "spoke"
            | "became"
            | "began"
            | "knew"
            | "found"
            | "felt"
            | "heard"
            | "meant"
            | "struck"
            | "drew"
            | "threw"
            | "wore"
            | "built"
            | "bought"
            | "sought"
            | "taught"
            | "caught"
            | "fought"
            | "spent"
            | "lent"
            | "shook"
            | "rose"
            | "fell"
            | "hit"
            | "cut"
            | "set"
            | "let"
            | "read"
            | "is"
            | "was"
            | "has"
            | "had"
            | "does"
            | "gets"
            | "makes"
            | "takes"
            | "gives"
            | "goes"
            | "comes"
            | "holds"
            | "wants"
            | "needs"
            | "seems"
            | "appears"
            | "remains"
            | "becomes"
            | "keeps"
            | "leads"
            | "runs"
            | "tries"
            | "plans"
            | "hopes"
            | "expects"
            | "thinks"
            | "believes"
            | "knows"
            | "sees"
            | "finds"
            | "feels"
            | "looks"
            | "shows"
            | "uses"
            | "works"
            | "plays"
            | "lives"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon() {
        let cue = |w| facts_of(w).cue();
        assert_eq!(cue("said"), Some(Form::Finite));
        assert_eq!(cue("adding"), Some(Form::Participle));
        assert_eq!(cue("say"), Some(Form::Base));
        assert_eq!(cue("sailed"), None);
        let title = |w| facts_of(w).title();
        assert!(title("spokesman") && title("minister") && !title("moscow"));
        assert!(is_between_word("later") && is_between_word("quickly") && !is_between_word("only"));
        assert_eq!(gender("she"), Some(Gender::Female));
        assert!(facts_of("officials").anonymous_head() && facts_of("ministry").organization_head());
    }

    /// Every word list in the table.
    fn every_list() -> impl Iterator<Item = &'static [&'static str]> {
        LISTS.iter().map(|&(l, _)| l).chain([
            FINITE_CUES,
            PARTICIPLE_CUES,
            BASE_CUES,
            MALE_WORDS,
            FEMALE_WORDS,
        ])
    }

    /// The shape test turns away no cue verb: every word of every list, and variants of each
    /// one letter longer or shorter, that has a cue form passes it; and it turns away most
    /// other words, or it would spare no lookups.
    #[test]
    fn cue_shapes_keep_every_cue_verb() {
        let lists = every_list();
        let (mut cues, mut others, mut turned_away) = (0, 0, 0);
        for list in lists {
            for w in list {
                let mut variants = vec![w.to_string(), format!("{w}s"), format!("{w}ed")];
                variants.extend(w.get(1..).map(str::to_string));
                variants.extend(w.get(..w.len().saturating_sub(1)).map(str::to_string));
                for v in variants {
                    let b = v.as_bytes();
                    let shaped = match (b.first(), b.last()) {
                        (Some(&f), Some(&l)) => may_be_cue(f, l, b.len()),
                        _ => false,
                    };
                    if facts_of(&v).cue().is_some() {
                        assert!(shaped, "{v:?}");
                        cues += 1;
                    } else {
                        others += 1;
                        turned_away += usize::from(!shaped);
                    }
                }
            }
        }
        assert!(cues > 300, "{cues}");
        assert!(turned_away * 2 > others, "{turned_away} of {others}");
    }

    /// The shape tests of name particles and gendered words turn none away: over every listed
    /// word in three cases, and those words with a letter more or less, they agree with the
    /// lookup alone.
    #[test]
    fn particle_and_gender_shapes_agree_with_the_lookup() {
        let lists = every_list();
        let (mut found, mut gendered) = (0, 0);
        for list in lists {
            for w in list {
                let mut variants = vec![
                    w.to_string(),
                    w.to_ascii_uppercase(),
                    format!("{w}s"),
                    format!("x{w}"),
                ];
                variants.extend(w.get(1..).map(str::to_string));
                for v in variants {
                    let want = facts_lowered(&v) & NAME_PARTICLE != 0;
                    assert_eq!(is_name_particle_lowered(&v), want, "{v:?}");
                    found += usize::from(want);
                    let want = gender_of_flags(facts_lowered(&v));
                    assert_eq!(gender_lowered(&v), want, "{v:?}");
                    gendered += usize::from(want.is_some());
                }
            }
        }
        assert!(found >= 2 * NAME_PARTICLES.len(), "{found}");
        assert!(gendered >= 2 * MALE_WORDS.len(), "{gendered}");
    }

    /// A word looked up in lower case without writing it out has the flags of its lower case,
    /// as `words::lower` writes it (nothing when that turns the word away).
    #[test]
    fn lowered_lookup_agrees_with_lower_then_lookup() {
        let mut words: Vec<String> = Vec::new();
        let lists = every_list();
        for list in lists {
            for w in list {
                words.push(w.to_string());
                words.push(w.to_ascii_uppercase());
                let mut mixed: Vec<char> = w.chars().collect();
                if let Some(c) = mixed.first_mut() {
                    *c = c.to_ascii_uppercase();
                }
                words.push(mixed.into_iter().collect());
            }
        }
        for w in [
            "",
            "A",
            "Zeta",
            "@[`{",
            "Spokeswoman-in-chief",
            "ANONYMOUSLYSPEAKINGSOURCES",
            "twenty-four-bytes-long-x",
            "twenty-five-bytes-long-xy",
            "Mr.",
            "Señor",
            "über",
        ] {
            words.push(w.to_string());
        }
        for w in &words {
            let mut buf = [0u8; 24];
            let want = super::super::words::lower(w, &mut buf).map_or(0, facts);
            assert_eq!(facts_lowered(w), want, "{w}");
            assert_eq!(
                gender_lowered(w),
                super::super::words::lower(w, &mut buf).and_then(gender),
                "{w}"
            );
        }
    }

    /// Every word of every list is found in the table with its flag: none was left out for
    /// lack of room, and no probe ends early.
    #[test]
    fn every_word_found() {
        for &(list, bit) in LISTS {
            for w in list {
                assert_eq!(facts(w) & bit, bit, "{w}");
            }
        }
        for w in FINITE_CUES {
            assert_eq!(facts_of(w).cue(), Some(Form::Finite), "{w}");
        }
        for w in PARTICIPLE_CUES {
            assert!(facts_of(w).cue().is_some(), "{w}");
        }
        for w in BASE_CUES {
            assert!(facts_of(w).cue().is_some(), "{w}");
        }
        for w in MALE_WORDS {
            assert_eq!(gender(w), Some(Gender::Male), "{w}");
        }
        for w in FEMALE_WORDS {
            assert!(gender(w).is_some(), "{w}");
        }
        for w in ["", "x", "saidx", "the"] {
            assert_eq!(facts_of(w).cue(), None, "{w}");
        }
    }
}
