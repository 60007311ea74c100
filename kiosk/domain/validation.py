"""What a resident may type. The core returns problems as enums; words live in ui/."""

from __future__ import annotations

import enum
import unicodedata

NAME_MAX_LENGTH = 60
MAX_COMPANIONS = 3


class NameProblem(enum.Enum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    BAD_CHARACTER = "bad_character"
    NO_LETTER = "no_letter"


class PhoneProblem(enum.Enum):
    BAD_FORMAT = "bad_format"


class InvalidName(ValueError):
    def __init__(self, problem: NameProblem) -> None:
        super().__init__(problem)
        self.problem = problem

    def __str__(self) -> str:
        return f"invalid name: {self.problem.value}"


class InvalidPhone(ValueError):
    def __init__(self, problem: PhoneProblem) -> None:
        super().__init__(problem)
        self.problem = problem

    def __str__(self) -> str:
        return f"invalid phone: {self.problem.value}"


_NAME_PUNCTUATION = {"-", "'", "’", " "}


def _is_name_char(ch: str) -> bool:
    if ch in _NAME_PUNCTUATION:
        return True
    category = unicodedata.category(ch)
    # Letters of any script, and the combining marks some scripts (and Sámi) need.
    return category.startswith("L") or category in {"Mn", "Mc"}


def validate_name(raw: str) -> str:
    """Return the name trimmed and NFC-normalised, or raise InvalidName.

    Letters of any language, spaces, hyphen and apostrophe; no digits, emoji or control
    characters. Inner runs of spaces collapse to one.
    """
    name = " ".join(unicodedata.normalize("NFC", raw).split())
    if not name:
        raise InvalidName(NameProblem.EMPTY)
    if len(name) > NAME_MAX_LENGTH:
        raise InvalidName(NameProblem.TOO_LONG)
    if not all(_is_name_char(ch) for ch in name):
        raise InvalidName(NameProblem.BAD_CHARACTER)
    if not any(unicodedata.category(ch).startswith("L") for ch in name):
        raise InvalidName(NameProblem.NO_LETTER)
    return name


def name_key(name: str) -> str:
    """The form two sign-ups are compared in to find the same person twice."""
    return unicodedata.normalize("NFKC", name).casefold().replace("’", "'")


def validate_phone(raw: str | None) -> str | None:
    """None for no phone; otherwise 8 Norwegian digits or + and a country code.

    Returns the number in E.164 form (+47 added to Norwegian numbers).
    """
    if raw is None:
        return None
    compact = "".join(ch for ch in raw if ch not in " -")
    if not compact:
        return None
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+"):
        digits = compact[1:]
        if digits.isascii() and digits.isdigit() and 8 <= len(digits) <= 15 and digits[0] != "0":
            if digits.startswith("47") and len(digits) != 10:
                raise InvalidPhone(PhoneProblem.BAD_FORMAT)
            return compact
        raise InvalidPhone(PhoneProblem.BAD_FORMAT)
    if compact.isascii() and compact.isdigit() and len(compact) == 8:
        return "+47" + compact
    raise InvalidPhone(PhoneProblem.BAD_FORMAT)
