"""Feasts, holy titles and national days of Spanish built from a head word: "Día de la
Virgen", "Día de la Independencia", "Virgen de la Caridad del Cobre", "Nuestra Señora de
Guadalupe", "Misas de aguinaldo", "Domingo de Ramos", "Semana Santa", and of Portuguese
("Dia das Crianças"). Practitioners write them inside English sentences, where the
proper-noun rules read the capitalised words (and the "de", "la", "del" between them) as a
person's or a place's name. They name a day or a holy
figure, no client, so a candidate inside one is dropped.

Recall first: the head must open the title, and what follows "de" must be capitalised words
joined by Spanish articles and prepositions (a lower-case word only right after "de", as in
"Misas de aguinaldo"). A weekday head ("Domingo", also a given name) takes only a word of the
liturgical year after "de"; "Señor" and "Señora" alone are titles of address ("Señora de
López") and count only after "Nuestra" or "El".
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str]

_JOIN = r"(?:del|de\s+las|de\s+los|de\s+la|de|das|dos|da|do)\b"
_LINK = r"(?:del|de|las|los|la|y|e|das|dos|da|do)\b"
_CAP = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+"
_TITLE_HEADS = (
    r"D[íi]as?|Virgen|Misas?|Noche|Fiestas?|Cristo|Inmaculada|Purísima|Novena|Procesión"
    r"|(?:Nuestra|Nuestro|El)\s+Se[ñn]or(?:a)?"
)
_WEEKDAY_HEADS = r"Domingo|Jueves|Viernes|S[áa]bado|Lunes|Martes|Mi[ée]rcoles"
_LITURGICAL = (
    r"Ramos|Resurrecci[óo]n|Pascua|Pentecost[ée]s|Gloria|Cuasimodo|Carnaval|Ceniza|Dolores|Reyes"
)
_TITLES = re.compile(
    rf"\b(?:(?:{_TITLE_HEADS})\s+{_JOIN}\s+(?:{_CAP}(?:\s+{_LINK})*(?:\s+{_CAP})?"
    rf"(?:\s+{_LINK}\s+{_CAP})*|[a-záéíóúñ]{{4,}})"
    rf"|(?:{_WEEKDAY_HEADS})\s+(?:de\s+)?(?:{_LITURGICAL})\b"
    rf"|Semana\s+Santa|Jueves\s+Santo|Viernes\s+Santo|S[áa]bado\s+(?:Santo|de\s+Gloria))"
)
# Holy words that name no person, alone or inside a title.
HOLY = frozenset("virgen purísima diosito santería jehová inmaculada difuntos".split())
# Words left beside a title that name nothing ("On", "The", "el").
_LEFT_OVER = frozenset("the a an on in at for and of to el la los las".split())


def may_hold(text: str) -> bool:
    """Cheap check: a word of the titles' heads or a holy word is in the text."""
    return bool(_HINT.search(text))


_HINT = re.compile(
    r"D[íi]as?\b|Virgen|Misas?\b|Noche\b|Fiestas?\b|Cristo|Inmaculada|Purísima|Novena|"
    r"Procesi|Se[ñn]or|Domingo|Jueves|Viernes|S[áa]bado|Lunes|Martes|Mi[ée]rcoles|Semana|"
    r"Diosito|Santer|Jehov|Difuntos"
)


def feast_titles(text: str) -> list[tuple[int, int]]:
    """The spans of the titles in ``text``; one after a word for a church, school or other
    place, or after "at", names that place ("Iglesia Nuestra Señora de la Paz", "at Nuestra
    Señora de Guadalupe") and is no title."""
    out: list[tuple[int, int]] = []
    for m in _TITLES.finditer(text):
        before = _BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before and before.group(1).lower() in _PLACE_HEADS:
            continue
        out.append((m.start(), m.end()))
    return out


_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_PLACE_HEADS = frozenset(
    (
        "iglesia igreja parroquia paróquia capilla capela basílica basilica catedral santuario "
        "santuário colegio colégio escuela escola hospital clínica clinica church parish "
        "chapel cathedral shrine school college at from near"
    ).split()
)


def keep_feast_titles(text: str, out: list[Candidate]) -> list[Candidate]:
    """Candidates without the feasts and holy titles they stand in, and without holy words
    standing alone."""
    titles = feast_titles(text)
    kept: list[Candidate] = []
    for cand in out:
        start, end, kind = cand
        if kind not in ("name", "place", "org"):
            kept.append(cand)
            continue
        if text[start:end].lower() in HOLY:
            continue
        inside = [(s, e) for s, e in titles if s < end and start < e]
        if not inside:
            kept.append(cand)
            continue
        pos = start
        for s, e in [*inside, (end, end)]:
            piece = text[pos:s].strip()
            if piece and piece.lower() not in _LEFT_OVER and s > pos:
                left = pos + len(text[pos:s]) - len(text[pos:s].lstrip())
                kept.append((left, left + len(piece), kind))
            pos = max(pos, e)
    return kept
