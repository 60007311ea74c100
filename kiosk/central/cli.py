"""`sammen central --url URL …`: set up and look after the central database."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError, ProgrammingError

from kiosk.central import provision

EXIT_PROBLEM = 1
EXIT_UNREACHABLE = 3


def add_parser(commands: Any) -> None:
    central = commands.add_parser(
        "central",
        help="the municipality's central PostgreSQL database",
        description="Set up and look after the central database. URL: an administrator's "
        "postgresql:// connection string.",
    )
    central.add_argument("--url", required=True, help="postgresql://admin@host/db")
    actions = central.add_subparsers(dest="action", required=True)
    actions.add_parser("init", help="group roles, schema and every migration (safe to repeat)")
    actions.add_parser("migrate", help="apply new migrations")
    site = actions.add_parser("add-site", help="a nursing home, volunteer centre …")
    site.add_argument("name")
    kiosk = actions.add_parser("add-kiosk", help="a kiosk's own login and its enrolment file")
    kiosk.add_argument("name", nargs="?", default=None, help="the kiosk's name (default: FILE)")
    kiosk.add_argument("--site", required=True, help="the site's name")
    kiosk.add_argument("--out", required=True, type=Path, help="the enrolment file to write")
    revoke = actions.add_parser("revoke-kiosk", help="lock a kiosk out at once")
    revoke.add_argument("name")
    seed = actions.add_parser("seed-demo", help="the demo activities, for one site")
    seed.add_argument("--site", required=True)
    prune = actions.add_parser("prune-log", help="drop old changes from the change log")
    prune.add_argument("--keep-days", type=int, required=True)
    purge = actions.add_parser(
        "purge-personal-data",
        help="wipe names and phone numbers of sign-ups some days after their date",
    )
    purge.add_argument("--keep-days", type=int, required=True)
    actions.add_parser(
        "new-generation", help="after a restore from backup: every kiosk reads afresh"
    )
    status = actions.add_parser("status", help="sites, kiosks, schema version")
    status.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    try:
        engine = provision.engine_for(args.url)
    except provision.ProvisionError as problem:
        print(problem, file=sys.stderr)
        return EXIT_PROBLEM
    try:
        return _run(args, engine)
    except provision.ProvisionError as problem:
        print(f"{problem}. Nothing was changed.", file=sys.stderr)
        return EXIT_PROBLEM
    except OperationalError as error:
        # The server's own words (no password is in them), without the SQL.
        print(f"The central database cannot be reached: {error.orig}", file=sys.stderr)
        return EXIT_UNREACHABLE
    except ProgrammingError as error:
        print(f"The central database refused: {error.orig}", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        engine.dispose()


def _run(args: argparse.Namespace, engine: Any) -> int:
    if args.action == "init":
        provision.init(engine)
        print("The central database is ready.")
        return 0
    if args.action == "migrate":
        provision.migrate(engine)
        print("The central database is up to date.")
        return 0
    if args.action == "add-site":
        site_id = provision.add_site(engine, args.name)
        print(f"Site added: {args.name} [{site_id}]")
        return 0
    if args.action == "add-kiosk":
        name = args.name or args.out.stem
        if args.out.exists():
            raise provision.ProvisionError(f"{args.out} exists already")
        enrolment = provision.add_kiosk(engine, args.url, args.site, name)
        provision.write_enrolment(enrolment, args.out)
        print(
            f"Kiosk added: {enrolment.kiosk_name} at {enrolment.site_name}. Its enrolment file "
            f"is {args.out} (readable by you only): take it to the kiosk and run "
            f"`sammen enroll {args.out.name} --data-dir …`, then delete it."
        )
        return 0
    if args.action == "revoke-kiosk":
        provision.revoke_kiosk(engine, args.name)
        print(f"Kiosk {args.name} is locked out.")
        return 0
    if args.action == "seed-demo":
        from datetime import datetime

        from kiosk.central.demo import seed_central_demo
        from kiosk.clock import OSLO

        count = seed_central_demo(engine, args.site, datetime.now(OSLO))
        print(f"Demo activities loaded for {args.site}: {count} occurrences.")
        return 0
    if args.action == "prune-log":
        dropped = provision.prune_log(engine, args.keep_days)
        print(
            f"{dropped} changes dropped. Kiosks further behind read a snapshot on their next sync."
        )
        return 0
    if args.action == "purge-personal-data":
        wiped = provision.purge_personal_data(engine, args.keep_days)
        print(
            f"Names and phone numbers wiped from {wiped} sign-ups of dates that ended more "
            f"than {args.keep_days} days ago. The kiosks wipe theirs on their next sync."
        )
        return 0
    if args.action == "new-generation":
        provision.new_generation(engine)
        print("New generation: every kiosk reads the central database afresh on its next sync.")
        return 0
    if args.action == "status":
        report = provision.status(engine)
        if args.json:
            print(json.dumps(report, ensure_ascii=False, indent=2))
            return 0
        if not report["initialised"]:
            print("Not initialised: run `sammen central --url … init`.")
            return 0
        print(f"Schema {report['revision']}; {report['change_log_rows']} changes logged.")
        for site in report["sites"]:
            print(
                f"  site {site['name']}: {site['occurrences']} occurrences, "
                f"{site['signups']} sign-ups"
            )
        for kiosk in report["kiosks"]:
            if kiosk["revoked"]:
                state = "revoked"
            else:
                behind = kiosk["changes_behind"]
                state = (
                    f"last seen {kiosk['last_seen_at'] or '—'}, schema "
                    f"{kiosk['client_schema'] or '—'}, {kiosk['ops_pushed']} operations pushed "
                    f"(last {kiosk['last_push_at'] or '—'}), "
                    + ("never pulled" if behind is None else f"{behind} changes behind")
                    + f", {kiosk['seats_lent']} seats lent"
                )
            print(f"  kiosk {kiosk['name']} ({kiosk['site']}): {state}")
        room = report["connections"]
        if not room["enough"]:
            print(
                f"Warning: {room['active_kiosks']} kiosks each hold a connection, but "
                f"max_connections is {room['max_connections']} (keep {room['for_others']} "
                "for others): raise it, or kiosks will be turned away.",
                file=sys.stderr,
            )
        return 0
    return 2
