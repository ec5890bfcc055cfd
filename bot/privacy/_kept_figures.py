"""Names kept as they are: cited words, public figures, teams, theorists, eponymous conditions."""

from __future__ import annotations

import re

from ._case_blind import folds_as_lower
from ._lexicon import Lexicon, lexicon
from ._run_exceptions import _WORD_RE
from ._vocab import PERSON_VERBS
from ._word_classes import Candidate, Kind, _classify

_CITING_HINT = re.compile(r"(?i)\b(?:word|term|phrase|expression|saying|in)\s")
_CITED_BEFORE = re.compile(
    r"(?i)\b(?:the|a|this|that|her|his|their|our)\s+(?:\w+\s+)?"
    r"(?:word|term|phrase|expression|saying)\s+[\"“‘']?$"
)
_SPOKEN_IN_BEFORE = re.compile(
    r"(?i)\b(?:spoke|speaks?|speaking|talked|talks?|talking|wrote|writes?|written|writing|"
    r"answered|answers?|replied|replies|prayed|prays|sang|sings?|singing|swore|swears?|"
    r"counted|counts?|cursed|texted|texts|chatted|chats)\s+"
    r"(?:(?:to\s+)?(?:me|us|them|it|him|her|mostly|only|all|both|back)\s+)?in\s+$"
)
_CITE_REACH = 48
# "told me in Western Armenian that", "used the PHQ-9 in Mongolian;": after "in", an everyday
# word naming a people (the language they speak), alone or after a word of variety, with no
# capitalised word after it, is a language, not a place
_LANGUAGE_ENDINGS = ("ian", "ese", "ish", "ic", "an", "i", "ch", "kh", "ek", "ak", "ew")
_LANGUAGE_VARIETIES = frozenset(
    "western eastern northern southern modern classical standard old colloquial levantine "
    "egyptian gulf brazilian european mainland".split()
)


def _language_after_in(text: str, cand: Candidate, lex: Lexicon) -> bool:
    start, end, _ = cand
    if text[max(0, start - 3) : start].lower() != "in ":
        return False
    words = text[start:end].split(" ")
    if len(words) > 2 or (len(words) == 2 and words[0].lower() not in _LANGUAGE_VARIETIES):
        return False
    low = words[-1].lower()
    if low not in lex.ordinary or low in lex.places or not low.endswith(_LANGUAGE_ENDINGS):
        return False
    after = text[end : end + 2]
    return not after or after[0] in ".,;:!?)" or (after[0] == " " and after[1:2].islower())


def _cited_or_spoken(text: str, cand: Candidate, lex: Lexicon) -> bool:
    """ "used the word Sakina", "spoke in Shona", "wrote them in Cantonese": a single word quoted
    as a word, or the language someone speaks in, names nobody."""
    start, end, _ = cand
    if _language_after_in(text, cand, lex):
        return True
    if " " in text[start:end] or text[end : end + 1] in ("'", "’"):
        return False
    before = text[max(0, start - _CITE_REACH) : start]
    if _CITED_BEFORE.search(before):
        return True
    word = text[start:end]
    if word.lower() in lex.places or _classify(word, lex) is Kind.UNKNOWN:
        return False  # "spoke in Kapiti": a word in no list may be a town
    return bool(_SPOKEN_IN_BEFORE.search(before))


_THING_NAMED_HINT = re.compile(  # the look-ahead fails fast where no verb can start
    r"(?i)(?=[cnd])\b(?:call|calls|called|name|names|named|nicknamed|dubbed)\s+it\b"
)
_THING_NAMED_BEFORE = re.compile(
    r"(?i)\b(?:call|calls|called|name|names|named|nicknamed|dubbed)\s+it\s+[\"“‘']?(?:the\s+)?$"
)


def _may_name_thing(text: str) -> bool:
    """Whether ``_THING_NAMED_HINT`` matches; where its case-blind matching is that of
    ``lower()`` (``folds_as_lower``) only once one of its verbs stands in the text."""
    if folds_as_lower(text):
        low = text.lower()
        if "call" not in low and "name" not in low and "dubbed" not in low:
            return False
    return _THING_NAMED_HINT.search(text) is not None


def _thing_named(text: str, cand: Candidate) -> bool:
    """'he called it "the Buzz"', "she named it Storm": the name given to a problem or a
    feeling, as externalising does, names nobody ("it" is never a person)."""
    start = cand[0]
    return bool(_THING_NAMED_BEFORE.search(text, max(0, start - _CITE_REACH), start))


