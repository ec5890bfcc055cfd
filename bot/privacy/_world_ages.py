"""Ages over 89 said the way other languages say them: "tiene 94 años", "95 yaşında",
"93 éves", "98-vuotias", "97岁", "ana miaka 96".

Some languages have a word that only ever follows an age ("yaşında", "éves", "tuổi", "oed",
"歳"). Others use their word for "years" ("años", "ans", "anni", "tahun", "lat") for ages and
for spans of time alike, so that word counts only where no word around it says "ago", "for"
or "since" ("hace 94 años", "il y a 95 ans", "92 anni fa", "durante 90 años"), and where it
is not "N years of" something other than life ("100 años de historia")."""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_NUMBER = r"(?<![0-9A-Za-z.,/$€£-])(?P<age>9\d|1[01]\d|12[0-5])"

# Words that follow an age and nothing else (a hyphen or no space may join them)
_AGE_ONLY_WORDS = frozenset(
    "yaşında yaşındaki yaşındayken yaşındaydı yaşına ýaşly ýaşynda ýaşyndaky ýaşar "
    "éves évesen évesek vuotias vuotiaana vuotiaalla vuotiaaksi jährig jährige jähriger "
    "jährigen jähriges jarig jarige årig årige åring åringen letni letnia letnią letniej "
    "letnim letý letá leté ročný ročná ročné tuổi oed anyos χρονών χρονων ετών ετων "
    "χρόνων chronon "
    # Turkish with a copula ("95 yaşındadır"), Finglish Persian ("94 salesh e", "92 salegi")
    "yaşındadır yaşındaymış yaşındayken yaşındayım salesh saleshe salashe salegi salast "
    # Marathi "of years", Malayalam and Tamil "age", Nepali "-year-old", Bengali "of years"
    "varshanchi varshachi varshancha varshachya varshanche vayassu vayasu vayasaanu "
    "vayassaanu barse bochorer".split()
)
# Characters that follow an age with no space: Chinese, Japanese and Korean
_AGE_GLYPHS = "岁歲歳살세才"
# Two-word phrases that follow an age ("år gammal", "Jahre alt", "taong gulang", "saal ki")
_AGE_PHRASES = (
    ("år", "gammal gammel gamle gamla"),
    ("jahre", "alt alte alter"),
    ("jaar", "oud oude"),
    ("taong", "gulang"),
    ("taon", "gulang"),
    ("saal", "ki ka ke"),
    ("sal", "ki ka ke"),
    ("varsh", "ki ka ke"),
    ("sai", ""),
    ("bochor", "boyosh boyos boyesh boyeshi er hoyeche"),
    ("barsa", "pugnu pugyo pugeko pugisakyo pugisaknu ko ki"),  # Nepali "reached N years"
    ("barsha", "pugnu pugyo pugeko pugisakyo pugisaknu ko ki"),
    ("j", ""),  # German "93 J."
)
_AGE_PHRASE_MAP = {first: frozenset(rest.split()) for first, rest in _AGE_PHRASES}

# "years" in languages that use it for ages and for spans of time
_YEAR_WORDS = frozenset(
    "años anos ans anni anys jahren chronia urte urteko lat lata roků rokov rokw godina godine "
    "godini vjeç vjet metų tahun thn taon jaar jahre år år' лет года год років роки "
    "рокiв".split()
)
# A word right before the number that says a span of time, not an age
_SPAN_BEFORE = frozenset(
    "hace há faz durante por en em dans depuis pendant pour da per dopo entro tra fra "
    "seit vor für nach innerhalb während binnen since for over after within selama "
    "sejak przez od "
    "po za před za během pred počas через за на після від протягом önce beri boyunca "
    "prije pre tagasi".split()
)
# "il y a 95 ans": a span said by the words before
_SPAN_BEFORE_PHRASE = re.compile(r"(?i)(?:il\s+y\s+a|y\s+a|ya|hay|há\s+mais\s+de|più\s+di)\s+$")
# A word right after the year word that makes it a span: "ago", "later", "of marriage"
_SPAN_AFTER = frozenset(
    "fa atrás atras después despues depois antes plus après apres later ago temu назад тому "
    "önce once lalu yang sonra dopo más mas mai más' de da di des du d of van von från "
    "iliyopita zurück her".split()
)
# "94 años de edad", "93 anos de vida": "of" followed by age or life keeps it an age
_OF = frozenset("de da di d of".split())
_OF_AGE = frozenset("edad idade età âge age vida vita vie leeftijd alter".split())
# A verb of turning an age right before the number: "cumplió 100", "compie 90", "fête 95"
_TURNING_BEFORE = frozenset(
    "cumple cumplió cumplio cumplirá cumplira cumplir cumpliu cumpre completou completa "
    "completará compie compirà compiuto compì fête fêté fêtera fete wird wurde skończyła "
    "skończył kończy ukończyła dovŕšila dovršila oslavila oslavil doczekała yaşına "
    # Scandinavian, Finnish, Dutch and Indonesian turning: "mormor fyller 95", "mummo
    # täytti 95", "oma wordt 95", "nenek menginjak 95"
    "fyller fylte fyllde fylder fyldte täytti täyttää täyttänyt täyttäisi wordt werd "
    "menginjak".split()
)
# "miaka 96", "umur 96", "usia 96", "edad: 96": the word before the number
_AGE_WORD_BEFORE = frozenset(
    # and the Russian and Ukrainian dative of "she" and "he" that says whose age ("ей 90")
    "miaka umur usia umurnya edad idade età âge alter yaşı ей ему їй йому".split()
)
# The same word in scripts written without spaces between words ("ยายอายุ 90", "ອາຍຸ 93")
_AGE_WORD_GLUED = re.compile(r"(?:อายุ|ອາຍຸ|អាយុ)\s*$")

