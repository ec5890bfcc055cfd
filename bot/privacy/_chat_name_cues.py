"""Names typed in lower case in quick chat answers, found by the frame around them rather
than by a list: "kuya jun came", "nurse jan called", "lesieli 8/10 today", "vikram ne bola",
"ray ray said".

Each frame is one a person fills in most chat notes, and each reads only words no list
calls safe there:

- a title or kinship word of address typed in lower case, a word, then a verb a person
  does ("kuya jun came", "nurse jan called", "inday mae said"): the word is a name when it is
  in no list, a listed given name or a month; a short everyday word only after a word of
  address that is no English word and before a verb of saying or coming ("ading tin said");
  after such a word of address, a word in no list before English ("tuakana viliami and");
- a word in no list, or a listed given name that is no everyday word, right before a score
  ("lesieli 8/10", "tavita 3 out of 10"): the person who rated;
- a word before the Hindi and Urdu ergative "ne" and a verb of saying, telling or doing
  ("vikram ne bola", "ananya ne kaha"): the one who spoke;
- a word in no list between a verb of asking and a question word ("ask tahlia wat else"),
  or between a chat opener and "you" or "I" ("lol kofi u should"): the one spoken to;
- a listed given name typed twice ("ray ray", "jun jun"): a doubled nickname;
- a listed given name that is also an everyday word after two names of one list
  ("haruka, ryo, mei and ken").
"""

from __future__ import annotations

import re
from itertools import pairwise

from ._foreign_clauses import _ENGLISH as ENGLISH_WORDS  # pyright: ignore[reportPrivateUsage]
from ._language_context import _ALL_FUNCTION_WORDS, _KIN  # pyright: ignore[reportPrivateUsage]
from ._lexicon import Lexicon
from ._lower_opening_subjects import _CHAT_WORDS as CHAT_WORDS  # pyright: ignore[reportPrivateUsage]
from ._lowercase_cues import _CHAT_ADVERBS
from ._lowercase_titles import _LOWER_NICK, _LOWER_TITLE_WORDS  # pyright: ignore[reportPrivateUsage]
from ._vocab import PERSON_VERBS, RELATIONS, STRONG_PERSON_VERBS
from ._word_classes import Candidate, Kind, Token

