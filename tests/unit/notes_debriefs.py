"""Adversarial client-exception debriefs, written for the note tests (no real client), and
the debrief script's free-text fields and gap wording the note tests check against."""

from __future__ import annotations

from bot.conversation.roles import ScriptKind
from bot.conversation.script import get_script
from bot.notes.fields import TEXT_ROLES
from bot.notes.fields import gap as note_gap

DEBRIEF = get_script(ScriptKind.EXCEPTION)
# The debrief's free-text answers, by question id (as entries store them).
TEXT_FIELDS = tuple(q.id for role in TEXT_ROLES if (q := DEBRIEF.with_role(role)))


def gap(what: str, typed: str = "", hint: str = "") -> str:
    """The gap for a question id of the debrief, or for a part the debrief never asks."""
    question = DEBRIEF.question(what)
    return note_gap(question.role if question else what, typed, hint)


# Every answer a word or two, with an overstated, miscounted exception.
TERSE_OVERSTATED = {
    "area": "anxiety",
    "present": "individual",
    "problem": "panic attacks",
    "goal": "fewer panic attacks",
    "exception": "Tuesday and Friday went to the shops, no panic!! Totally cured",
    "different": "sun",
    "noticed": "no",
    "client_did": "breathing",
    "questions_used": "usual ones",
    "response": "good",
    "next_step": "more of the same",
    "count": "1",
}
TERSE = {
    "area": "low_mood",
    "problem": "Low.",
    "exception": "walked dog",
    "client_did": "walked",
    "response": "ok",
    "next_step": "-",
    "count": "1",
}
OVERSTATED = {
    "area": "anxiety",
    "present": "individual",
    "problem": "I panic every time I leave the house",
    "goal": "Leave the house three times a week",
    "exception": "No more panic attacks this week!! Went to the supermarket alone on Saturday.",
    "different": "Went early when it was quiet",
    "noticed": "Her partner",
    "client_did": "- Used 5-4-3-2-1 grounding\n- Paced breathing in the car",
    "questions_used": "What was different on Saturday?",
    "response": "He's cured! Said the anxiety is completely gone, then described a brief panic "
    "attack on the bus.",
    "next_step": "Discharge planned; review the safety plan first.",
    "count": "1",
}
FIRST_PERSON = {
    "area": "relationship",
    "present": "individual",
    "problem": "We always fight about money",
    "goal": "Discuss money without raised voices",
    "exception": "I asked her about the weekend and she said they talked calmly on Sunday",
    "different": "My suggestion to take a break helped",
    "noticed": "Me.",
    "client_did": "She took a ten-minute break before answering",
    "questions_used": "What was different on Sunday?",
    "response": "I think she was surprised",
    "next_step": "I will ask about repair attempts next time.",
    "count": "1",
}
ZERO_COUNT = {
    "area": "grief",
    "present": "individual",
    "problem": "Every day is the same since the loss",
    "goal": "Re-engage with one valued activity",
    "exception": "Maybe a short walk on Wednesday, but said it did not count",
    "different": "n/a",
    "noticed": "A neighbour",
    "questions_used": "Was there an hour this week when the grief was a little quieter?",
    "response": "Tearful; could not find a time that felt different and agreed to watch for one.",
    "next_step": "Client will note any quieter moment; scaling questions next session.",
    "count": "0",
}
SEVERAL_IN_ONE = {
    "area": "substance_use",
    "present": "individual",
    "problem": "Cravings every evening after work",
    "goal": "Reduce drinking days to two a week",
    "exception": "- Monday: went to the gym instead of the pub\n"
    "- Wednesday: called his sponsor when the craving hit\n"
    "- Saturday: stayed in with his sister and did not drink",
    "different": "Plans made in advance; someone else around",
    "noticed": "His sister",
    "client_did": "Planned evenings ahead, called his sponsor, left his card at home",
    "questions_used": "Which evenings were easier? What did you do instead?",
    "response": "Was surprised to count three evenings and asked to write them down.",
    "next_step": "Plan two evenings ahead each week and bring the list next session.",
    "count": "1",
}
COUPLE = {
    "area": "relationship",
    "present": "couple",
    "problem": '"Every conversation turns into a fight"',
    "goal": "Use a time-out before arguments escalate",
    "exception": "One disagreement about chores at the weekend ended without shouting",
    "different": "One partner asked for a twenty-minute break and they came back to it",
    "noticed": "Both partners",
    "client_did": "Took a break, lowered their voices, agreed to revisit the topic later",
    "questions_used": "Was there one conversation this week that ended differently?",
    "response": 'Both agreed the break helped; one partner said "we forgot we did that".',
    "next_step": "Each partner will ask for one time-limited break in a difficult conversation.",
    "count": "1",
}
MARKDOWN_EMOJI = {
    "area": "anxiety",
    "present": "family",
    "problem": "**Everything** is _too much_ 😩😩",
    "goal": "Teen attends school ✅ 4 days a week",
    "exception": "# Big win!!\n> Went to school **three** days 🎉🎉\u200b",
    "different": "Parent drove; left 10 min earlier ⏰",
    "noticed": "Teacher 👩\u200d🏫",
    "client_did": "* used `box breathing`\n* ~~skipped~~ had breakfast\n* texted a friend 📱",
    "questions_used": "__What was different on the days you went?__",
    "response": "Laughed 😂 and said ||it wasn't that bad||",
    "next_step": "Keep the 10-min earlier start 🙂\u2060",
    "count": "3",
}
HALF_EMPTY = {
    "area": "other",
    "problem": "I can't sleep",
    "exception": "Slept through one night after a walk",
    "count": "1",
}
ADVERSARIAL = {
    "terse_overstated": TERSE_OVERSTATED,
    "terse": TERSE,
    "overstated": OVERSTATED,
    "first_person": FIRST_PERSON,
    "zero_count": ZERO_COUNT,
    "several_in_one": SEVERAL_IN_ONE,
    "couple": COUPLE,
    "markdown_emoji": MARKDOWN_EMOJI,
    "half_empty_other": HALF_EMPTY,
}
