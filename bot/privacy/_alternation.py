"""Long word alternations written as tries, for regexes that try many words at one place.

At each place it tries them, a regex alternation of hundreds of month names tries every name
in turn. The same words written as a trie ("ja(?:nvier|nuar)|fe(?:...)") try only the
names that share the first letters with the text. Both match the same words in the same
order of preference: the words sorted longest first (which ``re`` then tries in turn) and
the trie, which at each letter tries the longer words before stopping (its ``?`` is greedy),
while of the letters that may come next at most one can match the text (letters that match
each other under the pattern's flags, as "i" and "ı" do ignoring case, share one branch).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def words_longest_first(words: Iterable[str], *, ignore_case: bool) -> str:
    """A regex (without a group around it) matching one of ``words``, as
    ``"|".join(sorted(map(re.escape, set(words)), key=len, reverse=True))`` does."""
    flags = re.IGNORECASE if ignore_case else 0
    return _trie(sorted(set(words), key=len, reverse=True), flags)


def _trie(words: list[str], flags: int) -> str:
    groups: list[tuple[str, list[str]]] = []  # each first letter and the rests after it
    for word in words:
        head = word[0]
        for key, rests in groups:
            if key == head or (flags and _same_letter(key, head, flags)):
                rests.append(word[1:])
                break
        else:
            groups.append((head, [word[1:]]))
    parts: list[str] = []
    for key, rests in groups:
        longer = [rest for rest in rests if rest]
        part = re.escape(key)
        if longer:
            optional = "?" if len(longer) < len(rests) else ""
            part += f"(?:{_trie(longer, flags)}){optional}"
        parts.append(part)
    return "|".join(parts)


def _same_letter(a: str, b: str, flags: int) -> bool:
    """Whether ``a`` and ``b`` match each other under ``flags``."""
    return (
        re.fullmatch(re.escape(a), b, flags) is not None
        and re.fullmatch(re.escape(b), a, flags) is not None
    )
