"""Numbers as practitioners write them in words: "seven", "twenty", "twenty-one"."""

from __future__ import annotations

UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# 0 to 99, a compound with a hyphen or a space: "twelve", "twenty", "twenty-one", "twenty one"
VALUES: dict[str, int] = {word: n for n, word in enumerate(UNITS)} | {
    f"{tens}{gap}{unit}".strip(): 20 + 10 * t + u
    for t, tens in enumerate(TENS)
    for u, unit in enumerate(["", *UNITS[1:10]])
    for gap in (("",) if not unit else ("-", " "))
}
