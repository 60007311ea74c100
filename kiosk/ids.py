"""Ids made where the row is born, and booking codes people can read aloud."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable

# No 0/O, 1/I/L: a booking code is read off a slip by old eyes and typed on a touch keyboard.
BOOKING_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
BOOKING_CODE_LENGTH = 6

_last_ms = 0
_counter = 0


def uuid7() -> uuid.UUID:
    """A time-ordered UUIDv7 (RFC 9562); monotonic within this process.

    Python 3.11 has no uuid.uuid7; the time part only orders index pages, never events.
    """
    global _last_ms, _counter
    ms = time.time_ns() // 1_000_000
    if ms <= _last_ms:
        _counter += 1
        if _counter > 0xFFF:
            _last_ms += 1
            _counter = 0
        ms = _last_ms
    else:
        _last_ms = ms
        _counter = 0
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= _counter << 64
    value |= 0b10 << 62
    value |= rand
    return uuid.UUID(int=value)


BookingCodeSource = Callable[[], str]


def random_booking_code() -> str:
    import secrets  # hashlib and hmac come with it: not needed before the first sign-up

    return "".join(secrets.choice(BOOKING_CODE_ALPHABET) for _ in range(BOOKING_CODE_LENGTH))


def normalize_booking_code(text: str) -> str | None:
    """Upper-case and drop spaces and dashes; None if it cannot be a code we issued."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    if len(cleaned) != BOOKING_CODE_LENGTH:
        return None
    if any(ch not in BOOKING_CODE_ALPHABET for ch in cleaned):
        return None
    return cleaned
