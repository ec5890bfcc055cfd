"""Names typed in lower case in chat that are also everyday words ("hope", "sunny", "rain"),
and names in no list greeted by a message ("hi kalani,"), read from the person around them.

A word such as "hope" typed in lower case is the word unless a cue that no ordinary use of
it takes says that a person is meant:

- a relation or role, owned, right before it: "my client hope", "her son ray", "their
  foster kid sky", "a girl named hope";
- a title before it: "dr rain said";
- a possessive before someone's relation or their things: "rain's mum rang", "sunny's appt";
- a verb only a person does right after it, perhaps past one adverb: "later joy admitted it",
  "today sunny literally cried";
- a verb of telling or messaging someone before it, and what they were told after it:
  "told hope to wait", "texted sunny that";
- joined to someone's relation, or to "me" or "i", as the subject of a verb: "with sunny and
  her mum", "hope and her mum came", "me and hope went", "hope and i talked";
- listed beside a name typed in lower case that was found already: "kofi and sunny fought",
  "priya, sunny and rain";
- greeted or thanked at the start of a message, with a mark after it: "hi hope,", "thanks
  grace!", "hey kalani," (here a word in no list is a name too);
- said to be someone's name, with a mark or a laugh after it: "his name is king lol", "yes
  her name is baby.", "the baby's name is star lol", "her daughter is named sunny lol" (here
  any everyday word but a small word of English: "his name is on the list" stays).

Ordinary uses keep the word: "i hope", "hope is", "a sunny day", "the rain came in", "we
need joy and hope", "she lost hope and her mum left", "her son will be fine", "her daughter
rose from the chair". Words that are verbs or adjectives as often as names ("will", "may",
"rose", "mark", "frank") need a cue after them as well: a person's verb, a mark or "and".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._decided import record
from ._function_words import tables
from ._lexicon import lexicon
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

TokenTest = Callable[["Token"], bool]

_OWNERS = frozenset("my her his their our your ur me".split())
# a relation or role after which a word-name is whom it names ("her son ray")
_ROLES = frozenset(
    "son sons daughter daughters kid kids child boy girl baby bub toddler teen teenager "
    "brother bro sister sis sibling twin cousin niece nephew grandson granddaughter "
    "mum mom mam mama mother dad father papa nan nana nanna gran granny grandma grandmother "
    "grandad granddad grandpa grandfather aunt aunty auntie uncle stepson stepdaughter "
    "stepmum stepmom stepdad husband hubby wife partner bf gf boyfriend girlfriend ex fiance "
    "fiancee fiancé friend mate bestie bff flatmate housemate roommate classmate neighbour "
    "neighbor client patient student pupil teacher coach boss manager colleague coworker "
    "co-worker sponsor carer caregiver caseworker worker nurse doctor counsellor counselor "
    "therapist supervisor mentor participant resident attendee member learner".split()
)
# words between an owner and the relation: "my new client hope", "her youngest son ray"
_ROLE_ADJECTIVES = frozenset(
    "new old older oldest eldest younger youngest little lil big baby step foster best ex "
    "middle twin other youth".split()
)
_NAMING = frozenset({"named", "called", "nicknamed"})
_NAMED_ONES = frozenset("girl boy kid child baby woman man lady guy client student".split())
_TITLES = frozenset("dr mr mrs ms mx prof".split())  # not "miss": "i miss rain"
_DETERMINERS = frozenset(
    "the a an this that these those some any every no each his her their my our your its "
    "ur last next early late whole".split()
)
# a person's things after a possessive word-name: "rain's mum", "sunny's appt"
_PERSON_THINGS = _ROLES | frozenset(
    "parents family foster appt appointment appointments session sessions birthday bday "
    "school class homework teacher meds medication phone house place room bedroom file "
    "case plan caseworker lawyer worker social whanau whānau fam kids behaviour behavior "
    "mood anxiety therapy referral".split()
)
# verbs a person does, never a virtue, a season or the weather
_PERSON_ONLY = frozenset(
    "said says told tells texted texts txted txtd messaged msgd emailed phoned rang replied "
    "replies answered admitted admits cried cries sobbed wept laughed laughs giggled smiled "
    "smiles grinned nodded shrugged sighed shouted yelled screamed whispered asked asks "
    "explained mentioned confessed apologised apologized insisted agreed promised lied "
    "joked complained argued hugged waved thanked begged refused disclosed confided "
    "swore blushed".split()
)
# verbs of coming to a session: only for words that are no weather, season or virtue
_ARRIVALS = frozenset("came comes showed turned rocked popped dropped".split())
_ARRIVAL_TAILS = frozenset("in by over up round around".split())
_ADVERBS = frozenset(
    "literally actually honestly totally basically apparently seriously finally just really "
    "also even already then still never".split()
)
# words before a word-name that the verb after it can be read from: no object or modifier
_SUBJECT_BEFORE = frozenset(
    "and n but so then when cos coz because after before until til till while since lol "
    "lmao haha omg ok okay also today tonight yesterday later earlier now anyway update "
    "fyi btw apparently plus though tho".split()
)
_TELLING = frozenset(
    "told tell tells telling texted text texting txt txted msg msgd messaged messaging "
    "rang phoned asked ask asking hugged thanked thank reminded remind warned invited "
    "emailed".split()
)
# what follows the one told: "told hope to wait", "asked joy if", "texted sunny again"
_TOLD_TAILS = frozenset(
    "to that about if whether not it this what how why when where again today yesterday "
    "later back tho lol and n she he we they i you".split()
)
_AND = frozenset({"and", "n", "&", "+"})
_FIRST = frozenset({"me", "i"})
_JOIN_BEFORE = frozenset("with w had saw seen met see seeing and n plus also then so".split())
# verbs after "me and hope" or "hope and i": they did something together
_TOGETHER = frozenset(
    "went were are have had both talked did got sat go will would can could used chatted "
    "played walked hung made spent caught met ate watched drove argued laughed cried "
    "fought".split()
)
GREETINGS = frozenset(
    "hi hey hello heya hiya hii hiii yo morning evening night thanks thx ty cheers bye "
    "congrats talofa bula namaste salaam salam hola ciao aloha morena".split()
)
# what a greeting is often followed by that is no name
_NOT_ADDRESSED = frozenset(
    "all everyone everybody guys gang fam team folks peeps ppl y'all yall ya there again "
    "heaps lots so much love luv dear darling hon hun honey babe baby bub sweetie "
    "sweetheart sunshine angel champ buddy pal bro sis cuz mate dude girl girlie girls "
    "boys kiddo sir maam ma'am miss doc boss chief lovely lovelies legend you u for "
    "mum mom dad nan nana".split()
)
_MARK_AFTER = re.compile(r"\s*(?:[,!?.:;)\n]|$|[^\w\s])")
# Word-names read as verbs or adjectives as often as names: only with a cue after them too
_AMBIGUOUS = frozenset(
    "will may rose mark drew bill pat sue rob grant chase wade page cash chip buck rock "
    "skip nick jack kit lance dean dale pierce tab tee don dot buzz bud frank rich randy "
    "rusty dusty sandy misty windy stormy merry noble loyal earnest sincere precious "
    "marvellous royal hardy van art ace norm herb honey guy clay cliff glen moss reed "
    "brook hunter lee ray".split()
)
# after an ambiguous word-name: a person is meant ("her son will said", "dr may, who")
_PERSON_AFTER = _PERSON_ONLY | frozenset("is was has had came went got who and n & + 's".split())
# weather, seasons and virtues: never the subject of coming in, of "me and", of a list
_NATURE = frozenset(
    "rain storm stormy sunny windy breeze gale sunshine summer autumn dawn river ocean forest "
    "meadow sky june may april august".split()
)
_VIRTUES = frozenset(
    "hope faith joy patience grace charity mercy honour honor harmony serenity bliss destiny "
    "glory liberty justice unity memory favour favor praise goodness temperance".split()
)
_MIN_UNLISTED = 3
_JOINED_SPACES = 3  # " and her " between the name and the relation


def may_hold(text: str, lows: list[str], lex: Lexicon) -> bool:
    """Whether any rule here can fire: a word-name, a greeting, a relation, a suffix such as
    "jnr", a word of naming or a bracket among the words."""
    return (
        not lex.word_names.isdisjoint(lows)
        or not GREETINGS.isdisjoint(lows)
        or not _ROLES.isdisjoint(lows)
        or not _SUFFIXES.isdisjoint(lows)
        or not NAME_WORDS.isdisjoint(lows)
        or " (" in text
        or NAME_IS in text
    )


def lower_word_names(
    text: str,
    toks: list[Token],
    found: list[Candidate],
    word_name: TokenTest,
    unlisted: TokenTest,
) -> list[Candidate]:
    """Lower-case word-names (``word_name``) that the words around them show to be people,
    and names greeted at a message's start (``unlisted``: a name or a word in no list)."""
    out: list[Candidate] = []
    brackets = " (" in text  # what ``_AGE_IN_BRACKETS`` needs
    given = lexicon().given_names  # what ``_everyday_given_after_role`` asks first
    for i, tok in enumerate(toks):
        if tok.capital:
            continue
        if i > 1 and toks[i - 1].low in _NAME_IS_WORDS and _said_to_be_named(text, toks, i):
            out.append((tok.start, tok.end, "name"))  # "his name is king lol"
            continue
        listed, other = word_name(tok), unlisted(tok)
        if not (listed or other):
            if tok.low in given and _everyday_given_after_role(text, toks, i):
                # "her friend blessing from"
                out.append((tok.start, tok.end, "name"))
                continue
            # another word is a person only before an age in brackets ("client blessing (16)"):
            # the one test of ``_is_person`` that reads it
            if (
                brackets
                and _AGE_IN_BRACKETS.match(text, tok.end) is not None
                and _given_name_in_brackets(text, toks, i)
            ):
                out.append((tok.start, tok.end, "name"))
            continue
        if i + 1 < len(toks) and _suffixed(text, toks, i):
            out.append((tok.start, toks[i + 1].end, "name"))  # "teariki jnr"
        elif _is_person(text, toks, i, listed, other):
            out.append((tok.start, tok.end, "name"))
    if found or out:
        out.extend(_listed_beside(text, toks, found + out, word_name))
    return out


