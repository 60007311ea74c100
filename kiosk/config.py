"""Kiosk settings: a small TOML file in the data folder, with safe defaults."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from kiosk.values import Value

log = logging.getLogger(__name__)

CONFIG_FILENAME = "config.toml"
LANGUAGES = ("nb", "nn", "en")

# In the data folder of a kiosk enrolled with a central database: its enrolment (0600).
ENROLMENT_FILE = "central.json"


class KioskConfig(Value):
    """The settings; every argument has its default, so `KioskConfig()` is a new kiosk's.
    (A `Value`, not a dataclass: it is read before the first paint; see kiosk/values.py.)"""

    def __init__(
        self,
        kiosk_mode: bool = False,
        language: str = "nb",
        # Seconds untouched before "Are you still there?", and how long that question waits.
        idle_seconds: int = 60,
        idle_answer_seconds: int = 30,
        # Seconds the confirmation stays before the kiosk goes home by itself.
        confirmation_seconds: int = 45,
        # Sign-up closes this many minutes before start unless the activity says otherwise.
        signup_closes_minutes: int = 30,
        # The site's public web page, if it has one: the activity screen then offers it as
        # a link QR beside the calendar entry (which needs no network and stays the default).
        public_url: str = "",
        # Days after an occurrence when names and phone numbers of its sign-ups are wiped
        # (the counts stay for reports).
        retention_days: int = 30,
    ) -> None:
        self.kiosk_mode: Final = kiosk_mode
        self.language: Final = language
        self.idle_seconds: Final = idle_seconds
        self.idle_answer_seconds: Final = idle_answer_seconds
        self.confirmation_seconds: Final = confirmation_seconds
        self.signup_closes_minutes: Final = signup_closes_minutes
        self.public_url: Final = public_url
        self.retention_days: Final = retention_days
        if public_url and not public_url.startswith("https://"):
            raise ValueError("public_url must be an https:// address")
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        if idle_seconds < 10 or idle_answer_seconds < 20:
            raise ValueError("idle time must be at least 10 s with at least 20 s to answer")
        if not 0 <= signup_closes_minutes <= 7 * 24 * 60:
            raise ValueError("signup_closes_minutes out of range")
        if not 1 <= retention_days <= 3650:
            raise ValueError("retention_days must be between 1 and 3650")
        if confirmation_seconds < 10:
            raise ValueError("confirmation_seconds must be at least 10")


def default_data_dir() -> Path:
    from platformdirs import user_data_path  # only when no --data-dir was given

    return user_data_path("sammen", appauthor=False)


def load_config(data_dir: Path) -> KioskConfig:
    """Read config.toml; unknown keys are ignored, a broken file stops start-up clearly."""
    path = data_dir / CONFIG_FILENAME
    if not path.exists():
        return KioskConfig()
    import tomllib  # most kiosks start with no settings file at all

    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    known = set(vars(KioskConfig()))
    unknown = sorted(set(raw) - known)
    if unknown:
        log.warning("config.toml: ignoring unknown keys %s", unknown)
    return KioskConfig(**{k: v for k, v in raw.items() if k in known})


def save_config(data_dir: Path, config: KioskConfig) -> None:
    lines = []
    for key, value in vars(config).items():
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f'{key} = "{value}"')
    path = data_dir / CONFIG_FILENAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)
