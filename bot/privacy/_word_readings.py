"""Single words that are given names too, read as words by the grammar around them.

Many everyday words, in English and in the languages clients speak, are also given names
(Dawn, Will, Rosa, Consuelo, Omid). Lists alone cannot tell the two apart; the sentence can:

- a thing said, felt or found: "Consuelo is what she finds in the mornings", "Omid, hope, is
  what her father used to say". The word is the object of the clause after "what", whose
  subject stands right after it ("she", "her father", "everyone"). A person is what someone
  calls, names, wants or needs, so those verbs leave the word a candidate, and so does a
  verb straight after "what" ("Tom is what keeps her going").
- a thing of a kind: "Dawn is her worst time", "Rosa is the colour she picked", "L'chaim was
  the toast", "Will is a funny thing". The noun after the verb names a time, a colour, a
  toast, a feeling: never a person ("Dawn is the client I mentioned" stays a name).
  These two read the word as the subject of its clause, so it must open one: a sentence, or
  a clause after "and", "but", "because", "said" ("her place in Comayagüela was the first
  time" is no subject).
- the head of a Romance noun phrase opening a sentence: "Ola de calor", "Dolor de espalda",
  "Esperanza y fe". In a name what follows "de"/"da"/"del" (and its article) or "y"/"e" is
  capitalised ("Rosa de la Cruz", "Luz da Silva", "Rosa y Carmen"); a small word there is a
  noun of the same language. Inside a sentence "de", "da", "do" are too often words of
  other languages, or follow a place ("mercato di Ballarò da sola").
- a small-typed echo of a word the text mentions as a word: "Alegría is the word she used,
  and ... alegría came back", "the word she used was 'consuelo' ... what consuelo looks
  like": the writer capitalises names, so the small one is the word.

A word also found doing a person's thing elsewhere in the text (a candidate that stays)
stays removed everywhere: the name would show through its echo.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._cultural import span_tokens
from ._mentioned_words import _mentioned
from ._vocab import RELATIONS, TITLES
from ._word_subjects import _called_a_word

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_GLOSS = r"(?:\s*,\s*[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?\s*,)?"  # ", peace," between
_SUBJECT = (
    r"(?:she|he|they|i|we|you|everyone|everybody|people|"
    r"(?:her|his|their|my|our|your|the)\s+[a-z][a-z'’-]*)"
)
_CLEFT = re.compile(_GLOSS + r"\s+(?:is|was)\s+what\s+" + _SUBJECT + r"\b([^.;:!?\n]{0,80})")
# verbs whose object may well be a person
_PERSON_OBJECT = re.compile(
    r"\b(?:call|calls|called|calling|name|names|named|nickname|nicknamed|want|wants|wanted|"
    r"need|needs|needed|deserve|deserves|deserved|miss|misses|missed|love|loves|loved)\b"
    r"(?!\s+(?:it|that|this)\b)"  # "what she called it": a thing
)
_THING_NOUNS = (
    "time|times|hour|hours|moment|moments|season|seasons|colour|color|colours|colors|shade|"
    "toast|feeling|feelings|mood|taste|smell|sound|prayer|blessing|virtue|weather|month"
)
_THING = re.compile(
    _GLOSS
    + r"\s+(?:is|was|’s|'s)\s+(?:(?:her|his|their|my|our|its|the)\s+(?:[a-z]+\s+)?(?:"
    + _THING_NOUNS
    + r")|an?\s+(?:[a-z]+\s+)?(?:thing|"
    + _THING_NOUNS
    + r"))\b(?!\s+(?:of\s+(?:her|his|their|my)\s+life|who)\b)"
)
_NOT_A_NOUN = (
    "yo|tu|tú|él|ella|ellos|ellas|eu|ele|ela|eles|elas|io|lui|lei|loro|su|sus|mi|mis|tus|"
    "seu|sua|meu|minha|la|el|los|las|lo|le|les|un|una|uno|um|uma|o|a|os|as|il|gli|i|"
    "que|se|no|ne|nu|mai|e|y|esposa|esposo|marido|mujer|novio|novia|hijo|hija|hijos|hijas|"
    "filho|filha|filhos|figli|figlio|figlia|familia|família|famiglia|amigos|amigas|amigo|amiga"
)
_ROMANCE_TAIL = re.compile(
    r"\s+(?:(?:de|da|do|del|dos|das)\s+(?:(?:la|las|los|el|le|les|lo|a|o|os|as)\s+)?|[ye]\s+"
    # "y"/"e" join two nouns, never a person and a pronoun, a possessive or a relative ("Chuy
    # y su esposa", "Rosa e figli"), and "e" is "is" in Romanian ("Florin e mai bine")
    r"(?!(?:" + _NOT_A_NOUN + r")\b))"
    r"[a-zà-öø-ÿ][\w'’-]*"
)
# where a clause's subject stands: a sentence's start, or after a word joining clauses
_OPENS = re.compile(
    r"(?:^|[.!?:;\"“”(\n—–]|\b(and|but|so|yet|because|though|although|while|said|says|that))"
    r"[\s\"“'‘]*$"
)
_TAIL_BEFORE = re.compile(
    r"(?:^|[.!?:;\"“”(\n—–])[\s\"“'‘]*(?P<head>[A-ZÀ-Þ][\w'’-]*)"
    r"\s+(?:de|da|do|del|dos|das)\s+(?:(?:la|las|los|el|le|les|lo|a|o|os|as)\s+)?$"
)
_CHEAP = (
    *(" is ", " was ", "’s ", "'s "),
    *(" de ", " da ", " do ", " del ", " dos ", " das ", " y ", " e "),
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_NAMERS = frozenset(RELATIONS) | frozenset(TITLES)


def may_hold_word_readings(text: str) -> bool:
    """Cheap check: a verb or a Romance preposition any of the readings needs."""
    return any(cue in text for cue in _CHEAP)


def keep_word_readings(text: str, toks: list[Token], out: list[Candidate]) -> list[Candidate]:
    """``out`` without the single words that the sentence reads as words."""
    read = [c for c in out if _single_word(text, c) and _read_as_word(text, c, out)]
    read += _in_romance_tails(text, out, read)
    read += _small_echoes(text, toks, out, read)
    if not read:
        return out
    kept = {text[c[0] : c[1]].lower() for c in read}
    stays = {text[c[0] : c[1]].lower() for c in out if c not in read}
    dropped = kept - stays
    return [c for c in out if c not in read or text[c[0] : c[1]].lower() not in dropped]


def _single_word(text: str, cand: Candidate) -> bool:
    word = text[cand[0] : cand[1]]
    if cand[2] not in ("name", "place") or " " in word or not word[:1].isalpha():
        return False
    before = _WORD_BEFORE.search(text, max(0, cand[0] - 20), cand[0])
    # "her daughter Rosa is what", "Dr Dawn was the": named by a relation or a title
    return not (before and before.group(1).lower() in _NAMERS)


def _listed(end: int, candidates: list[Candidate]) -> bool:
    return any(c[1] == end for c in candidates)


def _read_as_word(text: str, cand: Candidate, candidates: list[Candidate]) -> bool:
    start, end, _ = cand
    opening = _OPENS.search(text, max(0, start - 12), start)
    if opening is None:  # "the week in Comayagüela was the first time": not the subject
        return False
    tail = _ROMANCE_TAIL.match(text, end)
    if opening.group(1) is None and text[start].isupper() and tail is not None:
        # a sentence's first words, in a Romance language; but not when the small word is
        # a name too: two people ("Rosa y carmen came"), or one ("Maria de lourdes")
        return not _listed(tail.end(), candidates)
    cleft = _CLEFT.match(text, end)
    if cleft is not None and not _PERSON_OBJECT.search(cleft.group(1)):
        return True
    return bool(_THING.match(text, end))


def _in_romance_tails(text: str, out: list[Candidate], read: list[Candidate]) -> list[Candidate]:
    """The small words of a Romance noun phrase opening a sentence: "Paz y amor", "Sorte e
    saúde"; not when its head stays a name ("Rosa y carmen came")."""
    heads = {c[0] for c in out if c not in read}
    found: list[Candidate] = []
    for cand in out:
        if cand in read or not text[cand[0]].islower():
            continue
        before = _TAIL_BEFORE.search(text, max(0, cand[0] - 40), cand[0])
        if before is not None and before.start("head") not in heads:
            found.append(cand)
    return found