def _is_person(text: str, toks: list[Token], i: int, listed: bool, unlisted: bool) -> bool:
    """Whether ``toks[i]``, a word-name (``listed``), a name or a word in no list
    (``unlisted``), or another word, is a person where it stands."""
    tok = toks[i]
    if listed and _person_context(text, toks, i):
        return True
    other = not listed and unlisted and len(tok.word) >= _MIN_UNLISTED
    if (listed or other) and i > 0 and _greeted(text, toks, i):
        return True  # "hi hope,", "hey kalani,"
    if _AGE_IN_BRACKETS.match(text, tok.end) is not None:  # "temuulen (15) said"
        if listed or other:
            return _bracketed_name(tok)
        return _given_name_in_brackets(text, toks, i)  # "client blessing (16)"
    return other and not tok.possessive and _unlisted_after_role(text, toks, i)


# what follows "hope is" when the virtue is meant: "hope is a good thing", "hope is key"
_SAID_OF_VIRTUE = frozenset(
    "a an the what something everything key important powerful essential vital necessary "
    "contagious fragile overrated underrated free hard real everywhere".split()
)


# the words right before a name said to be someone's: "name is", "named"
_NAME_IS_WORDS = frozenset({"is", "named"})
# the gate: "named" stands in the text, or "name is" (the word, not a "[name]" placeholder)
NAME_WORDS = frozenset({"named"})
NAME_IS = " name is "
# whose name: "his name is", "the baby's name is", "her real name is"
_NAME_OWNERS = _OWNERS | frozenset("real actual full first given legal".split())
# after the name: a laugh or a word that goes on about the name ("king lol", "sunny bc it fits")
_AFTER_NAMING = frozenset("lol lmao haha hahaha yes yeah fr literally like bc cos because".split())


