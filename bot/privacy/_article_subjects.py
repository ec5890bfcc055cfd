"""A word typed in lower case after a Portuguese or Spanish article, as the subject of a verb
said of a person: "o zequinha falou", "a bo chegou cedo", "el pablito dijo", "el gordo no
vino".

Portuguese and Spanish chat put the article before a person's name and type both in lower
case; the rules for lower-case words read a listed given name there, but not a nickname in
no list ("a zuca disse"), a short name ("a bo chegou") or a diminutive ("zequinha",
"pablito"). Right before a verb of saying, coming, calling or noticing (past at most one
small word such as "não", "no", "já", "tb"), the word is a person's name when

- it is a given name of the lists, of two letters or more ("a bo chegou"), also once its
  accents are taken off ("o antônio mandou", listed as "antonio");
- it is a diminutive (-inho, -inha, -zinho, -ito, -ita, -cito) of a listed given name
  ("zequinha" of "zeca", "pablito" of "pablo"); a diminutive of anything else is a noun
  ("o vizinho falou", "el abuelito dijo");
- it is a nickname made of an adjective of looks ("el flaco", "la gorda", "o negão" stays);
- or, before a verb of saying, asking or noticing only, it is a short word (three or four
  letters, as nicknames are: "a zuca disse", "o dudu contou") in no list of any language
  and is not shaped like a noun of a role or an abstract noun nor one of the few role words
  below ("o cara disse", "el juez dijo" stay). Longer words in no list are as often nouns
  of these languages that the lists lack ("o menino falou", "a terapeuta disse").
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from ._function_words import tables
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Token

# verbs only a person does: saying, asking, crying, noticing (third person, as chat types
# them, with and without accents)
SAYING = frozenset(
    (
        "falou disse contou perguntou respondeu pediu explicou desabafou agradeceu chorou "
        "riu sorriu notou reparou percebeu "
        "dijo contó conto habló hablo preguntó pregunto respondió respondio pidió pidio "
        "explicó explico lloró lloro notó noto"
    ).split()
)
# verbs of coming, calling and sending, said of people and of things alike ("a ansiedade
# voltou", "a escola ligou"): after a listed name only
COMING = frozenset(
    (
        "chegou veio voltou ligou mandou avisou escreveu apareceu faltou "
        "llegó llego vino volvió volvio llamó llamo mandó mando avisó aviso escribió escribio"
    ).split()
)
# verbs of doing and being, said of a person as of anything: after a listed name or a
# diminutive of one only ("o joãozinho parou de chorar", "a bo tava feliz")
DOING = frozenset(
    (
        "parou começou conseguiu ficou tava tá está estava foi quer queria gosta dormiu "
        "comeu fez estuda trabalha mora ajuda treina jogou passou saiu entrou melhorou "
        "paró empezó consiguió está estaba fue quiere quería durmió comió hizo estudia "
        "trabaja vive ayuda juega jugó pasó salió entró mejoró"
    ).split()
)
PERSON_VERBS = SAYING | COMING | DOING
# the forms of these verbs that are nobody's surname anywhere (no "Noto", "Conto", "Riu"):
# after a name typed in lower case they end it ("o rodrigo veio de bike", "a ana luiza
# mandou o número"), where the run of lower-case words would otherwise take them in
NAME_ENDING_VERBS = frozenset(
    (
        "falou disse chegou veio voltou ligou mandou contou perguntou respondeu pediu "
        "chorou sorriu notou reparou percebeu avisou explicou desabafou "
        "dijo contó habló llegó vino volvió llamó mandó lloró preguntó respondió pidió notó"
    ).split()
)
# one small word that may stand between the subject and its verb
_BETWEEN = frozenset("não nao n no nem já ja tb também tambem só so nunca ainda".split())
# nouns of a person's role and kin that no list holds and no ending below catches
_ROLE_WORDS = frozenset(
    (
        "menino menina moço moça rapaz guri guria piá garoto garota cara mulher homem "
        "médico médica medico medica filho filha bebê bebe neném nenem criança senhor senhora "
        "vó vô vovó vovô tio tia sogra sogro genro nora cunhado cunhada padrasto madrasta "
        "marido esposo esposa namorado namorada noivo noiva chefe patrão patroa colega "
        "amigo amiga irmão irmã primo prima sobrinho sobrinha neto neta pai mãe "
        "muchacho muchacha chamaco chamaca pibe piba chavo chava nene nena niño niña bebé "
        "señor señora doctor doctora médico médica abuelo abuela tío tía suegra suegro "
        "cuñado cuñada padrastro madrastra hermano hermana hijo hija esposo esposa novio "
        "novia jefe jefa compañero compañera maestro maestra profe paciente "
        "mamãe papai galera pessoal turma grupo equipo chamo cuate compa pana mijo "
        "viejo vieja velho velha velhinho velhinha mano mana dona coroa nega nego mina juiz juez "
        "cura tipo papa fada"
    ).split()
)
# endings of nouns of a person's role: "porteiro", "enfermeira", "motorista", "gerente",
# "professora", "psicólogo", "secretária", "estudante", "vizinho"
_ROLE_ENDINGS = (
    "eiro",
    "eira",
    "ista",
    "ente",
    "ante",
    "or",
    "ora",
    "ólogo",
    "óloga",
    "iatra",
    "ário",
    "ária",
    "ario",
    "aria",
    "ês",
    "esa",
    "ero",
    "era",
)
# endings of abstract nouns and of the names of bodies: "ansiedade", "tristeza",
# "prefeitura", "clínica", "delegacia", "chegada", "terapeuta"
_NOUN_ENDINGS = (
    "dade",
    "dad",
    "ção",
    "ción",
    "cion",
    "são",
    "sión",
    "sion",
    "eza",
    "ura",
    "ncia",
    "nça",
    "ismo",
    "mento",
    "miento",
    "ia",
    "ía",
    "ica",
    "ico",
    "ado",
    "ada",
    "ido",
    "ida",
    "euta",
    "ta",
    "gem",
)
# nicknames of looks, said of a person before a verb ("el gordo no vino")
LOOKS = frozenset(
    "flaco flaca gordo gorda negro negra chino china moreno morena güero güera "
    "magrelo magrela baixinho baixinha neguinho neguinha".split()
)
# diminutive endings, each with the endings its stem may take back
_DIMINUTIVES = (
    ("zinho", ("", "o")),
    ("zinha", ("", "a")),
    ("inho", ("o", "", "e")),
    ("inha", ("a", "", "e")),
    ("cito", ("", "o")),
    ("cita", ("", "a")),
    ("ito", ("o", "", "e")),
    ("ita", ("a", "", "e")),
    ("itos", ("os", "")),
    ("inhos", ("os", "")),
)
# the spelling a stem changes to before a diminutive: "marquinhos" of "marcos"
_RESPELT = (("qu", "c"), ("gu", "g"))
_MIN_STEM = 2
_MIN_NAME = 3
_MIN_SHORT = 2
_MIN_UNLISTED = 3
_MAX_UNLISTED = 4


def verb_after(text: str, toks: list[Token], j: int) -> str:
    """The verb said of a person that follows ``toks[j]``, past at most one small word,
    or ""."""
    k = j + 1
    if k < len(toks) and toks[k].low in _BETWEEN and spaced(text, toks, k):
        k += 1
    if k < len(toks) and toks[k].low in PERSON_VERBS and spaced(text, toks, k):
        return toks[k].low
    return ""


def subject_name(text: str, toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether ``toks[j]``, typed in lower case after an article, is a person's name as the
    subject of a verb said of a person."""
    tok = toks[j]
    word, low = tok.word, tok.low
    if tok.capital or not word.isalpha() or len(word) < _MIN_SHORT or tok.possessive:
        return False
    verb = verb_after(text, toks, j)
    if not verb:
        return False
    t = tables()
    if low in _ROLE_WORDS or low in t.named or low in t.languages or low in lex.regions:
        return False
    if low in lex.always_ordinary or low in lex.ordinary or tok.kind is Kind.STOP:
        return False
    if low in LOOKS:
        return verb not in DOING
    if lex.given_names.get(low) and tok.kind is not Kind.WORD_NAME:
        return low not in t.langs or not _romance_word(t.langs[low])
    if tok.kind is Kind.UNKNOWN and lex.given_names.get(_unaccented(low)):
        return True  # "o antônio mandou", "o cícero disse": listed without the accent
    if diminutive_of_name(low, lex) is not None:
        return True
    if verb not in SAYING or tok.kind is not Kind.UNKNOWN:
        return False
    if not _MIN_UNLISTED <= len(word) <= _MAX_UNLISTED:
        return False  # nicknames are short ("zuca", "dudu"); longer words are nouns
    return (
        low not in t.langs
        and not _diminutive_shaped(low)
        and not low.endswith(_ROLE_ENDINGS)
        and not low.endswith(_NOUN_ENDINGS)
    )


def _unaccented(low: str) -> str:
    """``low`` without its accents ("antônio": "antonio"); the lists spell many Portuguese
    and Spanish names without them."""
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))


def _romance_word(langs: frozenset[str]) -> bool:
    return not {"pt", "es", "gl", "ca", "it", "en"}.isdisjoint(langs)


def diminutive_of_name(low: str, lex: Lexicon) -> str | None:
    """The listed given name ``low`` is a diminutive of ("joãozinho": "joão"), or None."""
    for ending, returns in _DIMINUTIVES:
        if not low.endswith(ending):
            continue
        stem = low[: -len(ending)]
        if len(stem) < _MIN_STEM:
            return None
        stems = [stem] + [stem[: -len(a)] + b for a, b in _RESPELT if stem.endswith(a)]
        for base in stems:
            for back in returns:
                name = base + back
                if (
                    len(name) >= _MIN_NAME
                    and lex.given_names.get(name)
                    and name not in lex.always_ordinary
                    and name not in _ROLE_WORDS  # "bebezinho" of "bebe"
                ):
                    return name
        return None
    return None


def _diminutive_shaped(low: str) -> bool:
    return low.endswith(tuple(ending for ending, _ in _DIMINUTIVES))
