"""Closed-class words of the languages a practitioner code-switches into, read in the
stretch of text they stand in.

Practitioners who write in English switch mid-sentence into Hindi-Urdu, Punjabi, Marathi,
Gujarati, Bengali, Kannada or Telugu written in Latin letters ("sab bekaar hai", "ami
kichhu expect korini", "client ne kaha") or into Spanish ("bueno, pues nada", "no me
pregunta nada"). Typed in lower case, the proper-noun rules read such words as names in
lower case. The words of these closed classes (auxiliaries, postpositions, pronouns,
particles and conjunctions; for Spanish the function words of ``function_words.txt.gz``)
never name anyone by themselves, so inside a stretch (a sentence, quote or bracket) that
holds other words of the same class, a name candidate loses them. A word spelt like a
content word of the class and standing before an auxiliary of aspect ("hans rahi thi",
"dekh leta") is a verb.

Recall first: a word of the class that is also a listed given name is dropped only beside
two other words of its class; any word of the class stays a name in a person's slot -- after
a title or kinship word, or before a postposition of the subject or object, an honorific or
kinship word, or an English verb of saying or coming ("diya ne kaha", "mala didi", "kem
said"); a capitalised word stays unless it opens its stretch.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ._foreign_clauses import (
    _language_of,  # pyright: ignore[reportPrivateUsage]
    blank_placeholders,
)
from ._function_words import tables
from ._kin_address import BEFORE_NAME
from ._vocab import TITLES

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

# Romanised function words, auxiliaries, postpositions, pronouns and particles of South Asian
# languages, written for this project from general knowledge of each language. Words spelt
# like English function words ("to", "me", "hi", "main", "so", "par") are left out.
_SOUTH_ASIAN = frozenset(
    (
        # Hindi-Urdu: auxiliaries and light verbs
        "hai hain tha thi thin hoon hun hota hoti hote hua hui hue huyi raha rahi rahe "
        "rahein gaya gayi gaye gai liya liye lena diya diye dena kiya kiye karna karke karo "
        "karta karti karte sakta sakti sakte chuka chuki chuke wala wali wale waala waali "
        "waale hoga hogi honge "
        # Hindi-Urdu: postpositions, pronouns, question words
        "ka ki ke ko se ne mein mujhe mujhse mera meri tera teri tere uska uski uske unka "
        "unki unke apna apni apne humara hamara hamari tum aap woh wo yeh voh vo isko usko "
        "unko inko jab kab kya kyun kyon kaise kaisa kaisi kahan yahan wahan idhar udhar "
        "itna itni utna wahi yahi usne maine humne tumne kisi koi khud dono teeno sabhi kaun "
        # Hindi-Urdu numerals
        "ek teen chaar paanch chhah saat aath nau das gyarah baarah terah chaudah pandrah "
        "solah satrah atharah unees bees "
        # Hindi-Urdu: particles, conjunctions, adverbs of degree and time
        "aur bhi bas sirf nahi nahin na nai haan kuch kuchh sab bahut bohot bohat thoda thodi "
        "zyada jyada abhi phir pehle pehli baad saath sath lekin magar agar toh yaar acha "
        "accha achha theek thik baar dobara aaj kal "
        # Marathi
        "ahe ahes ahet nahi kay kahi kahich mala tula tyala tila amhi tumhi ani ata aata "
        "ithe tithe jhala jhali zala zali kela keli mhanun mhanla mhanli hoti "
        # Gujarati
        "che chhe cho chhu hatu hati hata nathi ane kem shu kyare tame ame mane tane ene "
        # Bengali and Sylheti
        "ami tumi apni amra keno kothay kokhon kichhu kichu kisu hoy hoye hoyeche gelo "
        "chhilo chilo achhe korini korechhi koreche bolchi boleche theke niye abar ekhon ekta "
        # Punjabi
        "nu ton tak vich wich sanu tenu ohnu ehnu kithe kiddan hoya hoyi sige "
        # Kannada and Telugu
        "illa alla ide aagtilla maadi beku bekilla gottilla enu yenu naanu neenu avaru "
        "ledu undi unnadi emi enti nenu nuvvu memu"
    ).split()
)
# Auxiliaries of aspect and light verbs: the word right before one is a verb ("hans rahi
# thi", "dekh leta", "uth gayi").
_ASPECT = frozenset(
    (
        "rahi raha rahe gaya gayi gaye liya liye leta leti lete lo lun diya diye sakta "
        "sakti sakte chuka chuki chuke"
    ).split()
)
_BE = frozenset("hai hain tha thi the hoon hun ho".split())
# After a person: postpositions of the subject and object, honorifics, kinship words.
_PERSON_AFTER = frozenset(
    (
        "ne ko ka ki ke se ji jee di da didi dada bhai bhaiya bhaiyya ben behen bahen bhabhi "
        "aunty auntie uncle sahib saab sir madam apa appa baji bibi begum "
        "said says say told tells asked asks came comes went goes called calls texted "
        "messaged is was has had and or who wants wanted"
    ).split()
)
# Kinship words of address of these languages, written in lower case.
_KIN = frozenset(
    (
        "didi di bhai bhaiya bhaiyya beti beta behen bahen ammi abbu ammu aai baba dada dadi "
        "nana nani mausi masi chacha chachi chachu bua phupho mama mami bhabhi dida thakurma "
        "thakurda bebe ajji ajja appa amma motaben ben kaka kaki"
    ).split()
)
_SPANISH = frozenset({"es", "gl", "ca"})
# Languages whose short function words the South Asian class shares ("ko", "kay", "na").
_SHARING = frozenset({"tl", "ceb", "id", "ms"})
# Short Spanish function words spelt like English ones or too short for the tables' share:
# they count towards a Spanish stretch ("no me pregunta nada") but are never dropped by it.
_SPANISH_SHORT = frozenset(
    "no me te se lo le les nos y que en un una con por es mi tu su el la los las al del".split()
)
_MIN_RUN = 3  # words of the class that make a stretch its language's throughout
_MIN_OTHERS = 1  # other words of the class in the stretch, for a word in no list of names
_MIN_OTHERS_LISTED = 2  # for a word that is also a listed given name or surname
# Discourse markers that open a sentence ("bueno, ...", "bas, ..."), by class.
_MARKERS = {w: 1 for w in "bas acha accha achha arre arey yaar chalo haan".split()} | {
    w: 2 for w in "bueno pues oye mira vale dale órale híjole".split()
}
_STRETCH_BREAK = re.compile(r'[.!?;:\n"“”«»()\[\]…]+')
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ENGLISH = frozenset(
    (
        "a an the and or but so if then than that this these those there here is are was "
        "were be been am do does did have has had i me my you your he him his she her it "
        "its we us our they them their what which who when where why how not no to of in "
        "on at by for from with about into after before as up out just only also very can "
        "could will would should all any some more most"
    ).split()
)


@cache
def _spanish_words() -> frozenset[str]:
    """Spanish (and Galician, Catalan) function words of the tables that are no English
    function word and have three letters at least ("nada", "hoy", "pues", "bueno")."""
    t = tables()
    return frozenset(
        w
        for w, langs in t.langs.items()
        if not _SPANISH.isdisjoint(langs) and w not in t.english and len(w) >= 3
    )


def _class_of(low: str) -> int:
    """1 for a South Asian closed-class word, 2 for a Spanish one, 0 otherwise."""
    if low in _SOUTH_ASIAN:
        return 1
    if low in _spanish_words():
        return 2
    return 0


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a word of the text belongs to one of the classes."""
    spanish = _spanish_words()
    return any(low in _SOUTH_ASIAN or low in spanish for low in lows)