def _said_to_be_named(text: str, toks: list[Token], i: int) -> bool:
    """ "his name is king lol", "yes her name is baby.", "the baby's name is star lol", "her
    daughter is named sunny lol": a word said to be a person's name, with a mark or a laugh
    after it (a small word of English never: "his name is on the list", "her name is not")."""
    tok, prev, before = toks[i], toks[i - 1], toks[i - 2]
    if tok.possessive or len(tok.word) < _MIN_UNLISTED or not tok.word.isalpha():
        return False
    if prev.low == "is":  # "his name is", "the baby's name is"
        if before.low != "name" or before.capital or before.possessive or i < 3:
            return False
        if text[before.start - 1 : before.start] == "[":
            return False  # "her [name] is happy": a placeholder, no word "name"
        owner = toks[i - 3]
        if owner.low not in _NAME_OWNERS and not owner.possessive:
            return False
    elif before.low not in _BEING and before.low not in _NAMED_ONES and before.low not in _ROLES:
        return False  # "is named sunny", "a girl named sunny"
    if text[before.end : tok.start] != f" {prev.word} ":
        return False
    if "en" in tables().langs.get(tok.low, ()) or tok.low in _ADVERBS:
        return False
    if tok.kind is Kind.ORDINARY and tok.low.endswith(_ADJECTIVE_ENDINGS):
        return False  # "his name is important", "her name is beautiful"
    if _MARK_AFTER.match(text, tok.end):
        return not text.startswith(("'", "’"), tok.end)
    return _next_is(text, toks, i, _AFTER_NAMING)


