"""Places and organisations named after a word of their kind in French, Spanish, Slovak,
Bosnian, Uzbek, Maghrebi Arabic, Portuguese, Indonesian and Malay, German, Italian and
Catalan: "lycée limamou laye", "marché Tilène", "colonia Guerrero", "calle Peñón", "zš
družicová", "deportivo oceanía", "douar hicher", "prepa 9", "school No. 3", "colégio
farroupilha", "sma negeri 2 ambon", "puskesmas bahu", "pasar bersehati", "jugendzentrum
margareten", "liceo cavour", "institut montserrat".

The kind word says a name follows, so the words after it that are no everyday word (any
capitalised word, a word in no list, a number) are the name, whatever their case: the kind
word goes into the placeholder with them. A kind word followed only by everyday words ("le
marché central", "la mosquée du quartier", "l'école primaire") names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._digits import has_digit
from ._function_words import tables

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# word of a kind -> the kind of what it names
PLACE_WORDS = frozenset(
    # French of West Africa and the Maghreb
    "marché quartier cité rue carrefour rond-point arrêt gare souk douar médina medina allée "
    # Spanish of Mexico
    "mercado colonia calle avenida unidad barrio esquina pueblo fraccionamiento "
    "delegación alcaldía "
    # Uzbek, Bosnian and Slovak
    "mahalla mahallasi ko'chasi kochasi bozori bozor ulica ulice ulici osada sídlisko "
    "námestie mahala naselje "
    # Portuguese of Brazil and Portugal
    "bairro praça praca "
    # Indonesian: ward and district ("desa", "pasar", "pantai" are left out: village, market
    # and beach are followed by everyday words as often as by a name)
    "kelurahan kecamatan".split()
)
ORG_WORDS = frozenset(
    # French
    # (words that are English too, such as "college", "temple", "centre", are left out)
    "école ecole lycée lycee collège paroisse église eglise mosquée mosquee masjid dahira "
    "daara ong asc gie clinique hôpital hopital pâtisserie patisserie boulangerie maquis "
    # Spanish
    "escuela primaria secundaria prepa preparatoria colegio parroquia templo iglesia "
    "deportivo tortillería tortilleria panadería panaderia clínica clinica centro "
    # Uzbek, Bosnian and Slovak
    "maktab maktabi litsey kolleji džamija dzamija medresa mekteb zš zs gymnázium gymnazium "
    "škola skola nemocnica zbor sbor "
    # Slovene, Croatian and Serbian, Czech, and the French of Switzerland (a "gymnase" is the
    # canton's upper secondary school)
    "gimnazija gimnazije kostel gymnase "
    # Portuguese (a "terreiro" is a house of Candomblé)
    "escola colégio paróquia paroquia igreja faculdade universidade creche terreiro "
    # Indonesian: schools by level (public "negeri", as "sman", "smpn"), regional and general
    # hospitals, health centres, and the Protestant churches of Minahasa, Maluku, Timor and
    # Batak country named before their congregation ("sekolah", "gereja", "klinik" are left
    # out: the everyday words of the language after them are in no list)
    "sd sdn smp smpn sma sman smk smkn mts rsud rsu puskesmas gmim gpm gmit hkbp gpib "
    # German, Italian and Catalan
    "grundschule gymnasium realschule gesamtschule hauptschule mittelschule oberschule "
    "jugendzentrum krankenhaus klinikum liceo istituto scuola ospedale parrocchia oratorio "
    "institut".split()
)
# Portuguese "escola" typed in lower case names a school only with the kind of school after it
# ("escola estadual ..."): alone it is the everyday word, and any word may follow it
_EVERYDAY_KINDS = frozenset({"escola"})
# the kind words above whose name runs on past a number ("sma negeri 2 ambon", "smp 5
# kupang": the number says which school of the town, the town is part of the name)
_NUMBERED_IN_NAME = frozenset("sd sdn smp smpn sma sman smk smkn mts".split())
# English kind words: only a number names one ("school 51", "school No. 3")
NUMBERED_WORDS = frozenset("school college clinic church club".split())
TRIGGERS = PLACE_WORDS | ORG_WORDS | NUMBERED_WORDS

# Words that may stand between the kind word and the name without being part of a name
# ("Lycée Bilingue de Deido", "maison des jeunes de douar hicher", "parroquia de San Judas").
_SOFT = frozenset(
    "de du des d' l' la le les el los las del y e et na pri v vo u i "
    "jeunes santé sante primaire secondaire publique public privée privé privee prive "
    "municipal municipale central centrale national nationale régional regional régionale "
    "français française francais catholique protestante protestant islamique coranique "
    "évangélique evangelique technique général generale générale moderne grand grande "
    "nouveau nouvelle vieux ancien ancienne bilingue international internationale "
    "pública publica público publico privada privado técnica tecnica técnico tecnico "
    "nacional federal santa santo san "
    "základná zakladna základnej stredná stredna špeciálna specialna mestská obecná "
    "súkromná cirkevná umumiy maxsus davlat opća osnovna srednja "
    "do da dos das estadual secundária secundaria básica basica primária primaria "
    "infantil particular católica catolica evangélica evangelica batista adventista "
    "universal integral medicina enfermagem direito "
    "negeri swasta islam kristen katolik an der am "
    "di dei della statale comprensivo media elementare materna superiore professionale "
    "civile maggiore pediatrico scientifico classico linguistico artistico alberghiero "
    "bressol concertada pública".split()
)
# everyday French, Spanish and Slovak words that end a name after a kind word ("au lycée
# Kennedy depuis lundi", "zš ľudová každý deň"): they are in no English list
_SENTENCE_WORDS = frozenset(
    "depuis avec pour dans sans mais donc aussi très tres tous tout toute hier demain matin "
    "soir ici encore déjà deja toujours jamais maintenant puis alors comme quand parce "
    "aujourd'hui cette chaque elle elles nous vous avant après apres pendant "
    "desde ayer mañana manana ahora pero porque cuando también tambien todos todas cada "
    "donde esta este esto para sobre hasta entre muy "
    "každý každá každé každú kazdy dnes včera vcera zajtra teraz potom ale lebo keď ked "
    "veľmi velmi celý cely celú celu stále stale ešte este odkedy".split()
)
_NUMBER = re.compile(
    r"\s+(?:[Nn]o\.?\s*|[Nn]°\s*|№\s*|#\s*)?\d{1,4}\b(?![.,/]\d|[./]\s|/|\s*(?:%|x\b|"
    r"(?:times?|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|nights?|mornings?|"
    r"afternoons?|evenings?|sessions?|pm|am|o'clock|fois|jours?|semaines?|mois|ans|heures?|"
    r"veces|días|dias|semanas|meses|años|anos|horas)\b))"
)
_NUMBER_GAP = re.compile(r" \d{1,3} ")
_MAX_NAME_WORDS = 3
_MAX_LOWER_WORDS = 2
_GAPS = frozenset({" ", "'", "’"})


def kind_word_spans(
    text: str, toks: list[Token], plain: Callable[[Token], bool]
) -> list[Candidate]:
    """Names after a word of their kind; ``plain`` says whether a token is an everyday word."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        low = tok.low
        if low[1:2] in _GAPS and low[:1] in "ld":
            low = low[2:]  # "l'ASC", "d'école"
        if low not in TRIGGERS:
            continue
        kind = "place" if low in PLACE_WORDS else "org"
        number = _NUMBER.match(text, tok.end)
        if number:  # "prepa 9", "school No. 3", "smp 7 bitung"
            end = number.end()
            if low in _NUMBERED_IN_NAME:
                end = _town_after_number(text, toks, i, end, plain) or end
            out.append((tok.start, end, kind))
            continue
        if low in NUMBERED_WORDS:
            continue
        if low in _EVERYDAY_KINDS and not tok.capital and not _typed_kind(toks, i):
            continue  # "na escola nova": the everyday word for school, with a word after it
        end = _name_end(text, toks, i, plain)
        if end:
            out.append((tok.start, end, kind))
    return out


