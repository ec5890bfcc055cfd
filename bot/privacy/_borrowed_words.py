"""Common nouns of the languages practitioners write beside English, kept as words.

German, Portuguese, Polish, Ukrainian, Turkish, Arabic and Darija, Farsi and Dari,
Inuktitut and South Sudanese words for offices, schooling, kinship, faith, food and
festivals are written with a capital (German nouns always are) and appear in no English
list, so the proper-noun rules take them for names. These lists were written for this
project; they join the class lists of ``_cultural`` and share its guards (a title or
"from"/"in"/"at" before the word keeps it a candidate).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Token

# offices, schooling and services named in general (German, French, Portuguese)
_OFFICES = (
    "jobcenter jugendamt bürgeramt ausländerbehörde sozialamt arbeitsamt standesamt "
    "integrationskurs sprachkurs deutschkurs unterkunft ausbildung praktikum kita "
    "grundschule klassenlehrerin klassenlehrer sozialarbeiterin sozialarbeiter "
    "betreuerin betreuer hausarzt hausärztin aufenthaltstitel duldung krankenkasse "
    "sitzung ressourcen nachbarn nachbarin familie glaube heimat fußball arbeit "
    "moschee kirche gemeinde bahn laden döner "
    "caf mission locale préfecture collège lycée bac brevet "
    "carteira trabalho clt sus cras caps posto feira bloco "
    # lowerchat voices: services, clinicians and diagnoses named in Portuguese, Spanish,
    # Italian, Turkish, Czech and Japanese
    "médica médico família psiquiatra paidopsiquiatra paidopsiquiatría tdah metilfenidato "
    "disturbo ansia d'ansia generalizzato paroxetina psichiatra servizio "
    "panik bozukluk psikiyatrist psikolog rehberlik porucha chování psychiatrička "
    "psycholožka sociálka seishinka shinryounaika hokenshitsu konbini aasandha "
).split()
# kinship and address words used for any relative or elder
_KIN = (
    "vó vô vovó vovô pai mãe madrinha padrinho sobrinho sobrinha patrão patroa "
    "babcia dziadek babunia dziadziu ciocia wujek babusya babusia didus "
    "amca dayı teyze hala abla yenge anneanne babaanne dede "
    "teta gedo khalo khalto ammo amto yemma yemmi khouya khti jedda "
    "maman bozorg baba padar madar kaka khala khaleh ameh amoo dayi "
    "anaanatsiaq ataatatsiaq "
    # lowerchat voices: Dhivehi, Czech, Neapolitan, Japanese, Greek and Mexican kinship words
    "bappa mamma táta taťka mamka babička děda brácha ségra mammà papà nonna nonno "
    "okaasan otousan obaachan ojiichan oniichan oneechan imouto otouto yiayia pappous "
    "abuelita abuelito abue "
).split()
# faith words, rites and festivals
_FAITH = (
    "evangélica evangélico culto igreja missa "
    "wigilia wszystkich świętych pasterka opłatek "
    "velykden paska "
    "bayram bayramı ramazan kurban cuma namazı "
    "gomaa taraweeh tarawih "
    "aïd kébir kebir seghir mouloud achoura "
    "yalda nowruz naw rúz sizdah bedar bahá'í baha'i "
    # lowerchat voices: feasts, fasts and prayers of Portugal, Mexico, Naples, Czechia,
    # Japan, the Maldives and Cyprus
    "santos populares martelinhos manjericos posadas ofrenda muertos natale presepe "
    "ferragosto mikuláš mikuláše vánoce velikonoce dušičky obon tanabata setsubun hanami "
    "fajr maghrib insha sarakosti megali pempti evdomada kataklysmos panagia "
    "panayia "
).split()
# dishes and drinks
_DISHES = (
    "maktaaq muktuk quaq bannock pączki tłusty czwartek pierogi varenyky borshch "
    "kahvaltı çay simit börek ajil qabuli palaw mantu bolani kisra mullah "
    "cafezinho guaraná feijoada koshari couscous"
    # lowerchat voices
    " francesinha bacalhau caldo sardinhas cempasúchil birria pozole tortas ahogadas "
    "sfogliatella babà ragù boyoz gevrek menemen svíčková svíčkovou knedlíky kofola "
    "takoyaki okonomiyaki onigiri garudhiya roshi halloumi koupepia souvla flaounes"
).split()
# languages, peoples, music and words named as words
_WORDS = (
    "darija hchouma inuktitut qaujimajatuqangit pilimmaksarniq qanuqtuurniq "
    "qujannamiik qamutiik inuit nuer dinka samba raï saudade vdoma tashakor"
).split()
# hyphenated forms, which the detector reads as one word
_JOINED = (
    "s-bahn u-bahn döner-laden naw-rúz now-ruz el-kébir el-kebir el-seghir el-fitr el-adha "
    "aïd-el-kébir sizdah-bedar"
).split()
BORROWED_WORDS = frozenset(_OFFICES + _KIN + _FAITH + _DISHES + _WORDS + _JOINED)

# a compass point before the name of a people: "South Sudanese families", "North African"
COMPASS = frozenset("north south east west central northern southern eastern western".split())
_PEOPLE_ENDS = ("an", "ese", "ish", "ic", "i")


def compass_people(toks: list[Token], first: int, last: int, ordinary: frozenset[str]) -> bool:
    """The span ``toks[first:last + 1]`` is compass points followed, in or just after it,
    by the name of a people (a listed ordinary word such as "Sudanese"): an adjective of
    origin, not a place."""
    k = first
    while k <= last and toks[k].low in COMPASS:
        k += 1
    if k == first or k < last or k >= len(toks):
        return False
    word = toks[k].low
    return word.endswith(_PEOPLE_ENDS) and word in ordinary
