"""Build phi_dev_chat.jsonl: lower-case chat identifiers and ages over 89.

Written by hand before the rules for them were changed. Spans are marked
``{kind:text}`` in the source lines below; offsets are computed here.
Lines are ``category<TAB>text``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

SRC = r"""
lowercase_possessive	can u move {NAME:tariq}'s appt to after lunch
lowercase_possessive	omg {NAME:bronwyn}'s 4pm got cancelled again
lowercase_possessive	is {NAME:okonkwo}'s mum still in hospital or did she go home
lowercase_possessive	picked up {NAME:siobhan}'s prescription on the way back
lowercase_possessive	ugh {NAME:dariusz}'s car broke down so im stuck
lowercase_opener	lol {NAME:mereana} actually said that to her boss
lowercase_opener	{NAME:thandiwe} honestly thinks i forgot her birthday
lowercase_opener	haha {NAME:priyanka} totally ignored my text
lowercase_opener	{NAME:kwabena} basically told me to chill
lowercase_town	staying at my aunties in {LOCATION:hornchurch} this weekend
lowercase_town	we went shopping at {LOCATION:surulere} market yesterday
lowercase_town	got the bus to {LOCATION:papatoetoe} and back
lowercase_town	grabbed food near {LOCATION:fitzroy} after the session
lowercase_town	my cousin from {LOCATION:tamworth} is visiting
lowercase_town	we watched the game at the {LOCATION:waca} last night
lowercase_town	she works in {LOCATION:ikeja} now so the commute is brutal
lowercase_org	my son started at {ORG:kingsmead academy} in september
lowercase_org	rang {ORG:parkview surgery} but nobody picked up
lowercase_org	the referral went to {ORG:nhs tayside} last month
lowercase_org	he goes to {ORG:westfield primary} now
lowercase_org	waiting on a callback from {ORG:cmha durham}
lowercase_org	she teaches at {ORG:st bede's college} lol
age_appositive	{NAME:Marjorie}, {AGE:94}, still does her own garden.
age_appositive	My grandad, {AGE:97} this spring, keeps asking about the war.
age_appositive	The resident ({NAME:Tui}, {AGE:92}) had a fall on Sunday.
age_appositive	{NAME:Walter}, {AGE:ninety-three}, lives with his niece now.
age_appositive	Her great-uncle, {AGE:ninety-six}, came to the wedding.
age_appositive	My nan is {AGE:ninety} and sharper than me.
age_appositive	our neighbour, {AGE:91}, still drives to the shops
age_appositive	{NAME:Hemi} ({AGE:98}) was admitted overnight.
clean_chat_lower	meet me in town after work ok
clean_chat_lower	im at work till 6 then at the gym
clean_chat_lower	the practice nurse said to come back next week
clean_chat_lower	took mum's car to the garage this morning
clean_chat_lower	lol she literally said no to everything
clean_chat_lower	honestly the doctor's office was packed
clean_chat_lower	we went to the market and then the park
clean_chat_lower	my sister's place is near the station
clean_chat_lower	staying at my mates this weekend, nothing major
clean_chat_lower	the college sent another email about fees
clean_chat_lower	rang the surgery but the line was busy
clean_chat_lower	he's at his dads tonight so its quiet
clean_chat_lower	grabbed coffee at the corner shop before group
clean_chat_lower	the primary school called about pickup
clean_numbers	She scored 96, up from 71 last term.
clean_numbers	Meet in room 104, second floor.
clean_numbers	My daughter, 16, is in year 11 now.
clean_numbers	He ran 95 laps, which is wild.
clean_numbers	Bus 92 was late again, 20 minutes.
clean_numbers	Her sister is sixteen and very moody.
clean_numbers	Page 99, paragraph 3, has the exercise.
"""

_MARK = re.compile(r"\{([A-Z]+):([^{}]+)\}")


def build(src: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for line in src.strip().splitlines():
        category, marked = line.split("\t", 1)
        text, spans, pos = "", [], 0
        for m in _MARK.finditer(marked):
            text += marked[pos : m.start()]
            start = len(text)
            text += m.group(2)
            spans.append({"start": start, "end": len(text), "kind": m.group(1), "text": m.group(2)})
            pos = m.end()
        text += marked[pos:]
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"]
        rows.append({"text": text, "spans": spans, "category": category})
    return rows


if __name__ == "__main__":
    out = Path(__file__).with_name("phi_dev_chat.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in build(SRC):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
