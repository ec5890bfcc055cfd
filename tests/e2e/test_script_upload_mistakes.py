"""/setup script upload with files an admin makes by mistake or with hostile content: each is
refused in a friendly message that says why, or (when it is only an editor's habit) accepted;
a refused upload stores no version and no audit record, and members keep their questions."""

from __future__ import annotations

from simcord import assert_responded

from bot.conversation.script import shipped_source
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, modal_questions, open_first_page
from tests.e2e.test_script_labels_inert import MASKED_LINK
from tests.e2e.test_setup_script import NEW_MOMENT, _upload, edited

MOMENT = 'label = "What happened in that moment?"'


async def _nothing_changed(w: World, kind: str = "sparkle") -> None:
    bot = bot_of(w.env)
    assert await bot.repos.scripts.latest(w.guild.id, kind) is None
    assert await bot.repos.audit.kinds("script") == []
    shown = await open_first_page(w.alice, w.channel)
    assert shown.modal is not None
    assert modal_questions(shown)[0]["label"] == "What happened in that moment?"


async def test_a_deeply_nested_file_is_refused_in_one_line_and_changes_nothing(
    world: World, admin
) -> None:
    """Thousands of nested brackets (well within the size limit) used to end in the generic
    failure text: the TOML reader ran out of stack."""
    w = world
    head = shipped_source("sparkle").encode()
    for nested in (
        b"x = " + b"[" * 5000 + b"]" * 5000,
        b"x = " + b"{a=" * 3000 + b"1" + b"}" * 3000,
    ):
        refused = await _upload(w, admin, "sparkle", head + b"\n" + nested + b"\n")
        assert_responded(refused, contains="Nothing was changed", ephemeral=True)
        text = refused.response.content
        assert "nested too deeply" in text and "something went wrong" not in text.lower()
    await _nothing_changed(w)


async def test_a_file_saved_with_a_byte_order_mark_is_read_as_the_text_it_is(
    world: World, admin
) -> None:
    """Windows Notepad (and other editors) may save UTF-8 with a byte order mark: the admin
    used to be told the file is not valid TOML at line 1, column 1, which looks fine to her."""
    w = world
    bot = bot_of(w.env)
    text = edited("sparkle", (MOMENT, NEW_MOMENT)).decode()
    saved = await _upload(w, admin, "sparkle", "\ufeff".encode() + text.encode())
    assert_responded(saved, contains="Saved", ephemeral=True)
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") == (2, text)  # without the mark
    shown = await open_first_page(w.alice, w.channel)
    assert shown.modal is not None
    assert modal_questions(shown)[0]["label"] == "What went well in that session?"
    again = await admin.slash(w.channel, "setup script download", script="sparkle")
    assert (await again.response.attachments[0].read()).decode() == text
    # The same file once more (with its mark) is the current one: no new version.
    same = await _upload(w, admin, "sparkle", "\ufeff".encode() + text.encode())
    assert_responded(same, contains="already the current one", ephemeral=True)
    assert (await bot.repos.scripts.latest(w.guild.id, "sparkle"))[0] == 2  # type: ignore[index]


async def test_an_empty_file_or_one_missing_a_part_is_refused_saying_which(
    world: World, admin
) -> None:
    """An empty file (or one of comments only) used to be told it must keep id = "sparkle",
    and a script without its pages "script: Field required": neither said what was wrong."""
    w = world
    for empty in (b"", b"\n  \n", b"# my edits\n"):
        refused = await _upload(w, admin, "sparkle", empty)
        assert_responded(refused, contains="Nothing was changed", ephemeral=True)
        assert "the file is empty" in refused.response.content
        assert "keep id" not in refused.response.content
    no_pages = b'id = "sparkle"\nname = "Sparkling moments"\n'
    refused = await _upload(w, admin, "sparkle", no_pages)
    assert_responded(refused, contains="Nothing was changed", ephemeral=True)
    assert "script (pages): Field required" in refused.response.content
    text = shipped_source("sparkle")
    head, _, _ = text.partition("[[pages.questions]]")
    no_questions = (head + '\n[[pages]]\ntitle = "More"\n').encode()
    refused = await _upload(w, admin, "sparkle", no_questions)
    assert_responded(refused, contains="Nothing was changed", ephemeral=True)
    assert "(questions): Field required" in refused.response.content, refused.response.content
    await _nothing_changed(w)


