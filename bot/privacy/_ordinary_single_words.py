"""Single words taken for names that the sentence shows are ordinary words.

Each reading is a class of sentence, not a list of words to let through:

- a thing given a name: "a mood he calls Sunny", "the feeling, which she named Pearl";
- a season named as a time: beside a time noun ("Summer break", "Winter term"), after a
  preposition of time ("better in Summer"), or with another season in the text ("Summer was
  terrible, but Autumn feels different");
- a word whose verb is a thing's: a score or a topic that goes up or comes up ("Hope went
  up", "Joy came up twice"), a bill that is due or comes in the post ("Bill is due");
- two virtues joined as the subject of one verb ("Grace and Mercy are what carry her");
- a name used as a common noun after "a" and a verb of being ("didn't want to be a Karen");
- a street name of a drug after a quantity word or a verb of using ("no charlie", "some
  molly");
- a title alone, no name after it ("the kids call her Miss all day");
- an informal address word ("bruv said", "cuz reckons");
- a hyphenated ethnicity ("Indo-Fijian", "Afro-Caribbean");
- the words of a quote glossed in brackets ('"Genade is genoeg" (grace is enough)');
- a kin word and the verb after it ("what would your ate say"): a verb is no name.

A word also doing a person's thing somewhere in the text (a verb of speech right after
it, "and her brother", an age) stays removed everywhere; a word read as a word at one place
and nowhere as a person stays everywhere (the writer uses it one way).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._lexicon import lexicon
from ._vocab import RELATIONS, TITLES

if TYPE_CHECKING:
    from ._word_classes import Candidate

_SEASONS = frozenset({"summer", "winter", "autumn", "spring"})
_VIRTUES = frozenset(
    "grace mercy hope faith charity patience joy peace serenity harmony unity verity prudence "
    "temperance constance felicity honour honor justice liberty trinity providence glory "
    "chastity modesty clemency love".split()
)
_DRUG_NAMES = frozenset({"charlie", "molly", "mandy", "tina", "lucy", "henry", "billy"})
_TITLES_ALONE = frozenset({"Miss", "Sir", "Madam", "Ma'am", "Ma’am", "Mister", "Maam"})
_ADDRESS_WORDS = frozenset(
    "bruv bro blud fam cuz mate mandem bredren bruh fella sis hun babes".split()
)
_ETHNIC_PREFIXES = frozenset(
    "indo afro sino anglo franco euro italo greco judeo hispano luso austro russo".split()
)
_KIN_TITLES = frozenset(
    "ate kuya lola lolo tita tito manang manong ading inay itay nanay tatay".split()
)
_VERBS_AFTER_KIN = frozenset(
    "say says said think thinks thought know knows knew notice notices noticed see sees saw "
    "feel feels felt want wants wanted is was would will".split()
)

_FEELINGS = frozenset(
    "anxiety anger fear sadness joy love peace light hope grief longing luck fate destiny "
    "strength courage freedom wisdom truth".split()
)
_MONEY = frozenset({"bill", "cash", "penny"})
_CUES = (
    *_SEASONS,
    *_FEELINGS,
    *_VIRTUES,
    *_DRUG_NAMES,
    *_ADDRESS_WORDS,
    *_KIN_TITLES,
    *_MONEY,
    "miss",
    "sir",
    "madam",
    "ma'am",
    "ma’am",
    "mister",
    "maam",
)

_CUE_SET = frozenset(_CUES)
_BEING_A_CUES = (
    *("be a", "being a", "been a", "such a", "bit of a"),
    *("a total", "a proper", "a right", "a complete", "a massive"),
)

_TIME_NOUNS = (
    "break|breaks|holiday|holidays|hols|term|terms|camp|job|jobs|school|evening|evenings|"
    "night|nights|months|season|vacation|weather|sun|solstice|fair|festival|semester|shift|"
    "shifts|exams|time"
)
_SEASON_AFTER = re.compile(r"\s+(?:" + _TIME_NOUNS + r")\b")
_REGION_AFTER = re.compile(r",\s+([A-Z][a-z]+)")
_SEASON_BEFORE = re.compile(
    r"\b(?:in|during|over|since|through|till|until|before|after|this|last|next|every|each|"
    r"all|my|her|his|their|our)\s+$",
    re.IGNORECASE,
)
_RISING = (
    r"(?:went|goes|go|has\s+gone|had\s+gone|is\s+going|was\s+going|crept|came|comes|has\s+come)"
    r"\s+(?:back\s+)?(?:up|down)"
    r"(?!\s+(?:to(?!\s+(?:an?\s+)?\d)|the|and|with|from|behind|beside|after|here|there|"
    r"stairs|at)\b)"
)
_THING_VERB = re.compile(
    r"(?:\s+(?:also|too|again|finally))?\s+(?:"
    + _RISING
    + r"|(?:rose|dropped|fell|increased|decreased|doubled|halved)\b"
    r"|(?:is|was|are|were)\s+(?:due|overdue|paid|unpaid|the\s+theme|the\s+topic)\b)"
)
_BILL_VERB = re.compile(
    r"\s+(?:came|arrived|turned\s+up|landed)\s+(?:in\s+the\s+(?:post|mail)"
    r"|from\s+the\s+(?:[a-z]+\s+){0,2}(?:company|council|bank|landlord|provider|office|"
    r"hospital|agency|supplier|service|services))\b"
)
# "Cash is tight", "Bill is due", "Bill came in the post"
_MONEY_VERB = re.compile(
    _BILL_VERB.pattern
    + r"|(?:\s+(?:also|too|again|still))?\s+(?:is|was|has\s+been|had\s+been|got|gets)\s+"
    r"(?:(?:very|really|so|a\s+bit|quite|always)\s+)?(?:tight|short|low|due|overdue|paid|unpaid)\b(?!\s+with\b)"
)
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")
_JOINED = re.compile(r"\s*(?:,|and|&|or)\s+")
_PLURAL_VERB = re.compile(r"\s+(?:are|were|carry|carried|keep|kept|get|got|hold|held)\b")
_BEING_A = re.compile(
    r"(?i:\b(?:be|being|been|such)\s+an?\s+(?:(?:bit\s+of\s+an?|total|proper|right|"
    r"complete|massive)\s+)?|\bbit\s+of\s+an?\s+|\ban?\s+(?:total|proper|right|complete|"
    r"massive)\s+)(?:[A-Z][a-z]+\s+)?$"  # "such a Nervous Nellie": the pair's first word
)
_QUANTITY_BEFORE = re.compile(
    r"\b(?:no|any|some|more|less|much|(?:gram|grams|bag|bags|bit|line|lines)\s+of|on|"
    r"off\s+the|doing|did|do|does|took|take|taking|"
    r"using|used|bought|buying|sniffed|snorted|dropped)\s+$",
    re.IGNORECASE,
)
# a person's thing right after the word: speech, a visit, an age, a relation
_PERSON_AFTER = re.compile(
    r"(?:\s*,\s*(?:her|his|their|my|our|who|aged?|\d)"
    r"|\s+(?:and|&)\s+(?:her|his|their)\s"
    r"|\s+(?:said|says|say|told|tells|asked|asks|texted|texts|messaged|rang|phoned|cried|"
    r"laughed|smiled|scaled|rated|shared|wrote|arrived|came\s+in\b|came\s+to|went\s+to|"
    r"turned\s+up|showed\s+up|did|didn't|doesn't|wants|wanted|is\s+\d|was\s+\d|who|"
    r"herself|himself|reckons|thinks)\b"
    r"|['’]s\s+(?:mum|mom|dad|mother|father|sister|brother|son|daughter|partner|husband|wife|"
    r"friend|teacher|nan|gran)\b)",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_NAMERS = frozenset(RELATIONS) | frozenset(TITLES)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*)$")
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
_ABSTRACT_SUFFIX = re.compile(r"(?:ment|ness|ity|tion|sion|ance|ence|tude|dom|ship|hood)$")
_DEFINED = re.compile(r"\s+(?:is|=)\s+([a-z]+)(?=\s*(?:[,.;:!?)—–]|\s(?:and|but|in|for)\b))")
_ITEM_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s*(?:,|,?\s+(?:and|&|or))\s+$")
_ITEM_AFTER = re.compile(r"\s*(?:,|,?\s+(?:and|&|or))\s+([A-Z][a-z]+)\b")
_CALLED_THING = re.compile(
    r"\b(?i:a|the|her|his|their|my|our|that|this)\s+(?:[a-z]+\s+)?(?:place|places|mood|moods|"
    r"feeling|feelings|time|part|side|voice|state|colour|color|song|prayer|word|corner|spot|"
    r"thing|game|ritual|routine|plant|flower|day|days|season|habit|tune)\b[^.;!?]{0,30}?"
    r"(?:\b(?:that|which)\s+)?\b(?:she|he|they|I|we)\s+(?:calls?|called|names?|named|"
    r"nicknamed)\s+$"
)
_GLOSSED_QUOTE = re.compile(r"[\"“]([^\"“”\n]{1,60})[\"”]\s*\(([a-z][a-z '’,-]{1,60})\)")
_ETHNIC = re.compile(r"([A-Z][a-z]+)-[A-Z][a-z]+")


def may_hold_ordinary_single_words(text: str, lows: list[str]) -> bool:
    """Cheap check: a word one of the readings needs, a hyphen, a glossed quote, "be a",
    "calls" or "named"."""
    return (
        not _CUE_SET.isdisjoint(lows)
        or "-" in text
        or ")" in text
        or any(cue in text for cue in _BEING_A_CUES)
        or " call" in text
        or " name" in text
    )


def keep_ordinary_single_words(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the words the sentence reads as ordinary words."""
    read = [c for c in out if _read_as_word(text, c, out)]
    read += _glossed_quote_words(text, out, read)
    if not read:
        return out
    persons = {_word(text, c).lower() for c in out if c not in read and _a_person(text, c)}
    kept = {_word(text, c).lower() for c in read} - persons
    return [c for c in out if _word(text, c).lower() not in kept]


