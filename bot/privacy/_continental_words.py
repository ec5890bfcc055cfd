"""Words of continental Europe's languages written into English, kept as words.

Practitioners in Germany, Austria, Switzerland, the Netherlands, Belgium, France, Italy and
Poland write their notes in English as a second language and keep their own word for the
thing: German capitalises every noun ("his own Zimmer", "the new Wohnung", "her biggest
Wunsch"), the offices, benefits and school types of their country are named in general in
its words ("the Psychiatrie", "in Elternzeit", "the Elterngeld is not enough", "the
Wohngruppe"), a trade after "as" is a calque of German "als" ("an Ausbildung as Maler",
"worked as Bauer"), and the feasts of the year are theirs ("at Sankt Martin", "for
Fasching", "on Nikolaus"). In no English list, each reads as a rare name. A lone
candidate is kept as a word when:

- an English determiner or owner stands before it, with at most two lower-case words
  between ("the", "his own", "her biggest"), and it is a German noun by the lists and
  shapes of ``_german_nouns`` (an everyday noun, a noun ending, a compound on an everyday
  head) or a compound on a head for a service, a benefit or a stay (-hilfe, -geld, -zeit,
  -gruppe, -familie, -sicherung ...); a compound on a head that ends single institutions'
  names too (-schule, -amt, -klinik, -heim, -haus ...) only as a kind of institution of
  ``_GENERIC_BODIES`` ("the Förderschule", not "the Kreuzschule");
- with no determiner, it is a compound on a head for a benefit or a status ("in
  Elternzeit", "gets Kindergeld", "on Bürgergeld");
- "as" or "als" stands before it and it is a trade ("as Maler", "as Friseurin");
- it is a feast of these countries (``_FEASTS``), after a word of time ("at", "on",
  "for", "since", "after" ...) where its word is also a given name ("on Nikolaus").

Recall first: a title or an initial before it ("Frau Zimmer", "Herr Koch") or a capitalised
word beside it (a longer name: "the Förderschule Lindenhof"), a function word and a
capitalised word after it ("the Förderschule am Lindenhof", "the Jugendamt in Pankow"), a
verb only people do after it ("Bauer said", "as Koch told me"), a town, region or common
given name, an acronym, a street or town compound (-straße, -gasse, -dorf, -stadt ...) and
the names of welfare bodies (``_german_nouns._BODIES``) keep the candidate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._german_loanwords import _person_slot as person_slot  # pyright: ignore[reportPrivateUsage]
from ._german_nouns import _BODIES, _EVERYDAY, TOWNS, _noun_by_shape
from ._german_nouns import _PLACE_HEADS as _GERMAN_PLACE_HEADS
from ._vocab import PERSON_ONLY_VERBS

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_KINDS = frozenset({"name", "place", "org"})
_MIN_PREFIX = 3
_MAX_BETWEEN = 2
_SHORT = 3  # a function word between a word and a capital after it: "am", "in", "der"
# short German heads and endings that end names of other languages too ("Tamirat",
# "Aminabad", "Konrad", "Yichen"): no cue by themselves
_FOREIGN_NAME_ENDS = ("rat", "bad", "rad", "chen", "nis")
# lower-case words that may stand between the determiner and the noun ("his own Zimmer",
# "her biggest Wunsch"): adjectives, never a kin word or a preposition ("her sister Mele",
# "his nani near Aminabad")
_ADJECTIVES = frozenset(
    (
        "own new old whole first last little small big next other same local daily weekly "
        "current former entire usual single only second third tiny huge great good bad "
        "long short nice strict"
    ).split()
)
# English determiners and owners before a noun
_DETERMINERS = frozenset(
    "the a an his her their my our your its this that these those every each no any".split()
)
# heads of German compounds naming a service, a benefit, a stay or a group of people at home
_SERVICE_HEADS = (
    "hilfe",
    "geld",
    "zeit",
    "gruppe",
    "familie",
    "sicherung",
    "schutz",
    "beratung",
    "wohnung",
    "zimmer",
    "unterkunft",
    "betreuung",
    "begleitung",
    "urlaub",
    "rente",
    "zulage",
    "beihilfe",
    "unterhalt",
    "pflege",
)
# heads that end the names of single institutions too ("the Kreuzschule", "the
# Lindenhaus"): a compound on one is kept only as a kind of institution of ``_GENERIC_BODIES``
_INSTITUTION_HEADS = (
    "schule",
    "amt",
    "zentrum",
    "klinik",
    "heim",
    "gericht",
    "behörde",
    "kasse",
    "haus",
    "dienst",
    "stelle",
    "station",
    "psychiatrie",
)
# kinds of school, office, court, clinic, home and service of German-speaking countries,
# named in general ("after the Grundschule", "the Jugendamt called")
_GENERIC_BODIES = frozenset(
    (
        "grundschule volksschule hauptschule realschule gesamtschule mittelschule "
        "förderschule sonderschule berufsschule fachschule abendschule gemeinschaftsschule "
        "sekundarschule oberschule werkrealschule stadtteilschule privatschule musikschule "
        "sprachschule fahrschule tanzschule hochschule fachhochschule kantonsschule "
        "primarschule waldorfschule sprachheilschule heilpädagogische "
        "jugendamt sozialamt arbeitsamt ordnungsamt standesamt gesundheitsamt schulamt "
        "wohnungsamt versorgungsamt finanzamt bürgeramt landratsamt einwohneramt "
        "jugendzentrum familienzentrum beratungszentrum gesundheitszentrum sozialzentrum "
        "stadtteilzentrum ärztezentrum tagesklinik kinderklinik frauenklinik uniklinik "
        "rehaklinik suchtklinik kinderheim jugendheim altenheim pflegeheim wohnheim "
        "asylheim flüchtlingsheim studentenheim familiengericht amtsgericht sozialgericht "
        "jugendgericht ausländerbehörde jugendbehörde sozialbehörde meldebehörde "
        "krankenkasse pflegekasse frauenhaus krankenhaus jugendhaus kinderhaus "
        "sozialdienst pflegedienst jugenddienst rettungsdienst besuchsdienst "
        "beratungsstelle erziehungsberatungsstelle schuldnerberatungsstelle anlaufstelle "
        "fachstelle suchtberatungsstelle kinderpsychiatrie jugendpsychiatrie "
        "erwachsenenpsychiatrie notaufnahme intensivstation kinderstation"
    ).split()
)
# heads of a benefit or a status, named without an article ("in Elternzeit", "on Bürgergeld")
_STATUS_HEADS = ("geld", "zeit", "hilfe", "sicherung", "schutz", "rente", "zulage", "beihilfe")
# nouns of services and care a note names in general ("the Psychiatrie", "the Reha")
_SERVICES = frozenset(
    (
        "psychiatrie reha kita hort gymnasium mensa duldung karenz kur "
        "wunsch gruppe stelle stimmung heimat lehre ausbildung wohnung"
    ).split()
)
# heads of streets, squares and towns: such a compound names where someone lives. Those of
# the German-text pass, but for heads that also end everyday compounds written into English
# notes ("Kindergarten", "Pflegeheim", "Bauernhof") or are short enough to end other words
_NOT_PLACE_HEADS = frozenset(
    "au garten heim hof horn kai park siedlung steig str tor viertel wald".split()
)
_PLACE_HEADS = tuple(h for h in _GERMAN_PLACE_HEADS if h not in _NOT_PLACE_HEADS)
# trades named after "as"/"als" ("an Ausbildung as Maler"), several also surnames
_TRADES = frozenset(
    (
        "maler malerin bauer bäuerin koch köchin bäcker bäckerin schneider schneiderin "
        "fischer müller metzger fleischer schreiner tischler elektriker mechaniker "
        "pfleger pflegerin altenpfleger altenpflegerin krankenpfleger verkäufer "
        "verkäuferin kellner kellnerin friseur friseurin frisör frisörin gärtner "
        "gärtnerin maurer installateur zimmermann dachdecker fahrer fahrerin busfahrer "
        "taxifahrer lkw-fahrer putzfrau reinigungskraft krankenschwester hausmeister "
        "lagerist lageristin erzieher erzieherin lehrer lehrerin schlosser klempner "
        "bauarbeiter hilfsarbeiter kassierer kassiererin apotheker apothekerin "
        "zahnarzthelferin arzthelferin kauffrau kaufmann"
    ).split()
)
_AS = frozenset({"as", "als"})
# words that list a person beside the word, or say something to one: "Sione and Taschengeld"
_LIST_WORDS = frozenset("and or nor with to told asked met called".split())
# feminine trades: "as Friseurin", "as Verkäuferin"
_TRADE_ENDS = ("eurin", "erin")
_MIN_TRADE = 7
# feasts and customs of the year in continental Europe, as lower-case word sequences
_FEASTS = frozenset(
    (
        ("fasching",),
        ("fastnacht",),
        ("fasnacht",),
        ("karneval",),
        ("kermis",),
        ("kirmes",),
        ("sinterklaas",),
        ("pakjesavond",),
        ("koningsdag",),
        ("ferragosto",),
        ("befana",),
        ("pasquetta",),
        ("wigilia",),
        ("andrzejki",),
        ("mikołajki",),
        ("zaduszki",),
        ("oktoberfest",),
        ("wiesn",),
        ("pfingsten",),
        ("ostern",),
        ("weihnachten",),
        ("heiligabend",),
        ("silvester",),
        ("fronleichnam",),
        ("allerheiligen",),
        ("allerseelen",),
        ("martinstag",),
        ("nikolaus",),
        ("nikolo",),
        ("krampus",),
        ("toussaint",),
        ("chandeleur",),
        ("mikuláš",),
        ("vánoce",),
        ("velikonoce",),
        ("wielkanoc",),
        ("rosenmontag",),
        ("weiberfastnacht",),
        ("sechseläuten",),
        ("sankt", "martin"),
        ("st", "martin"),
        ("sankt", "nikolaus"),
        ("saint", "nicolas"),
    )
)
_FEAST_WORDS = frozenset(w for feast in _FEASTS for w in feast)
# words of time before a feast: "at Sankt Martin", "since Toussaint", "for Fasching"
_TIME_BEFORE = frozenset(
    "at on for since after before until till during around over from by last next this "
    "every about".split()
)


def keep_continental_words(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the candidates that are words of continental Europe's languages
    written into English (module docstring)."""
    if not found:
        return found
    by_start = {t.start: i for i, t in enumerate(toks)}
    by_end = {t.end: i for i, t in enumerate(toks)}
    names = frozenset(by_start.get(c[0], -1) for c in found if c[2] == "name")
    kept: list[Candidate] = []
    for cand in found:
        first = by_start.get(cand[0])
        last = by_end.get(cand[1])
        if cand[2] in _KINDS and first is not None and last is not None:
            if _feast(toks, first, last + 1, lex):
                continue
            if first == last and _word(text, toks, first, lex, names):
                continue
        kept.append(cand)
    return kept


