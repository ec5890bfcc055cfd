"""AES-256-GCM for answers at rest.

Each ciphertext is bound to its row by associated data (entry id and question id), so a
ciphertext copied into another row fails to decrypt instead of showing someone else's words.
A blob is ``b"\\x01" + key_id(4) + nonce(12) + ciphertext+tag``; the key id says which key
opens it (a user's data key, or which installation key wrapped that data key), so a rotation
can tell old rows from new ones.

The same `Cipher` serves both levels of `storage.keys`: the installation key
(`SPARKLE_DATA_KEY`) only wraps per-user data keys, and each data key encrypts one user's text.
"""

from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_VERSION = b"\x01"
_NONCE = 12
_HEADER = 1 + 4 + _NONCE
_CHECK_PLAINTEXT = b"sparkle key check"


class WrongKeyError(Exception):
    """The configured key cannot decrypt what is stored."""


def key_id(key: bytes) -> bytes:
    return hashlib.sha256(b"sparkle key id" + key).digest()[:4]


def answer_aad(entry_id: int, question_id: str) -> bytes:
    return f"answer:{entry_id}:{question_id}".encode()


def flagged_aad(entry_id: int, question_id: str) -> bytes:
    return f"flagged:{entry_id}:{question_id}".encode()


def user_key_aad(user_id: int) -> bytes:
    return f"user-key:{user_id}".encode()


def blob_key_id(blob: bytes) -> bytes:
    """The id of the key a stored blob names."""
    return blob[1:5]


def excerpt_aad(entry_id: int, question_id: str) -> bytes:
    return f"excerpt:{entry_id}:{question_id}".encode()


class Cipher:
    """Encrypts under one 32-byte key; decrypts under it or any older key still configured.

    Older keys exist only while `sparkle-bot rotate-key` re-encrypts stored rows, so that the
    bot keeps reading everything during a rotation.
    """

    def __init__(self, key: bytes, old_keys: tuple[bytes, ...] = ()) -> None:
        if len(key) != 32 or any(len(k) != 32 for k in old_keys):
            raise ValueError("data keys must be 32 bytes")
        self._aead = AESGCM(key)
        self.raw_key = key  # needed to rewrap a user's data key under a new installation key
        self.key_id = key_id(key)
        self._by_id = {key_id(k): AESGCM(k) for k in old_keys}
        self._by_id[self.key_id] = self._aead

    def encrypt(self, plaintext: str, aad: bytes) -> bytes:
        return self.seal(plaintext.encode("utf-8", "surrogatepass"), aad)

    def decrypt(self, blob: bytes, aad: bytes) -> str:
        return self.open(blob, aad).decode("utf-8", "surrogatepass")

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(_NONCE)
        return _VERSION + self.key_id + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def opens(self, blob: bytes) -> bool:
        """Whether this cipher holds the key that `blob` names."""
        return blob[1:5] in self._by_id

    def open(self, blob: bytes, aad: bytes) -> bytes:
        if len(blob) < _HEADER + 16 or blob[:1] != _VERSION:
            raise WrongKeyError("stored value is not a Sparkle ciphertext")
        aead = self._by_id.get(blob[1:5])
        if aead is None:
            raise WrongKeyError("stored value was encrypted under another key")
        nonce = blob[5:_HEADER]
        try:
            return aead.decrypt(nonce, blob[_HEADER:], aad)
        except InvalidTag as exc:
            raise WrongKeyError("stored value does not match its row or key") from exc

    def is_current(self, blob: bytes) -> bool:
        """Whether a stored value is already under the current key."""
        return blob[1:5] == self.key_id

    def make_check(self) -> bytes:
        """A value stored once so that start-up can tell a wrong key from a right one."""
        return self.encrypt(_CHECK_PLAINTEXT.decode(), b"key-check")

    def verify_check(self, blob: bytes) -> None:
        if self.decrypt(blob, b"key-check") != _CHECK_PLAINTEXT.decode():
            raise WrongKeyError("key check value does not match")
