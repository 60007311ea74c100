"""One door to resources/: fonts and translations, in the source tree or a PyInstaller build."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def base_dir() -> Path:
    """resources/ beside the code, or inside the one-folder build (build.spec copies it)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    return base_dir().joinpath(*parts)


def font_path(filename: str) -> Path:
    return resource_path("fonts", filename)


def translation_path(language: str) -> Path:
    """Our compiled translation for a language code such as "nb" (it may not exist yet)."""
    return resource_path("translations", f"sammen_{language}.qm")


def install_fonts(app: QApplication) -> str | None:
    """Register the bundled font and make it the application font.

    A kiosk image may have no system fonts at all; then Qt draws every letter as a box.
    Returns the family name, or None when no bundled font could be loaded.
    """
    family: str | None = None
    for filename in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(font_path(filename)))
        if font_id < 0:
            log.warning("could not load bundled font %s", filename)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families and family is None:
            family = families[0]
    if family is not None:
        app.setFont(QFont(family))
    return family
