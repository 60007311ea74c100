"""Every string a resident can see is translated: in the .ts files, the .qm files and on screen."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.enums import Period
from kiosk.domain.views import SignupRequest
from kiosk.services import Services
from ui.shell import MainWindow

from .helpers import accessible_name, tap

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nb", "nn", "en")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    assert found, f"{name} comes with PySide6"
    return found


def _messages(ts: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[str, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[f"{name}|{message.findtext('source', '')}"] = message
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(TRANSLATIONS / f"sammen_{language}.ts")
    assert len(messages) > 100
    for key, message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{language}: {key} is {translation.get('type')}"
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        assert all(form.strip() for form in forms), f"{language}: {key} has no translation"
        if "%n" in key:
            assert all("%n" in form for form in forms), f"{language}: {key} lost its %n"
        for marker in ("%1", "%2"):
            if marker in key.split("|", 1)[1]:
                assert all(marker in form for form in forms), f"{language}: {key} lost {marker}"


def test_sources_in_the_code_are_all_in_the_ts_files(tmp_path: Path) -> None:
    """lupdate over the code finds nothing that the .ts files do not already have."""
    copy = tmp_path / "sammen_nb.ts"
    shutil.copy(TRANSLATIONS / "sammen_nb.ts", copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    before = set(_messages(TRANSLATIONS / "sammen_nb.ts"))
    after = _messages(copy)
    new = sorted(
        k
        for k, m in after.items()
        if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")
    )  # type: ignore[union-attr]
    assert not new, f"untranslated strings in the code: {new}"
    assert set(after) == before, "the .ts files hold strings the code no longer has"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_files_match_their_sources(tmp_path: Path, language: str) -> None:
    built = tmp_path / f"sammen_{language}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TRANSLATIONS / f"sammen_{language}.ts"), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    committed = TRANSLATIONS / f"sammen_{language}.qm"
    assert committed.read_bytes() == built.read_bytes(), "run `make translations`"


# -- On screen ------------------------------------------------------------------------------

STAFF_NAME = "Kari Nordmann"

# Texts that are the same in every language on purpose.
SAME_EVERYWHERE = {
    "",
    "Bokmål",
    "Nynorsk",
    "English",
    "A",
    "A+",
    "A++",
    "QWERTY",
    "ABC",
    "Sammen",
    "-",
    "'",
    "+",
    "⌫",
    "−",
    "OK",
}


def _texts(window: MainWindow) -> set[str]:
    seen: set[str] = set()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            seen.add(widget.text())
        if isinstance(widget, QAbstractButton):
            seen.add(widget.text())
        if isinstance(widget, QLineEdit):
            seen.add(widget.placeholderText())
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            seen.add(accessible_name(widget))
            seen.add(widget.accessibleDescription())
    return seen


def _data_strings(services: Services) -> set[str]:
    """What comes from the database is not translated: titles, places, hosts, codes."""
    data = {services.catalogue.site_name(), "Viggo Hansen", "Olga Hansen"}  # names typed here
    for view in services.catalogue.occurrences(Period.WEEK):
        data |= {view.title, view.place, view.host, view.description, view.accessibility}
    # Staff screens show the people signed up and the staff user's name.
    data |= {
        p.name
        for o in services.admin.upcoming()
        for p in services.admin.participants(o.occurrence_id)
    }
    data |= {STAFF_NAME}
    return data


def _is_data_or_symbol(text: str, data: set[str]) -> bool:
    if text in SAME_EVERYWHERE or text in data:
        return True
    # Words around a title still need translating: judge what is left without the data.
    for piece in sorted((p for p in data if len(p) > 3), key=len, reverse=True):
        text = text.replace(piece, "")
    if not any(ch.isalpha() for ch in text):
        return True  # times, counts, arrows
    if re.fullmatch(r"\d+ (min|s)", text):
        return True  # units written alike in all three languages
    letters = "".join(ch for ch in text if ch.isalpha())
    return len(letters) <= 2 or letters.isupper()  # key caps, booking codes


def _states(window: MainWindow, services: Services, qtbot: QtBot) -> list[Callable[[], None]]:
    bridge = next(
        o for o in services.catalogue.occurrences(Period.TODAY) if o.title.startswith("Bridge")
    )
    booking = services.booking.sign_up(SignupRequest(bridge.occurrence_id, "Olga Hansen"))

    def home() -> None:
        window.go_home()

    def browse_week() -> None:
        window.show_browse(Period.WEEK)

    def activity() -> None:
        window.show_activity(bridge.occurrence_id)

    def signup_name() -> None:
        window.show_signup(bridge.occurrence_id)
        window.signup.type_name("😀")  # a bad name: the message shows too
        tap(qtbot, window.signup.name_next_button)

    def signup_phone() -> None:
        window.show_signup(bridge.occurrence_id)
        window.signup.type_name("Viggo Hansen")
        tap(qtbot, window.signup.name_next_button)

    def signup_help() -> None:
        signup_phone()
        tap(qtbot, window.signup.phone_skip_button)

    def signup_companions() -> None:
        signup_help()
        tap(qtbot, window.signup.help_yes_button)

    def confirmation() -> None:
        window.show_confirmation(booking)

    def my_signups_entry() -> None:
        window.show_my_signups()
        window.my_signups.code_pad.set_code("ZZZZZZ")
        tap(qtbot, window.my_signups.find_button)  # "found no sign-up" shows

    def my_signups_booking() -> None:
        window.show_my_signups()
        window.my_signups.code_pad.set_code(booking.booking_code)
        tap(qtbot, window.my_signups.find_button)

    def my_signups_confirm() -> None:
        my_signups_booking()
        tap(qtbot, window.my_signups.cancel_button)

    def still_there() -> None:
        window.show_browse(Period.TODAY)
        window.idle_timer.timeout.emit()

    member = services.staff.add(STAFF_NAME, "284619", "284619")

    def staff_pin() -> None:
        window.show_staff_pin()

    def staff_home() -> None:
        window.enter_staff_mode(member)

    def staff_participants() -> None:
        window.enter_staff_mode(member)
        window.show_staff_participants(bridge.occurrence_id)

    def staff_add_person() -> None:
        staff_participants()
        screen = window.screen_named("staff-participants")
        tap(qtbot, screen.add_button)  # type: ignore[attr-defined]

    def staff_cancel_date() -> None:
        staff_participants()
        screen = window.screen_named("staff-participants")
        tap(qtbot, screen.cancel_date_button)  # type: ignore[attr-defined]

    def staff_activity() -> None:
        window.enter_staff_mode(member)
        window.show_staff_activity(bridge.activity_id)

    def staff_settings() -> None:
        window.enter_staff_mode(member)
        window.show_staff_settings()

    def staff_new_user() -> None:
        staff_settings()
        screen = window.screen_named("staff-settings")
        tap(qtbot, screen.add_staff_button)  # type: ignore[attr-defined]

    def staff_audit() -> None:
        window.enter_staff_mode(member)
        window.show_staff_audit()

    return [
        home,
        browse_week,
        activity,
        signup_name,
        signup_phone,
        signup_help,
        signup_companions,
        confirmation,
        my_signups_entry,
        my_signups_booking,
        my_signups_confirm,
        still_there,
        staff_pin,
        staff_home,
        staff_participants,
        staff_add_person,
        staff_cancel_date,
        staff_activity,
        staff_settings,
        staff_new_user,
        staff_audit,
    ]


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_no_english_left_on_any_screen(
    qtbot: QtBot, window: MainWindow, services: Services, language: str
) -> None:
    """Each screen state in Norwegian and in English: what reads the same in both and is
    not data from the database is a string that missed translation."""
    data = _data_strings(services)
    untranslated: set[str] = set()

    def switch(to: str) -> None:
        window.translations.set_language(to)
        QCoreApplication.processEvents()  # LanguageChange reaches widgets as posted events

    for state in _states(window, services, qtbot):
        switch(language)
        state()
        norwegian = _texts(window)
        switch("en")
        english = _texts(window)
        switch(language)
        assert norwegian != english, f"{state.__name__}: nothing changed language"
        untranslated |= {t for t in norwegian & english if not _is_data_or_symbol(t, data)}
        window.go_home()
    assert not untranslated, f"English left on screen in {language}: {sorted(untranslated)}"
