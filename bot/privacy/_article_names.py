"""Names after the articles of Spanish, Portuguese, Catalan and Italian and after words of
address of Vietnamese, Burmese and Indonesian/Malay, in either case: "la Sofi", "el Nacho",
"o Zé", "a Bia", "do Rafa", "em Linh", "ma Thida", "em trâm nói".

These languages put an article before a person's name in speech ("a Bia ficou em casa"), and
Vietnamese, Burmese and Indonesian a word of address ("em", "ma", "mbak"). Each
such word is also an English word or a word of many languages ("a", "o", "la", "em", "ma"),
so it is read as a cue only in a text that holds other words of its language (see
``_language_evidence``); "mbak", "chị" and "thằng" are cues wherever they stand.

After the cue, a word is a name when it is capitalised and no everyday word, function word,
month or language name ("a Bia", "el Nacho"); when it is typed in lower case and is a listed
given name that is no everyday word of English or of the cue's language ("com a bia ontem");
or when, in lower case and in no list, a verb of saying or doing follows it after a word of
address ("em trâm nói") or a verb of arriving, crying or telling after a Spanish article
("la cata llegó"; not after a word for a person's role: "la hija llegó"). A run of
capitalised words goes in whole ("la Sofi Pérez"). Spanish "le <verb> a" marks the person
spoken to ("le pregunté a juanjo"). A one-word name found here goes where else it stands
and beside "y"/"and" ("con juanjo y mafe").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._article_subjects import LOOKS, subject_name
from ._burmese_names import SYLLABLES as _BURMESE
from ._form_values import may_hold_form
from ._function_words import tables
from ._holy_words import HOLY_WORDS
from ._language_evidence import MALAY, PORTUGUESE, SPANISH_LIKE, VIETNAMESE, Evidence
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# "a", "o", "do", "da" before a name are Portuguese (in Spanish and Italian "a" is "to")
_PORTUGUESE = frozenset("o a do da".split())
_SPANISH_LIKE = frozenset("la el".split())  # "del", "al" come before things, rarely people
_ARTICLES = _PORTUGUESE | _SPANISH_LIKE
_OF_THE = frozenset("do da".split())  # "of the": before a name only when it is capitalised
_VIETNAMESE = frozenset("em bé thằng anh chị chú cô bác ông bà dì cậu".split())
_MALAY_WORDS = frozenset("mbak mas pak bu kak dik bang abang teh".split())
# cues that are a word of no other language: no evidence needed
_UNAMBIGUOUS = frozenset("mbak thằng chị".split())
# Burmese titles typed in lower case: only before a syllable of a Burmese name
_BURMESE_TITLES = frozenset("ma ko maung daw".split())
_BURMESE_MORE = frozenset("aye mya ni nu san thet".split())  # syllables the list leaves out
CUES = _ARTICLES | _VIETNAMESE | _MALAY_WORDS | _BURMESE_TITLES

# everyday nouns of these languages that are given names too ("la luz", "a rosa")
_NOUN_NAMES = frozenset(
    "luz paz rosa gloria flor mar sol cruz vida fe pilar rocio aurora alegria esperanza "
    "esperança estrella victoria felicidade consuelo amparo socorro mercedes dolores "
    "angel ángel justo clara salud reina rey princesa nina niña bella linda nena nene neta "
    "pastora chica chico morena moreno flaca flaco gorda gordo negra negro china chino "
    "domenica domingo".split()
)
# verbs of saying or doing said of a person, after a name in lower case
_PERSON_VERBS = frozenset(
    (
        "nói kể bảo hỏi khóc cười bilang cerita datang pergi pulang "
        "said says told texted called rang cried came went asked"
    ).split()
)
_SPANISH_PERSON_VERBS = frozenset("llegó lloró contó habló".split())
_PERSON_NOUNS = frozenset(
    "señora señor maestra maestro doctora doctor profe chava chavo morra morro niña niño "
    "chica chico vecina vecino abuela abuelo tía tío mamá papá prima primo jefa jefe hija "
    "hijo hermana hermano esposa esposo novia novio nena nene paciente psicóloga psicólogo "
    "trabajadora trabajador familia".split()
)
_MIN_NAME = 2
_MIN_LOWER = 3
_MAX_RUN = 3


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a cue word is among the words."""
    return not CUES.isdisjoint(lows)


