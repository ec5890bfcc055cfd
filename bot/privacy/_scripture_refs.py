"""Books of the Bible cited by chapter and verse: "She reads Matthew 11:28 and Psalm 23",
"John 14:27 every night", "Joshua 1:9 on the fridge".

Many books carry given names (Matthew, John, Ruth, Joshua, Esther, Daniel), and a name
followed by "11:28" looks like a person and a time to the rules. A book's name right before
"chapter:verse" is a citation when the note talks about scripture: another citation, or a
word such as "verse", "psalm", "bible", "scripture", "gospel" or "reads". A time is never
cited so ("John at 10:30", "Ruth 10:30am"), and a book name that the text also uses for a
person (a candidate that stays) stays removed everywhere: the name would show through.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate

# the books of the Bible whose names are one word (public knowledge)
BOOKS = frozenset(
    """
    genesis exodus leviticus numbers deuteronomy joshua judges ruth samuel kings chronicles
    ezra nehemiah esther job psalm psalms proverbs ecclesiastes isaiah jeremiah lamentations
    ezekiel daniel hosea joel amos obadiah jonah micah nahum habakkuk zephaniah haggai
    zechariah malachi matthew mark luke john acts romans corinthians galatians ephesians
    philippians colossians thessalonians timothy titus philemon hebrews james peter jude
    revelation
    """.split()
)
_CITED = re.compile(r"\s+\d{1,3}:\d{1,3}(?:[-–]\d{1,3})?(?!\d|\s*(?:am|pm|a\.m|p\.m|h)\b)")
_SCRIPTURE = re.compile(
    r"\b(?:verses?|psalms?|bible|scriptures?|gospels?|reads|read|quoted|quotes|prays?|prayed"
    r"|church|mass|sermon|devotional)\b",
    re.IGNORECASE,
)
_ANY_CITATION = re.compile(r"\b[A-Z][a-z]+\s+\d{1,3}:\d{1,3}\b")


def may_hold_scripture_refs(text: str) -> bool:
    """Cheap check: a colon between digits stands in the text."""
    return ":" in text


def keep_scripture_refs(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the books of the Bible cited by chapter and verse."""
    cited = [c for c in out if _cited_book(text, c)]
    if not cited or not _about_scripture(text):
        return out
    stays = {text[c[0] : c[1]].lower() for c in out if c not in cited}
    return [c for c in out if c not in cited or text[c[0] : c[1]].lower() in stays]


def _cited_book(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    word = text[start:end]
    return (
        word[:1].isupper()
        and word.lower() in BOOKS
        and re.search(r"\b(?:at|@|by|until|till)\s+$", text[max(0, start - 8) : start]) is None
        and _CITED.match(text, end) is not None
    )


def _about_scripture(text: str) -> bool:
    return _SCRIPTURE.search(text) is not None or len(_ANY_CITATION.findall(text)) > 1
