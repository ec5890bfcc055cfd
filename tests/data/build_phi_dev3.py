"""Build ``phi_dev_handwritten3.jsonl`` from the hand-written, marked-up texts below.

The texts are practitioners' answers, supervision notes and group-chat messages written
for this set, in voices and settings the earlier sets lack (UK, Irish, Australian, New
Zealand, Canadian, Indian, South African, Nigerian and Filipino practice, and writers for
whom English is a second language). About half hold identifiers of the kinds the
anonymizer finds hardest; the other half hold none but are full of capitalised clinical,
religious, kinship, brand and holiday words. An identifier is marked ``{KIND:text}``.
Run: ``python tests/data/build_phi_dev3.py`` (deterministic).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "phi_dev_handwritten3.jsonl"
_MARK = re.compile(r"\{([A-Z]+):([^{}]+)\}")

# category | marked-up text
SOURCE = r"""
word_name_start|Heath rang the clinic twice on Monday to move his session.
word_name_start|Rowan finally told her mum about the panic attacks, which felt like a big step.
word_name_start|Sunny says the breathing app helps more than the leaflets did.
word_name_start|Summer and her brother both came to the family session this time.
word_name_start|Ivy's scaling went from 3 to 6 after she started walking to school.
word_name_start|Bliss, my client, wanted to know whether the sessions are confidential.
word_name_start|Before the review, Grace wrote down three things that went well.
word_name_start|Honour was quiet at first but then laughed about the dog eating her homework.
word_name_start|Clay keeps a list of small wins on his phone now.
word_name_start|Ash wants to be the kind of dad who cooks dinner on a Friday.
word_name_start|When I asked about exceptions, Brook said the mornings at her gran's are calmer.
word_name_start|Fern asked if her partner could join the next session.
word_name_start|Storm told me she slept through the night for the first time in months.
word_name_start|Marigold brought a drawing of her best hopes to group.
kin_name|She spends Sundays with Nan Peggy and that is the best part of her week.
kin_name|Her Aunty Mere drove her to the appointment and waited outside.
kin_name|Lolo Ben still calls every evening from the province to check on her.
kin_name|Uncle Femi said the family would support her going back to school.
kin_name|Her Gogo Thoko looks after the little ones while she works night shift.
kin_name|He talked a lot about Grandad Seamus and the allotment they kept.
kin_name|Tita Luz is the one who noticed she was eating again.
kin_name|Ammachi Leela prays for him every morning, he says, and that matters to him.
nickname_initial_title|Mrs. K said the small step this week was answering one email a day.
nickname_initial_title|Dr. P from the GP surgery agreed to a review in six weeks.
nickname_initial_title|TJ rated the week a 5 and put it down to football training.
nickname_initial_title|Her sponsor, Big Mick, texted her every night during the first week.
nickname_initial_title|Sister Bernadette from the school pastoral team joined the call.
nickname_initial_title|Fr. Declan visited the ward and she found that a comfort.
nickname_initial_title|Coach Dee told him he could come back to training when he felt ready.
nickname_initial_title|Prof. Adeyemi-Cole wrote the letter for the housing office.
lowercase_chat|omg tamsin finally replied to my email lol
lowercase_chat|met w niamh today, she said the mornings are a bit easier
lowercase_chat|kiran + his mum came in, both cried but in a good way
lowercase_chat|siobhan texted saying she wont make it thurs
lowercase_chat|spoke to thabo after group, he wants to try the job club
lowercase_chat|ok so chiamaka said the meds are helping w sleep
lowercase_chat|can someone cover for me? aoife has a crisis call at 3
lowercase_chat|saw jomar at the clinic, his mood is better since he started basketball
particle_name|Her landlord, Mr. van den Berg, has agreed to fix the heating.
particle_name|She lives with her aunt, Maria de la Cruz, who works nights.
particle_name|Ahmad bin Yusof is the one who brings her to sessions.
particle_name|Her teacher Ms. O'Sullivan-Ní Bhriain noticed the change first.
particle_name|Lucas van der Merwe is her partner and he came to the last session.
particle_name|The social worker, Fatima al-Hashimi, asked for a joint meeting.
handle_no_at|She follows a recovery account called calm.with.kemi on Instagram.
handle_no_at|He plays online as DarkWolf_77 and says that is where his friends are.
handle_no_at|her tiktok is jadey.b2 if you want to see the art she posts
handle_no_at|He posts on reddit as u/quiet_bloke_dub about his recovery.
handle_no_at|Her discord is starlight#4821, she said I could mention it.
handle_no_at|her insta is lindiwe_draws and she's proud of it
postcode_natid|She moved to a flat near {LOCATION:M14 5RT} last month.
postcode_natid|The address on the referral says {LOCATION:D08 VF8H} in Dublin.
postcode_natid|His NI number {ID:QQ 12 34 56 C} was on the form by mistake.
postcode_natid|The family moved to {LOCATION:T2N 1N4} before the winter.
postcode_natid|Her Aadhaar number {ID:4821 7734 9021} was on the scan she sent.
postcode_natid|His PPS number {ID:7654321TA} was written on the letter.
postcode_natid|The SA ID on the form was {ID:8001015009087} and should not have been there.
postcode_natid|They live out near {LOCATION:EH6 7BQ} now, closer to her work.
dayfirst_date|She started the new job on {DATE:3/9/2024} and has not missed a day.
dayfirst_date|We last met on {DATE:21.3.} and she had made real progress.
dayfirst_date|Review booked for {DATE:14/11} with the whole team.
dayfirst_date|The discharge date was {DATE:28-02-2023} according to the letter.
word_date|Her son was born on {DATE:the second of March} and she is already back at work.
word_date|He relapsed around {DATE:the fourteenth of February} after the breakup.
word_date|Her next hearing is on {DATE:the ninth of June}.
word_date|She has been sober since {DATE:March the third}.
org_ordinary|She volunteers at {ORG:Harbour House} on Tuesdays and loves it.
org_ordinary|He is on the waiting list at {ORG:Bright Futures} for a mentor.
org_ordinary|She was at {ORG:Holy Cross} for primary school and hated it.
org_ordinary|The referral came from {ORG:Open Door} after her crisis.
org_ordinary|He works at {ORG:Green Valley Farm Shop} three days a week.
org_ordinary|She studies at {ORG:NUIG} and is in second year.
org_ordinary|He goes to {ORG:St Brigid's} youth club on Fridays.
town_small|She grew up in {LOCATION:Ballinasloe} and moved here for college.
town_small|They moved from {LOCATION:Tokoroa} to be closer to his sister.
town_small|He drives in every week from {LOCATION:Wagga Wagga}.
town_small|She lives out in {LOCATION:Moose Jaw} with her dad.
town_small|He is from {LOCATION:Iloilo} and misses the food.
town_small|They have a small house in {LOCATION:Ilorin} where his mother lives.
town_small|Her family farm is near {LOCATION:Graaff-Reinet}.
town_small|she moved to {LOCATION:porirua} last year w her kids
age_compact|Her great-grandmother is {AGE:94} and still lives alone.
age_compact|Her gran, {AGE:97yo}, is her main support.
age_compact|He visited his grandfather on his {AGE:ninety-second} birthday.
age_compact|Granny Rose turns {AGE:101} next month and the whole family is going.
intl_name|Oluwaseun told me the exam results came back and he passed.
intl_name|Her cousin Nkechi is staying with them until the baby is born.
intl_name|Jomari and his wife want to plan a date night once a month.
intl_name|Rangi's best hopes are to get his licence back and drive his kids to school.
intl_name|She says Saoirse and Caoimhe are the friends she trusts most.
intl_name|Pradeep has been walking to the mandir with his father every Sunday.
intl_name|Lerato wants to finish matric and study nursing.
intl_name|Dagny's mother came from Norway to help after the surgery.
supervision_id|Supervision: discussed the case of Rhys, 15, referred by his school for self-harm.
supervision_id|In supervision we looked at my work with Mrs. Chukwu and her son.
supervision_id|Case notes for Ellie M. were updated before the team meeting.
supervision_id|Brought the work with Jasper to supervision because I felt stuck.
nonnative_id|Client name Wei Ling, she is coming since two month and is more better now.
nonnative_id|I have seen Mr. Baptiste yesterday and he is telling me he feel hopeful.
nonnative_id|The mother of Ayaan is very worry about him playing games all night.
nonnative_id|Madam Ifeoma say she want to try the exercise with her daughter.
mixed|Rowan (16) said her best hopes were to get back to {ORG:Ridgeway College} by September.
mixed|Tane from {LOCATION:Whakatane} called {PHONE:021 555 0187} and left a message.
mixed|Email from {EMAIL:kerry.obrien@eircom.net} about moving the session to {DATE:12/10}.
mixed|Jess says her cousin Tatum is the one who gets her out of the house.
clean_supervision|Supervision: we talked about staying with the client's language, not rushing.
clean_supervision|In supervision I noticed I ask too many questions before the Miracle Question.
clean_supervision|Good session overall. Scaling went from 2 to 4 and she named three exceptions.
clean_supervision|My supervisor suggested I slow down and compliment more before the break.
clean_supervision|Reflecting on the session: the Best Hopes question landed well this time.
clean_supervision|Team reflection: we agreed to offer a follow-up call within two weeks.
clean_supervision|Note to self: ask about coping before asking about the problem.
clean_supervision|Peer consultation was useful. The group noticed how often I say "great".
clean_chat|lol same, the Monday sessions are always the hardest
clean_chat|anyone else find the new booking form confusing?? took me ages
clean_chat|Happy Friday everyone, see you all after the Bank Holiday
clean_chat|Thanks Team! The training was brilliant
clean_chat|Reminder: Wednesday group moves to the small room this week.
clean_chat|Has anyone used the Signs of Safety tools with teenagers?
clean_chat|brb, grabbing a coffee before the 2pm
clean_chat|Great idea. Will try it at the next Family Group Conference.
clean_therapy|She described a Tuesday when the Panic did not win, and we scaled it.
clean_therapy|We used Narrative Exposure Therapy ideas alongside solution-focused questions.
clean_therapy|He was diagnosed with ADHD last year and started on Ritalin in the autumn.
clean_therapy|Her GP referred her to CAMHS but the waiting list is long.
clean_therapy|The Miracle Question helped him picture a calmer Monday morning.
clean_therapy|Compliments and the Exception Question did most of the work today.
clean_therapy|She is on Sertraline and says the side effects have settled.
clean_therapy|The PHQ-9 went down from 18 to 11 over six sessions.
clean_therapy|She finds the DBT skills group on Thursdays useful, especially Radical Acceptance.
clean_therapy|We practised the 5-4-3-2-1 grounding exercise in session.
clean_religious|He fasts during Ramadan and asked for evening sessions instead.
clean_religious|She goes to Mass every Sunday and finds the quiet helps.
clean_religious|Diwali was a happy time for the family this year.
clean_religious|He prays Fajr before work and says it sets up the day.
clean_religious|She wants to be well enough to attend the Eid prayers with her mother.
clean_religious|Her faith in God and the support of her Church are her strengths.
clean_religious|They celebrated Vaisakhi at the Gurdwara with the whole family.
clean_religious|She reads the Bible in the evenings and it calms her.
clean_religious|He lit a candle at the Temple on Vesak and felt peaceful.
clean_kinship|Her Lola and Lolo helped with the kids when she was in hospital.
clean_kinship|His Gogo says he must finish school first.
clean_kinship|Her Nan and Grandad come on Sundays for a roast.
clean_kinship|Her Mum and Aunty came to the review together.
clean_kinship|His Dadi cooks for the whole family on weekends.
clean_kinship|She said her Ate and Kuya send money from abroad.
clean_kinship|Her Baba is strict but he came to the parents' evening.
clean_kinship|He lives with his Ouma since his parents moved away.
clean_brand|He spends a lot of time on Roblox and Fortnite with his cousins.
clean_brand|She uses Headspace before bed and it helps a bit.
clean_brand|He gets his shopping from Tesco and Aldi now, which saves money.
clean_brand|Her phone is full of WhatsApp groups from the school.
clean_brand|She watches Netflix to switch off after shifts.
clean_brand|He plays FIFA on the PlayStation when he is stressed.
clean_brand|She orders from Jollibee on payday as a treat.
clean_brand|She listens to Spotify on the bus and it lifts her mood.
clean_brand|He uses Duolingo every morning to learn Irish.
clean_holiday|Christmas was hard this year because of the money worries.
clean_holiday|He wants to be off the drink by St Patrick's Day.
clean_holiday|Boxing Day was the first calm day in weeks, she said.
clean_holiday|She is looking forward to Easter Monday with the cousins.
clean_holiday|Anzac Day brings up a lot for him because of his grandfather.
clean_holiday|They had a braai on Heritage Day and everyone got along.
clean_holiday|She got through Thanksgiving without a drink.
clean_holiday|Hogmanay was quieter than usual and she liked that.
clean_holiday|Waitangi Day was a good day with the whānau.
clean_sentence_start|Hope is something she says she has more of now.
clean_sentence_start|Will she manage the school run on her own? She thinks so.
clean_sentence_start|Faith helps her, she says, more than anything else.
clean_sentence_start|Joy is hard to find, but she found some at the beach.
clean_sentence_start|Patience has never been his strong point, he laughed.
clean_sentence_start|Grace under pressure is what she wants to show her kids.
clean_sentence_start|Rain or shine, she walks the dog every morning.
clean_sentence_start|Sunny days make a big difference to her mood.
clean_sentence_start|Tai Chi in the park on Saturdays has become a routine.
clean_sentence_start|Summer holidays are what she is looking forward to most.
clean_country|She came to Ireland from Brazil three years ago.
clean_country|He is proud of being Māori and speaks te reo at home.
clean_country|Her family is from Nigeria and she flies home every December.
clean_country|They moved from the Philippines to Canada for work.
clean_country|He supports South Africa in the rugby and it is a big deal at home.
clean_country|She grew up in Scotland and still misses the hills.
clean_country|He is Punjabi and speaks Hindi and English at home.
clean_country|They left Zimbabwe when she was small.
clean_nonnative|She is telling me she is feeling more better since the Ramadan.
clean_nonnative|He say the Tuesday group is helping him very much.
clean_nonnative|My client is very happy, she got the PR and now can work.
clean_nonnative|They are coming every week, the Mother and the Father both.
clean_nonnative|He is doing the Yoga and the Walking each morning before the Office.
clean_nonnative|She want to go back to the University in September.
"""


# Identifiers written plainly above, marked in every text that is not identifier-free.
_NAMES: list[str] = [
    *"""Heath Rowan Sunny Summer Ivy Bliss Grace Honour Clay Ash Brook Fern Storm Marigold
        Peggy Mere Ben Femi Thoko Seamus Luz Leela TJ Bernadette Declan Dee Adeyemi-Cole
        tamsin niamh kiran siobhan thabo chiamaka aoife jomar Tane Jess Tatum Oluwaseun Nkechi
        Jomari Rangi Saoirse Caoimhe Pradeep Lerato Dagny Rhys Chukwu Jasper Baptiste Ayaan
        Ifeoma Rose""".split(),
    "Aunty Mere",
    "Gogo Thoko",
    "Mrs. K",
    "Dr. P",
    "Big Mick",
    "Sister Bernadette",
    "Prof. Adeyemi-Cole",
    "Mr. van den Berg",
    "Mrs. Chukwu",
    "Fr. Declan",
    "van den Berg",
    "Maria de la Cruz",
    "Ahmad bin Yusof",
    "O'Sullivan-Ní Bhriain",
    "Lucas van der Merwe",
    "Fatima al-Hashimi",
    "Ellie M",
    "Wei Ling",
]
_HANDLES: list[str] = [
    *"calm.with.kemi DarkWolf_77 jadey.b2 u/quiet_bloke_dub starlight#4821 lindiwe_draws".split()
]
AUTO: dict[str, list[str]] = {
    "NAME": _NAMES,
    "HANDLE": _HANDLES,
    "LOCATION": ["Dublin"],
}


def _auto_mark(marked: str) -> str:
    pieces = re.split(r"(\{[A-Z]+:[^{}]+\})", marked)
    values = sorted(((v, k) for k, vs in AUTO.items() for v in vs), key=lambda p: -len(p[0]))
    pattern = re.compile("|".join(rf"(?<![\w/#.]){re.escape(v)}(?![\w/#]|\.\w)" for v, _ in values))
    kinds = dict(values)
    for i in range(0, len(pieces), 2):
        pieces[i] = pattern.sub(lambda m: "{" + kinds[m.group()] + ":" + m.group() + "}", pieces[i])
    return "".join(pieces)


def _row(category: str, marked: str) -> dict[str, object]:
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = length = 0
    for m in _MARK.finditer(marked):
        plain = marked[pos : m.start()]
        text_parts.append(plain)
        length += len(plain)
        kind, value = m.group(1), m.group(2)
        spans.append({"start": length, "end": length + len(value), "kind": kind, "text": value})
        text_parts.append(value)
        length += len(value)
        pos = m.end()
    text_parts.append(marked[pos:])
    return {"text": "".join(text_parts), "spans": spans, "category": category}


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for line in SOURCE.strip().splitlines():
        category, _, marked = line.partition("|")
        if not category.startswith("clean_"):
            marked = _auto_mark(marked)
        out.append(_row(category, marked))
    return out


def main() -> None:
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