def _feast(toks: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """``toks[first:last]`` lies inside a feast's name after a word of time."""
    if toks[first].low not in _FEAST_WORDS:
        return False
    for feast in _FEASTS:
        size = len(feast)
        for start in range(max(0, last - size), first + 1):
            if start + size < last or start + size > len(toks):
                continue
            if tuple(t.low for t in toks[start : start + size]) != feast:
                continue
            if not all(t.capital for t in toks[start : start + size]):
                continue
            before = toks[start - 1].low if start > 0 else ""
            ambiguous = size == 1 and (feast[0] in lex.given_names or feast[0] in lex.places)
            if before in _TIME_BEFORE or (not ambiguous and before in _DETERMINERS):
                return True
    return False


def _word(text: str, toks: list[Token], i: int, lex: Lexicon, names: frozenset[int]) -> bool:
    """Lone capitalised ``toks[i]`` is a German noun, a benefit or a trade by its place."""
    tok = toks[i]
    low = tok.low
    if tok.acronym or tok.word.isupper() or tok.title:
        return False
    if not tok.capital:
        return False
    if i > 0 and (toks[i - 1].title or toks[i - 1].initial):
        return False  # "Frau Zimmer", "Herr Koch"
    if low in lex.places or low in lex.regions or low in TOWNS or low in _BODIES:
        return False
    if lex.given_names.get(low, 0) or _ends(low, _PLACE_HEADS) or _run(text, toks, i):
        return False
    if _person_after(text, toks, i):
        return False  # "Bauer said", "as Koch told me"
    if i == 0:
        return False
    before = toks[i - 1].low if text[toks[i - 1].end : tok.start] == " " else ""
    if before in _AS:
        return low in _TRADES or (low.endswith(_TRADE_ENDS) and len(low) >= _MIN_TRADE)
    if _after_determiner(text, toks, i):
        return _german_noun(low)
    return (
        _ends(low, _STATUS_HEADS)
        and low not in lex.surnames
        and before not in _LIST_WORDS
        and not toks[i - 1].capital
        and not person_slot(text, toks, i, names)
    )


def _german_noun(low: str) -> bool:
    """A German noun by list or shape; a compound on a head of an institution only where it
    names a kind of institution ("the Förderschule", not "the Kreuzschule")."""
    if low in _EVERYDAY or low in _SERVICES or low in _GENERIC_BODIES:
        return True
    if _ends(low, _INSTITUTION_HEADS) or low.endswith(_FOREIGN_NAME_ENDS):
        return False
    return _noun_by_shape(low) or _ends(low, _SERVICE_HEADS)


def _ends(low: str, heads: tuple[str, ...]) -> bool:
    """``low`` is a compound on one of ``heads``, three letters or more before it."""
    return any(low.endswith(h) and len(low) - len(h) >= _MIN_PREFIX for h in heads)


def _run(text: str, toks: list[Token], i: int) -> bool:
    """A capitalised word beside ``toks[i]``, or a short function word and a capitalised
    word after it: part of a longer name ("Förderschule am Lindenhof")."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    if (
        prev
        and prev.capital
        and prev.low not in _DETERMINERS
        and text[prev.end : tok.start] in (" ", "-")
    ):
        return True
    if i + 1 < len(toks) and text[tok.end : toks[i + 1].start] in (" ", "-"):
        nxt = toks[i + 1]
        if nxt.capital:
            return True
        if i + 2 < len(toks) and len(nxt.low) <= _SHORT and toks[i + 2].capital:
            return text[nxt.end : toks[i + 2].start] == " "
    return False


def _person_after(text: str, toks: list[Token], i: int) -> bool:
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return text[toks[i].end : nxt.start] == " " and nxt.low in PERSON_ONLY_VERBS


def _after_determiner(text: str, toks: list[Token], i: int) -> bool:
    """An English determiner before ``toks[i]``, at most two lower-case words between, all
    one space apart."""
    k = i - 1
    between = 0
    while k >= 0 and text[toks[k].end : toks[k + 1].start] == " ":
        low = toks[k].low
        if low in _DETERMINERS:
            return True
        if toks[k].capital or between >= _MAX_BETWEEN:
            return False
        if low not in _ADJECTIVES and not low.endswith("est"):
            return False
        between += 1
        k -= 1
    return False