# Words of address typed before a name in Filipino (Visayan), Tongan, Samoan, Maori and
# Spanish chat beyond the titles known elsewhere: "inday mae", "ading tin", "pareng nonoy".
_MORE_TITLES = frozenset(
    "inday ading dodong nang nong manoy manay pareng mareng tiya tiyo tuakana tokoua "
    "tuafefine tuofefine tuagane tuaʻane uso tuaa don doña tía tío prima primo".split()
)
_TITLES = (_LOWER_TITLE_WORDS - _LOWER_NICK) | _MORE_TITLES
# verbs whose subject is a person, typed right after the name: "kuya jun came"
_DOING = STRONG_PERSON_VERBS | frozenset(
    "looks helps helped takes took picks picked fetches fetched makes made drives brings "
    "lets sits walks walked cooks cooked braids teaches taught prays prayed sleeps slept "
    "works worked stays lives lived picks".split()
)
# after an everyday word, only a verb of saying or coming in the past: "ading tin said"
# ("lolo good helped", "tita happier slept": the word says how the relative was)
_DONE = frozenset("said told texted called rang asked messaged came brought".split())
_STATES = frozenset("good bad well fine okay ok happy sad calm tired sick late early busy".split())
# words of endearment and respect typed after a word of address: "khala jan", "didi ji"
_ENDEARMENTS = frozenset("jan jaan joon ji jee san chan kun sama".split())
_MONTH_WORDS = frozenset("jan jun june april august".split())
_MAX_SHORT = 5
_MIN_NAME = 2
# a score right after a word: "8/10", "3 / 10", "7 out of 10", "6 de 10"
_SCORE = re.compile(r" (?:\d{1,2}(?:\.\d)? ?/ ?10\b|\d{1,2} (?:out of|de|sa|na) 10\b)")
_MIN_SCORED = 4
_VOWEL = re.compile(r"[aeiouy]")
# a chat opener, a name, then "you" or "I": "lol kofi u should", "ok temi i'll call"
_OPENERS = frozenset("lol lmao haha omg ok okay thx thanks sorry hey hi yo oh ugh".split())
_ADDRESSED = frozenset("u you ur i i'll i'm im".split())
# a verb of asking, a name, a question word: "ask tahlia wat else aunty does"
_ASKING = frozenset("ask asked asking asks askd aks".split())
_QUESTION_WORDS = frozenset(
    "what wat wut wht how why y when where who which whether if abt about to".split()
)
_CHAT_WORDS = CHAT_WORDS | frozenset(
    "bruh deadass fr frfr sheesh bestie bae admin admins mods team guys yall"
    # exclamations and particles of chat in Singapore, Malaysia, India, Nigeria, the Arab world
    " wah lah leh lor meh aiyo aiyah aiya alamak wallah yalla arre yaar abeg oya shey haha hehe"
    " hmm hmmm oof ayy ahh ooh".split()
)
_NEXT_WORD = re.compile(r"[\s,;:!-]*([A-Za-z]+)")
_ENGLISH_AFTER = ENGLISH_WORDS | frozenset("today tonight now up down lol first".split())
# Hindi and Urdu verbs after the ergative "ne": said, told, asked, wrote, thought, did, saw
_ERGATIVE_VERBS = frozenset(
    "bola boli bole bolaa kaha kahaa kahi kahe bataya batayi bataaya btaya pucha poocha puchha "
    "likha socha kiya kiyaa dekha suna mana maana manaa".split()
)
_NOT_NAMES = frozenset(
    "i you he she we they it me him her us them this that who what someone everyone nobody "
    "mummy mumma papa mama maa amma abba abbu ammi ami dadi nani dada nana bhai didi sir mam "
    "maam madam teacher doctor uncle aunty auntie today tonight yesterday tomorrow now again "
    "too later earlier once twice"
    # Hindi and Urdu pronouns before "ne": "kisi ne pucha" is "someone asked"
    " kisi kisne usne unhone inhone isne maine mainne humne tumne aapne sabne sab koi kaun"
    " wo woh vo voh ye yeh".split()
)


CUE_WORDS = _TITLES | _ERGATIVE_VERBS | _ASKING | _OPENERS | {"ne"}


def may_hold(lows: list[str], text: str) -> bool:
    """Whether any frame here can hold: a title, "ne", a verb of asking, a chat opener, a
    score out of 10 or a doubled word."""
    return not CUE_WORDS.isdisjoint(lows) or "10" in text or _doubled(lows)


