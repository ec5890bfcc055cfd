"""A small lexicon of solution-focused moves, matched by keyword families.

A theme is a fixed label and a few terms. A term is one or more words (joined by `|`) matched
in lower-cased text with punctuation removed; a term ending in `*` is a stem (any ending).
Each term is a plain substring test, which keeps 10,000 entries fast. Labels are
fixed wording, so nothing a practitioner typed reaches the summary through a theme.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

_PEOPLE = (
    "friend* sister* brother* mother mom mum father dad aunt* uncle* partner* wife husband "
    "neighbor* neighbour* sponsor family cousin* grandm* grandp* grandad* "
    "support group* support network* support person support people"
)

PRACTITIONER_MOVES: dict[str, str] = {
    "Scaling questions": "scale scales scaling scaled out|of|10 out|of|ten 0-10 0|to|10 "
    "zero|to|ten",
    "The miracle question": "miracle*",
    "Asking about exceptions": "exception* times|when|it time|when|it times|when|the|problem",
    "Compliments, noticing strengths": "compliment* prais* affirm* strength*",
    "Slowing down, pacing": "slow* pace pacing paced unhurried took|my|time",
    "Curiosity, not knowing": "curio* not-knowing not|knowing wonder wondered wondering",
    "Silence and waiting": "silen* pause pauses paused pausing wait waited waiting",
    "Coping questions": "coping how|did|you|manage* how|have|you|manage* how|did|you|get|through",
    '"What else?"': "what|else",
    "Normalising": "normalis* normaliz*",
    "Future focus, best hopes": "future* best|hope* tomorrow what|would|be|different",
    "Reframing": "refram* re-fram*",
    "Using the client's own words": "own|words same|words echo* repeated|back repeating|back",
    "Relationship questions": "who|would|notice* who|else|would|notice* who|might|notice*",
    "Listening, validating": "listen* validat* empath*",
    "Breathing, grounding": "breath* grounding grounded",
    "Humour": "humor* humour* laugh* joke joked jokes joking",
    "Preparing for the session": "prepar* reread* re-read* reviewed|my|notes",
    "Following the client's lead": "followed|their|lead followed|her|lead followed|his|lead "
    "following|their|lead following|her|lead following|his|lead let|them|lead let|her|lead "
    "let|him|lead",
}

CLIENT_HELPS: dict[str, str] = {
    "Breathing, grounding, mindfulness": "breath* grounding grounded mindful* meditat*",
    "Support people": _PEOPLE,
    "Routines, sleep": "routine* schedul* bedtime sleep* every|morning every|evening every|night",
    "Exercise, walking": "exercis* walk* gym run runs running yoga swim*",
    "Getting out of the house": "left|the|house went|out going|out go|outside outdoors",
    "Helpful self-talk": "self-talk self|talk told|herself told|himself told|themself "
    "told|themselves reminded|herself reminded|himself reminded|themself reminded|themselves",
    "Writing things down": "journal* diary wrote|it|down write|it|down writing|it|down list lists",
    "Planning ahead": "plan plans planned planning prepar* ahead|of|time",
    "Taking a break, stepping away": "stepped|away step|away stepped|out stepped|back break "
    "breaks time-out time|out",
    "Using skills from therapy": "skill skills coping|card* coping|plan* coping|statement*",
    "Music, hobbies": "music song songs sing singing hobb* drawing painting garden* cooking",
    "Asking for help": "asked|for|help ask|for|help asking|for|help reached|out reach|out",
    "Spending time with pets": "dog dogs cat cats pet pets",
    "Faith, spiritual practice": "pray* faith spiritual*",
}


# Bytes that end a word: ASCII punctuation and whitespace, except hyphens and apostrophes.
_BREAKS = bytes(
    b if (chr(b).isalnum() or chr(b) in "'-" or b >= 0x80) else 0x20 for b in range(256)
)


def _needle(term: str) -> tuple[bytes, bytes]:
    """A stem or phrase term as (gate, needle): the gate is its first word's first 4 bytes."""
    words = term.rstrip("*").split("|")
    if "*" in "".join(words) or (len(words) == 1 and len(words[0]) < 4):
        raise ValueError(f"bad term {term!r}: '*' only at the end, stems of 4+ letters")
    tail = b"" if term.endswith("*") else b" "
    return words[0][:4].encode(), b" " + " ".join(words).encode() + tail


class Lexicon:
    """Compiled theme families: `match(texts)` gives the labels found in those texts.

    Single whole words are looked up in the set of the text's words. Stems and phrases are
    substring tests on the words joined by single spaces, made only when some word of the
    text starts like the term does.
    """

    def __init__(self, families: Mapping[str, str]) -> None:
        self.labels = tuple(families)
        self._words = tuple(
            frozenset(t.encode() for t in spec.split() if "*" not in t and "|" not in t)
            for spec in families.values()
        )
        self._needles = tuple(
            tuple(_needle(t) for t in spec.split() if "*" in t or "|" in t)
            for spec in families.values()
        )

    def match(self, texts: Iterable[str]) -> set[str]:
        """The labels whose terms occur in any of `texts`."""
        words = " ".join(texts).lower().encode().translate(_BREAKS).split()
        present = set(words)
        starts = {w[:4] for w in present}
        joined = b""
        found: set[str] = set()
        for label, single, needles in zip(self.labels, self._words, self._needles, strict=True):
            if not single.isdisjoint(present):
                found.add(label)
                continue
            for gate, needle in needles:
                if gate in starts:
                    joined = joined or b" " + b" ".join(words) + b" "
                    if needle in joined:
                        found.add(label)
                        break
        return found


PRACTITIONER_LEXICON = Lexicon(PRACTITIONER_MOVES)
CLIENT_LEXICON = Lexicon(CLIENT_HELPS)
