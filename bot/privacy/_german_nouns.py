"""German nouns kept as words: German capitalises every noun, so in German text a
capitalised word is a name only where the grammar says so.

A text is German when it holds several German function words (articles, pronouns,
prepositions and their contractions with the article, auxiliaries, conjunctions; list
from stopwords-iso, see NOTICE). In such a text a candidate word is kept as a noun when
the grammar says so: a function word itself ("Heute", "Die", "Sie"); a word after an
article, determiner, possessive, contracted preposition or numeral, or after adjectives
that follow one ("zum ersten Mal", "einen langen Spaziergang"); a word with a noun
ending (-ung, -heit, -keit, -schaft, -chen, -lein, -ion, -tät, -nis, -tum, -ismus); a
compound on an everyday head noun ("Küchentisch", "Elternabend"); a language word in
-isch; an everyday noun of the list below. Recall first, so a word stays an identifier
when it is a given name listed by several locales, when it follows a title or kinship
word of address ("Frau Koch", "Tante Shabnam", whose title then goes with it), or when
it is a compound on a street or place word ("Quellenstraße", "Gropiusstadt").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ._lexicon import lexicon

Candidate = tuple[int, int, str]

_DATA = Path(__file__).with_name("data")
_MIN_FUNCTION_WORDS = 2  # distinct German function words that make a text German
_COMMON_GIVEN = 2  # a given name listed by this many locales stays a name after an article
_MIN_ENDING_WORD = 6
_MIN_HEAD_PREFIX = 3
_MAX_ADJECTIVES = 2
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ADJECTIVE_ENDS = ("e", "en", "er", "es", "em")
_ABBREVIATIONS = frozenset("dr prof mag st hr fr sr dipl ing".split())
# German function words that are also English words: kept in German text, but they do
# not tell German from English
# words of French, Italian, Spanish, Portuguese, Polish, Dutch, the Scandinavian languages
# and English chat spelled like German ones: they do not tell German text either
_SHARED_WITH_NEIGHBOURS = frozenset(
    (
        "des du je na nie ja den dem hier dat mam eng eis ob alle um bis ach wo mal per "
        "a o e en et te van met op ei hin los weg"
    ).split()
)
# endings no English word has: a capitalised word with one counts as German
_GERMAN_ENDINGS = ("heit", "heiten", "keit", "keiten", "schaft", "schaften", "ungen", "ität")
_SHARED_WITH_ENGLISH = frozenset(
    "am an in so es er de da die also bin bis um man was war hat will wo mit".split()
)
_RELATIVES = frozenset("der die das dem den denen deren dessen".split())
_CLAUSE_PREPOSITIONS = frozenset(
    "an in bei mit von zu nach aus für auf über unter vor hinter neben seit während".split()
)
_FESTIVAL_PREPOSITIONS = frozenset("an zu vor nach seit bis über ab".split())
# feasts named by words that are also given names
_FESTIVALS = frozenset(
    "silvester nikolaus martini stephani johanni valentin florian leonhardi josefi "
    "ostern pfingsten weihnachten fasching fastnacht karneval krampus christkind".split()
)
# welfare bodies, charities and services of German-speaking countries: organisations
_BODIES = frozenset(
    (
        "caritas diakonie volkshilfe lebenshilfe hilfswerk arbeiterwohlfahrt awo johanniter "
        "malteser samariterbund samariter kinderschutzbund paritätische "
        "kolpinghaus kolping heilsarmee juventute senectute heks "
        "jugendhilfe kinderdorf neustart hemayat diakonisches"
    ).split()
)
# towns and districts of German-speaking countries missing from the GeoNames extract
TOWNS = frozenset(
    (
        "wien münchen köln nürnberg genf luzern bozen meran brixen bruneck sterzing leifers "
        "schlanders klausen eppan kaltern algund innsbruck salzburg klagenfurt villach "
        "traiskirchen mödling steyr dornbirn bregenz feldkirch schwaz kufstein "
        "favoriten simmering ottakring floridsdorf liesing meidling hernals donaustadt "
        "brigittenau leopoldstadt margareten rudolfsheim fünfhaus penzing hietzing währing "
        "döbling alsergrund josefstadt mariahilf wieden "
        "neukölln kreuzberg moabit marzahn hellersdorf spandau lichtenberg pankow "
        "friedrichshain schöneberg tempelhof reinickendorf köpenick gropiusstadt britz "
        "rudow buckow steglitz zehlendorf charlottenburg wilmersdorf treptow "
        "altona eimsbüttel harburg bergedorf wandsbek billstedt steilshoop wilhelmsburg "
        "veddel jenfeld barmbek ottensen lurup osdorf mümmelmannsberg "
        "hasenbergl neuperlach schwabing giesing sendling pasing moosach milbertshofen "
        "haidhausen bogenhausen laim freimann riem trudering "
        "wipkingen altstetten schwamendingen oerlikon seebach affoltern witikon hottingen "
        "wiedikon aussersihl hirslanden höngg winterthur dietikon schlieren "
        "esch ettelbréck ettelbruck diekirch differdange dudelange bonnevoie bouneweg "
        "gasperich hollerich limpertsberg kirchberg belair cessange howald "
        "wiltz clervaux echternach mersch mamer bertrange"
    ).split()
)
# finite verbs that follow a subject (German, Bavarian, Swiss German, Luxembourgish)
_FINITE_VERBS = frozenset(
    (
        "hat hatte hätte ist war wäre wird wurde kam kommt geht ging sagt sagte meint "
        "möchte will wollte kann konnte muss musste soll sollte darf durfte mag "
        "wohnt lebt arbeitet besucht spricht erzählt erzählte weint lacht schläft isst "
        "aus hod hot is isch het hät hed huet ass wor war wollt seet sot"
    ).split()
)
_ADVERBS = frozenset(
    (
        "gestern vorgestern morgen übermorgen dann danach jetzt damals später zuerst "
        "trotzdem deshalb leider plötzlich manchmal oft meistens endlich schließlich "
        "seitdem inzwischen mittlerweile zuletzt anfangs heuer neulich kürzlich bald "
        "sonst außerdem hier dort nun vorher nachher zudem zusätzlich daher darum "
        "dennoch ebenfalls einmal erst früher gerade gleich heute immer kaum noch nie "
        "niemals oben unten vorne hinten draußen drinnen schon sogar vielleicht wieder "
        "genau eben besonders wirklich ganz sehr auch nur selten wichtig schön gut neu "
        "klar schwer leicht spannend interessant auffällig deutlich hilfreich schwierig"
    ).split()
)
_ADVERB_ENDINGS = ("ig", "lich", "bar", "sam", "los", "haft", "ends", "weise", "mals", "wärts")
_UNITS = frozenset(
    "euro eur franken chf cent rappen prozent stunden minuten jahre monate wochen tage "
    "kilo meter liter mal".split()
)
_SMALL_NUMBER = re.compile(r"(?<!\d)\d{1,3}\s+$")
_GREETINGS = frozenset(
    "moin servus grüezi grüß gruß hoi sali salü ciao moien hallo hello tschüss pfiat "
    "baba liebe lieber hi hey".split()
)
_CHAT_ARTICLES = frozenset("da de der die d dr".split())
# countries, regions and peoples' lands in their German names (Safe Harbor keeps them)
_COUNTRIES = frozenset(
    (
        "deutschland österreich schweiz luxemburg lëtzebuerg liechtenstein italien südtirol "
        "frankreich spanien portugal belgien niederlande holland dänemark schweden norwegen "
        "finnland polen tschechien slowakei ungarn rumänien bulgarien griechenland türkei "
        "kroatien serbien bosnien kosovo albanien mazedonien nordmazedonien montenegro "
        "slowenien ukraine russland weißrussland belarus moldau georgien armenien "
        "aserbaidschan tschetschenien dagestan inguschetien kasachstan usbekistan "
        "tadschikistan turkmenistan kirgistan afghanistan pakistan indien iran irak "
        "syrien libanon jordanien israel palästina ägypten libyen tunesien algerien "
        "marokko sudan südsudan eritrea äthiopien somalia nigeria ghana kamerun kongo "
        "kenia jemen saudi-arabien kuwait katar china japan korea vietnam thailand "
        "amerika kanada mexiko brasilien kolumbien venezuela peru chile argentinien "
        "bayern tirol vorarlberg kärnten steiermark burgenland niederösterreich "
        "oberösterreich graubünden tessin wallis emmental allgäu schwarzwald ruhrgebiet "
        "sachsen thüringen hessen brandenburg niedersachsen westfalen pfalz saarland "
        "europa afrika asien nahost balkan kaukasus donau rhein alpen"
    ).split()
)
# dishes and drinks of German-speaking homes
_DISHES = frozenset(
    (
        "rösti älplermagronen raclette fondue zopf birchermüesli bircher knödel semmelknödel "
        "kaiserschmarrn apfelstrudel strudel schnitzel gulasch tafelspitz palatschinken "
        "germknödel marillenknödel powidl sachertorte krapfen brezn breze brezel weißwurst "
        "leberkäse leberkas obatzda spätzle maultaschen sauerkraut bratwurst currywurst "
        "frikadellen buletten labskaus franzbrötchen rote grütze stollen lebkuchen plätzchen "
        "spiegelei rührei senf quark schwarzbrot vollkornbrot müsli datteln "
        "speck schüttelbrot kaminwurz schlutzkrapfen kaiserschmarren "
        "kniddelen gromperekichelcher bouneschlupp gaardebounen judd quetschentaart "
        "almdudler apfelschorle spezi radler glühwein kakao"
    ).split()
)
_LOWER_TITLES = frozenset("frau herr herrn tante onkel oma opa omi opi cousin cousine".split())
_BREAK = re.compile(r"[.!?:;\n•]\s*$")

# articles, determiners, possessives, contractions and numerals of German (and the
# Luxembourgish and Bavarian forms), after which a capitalised word is a noun
_DETERMINERS = frozenset(
    (
        "der die das den dem des ein eine einen einem einer eines "
        "zum zur beim vom im am ins ans aufs durchs fürs ums unterm überm hinterm vorm "
        "mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines "
        "sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres "
        "unser unsere unseren unserem unserer unseres euer eure euren eurem eurer eures "
        "dieser diese diesen diesem dieses jener jene jenen jenem jenes "
        "jeder jede jeden jedem jedes kein keine keinen keinem keiner keines "
        "alle allen aller manche manchen viele vielen einige einigen mehrere mehreren "
        "beide beiden welche welchen solche solchen wenige wenigen "
        "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert "
        "erste ersten erster erstes zweite zweiten dritte dritten letzte letzten nächste "
        "nächsten viel wenig etwas mehr nächster nächstes neue neuer neues neuen letzter "
        "letztes weitere weiterer weiteres kurze kurzer aktuelle aktueller bisherige "
        # Luxembourgish forms ("de", "d'" also stand before given names: not here)
        "dat déi deem dës dësen dëser eng engem enger mäi mäin meng mengem säin seng "
        "sengem senger hir hiren hirem eise eisen mam vum"
    ).split()
)
# titles and kinship words of address: the word after them is a name
_TITLES = frozenset(
    (
        "herr herrn frau fräulein dr doktor prof professor mag familie fam tante onkel oma "
        "opa omi opi cousin cousine schwester bruder nonna nonno zia zio götti gotte "
        "monni tatta bomi bopi groussmamm grousspapp tata sr sra signora signor "
        "mama papa baba ami abi hoca"
    ).split()
)
# prepositions of place: a word in no list after them (with no article) stays a place
_PLACE_PREPOSITIONS = frozenset("in nach aus bei von zu op vu bis".split())
# compounds on these heads name a street or place
_PLACE_HEADS = (
    "straße",
    "strasse",
    "str",
    "gasse",
    "weg",
    "platz",
    "allee",
    "ring",
    "damm",
    "ufer",
    "chaussee",
    "park",
    "stadt",
    "dorf",
    "see",
    "berg",
    "burg",
    "hof",
    "heim",
    "hausen",
    "ingen",
    "feld",
    "tal",
    "bach",
    "brück",
    "brücke",
    "kirchen",
    "markt",
    "viertel",
    "siedlung",
    "steig",
    "garten",
    "horn",
    "wald",
    "au",
    "kai",
    "tor",
)
_NOUN_ENDINGS = (
    "ung",
    "ungen",
    "heit",
    "heiten",
    "keit",
    "keiten",
    "schaft",
    "schaften",
    "chen",
    "lein",
    "ion",
    "ionen",
    "tät",
    "täten",
    "nis",
    "nisse",
    "nissen",
    "tum",
    "ismus",
    "ität",
    "sitzung",
    "therapie",
    "ologie",
    "anz",
    "enz",
    "ment",
)
# everyday head nouns of German compounds ("Küchentisch", "Elternabend", "Freitagsgebet")
_HEAD_NOUNS = (
    "abend",
    "tisch",
    "rat",
    "gebet",
    "dienst",
    "zimmer",
    "arbeit",
    "arbeiter",
    "besuch",
    "fahrt",
    "gespräch",
    "kurs",
    "geld",
    "stunde",
    "stunden",
    "angst",
    "schmerz",
    "schmerzen",
    "essen",
    "frühstück",
    "pause",
    "pausen",
    "fest",
    "feier",
    "tag",
    "tage",
    "woche",
    "wochen",
    "ende",
    "mutter",
    "vater",
    "eltern",
    "kind",
    "kinder",
    "lehrer",
    "lehrerin",
    "leiter",
    "leiterin",
    "psychologe",
    "psychologin",
    "betreuer",
    "betreuerin",
    "arzt",
    "ärztin",
    "schule",
    "zentrum",
    "heim",
    "amt",
    "gericht",
    "buch",
    "heft",
    "brief",
    "nummer",
    "termin",
    "plan",
    "spiel",
    "sport",
    "ball",
    "frage",
    "fragen",
    "antwort",
    "thema",
    "angebot",
    "gruppe",
    "kasse",
    "karte",
    "wohnung",
    "haus",
    "raum",
    "bett",
    "küche",
    "bad",
    "tür",
    "auto",
    "rad",
    "zug",
    "bus",
    "dienststelle",
    "stelle",
    "träume",
    "traum",
    "attacke",
    "attacken",
    "anfall",
    "anfälle",
    "wut",
    "trauer",
    "freude",
    "mut",
    "kraft",
    "weise",
    "zeit",
    "jahr",
    "jahre",
    "leben",
    "welt",
    "sachen",
    "dinge",
    "ding",
    "weh",
    "suppe",
    "kuchen",
    "wurst",
    "brot",
    "saft",
)
# everyday nouns met without an article ("nach Hause", "aus Angst", "Termin verschoben")
_EVERYDAY = frozenset(
    (
        "hause haus heim mal zeit angst ruhe mut hilfe arbeit schule kita familie mutter "
        "vater eltern kinder kind sohn tochter bruder schwester oma opa tante onkel freund "
        "freundin freunde partner mann frau leute termin termine anruf rückruf nachricht "
        "gespräch sitzung stunde woche wochen monate monaten jahre jahren tage tagen "
        "nachts abends morgens montag dienstag mittwoch donnerstag freitag samstag sonntag "
        "sommer winter frühling herbst ferien urlaub weihnachten ostern silvester ramadan "
        "diagnose medikation anamnese ziele ressourcen stärken belastungen thema methode "
        "beobachtung hausaufgabe hausaufgaben ziel schritte nächste neue adresse handy "
        "mail tel telefon versicherter nachkontrolle nachgespräch fallnummer aktenzeichen "
        "kindesvater kindesmutter amtsgericht stellungnahme bericht antrag rente geld "
        "essen frühstück mittagessen abendessen brot wasser tee kaffee tabletten medikamente "
        "schlaf träume albträume angst panik wut trauer freude stolz scham schuld "
        "sport fußball musik kunst zeichnen malen lesen schreiben tanzen schwimmen "
        "deutsch englisch arabisch russisch türkisch persisch kurdisch italienisch "
        "französisch luxemburgisch gott allah jesus kirche moschee gebet messe "
        "kopf bauch herz hände füße augen blut bauchweh kopfweh "
        "hund katze pferd tiere wald meer see berge garten hof park stadt land dorf "
        "bus zug auto fahrrad rad weg straße tür fenster zimmer küche tisch bett "
        "lehrer lehrerin schüler schülerin klasse pause unterricht noten zeugnis "
        "arzt ärztin klinik krankenhaus praxis therapie therapeut therapeutin "
        "neues altes gutes schönes leben liebe hoffnung glück sinn "
        # things of a home, a school bag and a screen
        "fernseher kopfhörer spielzeug spielsachen puppe heft hefte stift stifte rucksack "
        "schultasche jacke mütze schuhe decke kissen sofa schrank teppich lampe dusche "
        "badewanne wohnzimmer schlafzimmer kinderzimmer balkon keller treppe "
        # food and sweets
        "kekse keks kuchen schokolade nudeln suppe obst gemüse apfel milch saft brötchen "
        "semmel wurst käse fleisch kartoffeln pommes "
        # feelings, moods and quarrels
        "streit ärger sorge sorgen neugier geduld ungeduld langeweile müdigkeit energie "
        "laune spaß quatsch unsinn "
        # leisure, outings and celebrations
        "chor verein training turnier ausflug spaziergang wanderung konzert kino theater "
        "feier geburtstag hochzeit geschenk geschenke "
        # everyday places of a town, named by their kind
        "spielplatz schwimmbad hallenbad freibad bahnhof haltestelle bushaltestelle "
        "bibliothek jugendclub jugendzentrum kindergarten "
        # school, work, care and the people of them
        "nachhilfe schularbeit klassenarbeit klassenlehrerin klassenlehrer mitschüler "
        "mitschülerin zeugnisse pausenhof turnhalle kantine ausbildung praktikum schicht "
        "nachtschicht führerschein fahrstunde arbeitsplatz chef chefin kollege kollegin "
        "kollegen hausarzt hausärztin kinderarzt kinderärztin psychiater psychiaterin "
        "psychologin psychologe krankenkasse pflegedienst betreuerin betreuer erzieherin "
        "erzieher sozialarbeiterin sozialarbeiter schulbegleiterin schulbegleiter klientin "
        "klient patientin patient "
        # relatives and neighbours, feasts and the year's customs, chores
        "enkelin enkel urenkel urenkelin nichte neffe schwager schwägerin schwiegermutter "
        "schwiegervater stiefvater stiefmutter halbbruder halbschwester vati nachbarin nachbar "
        "nachbarn wochenende fasnacht karneval kirmes weihnachtsmarkt adventskalender laterne "
        "krampus osterhase einkaufen putzen kochen backen aufräumen "
        # Luxembourgish
        "mamm papp bomi bopi kéier schoul haus doheem frënd frëndin "
        "mama papa mami papi baby"
    ).split()
)


@cache
def _function_words() -> frozenset[str]:
    path = _DATA / "german_function_words.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    return frozenset(w for w in lines if w and not w.startswith("#"))


@cache
def _telling_words() -> frozenset[str]:
    """Function words and determiners that tell German text (none is an English word)."""
    return (_function_words() | _DETERMINERS) - _SHARED_WITH_ENGLISH - _SHARED_WITH_NEIGHBOURS


def is_german(text: str) -> bool:
    """Whether ``text`` holds at least two distinct German function words. (One reading of
    a text asks this several times, in the passes and the tagger: the last answers are
    kept.)"""
    if " " not in text:
        return False
    known = _GERMAN_ASKED.get(text)
    if known is None:
        known = _is_german(text)
        if len(_GERMAN_ASKED) >= _GERMAN_KEPT:
            _GERMAN_ASKED.clear()
        _GERMAN_ASKED[text] = known
    return known


_GERMAN_ASKED: dict[str, bool] = {}
_GERMAN_KEPT = 8


def _is_german(text: str) -> bool:
    lowered = text.lower()
    lows = {word.lower() for word in _distinct_words(text)}  # each distinct word once
    seen = lows & _telling_words()
    # a word ends in a German ending only where the lower-cased text holds that ending
    if len(seen) < _MIN_FUNCTION_WORDS and _may_hold_ending(lowered):
        seen.update(
            low for low in lows if len(low) >= _MIN_ENDING_WORD and low.endswith(_GERMAN_ENDINGS)
        )
    return len(seen) >= _MIN_FUNCTION_WORDS


# every ASCII character that no word holds (neither a letter nor an apostrophe), and every
# space: where the text is cut (a regex split, in C, costs less than translating beyond ASCII)
_CUT = re.compile(r"[\x00-\x26\x28-\x40\x5b-\x60\x7b-\x7f\s]+")


def _distinct_words(text: str) -> set[str]:
    """``set(_WORD.findall(text))``, found faster: the text is cut at every ASCII character
    no word holds (neither a letter nor an apostrophe) and at spaces; a stretch of ASCII
    letters is one word, any other stretch holds the words ``_WORD`` finds in it (no match
    holds a character where the text is cut, so none crosses a cut)."""
    found: set[str] = set()
    for stretch in set(_CUT.split(text)):
        if not stretch:
            continue  # before the first cut or after the last
        if stretch.isascii() and "'" not in stretch:
            found.add(stretch)
        else:
            found.update(_WORD.findall(stretch))
    return found


def _may_hold_ending(lowered: str) -> bool:
    """Whether ``lowered`` (a text in lower case) holds a German ending at all: a few
    substring tests instead of one per word (lower-casing a whole text and each word alone
    differ only at a Greek final sigma, which no ending holds)."""
    for ending in _ENDING_STEMS:  # noqa: SIM110 - a loop costs less than a generator here
        if ending in lowered:
            return True
    return False


# every ending of ``_GERMAN_ENDINGS`` holds one of these
_ENDING_STEMS = ("heit", "keit", "schaft", "ungen", "ität")


def _place_compound(low: str) -> bool:
    return any(low.endswith(h) and len(low) - len(h) >= _MIN_HEAD_PREFIX for h in _PLACE_HEADS)


def _noun_by_shape(low: str) -> bool:
    if len(low) >= _MIN_ENDING_WORD and low.endswith(_NOUN_ENDINGS):
        return True
    if low.endswith("isch") and len(low) >= _MIN_ENDING_WORD:
        return True
    return any(low.endswith(h) and len(low) - len(h) >= _MIN_HEAD_PREFIX for h in _HEAD_NOUNS)


def _is_break(lows: list[str], gaps: list[str], i: int) -> bool:
    """A sentence break between word ``i - 1`` and word ``i`` (not the dot of "Dr.")."""
    gap = gaps[i]
    if not _BREAK.search(gap):
        return False
    return not (gap.strip() == "." and i > 0 and lows[i - 1] in _ABBREVIATIONS)


def _relative_pronoun(lows: list[str], gaps: list[str], k: int) -> bool:
    """Word ``k`` opens a relative clause ("der Tag, an dem Magomed..."): what follows
    is its subject, maybe a name."""
    if lows[k] not in _RELATIVES:
        return False
    if "," in gaps[k]:
        return True
    return k > 0 and lows[k - 1] in _CLAUSE_PREPOSITIONS and "," in gaps[k - 1]


def _clause_goes_on(lows: list[str], gaps: list[str], i: int) -> bool:
    """Word ``i`` is followed by more of its clause (a relative clause ends in its verb)."""
    return i + 1 < len(lows) and not _is_break(lows, gaps, i + 1) and "," not in gaps[i + 1]


def _after_determiner(lows: list[str], caps: list[bool], gaps: list[str], i: int) -> bool:
    """A determiner before word ``i``, maybe with up to two adjectives between."""
    k = i - 1
    skipped = 0
    while k >= 0 and not _is_break(lows, gaps, k + 1):
        low = lows[k]
        if low in _DETERMINERS:
            return not (_relative_pronoun(lows, gaps, k) and _clause_goes_on(lows, gaps, i))
        if k == i - 1 and (low in _UNITS or _SMALL_NUMBER.search(gaps[i])):
            return True  # "2000 Euro Schulden", "3 Kinder"
        if caps[k] or skipped >= _MAX_ADJECTIVES or not low.endswith(_ADJECTIVE_ENDS):
            return False
        skipped += 1
        k -= 1
    return False


def _protected(lows: list[str], words: list[str], gaps: list[str], i: int) -> bool:
    """Whether capitalised word ``i`` reads as a German noun or function word."""
    low = lows[i]
    lex = lexicon()
    given = lex.given_names.get(low, 0)
    prev = lows[i - 1] if i > 0 and not _is_break(lows, gaps, i) else ""
    if low in _FESTIVALS and (prev in _DETERMINERS or prev in _FESTIVAL_PREPOSITIONS):
        return True  # "an Silvester", "zum Nikolaus"
    if low in _COUNTRIES or low in _DISHES:
        return True  # "aus Syrien", "Rösti mit Spiegelei"
    if given >= _COMMON_GIVEN or (words[i].isupper() and len(low) > 1):
        return False  # a common given name; an acronym
    if prev in _TITLES and words[i - 1][:1].isupper():
        return False  # "Frau Koch", "Tante Shabnam", "Dr. Hofbauer"
    if low in _function_words() or low in _DETERMINERS or low in _SHARED_WITH_ENGLISH:
        return True
    if low in _BODIES or low in TOWNS or (low in lex.places and low not in _EVERYDAY):
        return False  # "der Volkshilfe"; a town
    if _place_compound(low):
        return False
    if low in _EVERYDAY or _noun_by_shape(low):
        return low not in lex.places
    if given or prev in _PLACE_PREPOSITIONS or low in lex.places:
        return False
    caps = [w[:1].isupper() for w in words[max(0, i - _MAX_ADJECTIVES - 1) : i + 1]]
    offset = max(0, i - _MAX_ADJECTIVES - 1)
    return _after_determiner(lows[offset:], caps, gaps[offset:], i - offset)


def _name_follows(lows: list[str], words: list[str], gaps: list[str], k: int) -> bool:
    """Word ``k`` (after a title, maybe after more titles) is a capitalised non-noun."""
    while k < len(words) and not _is_break(lows, gaps, k):
        if not words[k][:1].isupper():
            return False
        if lows[k] not in _TITLES:
            return not _protected(lows, words, gaps, k)
        k += 1
    return False


def _function_word(low: str) -> bool:
    return low in _function_words() or low in _DETERMINERS or low in _PLACE_PREPOSITIONS


def keep_german_nouns(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` less the German nouns and function words in it (``text`` is German)."""
    if not found:
        return found
    matches = list(_WORD.finditer(text))
    words = [m.group() for m in matches]
    lows = [w.lower() for w in words]
    gaps = [text[: matches[0].start()] if matches else ""]
    gaps.extend(text[matches[k - 1].end() : matches[k].start()] for k in range(1, len(matches)))
    starts = [m.start() for m in matches]
    protected: dict[int, bool] = {}
    out: list[Candidate] = []
    for start, end, kind in found:
        inside = [k for k in range(len(matches)) if start <= starts[k] < end]
        if not kind or not inside:
            out.append((start, end, kind))
            continue
        for k in inside:
            if k not in protected:
                protected[k] = (
                    _protected(lows, words, gaps, k)
                    if words[k][:1].isupper()
                    else _function_word(lows[k]) or lows[k] in _GREETINGS
                )
        keep = [protected[k] for k in inside]
        # a title goes with the name after it: "Tante Shabnam"
        for n in range(len(inside) - 1, -1, -1):  # from the end: "Frau Dr. Hofbauer"
            if keep[n] and lows[inside[n]] in _TITLES:
                if n + 1 < len(inside):
                    keep[n] = keep[n + 1]
                else:
                    keep[n] = not _name_follows(lows, words, gaps, inside[n] + 1)
        if not any(keep):
            out.append((start, end, kind))
            continue
        out.extend(_pieces(text, matches, inside, keep, end, kind))
    return out


