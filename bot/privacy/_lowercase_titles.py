"""Lower-case titles and kin words beside a name ("mr", "aunty", "coach"; "ravi sir"), and
shouted words."""

from __future__ import annotations

import re
from operator import attrgetter

from ._alternation import words_longest_first
from ._everyday_vocabulary import vocabulary
from ._foreign_clauses import _ENGLISH as ENGLISH_WORDS  # pyright: ignore[reportPrivateUsage]
from ._function_words import clause_word_after_title, everyday_words, tables
from ._lexicon import Lexicon
from ._lowercase_cues import _DETERMINERS, _MIN_LOWERCASE_NAME
from ._name_cues import (
    _ADDRESS_TITLES,
    _KIN_TITLES,
    _MIN_KIN_NAME,
    _ROLE_TITLES,
    _starts_sentence,
)
from ._name_lists import _LONG_TITLE
from ._shared_titles import SHARED as SHARED_TITLES
from ._shared_titles import WORDS as _CHAT_TITLES
from ._shared_titles import shared_title_before_name
from ._vocab import CREOLE_SAYING, PERSON_VERBS, RELATIONS
from ._word_classes import Candidate, Kind, Token, spaced


def _lowercase_titled(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """A title typed in lower case before a name, as in chat: "mrs k just rang", "aunty
    sela who drove", "talked to coach riley". The title goes with the name unless a
    possessive stands before it ("her uncle joe": the uncle is a relation, not a title)."""
    out: list[Candidate] = []
    last = len(toks) - 1
    # every rule below starts from a title word: only those are visited
    for i in [n for n, t in enumerate(toks) if t.low in _LOWER_TITLE_WORDS and n < last]:
        tok = toks[i]
        if tok.capital:
            continue
        low = tok.low
        if low in _LOWER_NICK:
            _lowercase_nick_letter(text, toks, i, out)
            continue
        formal = low in _LOWER_FORMAL
        if low in _VERB_LIKE_KIN:
            if _verb_like_kin_title(text, toks, i, lex):
                out.append((tok.start, toks[i + 1].end, "name"))  # "ate joy drove her"
            continue
        if not formal and low not in _LOWER_KIN and low not in _LOWER_ROLES:
            continue
        if low in _CHAT_TITLES and not shared_title_before_name(toks, i, lex):
            continue  # "tanti auguri", "la dona gran", "avó na": words of another language
        nxt = toks[i + 1]
        if nxt.capital or text[tok.end : nxt.start] not in (" ", ". "):
            continue
        owned = i > 0 and (
            toks[i - 1].low in _DETERMINERS
            or toks[i - 1].possessive
            or (low == "miss" and toks[i - 1].low in _MISSERS)  # "i miss sela": a verb
            or (low in _LOWER_ROLES and _described_role(toks, i))  # "the school nurse will"
        )
        if not _lowercase_titled_name(nxt, lex, formal=formal, owned=owned):
            continue
        if nxt.kind is Kind.UNKNOWN and low in _LOWER_ROLES and not _named_sibling(low, nxt, lex):
            continue  # "coach sushi": after an everyday word only a listed name counts
        if nxt.kind is Kind.UNKNOWN and clause_word_after_title(toks, i):
            continue  # "si mama ay masaya": Filipino "ay", a word of the clause, no name
        titled = formal or low in _ADDRESS_TITLES  # part of the name unless owned ("her nan")
        start = tok.start if titled and not owned and len(tok.word) >= _LONG_TITLE else nxt.start
        out.append((start, nxt.end, "name"))
    return out


def _described_role(toks: list[Token], i: int) -> bool:
    """ "the school nurse", "his football coach": a determiner, then an everyday word saying
    which kind, before the title word make it a role noun."""
    if i < 2 or toks[i - 2].low not in _DETERMINERS:
        return False
    kind = toks[i - 1]
    return kind.kind is Kind.ORDINARY and not kind.capital and not kind.possessive


def _named_sibling(title: str, tok: Token, lex: Lexicon) -> bool:
    """After "sister", "sis" or "bro" (a woman or man of a church, a friend), a word of four
    letters or more in no list of any language is the name ("sister dorcas", "bro kwabs").
    After "coach" and the other roles such a word is as often a thing or a word of another
    language ("coach trip", "father ..." in a prayer): only a listed name counts there."""
    low = tok.low
    return (
        title in _SIBLING_TITLES
        and len(low) >= _MIN_UNLISTED
        and low.isalpha()
        and low not in vocabulary(lex)
        and low not in tables().langs
    )


_MIN_UNLISTED = 4
_SIBLING_TITLES = frozenset({"bro", "sis", "sister"})


def _verb_like_kin_title(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "ate joy has been helping", "with ate liza": a word of address that is also an
    English verb ("she ate candy") is a title only where no subject stands before it (at
    the start of a sentence or after "with", "and") and a listed given name follows."""
    nxt = toks[i + 1]
    if text[toks[i].end : nxt.start] != " " or nxt.capital or nxt.possessive:
        return False
    if nxt.kind is not Kind.NAME and not (
        nxt.kind is Kind.WORD_NAME and nxt.low in lex.given_names
    ):
        return False
    if i > 0 and toks[i - 1].low in _TITLE_OPENERS:
        return text[toks[i - 1].end : toks[i].start] == " "
    return _starts_sentence(text, toks, i)


_TITLE_OPENERS = frozenset("with w and si ni kay".split())


def _lowercase_nick_letter(text: str, toks: list[Token], i: int, out: list[Candidate]) -> None:
    """ "lil j said", "big k was there": a nickname built from a letter, typed in chat."""
    nxt = toks[i + 1]
    if i > 0 and toks[i - 1].low in _DETERMINERS:
        return  # "the big o": a thing
    if text[toks[i].end : nxt.start] != " ":
        return
    if (len(nxt.word) == 1 and nxt.word not in "ai") or (
        nxt.kind is Kind.NAME and len(nxt.word) >= _MIN_LOWERCASE_NAME
    ):
        out.append((toks[i].start, nxt.end, "name"))  # "lil j", "big ben": a nickname


_LOWER_NICK = frozenset({"lil", "big", "young", "lil'"})
# Titles as typed in chat. Abbreviations that are also chat words ("fr", "br") are left out.
_LOWER_FORMAL = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "mdm"})
_LOWER_KIN = (
    frozenset(
        "aunty auntie uncle pastor nana nan nanna grandma grandpa granny gran nanny koro whaea "
        "tita tito tia tio lolo kuya nonna nonno abuela abuelo"
        # words of address that are no English word: "manong rudy", "mma thato", "didi meera"
        " manong manang didi bhaiya bhabhi mma rra makcik pakcik encik puan cikgu"
        # as typed in chat in Kenya, Nigeria, India, the Philippines, Malaysia: "mama njeri",
        # "baba tunde", "lola cora", "mak cik rosnah"
        " mama baba lola gogo bibi cik"
        # Yoruba and Pidgin, Amharic, Haitian Creole, Tamil, Punjabi, Khmer and isiZulu chat:
        # "iya bose", "oga femi", "emama tsehay", "manmi lourdes", "periyamma kamala", "bebe
        # jasbir", "ming sophal", "malume thulani", "mam zanele", "bhuti lwazi"
        " iya oga alhaji alhaja mummy emama gashe abba tati manmi matant tonton grann periyamma"
        " periyappa chithi chithappa akka appamma ammamma bebe chacha chachi taya massi bua bhua"
        " ming yeay bong malume mam sisi bhuti mkhulu mamncane babomncane".split()
    )
    | _CHAT_TITLES
)  # the leaks11 homes' chat: "teta drita", "amai rumbi", "papa fiston"
_LOWER_ROLES = frozenset(
    {"coach", "sister", "brother", "father", "nurse", "imam", "ustaz", "sheikh", "mzee", "bro"}
    | {"sis"}
)
_VERB_LIKE_KIN = frozenset({"ate"})
_LOWER_TITLE_WORDS = _LOWER_FORMAL | _LOWER_KIN | _LOWER_ROLES | _LOWER_NICK | _VERB_LIKE_KIN
# (a trie of the words behind a look-ahead for their first letters: only whether it matches is
# asked, which the order of the words does not change)
_LOWER_TITLE_HINT = re.compile(
    rf"(?=[{''.join(sorted({re.escape(w[0]) for w in _LOWER_TITLE_WORDS}))}])"
    rf"\b(?:{words_longest_first(_LOWER_TITLE_WORDS, ignore_case=False)})[ .]+[^\W\d_]"
)
_JOINED_TITLE = re.compile(
    r"[-'’](?:" + "|".join(map(re.escape, sorted(_LOWER_TITLE_WORDS))) + r")[ .]"
)


def _may_hold_lower_title(text: str, toks: list[Token]) -> bool:
    """Whether ``_LOWER_TITLE_HINT`` can match (cheap look-ups before the search): the
    title it matches is a whole word, or the last part of one joined by "-" or "'"."""
    if not _LOWER_TITLE_WORDS.isdisjoint(map(_WORD_OF, toks)):
        return True
    if "-" not in text and "'" not in text and "’" not in text:
        return False
    return _JOINED_TITLE.search(text) is not None


_WORD_OF = attrgetter("word")


_MISSERS = frozenset("i we you they he she really still so dont don't will gonna".split())


def _lowercase_titled_name(nxt: Token, lex: Lexicon, *, formal: bool, owned: bool) -> bool:
    """Whether the lower-case word after a title reads as a name: a listed given name or
    surname, a word in no list, or (after "mrs", "dr") a lone letter such as "mrs k". An
    everyday word ("her aunt said") counts only as a surname after "mrs" or "dr"."""
    if nxt.kind is Kind.STOP or nxt.low in CREOLE_SAYING:  # "pastor seh she came"
        return False
    if formal and len(nxt.word) == 1 and not owned:
        return nxt.word not in "ai"
    if nxt.kind in (Kind.NAME, Kind.UNKNOWN):
        return len(nxt.word) >= _MIN_KIN_NAME
    low = nxt.low
    if nxt.kind is Kind.WORD_NAME:
        return not owned and low in lex.given_names
    return formal and not owned and low in lex.surnames and low not in PERSON_VERBS


def _shouted_words(text: str, toks: list[Token]) -> None:
    """ "WHAT GIVES HER HOPE", "GRACE PERIOD": in a heading written in capitals an everyday
    word that is also a name ("HOPE", "GRACE") stands beside other everyday words; it is a
    word there, not an unknown abbreviation."""
    for i, tok in enumerate(toks):
        if (
            tok.acronym
            and tok.kind is Kind.WORD_NAME
            and _shouted_neighbour(text, toks, i)
            and not _name_beside(toks, i)
        ):
            tok.kind = Kind.STOP


def _name_beside(toks: list[Token], i: int) -> bool:
    """ "HOPE MWANGI", "DR HOPE", "MUM AND HOPE": a name, title or relation word near."""
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(toks):
            other = toks[j]
            if other.kind in (Kind.NAME, Kind.UNKNOWN) or other.title:
                return True
            if other.low in RELATIONS or other.low in _KIN_TITLES:
                return True
    return False


def _shouted_neighbour(text: str, toks: list[Token], i: int) -> bool:
    for j in (i - 1, i + 1):
        if 0 <= j < len(toks):
            other = toks[j]
            left, right = (other, toks[i]) if j < i else (toks[i], other)
            if (
                other.acronym
                and other.kind in (Kind.ORDINARY, Kind.STOP)
                and len(other.word) >= _SHOUTED_MIN
                and text[left.end : right.start] in _SHOUTED_GAPS
            ):
                return True
    return False


_SHOUTED_MIN = 2
_SHOUTED_GAPS = frozenset({" ", " & ", ", ", " - ", " / "})


def titled_person_slots(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """A name typed in lower case beside a title of respect, kin or role, on either side:
    "ratu jone is the uncle", "pls who has mr tayo's number", "tevita sir from the school",
    "priya didi said". The title goes into the placeholder with the name.

    Either side alone misleads ("sister said", "coach bus", "uncle and aunty", "sir said ok",
    "coach at school"), so both decide: the word beside the title is no everyday word of the
    text's languages (nor a function word, a person's verb or itself a title or kinship word),
    or is a listed given name; and what follows is what follows a person (a verb of a person,
    "from", "and", "'s", a full stop, the end of the text). A comma follows a kinship word
    said to someone ("thanks aunty mele, see u") as often as a name: only after "mr" or "dr"
    does it count. After an owner ("her uncle kaupa said") the title names a relation; role
    words ("coach", "sister", "sir") and capitalised titles are left to the other rules, which
    read them with the capital or the role."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i in [n for n, t in enumerate(toks) if t.low in _SLOT_TITLES_BEFORE and n < last]:
        title, name = toks[i], toks[i + 1]
        if title.capital or name.capital or title.possessive or _owned(toks, i):
            continue
        gap = text[title.end : name.start]
        formal = title.low in _SLOT_FORMAL
        if gap != " " and not (gap == ". " and formal):
            continue  # "mr. fono"; "aunty. mele" is two sentences
        shared = title.low in _SLOT_SHARED
        if _slot_name(name, toks, lex, marked=formal) and _person_follows(
            text, toks, i + 1, comma=formal or shared
        ):
            # a word of address that is an everyday word of another language ("dona",
            # "mano") is judged as that word by later rules: the name alone goes
            out.append((name.start if shared else title.start, name.end, "name"))
    for i in [n for n, t in enumerate(toks) if t.low in _SLOT_TITLES_AFTER and n > 0]:
        name, title = toks[i - 1], toks[i]
        if text[name.end : title.start] != " " or name.possessive or _owned(toks, i - 1):
            continue
        if not _slot_name(name, toks, lex, marked=False):
            continue
        # "sir", "aunty" are said to anyone ("thanku sir said"): "from", "is", "and" must
        # follow; a vocative ("nakko didi, i dont") ends in a comma, so a word must follow
        if title.low in _ADDRESSED_AFTER:
            follows = i < last and spaced(text, toks, i + 1) and toks[i + 1].low in _PERSON_NEXT
        else:
            follows = not title.possessive and _person_follows(text, toks, i, words_only=True)
        if follows:
            out.append((name.start, title.end, "name"))
    return out


def _owned(toks: list[Token], i: int) -> bool:
    """An owner or article one or two words before ``toks[i]`` ("her sis", "her older
    brother", "the coach")."""
    return any(
        j >= 0 and (toks[j].low in _DETERMINERS or toks[j].possessive) for j in (i - 1, i - 2)
    )


def _slot_name(tok: Token, toks: list[Token], lex: Lexicon, *, marked: bool) -> bool:
    """Whether the word beside a title may be the name: a listed given name that is no
    everyday English word (or an everyday word listed as a name, "pita"), or a word that is
    no everyday word of English nor of a language the text is written in."""
    low = tok.low
    if len(low) < _MIN_SLOT_NAME or not low.isalpha() or (tok.acronym and len(low) > 1):
        return False
    if low in _SLOT_TITLE_WORDS or low in PERSON_VERBS or low in ENGLISH_WORDS:
        return False
    if low in lex.ordinary:
        return low in lex.word_names  # "coach pita"; "coach bus", "sister said" stay
    if not tok.capital and (low in everyday_words() or low in tables().months):
        return False  # "bibi jan", "aunty june": a month's or weekday's name
    if low in lex.given_names:
        return True  # "papa tom", "coach sam": names first, whatever else they spell
    if low in lex.brands or low in lex.regions or (not marked and low in lex.always_ordinary):
        return False  # "coach uber", "uncle fiji", "w mami lol"
    langs = tables().langs.get(low, frozenset()) | vocabulary(lex).get(low, frozenset())
    return not langs or not _speaks(toks, langs, low, lex)


def _speaks(toks: list[Token], langs: frozenset[str], word: str, lex: Lexicon) -> bool:
    """Whether another word of the text, no English word, is a function word of ``langs``:
    the text is written in one of them ("aunty sela" in English; "si tita ay sela" not)."""
    table = tables().langs
    for tok in toks:
        low = tok.low
        if low == word or low in lex.ordinary:
            continue
        theirs = table.get(low)
        if theirs is not None and not theirs.isdisjoint(langs):
            return True
    return False


def _person_follows(
    text: str, toks: list[Token], k: int, *, comma: bool = False, words_only: bool = False
) -> bool:
    """Whether what follows ``toks[k]`` is what follows a person: an owner's "'s", a verb of
    a person, "from", "at", "and", "n", "is", or (unless ``words_only``) a full stop, "!", "?" or
    the end of the text, and a comma too if ``comma``."""
    tok = toks[k]
    if tok.possessive:
        return True
    rest = text[tok.end : tok.end + 2].lstrip(" ")
    if not rest:
        return not words_only
    if rest[0] in _PERSON_STOPS or (comma and rest[0] == ","):
        return not words_only
    if k == len(toks) - 1 or not spaced(text, toks, k + 1):
        return False
    nxt = toks[k + 1].low
    return nxt in PERSON_VERBS or nxt in _PERSON_NEXT


_MIN_SLOT_NAME = 2
_PERSON_STOPS = frozenset(".!?;\n")
# "at" as in "teacher madam X at the jhs said": where the person works or stands
_PERSON_NEXT = frozenset("from at and n is was has had".split())
_SLOT_FORMAL = _LOWER_FORMAL - {"miss"}  # "i miss sela": a verb
# titles written before a name ("fr" is chat's "for real", "ate" the past of "eat")
_SLOT_TITLES_BEFORE = (
    (
        (_LOWER_FORMAL | _LOWER_KIN | _KIN_TITLES | _ROLE_TITLES)
        # a Fijian chief's title and "uncle": "ratu jone", "momo seru"
        | frozenset("ratu momo".split())
    )
    - {"fr", "ate"}
    - _LOWER_ROLES
    - (_ROLE_TITLES - SHARED_TITLES)
)
# words of respect said after a name in South Asian and Pacific English: "ravi sir",
# "mele aunty", "priya didi"
_SLOT_TITLES_AFTER = frozenset("sir madam aunty auntie uncle didi bhaiya dada".split())
_ADDRESSED_AFTER = frozenset("sir madam aunty auntie uncle".split())
# words of address that are everyday words of another language too ("dona", "mano"; "papa"
# is a title of kin in English chat as well)
_SLOT_SHARED = SHARED_TITLES - {"papa"}
_SLOT_TITLE_WORDS = _SLOT_TITLES_BEFORE | _SLOT_TITLES_AFTER | _ADDRESS_TITLES | RELATIONS
_SLOT_HINT = _SLOT_TITLES_BEFORE | _SLOT_TITLES_AFTER


def may_hold_titled_slot(lows: list[str]) -> bool:
    """Whether a word of the text is one of the titles ``titled_person_slots`` reads."""
    return not _SLOT_HINT.isdisjoint(lows)
