"""A given name that is an everyday word, a pet name or a title, opening a clause as the
subject of what only a person does: "Grace has had two weeks without a panic attack", "Hope
has been going to school every day", "Joy in Leeds has started the course", "Bong finally
slept through the night", "junior tell mi seh", "Sweetie is her real first name".

Other rules read such a word as a person from the verb right after it, or from a pronoun
that refers back to it. Here the predicate is read through what stands between: auxiliaries
("has been", "had"), adverbs ("finally", "even"), an aside ("(pt's cousin)", ", 16,", "in
[place]", "from Year 9", "from the youth group") and the base forms of creole ("junior say
him go", "Precious tell mi seh"). The predicate is one only a person has: going to school,
church, work or a group; sleeping, eating a meal, cooking; staying over or for lunch;
starting, joining or attending a course; working nights; a count of days without a symptom
or sober; ringing, texting, telling; and "is her real name". An -ing form is a predicate
only after an auxiliary ("has been cooking"; "said cooking helps", "Keep cooking" are not).
The subject is a listed word-name or given name (capitalised, in capitals or small) or a
capitalised word in no list ("Jedda", "Tui"); never a word known to be safe (a brand, a
country), a place, a kin word of any language, a role, an institution or a word of the
grammar ("Hooyo came" is the mother; "School rang"; "Memo told me" stays). These candidates
go through the rules that keep words (a public figure, a quote in another language).

``named_subjects``: what the text states, which overrides those rules: a word that "is her
real name", the name everyone calls a person by ("everyone calls him Bro", "Bro (everyone
calls him that)"; one relative's "calls him Beta" is an endearment), a word glossed as the
client before a verb of speaking ("bro (client [name]) said"), and a month-word after a kin
title as the subject of a deed ("Aunty June will drop her off"; "see Uncle April" stays).

The word is kept when its predicate is an abstract one ("Hope is what keeps her going",
"Joy has returned to her face", "Will has been hard for him", "Grace was shown by her
teacher", "Summer has been going well"): ``keep_abstract_subjects`` drops such a candidate
whatever rule proposed it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from ._everyday_speakers import _ENGLISH_OPENERS as ENGLISH_OPENERS
from ._everyday_speakers import _SPEAKING_THINGS as SPEAKING_THINGS
from ._kin_words import _KIN_VOCAB as KIN_VOCAB
from ._kin_words import KIN_NOUNS
from ._lower_word_names import _ROLES as ROLE_WORDS
from ._us_word_names import _words as listed_word_names
from ._vocab import RELATIONS, TITLES
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# what may stand between the subject and its predicate
_ASIDE = (
    r"(?:\s*\([^()\n]{1,60}\)"  # "(pt's cousin)", "(everyone calls him that)"
    r"|,\s(?:\d{1,2}|(?:the|her|his|their|my|our|pt['’]s|client['’]s)\s[a-z' ]{1,25}),"
    # "in [place]", "from Year 9", "in room 4", "from the youth group" ("Bear in mind" stays)
    r"|\s+(?:in|from|at)\s+(?:\[\w+\]|(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*|\d+))?"
    r"|(?:year|yr|room|class|form|grade|ward|unit)\s+\w+|the\s+(?:[\w'-]+\s+){0,2}?[\w'-]+))?"
)
_CHAIN = (
    r"(?:\s+(?:has|have|had|is|was|'s|’s|been|did|didn't|didn’t|finally|just|also|even|still|"
    r"really|actually|recently|now|already|then|always|never|again|since|has\s+now))*"
)
_PLACES_GONE = (
    r"school|college|uni|university|classes|class|church|temple|mosque|gurdwara|chapel|mass|"
    r"work|group|groups|bed|training|gym|practice|program|programme|club|sessions?|lessons?|"
    r"meetings?|appointments?|shifts?|prayers?|counselling|counseling|therapy|kindy|nursery|"
    r"daycare|library|youth\s+club|footy|football|rehearsals?"
)
# an -ing form is a predicate only after an auxiliary ("has been cooking"; "said cooking
# helps" and "Keep cooking" have none)
_AUX = r"(?:(?<=been\s)|(?<=is\s)|(?<=was\s)|(?<='s\s)|(?<=’s\s)|(?<=are\s)|(?<=were\s))"
# predicates only a person has (a past or a present form, or an -ing form after "been")
_DEEDS = (
    rf"(?:goes|go|went|gone|comes|came|walked|walks|got|back|{_AUX}(?:going|coming|walking"
    rf"|getting))"
    rf"(?:\s+back)?\s+to\s+(?:(?:the|her|his|their|every|all|each|a)\s+)?(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{_PLACES_GONE})\b"
    rf"|(?:slept|sleeps|woke|wakes|napped|showered|prayed|prays|{_AUX}(?:sleeping|praying))\b"
    rf"|(?:cooked|cooks|baked|bakes|{_AUX}(?:cooking|baking))\b"
    rf"|(?:ate|eats|{_AUX}eating)\s+(?:lunch|dinner|breakfast|tea|supper|meals?|with|at|properly|"
    r"three|regular|together|again)\b"
    rf"|(?:stayed|stays|{_AUX}staying)\s+(?:(?:for|at|with|till|until)\s+(?!\d)|over\b|home\b"
    r"|in\s+bed\b|the\s+night\b|behind\b|overnight\b|sober\b|clean\b|dry\b)"
    r"|(?:started|starts|begun|began|joined|joins|enrolled|enrolls|attended|attends"
    rf"|{_AUX}(?:starting|joining|enrolling|attending)|signed\s+up\s+for|signed\s+up\s+to)"
    r"\s+(?:(?:the|a|an|her|his|their|at|in|for|on|to|back|every|all|school|college|uni|work"
    r"|volunteering|going|coming|attending|taking|seeing|using|her\s+new|his\s+new)\b)"
    r"|(?:has|had|have)\s+had\s+(?:\w+\s+){0,2}?(?:days?|weeks?|nights?|months?)\s+(?:without|"
    r"with\s+no|sober|clean|off|free|dry|smoke-free|drug-free|alcohol-free)\b"
    r"|(?:had|has\s+had|gone|went|managed)\s+(?:\w+\s+){0,2}?(?:days?|weeks?|nights?|months?)"
    r"\s+(?:without|with\s+no|sober|clean|off|dry)\b"
    rf"|(?:took|takes|{_AUX}taking)\s+(?:her|his|their)\s+(?:tablets|meds|medication|medicine|pills)\b"
    rf"|(?:did|does|{_AUX}doing)\s+(?:her|his|their)\s+(?:homework|chores|exercises|washing|revision|"
    r"breathing)\b"
    rf"|{_AUX}bringing\s+(?:her|his|their)\s+(?!own\b|self\b)[a-z]+"
    rf"|(?:showed|shows|turned|turns|{_AUX}(?:showing|turning))\s+up\b"
    rf"|(?:volunteered|volunteers|{_AUX}volunteering)\b"
    r"|handed\s+in\b"
    rf"|(?:works|worked|{_AUX}working)\s+(?:at\s+(?:the\s+)?(?-i:[A-Z\[])|as\s+an?\s|nights\b"
    r"|night\s+shifts?\b|weekends\b|shifts\b|for\s+(?-i:[A-Z\[]))"
)
_SPOKE = (
    r"(?:rang|phoned|texted|emailed|messaged|called\s+(?:me|us|in|back|the\s+office)"
    r"|told|tells|asked|said|says|whatsapped|dm'd|facetimed|video-called)\b"
)
# "is the client's actual name", "is her real first name", "is her legal name"
_NAMED = (
    r"(?:is|was|'s|’s)\s+(?:(?:her|his|their|the\s+client['’]s|client['’]s|pt['’]s"
    r"|the\s+pt['’]s|my\s+client['’]s|the\s+young\s+person['’]s)\s+)"
    r"(?:(?:actual|real|legal|full|birth|proper|given|official|christian)\s+)?"
    r"(?:(?:first|given|middle|legal|birth)\s+)?name\b"
    r"|is\s+what\s+(?:everyone|everybody|they\s+all|the\s+family|people)\s+calls?\s+(?:her|him)"
)
# creole and chat base forms followed by a pronoun or "seh": "junior tell mi seh"
_BASE = (
    r"(?:tell|say|seh|sey|waan|nuh|neva|cyaan|caan|a\s+go|did\s+go)"
    r"\s+(?:mi|him|she|he|dem|seh|sey|dat)\b"
)
_PERSON_TAIL = re.compile(_ASIDE + _CHAIN + r"\s+(?:" + _DEEDS + "|" + _NAMED + ")", re.IGNORECASE)
_SPOKEN_TAIL = re.compile(_ASIDE + _CHAIN + r"\s+" + _SPOKE, re.IGNORECASE)
_BASE_TAIL = re.compile(_ASIDE + r"\s+" + _BASE, re.IGNORECASE)
_NAMED_TAIL = re.compile(_ASIDE + r"\s+(?:" + _NAMED + ")", re.IGNORECASE)
# a name given: "everyone calls him Bro", "mum calls her Bubu"
# (by all who know the person: one relative's word for them is a term of endearment, "his
# mum calls him Beta")
_CALLS = re.compile(
    r"\b(?:everyone|everybody|every1|they\s+all|we\s+all|people|the\s+whole\s+\w+|all\s+"
    r"(?:his|her|their)\s+\w+)\s+(?:calls?|called|calling)\s+(?:him|her|them)\s+([A-Z][a-z]{1,14})\b"
)
# a kin title before a month-word name: "Aunty June will drop her off", "AUNTY JUNE"
_KIN_MONTH = re.compile(
    r"\b(?:Aunty|Auntie|Aunt|Uncle|Nana|Nanna|Nan|Grandma|Gran|Granny|Nanny|Cousin|Sister"
    r"|Tita|Tito|Ate|Kuya|AUNTY|AUNTIE|AUNT|UNCLE|NANA|NAN|GRANDMA|GRAN|NANNY|COUSIN)"
    r" (January|April|June|July|August|JANUARY|APRIL|JUNE|JULY|AUGUST|May|MAY)\b"
    r"(?! \d| of\b| the\b| is\b| was\b)"
)
# what the kin-titled month-word does: "will drop her off", "walks her to", "rang"
_TITLED_DEED = re.compile(
    r"\s+(?:(?:will|would|can|could|'ll|is\s+going\s+to|has|had)\s+[a-z]+"
    r"|[a-z]+(?:s|ed)\s+(?:her|him|them|me|us)\b)"
    + "|"
    + _CHAIN
    + r"\s+(?:"
    + _DEEDS
    + "|"
    + _SPOKE
    + ")",
    re.IGNORECASE,
)
# words opening a clause before its subject ("and Hope has been going")
_OPENERS = frozenset("and but so then because cos coz also plus update ok okay".split())
# words that never name anyone here, whatever they do
_NEVER = frozenset(
    """
    she he they we you it i everyone everybody someone somebody nobody anyone anybody none
    both all each either neither most many several others another this that these those
    there here what when where which who why how mum mom dad client pt clt patient yp
    attendance sleep appetite mood school work home life things everything nothing
    morning mornings evening night today tonight yesterday tomorrow week weekend baby
    will may can must shall might should would could did does do said says keep kept less
    more stop start try bear
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
# words our members write for technique and feasts in nearly every note, given names too
_WORDS_OF_TECHNIQUE = frozenset("miracle scaling ramadan eid easter christmas diwali".split())
_MODALS = frozenset("will may can must shall might should would could".split())
_CALLED_NOT = frozenset(
    "names back out over up in home mum mom dad sir madam miss mister nothing something "
    "every twice again daily sweetheart darling honey love babe dear hun luv pet mate buddy "
    "names liar stupid lazy".split()
)
_MIN = 3
# what follows a call on the phone, not a name given ("calls her Nana every night")
_PHONED = re.compile(r"\s+(?:at|on|every|each|when|before|after|to|from|back|in\s+the|most)\b")