_PUBLIC_WORD_ALTERNATION = (
    r"fans?|supporters?|supports|songs|lyrics|albums?|novels|movies|poems|poetry|"
    r"concerts?|quoted|quotes|quoting"
)
_PUBLIC_HINT = re.compile(  # the look-ahead fails fast where no branch can start
    rf"(?i)(?=[fslanmpcq\"”])(?:\b(?:{_PUBLIC_WORD_ALTERNATION})\b|[\"”]\s+by\s)"
)
# what every course code holds ("[A-Z]{3}\d", looked for from the digit: found faster)
_COURSE_HINT = re.compile(r"\d(?<=[A-Z]{3}\d)")
# what every school year code holds ("\b[ACDFHJKPQRTUVXYZ]\d", from the digit as well)
_LEVEL_HINT = re.compile(r"\d(?<=\b[ACDFHJKPQRTUVXYZ]\d)")
_EXAM_HINT = re.compile(r"[A-Z]{3,6}\s+(?:exams?|tests?|results|papers|scores|certificates?)\b")
# the words these two hints need, as substrings (found faster than by the regexes, which try
# every branch at every character)
_EXAM_WORDS = tuple("exam test result paper score certificate".split())
_PUBLIC_STEMS = tuple("fan support song lyric album novel movie poem poet concert quot".split())


def _may_name_exams(text: str) -> bool:
    """False when ``_EXAM_HINT`` cannot match: none of its (lower-case) words is in ``text``."""
    for word in _EXAM_WORDS:  # noqa: SIM110 - a loop costs less than a generator here
        if word in text:
            return True
    return False


_PUBLIC_WORDS = re.compile(rf"(?i)(?:{_PUBLIC_WORD_ALTERNATION})\b")
_QUOTED_BY = re.compile(r"(?i)[\"”]\s+by\s")
_CITING_STEMS = tuple("word term phrase expression saying in".split())
_CITING_WORDS = re.compile(_CITING_HINT.pattern.replace(r"\b(?:", "(?:", 1))


def _may_name_public(text: str) -> bool:
    """Whether ``_PUBLIC_HINT`` matches; where its case-blind matching is that of
    ``lower()`` (``folds_as_lower``) its words are looked for only where a stem of theirs
    stands."""
    if not folds_as_lower(text):
        return _PUBLIC_HINT.search(text) is not None
    low = text.lower()
    return _word_from_stem(text, low, _PUBLIC_STEMS, _PUBLIC_WORDS) or (
        ('"' in text or "”" in text) and "by" in low and _QUOTED_BY.search(text) is not None
    )


def _may_cite(text: str) -> bool:
    """Whether ``_CITING_HINT`` matches (found as ``_may_name_public`` finds its words)."""
    if not folds_as_lower(text):
        return _CITING_HINT.search(text) is not None
    return _word_from_stem(text, text.lower(), _CITING_STEMS, _CITING_WORDS)


def _word_from_stem(text: str, low: str, stems: tuple[str, ...], words: re.Pattern[str]) -> bool:
    """Whether ``words`` (a case-blind alternation of words, each opening with one of
    ``stems``) matches in ``text`` (one ``folds_as_lower``) at the start of a word: the
    ``\\b(?:...)`` hint regex, tried only where a stem occurs in ``low`` (``text.lower()``)."""
    for stem in stems:
        at = low.find(stem)
        while at >= 0:
            if (at == 0 or not _ascii_word_char(text[at - 1])) and words.match(text, at):
                return True
            at = low.find(stem, at + 1)
    return False


def _ascii_word_char(char: str) -> bool:
    """Whether a character is one ``\\w`` matches (in any script: a letter or a digit of it)."""
    return char.isalnum() or char == "_"


_EXAM_ACRONYM = re.compile(r"[A-Z]{3,6}")


def _exam_acronym(text: str, cand: Candidate) -> bool:
    """ "his DSE exams", "her WASSCE results": letters naming an exam name nobody."""
    start, end, _ = cand
    return bool(_EXAM_ACRONYM.fullmatch(text, start, end) and _EXAM_HINT.match(text, start))


