"""The words of the domain, as enums. Plain Python: cheap to import at start-up."""

from __future__ import annotations

import enum


class Category(enum.Enum):
    GAMES = "games"
    EXERCISE = "exercise"
    HEALTH = "health"
    CRAFTS = "crafts"
    MUSIC = "music"
    DIGITAL = "digital"
    FOOD = "food"
    CULTURE = "culture"
    LANGUAGE = "language"


class OccurrenceStatus(enum.Enum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


class SignupStatus(enum.Enum):
    CONFIRMED = "confirmed"
    PENDING = "pending"  # waits for the central database to decide
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class Period(enum.Enum):
    TODAY = "today"
    TOMORROW = "tomorrow"
    WEEK = "week"  # today and the six days after


class SignupState(enum.Enum):
    OPEN = "open"  # seats left
    WAITLIST = "waitlist"  # full, but the waiting list takes names
    CLOSED = "closed"  # the closing time before start has passed
    STARTED = "started"  # begun or over
    CANCELLED = "cancelled"


class Refusal(enum.Enum):
    NOT_FOUND = "not_found"
    CANCELLED = "cancelled"  # the occurrence is cancelled
    CLOSED = "closed"  # sign-up closed before start
    STARTED = "started"  # begun or over
    ALREADY_SIGNED_UP = "already_signed_up"
    TOO_MANY_COMPANIONS = "too_many_companions"
    ALREADY_CANCELLED = "already_cancelled"  # the booking itself
