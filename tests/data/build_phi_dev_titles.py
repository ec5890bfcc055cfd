"""Build phi_dev_titles.jsonl: titles, honorifics, nicknames and initials, written by hand.

Each line of SOURCE marks identifiers as [[kind:text]]; offsets are computed here.
Lines starting with "clean_" (category before " | ") carry no identifiers.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[\[(\w+):(.+?)\]\]")

SOURCE = """
title_role | [[name:Coach Halloran]] pulled him from the starting team and he was gutted all week.
title_role | She says [[name:Pastor Viliami]] prayed with the whole family after the funeral.
title_role | Her physio [[name:Nurse Ratu]] checks the dressing on Thursdays.
title_kin | [[name:Aunty Losana]] drove her to the appointment and waited in the car.
title_kin | He stays with [[name:Uncle Tevita]] most weekends now.
title_kin | [[name:Tita Marisol]] sends voice notes every morning from [[place:Cebu]].
title_kin | She misses [[name:Nana Pearl]] more around the holidays.
title_kin | [[name:Sister Bernadette]] used to run the breakfast club at her primary school.
title_kin | [[name:Father Declan]] visited her in hospital twice.
title_kin | [[name:Brother Anselm]] is the one who got him into woodwork.
title_abbrev | [[name:Fr. Ronan]] married her parents and still calls in at Christmas.
title_abbrev | She saw [[name:Dr. Okonkwo]] about the sleep and got a referral.
title_abbrev | [[name:Mrs. Thistlewood]] from next door has been checking on him.
title_abbrev | Her old teacher [[name:Ms. Farrugia]] wrote her a reference.
title_abbrev | They met [[name:Prof. Lindqvist]] after the lecture and he was kind about it.
title_abbrev | [[name:Rev. Mahlangu]] runs the grief group on Wednesday nights.
title_abbrev | [[name:Sr. Philomena]] taught her to knit when she was nine.
title_abbrev | Her grandad [[name:Mr. Abernethy]] kept bees until last year.
title_abbrev | [[name:Miss Pemberton]] moved her to the front of the class.
title_abbrev | She was nervous when [[name:Dr. Sandoval]] asked about the drinking.
title_initial | Supervision with [[name:Dr. K]] went well; we looked at pacing.
title_initial | [[name:Mrs. P]] rang the school about the bullying.
title_initial | He only trusts [[name:Mr. T]] at the youth centre.
initial | [[name:R.]] texted to say she would be late to group.
initial | Her friend [[name:JB]] picked her up after the session.
initial | [[name:TK]] has been sober for ninety days now.
nickname | Her brother [[name:Samuel]] ("[[name:Sammo]]") is coming home for the holidays.
nickname | [[name:Margaret]] "[[name:Peggy]]" [[name:Oyelaran]] came in with her daughter.
nickname | Client [[name:Anthony]] (goes by [[name:Tonka]]) missed his bus again.
nickname | Everyone calls him [[name:Bluey]] because of his red hair.
nickname | Her cousin goes by [[name:Bubs]] at school.
nickname | Her little sister, who they call [[name:Pip]], started kindy this week.
lower_title | [[name:mrs k]] just rang and said he had a good night
lower_title | [[name:aunty sela]] who drove us last time cant come tmrw
lower_title | talked to [[name:coach riley]] about the missed trainings
lower_title | [[name:uncle joe]] is picking her up after school today
lower_title | [[name:dr sok]] said the dose is fine for now
mixed | [[name:Mrs. D]] and [[name:Coach Amberley]] both noticed he was quieter.
mixed | [[name:Nana Ruiha]] and [[name:Koro Hemi]] were at the whānau hui.
clean_titles | Her aunt said the coach was tough but fair about attendance.
clean_titles | The pastor at her church has been supportive about the divorce.
clean_titles | She wants to become a nurse like her mother and grandmother.
clean_titles | Father's Day was hard this year, so we talked about grief.
clean_titles | The doctor changed her medication and she feels more settled.
clean_titles | Mr. Men books were her favourite when she was little.
clean_titles | Her uncle and aunty came over for dinner on Sunday.
clean_titles | Sister and brother both attended the family session.
clean_titles | She called her nana after school and felt calmer.
clean_titles | Coach said the team did well and she was proud of herself.
clean_titles | Dr. appointment moved to next week because of the strike.
clean_titles | He asked whether Mum could come to the next session.
clean_titles | Mother Nature has been kind to the garden this spring.
clean_titles | We practised the STOP skill and she used it twice.
"""


def parse(line: str) -> dict[str, object]:
    category, _, marked = line.partition(" | ")
    text = ""
    spans: list[dict[str, object]] = []
    pos = 0
    for m in _MARK.finditer(marked):
        text += marked[pos : m.start()]
        start = len(text)
        text += m.group(2)
        spans.append({"start": start, "end": len(text), "kind": m.group(1), "text": m.group(2)})
        pos = m.end()
    text += marked[pos:]
    for s in spans:
        assert text[int(s["start"]) : int(s["end"])] == s["text"]
    return {"text": text, "spans": spans, "category": category.strip()}


def main() -> None:
    rows = [parse(line) for line in SOURCE.strip().splitlines() if line.strip()]
    out = HERE / "phi_dev_titles.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    sys.stdout.write(f"{len(rows)} rows -> {out}\n")


if __name__ == "__main__":
    main()
