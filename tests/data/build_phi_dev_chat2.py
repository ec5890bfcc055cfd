"""Build phi_dev_chat2.jsonl: a second chat set, written after the first round of rules
for lower-case identifiers and appositive ages, and measured before any further change."""

from __future__ import annotations

import json
from pathlib import Path

from build_phi_dev_chat import build

SRC = r"""
lowercase_possessive	just saw {NAME:moana}'s msg, she cant make it
lowercase_possessive	reminder {NAME:olusegun}'s review is at 3
lowercase_possessive	did anyone get {NAME:ingrid}'s voicemail
lowercase_possessive	covering {NAME:rhys}'s group tmrw
lowercase_opener	omg {NAME:tamsin} finally called the helpline
lowercase_opener	{NAME:adebayo} really opened up today
lowercase_opener	fyi {NAME:kalani} just texted she's running late
lowercase_opener	ok {NAME:siosaia} actually showed up early!!
lowercase_town	she's moving back to {LOCATION:rotorua} next month
lowercase_town	his nan lives near {LOCATION:penrith} i think
lowercase_town	we drove out to {LOCATION:whangarei} for the tangi
lowercase_town	he's from {LOCATION:lewisham} originally
lowercase_town	met her at the {LOCATION:mcg} before the match
lowercase_town	walked to {LOCATION:balogun} market with her aunty
lowercase_org	he's on the waitlist at {ORG:oakridge clinic}
lowercase_org	rang {ORG:nhs highland} about the referral
lowercase_org	she started at {ORG:greenlane primary} this term
lowercase_org	the letter came from {ORG:st vincent's hospital}
lowercase_org	he's doing a course at {ORG:westbury college}
age_appositive	{NAME:Beatrice}, {AGE:93}, lives alone with her cat.
age_appositive	His grandmother, {AGE:95} in June, still bakes.
age_appositive	The patient ({NAME:Ola}, {AGE:90}) was discharged.
age_appositive	{NAME:Arthur}, {AGE:ninety-four}, came with his son.
age_appositive	Her uncle, {AGE:ninety-seven}, sends letters every week.
clean_chat_lower	sorry running late, stuck in traffic near the shops
clean_chat_lower	the clinic said to ring back after lunch
clean_chat_lower	mum's been in hospital since tues
clean_chat_lower	lol she honestly said that to me
clean_chat_lower	went to the gym then back to work
clean_chat_lower	he's at uni now so its quieter
clean_chat_lower	grabbed a coffee at the station
clean_chat_lower	the surgery rang to confirm the appt
clean_chat_lower	ok so the school finally got back to us
clean_chat_lower	we were in lockdown most of that year
clean_chat_lower	my brother's college is near the river
clean_chat_lower	she went to the dentist after group
clean_numbers	He got 98, up from 85 on the last test.
clean_numbers	Flat 91, third floor, is hers.
clean_numbers	Her son, 14, plays rugby.
clean_numbers	Scores: 93, 88, 90 across the three rounds.
"""

if __name__ == "__main__":
    out = Path(__file__).with_name("phi_dev_chat2.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in build(SRC):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
