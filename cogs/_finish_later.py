"""What Finish later says when it is not the plain "Saved as a draft": the database could not
be read, or the page she typed last was not stored."""

from __future__ import annotations

from cogs._render import safe
from storage.health import Failure, failure_of

# Why the draft could not be checked (a page not saved, an erasure not made), by what
# stopped the database call: only what is true of it.
_BECAUSE = {
    Failure.BUSY: "the database was busy with other work and did not answer in time",
    Failure.DOWN: "the database could not be reached",
    Failure.OTHER: "something went wrong on our side",
}

GIVEN_BACK = (
    "Everything you typed on it is in the attached file, and **Reopen page** brings the page "
    "back filled in exactly as you left it"
)


def failed_because(error: BaseException, *, doing: str = "") -> str:
    """Why a database call failed, in words: busy, unreachable, or a fault of ours (then
    followed by `doing`, what it was doing: "while saving it")."""
    failure = failure_of(error)
    if doing and failure is Failure.OTHER:
        return f"{_BECAUSE[failure]} {doing}"
    return _BECAUSE[failure]


def _page(title: str) -> str:
    return f"*{safe(title)}*"


def later_unconfirmed(error: BaseException, unsaved_title: str | None) -> str:
    """The draft could not be read, for `error` (a `report_failure` text: `{ref}` is the
    reference). Nothing is lost by it: the pages stored stay stored, and a page that was not
    is given back. `unsaved_title`: that page's, or None when she has none."""
    because = f"{failed_because(error)} (reference `{{ref}}`)"
    if unsaved_title is None:
        return (
            f"**I couldn't check this draft just now**: {because}. Nothing is lost: every "
            "page you were told was **Saved** is stored, and nothing you typed is waiting to "
            "be saved. Pick the draft up any time with `/entries`."
        )
    page = _page(unsaved_title).replace("{", "{{").replace("}", "}}")
    return (
        f"**The page {page} you typed last is not saved**, and I couldn't check this draft "
        f"just now: {because}. {GIVEN_BACK}, to submit once the database is back. Every page "
        "you were told was **Saved** before it is stored."
    )


def later_with_unsaved(unsaved_title: str, kind: str) -> str:
    """The draft is kept, but the page she typed last was not stored (it failed earlier)."""
    return (
        f"**Saved as a draft, except the page {_page(unsaved_title)} you typed last: it was "
        f"not saved.** {GIVEN_BACK}, so you can submit it now or later. Pick the draft up any "
        f"time with `/{kind}` or `/entries`."
    )