_BEING = frozenset({"is", "was"})
# endings of the adjectives said of a name rather than being one
_ADJECTIVE_ENDINGS = (
    "ant",
    "ent",
    "ful",
    "ous",
    "ive",
    "ible",
    "able",
    "ical",
    "ish",
    "less",
    "ly",
)


def virtue_said(text: str, toks: list[Token], i: int) -> bool:
    """ "hope is a good thing", "faith is key": a virtue typed in lower case before "is" and
    what is said of it reads as the word, not as a person who is ("hope is sad today")."""
    if toks[i].low not in _VIRTUES or toks[i].possessive or i + 2 >= len(toks):
        return False
    said = (
        toks[i + 1].low == "is"
        and toks[i + 2].low in _SAID_OF_VIRTUE
        and text[toks[i].end : toks[i + 2].start] == " is "
    )
    if said:
        record(toks[i].start, toks[i].end)  # the word, on purpose (``_decided``)
    return said


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _next_is(text: str, toks: list[Token], i: int, words: frozenset[str]) -> bool:
    """Whether the word right after ``toks[i]`` (one space on, past its possessive) is one
    of ``words``."""
    if i + 1 >= len(toks) or toks[i + 1].low not in words:
        return False
    gap = _gap(text, toks[i], toks[i + 1])
    return gap == " " or (toks[i].possessive and gap[2:] == " ")


def _cue_after(text: str, toks: list[Token], i: int) -> bool:
    """A mark, a person's verb or "and" right after ``toks[i]``, or its possessive."""
    tok = toks[i]
    if tok.possessive or _MARK_AFTER.match(text, tok.end):
        return True
    return _next_is(text, toks, i, _PERSON_AFTER)


def _person_context(text: str, toks: list[Token], i: int) -> bool:
    tok = toks[i]
    low = tok.low
    if low in _AMBIGUOUS and not _cue_after(text, toks, i):
        return False
    if tok.possessive:
        return _owner_of_person_things(text, toks, i)
    return (
        _after_role(text, toks, i)
        or _person_verb_after(text, toks, i)
        or _told(text, toks, i)
        or _joined(text, toks, i)
    )


# "temuulen (15) said", "gift and faith (sisters, 14 and 16)": an age or a relation in
# brackets right after the word
_AGE_IN_BRACKETS = re.compile(
    r" \((?:\d{2,3}|f|m)\b(?:\s*[,/]|\)(?!\s*[\d\[])|\s+y/?o\b)"  # not "(11) 98765-4321"
    r"|(?: and [a-z]+)? \((?:sisters|brothers|twins|cousins|siblings|sister|brother|twin|cousin)\b"
)
_SUFFIXES = frozenset({"jnr", "jr", "snr", "sr"})


def _given_name_in_brackets(text: str, toks: list[Token], i: int) -> bool:
    """ "client blessing (16)", "gift and faith (sisters, 14 and 16)": an everyday word that
    is also a listed given name, after a role or before a name it is listed with."""
    tok = toks[i]
    if tok.capital or tok.possessive or not _bracketed_name(tok):
        return False
    if lexicon().given_names.get(tok.low, 0) < 1:
        return False
    after_role = i > 0 and toks[i - 1].low in _ROLES and _gap(text, toks[i - 1], tok) == " "
    return after_role or (i + 1 < len(toks) and toks[i + 1].low in _AND)


def _bracketed_name(tok: Token) -> bool:
    """A word that an age in brackets can follow as a name: not a plural ("ssris (15)")."""
    return tok.word.isalpha() and not tok.low.endswith("s")


def _suffixed(text: str, toks: list[Token], i: int) -> bool:
    """ "teariki jnr was", "tama snr": a name-like word before "jnr" or "snr"."""
    nxt = toks[i + 1]
    return (
        nxt.low in _SUFFIXES
        and not nxt.capital
        and _gap(text, toks[i], nxt) == " "
        and len(toks[i].word) >= _MIN_UNLISTED
        and not toks[i].possessive
    )


# after a name in no list that follows a relation: it is no noun of a compound
_UNLISTED_AFTER = _PERSON_AFTER | frozenset("from who at in on to with".split())