@cache
def _word_names() -> frozenset[str]:
    return listed_word_names()


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb, auxiliary or name-word that some cue here needs is in the text."""
    return not _GATE.isdisjoint(lows)


_GATE = frozenset(
    """
    has had been slept sleeps sleeping woke cooked cooking cooks going goes went coming came
    stayed stays started joined enrolled attended attending attends name calls called rang
    texted told said says tell say seh taking doing helping bringing showing turning
    volunteering volunteered prayed baked eating ate handed aunty auntie aunt uncle nana nan
    grandma gran granny nanny cousin sister tita tito ate kuya
    """.split()
)


def deed_subjects(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Word-names opening a clause as the subject of what only a person does."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if not _subject(tok, lex) or not _opens(text, toks, i, starts):  # cheaper test first
            continue
        if (
            _PERSON_TAIL.match(text, tok.end)
            or _SPOKEN_TAIL.match(text, tok.end)
            or (tok.low not in _MODALS and _BASE_TAIL.match(text, tok.end))
        ):
            out.append((tok.start, tok.end, "name"))
    return out + _again(text, toks, out)


def named_subjects(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Words the text states to be a person's name or what everyone calls them, a word
    glossed as the client before a verb of speaking, a month-word after a kin title. What
    the text states overrides the rules that keep kin words, pet names and months."""
    out: list[Candidate] = []
    low = text.lower()
    # each cue below needs one of these: "... name", "calls him", a bracket
    stated = "name" in low or "call" in low or "(" in text
    for i, tok in enumerate(toks if stated else ()):
        if not _may_be_named(tok) or not _opens(text, toks, i, starts):
            continue
        if (
            _NAMED_TAIL.match(text, tok.end)  # "Baby is her real name"
            or _CALLED_GLOSS.match(text, tok.end)  # "Bro (everyone calls him that)"
            or _glossed_spoke(text, tok)  # "bro (client [name]) said"
        ):
            out.append((tok.start, tok.end, "name"))
    out.extend(_called(text, lex))
    if any(c.isupper() for c in text):
        out.extend(
            (m.start(1), m.end(1), "name")
            for m in _KIN_MONTH.finditer(text)
            if _opening(text, m.start()) and _TITLED_DEED.match(text, m.end())
        )
    return out + _again(text, toks, out)


