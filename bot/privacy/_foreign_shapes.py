"""Shapes of identifiers written the way other countries write them: a day before a month
named in Swedish, Spanish, Portuguese, French, German, Italian, Dutch or Russian ("12 mars",
"14 de junio", "3 марта"), a date in Chinese characters ("3月14日"), a school, lyceum,
kindergarten or hospital known by its number ("School No. 23", "Lyceum №165"), and a phone
number after whose number it is ("her Emee's number is 9911 4827")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._alternation import words_longest_first

Candidate = tuple[int, int, str]

# month names of the languages practitioners write beside English; English ones and their
# abbreviations are matched elsewhere; spellings that are also common given names ("Marta",
# "Maya", "Marco") are left out
_MONTH_WORDS = (
    # Swedish, Norwegian and Danish
    "januari februari mars april maj juni juli augusti september oktober november december "
    "januar februar marts mai august desember "
    # Spanish and Portuguese
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
    # French, German, Italian and Dutch
    "janvier février fevrier avril juin juillet août aout septembre octobre novembre décembre "
    "decembre jänner märz maerz oktober dezember gennaio febbraio aprile maggio giugno luglio "
    "settembre ottobre dicembre januari februari maart mei augustus "
    # Russian and Ukrainian, as written and as transliterated
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
    "yanvarya fevralya aprelya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya "
    "dekabrya "
    # Catalan, Icelandic, Maltese and Finnish (the Finnish as written after a day: "15.
    # maaliskuuta"); Catalan "maig" and Icelandic "maí" are left out like "may"
    "gener febrer març juny juliol agost setembre desembre "
    "janúar febrúar apríl júní júlí ágúst október nóvember desember "
    "jannar frar marzu mejju ġunju lulju awwissu settembru ottubru novembru diċembru "
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta "
    # Minsk and Riga: Belarusian in the genitive after a day, in Cyrillic and in Łacinka,
    # and Latvian in the locative after a day ("9. februārī")
    "студзеня лютага сакавіка красавіка траўня чэрвеня ліпеня жніўня верасня кастрычніка "
    "лістапада снежня studzienia lutaha sakavika krasavika traŭnia červienia lipienia "
    "žniŭnia vieraśnia kastryčnika listapada śniežnia "
    "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī "
    "decembrī"
).split()
_MONTH_ALT = words_longest_first(_MONTH_WORDS, ignore_case=True)  # as a trie: faster
# "12 mars", "14 de junio de 2025", "3. März", "1er avril", "12 марта 2024 г.", Catalan
# "3 d'abril" and Maltese "it-22 ta' Ottubru"
_DAY_MONTH = re.compile(
    # the lookahead (a digit next, or after "it-"), tried first, spares the rest at most places
    r"(?i)(?<![\w.,/-])(?=(?:(?:it|il|l|is|id|ir)-)?[0-9])"
    rf"(?:(?:it|il|l|is|id|ir)-)?(?:[12]\d|3[01]|0?[1-9])(?:\.|º|°|er|eme|ème)?"
    rf"\s+(?:de\s+|d['’]|ta['’]\s+)?"
    rf"(?:{_MONTH_ALT})(?:\s+(?:de\s+|del\s+)?(?:19|20)\d\d)?(?![^\W\d_])"
)
# "3月14日", "115年3月14日", "2025年3月14日": a date in Chinese characters
_HAN_DATE = re.compile(
    r"(?:\d{2,4}\s?年\s?)?(?:1[0-2]|0?[1-9])\s?月\s?(?:[12]\d|3[01]|0?[1-9])\s?[日号號]"
)

# "School No. 23", "Lyceum №165", "kindergarten no 5", "Hospital Nr. 2": an institution of
# a kind numbered in its town (Mongolia, Kazakhstan, Russia, Ukraine, Central Asia and more)
_NUMBERED_ORG = re.compile(
    r"(?i)(?=[bcdfghklmops])\b"  # the first letters of its words: the engine skips in C
    r"(?:(?:secondary|middle|high|primary|boarding|music|sports|general)\s+)?"
    r"(?:school|lyceum|gymnasium|gymnasia|kindergarten|kindergarden|polyclinic|hospital"
    r"|clinic|college|orphanage|dormitory|family\s+health\s+cent(?:re|er)|shkola|litsei"
    r"|maternity\s+(?:home|hospital))"
    r"\s*(?:No\.?|Nr\.?|N\.|#|№)\s?\d{1,4}\b"
)
_NUMBER_MARKS = ("no", "nr", "#", "№", "n.")
# what every match of _NUMBERED_ORG holds: its mark of a number and the number's first digit
_NUMBERED_HINT = re.compile(r"(?:[nN](?:[oOrR]\.?|\.)|[#№])\s?\d")

# "her Emee's number is 9911 4827", "Dad's mobile: 070 412 88 31": a phone number after the
# possessive of the person it reaches
_OWNED_PHONE = re.compile(
    r"(?i)\b[^\W\d_]+['’]s\s+(?:(?:phone|mobile|cell|whatsapp)\s+)?(?:number|no\.?|phone|mobile"
    r"|cell)(?:\s+is)?\s*[:#-]?\s*(?P<num>\+?\(?\d[\d\s().-]{5,18}\d)"
)
# "number 7934 2281", "sími 862 4471", "puh. 040 718 2293": a phone number right after a word
# naming one (in English, Maltese, Icelandic, Finnish, Catalan, French), not after a case,
# file or record word ("file number 2024 0381")
_LABELLED_PHONE = re.compile(
    r"(?i)(?=[cmnpst])(?<![^\W\d_])(?P<label>number|numru|sími|simi|símanúmer|puh\.?|puhelin|telèfon"
    r"|telefon|téléphone|tél\.?|tel\.?|mob\.?|mobile|cell)\s*(?:is\s+)?[:#-]?\s*"
    r"(?P<num>\+?\(?\d[\d\s().-]{6,18}\d)(?![\d/-])"
)
_NOT_PHONE_BEFORE = frozenset(
    "case file record chart id reference ref account policy claim room house flat bus "
    "serial order ticket invoice tax passport licence license medicare insurance social "
    "security health student staff member membership patient client".split()
)
# the digits of every phone number above, found with no label or owner before them: the
# whole patterns are tried only in texts holding such a stretch
_PHONE_DIGITS_HINT = re.compile(r"\d[\d\s().-]{5,18}\d")
_MIN_LABELLED_DIGITS = 8
_MIN_PHONE_DIGITS = 7
_MAX_PHONE_DIGITS = 13


def foreign_dates(text: str, lowered: str) -> Iterator[Candidate]:
    """Dates written with a month of another language, or in Chinese characters."""
    if "月" in text:
        for m in _HAN_DATE.finditer(text):
            yield m.start(), m.end(), "date"
    del lowered
    for m in _DAY_MONTH.finditer(text):
        yield m.start(), m.end(), "date"


def numbered_orgs(text: str, lowered: str) -> Iterator[Candidate]:
    """Institutions named by a number: "School No. 23", "Lyceum №165"."""
    if not any(mark in lowered for mark in _NUMBER_MARKS) or not _NUMBERED_HINT.search(text):
        return
    for m in _NUMBERED_ORG.finditer(text):
        yield m.start(), m.end(), "org"


def owned_phones(text: str, lowered: str) -> Iterator[Candidate]:
    """A phone number after "X's number", "Dad's mobile", or a word naming one."""
    if not _PHONE_DIGITS_HINT.search(text):
        return
    yield from _labelled_phones(text)
    if "'s " not in lowered and "’s " not in lowered:
        return
    for m in _OWNED_PHONE.finditer(text):
        number = m.group("num")
        digits = sum(c.isdigit() for c in number)
        if _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS:
            yield m.start("num"), m.end("num"), "phone"


def _labelled_phones(text: str) -> Iterator[Candidate]:
    """ "number 7934 2281", "sími 862 4471": eight digits or more after a word naming a phone."""
    for m in _LABELLED_PHONE.finditer(text):
        number = m.group("num")
        digits = sum(c.isdigit() for c in number)
        if not _MIN_LABELLED_DIGITS <= digits <= _MAX_PHONE_DIGITS:
            continue
        before = text[max(0, m.start() - 20) : m.start()].split()
        word = before[-1].strip(".:,") if before else ""
        if word.lower() in _NOT_PHONE_BEFORE or (len(word) > 1 and word.isupper()):
            continue  # "file number 2024 0381", "IRD number 49-091-850": a record's number
        yield m.start("num"), m.end("num"), "phone"
