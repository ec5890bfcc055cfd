"""The places written after a label that asks where someone lives: "Residence: Naranpura,
[id]", "Address: Kothrud, Pune", "Hometown: Tuam".

A referral or intake note writes where the client lives as a field. Its answer is a
neighbourhood, estate, village or town, often in no list (the lists hold towns, not every
suburb or colony), so the rules that read a capitalised word by the words around it found
nothing to go on: the answer opens its field as a sentence's first word does. The label
says it is a place. Each capitalised part of the answer, up to the end of the field, is a
place; a state or country stays as everywhere else ("Address: Naranpura, Gujarat" keeps
Gujarat), and so does a weekday, month or other word of the lists of things. The labels
of a town, city, district, parish, estate or colony ask the same ("Town: Kothapalli").
The words before each colon are compared with the labels (no pattern scans the text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# labels that ask where someone lives ("Home address:", "Place of residence:" end in them)
_LABELS = [
    *(
        "address residence resides suburb locality neighbourhood neighborhood hometown village "
        "barangay lives town city district county parish province estate colony municipality "
        "birthplace"
    ).split(),
    *("home town", "lives in", "living in", "place of birth", "born in"),
]
_ENDINGS = tuple(_LABELS)
_LONGEST = max(map(len, _LABELS))
_MAX_PART = 4  # words of one part of the answer ("Old Harbour Bay")
_GAPS = frozenset({" ", ", "})


def may_hold(text: str) -> bool:
    """Cheap check: a label that asks where, with its colon."""
    return ":" in text and bool(_answers(text))


def _answers(text: str) -> list[int]:
    """Where the answer of each label asking where starts (after its colon and spaces): the
    words before each colon are compared with the labels' endings, no pattern is scanned."""
    out: list[int] = []
    i = text.find(":")
    while i != -1:
        before = text[max(0, i - _LONGEST - 1) : i].rstrip(" \t").lower()
        if before.endswith(_ENDINGS) and _word_starts(before):
            j = i + 1
            while j < len(text) and text[j] in " \t":
                j += 1
            out.append(j)
        i = text.find(":", i + 1)
    return out


def _word_starts(before: str) -> bool:
    """The label ending ``before`` is a whole word: nothing of a word stands before it."""
    for label in _LABELS:
        if before.endswith(label):
            k = len(before) - len(label)
            return k == 0 or not before[k - 1].isalnum()
    return False


def address_labels(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Capitalised parts of the answer to a label asking where someone lives."""
    out: list[Candidate] = []
    starts = {t.start: i for i, t in enumerate(toks)}
    for answer in _answers(text):
        i = starts.get(answer)
        part: list[int] = []
        while i is not None and i < len(toks) and toks[i].capital:
            part.append(i)
            gap = text[toks[i].end : toks[i + 1].start] if i + 1 < len(toks) else ""
            if gap not in _GAPS or gap == ", " or len(part) > _MAX_PART:
                _close(toks, part, lex, out)
                part = []
            if gap not in _GAPS:
                break
            i += 1
        _close(toks, part, lex, out)
    return out


def _close(toks: list[Token], part: list[int], lex: Lexicon, out: list[Candidate]) -> None:
    """One part of the answer: a place unless it is a state, a country or a listed thing."""
    if not part or len(part) > _MAX_PART:
        return
    words = [toks[k] for k in part]
    if any(t.kind is Kind.STOP or t.acronym for t in words):
        return
    if " ".join(t.low for t in words) in lex.regions:
        return
    out.append((words[0].start, words[-1].end, "place"))