def _unlisted_after_role(text: str, toks: list[Token], i: int) -> bool:
    """ "w her classmate zaya and", "my client's sister losa said": a word in no list after
    an owned relation, then a mark, "and", a person's verb or a preposition."""
    if not _after_role(text, toks, i) or toks[i - 1].low in _TITLES:
        return False
    return _MARK_AFTER.match(text, toks[i].end) is not None or _next_is(
        text, toks, i, _UNLISTED_AFTER
    )


# after an everyday word that is a given name too: what only a person then does
_GIVEN_AFTER_ROLE_TAILS = _PERSON_ONLY | frozenset({"from"})


def _everyday_given_after_role(text: str, toks: list[Token], i: int) -> bool:
    """ "her friend blessing from church", "my client precious said": an everyday word that a
    list of given names holds too, after an owned relation or role ("my client", "her best
    friend") and before "from" or a verb of speaking, is whom the role names. Other words
    after it leave the word alone ("her friend group at school", "my son will be fine")."""
    tok = toks[i]
    if tok.possessive or len(tok.word) < 3 or tok.low not in lexicon().given_names:
        return False
    if not _after_role(text, toks, i) or toks[i - 1].low in _TITLES:
        return False
    return _next_is(text, toks, i, _GIVEN_AFTER_ROLE_TAILS)


def _owner_of_person_things(text: str, toks: list[Token], i: int) -> bool:
    """ "rain's mum rang", "sunny's appt": not after "the" or "this" ("this summer's")."""
    if i > 0 and toks[i - 1].low in _DETERMINERS:
        return False
    return _next_is(text, toks, i, _PERSON_THINGS)


def _after_role(text: str, toks: list[Token], i: int) -> bool:
    """ "my client hope", "her youngest son ray", "a girl named sky", "dr rain"."""
    if i == 0 or _gap(text, toks[i - 1], toks[i]) != " ":
        return False
    prev = toks[i - 1]
    if prev.low in _TITLES:
        return True
    if prev.low in _NAMING:
        return i > 1 and toks[i - 2].low in _NAMED_ONES
    if prev.low not in _ROLES or prev.possessive:  # "her kid's cherry tree"
        return False
    for k in (i - 2, i - 3):
        if k < 0:
            return False
        word = toks[k]
        if word.low in _OWNERS or word.possessive:
            return True
        if word.low not in _ROLE_ADJECTIVES and word.low not in _ROLES:
            return False
    return False


def _person_verb_after(text: str, toks: list[Token], i: int) -> bool:
    """ "then hope admitted", "today sunny literally cried", "grace came in late": the
    word-name is the subject of a verb only a person does."""
    if i > 0:
        prev = toks[i - 1]
        between = _gap(text, prev, toks[i])
        if prev.low not in _SUBJECT_BEFORE and not between.rstrip().endswith((",", ":", ";")):
            return False
    j = i + 1
    if j < len(toks) and toks[j].low in _ADVERBS and _gap(text, toks[i], toks[j]) == " ":
        j += 1
    if j >= len(toks) or _gap(text, toks[j - 1], toks[j]) != " ":
        return False
    verb = toks[j].low
    if verb in _PERSON_ONLY:
        return True
    low = toks[i].low
    if verb in _ARRIVALS and low not in _NATURE and low not in _VIRTUES:
        return _next_is(text, toks, j, _ARRIVAL_TAILS)
    return False


def _told(text: str, toks: list[Token], i: int) -> bool:
    """ "told hope to wait", "asked joy if she", "texted sunny again"."""
    if i == 0 or toks[i - 1].low not in _TELLING or _gap(text, toks[i - 1], toks[i]) != " ":
        return False
    if _MARK_AFTER.match(text, toks[i].end):
        return True
    return _next_is(text, toks, i, _TOLD_TAILS)


def _joined(text: str, toks: list[Token], i: int) -> bool:
    """ "with sunny and her mum", "hope and her mum came", "me and hope went", "hope and i
    talked": joined by "and" to someone's relation, or to "me" or "i" before a verb."""
    low = toks[i].low
    opens = i == 0 or _opens(text, toks, i)
    if i + 3 < len(toks) and toks[i + 1].low in _AND and toks[i + 2].low in _OWNERS:
        relation = toks[i + 3]
        if (
            relation.low in _ROLES
            and text[toks[i].end : relation.start].count(" ") == _JOINED_SPACES
            and (opens or toks[i - 1].low in _JOIN_BEFORE)
        ):
            return True
    if low in _NATURE:
        return False
    # "me and hope went"
    if (
        i >= 2
        and toks[i - 1].low in _AND
        and toks[i - 2].low in _FIRST
        and (i == 2 or _opens(text, toks, i - 2))
        and _next_is(text, toks, i, _TOGETHER)
    ):
        return True
    # "hope and i talked"
    return (
        opens
        and i + 2 < len(toks)
        and toks[i + 1].low in _AND
        and toks[i + 2].low in _FIRST
        and _next_is(text, toks, i + 2, _TOGETHER)
    )


