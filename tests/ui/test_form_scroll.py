"""A staff form's fields scroll above keys kept whole: at large text the field being typed
in is shown whole, caption and box, or at least its box whole when there is not room for
both (at 166 % a caption cut at the top and a box cut at the bottom was what showed)."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.enums import Period
from kiosk.services import Services
from ui.shell import MainWindow
from ui.widgets.form import TextField, caption_height, scroll_area_of

from .helpers import tap


def _shown(field: QWidget, part: QWidget) -> tuple[int, int, int]:
    """Where the part's top and bottom are in its scroll area's viewport, and its height."""
    area = scroll_area_of(field)
    assert area is not None
    viewport = area.viewport()
    top = part.mapTo(viewport, QPoint(0, 0)).y()
    return top, top + part.height(), viewport.height()


def _not_shown(field: TextField) -> str | None:
    """What of the field is not shown as it should be, or None."""
    box_top, box_bottom, room = _shown(field, field.edit)
    if box_top < 0 or box_bottom > room:
        return f"{field.caption.text()}: box at {box_top}-{box_bottom} of {room}"
    _, caption_bottom, _ = _shown(field, field.caption)
    caption_top = caption_bottom - caption_height(field)  # the text sits at its bottom
    if box_bottom - caption_top <= room and caption_top < 0:  # room for both: caption too
        return f"{field.caption.text()}: caption cut at {caption_top}"
    return None


def _type_into_each(qtbot: QtBot, fields: list[TextField]) -> None:
    # Last to first and back: each field is reached from one on each side of it (those of
    # the new staff user share one row, so the area scrolls by the row's last pixel).
    for field in [*reversed(fields), *fields]:
        _tap_into(qtbot, field)
        assert _not_shown(field) is None, _not_shown(field)


def _tap_into(qtbot: QtBot, field: TextField) -> None:
    """Tap the field's box and wait until its form has scrolled it into view."""
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.edit.hasFocus)
    # The scroll is queued after the focus change: waited for, not for a fixed time.
    with contextlib.suppress(qtbot.TimeoutError):  # then the caller's assert says what
        qtbot.waitUntil(lambda: _not_shown(field) is None, timeout=2000)


def _new_staff_user_form(qtbot: QtBot, window: MainWindow, services: Services) -> list[TextField]:
    """Staff mode's form for a new staff user, open; its three fields."""
    member = services.staff.add("Kari Nordmann", "284619", "284619")
    window.enter_staff_mode(member)
    window.show_staff_settings()
    settings = window.screen_named("staff-settings")
    tap(qtbot, settings.add_staff_button)  # type: ignore[attr-defined]
    return [settings.new_name, settings.new_pin, settings.new_pin_again]  # type: ignore[attr-defined]


def _add_person_form(qtbot: QtBot, window: MainWindow, services: Services) -> list[TextField]:
    """The participant list's form for adding someone who called; its two fields."""
    member = services.staff.add("Kari Nordmann", "284619", "284619")
    window.enter_staff_mode(member)
    date = services.catalogue.occurrences(Period.WEEK)[0].occurrence_id
    window.show_staff_participants(date)
    participants = window.screen_named("staff-participants")
    tap(qtbot, participants.add_button)  # type: ignore[attr-defined]
    return [participants.name_field, participants.phone_field]  # type: ignore[attr-defined]


def _activity_form(qtbot: QtBot, window: MainWindow, services: Services) -> list[TextField]:
    """The form for a new activity, weekly (its "until" field shows then): the longest,
    every field of it."""
    member = services.staff.add("Kari Nordmann", "284619", "284619")
    window.enter_staff_mode(member)
    window.show_staff_activity(None)
    edit = window.screen_named("staff-activity-edit")
    tap(qtbot, edit.weekly_button)  # type: ignore[attr-defined]
    fields = edit.findChildren(TextField)
    assert all(field.isVisible() for field in fields)
    return fields


FORMS = {
    "new staff user": _new_staff_user_form,
    "add a person": _add_person_form,
    "new activity": _activity_form,
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("scale", [100, 133, 166])
def test_the_field_typed_in_shows_whole_at_every_text_size(
    qtbot: QtBot, window: MainWindow, services: Services, scale: int, form: str
) -> None:
    tap(qtbot, window.home.size_buttons[scale])
    fields = FORMS[form](qtbot, window, services)
    assert len(fields) >= 2
    _type_into_each(qtbot, fields)


@pytest.mark.parametrize("scale", [100, 133, 166])
def test_adding_a_person_each_row_typed_in_shows_what_to_tap_beside_it(
    qtbot: QtBot, window: MainWindow, services: Services, scale: int
) -> None:
    """With the keys up at large text only one row of the form is in view: the name's row
    has the companions beside it and the phone's the company-or-a-ride toggle, so neither
    is left under the keys (the companions were, below the phone, at 133 % and 166 %)."""
    tap(qtbot, window.home.size_buttons[scale])
    name, phone = _add_person_form(qtbot, window, services)
    participants = window.screen_named("staff-participants")
    beside = {
        name: [participants.companions.minus, participants.companions.plus],  # type: ignore[attr-defined]
        phone: [participants.add_help],  # type: ignore[attr-defined]
    }
    for field in (name, phone, name):
        _tap_into(qtbot, field)
        assert participants.add_keyboard.isVisible()  # type: ignore[attr-defined]
        for control in beside[field]:
            top, bottom, room = _shown(field, control)
            assert top >= 0 and bottom <= room, (field.caption.text(), top, bottom, room)


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_new_staff_users_captions_stay_on_one_line_at_the_largest_text(
    qtbot: QtBot, window: MainWindow, services: Services, language: str
) -> None:
    """Side by side above the keys, a caption of two lines showed only its second ("gang
    til") while the first field was typed in: each must fit its column on one line."""
    tap(qtbot, window.home.language_buttons[language])
    tap(qtbot, window.home.size_buttons[166])
    new_user = _new_staff_user_form(qtbot, window, services)
    qtbot.wait(30)
    for field in new_user:
        line = field.caption.fontMetrics().lineSpacing()
        assert caption_height(field) < 1.5 * line, (language, field.caption.text())