def _town_after_number(
    text: str, toks: list[Token], i: int, end: int, plain: Callable[[Token], bool]
) -> int:
    """Where the town after a school's number ends ("smp 7 bitung"), or 0: the word right
    after the number, when it is no everyday or function word."""
    for tok in toks[i + 1 : i + 3]:
        if tok.start < end:
            continue
        if (
            text[end : tok.start] == " "
            and not tok.capital
            and not plain(tok)
            and tok.low not in tables().langs
            and tok.low not in _SENTENCE_WORDS
        ):
            return tok.end
        return 0
    return 0


def _typed_kind(toks: list[Token], i: int) -> bool:
    """Whether a word of the kind of school stands right after the kind word ("escola
    estadual", "escola secundária do cerco"): a name follows, not any word."""
    return i + 1 < len(toks) and toks[i + 1].low in _SOFT


def _name_end(text: str, toks: list[Token], i: int, plain: Callable[[Token], bool]) -> int:
    end = 0
    named = lower = 0
    capital = False  # after a capitalised name, a lower-case word is the sentence again
    prev = toks[i]
    numbered = toks[i].low in _NUMBERED_IN_NAME
    function_words = tables().langs
    for tok in toks[i + 1 : i + 1 + 2 * _MAX_NAME_WORDS]:
        gap = text[prev.end : tok.start]
        if gap not in _GAPS:
            if not (numbered and _NUMBER_GAP.fullmatch(gap)):
                break
            end = tok.start - 1  # "sma negeri 2 ambon": the number is part of the name
        prev = tok
        if tok.low in _SOFT or tok.low in TRIGGERS:
            continue
        if tok.capital:
            named += 1
            capital = True
        elif (
            capital
            or plain(tok)
            or tok.low in _SENTENCE_WORDS
            or tok.low in function_words  # "na escola hoje", "ke sekolah tadi"
            or lower >= _MAX_LOWER_WORDS
        ):
            break
        else:
            named += 1
            lower += 1
        end = tok.end
        if named >= _MAX_NAME_WORDS:
            break
    return end


