"""Scripture cited by book, chapter and verse: "Matthew 11:28", "Isaiah 41:10", "John 3:16",
"1 Corinthians 13:4".

Many books of the Bible carry a person's name (Matthew, John, Isaiah, Ruth), and the rules
took the name for a client's. Followed by a chapter and a verse ("11:28", "3:16-18") the
name is the book's: a reference anyone can look up, which identifies nobody. Without the
verse ("Isaiah came in late", "read Psalm 23 with Mark") the name is left to the rules,
and so is a name before what may be a time of day ("John 14:30", "Mark 9.15"), unless the
text speaks of scripture or faith ("verse", "pastor", "church", "prayer", "God").
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str]

BOOKS = frozenset(
    """
    genesis exodus leviticus numbers deuteronomy joshua judges ruth samuel kings chronicles
    ezra nehemiah esther job psalm psalms proverbs ecclesiastes song isaiah jeremiah
    lamentations ezekiel daniel hosea joel amos obadiah jonah micah nahum habakkuk zephaniah
    haggai zechariah malachi matthew mark luke john acts romans corinthians galatians
    ephesians philippians colossians thessalonians timothy titus philemon hebrews james peter
    jude revelation revelations sirach tobit judith maccabees wisdom
    """.split()
)
_VERSE_AFTER = re.compile(r"[ \t]+(\d{1,3})[:.](\d{1,3})(?:[-–]\d{1,3})?\b")
_FAITH = re.compile(
    r"(?i)\b(?:bible|verses?|scriptures?|psalms?|pastor|priest|church|prayers?|pray(?:s|ed|ing)?"
    r"|god|lord|jesus|christ|faith|sermon|devotional|gospel|testament)\b"
)
_LAST_HOUR = 23
_LAST_MINUTE = 59
_WORD = re.compile(r"[A-Za-z]+")


def may_hold(text: str) -> bool:
    """Cheap check: a colon between digits somewhere in the text."""
    return ":" in text or "." in text


def keep_scripture(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the books' names before a chapter and verse."""
    return [c for c in out if not _reference(text, c)]


def _reference(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    word = _WORD.fullmatch(text, start, end)
    if word is None or word.group().lower() not in BOOKS:
        return False
    verse = _VERSE_AFTER.match(text, end)
    if verse is None:
        return False
    hour, minute = verse.group(1), verse.group(2)
    clock = int(hour) <= _LAST_HOUR and len(minute) == 2 and int(minute) <= _LAST_MINUTE
    return not clock or _FAITH.search(text) is not None