def chat_frame_names(
    text: str, toks: list[Token], lows: list[str], lex: Lexicon
) -> list[Candidate]:
    """The names the frames above find, in the order of the text."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        if tok.capital or tok.acronym:
            continue
        nxt = lows[i + 1] if i < last else ""
        titled = 0 < i < last and lows[i - 1] in _TITLES
        if (titled and _titled(text, toks, i, lex, doing=nxt in _DOING)) or _scored(text, tok, lex):
            out.append((tok.start, tok.end, "name"))
        elif nxt == "ne" and i + 2 <= last and lows[i + 2] in _ERGATIVE_VERBS:
            if _may_be_person(tok, lex) and text[tok.end : toks[i + 1].start] == " ":
                out.append((tok.start, tok.end, "name"))
        elif nxt == tok.low and _doubled_name(text, toks, i, lex):
            out.append((tok.start, toks[i + 1].end, "name"))
        elif 0 < i < last and lows[i - 1] in _ASKING and nxt in _QUESTION_WORDS:
            if _asked(text, toks, i):
                out.append((tok.start, tok.end, "name"))
        elif (
            0 < i < last
            and lows[i - 1] in _OPENERS
            and nxt in _ADDRESSED
            and _addressed(text, toks, i)
        ):
            out.append((tok.start, tok.end, "name"))
    return out


def _addressed(text: str, toks: list[Token], i: int) -> bool:
    """ "lol kofi u should have seen it", "ok temi i'll call": a word between a chat opener
    at the start of a sentence and "you" or "I" is the one spoken to, when it is a listed
    given name that is no everyday word or a longer word in no list and no chat word."""
    tok, opener = toks[i], toks[i - 1]
    if not _opens(text, opener.start) or text[opener.end : tok.start] not in (" ", ", "):
        return False
    if text[tok.end : toks[i + 1].start] not in (" ", ", ") or not tok.word.isalpha():
        return False
    low = tok.low
    if not _free_word(low) or low in _CHAT_WORDS or low in _TITLES:
        return False
    return tok.kind is Kind.NAME or (
        tok.kind is Kind.UNKNOWN and len(low) >= _MIN_SCORED and bool(_VOWEL.search(low))
    )


def _asked(text: str, toks: list[Token], i: int) -> bool:
    """ "ask tahlia wat else", "i asked sione what": a word in no list, or a given name that is
    no everyday word, between a verb of asking and a question word, is the one asked."""
    tok = toks[i]
    if text[toks[i - 1].end : tok.start] != " " or text[tok.end : toks[i + 1].start] != " ":
        return False
    low = tok.low
    if len(low) <= _MIN_NAME or not tok.word.isalpha() or not _free_word(low):
        return False
    if low in _CHAT_WORDS or low in _TITLES or not _VOWEL.search(low):
        return False  # "i asked wah how": an exclamation, in no list
    return tok.kind is Kind.NAME or (tok.kind is Kind.UNKNOWN and len(low) >= _MIN_SCORED)


def _opens(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:\n"


def _titled(text: str, toks: list[Token], i: int, lex: Lexicon, *, doing: bool) -> bool:
    """ "kuya jun came", "nurse jan called": the word between a title and a person's verb,
    one space either side, that is a name there. After a word of address that is no English
    word, a word in no list is a name whatever follows it ("his tuakana viliami and")."""
    tok, title = toks[i], toks[i - 1]
    if title.capital or text[title.end : tok.start] != " ":
        return False  # "Die Nonna kocht": a capitalised title opens a sentence of its own
    low = tok.low
    if len(low) < _MIN_NAME or not _free_word(low) or low in _TITLES:
        return False
    foreign_title = title.low not in lex.ordinary and title.low not in RELATIONS
    if foreign_title and low in _ENDEARMENTS:
        return False  # "khala jan brought": Dari and Urdu "dear", not Jan
    if not doing:  # only in English around it: "bibi yake alikuja" is Swahili "his bibi"
        return (
            foreign_title
            and tok.kind in (Kind.NAME, Kind.UNKNOWN)
            and len(low) > _MIN_NAME
            and tok.word.isalpha()
            and toks[i + 1].low in ENGLISH_WORDS
        )
    if text[tok.end : toks[i + 1].start] != " ":
        return False
    if tok.kind in (Kind.NAME, Kind.UNKNOWN) or low in lex.given_names or low in _MONTH_WORDS:
        return True
    # an everyday word: only a short one after a word of address that is no English word,
    # before a verb in the past ("ading tin said"; "kuya video calls" is a noun and a verb)
    return (
        tok.kind is Kind.ORDINARY
        and len(low) <= _MAX_SHORT
        and foreign_title
        and toks[i + 1].low in _DONE
        and low not in _STATES
        and not low.endswith(("er", "ly"))
    )


def _free_word(low: str) -> bool:
    """A word that could be a name at all: no function word, pronoun, adverb or verb."""
    return (
        low not in _ALL_FUNCTION_WORDS
        and low not in ENGLISH_WORDS
        and low not in _NOT_NAMES
        and low not in _CHAT_ADVERBS
        and low not in PERSON_VERBS
        and low not in RELATIONS
        and low not in _KIN
    )


def _scored(text: str, tok: Token, lex: Lexicon) -> bool:
    """ "lesieli 8/10 today": a word in no list, or a given name that is no everyday word,
    before a score that English goes on from ("dijo 8/10 hoy", "fica 3/10 em" are words of
    the sentence in another language)."""
    if tok.kind not in (Kind.NAME, Kind.UNKNOWN) or len(tok.low) < _MIN_SCORED:
        return False
    score = _SCORE.match(text, tok.end)
    if not score or not _VOWEL.search(tok.low):
        return False
    after = _NEXT_WORD.match(text, score.end())
    if not after or after.group(1).lower() not in _ENGLISH_AFTER:
        return False
    return tok.word.isalpha() and _free_word(tok.low) and tok.low not in lex.ordinary


def _may_be_person(tok: Token, lex: Lexicon) -> bool:
    """A word before "ne ..." that may be someone's name: in no list, or a given name."""
    low = tok.low
    if len(low) < _MIN_NAME + 1 or not tok.word.isalpha() or not _free_word(low):
        return False
    return tok.kind in (Kind.NAME, Kind.UNKNOWN) or (
        low in lex.given_names and low not in lex.ordinary
    )