# "à vridi", "chez solibra", "v ohrození", "u tuzli": a word in no list typed in lower case
# after a preposition of place of French, Slovak or Bosnian is where someone is (a French,
# Slovak or Bosnian everyday word there is in no English list either, so only a word of
# four letters or more that stands alone before a break or another such word counts).
PLACE_PREPOSITIONS = frozenset({"à", "chez", "v", "vo", "u"})
_MIN_PLACE_WORD = 4
# everyday French, Slovak and Bosnian words that follow those prepositions ("à peine",
# "chez moi", "v škole", "u školi"); infinitives ("à manger", "à dormir") are left by ending
_AFTER_PREPOSITION = frozenset(
    "peine demain cause côté cote part propos moitié moitie gauche droite midi minuit pied "
    "vélo velo jamais nouveau travers fond bientôt bientot force mesure merveille raison tort "
    "table quel quelle quels quelles chaque tout toute tous toutes elle elles nous vous quoi "
    "laquelle lequel cette leur leurs notre votre plusieurs certains certaines personne "
    "présent present partir compter nouveau l'heure maison l'école l'ecole l'hôpital cause "
    "eux lui toi moi soi "
    "škole skole práci praci meste nemocnici noci pondelok utorok stredu štvrtok piatok "
    "sobotu nedeľu nedelu pohode poriadku zime lete jeseni jari kostole obchode "
    "školi skoli gradu kući kuci bolnici džamiji dzamiji poslu subotu nedjelju petak "
    "ponedjeljak utorak srijedu četvrtak cetvrtak stvari".split()
)
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir", "ať", "iť", "at", "it")


