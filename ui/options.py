"""The command line of `sammen-kiosk`. No Qt here: `python -m ui` reads the command line
before PySide6 is imported (see ui/__main__.py)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from kiosk.config import LANGUAGES
from ui.theme import TEXT_SCALES, ThemeName

SUBCOMMANDS = ("screenshot", "slip")
SCREENS = (
    "home",
    "browse",
    "activity",
    "signup",
    "signup-help",
    "signup-last",
    "confirmation",
    "my-signups",
    "staff-pin",
    "staff-home",
    "staff-activity-edit",
    "staff-participants",
    "staff-add-person",
    "staff-settings",
    "staff-new-user",
    "staff-audit",
)
PAPERS = ("receipt", "a4")


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo", action="store_true", help="a throw-away data folder with demo data"
    )
    parser.add_argument("--data-dir", type=Path, default=None, help="the kiosk's data folder")
    parser.add_argument("--now", default=None, help="pretend it is this time (ISO 8601)")
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="language")
    parser.add_argument("--text-scale", type=int, choices=TEXT_SCALES, default=None)
    parser.add_argument("--theme", choices=[t.value for t in ThemeName], default=None)


def run_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sammen-kiosk",
        description="Sammen: sign up for activities on a touchscreen.",
        epilog="Also: sammen-kiosk screenshot --help, sammen-kiosk slip --help",
    )
    _common_options(parser)
    parser.add_argument("--kiosk", action="store_true", help="full screen; closing is ignored")
    parser.add_argument(
        "--offline", action="store_true", help="do not contact the central database"
    )
    parser.add_argument(
        "--windows",
        type=int,
        choices=(1, 2),
        default=1,
        help="with --demo: this many kiosk windows on the same central database",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="start, paint the home screen once and exit: proves an installed build works "
        "(prints the wall-clock time of the first paint)",
    )
    return parser


def screenshot_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sammen-kiosk screenshot", description="Render one screen to a PNG, offscreen."
    )
    _common_options(parser)
    parser.add_argument("--screen", choices=SCREENS, required=True)
    parser.add_argument("--out", type=Path, required=True, help="the PNG file to write")
    parser.add_argument("--size", default="1920x1080", help="window size, WIDTHxHEIGHT")
    return parser


def slip_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sammen-kiosk slip",
        description="Write the printed slip of a demo sign-up to a PDF, offscreen.",
    )
    parser.add_argument(
        "--demo", action="store_true", help="a throw-away data folder with demo data"
    )
    parser.add_argument("--now", default=None, help="pretend it is this time (ISO 8601)")
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="language")
    parser.add_argument(
        "--paper",
        choices=PAPERS,
        default="receipt",
        help="receipt: 80 mm wide, as long as the slip; a4: an A4 sheet",
    )
    parser.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    return parser


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The kiosk window's options; None for a subcommand (`screenshot`, `slip`)."""
    if argv and argv[0] in SUBCOMMANDS:
        return None
    return run_parser().parse_args(argv)
