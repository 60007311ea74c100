"""Words and dates for what the core returns as enums and datetimes.

Every word goes through QCoreApplication.translate with a literal context, so lupdate
collects it (it cannot follow a helper function). Dates use the QLocale of the current
language (QLocale.setDefault, set by ui.i18n) and a 24-hour clock.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from kiosk.domain.enums import Category, SignupState
from kiosk.domain.views import OccurrenceView

# The written shape of a day differs by language ("tirsdag 1. desember", "Tuesday 1 December");
# QLocale supplies the words.
_DAY_FORMATS = {"nb": "dddd d. MMMM", "nn": "dddd d. MMMM", "en": "dddd d MMMM"}


def fill(template: str, *values: str) -> str:
    """Qt-style %1, %2 placeholders, so translators may reorder them."""
    for index in range(len(values), 0, -1):  # %10 before %1
        template = template.replace(f"%{index}", values[index - 1])
    return template


def _language() -> str:
    name = QLocale().name()
    if name.startswith(("nb", "no")):
        return "nb"
    if name.startswith("nn"):
        return "nn"
    return "en"


def day_name(day: date, *, capital: bool = True) -> str:
    """'Tuesday 1 December' in the current language; `capital` for the start of a line
    (Norwegian writes weekdays in lower case elsewhere)."""
    text = QLocale().toString(QDate(day.year, day.month, day.day), _DAY_FORMATS[_language()])
    return text[:1].upper() + text[1:] if capital else text


def clock_time(moment: datetime) -> str:
    return f"{moment:%H:%M}"


# "11:00 – 13:00" never breaks over two lines: no-break spaces, and a word joiner after
# the dash (a line may otherwise break after a dash).
_RANGE_DASH = "\u00a0–\u2060\u00a0"


def time_range(starts: datetime, ends: datetime) -> str:
    return f"{clock_time(starts)}{_RANGE_DASH}{clock_time(ends)}"


def spaced_code(code: str) -> str:
    """'K7M2QX' → 'K7M 2QX': two short groups are easier to read aloud and copy."""
    return f"{code[:3]} {code[3:]}" if len(code) == 6 else code


def relative_day(day: date, today: date) -> str:
    """'Today, Tuesday 1 December': old eyes find "today" faster than a date."""
    delta = (day - today).days
    if delta == 0:
        return fill(
            QCoreApplication.translate("Formatting", "Today, %1"), day_name(day, capital=False)
        )
    if delta == 1:
        return fill(
            QCoreApplication.translate("Formatting", "Tomorrow, %1"), day_name(day, capital=False)
        )
    return day_name(day)


def when_text(view: OccurrenceView, now: datetime) -> str:
    """'Today, Tuesday 1 December, 11:00 – 13:00'."""
    return fill(
        QCoreApplication.translate("Formatting", "%1, %2"),
        relative_day(view.starts_at.date(), now.date()),
        time_range(view.starts_at, view.ends_at),
    )


def relative_time(view: OccurrenceView, now: datetime) -> str:
    """'Today, 11:00 – 13:00' (or 'Tomorrow, …'); a date only if further away."""
    delta = (view.starts_at.date() - now.date()).days
    times = time_range(view.starts_at, view.ends_at)
    if delta == 0:
        return fill(QCoreApplication.translate("Formatting", "Today, %1"), times)
    if delta == 1:
        return fill(QCoreApplication.translate("Formatting", "Tomorrow, %1"), times)
    return when_text(view, now)


def category_name(category: Category) -> str:
    names = {
        Category.GAMES: QCoreApplication.translate("Formatting", "Games"),
        Category.EXERCISE: QCoreApplication.translate("Formatting", "Exercise"),
        Category.HEALTH: QCoreApplication.translate("Formatting", "Health"),
        Category.CRAFTS: QCoreApplication.translate("Formatting", "Crafts"),
        Category.MUSIC: QCoreApplication.translate("Formatting", "Music"),
        Category.DIGITAL: QCoreApplication.translate("Formatting", "Digital help"),
        Category.FOOD: QCoreApplication.translate("Formatting", "Food"),
        Category.CULTURE: QCoreApplication.translate("Formatting", "Culture"),
        Category.LANGUAGE: QCoreApplication.translate("Formatting", "Language"),
    }
    return names[category]


def seats_text(view: OccurrenceView) -> tuple[str, str]:
    """What a card says about seats, and the stylesheet role to colour it with.

    Sensitive activities (a COPD course) never show counts, only whether one can sign up.
    """
    state = view.signup_state
    if state is SignupState.CANCELLED:
        return QCoreApplication.translate("Formatting", "Cancelled"), "bad"
    if state is SignupState.STARTED:
        return QCoreApplication.translate("Formatting", "Already started"), "muted"
    if state is SignupState.CLOSED:
        return QCoreApplication.translate("Formatting", "Sign-up closed"), "muted"
    if state is SignupState.WAITLIST:
        return QCoreApplication.translate("Formatting", "Full – waiting list"), "warn"
    if view.seats_left is None:
        return QCoreApplication.translate("Formatting", "Open for sign-up"), "good"
    return _Plurals.instance().seats_left(view.seats_left), "good"


class _Plurals(QObject):
    """Plural forms need self.tr: lupdate's Python parser does not mark a plural passed to
    QCoreApplication.translate as %n (numerus), so "1 seats left" would reach the screen.
    The class is named for the context the other words here use."""

    _shared: _Plurals | None = None

    @classmethod
    def instance(cls) -> _Plurals:
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def seats_left(self, seats: int) -> str:
        return self.tr("%n seats left", "", seats)
