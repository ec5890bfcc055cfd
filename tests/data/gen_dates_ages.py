"""Generate tests/data/phi_dev_dates35.jsonl: dates and ages over 89 crossed with sentence frames.

Usage: python tests/data/gen_dates_ages.py

Dates and ages over 89 are closed grammars, so this set is generated, not hand-written: many
written forms of each (numeric day-first and month-first dates, dates in words and ordinals,
weekday + date, ranges, ISO dates; ages in compact, word and ordinal forms) are crossed with
chat-like and formal sentence frames, lower and upper case. The same frames carry the clean
texts: ages 89 and under in the same forms, numbers over 89 that are no age, years, weekdays,
months and seasons alone, times, scores, fractions, versions, doses, money.

Labelling guide: DATE = any specific date or day-month (not a bare weekday, month, season or
year); AGE = only ages 90 and over, in any form. A decade ("in her nineties") or "a
centenarian" names no exact age (both fall in the Safe Harbor bracket "90 or older"), so they
are not labelled and texts holding only them are clean. The output is deterministic (seeded).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("phi_dev_dates35.jsonl")
SEED = 35
FRAMES_PER_FORM = 3

# Sentence frames: {X} is where the form goes. Chat-like frames are also used lower-cased.
DATE_FRAMES = (
    "She has been sleeping better since {X}, which she put down to the new routine.",
    "next session is {X} i think, she wasn't sure",
    "Client reported a panic attack on {X} at work.",
    "dob {X}, lives with her mum and two brothers",
    "D.O.B. {X}. Referred by the school counsellor for low mood.",
    "he was born {X} so the birthday is coming up and he dreads it",
    "Intake was completed ({X}) and the safety plan reviewed.",
    "we meet again {X}, homework is the thought diary",
    "Off school from {X} until further notice, per mum.",
    "Appointment moved to {X} because of the strike.",
    "i saw her last on {X} and she seemed flat",
    "DOB: {X}",
    "Last drink was {X}, she says, and she is proud of it.",
    "ok so we're doing {X} for the family session?? let me know",
)
AGE_FRAMES = {
    # the form says it is an age by itself
    "self": (
        "Client lives with her gran ({X}) who still does the shopping.",
        "my client's nan is {X} and sharp as anything",
        "Her grandfather, {X}, moved in after the fall.",
        "Caring for her mother who is {X} has worn her out.",
        "honestly his great aunt is {X} and still drives lol",
        "The patient's father ({X}) was admitted last week.",
        "she says her nana, {X}, is the only one who listens",
    ),
    # the form is a number that the frame makes an age
    "bare": (
        "Her grandmother is {X} and lives alone.",
        "his nan turned {X} last month and they had a party",
        "Client (F, {X}) referred by her GP for low mood.",
        "the old man next door is {X}, she looks in on him",
        "Her grandfather, {X}, still gardens every day.",
        "gran's {X} now and getting forgetful",
        "Age: {X}. Lives in supported housing.",
    ),
    # the form goes before a noun ("a 92-year-old widow")
    "attributive": (
        "Client is caring for a {X} widow in her street.",
        "she looks after her {X} gran on weekends",
        "A {X} resident of the care home was referred.",
        "his {X} grandad still walks the dog every day",
    ),
}

DATE_FORMS = (
    # numeric, day-first and month-first, with / . - and spaces, with and without year
    "14/2",
    "30/6",
    "3/11",
    "6/30",
    "12/25",
    "14.2.",
    "14.2",
    "3.11.",
    "30.6.",
    "14-2",
    "14/02/2024",
    "14.02.2024",
    "14-02-2024",
    "3/4/23",
    "03.04.23",
    "6/30/2023",
    "12-25-2022",
    "14 02 2024",
    "2024-03-14",
    "2023/11/05",
    # words and ordinals in digits
    "14 feb",
    "14 Feb",
    "3 June",
    "3rd june",
    "3rd of june",
    "jun 3rd",
    "June 3rd",
    "Feb 14",
    "feb. 14",
    "Feb. 14th",
    "Sept 3",
    "sept. 3rd",
    "3 Sept 2023",
    "March 3rd, 2024",
    "14th of February 2024",
    "the 5th of June",
    "Aug 21",
    "21 aug",
    "21st Aug",
    "Dec 2nd",
    # ordinals in words
    "the twenty-third of june",
    "june twenty third",
    "the first of may",
    "twenty-third june",
    "the third of March",
    "March the third",
    "the thirty-first of december",
    "june the first",
    "the 3rd",
    "the 21st",
    # run together, hyphenated and abbreviated
    "3june",
    "14feb",
    "june3rd",
    "14-Feb-2024",
    "feb-14",
    "feb fourteenth",
    "fourteenth of feb",
    "xmas eve 2023",
    # weekday + date
    "tues 14/2",
    "Mon the 3rd",
    "Wed 5th",
    "fri 3 june",
    "Thursday 14th",
    "sat 21/6",
    "Tuesday 14 February",
    "monday the 12th",
    # ranges
    "3-5 june",
    "3-5 June",
    "14-16/2",
    "the 3rd to the 5th of May",
)
# forms whose span is not the whole form (a range written with two ordinals)
SPLIT_DATE_FORMS = {
    "between the 3rd and 5th": ("3rd", "5th"),
    "between the 3rd and the 5th of june": ("3rd", "5th of june"),
}

AGE_FORMS = (
    ("self", "92yo", "92yo"),
    ("self", "92 y/o", "92 y/o"),
    ("self", "92yrs", "92yrs"),
    ("self", "93 y.o.", "93 y.o."),
    ("self", "93 yrs old", "93 yrs old"),
    ("self", "93 years young", "93"),
    ("self", "aged 92", "92"),
    ("self", "age 97", "97"),
    ("self", "age: 93", "93"),
    ("self", "nearly ninety-five", "ninety-five"),
    ("self", "ninety-two", "ninety-two"),
    ("self", "ninety two", "ninety two"),
    ("self", "Ninety-Four", "Ninety-Four"),
    ("self", "turning 100", "100"),
    ("self", "a hundred and one", "a hundred and one"),
    ("self", "101 years old", "101"),
    ("self", "96yrs old", "96yrs"),
    ("self", "94y", "94y"),
    ("self", "about to be 99", "99"),
    ("self", "92YO", "92YO"),
    ("self", "92yrold", "92yrold"),
    ("self", "92 years of age", "92"),
    ("self", "ninety-two yo", "ninety-two"),
    ("self", "ninetytwo", "ninetytwo"),
    ("self", "ninety2", "ninety2"),
    ("self", "hundred and one", "hundred and one"),
    ("self", "92½", "92½"),
    ("bare", "92", "92"),
    ("bare", "ninety-six", "ninety-six"),
    ("bare", "ninety eight", "ninety eight"),
    ("bare", "103", "103"),
    ("attributive", "92-year-old", "92-year-old"),
    ("attributive", "92 year old", "92 year old"),
    ("attributive", "ninety-year-old", "ninety-year-old"),
    ("attributive", "ninety-two-year-old", "ninety-two-year-old"),
    ("attributive", "94yo", "94yo"),
    ("attributive", "97 y/o", "97 y/o"),
)
# ages said by an ordinal: whole sentences (the ordinal needs a birthday or an owner)
AGE_SENTENCES = (
    ("Her 95th birthday is next week and the family is gathering.", "95th"),
    ("gran's 95th was lovely, client said she cried", "95th"),
    ("it's his nan's 100th on sunday, whole family coming", "100th"),
    ("They celebrated her grandfather's ninety-fifth with a picnic.", "ninety-fifth"),
    ("she's planning her great-aunt's 101st birthday party", "101st"),
    ("Grandad turns ninety-one in March.", "ninety-one"),
    ("his gran just turned 94!!", "94"),
    ("Her neighbour is ninety-nine and still walks to church.", "ninety-nine"),
    ("my client's great-grandmother is 104 and lives with them", "104"),
)

# Clean texts: nothing here is a date or an age over 89.
CLEAN_FORMS = (
    # ages 89 and under, in the same forms
    ("self", "82yo"),
    ("self", "82 y/o"),
    ("self", "85yrs"),
    ("self", "aged 82"),
    ("self", "age: 73"),
    ("self", "nearly eighty-five"),
    ("self", "eighty-two"),
    ("self", "turning 80"),
    ("self", "89 years young"),
    ("bare", "82"),
    ("bare", "eighty-nine"),
    ("attributive", "82-year-old"),
    ("attributive", "eighty-year-old"),
    ("attributive", "79yo"),
    ("self", "82YO"),
    ("self", "eightytwo"),
    ("self", "82 years of age"),
    # a decade or a bracket, not an exact age (see the labelling guide)
    ("self", "in her nineties"),
    ("bare", "in his nineties"),
)
CLEAN_SENTENCES = (
    "Her 85th birthday is next week and the family is gathering.",
    "We have had 92 sessions over the last two years.",
    "she scored 95 on the reading test and was thrilled",
    "Attendance was 95 % this term.",
    "He is in room 92 on the ward.",
    "takes bus 93 to school every day",
    "PHQ-9 went 19 -> 9 over eight weeks.",
    "i've told her 100 times it's not her fault",
    "She loves music from the 90s.",
    "we spent ninety minutes on the genogram",
    "A hundred reasons to stay, she wrote.",
    "Gran is a centenarian and proud of it.",
    "She moved here in 2019 and started school in 2020.",
    "see you monday, bring the worksheet",
    "Sessions are on Tuesdays and Thursdays.",
    "in june she finishes her exams",
    "By March the panic attacks had eased.",
    "we meet at 9.30 in the small room",
    "Group starts at 14:00 and runs until 15:30.",
    "She rated her mood 7/10 today.",
    "walked 3/5 days this week which is great",
    "Took 1/2 hour to settle at the start.",
    "The app updated to v2.3 and she lost her notes.",
    "Sertraline increased to 50 mg daily.",
    "He owes $95 on his phone plan.",
    "it cost £100 and she couldn't afford it",
    "The 3rd session was the hardest one so far.",
    "Third time this term she has missed the bus.",
    "She came first in the 100 m race.",
    "It took 90 days to get the referral through.",
    "Scored 92 out of 100 on the maths test.",
    "over 90% of the class passed",
    "heart rate was 96 after the stairs",
    "she sleeps about 9 hours now, up from 6",
    "Step 4 of 12 in the programme.",
    "We did the 5-4-3-2-1 grounding exercise.",
    "Her blood pressure was 130/85 this morning.",
    "the fall term runs through winter, then spring",
    "Weekends are hardest, especially Sunday evenings.",
    "May I suggest we try the diary again?",
    "she may 2x her walks if the weather holds",
    "They march 5 miles for the charity walk each year.",
    "Page 92 of the workbook has the thought record.",
    "She counted to ninety-nine before falling asleep.",
    "In the 1990s her family moved twice.",
    "Dose 2 of 3 given, next one in four weeks.",
    "Grade 9 maths is where she struggles.",
    "the 2nd and 3rd sessions were online",
    "A hundred and one reasons to stay, she wrote.",
    "she bought a yo-yo for 92 pence",
    "The church is 120 years old and cold inside.",
    "see section 3.2. (table) for the scores",
    "went from 7.5 to 8.2 on the scale",
    "Session 6/10 - we're past halfway.",
)


def _span(text: str, part: str, kind: str, start_at: int = 0) -> dict[str, object]:
    start = text.index(part, start_at)
    return {"start": start, "end": start + len(part), "kind": kind, "text": part}


def _variants(frame: str, rng: random.Random) -> list[str]:
    """The frame as written, and lower-cased when it reads like chat."""
    out = [frame]
    if frame[:1].islower() and rng.random() < 0.5:
        out.append(frame[:1].upper() + frame[1:])
    elif frame[:1].isupper() and rng.random() < 0.3:
        out.append(frame.lower().replace("{x}", "{X}"))
    return out


def rows() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    out: list[dict[str, object]] = []

    def add(text: str, parts: list[tuple[str, str]], category: str) -> None:
        spans: list[dict[str, object]] = []
        pos = 0
        for part, kind in parts:
            span = _span(text, part, kind, pos)
            pos = int(str(span["end"]))
            spans.append(span)
        out.append({"text": text, "spans": spans, "category": category})

    for form in DATE_FORMS:
        for frame in rng.sample(DATE_FRAMES, FRAMES_PER_FORM):
            for variant in _variants(frame, rng):
                lowered = variant[:1].islower() and variant == variant.lower()
                value = form.lower() if lowered else form
                text = variant.replace("{X}", value)
                add(text, [(value, "DATE")], "date_numeric" if form[0].isdigit() else "date_words")
    for form, parts in SPLIT_DATE_FORMS.items():
        for frame in rng.sample(DATE_FRAMES, FRAMES_PER_FORM):
            text = frame.replace("{X}", form)
            add(text, [(p, "DATE") for p in parts], "date_range")
    for family, form, label in AGE_FORMS:
        for frame in rng.sample(AGE_FRAMES[family], FRAMES_PER_FORM):
            text = frame.replace("{X}", form)
            add(text, [(label, "AGE")], "age_over_89")
    for text, label in AGE_SENTENCES:
        add(text, [(label, "AGE")], "age_over_89")
    for family, form in CLEAN_FORMS:
        for frame in rng.sample(AGE_FRAMES[family], 2):
            out.append({"text": frame.replace("{X}", form), "spans": [], "category": "clean_age"})
    for text in CLEAN_SENTENCES:
        out.append({"text": text, "spans": [], "category": "clean_numbers"})
    return out


def main() -> None:
    lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in rows())
    OUT.write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
