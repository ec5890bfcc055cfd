"""Dates written the way French, Spanish, Bosnian, Slovak, Uzbek, Icelandic and Basque
speakers write them.

A day before a month named in those languages ("le 3 mars", "15 de agosto", "5. marca",
"12-mart", "2. maí"), a day first before a month number when the day cannot be a month
("15/08", "31/12"), the Central European "2. 6." and the Basque month in the genitive
before its day ("martxoaren 3an", "urtarrilaren 15a") are specific days. Month names alone
stay, as months do in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._alternation import words_longest_first
from ._lexicon import lexicon

Candidate = tuple[int, int, str]

_MONTHS = (
    # French
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre "
    "novembre décembre decembre janv févr fevr avr juil sept déc "
    # Spanish
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
    "noviembre diciembre "
    # Bosnian, Croatian, Serbian
    "januar januara februar februara mart marta april aprila maj maja juni juna jun "
    "juli jula jul august augusta septembar septembra oktobar oktobra novembar novembra "
    "decembar decembra "
    # Slovak and Czech (in the genitive after a day)
    "januára februára marca apríla mája júna júla augusta septembra októbra novembra "
    "decembra ledna února března dubna května června července srpna září října listopadu "
    "prosince "
    # Uzbek (Latin)
    "yanvar fevral aprel iyun iyul avgust sentabr oktabr noyabr dekabr "
    # Turkmen, Azerbaijani (Latin)
    "ýanwar fewral maý iýun iýul awgust sentýabr oktýabr noýabr avqust sentyabr oktyabr "
    # Russian and Ukrainian (in the genitive after a day), Kazakh
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан "
    # Malay and Indonesian, Tagalog, Swahili, Chamorro
    "januari februari maret julai ogos agustus disember desember pebrero marso hunyo hulyo "
    "setyembre nobyembre disyembre machi aprili agosti septemba oktoba novemba desemba "
    "eneru fibreru matso abrit huniu huliu agostu septembri oktubri nobembri disembri "
    # Tahitian, Samoan and Māori
    "tenuare fepuare eperera tiunu tiurai atete tetepa atopa novema titema ianuari fepuari "
    "aperila iulai aukuso setema oketopa tesema kohitātea haratua pipiri hōngongoi mahuru "
    "hakihea "
    # Kinyarwanda and Kirundi
    "mutarama gashyantare werurwe gicurasi kamena nyakanga kanama nzeri ukwakira ugushyingo "
    "ukuboza nzero ruhuhuma ntwarante ndamukiza rusama ruheshi mukakaro myandagaro gitugutu "
    "munyonyo kigarama "
    # Icelandic and Luxembourgish (the forms no other list holds: "2. maí", "12. Mäerz")
    "janúar febrúar apríl maí júní júlí ágúst október nóvember mäerz abrëll"
).split()
_MONTH = "(?:" + words_longest_first(_MONTHS, ignore_case=True) + ")"  # as a trie: faster
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
# ordinal endings of Turkmen, Azerbaijani, Turkish, Russian, Ukrainian: "5-nji", "5-го"
_ORDINAL = "(?:nji|njy|inji|ynjy|unjy|ünji|ci|cı|cu|cü|nci|ncı|ncu|ncü|го|е|ого)"
_WORLD_DATE = re.compile(
    # every branch starts with a digit: the look-ahead lets the engine skip to one in C
    r"(?=\d)(?:"
    rf"(?<![\w/.-]){_DAY}(?:er|\.|-(?:ti|ri|vi|mi|{_ORDINAL})\b|-)?\s*(?:de\s+)?{_MONTH}(?:\s+(?:de\s+)?\d{{4}})?(?![\w])"
    # a day that cannot be a month, then the month: "15/08", "31/12"
    r"|(?<![\w/.:-])(?!24/7)(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\w/%]|[.:,]\d)"
    # the Central European day and month, each closed by a full stop: "2. 6.", "14. 3."
    r"|(?<![\w/.:-])(?<!\d\.\s)" + _DAY + r"\.\s(?:0?[1-9]|1[0-2])\.(?!\d|\s*(?:,|and|or|&)?\s*\d)"
    # a day and a two-digit month after "on", as Russian, Ukrainian and Belarusian speakers
    # write one: "meeting on 14.05" (a time is written after "at", a dose has a unit)
    r"|(?<=\bon )" + _DAY + r"\.(?:0[1-9]|1[0-2])(?!\d|[.,:]\d|\s*(?:[ap]\.?m\b|h\b|mg|ml|kg|%))"
    r")",
    re.IGNORECASE,
)
# only texts holding one of these can hold such a date (cheap check first)
_HINT = re.compile(r"\d\s*(?:er|\.|-)?\s*(?:de\s+)?[^\W\d_]|\d[/.-]\d|\d\.\s\d")


# Basque names a day by its month in the genitive ("-aren"), then the day with the ending of
# its case: "martxoaren 3an" (on 3 March), "urtarrilaren 15a" (15 January), "apirilaren
# 20tik" (from 20 April); Luxembourgish "Mee" only after a dotted day ("12. Mee": Dutch
# "mee" is an everyday word after a number)
_BASQUE_MONTHS = (
    "urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa abendua"
).split()
_BASQUE_DATE = re.compile(
    r"(?=[uomaei])\b(?:" + "|".join(_BASQUE_MONTHS) + r")ren\s+(?:[12]\d|3[01]|0?[1-9])"
    r"(?:ean|an|a|etik|tik|era|ra|rako|ko)?(?![\w/:]|[.-]\d)",
    re.IGNORECASE,
)
_DOTTED_MEE = re.compile(r"(?=\d)(?<![\w/.:-])(?:[12]\d|3[01]|0?[1-9])\.\s?Mee\b", re.IGNORECASE)


def world_dates(text: str) -> Iterator[Candidate]:
    """Dates of the forms above in ``text``."""
    if "ren " in text:
        for m in _BASQUE_DATE.finditer(text):
            yield m.start(), m.end(), "date"
    if not _HINT.search(text):
        return
    if ("Mee" in text or "mee" in text) and _DOTTED_MEE.search(text):
        for m in _DOTTED_MEE.finditer(text):
            yield m.start(), m.end(), "date"
    for m in _WORLD_DATE.finditer(text):
        yield m.start(), m.end(), "date"
    lex = lexicon()
    for m in _DAY_WORD_YEAR.finditer(text):
        word = m.group(1).lower()
        if (
            word not in lex.ordinary
            and word not in lex.always_ordinary
            and word not in lex.regions
            and not _COUNTED_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            yield m.start(), m.end(), "date"


# "Grade 5 English 2024": a number that counts something else
_COUNTED_BEFORE = re.compile(
    r"(?i)\b(?:grade|year|yr|class|form|level|room|unit|chapter|page|week|standard|std|term"
    r"|stage|group|no|number|season|episode|book|part|step)\.?\s*$"
)
# "5 Ogos 2024", "12 Tiurai 2023": a capitalised word that is no everyday English word,
# between a day and a year, is a month of some language
_DAY_WORD_YEAR = re.compile(
    r"(?=\d)(?<![\w/.,-])(?:[12]\d|3[01]|0?[1-9])\.?\s+([A-ZÀ-Þ][^\W\d_]{2,11})\.?,?\s+(?:19|20)\d\d(?![\w/.-]|,\d)"
)