def _opens(text: str, toks: list[Token], i: int, starts: Callable[[int], bool]) -> bool:
    """The word opens a sentence, a line or a clause after "and", "so", "but"."""
    if starts(i):
        return True
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.low not in _OPENERS or text[prev.end : toks[i].start] not in (" ", ", "):
        return False
    return i < 2 or toks[i - 2].low not in KIN_VOCAB  # "Ammi and Abbu came": kin, both


def _subject(tok: Token, lex: Lexicon) -> bool:
    """A listed word-name or given name (capitalised, in capitals or small), or a capitalised
    word in no list ("Jedda", "Tui"); never a word known to be safe, a place, a kin word of any
    language, a role, an institution or a word of the grammar."""
    low = tok.low
    if len(low) < _MIN or not tok.word.isalpha() or low in _NEVER or tok.possessive:
        return False
    if low in RELATIONS or low in TITLES or low in KIN_VOCAB or low in ROLE_WORDS:
        return False
    if low in SPEAKING_THINGS or tok.kind is Kind.STOP:  # STOP: words known to be safe
        return False
    if low in _word_names():  # "Hope", "Justice": towns too, but listed as given today
        return True
    if low in lex.places or lex.is_region_word(low):
        return False
    if low in _WORDS_OF_TECHNIQUE:
        return False
    if low in lex.given_names:
        return True
    # a capitalised word in no list (one left in capitals may be a brand or an acronym)
    capital = tok.word[0].isupper() and tok.word[1:].islower()
    return capital and tok.kind in (Kind.UNKNOWN, Kind.NAME)


