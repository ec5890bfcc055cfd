"""A conversation's last page submitted twice: Discord lost the answer to the first submit (the
recap), the form stayed open, and the member clicked Submit again. A later page is simply saved
again (same answers, same recap); a script of one page, whose last page is its first and so
carries a one-time id, used to answer "Already saved… /entries shows it" with no recap and none
of its buttons. The second answer now says the page was already saved and gives her the recap
she missed, with all its buttons, and nothing is stored twice.

SimCord 3.2.1 cannot lose a response; `submit_again` sends the same form a second time."""

from __future__ import annotations

from typing import Any

from simcord import assert_responded
from sqlalchemy import select

from bot.conversation.script import shipped_source
from storage.tables import Entry
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    open_first_page,
    said,
    submit_again,
    texts,
    walk_components,
)


def _one_page_sparkle() -> bytes:
    """The shipped sparkle script with everything on its first page: the questions whose
    roles a sparkle script needs, and no others."""
    source = shipped_source("sparkle")
    pages = source.split("[[pages]]")
    head, first, last = pages[0], pages[1], pages[-1]
    questions = first.split("[[pages.questions]]")
    kept = [q for q in questions[1:] if 'id = "moment"' in q]
    kept += [q for q in pages[2].split("[[pages.questions]]")[1:] if 'id = "doing"' in q]
    kept += [q for q in last.split("[[pages.questions]]")[1:] if 'id = "noticed"' not in q]
    return "[[pages.questions]]".join([head + "[[pages]]" + questions[0], *kept]).encode()


TYPED = {
    "moment": SPARKLE_PAGES[0]["moment"],
    "doing": SPARKLE_PAGES[1]["doing"],
    "frequency": SPARKLE_PAGES[2]["frequency"],
    "next_step": SPARKLE_PAGES[2]["next_step"],
}


CONSENT_NO = "Include in weekly group summary: No"


def _custom_ids(result: Any) -> list[str]:
    assert result.response is not None
    return [c["custom_id"] for c in walk_components(result.response.components) if c["type"] == 2]


async def test_a_one_page_conversation_submitted_twice_gives_the_recap_again(
    world: World, admin: Any
) -> None:
    w = world
    upload = await admin.slash(
        w.channel,
        "setup script upload",
        script="sparkle",
        file=("sparkle.toml", _one_page_sparkle()),
    )
    assert_responded(upload, contains="Saved", ephemeral=True)
    shown = await open_first_page(w.alice, w.channel)
    first = await w.alice.submit_modal(shown, TYPED)
    assert_responded(first, ephemeral=True)
    assert "All saved" in said(first)

    again = await submit_again(w.alice, shown, TYPED)
    assert_responded(again, ephemeral=True)
    assert again.response is not None and again.response.content == ""
    assert texts(again)[0].startswith("**Already saved**")
    assert "/entries shows it" not in said(again)
    assert texts(again)[1:] == texts(first)[1:]  # the same recap under its lead
    assert buttons(again) == buttons(first)
    assert buttons(again) == ["Share anonymized", CONSENT_NO, "Done"]
    assert _custom_ids(again) == _custom_ids(first)  # for the same entry
    assert w.channel.history() == []  # nothing public

    async with bot_of(w.env).repos.db.read() as session:
        (entry,) = (await session.execute(select(Entry))).scalars()
    assert (entry.author_id, entry.kind, entry.status) == (w.alice.id, "sparkle", "complete")
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers["moment"] == TYPED["moment"]
    # The recap given again works as the first one would.
    include = await w.alice.click(again.response.message, label=CONSENT_NO)
    assert include.acknowledged
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.consent_summary
