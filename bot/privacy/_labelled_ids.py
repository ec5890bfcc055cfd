"""Identity, insurance, tax and bank numbers written in groups after the name of the number.

Several European numbers are printed in groups of uneven length, some with letters between
the digits: a French social security number "1 85 05 78 006 084 36", a Spanish one
"28 12345678 40", a German pension insurance number "12 150780 M 123", a German health
insurance number "A 123 456 780", an IBAN "DE89 3704 0044 0532 0130 00". The shape rules
take a part of each (a run of digit groups) and leave the rest, often the check digits.

After the name of such a number ("NIR", "n° de sécu", "NSS", "SV-Nummer", "KVNR", "IBAN",
...), perhaps with a word for "number" and a colon, the whole run of groups is the number:
groups of capitals and digits joined by a space, dot, hyphen or slash, with six digits or
more in all. A group without a digit belongs only when it is one capital letter before a
group that holds digits ("M" in "12 150780 M 123", "A" in "A 123 456 780").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._word_classes import Candidate

# Names of numbers, written in any case: none is an everyday word of English.
_NAMES = (
    # France, Belgium, Luxembourg, Switzerland
    r"nir|n[°º]\s?(?:de\s)?s[ée]cu(?:rit[ée]\ssociale)?|num[ée]ro\sde\ss[ée]cu(?:rit[ée]\ssociale)?"
    r"|carte\svitale|insee|insz|niss|rijksregisternummer|avs|ahv"
    # Germany, Austria
    r"|sv-nummer|sv-nr\.?|sozialversicherungsnummer|rentenversicherungsnummer"
    r"|versicherungsnummer|versichertennummer|krankenversichertennummer|kvnr|svnr"
    r"|steuer-id|steuer-idnr\.?|steuernummer|steuer-nr\.?"
    # Spain, Portugal, Italy
    r"|nss|naf|n[uú]mero\sde\sla\sseguridad\ssocial|tarjeta\ssanitaria|cip"
    r"|nif|nus|n[uú]mero\sde\sutente|codice\sfiscale|tessera\ssanitaria"
    # the Netherlands, the Nordics, Poland, Czechia, Greece, the Balkans
    r"|bsn|burgerservicenummer|cpr|personnummer|henkil[öo]tunnus|hetu|f[øo]dselsnummer"
    r"|kennitala|pesel|rodn[ée]\s[čc][íi]slo|amka|afm|oib|egn|cnp|jmbg|emšo|emso"
    # Israel and banking
    r"|teudat\szehut|iban"
)
_NAME = re.compile(
    rf"(?i)(?<![\w-])(?:{_NAMES})"
    r"(?:\s?(?:no\.?|nr\.?|n[°º]\.?|number|num[ée]ro|nummer|#))?"
    r"(?:\s?(?:is|was|:|=))?\s*"
)
_GROUP = re.compile(r"[A-Z0-9]{1,12}")
_JOIN = re.compile(r"[ .\-/]")
_MIN_DIGITS = 6
# the first characters of each name, for a cheap test of the lower-cased text before the
# full pattern (a case-blind pattern with this many branches costs a millisecond per answer)
_HINT = re.compile(
    # (opened by a look-ahead for the first letters: the engine skips in C to where a
    # match can start instead of trying the word boundary at every character)
    r"(?=[abcefhijknoprstv])"
    r"\b(?:nir|n[°º]|s[ée]cu|vitale|insee|insz|niss|rijks|avs|ahv|sv-|sozialvers|rentenvers"
    r"|versicher|krankenvers|kvnr|svnr|steuer|nss|naf|n[uú]mero|sanitaria|tarjeta|cip|nif|nus"
    r"|codice|tessera|bsn|burger|cpr|personnummer|henkil|hetu|f[øo]dsels|kennitala|pesel|rodn"
    r"|amka|afm|oib|egn|cnp|jmbg|em[šs]o|teudat|iban)"
)


def may_hold(lowered: str) -> bool:
    """Whether ``lowered`` (the text in lower case) may name a number of this module."""
    return _HINT.search(lowered) is not None


def labelled_ids(text: str) -> Iterator[Candidate]:
    """The whole number after each name of a number (see the module's docstring)."""
    for m in _NAME.finditer(text):
        end = _number_end(text, m.end())
        if end is not None:
            yield m.end(), end, "id"


def _number_end(text: str, pos: int) -> int | None:
    """Where the run of groups starting at ``pos`` ends, or None if it is no number."""
    groups: list[tuple[int, int]] = []
    i = pos
    while True:
        g = _GROUP.match(text, i)
        if g is None or (g.end() < len(text) and (text[g.end()].isalnum() or text[g.end()] == "_")):
            break
        groups.append((g.start(), g.end()))
        j = _JOIN.match(text, g.end())
        if j is None or j.end() >= len(text) or not text[j.end()].isalnum():
            break
        i = j.end()
    # keep groups that hold a digit; a group without one only as a lone capital between two
    kept = 0
    for k, (a, b) in enumerate(groups):
        value = text[a:b]
        if any(c.isdigit() for c in value):
            kept = k + 1
            continue
        lone = len(value) == 1 and k < len(groups) - 1  # "A 123 456 780", "12 150780 M 123"
        if not lone or not any(c.isdigit() for c in text[groups[k + 1][0] : groups[k + 1][1]]):
            break
    if not kept:
        return None
    end = groups[kept - 1][1]
    digits = sum(c.isdigit() for c in text[pos:end])
    return end if digits >= _MIN_DIGITS else None
