"""Nouns of other languages that a number or a quantity counts.

Practitioners quote their clients' words inside English sentences: "un poco de paciencia
helped", "cinco minutos de silencio felt like a holiday", "ein bisschen ruhe", "trochę
ciszy". Typed in lower case and in no list, such a noun before an English verb reads as a
person's name; yet a name is not counted: "un poco de", "cinco", "ein bisschen" say the word
after them is a thing of the language they belong to.

Recall first: only a lower-case word in no list of names or everyday words is kept, alone
in its candidate, and only right after a counting word of a language other than English, or
after that language's partitive ("de", "di", "van", ...) following such a counting word
(directly, or past a plural measure after a number: "cinco minutos de"). An article alone,
definite ("la", "el") or indefinite ("un", "een", "ein"), is no evidence: "la montse" is a
person, and an indefinite article comes before people too ("een vriendin", "un tal ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import Kind, without_one_word_names

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# language -> (counting words: quantities and numbers two to ten;
#              partitives that join a quantity to what it counts)
_LANGUAGES: dict[str, tuple[str, str]] = {
    "es": (
        "poco poca pocos pocas mucho mucha muchos muchas tanto tanta tantos "
        "tantas bastante demasiado demasiada algo harto harta dos tres cuatro cinco seis "
        "siete ocho nueve diez",
        "de",
    ),
    "pt": (
        "pouco pouca poucos poucas muito muita muitos muitas tanto tanta "
        "bastante algo dois duas três quatro cinco seis sete oito nove dez",
        "de",
    ),
    "ca": (
        "mica poc poca pocs molt molta molts moltes dos dues tres quatre cinc",
        "de",
    ),
    "fr": (
        "peu beaucoup trop assez deux trois quatre cinq sept huit neuf dix",
        "de d",
    ),
    "it": (
        "po poco poca pochi poche molto molta molti molte tanto tanta tanti "
        "tante due tre quattro cinque sette otto nove dieci",
        "di",
    ),
    "ro": ("pic niște puțin puțină mult multă doi două trei patru cinci șase șapte opt", "de"),
    "de": (
        "bisschen bißchen wenig etwas viel viele zwei drei vier fünf sechs sieben acht neun zehn",
        "von",
    ),
    "nl": ("beetje weinig veel twee drie vier vijf zes zeven negen tien", "van"),
    "pl": ("trochę dużo mało dwa dwie trzy cztery pięć sześć siedem osiem", ""),
    "cs": ("trochu hodně málo dva dvě tři čtyři pět šest sedm osm", ""),
    "tl": ("konting kaunting maraming dalawang tatlong", ""),
}
_COUNTERS: dict[str, frozenset[str]] = {}
_PARTITIVES: dict[str, frozenset[str]] = {}
for _lang, (_counting, _joining) in _LANGUAGES.items():
    for _word in _counting.split():
        _COUNTERS[_word] = _COUNTERS.get(_word, frozenset()) | {_lang}
    for _word in _joining.split():
        _PARTITIVES[_word] = _PARTITIVES.get(_word, frozenset()) | {_lang}
# articles and numbers that count only as articles: a plural measure after them is no cue
_ARTICLES = frozenset(
    "un una unos unas um uma uns umas une uno o ein eine einen einem einer een isang".split()
)
_COUNTER_WORDS = frozenset(_COUNTERS)


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a counting word of another language among the text's words."""
    return not _COUNTER_WORDS.isdisjoint(lows)


def keep_counted_words(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """``found`` without the one-word names that are nouns a counting word counts."""
    return without_one_word_names(found, toks, lambda i: _counted(text, toks, i))


def _counted(text: str, toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if tok.kind is not Kind.UNKNOWN or not tok.word.islower() or tok.possessive:
        return False
    prev = _joined_before(text, toks, i)
    if prev is None:
        return False
    counted = _COUNTERS.get(prev.low)
    if counted:
        return True  # "cinco minutos", "trochę ciszy", "un cafecito"
    langs = _PARTITIVES.get(prev.low)
    if not langs:
        return False
    before = _joined_before(text, toks, i - 1)  # "un poco de paciencia"
    if before is None:
        return False
    if not langs.isdisjoint(_COUNTERS.get(before.low, ())):
        return True
    # "cinco minutos de silencio": a plural measure a number counts
    first = _joined_before(text, toks, i - 2)
    return (
        first is not None
        and before.kind is Kind.UNKNOWN
        and before.word.islower()
        and before.low.endswith("s")
        and first.low not in _ARTICLES
        and not langs.isdisjoint(_COUNTERS.get(first.low, ()))
    )


def _joined_before(text: str, toks: list[Token], i: int) -> Token | None:
    """The lower-case token right before ``toks[i]``, one space apart (or after an elided
    "d'"), if any."""
    if i < 1:
        return None
    prev = toks[i - 1]
    gap = text[prev.end : toks[i].start]
    if gap != " " and not (gap in ("'", "’") and prev.low == "d"):
        return None
    if not prev.word.islower():
        return None
    return prev