_OPENING_GAP = re.compile(r"(?:^|[.!?,:;\n(]\s*|\s[-–—]\s*)$")


def _opens(text: str, toks: list[Token], i: int) -> bool:
    """At the start of the text or of a sentence, clause or chat line, or after a chat word
    there ("lol", "so", "then")."""
    lo = toks[i - 1].end if i > 0 else 0
    if _OPENING_GAP.search(text[lo : toks[i].start]) or i == 0:
        return True
    return toks[i - 1].low in _SUBJECT_BEFORE and (
        i == 1 or _OPENING_GAP.search(text[toks[i - 2].end : toks[i - 1].start]) is not None
    )


def _greeted(text: str, toks: list[Token], i: int) -> bool:
    """ "hi hope,", "thanks grace!", "hey kalani, you coming?", "kia ora hemi,"."""
    tok, prev = toks[i], toks[i - 1]
    if prev.low not in GREETINGS and not (prev.low == "ora" and i > 1 and toks[i - 2].low == "kia"):
        return False
    if _gap(text, prev, tok) != " " or tok.possessive or len(tok.word) < _MIN_UNLISTED:
        return False
    if tok.low in _NOT_ADDRESSED or not tok.word.isalpha():
        return False
    if not _MARK_AFTER.match(text, tok.end):
        return False
    start = i - 2 if prev.low == "ora" else i - 1
    if start == 0:
        return True
    return _OPENING_GAP.search(text[toks[start - 1].end : toks[start].start]) is not None


_LIST_GAPS = frozenset({", ", " and ", ", and ", " & ", " n "})


def _listed_beside(
    text: str, toks: list[Token], found: list[Candidate], word_name: TokenTest
) -> list[Candidate]:
    """A word-name typed in lower case listed right beside a name typed in lower case:
    "kofi and sunny fought", "priya, sunny and rain went"."""
    names = [(s, e) for s, e, k in found if k == "name" and text[s : s + 1].islower()]
    if not names:
        return []
    covered = {(s, e) for s, e, _ in found}
    by_start = {t.start: n for n, t in enumerate(toks)}
    by_end = {t.end: n for n, t in enumerate(toks)}
    added: list[Candidate] = []
    todo = list(names)
    seen: set[int] = set()
    while todo:
        start, end = todo.pop()
        for n in _neighbours(text, toks, start, end, by_start, by_end):
            tok = toks[n]
            if n in seen or tok.capital or not word_name(tok) or (tok.start, tok.end) in covered:
                continue
            if not _list_goes_on(text, toks, n):
                continue
            seen.add(n)
            added.append((tok.start, tok.end, "name"))
            todo.append((tok.start, tok.end))
    return added


# after a listed word-name: the list goes on, or its people do something
_LIST_AFTER = _TOGETHER | _PERSON_AFTER | frozenset("are both all".split())


def _list_goes_on(text: str, toks: list[Token], n: int) -> bool:
    """ "kofi and sunny fought", "priya, sunny and rain", not "tavita, hope ur ok"."""
    tok = toks[n]
    if tok.possessive or _MARK_AFTER.match(text, tok.end):
        return tok.low not in _AMBIGUOUS or not text[tok.end :].lstrip().startswith(".")
    return _next_is(text, toks, n, _LIST_AFTER)


def _neighbours(
    text: str,
    toks: list[Token],
    start: int,
    end: int,
    by_start: dict[int, int],
    by_end: dict[int, int],
) -> list[int]:
    """Tokens listed right before or after the span ``start``-``end``."""
    out: list[int] = []
    for gap in _LIST_GAPS:
        n = by_end.get(start - len(gap))
        if n is not None and text[toks[n].end : start] == gap:
            out.append(n)
        n = by_start.get(end + len(gap))
        if n is not None and text[end : toks[n].start] == gap:
            out.append(n)
    return out


AMBIGUOUS_WORD_NAMES = _AMBIGUOUS  # read by _repeated_names
cue_after = _cue_after
