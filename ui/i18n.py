"""Language switching: our translator plus Qt's own, installed live.

Source strings in the code are English. Installing or removing a translator makes Qt send
LanguageChange to every widget, and each Screen then runs retranslate(). A missing .qm
file is not an error: the English source text shows.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from kiosk.config import LANGUAGES
from ui import resources

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "nb"
LOCALE_NAMES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}
# Qt ships qtbase_nn but no qtbase_nb; the two written Norwegians share most of Qt's few words.
QTBASE_CANDIDATES = {"nb": ("nb", "nn"), "nn": ("nn", "nb"), "en": ("en",)}
# Each language's name in that language: a resident who cannot read the current one
# still finds their own.
NATIVE_NAMES = {"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALE_NAMES.get(language, LOCALE_NAMES[DEFAULT_LANGUAGE]))


class Translations(QObject):
    """The translators of the current language; `changed` says which language is on now."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = ""
        self._installed: list[QTranslator] = []

    @property
    def language(self) -> str:
        return self._language or DEFAULT_LANGUAGE

    def locale(self) -> QLocale:
        return locale_for(self.language)

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        if language == self._language:
            return
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication must exist before translations"
        self.uninstall()
        ours = QTranslator(self)
        if ours.load(str(resources.translation_path(language))):
            self._install(ours)
        else:
            log.info("no translation file for %s yet: English text shows", language)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for candidate in QTBASE_CANDIDATES[language]:
            qtbase = QTranslator(self)
            if qtbase.load(f"qtbase_{candidate}", qt_dir):
                self._install(qtbase)
                break
        QLocale.setDefault(locale_for(language))
        self._language = language
        # With no .qm installed Qt sends no LanguageChange, yet dates still change language.
        # Qt merges LanguageChange events posted to one widget, so this costs no extra pass.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        self.changed.emit(language)

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)