def _doubled(lows: list[str]) -> bool:
    return any(a == b for a, b in pairwise(lows))


def _doubled_name(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "ray ray", "jun jun": a listed given name typed twice, one space apart."""
    tok = toks[i]
    low = tok.low
    return (
        text[tok.end : toks[i + 1].start] == " "
        and not toks[i + 1].capital
        and low in lex.given_names
        and len(low) >= _MIN_NAME
        and tok.word.isalpha()
        and _free_word(low)
        and tok.kind in (Kind.NAME, Kind.WORD_NAME, Kind.UNKNOWN)
        and low not in _TITLES  # "her lola lola pacing": the word of address twice
    )


_LIST_GAPS = (", ", " and ", " & ", " n ", ",")
_MIN_LISTED = 2  # names already found before the word in its list
_EVERYDAY = (Kind.WORD_NAME, Kind.ORDINARY)


def may_hold_lists(text: str) -> bool:
    """Cheap test: a comma list."""
    return text.count(",") >= _MIN_LISTED - 1 and (", " in text or "," in text)


def listed_word_names(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """ "haruka, ryo, mei and ken all came": in a lower-case list where the two items before
    it are names already, a listed given name that is also an everyday word ("ken", "hope",
    "will") is a name too. Only a word in the list's last places is read, after two names."""
    names = sorted((s, e) for s, e, k in found if k == "name")
    if len(names) < _MIN_LISTED:
        return []
    ends = {e: s for s, e in names}
    starts_after_space = {s - 1 for s, _ in names if s > 0 and text[s - 1] == " "}
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        low = tok.low
        if tok.capital or tok.kind not in _EVERYDAY or low not in lex.given_names:
            continue
        if len(low) <= _MIN_NAME or not _free_word(low) or low in _TITLES:
            continue
        if i == 0 or any(s <= tok.start < e for s, e in names):
            continue
        if i + 1 < len(toks) and toks[i + 1].start - 1 in starts_after_space:
            continue  # "and little [name]": a word before a name says which one
        if _items_before(text, tok.start, ends) >= _MIN_LISTED:
            out.append((tok.start, tok.end, "name"))
    return out


def _items_before(text: str, start: int, ends: dict[int, int]) -> int:
    """How many names stand right before ``start`` as items of one list."""
    count = 0
    pos = start
    while True:
        for gap in _LIST_GAPS:
            if text.endswith(gap, 0, pos) and pos - len(gap) in ends:
                pos = ends[pos - len(gap)]
                count += 1
                break
        else:
            return count
        if count >= _MIN_LISTED:
            return count