@cache
def _telling_words() -> frozenset[str]:
    """Every word that can make a stretch matter here: a word of either class, a short
    Spanish function word or a discourse marker."""
    return _SOUTH_ASIAN | _spanish_words() | _SPANISH_SHORT | frozenset(_MARKERS)


def _stretches(
    text: str, only: frozenset[str] | None = None
) -> list[tuple[int, int, list[re.Match[str]]]]:
    """The stretches of ``text`` with their words; with ``only``, just those holding one of
    these words (the others keep and count nothing, and a long English answer has many of
    them: they are told apart by a set operation in C, not word by word)."""
    # a placeholder left by an earlier pass ("[name]") is a gap, not a break: the stretch
    # around it is the one the name stood in, so that redacting twice changes nothing
    text = blank_placeholders(text)
    out: list[tuple[int, int, list[re.Match[str]]]] = []
    pos = 0
    for brk in [*_STRETCH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        if end > pos and (
            only is None or not only.isdisjoint(_WORD.findall(text[pos:end].lower()))
        ):
            out.append((pos, end, list(_WORD.finditer(text, pos, end))))
        pos = brk.end() if brk else end
    return out


def _in_person_slot(words: list[re.Match[str]], i: int, *, after_title: bool = True) -> bool:
    """Whether the word stands where a person's name would: before a postposition of the
    subject or object, an honorific, a kinship word or a verb of saying, with a possessive
    ending, or (``after_title``) after a title or kinship word."""
    nxt = words[i + 1].group().lower() if i + 1 < len(words) else ""
    prev = words[i - 1].group().lower() if i else ""
    if nxt in _PERSON_AFTER or (after_title and (prev in TITLES or prev in BEFORE_NAME)):
        return True
    return words[i].group().endswith(("'s", "’s"))


def _kin_before_words(lows: list[str], classes: list[int], i: int) -> bool:
    """A kinship word of address followed by a word of the class, another kinship word or
    nothing ("didi aaj theek hai", "aai baba dogha aale"): the relative, no name after it."""
    if lows[i] not in _KIN:
        return False
    return i + 1 == len(lows) or classes[i + 1] == 1 or lows[i + 1] in _KIN


def _verb_before_aspect(words: list[re.Match[str]], i: int, listed: bool) -> bool:
    """The word stands before an auxiliary of aspect ("dekh leta"); a listed name only before
    one that a form of "to be" follows ("hans rahi thi")."""
    nxt = words[i + 1].group().lower() if i + 1 < len(words) else ""
    if nxt not in _ASPECT:
        return False
    if not listed:
        return True
    after = words[i + 2].group().lower() if i + 2 < len(words) else ""
    return nxt in {"rahi", "raha", "rahe"} and after in _BE


def _ordinary_words(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Offsets of the words of ``text`` that are closed-class words of a code-switched
    stretch, or verbs before an auxiliary of aspect there."""
    out: list[tuple[int, int]] = []
    stretches = _stretches(text, _telling_words())
    out.extend(_markers(text, stretches))
    for _start, _end, words in stretches:
        lows = [m.group().lower() for m in words]
        classes = [_class_of(w) for w in lows]
        short = {w for w in lows if w in _SPANISH_SHORT}
        for cls in (1, 2):
            distinct = {w for w, c in zip(lows, classes, strict=True) if c == cls}
            if not distinct:
                continue
            if cls == 1 and not _language_of(lows).isdisjoint(_SHARING):
                continue  # a clause of a language the tables know ("sinabi ko kay jun na")
            hits = sum(1 for c in classes if c == cls)
            english = sum(1 for w in lows if w in _ENGLISH)
            if cls == 2:  # "no me": Spanish words here
                distinct |= short
                hits += sum(1 for w in lows if w in short)
                english -= sum(1 for w in lows if w in short and w in _ENGLISH)
            if hits < english:
                continue
            for i, m in enumerate(words):
                word, low = m.group(), lows[i]
                listed = low in lex.given_names or low in lex.surnames
                if classes[i] == cls:
                    others = len(distinct - {low})
                    need = _MIN_OTHERS_LISTED if listed else _MIN_OTHERS
                elif (
                    cls == 1
                    and word.islower()
                    and (
                        _kin_before_words(lows, classes, i) or _verb_before_aspect(words, i, listed)
                    )
                ):
                    others, need = len(distinct), _MIN_OTHERS
                elif cls == 1 and word.islower() and not listed and low not in lex.places:
                    # a word in no list inside a stretch mostly of the class: its own word
                    others = len(distinct) if hits >= _MIN_RUN and hits >= 2 * english else 0
                    need = _MIN_OTHERS_LISTED
                else:
                    continue
                # a closed-class word in no list of names after a kinship word is its own
                # ("didi aaj theek hai"); any other after a title or kinship word is a name's
                after_title = listed or classes[i] != cls
                if others < need or _in_person_slot(words, i, after_title=after_title):
                    continue
                if word[0].isupper() and (i or listed):
                    continue  # a capital inside a stretch is a name's
                out.append((m.start(), m.end()))
    return out


def _markers(
    text: str, stretches: list[tuple[int, int, list[re.Match[str]]]]
) -> list[tuple[int, int]]:
    """Discourse markers of a language the text speaks elsewhere, written in lower case where
    a sentence, quote or line opens and followed by a comma or by a word of their class
    ("bueno, short one", "bueno mi gente", "bas, jaldi uth gayi")."""
    lows = [m.group().lower() for _s, _e, words in stretches for m in words]
    speaks = {c for c in (_class_of(w) for w in lows) if c}
    spanish = sum(1 for w in lows if _class_of(w) == 2 or w in _SPANISH_SHORT - _ENGLISH)
    out: list[tuple[int, int]] = []
    for _s, _e, words in stretches:
        if not words:
            continue
        first = words[0]
        low = first.group()
        cls = _MARKERS.get(low, 0)
        if not cls or cls not in speaks or (cls == 2 and spanish < _MIN_RUN):
            continue
        after = text[first.end() : first.end() + 2]
        nxt = words[1].group().lower() if len(words) > 1 else ""
        if _in_person_slot(words, 0):
            continue
        if after.startswith(",") or _class_of(nxt) == cls or (nxt in _SPANISH_SHORT and cls == 2):
            out.append((first.start(), first.end()))
    return out


def _joins(text: str, s: int, e: int, cand: Candidate) -> bool:
    """A lower-case word between two capitalised words of the candidate joins them ("Centro de
    Salud", "María de la Cruz")."""
    left = _WORD.findall(text, cand[0], s)
    right = _WORD.findall(text, e, cand[1])
    return any(w[0].isupper() for w in left) and any(w[0].isupper() for w in right)


def keep_code_switched_words(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Name, place and organisation candidates without the closed-class words of the
    code-switched stretch they stand in; a candidate made only of such words is dropped, and
    so is a piece left that is one lower-case safe word (a kinship word, "abuela")."""
    if not out:
        return out
    ordinary = _ordinary_words(text, lex)
    if not ordinary:
        return out
    kept: list[Candidate] = []
    for cand in out:
        start, end, kind = cand
        inside = [
            (s, e) for s, e in ordinary if start <= s and e <= end and not _joins(text, s, e, cand)
        ]
        if not inside or kind not in ("name", "place", "org"):
            kept.append(cand)
            continue
        pos = start
        for s, e in [*inside, (end, end)]:
            piece = text[pos:s].strip(" ,-")
            if piece.islower() and piece in lex.always_ordinary:
                pos = e  # "su abuela tiene": the kinship word left alone is no name
                continue
            if piece and any(ch.isalpha() for ch in piece):
                p_start = pos + (len(text[pos:s]) - len(text[pos:s].lstrip(" ,-")))
                p_end = s - (len(text[pos:s]) - len(text[pos:s].rstrip(" ,-")))
                kept.append((p_start, p_end, kind))
            pos = e
    return kept


SOUTH_ASIAN = _SOUTH_ASIAN


def stretches(text: str) -> list[tuple[int, int, list[re.Match[str]]]]:
    """The sentences, quotes and bracketed parts of ``text``, with their words."""
    return _stretches(text)