def _word(text: str, cand: Candidate) -> str:
    return text[cand[0] : cand[1]]


def _person_after(text: str, cand: Candidate) -> bool:
    return _PERSON_AFTER.match(text, cand[1]) is not None


def _a_person(text: str, cand: Candidate) -> bool:
    """Whether a candidate the readings leave reads as a person: a person's thing after it,
    a relation or a title right before it ("her little brother Winter"), or a sentence
    opened by it and a verb ("Summer brought her brother")."""
    if _person_after(text, cand):
        return True
    before = _WORD_BEFORE.search(text, max(0, cand[0] - 20), cand[0])
    if before is not None and before.group(1).lower() in _NAMERS:
        return True
    opens = _SENTENCE_START.search(text, max(0, cand[0] - 4), cand[0]) is not None
    return opens and _LOWER_WORD_AFTER.match(text, cand[1]) is not None


def _read_as_word(text: str, cand: Candidate, out: list[Candidate]) -> bool:
    start, end, kind = cand[0], cand[1], cand[2]
    word = text[start:end]
    if kind not in ("name", "place", "org"):
        return False
    if " " in word:  # "your ate say", "being such a Debbie Downer about it"
        return _kin_and_verb(word) or _common_noun_pair(text, cand)
    low = word.lower()
    if word.islower() and low in _ADDRESS_WORDS:
        return True  # "bruv said": an address word speaks too
    if "-" in word:
        m = _ETHNIC.fullmatch(word)
        return m is not None and m.group(1).lower() in _ETHNIC_PREFIXES
    if word in _TITLES_ALONE:
        nxt = re.match(r"\s+(\S)", text[end:])
        return nxt is None or not nxt.group(1).isupper()
    if (word[0].isupper() and low in _VIRTUES and _THING_VERB.match(text, end)) or (
        low in _MONEY and word[0].isupper() and _MONEY_VERB.match(text, end)
    ):
        return True  # "Hope went up", "Bill came in the post"
    if _person_after(text, cand):
        return False
    before = text[max(0, start - 24) : start]
    if low in _SEASONS and word[0].isupper():
        return _season(text, cand, before)
    if word[0].isupper() and (low in _VIRTUES or low == "bill"):
        if _THING_VERB.match(text, end):
            return True
        if low in _VIRTUES and _joined_virtues(text, cand, out):
            return True
    if word.islower() and low in _VERBS_AFTER_KIN:  # "your kuya think"
        kin = re.search(r"(?<![\w-])([a-z]+)\s+$", before)
        return kin is not None and kin.group(1) in _KIN_TITLES
    if word.islower() and low in _DRUG_NAMES:
        return _QUANTITY_BEFORE.search(before) is not None
    if word[0].isupper() and (
        _defined_by_a_concept(text, start, end) or _among_concepts(text, cand)
    ):
        return True  # "Amal is hope and", "Joy, Anxiety and Embarrassment"
    if word[0].isupper() and _CALLED_THING.search(text, max(0, start - 70), start):
        return True  # "a mood he calls Sunny", "the feeling after the swim, which she named Pearl"
    if word[0].isupper() and low not in _VIRTUES and _BEING_A.search(before):
        return not re.match(r"\s+[A-Z]", text[end:])  # "be a Karen about it"
    return False