# not "quoted": people quote their teacher or their gran as often as a public figure
_FAN_BEFORE = re.compile(r"(?i)\b(?:fans?|supporters?)\s+of\s+$")
_SUPPORTS_BEFORE = re.compile(r"(?i)\bsupports?\s+$")
_AUTHOR_BEFORE = re.compile(r"[\"”]\s+by\s+$")
_WORKS_AFTER = re.compile(r"\s+(?:songs|lyrics|albums?|novels|movies|poems|poetry|concerts?)\b")
_TEAM_WORDS = frozenset(
    """
    city united rovers athletic wanderers rangers celtic albion county town fc afc hotspur
    villa palace forest wednesday dynamos pirates chiefs sundowns
    """.split()
)
_PUBLIC_REACH = 24
_FULL_NAME = 2


def _public_figure_or_team(text: str, cand: Candidate) -> bool:
    """ "a fan of Umm Kulthum", "supporter of Al Ahly", "supports Bradford City", "Umm Kulthum
    songs", '"Man's Search for Meaning" by Viktor Frankl': a singer, author or team that
    thousands follow identifies none of them. A single word is left alone: a first name
    may well be the client's ("a fan of Tomasi")."""
    start, end, _ = cand
    words = text[start:end].split()
    before = text[max(0, start - _PUBLIC_REACH) : start]
    if len(words) < _FULL_NAME:
        return False
    if _FAN_BEFORE.search(before):
        return True
    if _SUPPORTS_BEFORE.search(before) and words[-1].lower() in _TEAM_WORDS:
        return True
    return bool(_AUTHOR_BEFORE.search(before) or _WORKS_AFTER.match(text, end))


# Therapists and theorists whose surnames are everyday surnames too ("Miller and Rollnick
# style", "White and Epston's ideas", "Siegel's Window of Tolerance"): kept only beside a word
# naming a model or idea, and never when a verb of a person follows ("Miller said"). The
# surnames that are no one else's (Bowlby, Epston) are in safe_words.txt. First names count
# only with a surname ("Insoo Kim Berg"), since a first name alone may be anyone's.
_THEORIST_SURNAMES = frozenset(
    """
    white miller rogers beck ellis linehan hayes gottman johnson siegel klein bowen haley
    erickson bateson berg adler jung perls bandura erikson seligman herman levine ogden
    schwartz neff gilbert greenberg mcgoldrick perry hughes golding bateman padesky burns
    clark wells ehlers foa shapiro harris dolan iveson ratner furman selekman andersen
    anderson freedman combs denborough wade jenkins prochaska diclemente frankl shazer
    epston rollnick bowlby ainsworth minuchin satir yalom maslow porges karpman winnicott
    """.split()
)
_THEORIST_GIVEN = frozenset(
    """
    steve insoo michael david carl aaron albert marsha john mary donald salvador virginia
    murray milton irvin viktor abraham bessel stephen dan daniel julie sue susan steven paul
    kristin william bill mason peter richard judith harlene harry tom karl yvonne kim evan
    """.split()
)
_THEORIST_PARTICLES = frozenset("de van der von and &".split())
_THEORIST_WORDS = _THEORIST_SURNAMES | _THEORIST_GIVEN
_MODEL_CUES = frozenset(
    """
    style model models approach approaches theory theories framework frameworks method
    methods ideas idea concept concepts stages hierarchy triangle attachment window lens
    tradition school principles techniques technique map work writing writings book books
    externalising externalizing externalise externalize externalised externalized
    externalisation externalization narrative narratives outcome outcomes
    """.split()
)
_THEORIST_REACH = 6  # words either side in which the model word must stand
_LONE_THEORIST_REACH = 3
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _names_a_theorist(text: str, cand: Candidate) -> bool:
    """ "Miller and Rollnick style", "de Shazer and Insoo Kim Berg", "Siegel's Window of
    Tolerance": the founders of a model named beside it are no client."""
    start, end, kind = cand
    if kind != "name":
        return False
    end = _with_everyday_surname(text, start, end)
    words = [_POSSESSIVE_END.sub("", w).lower() for w in text[start:end].split()]
    names = [w for w in words if w not in _THEORIST_PARTICLES]
    if not names or names[-1] not in _THEORIST_SURNAMES:
        return False
    if any(w not in _THEORIST_WORDS for w in names):
        return False
    after = _WORD_RE.findall(text[end : end + 80])
    if after and after[0].lower() in PERSON_VERBS:
        return False  # "Miller said the model..." is a person
    before = _WORD_RE.findall(text[max(0, start - 60) : start])
    if _paired_theorist(before[-2:], after[:3]):
        return True  # "de Shazer and Berg", "Bowlby and Ainsworth"
    if len(names) == 1:  # a lone surname only right before the model word: "Miller style"
        return any(w.lower() in _MODEL_CUES for w in after[:_LONE_THEORIST_REACH])
    near = before[-_THEORIST_REACH:] + after[:_THEORIST_REACH]
    return any(w.lower() in _MODEL_CUES for w in near)


