"""Letters and digits typed in a styled form, read as the plain ones they show.

"Fancy text" generators and some keyboards give fullwidth forms ("Ｍａｒｉａ"), mathematical
bold, italic, script and double-struck letters ("𝐌𝐚𝐫𝐢𝐚", "𝓜𝓪𝓻𝓲𝓪"), circled and squared
letters ("Ⓜⓐⓡⓘⓐ") and small capitals ("ᴍᴀʀɪᴀ"). Discord shows them as the letters they style,
but no word list or rule reads them so. `plain` gives the text with each such character as its
plain ASCII letter, digit or sign, one character for one, so that what is found there is
where it stands in the text as typed (which is what gets replaced).
"""

from __future__ import annotations

import re
import unicodedata

# Blocks whose compatibility forms are plain ASCII, one character each.
_STYLED_BLOCKS = ((0xFF01, 0xFF5F), (0x1D400, 0x1D800), (0x2460, 0x2500), (0x1F130, 0x1F150))
# Small capitals have no compatibility form: they read as the lower-case letter they show.
_SMALL_CAPITALS = {
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s",
    "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
}  # fmt: skip


def _table() -> dict[int, str]:
    table = {ord(styled): letter for styled, letter in _SMALL_CAPITALS.items()}
    for low, high in _STYLED_BLOCKS:
        for code in range(low, high):
            shown = unicodedata.normalize("NFKC", chr(code))
            if len(shown) == 1 and shown.isascii():
                table[code] = shown
    return table


_TABLE = _table()


def _ranges(codes: list[int]) -> str:
    """A regex character class of ``codes`` (sorted), written as runs."""
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi in runs
    )


# any character ``_TABLE`` changes (as runs: a class of each one is slower to scan)
_STYLED = re.compile(f"[{_ranges(sorted(_TABLE))}]")


def plain(text: str) -> str:
    """``text`` with every styled letter, digit or sign as its plain one (same length)."""
    if text.isascii() or _STYLED.search(text) is None:  # most text holds none: no copy
        return text
    return text.translate(_TABLE)
