"""Cues that a lower-case word is a name (who sends, meets, talks to it) and shared token tests."""

from __future__ import annotations

import re
import unicodedata

from ._lexicon import Lexicon, lexicon
from ._name_cues import _OWNERS, _has_relation_cue, _prev_word, _starts_sentence
from ._term_context import demonym
from ._vocab import (
    INITIALISMS_KEPT,
    PERSON_VERBS,
    RELATIONS,
    SPEECH_VERBS,
    STRONG_PERSON_VERBS,
    WEAK_PERSON_CUES,
)
from ._word_classes import _INITIALS, Candidate, Kind, Token


def _owned_relation(text: str, toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` and the word after it say whose relation: "her cousin", "his
    brother" (the caller makes sure there is a word after it)."""
    owner, relation = toks[k], toks[k + 1]
    return (
        owner.low in _OWNERS
        and relation.low in RELATIONS
        and text[owner.end : relation.start] == " "
    )


# "lol sunny literally said": an adverb between a chat subject and its verb
_CHAT_ADVERBS = frozenset(
    "literally actually honestly totally basically apparently seriously finally just "
    "really still never always also even already".split()
)
_CHAT_OPENERS = frozenset("lol lmao haha hahaha omg ugh ok okay so fyi btw update yeah ya".split())


def _lowercase_possessive(text: str, toks: list[Token], i: int) -> bool:
    """ "ngozi's appt", "jess's 2pm": a lower-case given name (or a longer word in no list)
    with a possessive is someone's."""
    tok = toks[i]
    if not tok.possessive or (i > 0 and toks[i - 1].low in _DETERMINERS):
        return False
    return tok.kind is Kind.NAME or len(tok.word) >= _MIN_JOINED_NAME


def _chat_subject(text: str, toks: list[Token], i: int) -> bool:
    """ "haha priyanka totally ignored me": a word in no list opening a message, before an
    adverb and a past-tense or person verb, is the person who did it."""
    if i + 2 >= len(toks) or not _opens_chat(text, toks, i):
        return False
    adverb, verb = toks[i + 1], toks[i + 2]
    if adverb.low not in _CHAT_ADVERBS or text[toks[i].end : verb.start].count(" ") != 2:
        return False
    if verb.low in SPEECH_VERBS or verb.low in _SOCIAL_VERBS:
        return True
    # a listed given name may do anything; a word in no list ("covid literally ruined
    # it") must do what only a person does
    return toks[i].kind is Kind.NAME and (
        verb.low in STRONG_PERSON_VERBS or verb.low in PERSON_VERBS
    )


def _message_sender(text: str, toks: list[Token], i: int) -> bool:
    """ "mirlan text me", "yonas msg: ...": a word in no list of everyday words opening a
    message, right before a verb of messaging, is who sent it."""
    tok = toks[i]
    return (
        tok.kind in (Kind.UNKNOWN, Kind.NAME)
        and len(tok.word) >= _MIN_LOWERCASE_NAME
        and tok.low not in _CHAT_OPENERS
        and tok.low not in _CHAT_ADVERBS
        and text[tok.end : toks[i + 1].start] == " "
        and _opens_chat(text, toks, i)
    )


# verbs of sending a message, typed in chat
_MESSAGE_VERBS = frozenset(
    "text texts texted txt txts txted txtd msg msgs msgd msged messaged dm dms dmd dmed "
    "emailed whatsapped rang".split()
)


_SOCIAL_VERBS = frozenset(
    "ignored ignores ghosted ghosts blocked blocks hugged hugs yelled yells snapped snaps "
    "apologised apologized apologises apologizes promised promises forgot forgets opened opens "
    "showed shows turned rocked rocks replied replies begged begs refused refuses".split()
)


def _opens_chat(text: str, toks: list[Token], i: int) -> bool:
    """At a sentence start, or after a chat opener there ("lol", "omg", "fyi")."""
    if _starts_sentence(text, toks, i):
        return True
    return (
        i > 0
        and toks[i - 1].low in _CHAT_OPENERS
        and text[toks[i - 1].end : toks[i].start].strip(" ,:-") == ""
        and _starts_sentence(text, toks, i - 1)
    )


def _lowercase_initials(text: str, toks: list[Token], i: int) -> bool:
    """Two lower-case letters in no list used as someone's initials: "jj said"."""
    tok = toks[i]
    if len(tok.word) != _INITIALS_LEN or tok.kind is not Kind.UNKNOWN:
        return False
    if tok.start and text[tok.start - 1].isdigit():
        return False  # "her 4pm got cancelled": a unit after a number
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (
        nxt
        and nxt.low in STRONG_PERSON_VERBS
        and nxt.low not in WEAK_PERSON_CUES  # "dx was confirmed"
        and text[tok.end : nxt.start] == " "
    ):
        return True
    return _has_relation_cue(text, toks, i)


_INITIALS_LEN = 2


def _after_living_verb(toks: list[Token], i: int) -> bool:
    """ "moved to manukau", "grew up in ponsonby": a word in no list after where someone
    lives or goes is a place."""
    return i > 1 and toks[i - 2].low in _LIVING_VERBS


_LIVING_VERBS = frozenset(
    "moved move moving moves live lives lived living up born based raised stays staying "
    "relocated relocating rent rents rented renting settled".split()
)


def _everyday_word_as_name(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "talked w hamza", or "hope said ..." opening a sentence (cheap tests first)."""
    low = toks[i].low
    if i > 0 and toks[i - 1].word == "w":
        return low in lex.given_names
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        nxt is not None
        and text[toks[i].end : nxt.start] == " "
        and (low in lex.word_names or low in lex.given_names)
        and (
            (_verb_follows(text, toks, i + 1) and _opens_chat(text, toks, i))
            or _speaks_after_conjunction(text, toks, i)
        )
    )


def _speaks_after_conjunction(text: str, toks: list[Token], i: int) -> bool:
    """ "when sunny said she'd", "and grace told me": a word-name right after a conjunction
    and right before a verb of speaking is the subject of a clause, so a person (a word
    there, as in "when hope said", is never the subject of "said" in lower case otherwise)."""
    if i == 0 or toks[i - 1].low not in _CLAUSE_OPENERS or toks[i + 1].low not in SPEECH_VERBS:
        return False
    return text[toks[i - 1].end : toks[i].start] == " "


_CLAUSE_OPENERS = frozenset(
    "when and but because cos coz so then after before until til till while since".split()
)


def _verb_follows(text: str, toks: list[Token], j: int) -> bool:
    """A person verb at ``j``, or after one chat adverb there ("sunny literally said")."""
    if toks[j].low in STRONG_PERSON_VERBS:
        return True
    return (
        toks[j].low in _CHAT_ADVERBS
        and j + 1 < len(toks)
        and (toks[j + 1].low in STRONG_PERSON_VERBS or toks[j + 1].low in PERSON_VERBS)
        and text[toks[j].end : toks[j + 1].start] == " "
    )


def _lowercase_cue(text: str, toks: list[Token], i: int) -> bool:
    if _has_relation_cue(text, toks, i):
        return True
    prev = _prev_word(toks, i)
    if prev in _CHAT_WITH and text[toks[i - 1].end : toks[i].start] == " ":
        return True
    gap = text[max(0, toks[i].start - 3) : toks[i].start]
    if "+" in gap or "&" in gap:
        return True
    tok = toks[i]
    if _relation_after(text, toks, i) or _full_lowercase_name(text, toks, i):
        return True
    if len(tok.word) >= _MIN_JOINED_NAME and (
        "+" in text[tok.end : tok.end + 3] or "&" in text[tok.end : tok.end + 3]
    ):
        return True  # "kiran + his mum"
    known = tok.kind is Kind.NAME or len(tok.word) >= _MIN_JOINED_NAME
    if known and (
        prev in _CONTACT_VERBS
        or (prev in _CONTACT_PREPS and i > 1 and toks[i - 2].low in _TALK_VERBS)
        or (prev == "into" and i > 1 and toks[i - 2].low in _CHANCE_MEETINGS)
    ):
        return True  # "saw lani", "texted hemi", "spoke to thabo": a person is met
    if _feeling_about_name(toks, i):
        return True
    if known and prev == "on" and i > 1 and toks[i - 2].low in _CHECKS:
        return True  # "pls check on bea later"
    if tok.kind is Kind.NAME and prev == "from" and i > 1 and toks[i - 2].low in _HEARD_FROM:
        return True  # "heard from oyelaran", "a text from bimpe": word came from someone
    if tok.kind is Kind.NAME and prev == "on" and i > 1 and toks[i - 2].low in _NEWS_ON:
        return True  # "an update on aisyah"
    return prev == "and" and i > 1 and (toks[i - 2].low in RELATIONS or toks[i - 2].low in _PEOPLE)


def _relation_after(text: str, toks: list[Token], i: int) -> bool:
    """ "that was rohit her cousin", "mele, his sister": a word followed by whose relation
    it is names that relation (a name-like word of three letters or more)."""
    if i + 2 >= len(toks) or len(toks[i].word) < _MIN_LOWERCASE_NAME or toks[i].possessive:
        return False
    return text[toks[i].end : toks[i + 1].start].strip(" ,") == "" and _owned_relation(
        text, toks, i + 1
    )


def _full_lowercase_name(text: str, toks: list[Token], i: int) -> bool:
    """ "text from grace achieng", "bilal hussain": a given name and, right after it, a word
    that is a listed surname and no everyday word are someone's full name in chat."""
    if i + 1 >= len(toks) or toks[i].possessive or text[toks[i].end : toks[i + 1].start] != " ":
        return False
    lex, nxt = lexicon(), toks[i + 1]
    return (
        nxt.kind is Kind.NAME
        and not nxt.capital
        and nxt.low in lex.surnames
        and len(nxt.word) >= _MIN_LOWERCASE_NAME
        # a given name listed by one locale only is as often a word of another language
        and lex.given_names.get(toks[i].low, 0) >= _SHARED_NAME
        and toks[i].low not in lex.phrase_heads  # "hari raya": a named thing
    )


_SHARED_NAME = 2


def _feeling_about_name(toks: list[Token], i: int) -> bool:
    """ "so proud of amara", "worried about tane": a listed given name after a feeling
    and "of"/"about" is the person felt for ("sick of covid" has no listed name)."""
    if toks[i].kind is not Kind.NAME or i < 2 or toks[i - 1].low not in _ABOUT:
        return False
    return toks[i - 2].low in _FEELINGS


_ABOUT = frozenset({"of", "about", "for"})
_FEELINGS = frozenset(
    "proud worried scared afraid jealous fond thinking sorry happy stressed anxious".split()
)


_CHAT_WITH = frozenset({"w", "wit", "with", "wi", "wid"})  # Scots "wi", patois "wid"
# "his gamertag is": a word after these is a thing, not someone's name
_DETERMINERS = frozenset(
    "his her their my our your its the a an this that these those some any every no".split()
)
_PEOPLE = frozenset({"she", "he", "me", "i", "they", "her", "him"})  # "she and rangi"
_CONTACT_VERBS = frozenset(
    "saw met meet seen texted txt txted called rang phoned messaged visited hugged asked told "
    "thanked".split()
    # and their present forms as typed in chat: "tmr i see xiu ling", "let kumar talk"
    + "see seeing meeting text call ring phone visit hug tell thank let remind reminded".split()
)
_CONTACT_PREPS = frozenset({"to", "with", "w"})
_CHANCE_MEETINGS = frozenset("ran run running bumped bump bumping".split())  # "ran into tui"
_CHECKS = frozenset({"check", "checked", "checking", "checkin"})
_NEWS_ON = frozenset("update updates news".split())
_HEARD_FROM = frozenset("heard hear hearing text txt msg message email call".split())
_TALK_VERBS = frozenset("talked spoke spoken chatted chat talk speak yarned".split())
_MIN_LOWERCASE_NAME = 3
_MIN_JOINED_NAME = 4  # a word in no list this long, met or joined by "+", is a name


def _everyday_token(tok: Token) -> bool:
    return tok.kind is Kind.ORDINARY or tok.kind is Kind.STOP


def _word_or_listed(tok: Token) -> bool:
    """An everyday word, or one that is also a given name ("memory lane", "will drive")."""
    return tok.kind is Kind.ORDINARY or tok.kind is Kind.STOP or tok.kind is Kind.WORD_NAME


def _not_english_word(tok: Token) -> bool:
    return tok.capital or tok.kind is not Kind.ORDINARY


def _unlisted_token(tok: Token) -> bool:
    return tok.kind is Kind.UNKNOWN


def _word_name_token(tok: Token) -> bool:
    return tok.kind is Kind.WORD_NAME


def _name_or_unlisted(tok: Token) -> bool:
    return tok.kind is Kind.NAME or tok.kind is Kind.UNKNOWN


def _everyday_word(word: str) -> bool:
    """Whether ``word``, or it without its accents ("Éducation"), is an everyday word."""
    lex = lexicon()
    low = word.lower()
    if low in lex.ordinary or low in lex.always_ordinary or lex.is_region_word(low):
        return True
    bare = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
    return bare in lex.ordinary or bare in lex.always_ordinary or lex.is_region_word(bare)


def _people_of_a_region(low: str) -> bool:
    return demonym(low, lexicon())  # "korean", "bosnian", "tanzanian"


def _names_a_place(words: str) -> bool:
    lex = lexicon()
    low = words.lower()
    return low in lex.regions or low in lex.places


def _listed_given_name(tok: Token) -> bool:
    return tok.kind is Kind.NAME


def _initialisms(text: str) -> list[Candidate]:
    """ "J.R.", and in chat "b.j.", "k.o.": initials with stops are a person's, save the
    abbreviations everyone writes so ("a.m.", "e.g.", "p.s.", "fyi" as "f.y.i.")."""
    found = [
        (m.start(), m.end(), "name")
        for m in _INITIALS.finditer(text)
        if m.group().upper() not in INITIALISMS_KEPT
    ]
    if "'" in text or "’" in text:  # "C.O'D.": an Irish family name's initial after "O'"
        found.extend((m.start(), m.end(), "name") for m in _IRISH_INITIALS.finditer(text))
    found.extend(
        (m.start(), m.end(), "name")
        for m in _LOWER_INITIALS.finditer(text)
        if (up := m.group().upper()) not in INITIALISMS_KEPT and up not in _LOWER_KEPT
    )
    return found


# initials holding a family name's "O'" or "M'": "C.O'D.", "P. O'B.", "S.M'C."
_IRISH_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.\s?(?:[A-Z]\.)?[OM]['’][A-Z]\.(?!\w)")
# lower-case initials with stops: "b.j.", "k.o." (not inside "e.g" runs or web addresses)
_LOWER_INITIALS = re.compile(r"(?=[a-z]\.)(?<![\w./@])[a-z]\.(?:[a-z]\.){1,3}(?![\w.@/])")
# abbreviations typed with stops in lower case as well
_LOWER_KEPT = frozenset(
    "O.K. F.Y.I. T.B.D. E.T.A. I.D. W.R.T. B.C. A.D. V.S. C.C. L.O.L. O.M.G. R.I.P. "
    "E.T.C. P.P. C.F. A.S.A.P.".split()
)