def _season(text: str, cand: Candidate, before: str) -> bool:
    start, end = cand[0], cand[1]
    region = _REGION_AFTER.match(text, end)
    if region is not None and region.group(1).lower() not in _SEASONS:
        return False  # "moved in Spring, Texas": a town and its state
    if _SEASON_AFTER.match(text, end) or _SEASON_BEFORE.search(before):
        return True
    low = text[start:end].lower()
    others = _SEASONS - {low}
    return any(
        re.search(r"(?<![\w-])(?i:" + other + r")(?![\w-])", text) is not None for other in others
    )


def _joined_virtues(text: str, cand: Candidate, out: list[Candidate]) -> bool:
    """Two virtues joined as one subject: "Grace and Mercy are what carry her"."""
    start, end = cand[0], cand[1]
    after = _JOINED.match(text, end)
    if after is not None:
        m = re.match(r"([A-Z][a-z]+)", text[after.end() :])
        if m is not None and m.group(1).lower() in _VIRTUES:
            tail = after.end() + m.end()
            return bool(_PLURAL_VERB.match(text, tail) or _THING_VERB.match(text, tail))
    before = re.search(r"([A-Z][a-z]+)\s*(?:,|and|&|or)\s+$", text[max(0, start - 30) : start])
    if before is not None and before.group(1).lower() in _VIRTUES:
        return bool(_PLURAL_VERB.match(text, end) or _THING_VERB.match(text, end))
    del out
    return False


