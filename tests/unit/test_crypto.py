"""Answers at rest: AES-256-GCM bound to their row."""

from __future__ import annotations

import os

import pytest

from storage.crypto import Cipher, WrongKeyError, answer_aad


def test_round_trip_is_exact_for_awkward_text() -> None:
    cipher = Cipher(os.urandom(32))
    text = "\x00@everyone <@123> 🙂\r\n\u200b\u202e" + "x" * 4000
    blob = cipher.encrypt(text, answer_aad(1, "moment"))
    assert text.encode() not in blob
    assert cipher.decrypt(blob, answer_aad(1, "moment")) == text


def test_a_ciphertext_moved_to_another_row_does_not_decrypt() -> None:
    cipher = Cipher(os.urandom(32))
    blob = cipher.encrypt("private", answer_aad(1, "moment"))
    with pytest.raises(WrongKeyError):
        cipher.decrypt(blob, answer_aad(2, "moment"))
    with pytest.raises(WrongKeyError):
        cipher.decrypt(blob, answer_aad(1, "signs"))


def test_another_key_is_detected() -> None:
    blob = Cipher(os.urandom(32)).encrypt("private", b"x")
    with pytest.raises(WrongKeyError):
        Cipher(os.urandom(32)).decrypt(blob, b"x")
    check = Cipher(b"k" * 32).make_check()
    Cipher(b"k" * 32).verify_check(check)
    with pytest.raises(WrongKeyError):
        Cipher(b"j" * 32).verify_check(check)


def test_same_text_encrypts_differently_each_time() -> None:
    cipher = Cipher(os.urandom(32))
    assert cipher.encrypt("same", b"a") != cipher.encrypt("same", b"a")
