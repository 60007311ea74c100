"""`sammen`: the headless admin command (no Qt). Every command takes --data-dir."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from kiosk import __version__
from kiosk.clock import Clock, FixedClock, SystemClock, parse_now
from kiosk.config import default_data_dir
from kiosk.services import Services
from kiosk.services.catalogue import Period
from kiosk.storage.database import DatabaseProblem, DatabaseProblemKind
from kiosk.storage.models import Site

EXIT_DATABASE = 3

PROBLEM_TEXT = {
    DatabaseProblemKind.LOCKED: "is in use by another program (is a kiosk already running?)",
    DatabaseProblemKind.UNREADABLE: "cannot be read as a Sammen database",
    DatabaseProblemKind.NEWER_VERSION: "was written by a newer version of Sammen; upgrade first",
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
    return parser


def _clock(args: argparse.Namespace) -> Clock:
    return FixedClock(parse_now(args.now)) if args.now else SystemClock()


def _open(args: argparse.Namespace) -> Services:
    return Services.open(args.data_dir or default_data_dir(), _clock(args))


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


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(argv)
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
        return 2
    finally:
        services.close()


if __name__ == "__main__":
    sys.exit(main())
