"""A share preview's Edit text submitted while she erases her data (/forget in another
window, landing after the form's draft was read and before its new text is written): the
edit stores nothing, not even a new data key under her id, and she is told the preview is
gone, with what she typed shown back."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from storage.tables import Post, UserKey
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]

TYPED = "The moment she laughed at her own joke, for the first time in weeks."


async def test_an_edit_submitted_as_she_erases_her_data_stores_nothing_of_hers(
    configured: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = configured
    repos = bot_of(w.env).repos
    preview = await _preview(w)
    assert preview.response is not None
    form = await w.alice.click(preview.response.message, label="Edit text")
    assert form.modal is not None

    owned = repos.outbox.owned
    erased: list[int] = []

    async def read_then_erased(post_id: int, author_id: int) -> Any:
        found = await owned(post_id, author_id)
        if not erased:  # her /forget lands right after the form's draft was read
            erased.append(author_id)
            await repos.userdata.forget(author_id)
        return found

    monkeypatch.setattr(repos.outbox, "owned", read_then_erased)
    edited = await w.alice.submit_modal(form, {"text": TYPED})

    assert erased == [w.alice.id]
    assert edited.acknowledged and edited.ephemeral
    said = " ".join(m.content for m in [edited.response, *edited.followups] if m is not None)
    assert "isn't available" in said and TYPED in said  # what she typed is shown back
    assert posts(w) == []
    async with repos.db.read() as session:
        left = (await session.execute(select(func.count()).select_from(Post))).scalar_one()
        keys = (
            await session.execute(select(UserKey.user_id).where(UserKey.user_id == w.alice.id))
        ).all()
    assert left == 0 and keys == []  # no draft, and no data key made for nothing
