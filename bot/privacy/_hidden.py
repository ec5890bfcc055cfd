"""Characters that show nothing on screen but split a word for the detectors.

"Ma\u200bria" (a zero-width space inside it) and "Mari\u0301a" (the accent typed as a combining
mark, as some keyboards and copied text give it) look like "Maria" and "María" in Discord, but
no word list or rule reads them so. `on_screen` gives the text as it reads, with where each of
its characters came from, so that what the anonymizer finds and replaces is what a reader sees.
"""

from __future__ import annotations

import re
import unicodedata

# Invisible everywhere and meaningless on screen: the soft hyphen, the Mongolian vowel
# separator, the zero-width space, the word joiner and the invisible operators, the BOM.
_DROPPED = frozenset("\u00ad\u180e\u200b\u2060\u2061\u2062\u2063\u2064\ufeff")
# Joiners and direction marks shape Arabic, Hebrew, Persian, Indic scripts and emoji, so they
# are taken out only inside a Latin word (a letter or digit on both sides) or between one and a
# space, where they do nothing for the reader. A placeholder's brackets are neither, so
# redacting again takes out nothing more.
# So too the other marks Discord shows as nothing, which emoji and some scripts use (a
# variation selector, a tag character: "\u2764\ufe0f", a flag) but which inside a Latin word
# only hide it: the combining grapheme joiner, Khmer's inherent vowels, Mongolian's variation
# selectors, the unassigned format controls, the shorthand and musical formatting marks.
_IGNORED_RANGES = (
    (0x034F, 0x034F),
    (0x17B4, 0x17B5),
    (0x180B, 0x180D),
    (0x180F, 0x180F),
    (0x2065, 0x206F),
    (0xFE00, 0xFE0F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_MARKS = "\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTEXTUAL = frozenset(_MARKS) | frozenset(
    chr(code) for low, high in _IGNORED_RANGES for code in range(low, high + 1)
)
_HIDDEN = _DROPPED | _CONTEXTUAL
_ANY_HIDDEN = re.compile(
    "["
    + "".join(sorted(_DROPPED))
    + _MARKS
    + "".join(f"{chr(low)}-{chr(high)}" for low, high in _IGNORED_RANGES)
    + "]"
)


def _latin_alnum(ch: str | None) -> bool:
    if ch is None or not ch.isalnum():
        return False
    code = ord(ch)
    return code < 0x0250 or 0x1E00 <= code < 0x1F00


# what joins the digits of a phone, date or id number: "555\u200e-123", "+44\u200e 20"
_NUMBER_GLUE = frozenset("-./() +")


def _apart(ch: str | None) -> bool:
    """The text's edge, a space or a line break: what a Latin word's edge may face."""
    return ch is None or ch.isspace()


def _joins(before: str | None, after: str | None) -> bool:
    """Whether a joiner or direction mark between these two characters does nothing for the
    reader: inside a Latin word, between a Latin word and a space or the text's edge (where it
    can only hide the word's edge from the detectors: "her bf \u200eprince took"), or inside a
    number written with Western digits."""
    if _latin_alnum(before) and (_latin_alnum(after) or _apart(after)):
        return True
    if _latin_alnum(after) and _apart(before):
        return True
    if before is None or after is None:
        return False
    return (before.isascii() and before.isdigit() and after in _NUMBER_GLUE) or (
        after.isascii() and after.isdigit() and before in _NUMBER_GLUE
    )


def _starts_cluster(ch: str) -> bool:
    """Whether NFC can leave `ch` apart from what comes before it (a starter that is not a
    Hangul vowel or final consonant, which join the syllable before them)."""
    return unicodedata.combining(ch) == 0 and not 0x1160 <= ord(ch) < 0x1200


def _next_shown(text: str) -> list[str | None]:
    """For each offset, the first character at or after it that is not hidden (None at the
    end): a mark is judged by what it stands before however many hidden characters follow
    it, or a second look, with those gone, would judge it differently."""
    shown: list[str | None] = [None] * (len(text) + 1)
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        shown[i] = shown[i + 1] if ch in _HIDDEN else ch
    return shown


def on_screen(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` as it reads: inside words without the invisible characters above, accents
    composed (NFC, wherever that does not lengthen the text); and for each of its characters
    the stretch of `text` it stands for. Never longer than `text`."""
    if text.isascii():
        return text, [(i, i + 1) for i in range(len(text))]
    visible: list[tuple[str, int]] = []  # (character, index in text)
    before: str | None = None  # the last character kept that is not itself hidden
    shown_after = _next_shown(text)
    for i, ch in enumerate(text):
        if ch in _DROPPED:
            continue
        if ch in _CONTEXTUAL:
            if _joins(before, shown_after[i + 1]):
                continue
        elif not unicodedata.combining(ch):
            # an accent typed as a combining mark belongs to the letter before it: "e\u0301"
            # reads as "é" whether or not it was typed composed
            before = ch
        visible.append((ch, i))
    clusters: list[list[tuple[str, int]]] = []
    for item in visible:
        if not clusters or _starts_cluster(item[0]):
            clusters.append([item])
        else:
            clusters[-1].append(item)
    shown: list[str] = []
    where: list[tuple[int, int]] = []
    for cluster in clusters:
        raw = "".join(c for c, _ in cluster)
        composed = unicodedata.normalize("NFC", raw)
        if len(composed) > len(raw):
            composed = raw  # a composition exclusion: NFC would lengthen it
        stretch = (cluster[0][1], cluster[-1][1] + 1)
        shown.append(composed)
        where.extend([stretch] * len(composed))
    return "".join(shown), where


def as_typed(text: str) -> bool:
    """Whether `text` already reads as typed: no hidden character and its accents composed
    (checked in C, so that most texts skip the character-by-character walk)."""
    return text.isascii() or (
        _ANY_HIDDEN.search(text) is None and unicodedata.is_normalized("NFC", text)
    )


def readable(text: str) -> str:
    """`text` as it reads on screen (see `on_screen`)."""
    return text if as_typed(text) else on_screen(text)[0]
