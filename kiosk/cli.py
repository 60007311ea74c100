"""`sammen`: the headless admin command (no Qt). Every command takes --data-dir.

No command takes a PIN as an argument (it would land in the shell history and in `ps`):
`staff add` asks for it, or reads it from standard input when that is not a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import unicodedata
import uuid
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from kiosk import __version__
from kiosk.clock import OSLO, Clock, FixedClock, SystemClock, parse_now
from kiosk.config import default_data_dir
from kiosk.domain.enums import Refusal, SignupStatus
from kiosk.domain.validation import NAME_MAX_LENGTH, InvalidName, NameProblem, validate_name
from kiosk.services import Services
from kiosk.services.admin import EditRefused
from kiosk.services.catalogue import Period
from kiosk.services.imports import COLUMNS, BadRow, ImportFileProblem, RowProblem, import_signups
from kiosk.services.staff import (
    InvalidPin,
    PinProblem,
    StaffProblem,
    StaffRefused,
    check_new_pin,
)
from kiosk.storage.database import DatabaseProblem, DatabaseProblemKind
from kiosk.storage.models import Occurrence, Site

EXIT_DATABASE = 3
EXIT_FILE = 2  # `signups import`: the file as a whole cannot be read; nothing stored

PROBLEM_TEXT = {
    DatabaseProblemKind.LOCKED: "is in use by another program (is a kiosk already running?)",
    DatabaseProblemKind.UNREADABLE: "cannot be read as a Sammen database",
    DatabaseProblemKind.NEWER_VERSION: "was written by a newer version of Sammen; upgrade first",
}

PIN_RULE = (
    "A PIN is 6–12 digits, not all the same digit (like 111111) "
    "and not a simple run (like 123456 or 654321)."
)
NOTHING_STORED = "Nothing was stored."
# Far more than two PIN lines; a PIN piped in from a big file is a mistake, not a PIN.
_STDIN_LIMIT = 4096

NAME_TEXT = {
    NameProblem.EMPTY: "the name is empty",
    NameProblem.TOO_LONG: f"the name is longer than {NAME_MAX_LENGTH} characters",
    NameProblem.BAD_CHARACTER: (
        "the name may hold only letters, spaces, hyphens and apostrophes "
        "(no digits, emoji or other symbols)"
    ),
    NameProblem.NO_LETTER: "the name has no letters",
}

PHONE_TEXT = "the phone number is neither 8 digits nor + and a country code"

REFUSAL_TEXT = {
    Refusal.NOT_FOUND: "there is no occurrence with this id",
    Refusal.CANCELLED: "the occurrence is cancelled",
    Refusal.CLOSED: "sign-up for the occurrence has closed",
    Refusal.STARTED: "the occurrence has already started or is over",
    Refusal.ALREADY_SIGNED_UP: (
        "this person is already signed up for it (the same name, and the same phone or none)"
    ),
    Refusal.TOO_MANY_COMPANIONS: "too many companions",
    Refusal.ALREADY_CANCELLED: "the sign-up is already cancelled",
}


def describe_problem(problem: DatabaseProblem) -> str:
    return (
        f"The database {problem.path} {PROBLEM_TEXT[problem.kind]}. "
        "It has not been changed. Nothing was started."
    )


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=None, help="the kiosk's data folder")
    common.add_argument("--now", default=None, help="pretend it is this time (ISO 8601)")

    parser = argparse.ArgumentParser(prog="sammen", description="Sammen kiosk administration")
    parser.add_argument("--version", action="version", version=f"sammen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    commands.add_parser("migrate", parents=[common], help="create or upgrade the database")
    commands.add_parser("seed-demo", parents=[common], help="fill an empty database with demo data")

    activities = commands.add_parser("activities", help="activities and occurrences")
    activity_commands = activities.add_subparsers(dest="action", required=True)
    listing = activity_commands.add_parser("list", parents=[common], help="upcoming occurrences")
    listing.add_argument("--json", action="store_true", help="machine-readable output")

    staff = commands.add_parser("staff", help="staff users (who may open staff mode)")
    staff_commands = staff.add_subparsers(dest="action", required=True)
    staff_add = staff_commands.add_parser(
        "add",
        parents=[common],
        help="add a staff user",
        description="Add a staff user. The PIN is asked for twice on a terminal; otherwise "
        "it is read from standard input (one line, or the same PIN on two lines). " + PIN_RULE,
    )
    staff_add.add_argument("name", help="the staff user's name")
    staff_list = staff_commands.add_parser("list", parents=[common], help="the staff users")
    staff_list.add_argument("--json", action="store_true", help="machine-readable output")
    staff_remove = staff_commands.add_parser(
        "remove", parents=[common], help="remove a staff user (never the last one)"
    )
    staff_remove.add_argument("name", help="the staff user's name")

    signups = commands.add_parser("signups", help="the people signed up")
    signup_commands = signups.add_subparsers(dest="action", required=True)
    signup_list = signup_commands.add_parser(
        "list", parents=[common], help="who is signed up for one occurrence"
    )
    signup_list.add_argument(
        "--occurrence", required=True, metavar="ID", help="the occurrence id (activities list)"
    )
    signup_list.add_argument("--json", action="store_true", help="machine-readable output")
    signup_import = signup_commands.add_parser(
        "import",
        parents=[common],
        help="sign people up from a CSV file (occurrence_id,name,phone)",
        description="Sign people up from a paper list typed into a UTF-8 CSV file whose first "
        "line is: occurrence_id,name,phone. Good rows are stored, bad rows are reported by "
        "line number. Exit status: 0 all rows stored, 1 some rows not stored, 2 the file "
        "cannot be read (nothing stored).",
    )
    signup_import.add_argument("file", type=Path, metavar="FILE.csv", help="the CSV file")

    from kiosk.central import cli as central_cli

    central_cli.add_parser(commands)
    enroll = commands.add_parser(
        "enroll", parents=[common], help="join this kiosk to the central database"
    )
    enroll.add_argument("file", type=Path, help="the enrolment file from `central add-kiosk`")
    sync = commands.add_parser("sync", parents=[common], help="sync with the central database")
    sync.add_argument("--once", action="store_true", required=True, help="one cycle, then exit")
    sync.add_argument("--json", action="store_true", help="machine-readable report")
    return parser


def _clock(args: argparse.Namespace) -> Clock:
    return FixedClock(parse_now(args.now)) if args.now else SystemClock()


def _open(args: argparse.Namespace) -> Services:
    return Services.open(args.data_dir or default_data_dir(), _clock(args))


def _error(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _clean_name(raw: str) -> str:
    """The name as staff.add stores it (NFC, single spaces), for comparing with input."""
    return " ".join(unicodedata.normalize("NFC", raw).split())


def _seed_demo(services: Services) -> int:
    from kiosk.demo import seed_demo

    with services.db.read() as session:
        if session.scalar(select(Site.id).limit(1)) is not None:
            print("The database already has a site; demo data goes only into an empty one.")
            return 1
    seed_demo(services.db, services.clock, services.booking)
    print("Demo data loaded.")
    return 0


def _list_activities(services: Services, as_json: bool) -> int:
    occurrences = services.catalogue.occurrences(Period.WEEK)
    if as_json:
        rows = [
            {
                "occurrence_id": str(o.occurrence_id),
                "activity_id": str(o.activity_id),
                "title": o.title,
                "category": o.category.value,
                "starts_at": o.starts_at.isoformat(),
                "ends_at": o.ends_at.isoformat(),
                "place": o.place,
                "capacity": o.capacity,
                "seats_left": o.seats_left,
                "waitlist_length": o.waitlist_length,
                "sensitive": o.sensitive,
                "signup_state": o.signup_state.value,
            }
            for o in occurrences
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for o in occurrences:
        seats = "-" if o.seats_left is None else f"{o.seats_left}/{o.capacity}"
        print(f"{o.starts_at:%Y-%m-%d %H:%M}  {seats:>7}  {o.title}  [{o.occurrence_id}]")
    return 0


# -- staff -------------------------------------------------------------------------------------


class _NoPin(Exception):
    """The PIN could not be read; the message says why."""


PIN_TEXT = {
    PinProblem.LENGTH: f"The PIN must be 6–12 digits. {PIN_RULE}",
    PinProblem.NOT_DIGITS: f"The PIN may hold only the digits 0–9. {PIN_RULE}",
    PinProblem.TOO_SIMPLE: f"The PIN is too simple; choose another PIN. {PIN_RULE}",
    PinProblem.MISMATCH: "The two PINs are not the same.",
    # Never whose: that would tell the newcomer a colleague's PIN.
    PinProblem.IN_USE: "That PIN is already in use; choose another PIN.",
}


def _read_pin(name: str) -> tuple[str, str | None]:
    """(PIN, repeated PIN or None). Never echoed, printed or logged."""
    stdin = sys.stdin
    if stdin is None:
        raise _NoPin("No PIN given: there is no standard input to read it from.")
    if stdin.isatty():
        try:
            pin = getpass.getpass(f"PIN for {name} (6–12 digits): ")
            try:
                check_new_pin(pin)  # say so now, not after typing it twice
            except InvalidPin as problem:
                raise _NoPin(PIN_TEXT[problem.problem]) from None
            repeated = getpass.getpass("The same PIN again: ")
        except (EOFError, KeyboardInterrupt):
            raise _NoPin("Cancelled.") from None
        return pin, repeated
    text = stdin.read(_STDIN_LIMIT + 1)
    if len(text) > _STDIN_LIMIT:
        raise _NoPin("Standard input is too long for a PIN: give it on one line, or twice.")
    lines = [line.strip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()  # trailing blank lines are not a second PIN
    if not lines:
        raise _NoPin(f"No PIN given on standard input. {PIN_RULE}")
    if len(lines) > 2:
        raise _NoPin("Give the PIN on one line, or the same PIN on two lines; not more.")
    return lines[0], lines[1] if len(lines) == 2 else None


def _staff_add(services: Services, raw_name: str) -> int:
    # Name checks before the PIN is asked for: nobody types a PIN twice for nothing.
    try:
        name = validate_name(raw_name)
    except InvalidName as problem:
        return _error(f"Not a usable name: {NAME_TEXT[problem.problem]}. {NOTHING_STORED}")
    taken = next(
        (m for m in services.staff.members() if m.name.casefold() == name.casefold()), None
    )
    if taken is not None:
        return _error(f"There is already a staff user called {taken.name}. {NOTHING_STORED}")
    try:
        pin, repeated = _read_pin(name)
    except _NoPin as problem:
        return _error(f"{problem} {NOTHING_STORED}")
    try:
        member = services.staff.add(name, pin, repeated)
    except InvalidPin as problem:
        return _error(f"{PIN_TEXT[problem.problem]} {NOTHING_STORED}")
    except InvalidName as problem:
        return _error(f"Not a usable name: {NAME_TEXT[problem.problem]}. {NOTHING_STORED}")
    except StaffRefused as refused:
        if refused.problem is StaffProblem.NAME_TAKEN:
            return _error(f"There is already a staff user called {name}. {NOTHING_STORED}")
        raise
    print(f"Staff user added: {member.name}")
    return 0


def _staff_list(services: Services, as_json: bool) -> int:
    members = services.staff.members()
    if as_json:
        rows = [
            {"name": m.name, "created_at": m.created_at.astimezone(OSLO).isoformat()}
            for m in members
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not members:
        print("No staff users yet. Add one with: sammen staff add NAME")
        return 0
    for m in members:
        print(f"{m.created_at.astimezone(OSLO):%Y-%m-%d}  {m.name}")
    return 0


def _staff_remove(services: Services, raw_name: str) -> int:
    name = _clean_name(raw_name)
    # The stored spelling, for the messages; remove() itself compares without case.
    name = next(
        (m.name for m in services.staff.members() if m.name.casefold() == name.casefold()), name
    )
    try:
        services.staff.remove(name)
    except StaffRefused as refused:
        if refused.problem is StaffProblem.NOT_FOUND:
            return _error(f"There is no staff user called {name}.")
        if refused.problem is StaffProblem.LAST_ONE:
            return _error(
                f"{name} is the last staff user and is not removed: without one, nobody "
                "could open staff mode. Add another staff user first."
            )
        raise
    print(f"Staff user removed: {name}")
    return 0


# -- sign-ups ----------------------------------------------------------------------------------


def _signups_list(services: Services, raw_id: str, as_json: bool) -> int:
    try:
        occurrence_id = uuid.UUID(raw_id.strip())
    except ValueError:
        return _error(f"{raw_id!r} is not an occurrence id (see: sammen activities list).")
    try:
        occ = services.admin.occurrence(occurrence_id)
        people = services.admin.participants(occurrence_id)
    except EditRefused:
        return _error(f"There is no occurrence with id {occurrence_id}.")
    # Names and phone numbers leave the kiosk here, as with an export: it goes in the log.
    services.staff.record(None, "participants.export", f"{occ.title} (command line)")
    if as_json:
        rows = [
            {
                "name": p.name,
                "phone": p.phone,
                "party_size": p.party_size,
                "status": p.status.value,
                "waitlist_position": p.waitlist_position,
                "booking_code": p.booking_code,
                "attended": p.attended,
            }
            for p in people
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    cancelled = "  CANCELLED" if occ.cancelled else ""
    print(f"{occ.title}, {occ.starts_at:%Y-%m-%d %H:%M}{cancelled}")
    print(
        f"{occ.seats_taken} of {occ.capacity} seats taken, "
        f"{occ.waitlist_length} on the waiting list"
    )
    if not people:
        print("Nobody is signed up.")
        return 0
    header = ("#", "Name", "Phone", "Party", "Status", "Code", "Attended")
    table = [header] + [
        (
            f"w{p.waitlist_position}" if p.waitlist_position is not None else str(n),
            p.name,
            p.phone or "",
            str(p.party_size),
            p.status.value,
            p.booking_code,
            "yes" if p.attended else "",
        )
        for n, p in enumerate(people, start=1)
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    return 0


def _describe_bad_row(bad: BadRow) -> str:
    detail = bad.detail
    if bad.problem is RowProblem.COLUMNS:
        return f"expected {len(COLUMNS)} fields ({','.join(COLUMNS)}), found {detail}"
    if bad.problem is RowProblem.OCCURRENCE:
        if detail == "not an occurrence id":
            return "the first field is not an occurrence id"
        return "there is no occurrence with this id"
    if bad.problem is RowProblem.NAME:
        known = {p.value: text for p, text in NAME_TEXT.items()}
        return known.get(detail, f"the name or phone is not accepted ({detail})")
    if bad.problem is RowProblem.PHONE:
        return PHONE_TEXT
    refusals = {r.value: text for r, text in REFUSAL_TEXT.items()}  # RowProblem.REFUSED
    return refusals.get(detail, f"the sign-up was refused ({detail})")


def _signups_import(services: Services, path: Path) -> int:
    with services.db.read() as session:
        known = set(session.scalars(select(Occurrence.id)))
    try:
        report = import_signups(path, services.booking, known)
    except ImportFileProblem as problem:
        text = str(problem)
        where = "" if str(path) in text else f" {path}"  # "cannot read PATH" names it already
        print(f"Cannot import{where}: {text}. {NOTHING_STORED}", file=sys.stderr)
        return EXIT_FILE
    lines: list[tuple[int, str]] = []
    for line, booking in report.stored:
        where = "waiting list" if booking.status is SignupStatus.WAITLISTED else "seat"
        lines.append((line, f"{booking.display_name} → {booking.booking_code} ({where})"))
    lines += [(bad.line, _describe_bad_row(bad)) for bad in report.bad]
    for line, text in sorted(lines, key=lambda item: item[0]):
        print(f"line {line}: {text}")
    stored = len(report.stored)
    if stored:
        services.staff.record(None, "signups.import", f"{stored} rows from {path.name}")
    total = stored + len(report.bad)
    if total == 0:
        print(f"{path.name} has no rows after the header; nothing to import.")
        return 0
    waiting = sum(1 for _, b in report.stored if b.status is SignupStatus.WAITLISTED)
    summary = f"{stored} of {total} rows stored"
    if stored:
        summary += f" ({stored - waiting} with a seat, {waiting} on the waiting list)"
    if report.bad:
        summary += f"; {len(report.bad)} not stored, see the lines above"
    print(summary + ".")
    return 1 if report.bad else 0


def _enroll(services: Services, file: Path) -> int:
    from kiosk.central.provision import ProvisionError
    from kiosk.sync.client import enroll

    try:
        enrolment = enroll(file, services)
    except ProvisionError as problem:
        print(f"{problem}. Nothing was changed.", file=sys.stderr)
        return 1
    print(
        f"This kiosk is now {enrolment.kiosk_name} at {enrolment.site_name}. Its secret is "
        f"kept in {services.data_dir} (readable by you only); delete {file}."
    )
    return 0


def _sync_once(services: Services, as_json: bool) -> int:
    from kiosk.sync.client import SyncClient, SyncProblem, load_enrolment

    enrolment = load_enrolment(services.data_dir)
    if enrolment is None:
        print("This kiosk is not enrolled: run `sammen enroll FILE` first.", file=sys.stderr)
        return 1
    client = SyncClient(services, enrolment)
    try:
        report = client.sync_once()
    except SyncProblem as problem:
        if as_json:
            print(json.dumps({"ok": False, "error": str(problem), "pending": client.pending()}))
        else:
            print(
                f"Sync did not finish: {problem}. Nothing is lost; it is tried again.",
                file=sys.stderr,
            )
        return 3
    if as_json:
        print(json.dumps({"ok": True, **report.as_dict()}))
    elif report.upgrade_required:
        print("The central database needs a newer kiosk: upgrade Sammen. Nothing is lost.")
    else:
        print(f"Pushed {report.pushed}, pulled {report.pulled}, {report.pending} waiting.")
    return 2 if report.upgrade_required else 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # `sammen signups list | head`: the reader left; not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(argv)
    if args.command == "central":
        from kiosk.central import cli as central_cli

        return central_cli.run(args)
    try:
        services = _open(args)
    except DatabaseProblem as problem:
        print(describe_problem(problem), file=sys.stderr)
        return EXIT_DATABASE
    try:
        if args.command == "migrate":
            print(f"Database ready: {services.db.path}")
            return 0
        if args.command == "seed-demo":
            return _seed_demo(services)
        if args.command == "activities" and args.action == "list":
            return _list_activities(services, args.json)
        if args.command == "staff":
            if args.action == "add":
                return _staff_add(services, args.name)
            if args.action == "list":
                return _staff_list(services, args.json)
            if args.action == "remove":
                return _staff_remove(services, args.name)
        if args.command == "enroll":
            return _enroll(services, args.file)
        if args.command == "sync":
            return _sync_once(services, args.json)
        if args.command == "signups":
            if args.action == "list":
                return _signups_list(services, args.occurrence, args.json)
            if args.action == "import":
                return _signups_import(services, args.file)
        return 2
    finally:
        services.close()


if __name__ == "__main__":
    sys.exit(main())
