"""Names that sign a chat message or quick note, and names its opening addresses or is
about: "thanks all - Teuila", "thoughts? ~ Hine", "proud of her / Bec", "~ R. | quick one",
"re T.: school is", "cc Anj", "per Marama, the plan is", "Wren update: discharged".

A writer signs a message after a dash, tilde or slash that closes it; the word there,
typed with a capital (or small and listed as a given name), is who wrote it. A tilde opening
the message ("~ R. |", "~Dimitri:") signs it too, before a bar, colon or bracket. After
"re", "cc", "fao", "attn" and "per" (with or without a colon) a capitalised word or an
initial is the person the note is about, copied to or quoted; a word opening the message
or a line before "update", "news" or "again" and a colon, dash or "!" is who it is about,
and one before a colon and a reply of chat ("summer: +1 to what", "Grace: same here") is
who answered; one before a dash ("Sefa - youth lead?") heads a note about them. Initials
alone in brackets ("client (W.) said") are a person's. Only a word no list calls safe (no
everyday word, kinship word, acronym of the lists, state or country) is taken, so "- me,
swamped", "- mum", "- note to self", "~ everyone", "Update - ..." and "re: CAMHS" stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._vocab import INITIALISMS_KEPT, KNOWN_ACRONYMS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# the close of a message: words on the same line, a blank or mark, a dash, tilde or slash,
# then one or two words, then nothing but marks or emoji (figures may stand before the
# separator, no other word: "up from 3 - Teuila", "you -Tama",
# "proud of her. / Bec 🙂"; not "Mon/Fri" nor a bullet opening a line)
_GAP = re.compile(r"(?:\d|[^\w\n])*[\s.!?)\]\"”'’…][-–—~/]\s*")
_AFTER = re.compile(r"[^\w]*")
# a tilde opening the message, a name, then a bar, colon or bracket
_OPEN_TILDE = re.compile(r"^\s*~\s*")
_OPEN_AFTER = re.compile(r"\s*[|:(]")
# a name opening the message or a line before a word that says the note is about them
# ("Wren update:", "Tavita again -", "Mele news!")
_ABOUT = re.compile(r"[ \t]+(?:update|updates|news|again|check-in)[ \t]*[:\-–—!]")
# a speaker's name opening a line before a colon and a chat reply ("summer: +1 to what",
# "Grace: same here", "hope: agreed, scaling"): who answered in a thread pasted as notes
_REPLY = re.compile(
    r":[ \t]*(?:\+1|\^+|(?i:agreed?|same|seconded|this|yes+|yep|yeah|ha(?:ha)+|lol|omg|ty|thanks|"
    r"thank you|love this|totally|exactly|absolutely|oh|ooh|hmm+|wow)\b)"
)
# the replies that only a person gives: with one, a word typed small also names the speaker
# ("summer: +1", "hope: agreed"), where "summer: same as last year" is a label
_STRONG_REPLY = re.compile(r":[ \t]*(?:\+1|\^+|(?i:agreed?|seconded|same here)\b)")
# a name heading a note before a hyphen typed as a dash, maybe with a bracket between
# ("Sefa - youth lead?", "Afa (foster, LAC) - works at"): who the note is about (a long
# dash sets off a gloss of a word instead: "Nadiya — hope in Ukrainian — is written")
_HEADING = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+-[ \t]")
# initials alone in brackets: "client (W.) said", "[D.O.] went"
_BRACKETED_INITIALS = re.compile(r"(?<![\w.])[(\[]((?:[A-Z]\.){1,3})[)\]]")
# words that point at a person: "re T.:", "cc Anj", "per Marama"
_WORDS = re.compile(r"[^\W\d_]+")
_MIN_SPELLED = 2
_POINTERS = frozenset("re cc fao attn per".split())
_POINTER_GAP = re.compile(r":?\s{1,2}$")
_NAMES = frozenset((Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME))
_MIN_NAME = 2


def may_hold(text: str) -> bool:
    """Cheap check: a dash, tilde or slash, a bracket and a full stop, a word that points
    at a person, or a word that says what the note is about."""
    if "-" in text or "~" in text or "/" in text or "–" in text or "—" in text:
        return True
    if "." in text and ("(" in text or "[" in text):
        return True  # "client (W.) said"
    low = text.lower()
    return _HINTS.search(low) is not None


_HINTS = re.compile(r"\b(?:re|cc|fao|attn|per)\b|update|news|again|check-in|\w:")


def _name_word(tok: Token, lex: Lexicon) -> bool:
    """A word that may be a name where it stands: capitalised and of no list that calls it
    safe, or small and a listed given name that is no everyday word."""
    if tok.possessive or tok.word in KNOWN_ACRONYMS or lex.is_region_word(tok.low):
        return False
    if tok.capital:
        if tok.initial:
            return True
        return len(tok.word) >= _MIN_NAME and tok.kind in _NAMES and not tok.acronym
    return tok.kind is Kind.NAME and tok.low in lex.given_names and tok.low not in lex.ordinary


def _heading(text: str, tok: Token, lex: Lexicon) -> bool:
    """A word heading a note before a dash ("Sefa - youth lead?"), no town of the lists
    ("Trinidad - her granny still goes to market": where, said by the place), and an
    everyday word that is also a name only where it sets off no gloss (see below)."""
    m = _HEADING.match(text, tok.end)
    if m is None or tok.low in lex.places:
        return False
    if tok.kind is not Kind.WORD_NAME:
        return True
    # an everyday word between two dashes is glossed ("Patience - the word for today - came
    # up"): a word-name heads a note only where no second dash follows on its line
    line_end = text.find("\n", m.end())
    return " - " not in text[m.end() : len(text) if line_end < 0 else line_end]


def _abbreviation(text: str, start: int, initials: str) -> bool:
    """Whether initials in brackets abbreviate words ("Next of kin (N.O.K.)", "(U.S.)"): a
    known acronym, or the first letters of the words right before the bracket."""
    letters = initials.replace(".", "")
    if letters in KNOWN_ACRONYMS or initials in INITIALISMS_KEPT:
        return True
    if len(letters) < _MIN_SPELLED:
        return False  # one letter: "the teen (R.) said" abbreviates no words
    words = _WORDS.findall(text, 0, start)
    firsts = "".join(w[0] for w in words[-2 * len(letters) :]).upper()
    return letters in firsts


def _letter(tok: Token) -> bool:
    """A capital letter standing alone, no pronoun or article ("/ J"): an initial."""
    return len(tok.word) == 1 and tok.word.isupper() and tok.word not in "IA"


def _small_name_word(tok: Token, lex: Lexicon) -> bool:
    """A word typed small that may be a name before a reply: a word-name ("summer",
    "hope") or a word of no list, none a known acronym."""
    if tok.capital or tok.possessive or tok.word.upper() in KNOWN_ACRONYMS:
        return False
    return tok.kind in _NAMES and len(tok.word) >= _MIN_NAME and not lex.is_region_word(tok.low)


def _span(toks: list[Token], first: int, last: int, text: str) -> Candidate:
    end = toks[last].end
    if toks[last].initial and text[end : end + 1] == ".":
        end += 1  # "R.": the initial with its stop
    return toks[first].start, end, "name"


def signed_names(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """The names signing, opening or pointed at in a message (see the module's doc)."""
    out: list[Candidate] = []
    n = len(toks)
    if n >= 2:
        # the close: the last one or two words, after a separator on the same line
        for first in (n - 1, n - 2):
            if first < 1:
                continue
            words = toks[first:]
            if not all(_name_word(t, lex) or _letter(t) for t in words):
                continue
            if len(words) == 2 and not (
                words[0].capital and words[1].capital and text[words[0].end : words[1].start] == " "
            ):
                continue
            if not _GAP.fullmatch(text, toks[first - 1].end, toks[first].start):
                continue
            if _AFTER.fullmatch(text, toks[-1].end) is None:
                continue
            out.append(_span(toks, first, n - 1, text))
            break
    if toks and text.lstrip().startswith("~"):
        m = _OPEN_TILDE.match(text)
        tok = toks[0]
        if m and m.end() == tok.start and _name_word(tok, lex) and tok.capital:
            rest = tok.end + (1 if tok.initial and text[tok.end : tok.end + 1] == "." else 0)
            if _OPEN_AFTER.match(text, rest):
                out.append(_span(toks, 0, 0, text))
    for i, tok in enumerate(toks):
        opens = i == 0 or "\n" in text[toks[i - 1].end : tok.start]
        if not opens or tok.initial:
            continue
        if (
            _name_word(tok, lex)
            and (
                (tok.capital and (_ABOUT.match(text, tok.end) or _heading(text, tok, lex)))
                or _REPLY.match(text, tok.end)
            )
        ) or (_small_name_word(tok, lex) and _STRONG_REPLY.match(text, tok.end)):
            out.append(_span(toks, i, i, text))
    if "." in text:
        out.extend(
            (m.start(1), m.end(1), "name")
            for m in _BRACKETED_INITIALS.finditer(text)
            if not _abbreviation(text, m.start(), m.group(1))
        )
    for i in range(1, n):
        prev = toks[i - 1]
        if prev.low not in _POINTERS or (prev.capital and prev.low != "re"):
            continue
        tok = toks[i]
        if not tok.capital or not _name_word(tok, lex):
            continue
        if not _POINTER_GAP.fullmatch(text, prev.end, tok.start):
            continue
        out.append(_span(toks, i, i, text))
    return out