_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)(?:['’]s?)?\b")


def _with_everyday_surname(text: str, start: int, end: int) -> int:
    """The end of a theorist's given name taken with the surname after it that is an everyday
    word and so no part of the candidate ("Michael White", "Carl Rogers"), else ``end``."""
    if text[start:end].lower() not in _THEORIST_GIVEN:
        return end
    m = _NEXT_WORD.match(text, end)
    if m is None or m.group(1).lower() not in _THEORIST_SURNAMES:
        return end
    return m.end()


def _paired_theorist(before: list[str], after: list[str]) -> bool:
    """Joined by "and" to a surname only a theorist carries ("Shazer", "Epston")."""
    lex = lexicon()
    pairs = []
    if len(before) == 2 and before[1].lower() in _THEORIST_PARTICLES:
        pairs.append(before[0])
    if len(after) >= 2 and after[0].lower() in _THEORIST_PARTICLES:
        pairs.extend(after[1:])
    return any(
        _POSSESSIVE_END.sub("", w).lower() in _THEORIST_SURNAMES
        and _POSSESSIVE_END.sub("", w).lower() in lex.always_ordinary
        for w in pairs
    )


# Conditions named after a person: "Graves' disease", "Parkinson's in the family".
_EPONYMS = frozenset(
    """
    parkinson alzheimer huntington crohn hodgkin asperger tourette addison cushing graves
    hashimoto raynaud bell lyme kawasaki meniere ménière sjogren sjögren marfan klinefelter
    rett angelman wilson paget dupuytren perthes munchausen korsakoff wernicke tay batten
    """.split()
) | frozenset(
    # conditions named after two or three describers at once: no one person's name
    """
    ehlers-danlos guillain-barre guillain-barré creutzfeldt-jakob charcot-marie-tooth
    prader-willi osgood-schlatter wolff-parkinson-white legg-calve-perthes
    """.split()
)
_STANDALONE_EPONYMS = frozenset(
    "parkinson alzheimer huntington crohn hodgkin asperger tourette".split()
)
_DISEASE_NOUNS = frozenset(
    """
    disease diseases syndrome palsy disorder lymphoma phenomenon cyst contracture dementia
    thyroiditis encephalopathy dystrophy ataxia neuralgia sarcoma anaemia anemia
    """.split()
)
_AFTER_CONDITION = frozenset(
    """
    in on and or is was runs run ran since from for dx diagnosis diagnosed symptoms meds
    medication medications nurse clinic clinics support group groups unit ward
    """.split()
)
_EPONYM_AFTER = re.compile(r"(['’]s?)?(?:\s+([\w-]+)|\s*([.,;:)!?]|$))")


def _eponymous_condition(text: str, cand: Candidate) -> bool:
    """ "Graves' disease", "Bell's palsy", "Parkinson's in the family": a condition named
    after its describer names nobody; "Parkinson's mum" is still a person's."""
    start, end, _ = cand
    word = text[start:end]
    if " " in word:
        return False
    low = _POSSESSIVE_END.sub("", word).lower()
    if low not in _EPONYMS:
        return False
    if "-" in low:  # "Ehlers-Danlos", "Prader-Willi"
        return True
    m = _EPONYM_AFTER.match(text, end)
    if not m:
        return False
    nxt = (m.group(2) or "").lower()
    if nxt in _DISEASE_NOUNS:
        return True
    possessive = bool(m.group(1)) or word.endswith(("'s", "’s"))
    if not possessive or not (nxt in _AFTER_CONDITION or m.group(3) is not None):
        return False
    return low in _STANDALONE_EPONYMS or _had_condition(text, start)


# "She has Hashimoto's and", "diagnosed with Raynaud's.": what one has or lives with is a
# condition; "she lives with Wilson's mum" reads on to a noun, which ``_AFTER_CONDITION`` omits
_HAVING = re.compile(r"\b(?:has|have|had|having|with|diagnosed|of)\s+$", re.IGNORECASE)


def _had_condition(text: str, start: int) -> bool:
    return _HAVING.search(text, max(0, start - 12), start) is not None
