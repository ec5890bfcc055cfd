"""/hours: the keys of its buttons, menus and forms (their custom ids), and their items."""

from __future__ import annotations

from dataclasses import dataclass

from cogs._interactions import Key, Select, button_type, one_time_id

# -- keys -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewHoursKey(Key):
    """The add form: what the slash command chose, carried to the submit."""

    prefix = "hnew"
    fmt: str
    kind: str
    part: str
    own: int  # -1: not given
    source: int  # the reflection it was made from, 0 for none


@dataclass(frozen=True)
class NewHoursOnceKey(NewHoursKey):
    """The add form with its one-time id (`one_time_id`): submitted twice, it logs once."""

    once: str


def new_hours_key(
    fmt: str, kind: str, part: str, own: int = -1, source: int = 0
) -> NewHoursOnceKey:
    """The key of a new add form, with a new one-time id."""
    return NewHoursOnceKey(fmt, kind, part, own, source, one_time_id())


@dataclass(frozen=True)
class EditHoursKey(Key):
    prefix = "hedit"
    entry: int


@dataclass(frozen=True)
class EditFormKey(Key):
    """The Edit form as sent before forms carried what they were opened on."""

    prefix = "heditf"
    entry: int


@dataclass(frozen=True)
class EditShownKey(Key):
    """The Edit form: the digest of the entry it was opened on, and its one-time id, so that
    a form opened before a newer change never overwrites it."""

    prefix = "heditv"
    entry: int
    shown: int
    once: str


@dataclass(frozen=True)
class PageKey(Key):
    prefix = "hpage"
    user: int
    page: int


@dataclass(frozen=True)
class PickKey(Key):
    prefix = "hpick"
    user: int
    page: int


@dataclass(frozen=True)
class DeleteKey(Key):
    prefix = "hdel"
    entry: int


@dataclass(frozen=True)
class DeleteYesKey(Key):
    prefix = "hdelyes"
    entry: int


@dataclass(frozen=True)
class AskKey(Key):
    prefix = "hask"
    entry: int


@dataclass(frozen=True)
class AskShownKey(Key):
    """The "Ask for attestation" button, with the digest of the entry its message showed: the
    facilitators are asked to attest only the version the member saw."""

    prefix = "haskv"
    entry: int
    shown: int


@dataclass(frozen=True)
class ReopenAskKey(Key):
    prefix = "hreask"
    entry: int


@dataclass(frozen=True)
class ReviewKey(Key):
    """A facilitator picks a waiting request in their server."""

    prefix = "hreview"
    guild: int


@dataclass(frozen=True)
class AttestKey(Key):
    prefix = "hattest"
    entry: int


@dataclass(frozen=True)
class AttestFormKey(Key):
    """The Attest form as sent before forms carried what they were opened on."""

    prefix = "hattestf"
    entry: int


@dataclass(frozen=True)
class AttestShownKey(Key):
    """The Attest form, with the digest of the entry it was opened on: nobody attests a
    version of the entry they were not shown."""

    prefix = "hattestv"
    entry: int
    shown: int


@dataclass(frozen=True)
class DeclineKey(Key):
    prefix = "hdecline"
    entry: int


@dataclass(frozen=True)
class DeclineFormKey(Key):
    """The Decline form as sent before forms carried what they were opened on."""

    prefix = "hdeclinef"
    entry: int


@dataclass(frozen=True)
class DeclineShownKey(Key):
    """The Decline form, with the digest of the entry it was opened on."""

    prefix = "hdeclinev"
    entry: int
    shown: int


@dataclass(frozen=True)
class ReopenKey(Key):
    prefix = "hreopen"
    entry: int


EditButton = button_type(EditHoursKey)
PageButton = button_type(PageKey)
DeleteButton = button_type(DeleteKey)
DeleteYesButton = button_type(DeleteYesKey)
AskButton = button_type(AskKey)
AskShownButton = button_type(AskShownKey)
ReopenAskButton = button_type(ReopenAskKey)
AttestButton = button_type(AttestKey)
DeclineButton = button_type(DeclineKey)
ReopenButton = button_type(ReopenKey)


class PickSelect(Select[PickKey]):
    key_type = PickKey


class ReviewSelect(Select[ReviewKey]):
    key_type = ReviewKey
