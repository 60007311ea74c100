"""Names and phone numbers as residents type them."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.validation import (
    NAME_MAX_LENGTH,
    InvalidName,
    InvalidPhone,
    NameProblem,
    name_key,
    validate_name,
    validate_phone,
)
from kiosk.ids import (
    BOOKING_CODE_ALPHABET,
    normalize_booking_code,
    random_booking_code,
    uuid7,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Viggo  Hansen ", "Viggo Hansen"),
        ("Åse Ødegård", "Åse Ødegård"),
        ("Kari-Anne O'Brien", "Kari-Anne O'Brien"),
        ("Aslak Gáisá", "Aslak Gáisá"),  # Northern Sámi
        ("Кахдра", "Кахдра"),
        ("كهدرة", "كهدرة"),
        ("Ola Nordmann", "Ola Nordmann"),
        ("A" * NAME_MAX_LENGTH, "A" * NAME_MAX_LENGTH),
    ],
)
def test_good_names_are_trimmed_and_kept(raw: str, expected: str) -> None:
    assert validate_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", NameProblem.EMPTY),
        ("    ", NameProblem.EMPTY),
        ("A" * (NAME_MAX_LENGTH + 1), NameProblem.TOO_LONG),
        ("Olga 😀", NameProblem.BAD_CHARACTER),
        ("Olga\x00", NameProblem.BAD_CHARACTER),
        ("Olga\u202e", NameProblem.BAD_CHARACTER),  # right-to-left override
        ("R2D2", NameProblem.BAD_CHARACTER),
        ("<script>", NameProblem.BAD_CHARACTER),
        ("--", NameProblem.NO_LETTER),
    ],
)
def test_bad_names_say_why(raw: str, problem: NameProblem) -> None:
    with pytest.raises(InvalidName) as caught:
        validate_name(raw)
    assert caught.value.problem is problem


@given(st.text(max_size=80))
def test_any_text_is_either_a_clean_name_or_refused(raw: str) -> None:
    try:
        name = validate_name(raw)
    except InvalidName:
        return
    assert 1 <= len(name) <= NAME_MAX_LENGTH
    assert name == name.strip() and "  " not in name
    for ch in name:
        category = unicodedata.category(ch)
        assert category.startswith("L") or category in {"Mn", "Mc"} or ch in " -'’"
    assert validate_name(name) == name  # idempotent


@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=NAME_MAX_LENGTH))
def test_letters_of_any_language_are_names(raw: str) -> None:
    normalized = unicodedata.normalize("NFC", raw)
    if len(normalized) <= NAME_MAX_LENGTH:
        assert validate_name(raw) == normalized


def test_name_key_ignores_case() -> None:
    assert name_key("ÅSE ødegård") == name_key("Åse Ødegård")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, None),
        ("", None),
        ("  ", None),
        ("91234567", "+4791234567"),
        ("912 34 567", "+4791234567"),
        ("+47 912 34 567", "+4791234567"),
        ("0047 91234567", "+4791234567"),
        ("+46701234567", "+46701234567"),
    ],
)
def test_good_phones(raw: str | None, expected: str | None) -> None:
    assert validate_phone(raw) == expected


@pytest.mark.parametrize(
    "raw", ["1234567", "123456789", "abcdefgh", "+47 1234", "+0123456789", "９１２３４５６７"]
)
def test_bad_phones(raw: str) -> None:
    with pytest.raises(InvalidPhone):
        validate_phone(raw)


@given(st.text(max_size=30))
def test_phone_is_e164_or_refused(raw: str) -> None:
    try:
        phone = validate_phone(raw)
    except InvalidPhone:
        return
    if phone is not None:
        assert phone.startswith("+") and phone[1:].isdigit() and 9 <= len(phone) <= 16


def test_booking_codes_avoid_look_alikes() -> None:
    for ch in "0O1IL":
        assert ch not in BOOKING_CODE_ALPHABET
    codes = {random_booking_code() for _ in range(500)}
    assert len(codes) > 490
    assert all(len(c) == 6 and set(c) <= set(BOOKING_CODE_ALPHABET) for c in codes)


@given(st.text(max_size=12))
def test_normalized_code_is_valid_or_none(raw: str) -> None:
    code = normalize_booking_code(raw)
    assert code is None or (len(code) == 6 and set(code) <= set(BOOKING_CODE_ALPHABET))


def test_code_typed_loosely_is_found() -> None:
    assert normalize_booking_code(" abc-def ") == "ABCDEF"
    assert normalize_booking_code("ABC0EF") is None


def test_uuid7_is_version_7_and_ordered() -> None:
    ids = [uuid7() for _ in range(2000)]
    assert all(u.version == 7 for u in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
