"""Records from rows: same-named fields are copied, given ones win, missing ones keep defaults."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

from pydantic import BaseModel

from storage.records import record_from_row


class _Model(BaseModel):
    id: int
    name: str
    note: str = "none"


@dataclass(frozen=True)
class _Plain:
    id: int
    label: str
    tags: tuple[str, ...] = ()


def test_a_model_takes_same_named_columns_and_the_given_fields() -> None:
    row = SimpleNamespace(id=7, name="from row", secret=b"never copied")
    assert record_from_row(_Model, row) == _Model(id=7, name="from row")
    assert record_from_row(_Model, row, name="given", note="n") == _Model(
        id=7, name="given", note="n"
    )


def test_a_dataclass_keeps_the_default_of_a_field_the_row_lacks() -> None:
    row = SimpleNamespace(id=3, label_text="renamed")
    assert record_from_row(_Plain, row, label=row.label_text) == _Plain(id=3, label="renamed")