def place_after_preposition(
    text: str, toks: list[Token], unknown: Callable[[Token], bool]
) -> list[Candidate]:
    """Lower-case places and employers after "à", "chez", "v", "u"."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks[:-1]):
        if tok.low not in PLACE_PREPOSITIONS or (tok.capital and tok.low != "à"):
            continue
        nxt = toks[i + 1]
        if (
            nxt.capital
            or not unknown(nxt)
            or len(nxt.low) < _MIN_PLACE_WORD
            or not nxt.low.isalpha()
            or nxt.low in _AFTER_PREPOSITION
            or nxt.low.endswith(_INFINITIVE_ENDINGS)
            or text[tok.end : nxt.start] != " "
        ):
            continue
        out.append((nxt.start, nxt.end, "org" if tok.low == "chez" else "place"))
    return out


# French and Catalan "d'", "l'"; Maltese "f'" ("in": "f'Ħamrun")
_ELIDED = re.compile(r"(?=[dlfDLF])(?<![^\W\d_])[dlfDLF]['’](?=[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-žħġżċ])")
_ELIDED_REACH = 3
# names of countries, regions and faiths after an elision: "Côte d'Ivoire", "l'Aïd", "l'Islam"
_KEPT_AFTER_ELISION = frozenset(
    "ivoire azur amérique amerique afrique europe asie orient occident islam état etat ouest "
    "est aïd aid eid allah église eglise évangile evangile ascension assomption epiphanie "
    "épiphanie armor isère isere oise ain aisne ardèche ardeche hérault herault"
    # institutions named in general in French and Catalan: "tornar a l'Institut"
    " institut université universite universitat école ecole escola église eglise església"
    " hôpital hopital hospital ajuntament hôtel-dieu atelier auberge épicerie epicerie usine"
    " abbaye aréna arena aéroport aeroport estació estacio ateneu ambulatori associació"
    " association académie academie agence administration armée exèrcit office orphelinat"
    " internat externat entrepôt infermerie infirmerie urgence urgences".split()
)


def elided_names(text: str, toks: list[Token], ordinary: Callable[[str], bool]) -> list[Candidate]:
    """ "the Black Market d'Adjamé", "Centre Social d'Akwa", "de l'Ancienne-Lorette": a
    capitalised name after a French elided article ("d'", "l'") that is no everyday word
    ("l'Éducation", "l'Aïd" stay), with the capitalised words joined to it before."""
    if not _ELIDED.search(text):
        return []
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        word = tok.word
        if len(word) < _ELIDED_REACH or word[1] not in "'’" or word[0] not in "dlfDLF":
            continue
        rest = word[2:]
        if (
            not rest[:1].isupper()
            or rest.isupper()
            or rest.lower() in _KEPT_AFTER_ELISION
            or ordinary(rest)
        ):
            continue
        start = tok.start
        for prev in reversed(toks[max(0, i - _ELIDED_REACH) : i]):
            if not prev.capital or text[prev.end : start] != " ":
                break
            start = prev.start
        out.append((start, tok.end, "place"))
    return out


def may_name_by_kind(lows: list[str]) -> bool:
    """Whether a kind word stands among ``lows``, alone or elided ("l'ASC", "d'école")."""
    if not TRIGGERS.isdisjoint(lows):
        return True
    return any(low[1:2] in _GAPS and low[:1] in "ld" and low[2:] in TRIGGERS for low in lows)


# "gravois ave", "redwood rd": a word in no list typed in lower case before a street word
STREET_WORDS = frozenset(
    "ave avenue blvd boulevard rd road st street drive ln lane pkwy hwy".split()
)
# "on 1700 south", "at 3300 S": the numbered streets of grid cities
_GRID_STREET = re.compile(
    r"(?i)\b(?:on|at|off|near|to|and)\s+(\d{2,5}\s+(?:north|south|east|west|[NSEW])\b\.?)"
)


def street_spans(text: str, toks: list[Token], plain: Callable[[Token], bool]) -> list[Candidate]:
    """Lower-case streets ("gravois ave") and numbered grid streets ("on 1700 south");
    ``plain`` says whether a token is an everyday word ("main st" may be any town's)."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks[1:], 1):
        prev = toks[i - 1]
        if (
            tok.low in STREET_WORDS
            and not prev.capital
            and not plain(prev)
            and len(prev.low) >= _MIN_PLACE_WORD
            and text[prev.end : tok.start] == " "
        ):
            out.append((prev.start, tok.end, "place"))
    if has_digit(text):
        out.extend((m.start(1), m.end(1), "place") for m in _GRID_STREET.finditer(text))
    return out


# "the Asian Association of Utah", "Karen Community of Utah": a body of a people or a faith
# in a state or town, named by capitalised words, an organisation word and "of" a place
ORG_HEADS = frozenset(
    "association society council community foundation alliance federation union league "
    "coalition network center centre services charities club".split()
)
_BODY_OF_PLACE = re.compile(
    r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:" + "|".join(sorted(h.title() for h in ORG_HEADS)) + r")"
    r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def bodies_of_places(text: str, place: Callable[[str], bool]) -> list[Candidate]:
    """ "the Asian Association of Utah": an organisation named for the place it serves
    (``place`` says whether the words after "of" name a state, country or town; "the
    British Association of Social Workers" is a professional body named in general)."""
    if " of " not in text:
        return []
    return [(m.start(), m.end(), "org") for m in _BODY_OF_PLACE.finditer(text) if place(m.group(1))]
