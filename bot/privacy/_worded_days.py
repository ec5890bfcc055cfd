"""Days of the month written as number words in Spanish, Portuguese, Italian, French and
Catalan, before a month of those languages: "el veinticuatro de septiembre", "dia vinte e
três de maio", "il tre marzo", "le trois mars", "el dinou de juliol".

The other date patterns read a day written with digits, or an English number word
("the twenty-first of May"). A specific day of the month identifies as much written out as
in digits. A month alone stays ("en mayo"), and so does a number word before anything but a
month ("tres de ellos").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ._alternation import words_longest_first

Candidate = tuple[int, int, str]

_UNITS = {
    "es": "uno un dos tres cuatro cinco seis siete ocho nueve",
    "pt": "um dois três tres quatro cinco seis sete oito nove",
    "it": "uno due tre quattro cinque sei sette otto nove",
    "fr": "un deux trois quatre cinq six sept huit neuf",
    "ca": "un dos tres quatre cinc sis set vuit nou",
}
# one to thirty-one, first included, in the spellings people type (with and without accents)
_DAYS = {
    "es": "primero primer diez once doce trece catorce quince dieciséis dieciseis diecisiete"
    " dieciocho diecinueve veinte veintiuno veintiún veintidós veintidos veintitrés veintitres"
    " veinticuatro veinticinco veintiséis veintiseis veintisiete veintiocho veintinueve treinta"
    " treinta_y_uno treinta_y_un",
    "pt": "primeiro dez onze doze treze catorze quatorze quinze dezesseis dezasseis dezessete"
    " dezassete dezoito dezenove dezanove vinte trinta trinta_e_um",
    "it": "primo dieci undici dodici tredici quattordici quindici sedici diciassette diciotto"
    " diciannove venti ventuno ventidue ventitré ventitre ventiquattro venticinque ventisei"
    " ventisette ventotto ventinove trenta trentuno",
    "fr": "premier dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt"
    " vingt_et_un vingt-et-un vingt-deux vingt-trois vingt-quatre vingt-cinq vingt-six"
    " vingt-sept vingt-huit vingt-neuf trente trente_et_un trente-et-un",
    "ca": "primer deu onze dotze tretze catorze quinze setze disset divuit dinou vint vint-i-u"
    " vint-i-un vint-i-dos vint-i-tres vint-i-quatre vint-i-cinc vint-i-sis vint-i-set"
    " vint-i-vuit vint-i-nou trenta trenta-u trenta-un",
}
_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre"
    " diciembre janeiro fevereiro março marco maio junho julho setembro outubro novembro"
    " dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre novembre dicembre"
    " janvier février fevrier mars avril mai juin juillet août aout septembre octobre décembre"
    " decembre gener febrer març maig juny juliol agost desembre"
).split()
# "vinte e três": the units a Portuguese twenty takes
_PT_TWENTY = r"vinte\s+e\s+(?:um|dois|três|tres|quatro|cinco|seis|sete|oito|nove)"


_REACH = 40  # "vinte e sete de" and the like fit in this many characters before a month


@cache
def _day_before() -> re.Pattern[str]:
    """A day in number words, then what joins it to a month, ending where the month starts."""
    words: set[str] = set()
    for lang in _DAYS:
        words.update(_UNITS[lang].split())
        words.update(w.replace("_", " ") for w in _DAYS[lang].split())
    day = words_longest_first(sorted(words), ignore_case=True).replace(" ", r"\s+")
    return re.compile(rf"(?i)(?<![\w-])(?:{_PT_TWENTY}|{day})\s+(?:(?:de|del|di|do)\s+|d['’]\s*)?$")


@cache
def _month_words() -> tuple[re.Pattern[str], dict[str, int]]:
    """Any month above as a whole word of lower-case text (no letter or digit before it, no
    letter, digit or hyphen after it), and each month's place in ``_MONTHS``. The look-ahead
    for a first letter lets the engine skip in C to where a month can start."""
    firsts = "".join(sorted({month[0] for month in _MONTHS}))
    alt = words_longest_first(_MONTHS, ignore_case=False)
    pattern = re.compile(rf"(?=[{firsts}])(?<![^\W_])(?:{alt})(?![^\W_]|-)")
    return pattern, {month: n for n, month in enumerate(_MONTHS)}


def _months_at(lowered: str) -> list[tuple[int, int]]:
    """Where a month of the languages above stands as a whole word, month by month in the
    order of ``_MONTHS`` (one regex pass costs less than a substring search per month;
    whole-word matches of different months never overlap, so the pass finds them all)."""
    pattern, order = _month_words()
    found = [(m.start(), m.end()) for m in pattern.finditer(lowered)]
    if len(found) > 1:
        found.sort(key=lambda span: (order[lowered[span[0] : span[1]]], span[0]))
    return found


def may_hold(text: str, lowered: str) -> bool:
    """Whether a day in number words before a month is in ``text``."""
    return next(worded_days(text, lowered), None) is not None


def worded_days(text: str, lowered: str) -> Iterator[Candidate]:
    """Days written as number words before a month of the languages above (``lowered`` is
    ``text`` in lower case)."""
    if len(lowered) != len(text):  # a letter whose lower case is longer: read the text
        lowered = "".join(c.lower()[:1] for c in text)
    for start, end in _months_at(lowered):
        m = _day_before().search(text, max(0, start - _REACH), start)
        if m:
            yield m.start(), end, "date"