_AT = re.compile(_NUMBER + r"(?P<join>-|\s?)(?P<after>[^\W\d_][\w'’]*|[" + _AGE_GLYPHS + "])?")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[\s,:]*$")
_WORD_AT = re.compile(r"\s*([^\W\d_][\w'’]*)")
# Czech and Slovene "has", "is", "turned" before "N let"
_HAS_BEFORE = frozenset("má měla měl mu jí je bylo oslavila oslavil dožila dožil ima".split())
# "cumplió 100 kilómetros": a unit after the number makes it no age
_UNITS = frozenset(
    "km kms kg kilos kilómetros quilômetros quilos metros euros pesos reais dólares dollars "
    "lire złotych zł kč forint lei lira tl liras manat taka ringgit rupiah rupees rs "
    "percent por ciento per cent pour cent prozent procent veces vezes fois volte mal razy "
    "días dias jours giorni tage dni gün hari euro eur punten punkte poäng pisteet "
    "раз разів рублей рублів км кг".split()
)
_HINT = re.compile(r"9\d|1[01]\d|12[0-5]")
# Romanian words before "N de ani" that make it a span: "acum" (ago), "timp de", "de peste"
_ROMANIAN_SPAN = frozenset("acum de peste după dupa timp".split())


def world_ages(text: str, lowered: str) -> Iterator[Candidate]:
    """Ages over 89 that a word of another language says."""
    if not _HINT.search(text):
        return
    for m in _AT.finditer(text):
        if _is_age(lowered, m):
            yield m.start("age"), m.end("age"), "age"


def _is_age(lowered: str, m: re.Match[str]) -> bool:
    start, join, after = m.start("age"), m.group("join"), (m.group("after") or "").lower()
    if join == "" and after and after[0] in _AGE_GLYPHS:
        return True
    before = _word_before(lowered, start)
    spoken_of = (
        before in _AGE_WORD_BEFORE
        or before in _TURNING_BEFORE
        or _AGE_WORD_GLUED.search(lowered, max(0, start - 8), start) is not None
    )
    if join == "-":
        return after in _AGE_ONLY_WORDS
    if not after:
        return spoken_of and not _span_before(lowered, start, before)
    if after in _AGE_ONLY_WORDS:
        return True
    rest = _WORD_AT.match(lowered, m.end())
    next_word = rest.group(1) if rest else ""
    phrase = _AGE_PHRASE_MAP.get(after)
    if phrase is not None and (not phrase or next_word in phrase):
        return True
    if spoken_of:
        return not _span_before(lowered, start, before) and after not in _UNITS
    if after == "de" and next_word == "ani":  # Romanian "are 94 de ani", not "acum 94 de ani"
        return before not in _ROMANIAN_SPAN
    if after == "let":  # Czech and Slovene "má 95 let", but "there are 95 let me check"
        return before in _HAS_BEFORE
    if after not in _YEAR_WORDS or _span_before(lowered, start, before):
        return False
    if next_word not in _SPAN_AFTER:
        return True
    of_what = _WORD_AT.match(lowered, rest.end()) if rest and next_word in _OF else None
    return of_what is not None and of_what.group(1) in _OF_AGE


def _span_before(lowered: str, start: int, before: str) -> bool:
    """Whether the words before the number say a span of time ("hace", "il y a")."""
    return (
        before in _SPAN_BEFORE
        or _SPAN_BEFORE_PHRASE.search(lowered, max(0, start - 20), start) is not None
    )


def _word_before(lowered: str, start: int) -> str:
    m = _WORD_BEFORE.search(lowered, max(0, start - 30), start)
    return m.group(1) if m else ""