def _pieces(
    text: str,
    matches: list[re.Match[str]],
    inside: list[int],
    keep: list[bool],
    end: int,
    kind: str,
) -> list[Candidate]:
    """The stretches of a candidate between its kept words."""
    pieces: list[Candidate] = []
    lo: int | None = None
    hi = 0
    for n, k in enumerate(inside):
        if keep[n]:
            if lo is not None:
                pieces.append((lo, hi, kind))
                lo = None
            continue
        if lo is None:
            lo = matches[k].start()
        stop = matches[inside[n + 1]].start() if n + 1 < len(inside) else end
        hi = _tail(text, matches[k], stop)
    if lo is not None:
        pieces.append((lo, hi, kind))
    return pieces


def _tail(text: str, word: re.Match[str], stop: int) -> int:
    """Where a piece ending in ``word`` ends: with the digits after it ("Straße 87") or
    the dot of an abbreviation ("Dr."), else at the word."""
    stretch = text[word.end() : stop]
    if any(c.isdigit() for c in stretch):
        return word.end() + len(stretch.rstrip(" ,;:/-"))
    if stretch.startswith(".") and word.group().lower() in _ABBREVIATIONS:
        return word.end() + 1
    return word.end()


def _adverb(low: str, given: int) -> bool:
    """An adverb or adjective that can open a German sentence before its verb ("Gestern
    hat", "Wichtig ist", "Abends war"), unless it is a listed given name ("Ludwig")."""
    if low in _ADVERBS:
        return True
    return not given and low.endswith(_ADVERB_ENDINGS)


