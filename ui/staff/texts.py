"""Words for staff screens: why an edit was refused, and reading typed dates and times."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QCoreApplication

from kiosk.domain.enums import Refusal
from kiosk.services.admin import EditProblem


def edit_problem_text(problem: EditProblem) -> str:
    texts = {
        EditProblem.TITLE: QCoreApplication.translate(
            "StaffTexts", "Please give the activity a title (at most 120 characters)."
        ),
        EditProblem.CAPACITY: QCoreApplication.translate(
            "StaffTexts", "Seats must be between 1 and 1000."
        ),
        EditProblem.TIMES: QCoreApplication.translate(
            "StaffTexts", "The length must be between 5 minutes and 24 hours."
        ),
        EditProblem.DATES: QCoreApplication.translate(
            "StaffTexts", "The last date must come after the first, within a year."
        ),
        EditProblem.WEEKDAYS: QCoreApplication.translate(
            "StaffTexts", "Choose at least one weekday."
        ),
        EditProblem.PHONE: QCoreApplication.translate(
            "StaffTexts", "The contact's phone: 8 digits, or + and a country code."
        ),
        EditProblem.CLOSES: QCoreApplication.translate(
            "StaffTexts", "Sign-up must close between 0 minutes and 7 days before."
        ),
        EditProblem.NOT_FOUND: QCoreApplication.translate(
            "StaffTexts", "It is no longer there. Another kiosk may have changed it."
        ),
        EditProblem.IN_THE_PAST: QCoreApplication.translate(
            "StaffTexts", "That time has passed. Choose a time in the future."
        ),
        EditProblem.NO_SEAT: QCoreApplication.translate(
            "StaffTexts",
            "There is no free seat. Add a seat or move someone to the waiting list first.",
        ),
        EditProblem.NOT_WAITING: QCoreApplication.translate(
            "StaffTexts", "This person already has a seat."
        ),
        EditProblem.NOT_SEATED: QCoreApplication.translate(
            "StaffTexts", "This person is already on the waiting list."
        ),
        EditProblem.SETTINGS: QCoreApplication.translate(
            "StaffTexts", "Please check the settings: the site needs a name."
        ),
    }
    return texts[problem]


def refusal_text(reason: Refusal) -> str:
    texts = {
        Refusal.NOT_FOUND: QCoreApplication.translate(
            "StaffTexts", "This date is no longer there."
        ),
        Refusal.CANCELLED: QCoreApplication.translate("StaffTexts", "This date is cancelled."),
        Refusal.CLOSED: QCoreApplication.translate("StaffTexts", "Sign-up has closed."),
        Refusal.STARTED: QCoreApplication.translate("StaffTexts", "It has already started."),
        Refusal.ALREADY_SIGNED_UP: QCoreApplication.translate(
            "StaffTexts", "This person is already signed up."
        ),
        Refusal.TOO_MANY_COMPANIONS: QCoreApplication.translate(
            "StaffTexts", "At most three companions."
        ),
        Refusal.ALREADY_CANCELLED: QCoreApplication.translate(
            "StaffTexts", "This sign-up is already cancelled."
        ),
    }
    return texts[reason]


def parse_date(text: str) -> date | None:
    """'1.12.2026', '01.12.26' or '01122026'; None if it is no real date."""
    text = text.strip()
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})", text) or re.fullmatch(
        r"(\d{2})(\d{2})(\d{4})", text
    )
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_time(text: str) -> time | None:
    """'18:30', '1830' or '9:00'; None if it is no time of day."""
    match = re.fullmatch(r"(\d{1,2}):?(\d{2})", text.strip())
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