def article_names(
    text: str,
    toks: list[Token],
    lows: list[str],
    lex: Lexicon,
    evidence: Evidence | None = None,
) -> list[Candidate]:
    """Names after an article or word of address of a language the text is written in
    (``evidence``: the text's language evidence, if the caller has it; each family is
    asked about only when a word of it stands in the text)."""
    said = evidence if evidence is not None else Evidence(lows, lex)
    form = may_hold_form(text)  # "Avance: Terminó la Faja.": a form's values are things
    out: list[Candidate] = []
    for i in range(len(toks) - 1):
        cue = toks[i]
        low = cue.low
        if low == "a" and said.speaks(SPANISH_LIKE) and _asked_person(text, toks, i, lex):
            out.append((toks[i + 1].start, toks[i + 1].end, "name"))
            continue
        if low not in CUES or text[cue.end : toks[i + 1].start] != " ":
            continue
        if low in _BURMESE_TITLES:
            nxt = toks[i + 1]
            if (
                nxt.capital
                and (nxt.low in _BURMESE or nxt.low in _BURMESE_MORE)
                and not cue.capital
            ):
                out.append(_run(text, toks, i + 1))
            continue
        if not (
            low in _UNAMBIGUOUS
            or (low in _PORTUGUESE and said.speaks(PORTUGUESE, only=True))
            or (low in _SPANISH_LIKE and said.speaks(SPANISH_LIKE))
            or (low in _VIETNAMESE and said.speaks(VIETNAMESE))
            or (low in _MALAY_WORDS and said.speaks(MALAY))
        ):
            continue
        if _title_cased(text, toks, i):
            continue  # "Lo Que Cambió / O Que Mudou": a heading's capitals tell nothing
        if form and toks[i + 1].capital and low in _ARTICLES:
            continue
        if _name_at(text, toks, i + 1, lex, romance=low in _ARTICLES, address=low not in _ARTICLES):
            out.append(_run(text, toks, i + 1))
    return out + _repeats(toks, out)