def _may_be_named(tok: Token) -> bool:
    """Any word but a pronoun, a function word or a relative can be stated to be a name."""
    low = tok.low
    return (
        len(low) >= _MIN
        and tok.word.isalpha()
        and not tok.possessive
        and low not in ENGLISH_OPENERS
        and low not in _NEVER - {"baby"}
        and low not in KIN_NOUNS - _ADDRESS
        and low not in RELATIONS - _ADDRESS
    )


_ADDRESS = frozenset("bro sis cuz baby".split())


def _glossed_spoke(text: str, tok: Token) -> bool:
    """ "bro (client [name]) said his koro": a bracket after the word names the word's
    person, and a verb of speaking follows it."""
    m = _PERSON_GLOSS.match(text, tok.end)
    return m is not None and _SPOKEN_TAIL.match(text, m.end()) is not None


_PERSON_GLOSS = re.compile(
    r"\s*\((?:(?:the\s+)?(?:client|pt|patient|yp)\b[^()\n]{0,30}|\[name\])\)"
)
_CALLED_GLOSS = re.compile(
    r"\s*\([^()\n]{0,25}\b(?:calls?|called)\s+(?:him|her|them)(?:\s+that)?(?:\s+\w+)?\s*\)"
)


def _called(text: str, lex: Lexicon) -> list[Candidate]:
    """ "everyone calls him Bro": the word a person is called by."""
    if "call" not in text:
        return []
    out: list[Candidate] = []
    for m in _CALLS.finditer(text):
        low = m.group(1).lower()
        if low in _CALLED_NOT or low in _NEVER or low in RELATIONS or low in TITLES:
            continue
        if low in KIN_VOCAB or low in lex.places:
            continue
        if _PHONED.match(text, m.end(1)):  # "calls her Bunica at lunch": her grandmother
            continue
        out.append((m.start(1), m.end(1), "name"))
    return out