def _concept(word: str) -> bool:
    """An abstract noun: a virtue or a feeling, or an abstract suffix ("Embarrassment")."""
    low = word.lower()
    return low in _VIRTUES or low in _FEELINGS or _ABSTRACT_SUFFIX.search(low) is not None


def _defined_by_a_concept(text: str, start: int, end: int) -> bool:
    """'Amal is hope and ...': the word, opening a sentence, stands for an abstract noun
    ("X means hope" is read by ``_mentioned_words``)."""
    m = _DEFINED.match(text, end)
    return (
        m is not None
        and _concept(m.group(1))
        and _SENTENCE_START.search(text, max(0, start - 4), start) is not None
    )


def _among_concepts(text: str, cand: Candidate) -> bool:
    """A list of capitalised English words one of which is an abstract noun and no given
    name ("Joy, Anxiety and Embarrassment"): its members are the same kind of thing."""
    members = _list_members(text, cand[0], cand[1])
    if len(members) < 2:
        return False
    lex = lexicon()
    lows = [m.lower() for m in members]
    if any(low not in lex.ordinary for low in lows):
        return False  # "Hope, Temperance, Blessing and Kwabena": one is a person's name
    return any(
        _ABSTRACT_SUFFIX.search(low) is not None
        and low not in lex.given_names
        and low not in _VIRTUES  # "Temperance" is a virtue's name and a person's
        for low in lows
    )


def _list_members(text: str, start: int, end: int) -> list[str]:
    members = [text[start:end]]
    pos = start
    while (m := _ITEM_BEFORE.search(text, max(0, pos - 40), pos)) is not None:
        members.insert(0, m.group(1))
        pos = m.start(1)
    pos = end
    while (m := _ITEM_AFTER.match(text, pos)) is not None:
        members.append(m.group(1))
        pos = m.end(1)
    return members


def _common_noun_pair(text: str, cand: Candidate) -> bool:
    """Two capitalised words used as a common noun after "be a": "such a Debbie Downer"."""
    parts = text[cand[0] : cand[1]].split()
    return (
        len(parts) == 2
        and all(_CAPITALISED.fullmatch(p) for p in parts)
        and _BEING_A.search(text, max(0, cand[0] - 24), cand[0]) is not None
        and _person_after(text, cand) is False
        and re.match(r"\s+[A-Z]", text[cand[1] :]) is None
    )


def _kin_and_verb(word: str) -> bool:
    """A kin word typed small and the verb after it: "ate say", "kuya think"."""
    parts = word.split()
    return (
        len(parts) == 2
        and word.islower()
        and parts[0] in _KIN_TITLES
        and parts[1] in _VERBS_AFTER_KIN
    )


def _glossed_quote_words(text: str, out: list[Candidate], read: list[Candidate]) -> list[Candidate]:
    """Candidates inside a quote glossed in brackets right after it, unless the gloss
    repeats the word (a name is carried into its translation)."""
    if '"' not in text and "“" not in text:
        return []
    found: list[Candidate] = []
    for m in _GLOSSED_QUOTE.finditer(text):
        gloss = m.group(2)
        for cand in out:
            if cand in read or not (m.start(1) <= cand[0] and cand[1] <= m.end(1)):
                continue
            if _word(text, cand) not in gloss:
                found.append(cand)
    return found
