"""A short number naming one exact set of named texts, carried in a custom id: a form or a
button acts only on what its message showed, not on what changed in another window since."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping


def texts_digest(texts: Mapping[str, str]) -> int:
    """32 bits of SHA-256 over the texts in name order (order-independent, exact)."""
    h = hashlib.sha256()
    for name, text in sorted(texts.items()):
        h.update(f"{name}\x00{text}\x00".encode("utf-8", "surrogatepass"))
    return int.from_bytes(h.digest()[:4], "big")
