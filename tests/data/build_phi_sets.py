"""Build the labelled development sets ``phi_dev.jsonl`` and ``phi_heldout.jsonl``.

Texts are practitioners' answers in the genre of our conversation scripts, filled from
hand-written templates and value pools. Every template and pool is split in two by
position (even items build the held-out set, odd items the dev set), so the held-out set
shares no template and no identifier value with the set the anonymizer is tuned on.
The name pools were written by hand for these sets, not drawn from the anonymizer's
word lists. Run: ``python tests/data/build_phi_sets.py`` (deterministic).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---- identifier pools: (kind, values) -------------------------------------------------
POOLS: dict[str, tuple[str, list[str]]] = {
    "INTL": (
        "NAME",
        """Sione Losana Mele Tevita Keoni Leilani Kawika Malia Tamati Aroha Wiremu Salote
        Viliami Sefo Iosefa Lupe Ji-woo Seo-yeon Min-jun Hyun-woo Eun-ji Jung-ho Da-eun Soo-ah
        Ha-eun
        Priyanka Arjun Lakshmi Venkatesh Deepa Harpreet Gurpreet Sanjay Anjali Rohan Farhan Nusrat
        Tahmina Raghav Meenakshi Wanjiru Kamau Achieng Otieno Abebe Tigist Mekdes Nyokabi
        Mwangi Baraka
        Zawadi Halima Tesfaye Hagos Kiptoo Chebet Nakato Mukasa Habimana Chidi Ngozi Adaeze
        Oluwatoyin
        Kwame Akosua Xochitl Itzel Yesenia Rigoberto Youssef Khadija Tariq Hamza Thanh Nguyet Huong
        Minh Xiuying Jiahui Bogdan Zuzana Mirela Radek Aigerim Nurlan Tenzin Pema Dorji Siosaia
        Fetu Taufa Ioane Rangi Mereana Hemi Tui Kahu Anahera Bongani Thandiwe Sipho
        Nomvula""".split(),
    ),
    "SURNAME": (
        "NAME",
        """Fifita Tuilagi Kealoha Ngata Parata Kim Park Choi Yoon Kang Jeong Chaudhry Iyer
        Banerjee Ranasinghe Perera Gill Sandhu Nair Menon Kariuki Odhiambo Wanjala Haile Gebremedhin
        Okonkwo Adeyemi Mensah Asante Castaneda Quispe Haddad Nasser Nguyen Tran Pham Liang Zhou
        Kowalczyk Novak Dvorak Horvath Abdullahi Warsame Mahlangu Dlamini Tupou Leota Fonoti Mahe
        Bhattacharya Siddiqui Rahman Hossain Oyelaran Nyambura Mutua Ochieng Tuimavave
        Pouono""".split(),
    ),
    "PARTICLE": (
        "NAME",
        [
            "Jan ter Horst",
            "Ahmad bin Yusuf",
            "Maria da Silva",
            "Ruud van der Berg",
            "Luca di Stefano",
            "Ana dos Santos",
            "Sara al-Amin",
            "Noor binti Ismail",
            "Pieter de Vries",
            "Elena de la Cruz",
            "Dirk ter Steege",
            "Joao da Costa",
            "Hamid bin Rashid",
            "Femke van Dijk",
            "Gianni del Piero",
            "Aisyah binti Omar",
            "Wim ter Laak",
            "Rui da Rocha",
            "Farid al-Masri",
            "Ines de Sousa",
            "Karim bin Salleh",
            "Lotte van den Broek",
            "Tiago dos Reis",
            "Ali ibn Hasan",
        ],
    ),
    "WORDNAME": (
        "NAME",
        """Reed Heath Angel Crystal Misty Goldie Hope Faith Sky River Storm Bliss Dawn
        Ivy Rusty Sunny Hunter Page Cliff Grant Rocky Summer Ginger Amber Pearl Ruby Jade
        Willow Brook
        Lark Wren Royal Precious Honey Marsh Sterling Story Journey Harmony Destiny Chance
        Lucky Major
        Glory Joy Patience Cash Blaze Gale Dusty Birdie Sage Rain Star Penny Holly Rowan Jewel
        Poppy Clay Forrest Sandy""".split(),
    ),
    "NICK": (
        "NAME",
        [
            "Dr. V",
            "Mrs. D",
            "KJ",
            "Mr. T",
            "Ms. K",
            "Bee",
            "Jo",
            "DJ",
            "TJ",
            "Mikey",
            "Dee",
            "Mo",
            "Bex",
            "Tash",
            "Kez",
            "Deano",
            "Fi",
            "Mr. P",
            "Dr. Oz",
            "Ms. G",
            "JT",
            "AJ",
            "Robbo",
            "Tee",
            "Mrs. O",
            "Mr. K",
            "Jojo",
            "B.T.",
            "Dr. Mac",
            "Rae",
            "Ms. Bea",
            "Mr. Lu",
        ],
    ),
    "HANDLE": (
        "HANDLE",
        [
            "jess.k_92",
            "u/throwaway_mom22",
            "kiri#4521",
            "tay.lor.b",
            "xo_marisol",
            "zainab.h",
            "moonpie#0413",
            "u/sadgirl_1998",
            "big.dave_77",
            "kai_the_gamer",
            "u/notmyname42",
            "lily.rose.x",
            "dreamer#8812",
            "tomo_k.art",
            "u/anxious_otter",
            "ngozi.writes",
            "sk8r_boi#2231",
            "hemi.t_nz",
            "pri.ya_99",
            "u/lost_in_leeds",
            "minjun.park_",
            "wolfpup#1107",
        ],
    ),
    "POSTCODE": (
        "LOCATION",
        [
            "M14 5RT",
            "LS6 3HN",
            "BT9 6AD",
            "CF24 4HQ",
            "D08 X7F2",
            "T12 K8AF",
            "H91 E2K3",
            "M5V 2T6",
            "V6K 1R3",
            "K1A 0B1",
            "EH8 9YL",
            "G12 8QQ",
            "B29 6BD",
            "T2N 1N4",
            "A65 F4E2",
            "R3T 2N2",
            "NE6 5XA",
            "H3Z 2Y7",
            "SW9 8EQ",
            "D6W Y012",
        ],
    ),
    "NATID": (
        "ID",
        [
            "QQ 12 34 56 C",
            "046 454 286",
            "123 456 782",
            "2345 6789 0123",
            "49 091 850",
            "AB 98 76 54 D",
            "7654321 TA",
            "130 692 544",
            "6789 0123 4567",
            "JG 10 37 22 A",
            "2123 45670 1",
            "812 355 090",
            "4421 9087 3365",
            "NH 44 81 02 B",
        ],
    ),
    "DMYDATE": (
        "DATE",
        [
            "14.2.",
            "30/6",
            "3.11.",
            "21/09",
            "28.02.",
            "15/8",
            "7.4.",
            "31/10",
            "19.12.",
            "25/3",
            "2.9.",
            "17/11",
            "23.5.",
            "13/07",
        ],
    ),
    "WORDDATE": (
        "DATE",
        [
            "the twelfth of March",
            "the third of June",
            "March the fourth",
            "July twenty-first",
            "the second of October",
            "November the ninth",
            "the fifteenth of April",
            "January thirtieth",
            "the first of February",
            "August the eleventh",
            "the twenty-second of May",
            "December the sixth",
        ],
    ),
    "ORGACR": (
        "ORG",
        [
            "SPH",
            "RVH",
            "NSCC",
            "BCIT",
            "KGH",
            "UHW",
            "SJOG",
            "CAMH",
            "QEII",
            "HSC",
            "RIE",
            "WGH",
            "CHEO",
            "KCH",
        ],
    ),
    "ORGWORD": (
        "ORG",
        [
            "St Mary",
            "Sunrise House",
            "Harbour View",
            "Green Gables Daycare",
            "the Bridge",
            "Oak Tree Surgery",
            "St Jude's",
            "New Beginnings",
            "Riverside",
            "Bright Futures",
            "Maple Leaf Nursery",
            "Safe Harbour",
            "Lighthouse",
            "Willow Lodge",
            "St Brigid's",
            "Open Door",
            "Cornerstone",
            "Beacon House",
        ],
    ),
    "TOWN": (
        "LOCATION",
        [
            "Reading",
            "Bath",
            "Nelson",
            "Mold",
            "Sandwich",
            "Normal",
            "Paradise",
            "Liberty",
            "Ponsonby",
            "Rathmines",
            "Kitsilano",
            "Scarborough",
            "Kirkwall",
            "Wagga",
            "Rotorua",
            "Dundee",
            "Tauranga",
            "Ballymun",
            "Gisborne",
            "Tralee",
            "Whanganui",
            "Moose Jaw",
            "Castlebar",
            "Invercargill",
            "Drogheda",
            "Lethbridge",
            "Blenheim",
            "Timaru",
            "Portadown",
            "Kamloops",
        ],
    ),
    "AGE": (
        "AGE",
        [
            "94yo",
            "95y/o",
            "97 y.o.",
            "93F",
            "92M",
            "96yo",
            "aged 97",
            "91 yo",
            "98yo",
            "90M",
            "99y/o",
            "94F",
            "93y",
            "92 y/o",
        ],
    ),
    "AGEORD": (
        "AGE",
        [
            "91st",
            "96th",
            "ninety-fifth",
            "93rd",
            "hundredth",
            "101st",
            "92nd",
            "ninetieth",
            "97th",
            "99th",
        ],
    ),
}
# lower-case variants share the pools above (split identically)
LOWER = {"intl_lc": "INTL", "town_lc": "TOWN", "word_lc": "WORDNAME"}

# ---- safe pools: capitalised words that are NOT identifiers ---------------------------
SAFE: dict[str, list[str]] = {
    "BRAND": """Duolingo Roblox PlayStation Minecraft Fortnite Xbox Nintendo Pokémon TikTok Spotify
        Headspace Wordle Peloton Fitbit Kindle Lego Uno Netflix YouTube Instagram WhatsApp Snapchat
        Discord Zoom FaceTime Calm Strava Pinterest Candy\u00a0Crush Tetris Animal\u00a0Crossing
        Among\u00a0Us Mario\u00a0Kart Audible Tinder Hinge Bumble Kahoot Pinterest Excel""".split(),
    "KIN": """abuelita abuela bibi nani dadi lola lolo nonna oma opa babushka halmoni tūtū kuia koro
        ammi abba baba yiayia tita tito ate kuya auntie tata jiddo teta amma appa umma nana
        grandmama papi mami""".split(),
    "KINCAP": """Abuelita Abuela Bibi Nani Dadi Lola Lolo Nonna Oma Opa Babushka Halmoni Tūtū
        Kuia Koro
        Ammi Abba Baba Yiayia Tita Tito Ate Kuya Auntie Jiddo Teta Amma Appa Umma Nana Papi
        Mami""".split(),
    "RELIG": """Fajr Isha Maghrib Shabbat Diwali Ramadan Eid Lent Passover Vesak Holi Navratri
        Jummah Salah Puja Seder Advent Mass Torah Quran Bible Gurdwara Sukkot Purim Hanukkah Iftar
        Suhoor Rosary Psalms Vespers Karva\u00a0Chauth Yom\u00a0Kippur
        Rosh\u00a0Hashanah""".split(),
    "REGION": """Samoa Tonga Kenya Ethiopia Punjab Kerala Ontario Queensland Texas Nigeria
        Korea Vietnam
        Scotland Wales Bavaria Fiji Uganda Somalia Ghana Jamaica Manitoba Alberta Victoria Tasmania
        Gujarat Bengal Ohio Oregon Ireland Poland Brazil Peru Mexico Morocco Eritrea Tanzania
        Rwanda Nepal Bangladesh Pakistan Philippines Tokelau Hawaii Alaska Yukon""".split(),
    "DAY": "Mon Tue Tues Wed Thu Thurs Fri Sat Sun Monday Friday Sunday Wednesday".split(),
    "HOLIDAY": [
        "Boxing Day",
        "Passover",
        "Thanksgiving",
        "Lunar New Year",
        "Chuseok",
        "Matariki",
        "Anzac Day",
        "Canada Day",
        "Bonfire Night",
        "St Patrick's Day",
        "Mother's Day",
        "Father's Day",
        "Labour Day",
        "Christmas Eve",
        "New Year's Eve",
        "Halloween",
        "Easter Monday",
        "Waitangi Day",
        "Remembrance Day",
        "Juneteenth",
        "Memorial Day",
        "Good Friday",
        "Victoria Day",
        "Tết",
    ],
    "THERAPY": [
        "Miracle Question",
        "Scaling",
        "Exception",
        "SFBT",
        "EMDR",
        "DBT",
        "CBT",
        "ACT",
        "IFS",
        "PHQ-9",
        "GAD-7",
        "Wise Mind",
        "TIPP",
        "DEAR MAN",
        "Safety Plan",
        "Window of Tolerance",
        "Best Hopes",
        "Coping Question",
        "Relationship Question",
        "Inner Critic",
        "Motivational Interviewing",
        "Narrative Therapy",
        "Self-Compassion",
        "Radical Acceptance",
        "Opposite Action",
        "Grounding",
        "Box Breathing",
        "Behavioural Activation",
        "Exposure",
        "Sleep Hygiene",
    ],
}

# ---- templates per category -----------------------------------------------------------
# {POOL} = identifier from POOLS (labelled), {pool_lc} = lower-case identifier,
# [POOL] = safe word from SAFE (not labelled).
T: dict[str, list[str]] = {
    "word_name_start": [
        "{WORDNAME} said the week was a 6, up from 3. What helped was [BRAND] before bed.",
        "Exception: {WORDNAME}'s mornings were calmer on the days she walked to [DAY] group.",
        "{WORDNAME} told me she noticed the urge and waited it out. Her [KIN] noticed too.",
        "Who noticed? {WORDNAME}, her partner, and the school nurse.",
        "{WORDNAME} and {WORDNAME} both came to the session and scaled their hope at a 5.",
        "Client's sister {WORDNAME} drove her. {WORDNAME} stayed in the waiting room.",
        "Best hopes: {WORDNAME} wants to get back to work after [HOLIDAY].",
        "Noticed by: {WORDNAME}. She said he looked lighter after [RELIG].",
        "{WORDNAME} rated the panic a 4 and said the [THERAPY] work helped.",
        "The person who noticed first was {WORDNAME}, his coach, who texted on [DAY].",
        "{WORDNAME} (14) came with mum and said the [BRAND] streak kept her going.",
        "Dad, {WORDNAME}, and grandma {WORDNAME} all saw the difference.",
    ],
    "nickname_initial_title": [
        "{NICK} noticed first and told the client she seemed more settled.",
        "her GP {NICK} said the sleep was better since [HOLIDAY].",
        "{NICK} was the one who sat with him in the car before the session.",
        "The client calls her teacher {NICK}; {NICK} noticed she spoke up in class.",
        "Referral came via {NICK} at the clinic, who rated the change a 7.",
        "Client said {NICK} from work checked in on [DAY] and it helped.",
        "{NICK} and his brother went fishing, the first good day in weeks.",
        "Who noticed? {NICK}. She said the [THERAPY] homework stuck this time.",
    ],
    "lowercase_chat": [
        "ok so {intl_lc} said the week was way better lol, like a 7",
        "talked w {intl_lc} abt the [THERAPY] thing, she liked it",
        "{intl_lc} noticed it first tbh. her [KIN] too",
        "client + {intl_lc} (her bf) both said mornings r easier now",
        "idk if it counts but {intl_lc} got to school on time 3x this wk",
        "she lives in {town_lc} now so the drive is shorter",
        "grew up in {town_lc}, moved for uni, misses [REGION] food",
        "{word_lc} said she tried the breathing on [DAY] and it kinda worked",
        "her cousin {intl_lc} came along, v supportive",
        "mom and {intl_lc} set up a [BRAND] chore chart lol",
    ],
    "intl_name": [
        "{INTL} noticed that she slept better on the nights she prayed [RELIG].",
        "Her son {INTL} said the house felt calmer after [HOLIDAY].",
        "{INTL} {SURNAME} rated his mood at 5, up from 2 last month.",
        "The client, {INTL}, said the [THERAPY] question made her laugh.",
        "What was different: {INTL} stayed over, and they cooked together.",
        "Mr {SURNAME} said his wife {INTL} noticed first.",
        "{INTL} and {INTL} both joined the call from [REGION].",
        "Exception: {INTL} went to the market alone for the first time since [HOLIDAY].",
        "Her case worker {INTL} {SURNAME} said the change was real.",
        "{SURNAME} family: mum {INTL}, dad {INTL}, and the baby.",
        "What helped: {INTL} {SURNAME}'s routine of a walk after [RELIG].",
        "Client reported {INTL} from church brought food on [DAY].",
    ],
    "particle_name": [
        "{PARTICLE} said the week was easier than expected.",
        "Her father, {PARTICLE}, noticed she laughed again.",
        "Exception came when {PARTICLE} took over the school run.",
        "The client's employer, {PARTICLE}, agreed to a later start.",
        "{PARTICLE} rated the change a 6 and wants a 7.",
        "Who noticed: {PARTICLE} and her [KIN].",
    ],
    "handle_no_at": [
        "She messaged me from her old account {HANDLE} to say the week went well.",
        "he posts as {HANDLE} and said the [BRAND] group helped.",
        "client shared her Discord {HANDLE} by mistake in the form.",
        "her insta is {HANDLE}, she asked me not to follow lol",
        "posted on reddit as {HANDLE} about the [THERAPY] homework",
        "his gamer tag is {HANDLE} on [BRAND], he plays with his cousins",
        "Contact via {HANDLE} only, she said.",
        "found him online as {HANDLE}, which worried mum.",
    ],
    "postcode_natid": [
        "The new flat is in {POSTCODE}, closer to the bus.",
        "Postcode {POSTCODE} was on the referral form.",
        "Moved to {POSTCODE} after [HOLIDAY], which helped the commute.",
        "Her NI number {NATID} was on the letter she brought.",
        "He read out his number {NATID} on the phone to the benefits office.",
        "SIN {NATID} was on the form, I shredded it.",
        "address ends in {POSTCODE} if that matters for the catchment",
        "the number {NATID} was on the pharmacy bag",
    ],
    "dayfirst_date": [
        "On {DMYDATE} she went to the shop alone.",
        "Since {DMYDATE} no panic attacks, she said.",
        "Session on {DMYDATE} was the first one she came to alone.",
        "the good day was {DMYDATE}, she went to [RELIG]",
        "Next review {DMYDATE}, after [HOLIDAY].",
        "from {DMYDATE} to {DMYDATE} she kept the [BRAND] streak",
    ],
    "word_date": [
        "It started on {WORDDATE}, the day after her birthday.",
        "On {WORDDATE} he went back to work for the first time.",
        "The exception was {WORDDATE}: she slept all night.",
        "since {WORDDATE} she's been doing [THERAPY] homework",
        "Her next court date is {WORDDATE}.",
        "She had a good day on {WORDDATE} and another on [DAY].",
    ],
    "org_acronym_ordinary": [
        "He was discharged from {ORGACR} last month and the [THERAPY] plan continued.",
        "She works nights at {ORGACR} and sleeps after [RELIG].",
        "Her son goes to {ORGWORD} and the teachers noticed he was calmer.",
        "Referral from {ORGWORD}, where she had been an inpatient.",
        "Client volunteers at {ORGWORD} on [DAY].",
        "The team at {ORGACR} said her scores improved.",
        "Transferred from {ORGWORD} to {ORGACR} after [HOLIDAY].",
        "she got a place at {ORGWORD} which was a big deal",
    ],
    "town_ordinary_lower": [
        "She drove to {TOWN} to see her [KIN] and managed the motorway.",
        "Moved back to {TOWN} after the separation.",
        "The family lives just outside {TOWN}.",
        "{TOWN} is where she grew up, and going back helped.",
        "He got the job in {TOWN} and starts after [HOLIDAY].",
        "They met halfway in {TOWN} for lunch, first time in months.",
        "she moved from {town_lc} to the city for work",
        "visiting her sister in {TOWN} over [HOLIDAY]",
    ],
    "age_compact": [
        "Her grandmother ({AGE}) lives with them now.",
        "pt is {AGE} and still gardens daily",
        "Client's dad, {AGE}, moved into care.",
        "They celebrated his {AGEORD} birthday together and she coped well.",
        "nan had her {AGEORD} last week, family all came",
        "Great-grandmother is {AGE}, sharp as anything.",
        "Her {AGEORD} birthday is next month and she is dreading the fuss.",
    ],
}
T_CLEAN: dict[str, list[str]] = {
    "clean_brand": [
        "[BRAND] helped him get through the evenings, and he plays [BRAND] with his dad on [DAY].",
        "She keeps a [BRAND] streak going and said it gives her a reason to get up.",
        "He cut back on [BRAND] and started [BRAND] instead, which felt like progress.",
        "Exception: no fights over [BRAND] on the weekend. [BRAND] was the reward.",
        "[BRAND] and [BRAND] are the two apps she uses to calm down.",
        "The family plays [BRAND] together after dinner now.",
    ],
    "clean_kinship": [
        "Her [KIN] noticed first and made her favourite soup.",
        "[KINCAP] said she looked happier. [KINCAP] lives with them.",
        "He visits his [KIN] every [DAY] and that is the best day of the week.",
        "What was different: [KINCAP] was staying over and the house was calm.",
        "The client's [KIN] and [KIN] both helped with the school run.",
        "[KINCAP] and [KINCAP] came to the family session.",
    ],
    "clean_religious": [
        "She has been praying [RELIG] again and says it steadies her.",
        "[RELIG] was the first time in a year he went with the family.",
        "During [RELIG] the routine changes, so we planned for that.",
        "After [RELIG] she sits quietly for ten minutes, which helps.",
        "They kept [RELIG] together this year and nobody argued.",
        "[RELIG] and [RELIG] are the anchors of her week.",
    ],
    "clean_country": [
        "The family came from [REGION] and still cook [REGION] food on weekends.",
        "He talks to his cousins in [REGION] every [DAY].",
        "[REGION] is where she feels most herself, she said.",
        "They moved from [REGION] to [REGION] when she was small.",
        "She follows the [REGION] football team and it gives her something to look forward to.",
        "Her dad is from [REGION] and her mum from [REGION].",
    ],
    "clean_weekday_holiday": [
        "[DAY] was the exception: no panic on the bus.",
        "Over [HOLIDAY] she stayed calm and cooked for everyone.",
        "[HOLIDAY] is usually hard, but this year she went to [RELIG].",
        "Next session [DAY] after [HOLIDAY].",
        "[DAY] and [DAY] are her gym days now.",
        "He said [HOLIDAY] felt different because he planned it.",
    ],
    "clean_therapy": [
        "We used the [THERAPY] and then [THERAPY], which worked well together.",
        "[THERAPY]: she said a 6, and the 7 would look like calling a friend.",
        "The [THERAPY] opened things up more than the [THERAPY] did.",
        "I asked the [THERAPY] and she paused for a long time. Then she smiled.",
        "[THERAPY] skills on [DAY], [THERAPY] on [DAY].",
        "Supervisor suggested [THERAPY] next time, and maybe [THERAPY].",
    ],
}

_SLOT = re.compile(r"\{(\w+)\}|\[(\w+)\]")


def _halves(items: list[str], rng: random.Random) -> tuple[list[str], list[str]]:
    order = items[:]
    rng.shuffle(order)
    return order[0::2], order[1::2]


def _fill(
    template: str, pools: dict[str, list[str]], safe: dict[str, list[str]], rng: random.Random
) -> dict[str, object]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in _SLOT.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        length += len(lit)
        if m.group(1):
            key = m.group(1)
            if key in LOWER:
                base = LOWER[key]
                value, kind = rng.choice(pools[base]).lower(), POOLS[base][0]
            else:
                value, kind = rng.choice(pools[key]), POOLS[key][0]
            spans.append({"start": length, "end": length + len(value), "kind": kind, "text": value})
        else:
            value = rng.choice(safe[m.group(2)]).replace("\u00a0", " ")
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    if text[:1].islower() and not spans and rng.random() < 0.5:
        text = text[0].upper() + text[1:]
    return {"text": text, "spans": spans}


def build(which: int, per_template: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(20261202)
    pools = {k: _halves(v, rng)[which] for k, (_, v) in POOLS.items()}
    safe = {k: v for k, v in SAFE.items()}  # safe words are shared: they are not what is tested
    fill_rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for groups in (T, T_CLEAN):
        for category, templates in groups.items():
            mine = templates[which::2]
            for template in mine:
                for _ in range(per_template):
                    row = _fill(template, pools, safe, fill_rng)
                    row["category"] = category
                    rows.append(row)
    unique = {str(r["text"]): r for r in rows}
    return list(unique.values())


def write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


if __name__ == "__main__":
    write(HERE / "phi_heldout.jsonl", build(0, 4, 7))
    write(HERE / "phi_dev.jsonl", build(1, 5, 11))
