"""/setup script upload: a choice list Discord would refuse to show is refused on upload."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, modal_questions, open_first_page
from tests.e2e.test_setup_script import _upload, edited

TRAUMA = '{ value = "trauma", label = "Trauma" },'
# a copied choice line whose label was changed but not its value
TRAUMA_TWICE = (TRAUMA, TRAUMA + '\n    { value = "trauma", label = "Complex trauma" },')


async def test_two_choices_with_one_value_are_refused_and_the_debrief_still_opens(
    world: World, admin
) -> None:
    """An admin who copies a choice line and changes only its label gives two options the same
    value: Discord refuses such a select, so every /exception would fail on its first page."""
    w = world
    bot = bot_of(w.env)
    data = edited(
        "exception",
        TRAUMA_TWICE,
    )
    refused = await _upload(w, admin, "exception", data)
    assert_responded(refused, contains="Nothing was changed", ephemeral=True)
    text = refused.response.content
    assert "question 'area' (choices)" in text
    assert "'trauma'" in text and "twice" in text
    assert await bot.repos.scripts.latest(w.guild.id, "exception") is None
    assert await bot.repos.audit.kinds("script") == []

    shown = await open_first_page(w.alice, w.channel, "exception")
    assert shown.modal is not None
    (area,) = [q for q in modal_questions(shown) if q["component"]["custom_id"].endswith("area")]
    values = [o["value"] for o in area["component"]["options"]]
    assert values.count("trauma") == 1


@pytest.mark.postgres_too
async def test_a_version_stored_before_the_check_still_opens_showing_each_value_once(
    world: World,
) -> None:
    """A server that stored such a version (before uploads were checked for it) is not left
    with a debrief that fails on every attempt: the form shows each value once, first label."""
    w = world
    bot = bot_of(w.env)
    source = edited(
        "exception",
        TRAUMA_TWICE,
    ).decode()
    assert await bot.repos.scripts.add(w.guild.id, "exception", source, after=1) == 2

    shown = await open_first_page(w.alice, w.channel, "exception")
    assert shown.modal is not None, shown.response and shown.response.content
    (area,) = [q for q in modal_questions(shown) if q["component"]["custom_id"].endswith("area")]
    options = [(o["value"], o["label"]) for o in area["component"]["options"]]
    assert options.count(("trauma", "Trauma")) == 1
    assert ("trauma", "Complex trauma") not in options
    assert [v for v, _ in options][-1] == "other"
