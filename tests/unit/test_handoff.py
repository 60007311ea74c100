"""Calendar and contact payloads for the phone: fitting a version-10 QR code."""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.handoff import (
    MAX_BYTES,
    MAX_QR_VERSION,
    CalendarEvent,
    calendar_qr,
    calendar_text,
    calendar_uid,
    contact_qr,
    encode,
)

OSLO = ZoneInfo("Europe/Oslo")
START = datetime(2026, 12, 1, 11, 0, tzinfo=OSLO)
END = datetime(2026, 12, 1, 13, 0, tzinfo=OSLO)


def _event(**changes: str) -> CalendarEvent:
    values = {
        "uid": calendar_uid(uuid.UUID(int=7), "K7XQ2M"),
        "summary": "Bridge på sykehjemmet",
        "location": "Solbakken sykehjem, dagligstua",
        "code_line": "Bookingkode: K7XQ2M",
        "host_line": "Vert: Viggo",
        "details": "Vi spiller bridge hver uke.",
    }
    values.update(changes)
    return CalendarEvent(starts_at=START, ends_at=END, **values)


def test_short_event_keeps_everything() -> None:
    event = _event(summary="Kor", location="Dagligstua", details="Kom!")
    parsed = icalendar.Event.from_ical(calendar_text(event))
    assert str(parsed["summary"]) == "Kor"
    assert str(parsed["location"]) == "Dagligstua"
    assert str(parsed["description"]) == "Vert: Viggo\nBookingkode: K7XQ2M\nKom!"
    assert parsed.decoded("dtstart") == START
    assert parsed["dtstart"].params["TZID"] == "Europe/Oslo"
    assert parsed.decoded("dtend") == END


def test_description_gives_way_first_then_host() -> None:
    event = _event(summary="Kor", location="Dagligstua", details="Lang tekst. " * 40)
    text = calendar_text(event)
    assert len(text.encode()) <= MAX_BYTES
    parsed = icalendar.Event.from_ical(text)
    assert str(parsed["summary"]) == "Kor" and str(parsed["location"]) == "Dagligstua"
    assert "Bookingkode: K7XQ2M" in str(parsed["description"])


@settings(max_examples=40, deadline=None)
@given(
    summary=st.text(min_size=1, max_size=120).filter(str.strip),
    location=st.text(min_size=1, max_size=120).filter(str.strip),
    details=st.text(max_size=400),
)
def test_time_and_code_always_survive(summary: str, location: str, details: str) -> None:
    event = _event(summary=summary, location=location, details=details)
    parsed = icalendar.Event.from_ical(calendar_text(event))
    assert parsed.decoded("dtstart") == START and parsed.decoded("dtend") == END
    assert "Bookingkode: K7XQ2M" in str(parsed["description"])
    assert str(parsed["location"])  # the place is cut at most, never left out
    assert str(parsed["uid"]) == "k7xq2m@sammen"


def test_demo_sized_events_fit_version_10() -> None:
    code = calendar_qr(_event())
    assert code.version <= MAX_QR_VERSION
    assert len(code.modules) == 17 + 4 * code.version


def test_uid_is_short_and_stable() -> None:
    occurrence = uuid.uuid4()
    assert calendar_uid(occurrence) == calendar_uid(occurrence)
    assert calendar_uid(occurrence, "K7XQ2M") == "k7xq2m@sammen"
    assert len(calendar_uid(occurrence)) <= 20


def test_contact_card_escapes_its_separators() -> None:
    card = contact_qr("Viggo; bridge", "+4791234567")
    assert card.text == "MECARD:N:Viggo\\; bridge;TEL:+4791234567;;"


def test_encode_uses_error_correction_m_and_grows_with_the_text() -> None:
    assert encode("a" * 10).version < encode("a" * 200).version