def _small_echoes(
    text: str, toks: list[Token], out: list[Candidate], read: list[Candidate]
) -> list[Candidate]:
    """Small-typed candidates whose twin (the same word elsewhere, in either case) the text
    mentions as a word."""
    small = [
        c for c in out if text[c[0]].islower() and c not in read and " " not in text[c[0] : c[1]]
    ]
    if not small:
        return []
    echoes: list[Candidate] = []
    for cand in small:
        word = text[cand[0] : cand[1]]
        for m in re.finditer(r"(?<!\w)(?i:" + re.escape(word) + r")(?!\w)", text):
            other = (m.start(), m.end(), cand[2])
            if other[0] == cand[0]:
                continue
            if _mentioned_as_word(text, toks, out, read, other):
                echoes.append(cand)  # and the twin itself, when the rules took it too
                echoes.extend(c for c in out if c[:2] == other[:2] and c not in read)
                break
    return echoes


def _mentioned_as_word(
    text: str, toks: list[Token], out: list[Candidate], read: list[Candidate], twin: Candidate
) -> bool:
    start, end = twin[0], twin[1]
    listed = [c for c in out if c[0] == start and c[1] == end]
    if listed and listed[0] in read:
        return True
    if _called_a_word(text, (start, end, "name")) or _read_as_word(text, (start, end, "name"), out):
        return True
    idx = span_tokens(toks, (start, end, "name"))
    return len(idx) == 1 and _mentioned(text, toks, idx[0])