def _again(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """The same word, capitalised the same way, elsewhere with no determiner before it."""
    named = {text[s:e] for s, e, _ in found}
    if not named:
        return []
    taken = {s for s, _, _ in found}
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if tok.word in named and tok.start not in taken and tok.word[:1].isupper():
            prev = toks[i - 1].low if i > 0 else ""
            if prev not in _DETERMINERS:
                out.append((tok.start, tok.end, "name"))
    return out


_DETERMINERS = frozenset(
    """
    the a an this that his her their my your our its no some any every each of in on at by
    since until till before after during for from to into than like with
    """.split()
)


# abstract predicates: what a feeling, a quality or a season "does"
_ABSTRACT = re.compile(
    _CHAIN + r"\s+(?:"
    r"(?:hard|difficult|tough|rough|easy|harder|easier|tougher|scarce|patchy|in\s+short\s+supply)"
    r"(?=\s+for\s+(?:him|her|them|me|us|everyone|the\s+\w+)\b|\s+to\s+(?:find|come\s+by|hold"
    r"|keep|muster|see|feel)\b|\s*[.,;!]|\s*$|\s+(?:lately|so\s+far|this\s+(?:year|month|week|"
    r"term)|since)\b)"
    r"|(?:returned|come\s+back|came\s+back|crept\s+back)\s+(?:to|into)\s+(?:her|his|their)\s+"
    r"(?:face|eyes|voice|smile|laugh|life|step|drawings|writing|cheeks|heart|play|work\s+again)"
    r"\b"
    r"|(?:shown|extended|offered)\s+(?:to|by)\b"
    r"|what\s+(?:keeps|kept|gets|got|helps|helped|carries|carried)\b"
    r")",
    re.IGNORECASE,
)
_TIMES = frozenset("summer autumn winter spring fall june april may august january july".split())
_GOING_WELL = re.compile(
    _CHAIN + r"\s+going\s+(?:well|ok|okay|fine|better|great|smoothly|to\s+plan)\b",
    re.IGNORECASE,
)


def keep_abstract_subjects(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without single words opening a clause as the subject of an abstract
    predicate: "Joy has returned to her face", "Will has been hard for him", "Grace was
    shown by her teacher", "Summer has been going well"."""
    kept: list[Candidate] = []
    for cand in found:
        start, end, _ = cand
        word = text[start:end]
        if (
            word.isalpha()
            and _opening(text, start)
            and (
                _ABSTRACT.match(text, end)
                or (word.lower() in _TIMES and _GOING_WELL.match(text, end))
            )
        ):
            continue
        kept.append(cand)
    return kept


def _opening(text: str, start: int) -> bool:
    """Nothing but a sentence mark, a line break or a clause opener before ``start``."""
    before = text[:start].rstrip(" ")
    if not before or before[-1] in '.!?:;\n"“(-–—•*':
        return True
    last = before.rsplit(None, 1)[-1].lower().strip(",")
    return last in _OPENERS