async def test_a_file_saved_as_notepads_unicode_is_read_as_the_text_it_is(
    world: World, admin
) -> None:
    """Windows Notepad's "Unicode" is UTF-16 with a byte order mark, which says so itself: the
    admin used to be told to "save it as a .toml text file", which is what she had done."""
    w = world
    bot = bot_of(w.env)
    text = edited("sparkle", (MOMENT, 'label = "Qu’est-ce qui a marché ?"')).decode()
    for encoding in ("utf-16", "utf-16-be"):  # Notepad's "Unicode" and "Unicode big endian"
        data = ("\ufeff" if encoding.endswith("be") else "") + text
        saved = await _upload(w, admin, "sparkle", data.encode(encoding))
        assert_responded(saved, ephemeral=True)
        assert "Saved" in saved.response.content or "already the current" in saved.response.content
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") == (2, text)
    assert [s for _, _, s in await bot.repos.audit.kinds("script")] == ["upload:sparkle:v2"]
    shown = await open_first_page(w.alice, w.channel)
    assert shown.modal is not None
    assert modal_questions(shown)[0]["label"] == "Qu’est-ce qui a marché ?"


async def test_a_file_in_another_encoding_is_refused_saying_how_to_save_it(
    world: World, admin
) -> None:
    """A file saved as Latin-1 (or Windows-1252): the admin is told which encoding to choose
    when she saves it, not only what it is not."""
    w = world
    text = edited("sparkle", (MOMENT, 'label = "Qu\'est-ce qui a marché ?"')).decode()
    for data in (text.encode("latin-1"), text.encode("utf-16-le")):  # no mark says which
        refused = await _upload(w, admin, "sparkle", data)
        assert_responded(refused, contains="Nothing was changed", ephemeral=True)
        told = refused.response.content
        assert "not UTF-8" in told and "save it with the encoding UTF-8" in told, told
    await _nothing_changed(w)


async def test_a_refusal_naming_a_hostile_key_or_id_shows_it_inert_and_pings_no_one(
    world: World, admin
) -> None:
    """A refused file's own words (an unknown key, a question id) come back in the refusal:
    no test sent markdown, mentions or a link there."""
    w = world
    hostile = '"[Verify](https://x.example) @everyone <@&1> **now**"'
    data = shipped_source("sparkle") + f"\n{hostile} = 1\n"
    refused = await _upload(w, admin, "sparkle", data.encode())
    assert_responded(refused, contains="Nothing was changed", ephemeral=True)
    told = refused.response.content
    assert "https://x.example" in told  # named, so she can find it in her file
    assert MASKED_LINK.search(told) is None and "**now**" not in told, told
    assert "@everyone" not in told.replace("@\u200beveryone", ""), told
    message = refused.response.message
    assert not message.mention_everyone and message.role_mentions == []
    assert w.env.backend.get_message(message.channel.id, message.id).ping_user_ids == []
    await _nothing_changed(w)


async def test_a_file_in_utf16_without_a_mark_is_refused_saying_how_to_save_it(
    world: World, admin
) -> None:
    """UTF-16 with no byte order mark, of plain ASCII text: every other byte is NUL, which
    UTF-8 also allows, so the admin used to be told the file is "not valid TOML" (at a place
    her editor shows nothing wrong) instead of how to save it."""
    w = world
    text = edited("sparkle", (MOMENT, NEW_MOMENT)).decode()
    assert text.isascii()
    for encoding in ("utf-16-le", "utf-16-be"):
        refused = await _upload(w, admin, "sparkle", text.encode(encoding))
        assert_responded(refused, contains="Nothing was changed", ephemeral=True)
        told = refused.response.content
        assert "not UTF-8" in told and "save it with the encoding UTF-8" in told, told
        assert "TOML" not in told, told
    await _nothing_changed(w)
