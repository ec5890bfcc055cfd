"""Scripture cited by book, chapter and verse: "Matthew 11:28", "Isaiah 41:10", "John 3:16",
"1 Corinthians 13:4".

Many books of the Bible carry a person's name (Matthew, John, Isaiah, Ruth), and the rules
took the name for a client's. Followed by a chapter and a verse ("11:28", "3:16-18") the
name is the book's: a reference anyone can look up, which identifies nobody. Without the
verse ("Isaiah came in late", "read Psalm 23 with Mark") the name is left to the rules,
and so is a name before what may be a time of day ("John 14:30", "Mark 9.15"), unless the
text speaks of scripture or faith ("verse", "pastor", "church", "prayer", "God") or cites
another book by a verse no clock shows. A name the text also uses for a person stays
removed everywhere.
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
    r"|god|lord|jesus|christ|faith|sermon|devotional|gospel|testament"
    # a passage read out or learnt by heart: "Ruth 1:16 was read at the wedding", "he
    # reads James 1:19 before dinner", "she recites Psalm 23:4"
    r"|reads?|reading|recite[sd]?|reciting|quote[sd]?|quoting|memori[sz]ed)\b"
)
_LAST_HOUR = 23
_LAST_MINUTE = 59
_WORD = re.compile(r"[A-Za-z]+")
_CITATIONS = re.compile(r"\b([A-Z][a-z]+)[ \t]+(\d{1,3}):(\d{1,3})\b")


def may_hold(text: str) -> bool:
    """Cheap check: a colon between digits somewhere in the text."""
    return ":" in text or "." in text


def keep_scripture(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the books' names before a chapter and verse, unless the text also
    uses that name for a person (the name would show through the citation)."""
    cited = {c for c in out if _reference(text, c)}
    if not cited:
        return out
    people = {text[c[0] : c[1]].lower() for c in out if c not in cited}
    return [c for c in out if c not in cited or text[c[0] : c[1]].lower() in people]


def _reference(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    word = _WORD.fullmatch(text, start, end)
    if word is None or word.group().lower() not in BOOKS:
        return False
    verse = _VERSE_AFTER.match(text, end)
    if verse is None:
        return False
    clock = _clock(verse.group(1), verse.group(2))
    return not clock or _FAITH.search(text) is not None or _plain_citation_elsewhere(text, start)


def _plain_citation_elsewhere(text: str, start: int) -> bool:
    """Another book in the text is cited by a verse no clock shows ("Isaiah 41:10")."""
    for m in _CITATIONS.finditer(text):
        if m.start() != start and m.group(1).lower() in BOOKS and not _clock(m[2], m[3]):
            return True
    return False


def _clock(hour: str, minute: str) -> bool:
    return int(hour) <= _LAST_HOUR and len(minute) == 2 and int(minute) <= _LAST_MINUTE
