"""Companies named with the legal form of their country: "Dom-Bud sp. z o.o.", "Kaya
Tekstil Ltd. Şti.", "Rossi S.r.l.", "Novak a.s.", "Kraft & Partner GmbH", "Tecnologia Alfa
S.A. de C.V.", "Hansen & Sønn AS".

The form is written in abbreviations with dots and spaces ("sp. z o.o.") that the word
rules read as initials or a sentence's end, so the company's name was cut at the first
dot and the rest left behind ("[org] sp. z [name]"). The form says the capitalised words
before it name one company: the words, any "& Partner" or "& Co." joining them, and the
whole form go together.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._word_classes import Candidate

# legal forms, longest first where one opens another ("S.A. de C.V." before "S.A.")
_FORMS = (
    r"[Ss]p\.\s?z\s?o\.\s?o\.?|[Ss]p\.\s?[jkp]\.|[Ss]p\.\s?k\.?\s?a\.?|S\.\s?A\.\s?de\s?C\.\s?V\.?"
    r"|S\.A\.S\.?|S\.A\.U\.?|S\.L\.U\.?|S\.A\.|S\.L\.|S\.R\.L\.|S\.r\.l\.|S\.p\.A\.|S\.A\.R\.L\."
    r"|Ltd\.?\s?Şti\.?|Ltd\.?\s?Sti\.?|A\.\s?Ş\.|A\.\s?S\.|San\.\s?ve\s?Tic\.(?:\s?A\.\s?Ş\.)?"
    r"|s\.\s?r\.\s?o\.|spol\.\s?s\s?r\.\s?o\.|a\.\s?s\.|Kft\.|Zrt\.|Nyrt\.|d\.\s?o\.\s?o\.|d\.\s?d\."
    r"|S\.R\.L\.|Ltda\.?|Lda\.?|Cia\.?|Pty\.?\s?Ltd\.?|GmbH(?:\s?&\s?Co\.?\s?KG)?|AG|KG|OHG"
    r"|e\.\s?V\.|gGmbH|B\.V\.|N\.V\.|BV|NV|ApS|A/S|ASA|AS|AB|Oy|Oyj|OÜ|UAB|SIA|SRL|SpA|SARL"
    r"|SAS|PJSC|LLC|L\.L\.C\.|W\.L\.L\.|WLL|FZE|FZCO|FZ-LLC|Ltd\.?|Inc\.?|PLC|plc"
)
# "& Partner", "& Co.", "e Filhos", "i Synowie": a family or partners joined to the name
_PARTNERS = (
    r"(?:\s(?:&|and|e|y|i|und|og|och|ve)\s(?:Partner|Partners|Co\.?|Söhne|Sohn|Sønn|Sønner"
    r"|Sons|Filhos|Irmãos|Hijos|Hermanos|Synowie|Syn|Figli|Fils))?"
)
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:-[A-Z][\w'’-]*)?"
_COMPANY = re.compile(
    rf"(?<![\w.])({_NAME_WORD}(?:\s(?:&\s)?{_NAME_WORD}){{0,3}}){_PARTNERS}\s(?:{_FORMS})"
    r"(?![\w&])"
)
# capitalised words that open a sentence or clause, not the company's name
_OPENERS = frozenset(
    """
    she he they we i it the a an her his their my our this that at in on for from with
    yesterday today now then also and but so client mother father mum dad
    """.split()
)
# the first word of each legal form, as typed: a text must hold one for the pattern to be
# tried (a look-up per word costs less than a scan for every form)
_FORM_FIRSTS = """
    Sp. sp. Sp.j. sp.j. Sp.k. sp.k. Sp.p. S.A. S.A S.A.S. S.A.U. S.L. S.L.U. S.R.L. S.r.l.
    S.p.A. S.A.R.L. Ltd Ltd. A.Ş. A.S. San. s.r.o. spol. a.s. Kft. Zrt. Nyrt. d.o.o. d.d.
    Ltda Ltda. Lda Lda. Cia Cia. Pty Pty. GmbH AG KG OHG e.V. gGmbH B.V. N.V. BV NV ApS A/S
    ASA AS AB Oy Oyj OÜ UAB SIA SRL SpA SARL SAS PJSC LLC L.L.C. W.L.L. WLL FZE FZCO FZ-LLC
    Inc Inc. PLC plc A. S. s. a. d.
    """.split()
# each as typed, and with the punctuation that may follow it at the end of a clause
_FIRST_WORDS = frozenset(w + end for w in _FORM_FIRSTS for end in ("", ".", ",", ";", ")", "!"))


def may_hold(text: str) -> bool:
    """Cheap check: the first word of a legal form among the words of the text."""
    return not _FIRST_WORDS.isdisjoint(text.split())


def legal_form_companies(text: str) -> Iterator[Candidate]:
    """The capitalised name before a legal form, with the form, as one organisation."""
    if not may_hold(text):
        return
    for m in _COMPANY.finditer(text):
        start = m.start()
        words = m.group(1).split()
        while words and words[0].lower() in _OPENERS:
            start = text.index(words[0], start) + len(words[0])
            start += len(text[start:]) - len(text[start:].lstrip())
            words.pop(0)
        if not words or words[0] == "&" or all(w.isupper() for w in words):
            continue  # "the NHS AS well as": capitals shouted, not a company's name
        yield start, m.end(), "org"
