"""Hand a sign-up over to a phone: iCalendar, contact cards and links as QR codes.

No server is needed: a phone's camera app turns a QR holding a VEVENT into "add to
calendar". The core builds the payload and the module matrix; ui/ paints it.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import icalendar
import qrcode
import qrcode.constants

# Version 10 at error correction M holds 213 bytes (ISO/IEC 18004, byte mode); larger
# codes need finer modules than an old phone camera resolves at arm's length from 300 px.
MAX_QR_VERSION = 10
MAX_BYTES = 213
QUIET_ZONE = 4  # modules of light border the standard asks for
ELLIPSIS = "…"
_MIN_SUMMARY = 16


@dataclass(frozen=True)
class QrCode:
    text: str
    version: int
    modules: tuple[tuple[bool, ...], ...]  # True = dark; without the quiet zone

    @property
    def size(self) -> int:
        return len(self.modules)


@dataclass(frozen=True)
class CalendarEvent:
    """An occurrence for someone's calendar. The lines come translated from ui/."""

    uid: str
    summary: str
    starts_at: datetime  # aware
    ends_at: datetime
    location: str
    code_line: str = ""  # "Booking code: K7XQ2M" — never shortened away
    host_line: str = ""  # "Host: Viggo" — dropped only when nothing else is left to cut
    details: str = ""  # the activity's description — shortened first


def encode(text: str) -> QrCode:
    """The smallest QR code (error correction M) that holds the text as UTF-8 bytes."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    matrix = tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())
    return QrCode(text=text, version=int(code.version), modules=matrix)


def calendar_uid(occurrence_id: uuid.UUID, booking_code: str | None = None) -> str:
    """A short, stable UID: scanning the same event twice updates one calendar entry.

    Short because every byte counts in a QR. A booking code is unique on its own; an
    occurrence is named by the random tail of its UUIDv7 (62 random bits).
    """
    if booking_code:
        return f"{booking_code.lower()}@sammen"
    tail = base64.b32encode(occurrence_id.bytes[8:]).decode("ascii").rstrip("=").lower()
    return f"{tail}@sammen"


def _vevent(
    event: CalendarEvent, summary: str, description: str, location: str | None = None
) -> str:
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("summary", summary)
    # Local wall-clock time with TZID=Europe/Oslo: what the phone shows is what the poster
    # on the wall says, whatever zone the phone is set to.
    vevent.add("dtstart", event.starts_at)
    vevent.add("dtend", event.ends_at)
    vevent.add("location", event.location if location is None else location)
    if description:
        vevent.add("description", description)
    return str(vevent.to_ical().decode("utf-8"))


def _shorten(text: str, length: int) -> str:
    """At most `length` characters, cut at a word and marked with an ellipsis."""
    if len(text) <= length:
        return text
    if length < 2:
        return ""
    head = text[: length - 1]
    if " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,.;:–-") + ELLIPSIS


def _description(event: CalendarEvent, details: str, *, host: bool) -> str:
    lines = [event.host_line if host else "", event.code_line, details]
    return "\n".join(line for line in lines if line)


def _fits(text: str) -> bool:
    return len(text.encode("utf-8")) <= MAX_BYTES


def _longest_fitting(build: Callable[[int], str], longest: int, shortest: int) -> str | None:
    """Binary search for the longest cut (in characters) whose payload fits version 10."""
    if not _fits(build(shortest)):
        return None
    low, high = shortest, longest
    while low < high:
        middle = (low + high + 1) // 2
        if _fits(build(middle)):
            low = middle
        else:
            high = middle - 1
    return build(low)


def calendar_text(event: CalendarEvent) -> str:
    """The VEVENT, shortened until it fits a version-10 QR when at all possible.

    What gives way, in order: the activity's description (cut at a word), then the host
    line, then the title, then the place's wording (each cut at a word, keeping at least
    its first 16 characters). Time and booking code are never cut, nor is the place left
    out; if what remains is still too long, the text is returned as short as it gets.
    """
    full = _vevent(event, event.summary, _description(event, event.details, host=True))
    if _fits(full):
        return full

    def with_details(length: int) -> str:
        details = _shorten(event.details, length)
        return _vevent(event, event.summary, _description(event, details, host=True))

    def with_title(length: int) -> str:
        summary = _shorten(event.summary, length)
        return _vevent(event, summary, _description(event, "", host=False))

    short_title = _shorten(event.summary, min(_MIN_SUMMARY, len(event.summary)))

    def with_place(length: int) -> str:
        place = _shorten(event.location, length)
        return _vevent(event, short_title, _description(event, "", host=False), place)

    for attempt in (
        _longest_fitting(with_details, len(event.details), 0),
        _vevent(event, event.summary, _description(event, "", host=False)),
        _longest_fitting(with_title, len(event.summary), min(_MIN_SUMMARY, len(event.summary))),
        _longest_fitting(with_place, len(event.location), min(_MIN_SUMMARY, len(event.location))),
    ):
        if attempt is not None and _fits(attempt):
            return attempt
    return with_place(min(_MIN_SUMMARY, len(event.location)))


def calendar_qr(event: CalendarEvent) -> QrCode:
    return encode(calendar_text(event))


def contact_qr(name: str, phone: str, note: str = "") -> QrCode:
    """A MECARD contact card (read by iOS and Android camera apps)."""

    def esc(value: str) -> str:
        for ch in ("\\", ";", ":", ","):
            value = value.replace(ch, "\\" + ch)
        return value

    fields = [f"N:{esc(name)}", f"TEL:{esc(phone)}"]
    if note:
        fields.append(f"NOTE:{esc(note)}")
    return encode("MECARD:" + ";".join(fields) + ";;")


def link_qr(url: str) -> QrCode:
    return encode(url)
