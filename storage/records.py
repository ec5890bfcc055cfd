"""Records built from table rows, field by field only where a field differs from its column."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from pydantic import BaseModel

R = TypeVar("R")


def record_from_row(record_type: type[R], row: Any, /, **given: Any) -> R:
    """A `record_type` (a pydantic model or a dataclass) from `row`: each field not `given` is the
    row's attribute of the same name; a field the row has no attribute for keeps its default."""
    if issubclass(record_type, BaseModel):
        names: list[str] = list(record_type.model_fields)
    else:
        names = [f.name for f in dataclasses.fields(record_type)]  # pyright: ignore[reportArgumentType]
    copied = {
        name: getattr(row, name) for name in names if name not in given and hasattr(row, name)
    }
    return record_type(**copied, **given)
