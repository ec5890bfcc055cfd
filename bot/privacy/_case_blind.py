"""Where a case-blind regex matches as ``lower()`` reads a text.

Cheap tests run before an expensive case-blind regex look for its words in ``text.lower()``
instead ("ninet" in the lower-cased text before ``(?i)ninety``). That is sound wherever every
character the regex takes for an ASCII letter ignoring case lower-cases to that letter, alone.
Two characters are taken for one without lower-casing to it ("ı", the dotless i, for "i",
and "ſ", the long s, for "s"), and one lower-cases to two characters ("İ" to "i" and a
combining dot, which moves every offset after it); every other character of Unicode is
read alike both ways (tested over all of Unicode in the tests). A text without those
three, ASCII or not, may take the cheap tests.
"""

from __future__ import annotations

_UNLIKE = ("ı", "ſ", "İ")


def folds_as_lower(text: str) -> bool:
    """Whether a case-blind regex of ASCII letters matches ``text`` where its words stand in
    ``text.lower()``, at the same offsets (see the module's docstring)."""
    if text.isascii():
        return True
    for char in _UNLIKE:  # noqa: SIM110 - a loop costs less than a generator here
        if char in text:
            return False
    return True