def _repeats(toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """A one-word name found here is removed where else it stands, in either case ("con
    juanjo y mafe ... le pregunté a juanjo")."""
    names = {tok.low for tok in toks if (tok.start, tok.end, "name") in found}
    if not names:
        return []
    taken = {(c[0], c[1]) for c in found}
    out = [
        (tok.start, tok.end, "name")
        for tok in toks
        if tok.low in names and (tok.start, tok.end) not in taken
    ]
    # "con juanjo y mafe": a word in no list joined to one of these names by "and"
    t = tables()
    for k in range(len(toks) - 2):
        pair = (toks[k], toks[k + 2])
        if toks[k + 1].low not in _AND:
            continue
        for known, other in (pair, pair[::-1]):
            if (
                known.low in names
                and not other.capital
                and other.word.isalpha()
                and len(other.word) >= _MIN_LOWER
                and other.kind in (Kind.NAME, Kind.UNKNOWN)
                and other.low not in t.langs
                and other.low not in _NOUN_NAMES
            ):
                out.append((other.start, other.end, "name"))
    return out


_AND = frozenset("y e i and &".split())


_TO_PERSON = frozenset("le les".split())
_PRONOUNS = frozenset(
    "ella ellas él ellos usted ustedes nosotros nosotras vosotros todos todas nadie alguien "
    "cada otro otra otros otras ambos ambas mí ti sí quien quién".split()
)


def _asked_person(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "le pregunté a juanjo", "les dije a mafe y": Spanish marks the person a verb is said
    to with "le" before the verb and "a" before the person, so the word after "a" is a
    person; a name unless it is a function word, an everyday word or a relation."""
    if i < 2 or i + 1 >= len(toks) or toks[i - 2].low not in _TO_PERSON:
        return False
    if not (spaced(text, toks, i - 1) and spaced(text, toks, i) and spaced(text, toks, i + 1)):
        return False
    tok = toks[i + 1]
    t = tables()
    return (
        tok.word.isalpha()
        and len(tok.word) >= _MIN_LOWER
        and tok.kind in (Kind.NAME, Kind.UNKNOWN)
        and tok.low not in t.langs
        and tok.low not in _PRONOUNS
        and tok.low not in lex.always_ordinary
        and tok.low not in _NOUN_NAMES
    )


def _name_at(
    text: str, toks: list[Token], j: int, lex: Lexicon, *, romance: bool, address: bool
) -> bool:
    tok = toks[j]
    word, low = tok.word, tok.low
    if (
        romance
        and not tok.capital
        and (low not in _NOUN_NAMES or low in LOOKS)
        and low not in _PERSON_NOUNS
        and subject_name(text, toks, j, lex)
    ):
        return True  # "o biel chegou", "a ju disse", "el flaco no vino"
    if not word.isalpha() or len(word) < _MIN_NAME:
        return False
    t = tables()
    kind = tok.kind
    if address and tok.capital and low not in t.languages:
        # a word of address comes only before a person ("chị Thu", "bu Ani"), or before a
        # word of kinship ("Bà Ngoại"): a safe word stays unless it is a calendar word
        return low not in lex.always_ordinary or low in t.named
    if kind is Kind.STOP or low in t.langs or low in t.named or low in t.languages:
        return False
    if low in lex.regions or low in lex.always_ordinary:
        return False
    if tok.capital:
        return low not in HOLY_WORDS and (kind is not Kind.ORDINARY or low in lex.given_names)
    if len(word) < _MIN_LOWER or kind is Kind.ORDINARY or low in lex.ordinary:
        return False
    if romance and (low in _NOUN_NAMES or toks[j - 1].low in _OF_THE):
        return False  # "a rosa", "os cara da rua": nouns that are given names somewhere
    if low in lex.given_names and kind in (Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME):
        return kind is not Kind.WORD_NAME
    # in no list: after a word of address (not an article, which also comes before a noun),
    # a name only before a verb said of a person ("em trâm nói")
    after = toks[j + 1] if j + 1 < len(toks) else None
    if after is None or kind is not Kind.UNKNOWN or text[tok.end : after.start] != " ":
        return False
    if romance:
        return after.low in _SPANISH_PERSON_VERBS and low not in _PERSON_NOUNS
    return after.low in _PERSON_VERBS


def _opens(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in '.!?:;\n"“(-–—/'


def _title_cased(text: str, toks: list[Token], i: int) -> bool:
    """Whether the cue at ``toks[i]``, or the word before it, is capitalised inside a
    sentence: a heading or a title, where every word has a capital."""
    if toks[i].capital and not _opens(text, toks[i].start):
        return True
    return i > 0 and toks[i - 1].capital and not _opens(text, toks[i - 1].start)


def _run(text: str, toks: list[Token], j: int) -> Candidate:
    """The name at ``toks[j]`` with the capitalised words right after it."""
    end = j
    if toks[j].capital:
        while (
            end + 1 < len(toks)
            and end + 1 - j < _MAX_RUN
            and toks[end + 1].capital
            and toks[end + 1].word.isalpha()
            and (
                toks[end + 1].kind not in (Kind.STOP, Kind.ORDINARY)
                or toks[end + 1].low in _BURMESE
                or toks[end + 1].low in _BURMESE_MORE
            )
            and not toks[end].possessive
            and text[toks[end].end : toks[end + 1].start] == " "
        ):
            end += 1
    return toks[j].start, toks[end].end, "name"