def lowercase_identifiers(text: str) -> list[Candidate]:
    """Names and towns the grammar of German shows: a listed name after a lower-case
    title ("bei oma dörte", "frau schneider"); a town after a preposition of place
    ("nach cuxhaven", "in Liesing"); a word that opens a sentence before a finite verb
    ("Khava hat", "Ramazan war") unless it reads as a noun; in chat, a listed given name
    before such a verb or after "mit" ("jannik war heute", "da korbinian hod")."""
    lex = lexicon()
    out: list[Candidate] = []
    matches = list(_WORD.finditer(text))
    words = [m.group() for m in matches]
    lows = [w.lower() for w in words]
    gaps = [text[: matches[0].start()] if matches else ""]
    gaps.extend(text[matches[k - 1].end() : matches[k].start()] for k in range(1, len(matches)))
    for k, word in enumerate(matches):
        low, raw = lows[k], words[k]
        opens = k == 0 or _is_break(lows, gaps, k) or "," in gaps[k]
        before = lows[k - 1] if k > 0 and not opens else ""
        verb_next = k + 1 < len(words) and lows[k + 1] in _FINITE_VERBS and words[k + 1].islower()
        if _function_word(low) or low in _EVERYDAY:
            continue
        town = low in TOWNS or (before in _PLACE_PREPOSITIONS and low in lex.places)
        if town and (raw[:1].isupper() or before in _PLACE_PREPOSITIONS):  # "am Gymnasium Laim"
            out.append((word.start(), word.end(), "place"))
        elif raw[:1].isupper():
            if (
                (opens or before in _CHAT_ARTICLES)
                and verb_next
                and not _adverb(low, lex.given_names.get(low, 0))
                and not _protected(lows, words, gaps, k)
            ):
                out.append((word.start(), word.end(), "name"))
        elif before in _LOWER_TITLES and (low in lex.given_names or low in lex.surnames):
            out.append((matches[k - 1].start(), word.end(), "name"))
        elif low in lex.given_names and (
            ((opens or before in _CHAT_ARTICLES) and verb_next)
            or (before == "mit" and lex.given_names[low] >= _COMMON_GIVEN)
        ):
            out.append((word.start(), word.end(), "name"))
    return out
