"""One sync cycle: say hello, push the outbox, pull until caught up.

The outbox holds intent operations written in the same transaction as the local change;
each carries its own op id, so a push retried after a lost reply acts once on the server.
The pull cursor is the server's (xid, id) pair; applying a change is an upsert, so a
cycle cut short anywhere can simply run again.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import String, cast, func, select, update
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.central.provision import (
    Enrolment,
    ProvisionError,
    ca_file_for,
    kiosk_url,
    write_enrolment,
)
from kiosk.config import ENROLMENT_FILE
from kiosk.domain.enums import Category, OccurrenceStatus, SignupStatus
from kiosk.services import Services
from kiosk.services.booking import append_outbox
from kiosk.services.events import Change
from kiosk.storage.database import SCRATCH_SCHEMA
from kiosk.storage.files import SCHEMA_VERSION
from kiosk.storage.models import Activity, Kiosk, Occurrence, OutboxOp, SeatQuota, Signup, Site

log = logging.getLogger(__name__)

Where = TypeVar("Where")  # where a page read ahead starts: a log cursor, a snapshot id

STATE_FILE = "sync_state.json"
# As many ops a push as the server takes (sync.push refuses more than 1,000): each push
# has a fixed cost, ≈ 10 % of a batch of 500 (bench/sync.py).
PUSH_BATCH = 1000
# ... and half the bytes it takes (it refuses over 2 MB): an edited weekly activity
# carries its dates.
PUSH_BYTES = 1_000_000
PULL_PAGE = 1000
PULL_ROWS_PAGE = 5000
SNAPSHOT_PAGE = 5000
# The first central schema that gives pages as rows (sync.pull_rows).
ROWS_SERVER_SCHEMA = 5
# The first central schema that gives a snapshot's pages as rows (sync.snapshot_rows).
SNAPSHOT_ROWS_SERVER_SCHEMA = 6
# The first central schema that lends seats (sync.quota); older servers are left alone.
QUOTA_SERVER_SCHEMA = 3
QUOTA_EVERY_S = 60.0


class SyncProblem(RuntimeError):
    """A cycle that could not finish; the outbox and the cursor are as they were."""


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    pending: int = 0
    upgrade_required: bool = False
    rejected: list[str] = field(default_factory=list)  # reasons, no personal data

    def as_dict(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "pending": self.pending,
            "upgrade_required": self.upgrade_required,
            "rejected": self.rejected,
        }


# -- enrolment ---------------------------------------------------------------------------


def enroll(file: Path, services: Services) -> Enrolment:
    """Keep the kiosk's secret in the data folder (0600) and make the kiosk's own site and
    kiosk rows, so what it pulls fits. Raises ProvisionError for a file that is not one."""
    try:
        enrolment = Enrolment.from_json(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProvisionError(f"cannot read {file}") from exc
    write_enrolment(enrolment, services.data_dir / ENROLMENT_FILE)
    ca_file_for(enrolment, services.data_dir)
    services.booking.central = True  # from now on the central database decides seats
    with services.db.transaction() as session:
        _ensure_site(session, enrolment.site_id, enrolment.site_name)
        for other in session.scalars(select(Kiosk).where(Kiosk.is_self.is_(True))):
            other.is_self = False
        kiosk = session.get(Kiosk, enrolment.kiosk_id)
        if kiosk is None:
            session.add(
                Kiosk(
                    id=enrolment.kiosk_id,
                    site_id=enrolment.site_id,
                    name=enrolment.kiosk_name,
                    is_self=True,
                )
            )
        else:
            kiosk.is_self = True
    (services.data_dir / STATE_FILE).unlink(missing_ok=True)  # a new server: pull it all
    return enrolment


def load_enrolment(data_dir: Path) -> Enrolment | None:
    path = data_dir / ENROLMENT_FILE
    if not path.exists():
        return None
    return Enrolment.from_json(path.read_text(encoding="utf-8"))


# -- the cycle ---------------------------------------------------------------------------


class SyncClient:
    def __init__(
        self, services: Services, enrolment: Enrolment, hold_connection: bool = False
    ) -> None:
        """`hold_connection`: keep the connection open from one cycle to the next (the
        GUI's worker does). A new connection is a new server process that must load its
        catalogue and compile every sync function again: ≈ 12 ms of server time for a
        cycle against ≈ 1.6 ms on a held one (docs/performance.md)."""
        self._services = services
        self._enrolment = enrolment
        self._state_path = services.data_dir / STATE_FILE
        self._quota_asked_at: float | None = None  # monotonic seconds
        self._hold = hold_connection
        self._conn: Any = None  # the held connection, if any
        self._server_schema = 0  # as its last hello said

    def close(self) -> None:
        """Close a held connection (the next cycle opens a new one)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _connect(self, connect_timeout: int) -> Any:
        import psycopg

        try:
            url = kiosk_url(self._enrolment, ca_file_for(self._enrolment, self._services.data_dir))
            return psycopg.connect(
                url,
                autocommit=True,
                connect_timeout=connect_timeout,
                # A held connection whose network went away is noticed within a minute, and
                # a statement on a dead link gives up after 30 s instead of TCP's 15 minutes.
                keepalives=1,
                keepalives_idle=30,
                keepalives_interval=10,
                keepalives_count=3,
                tcp_user_timeout=30_000,
            )
        except (psycopg.Error, OSError) as exc:
            raise SyncProblem(f"central database unreachable: {type(exc).__name__}") from exc

    def _hello(self, connect_timeout: int) -> tuple[Any, dict[str, Any]]:
        """A connection that answers, and the server's hello. A held connection may have
        gone stale since the last cycle (the server restarted, or ended the idle session,
        or the network dropped it): then once more on a new one, so that costs no cycle."""
        import psycopg

        held = self._conn
        if held is not None and not held.closed:
            try:
                return held, _one(held, "SELECT sync.hello(%s)", SCHEMA_VERSION)
            except psycopg.OperationalError:
                log.info("sync: the held connection had gone; connecting again")
            self.close()
        conn = self._connect(connect_timeout)
        if self._hold:
            self._conn = conn
        try:
            return conn, _one(conn, "SELECT sync.hello(%s)", SCHEMA_VERSION)
        except BaseException:
            self._conn = None
            conn.close()
            raise

    def _state(self) -> dict[str, Any]:
        try:
            raw = json.loads(self._state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return raw if isinstance(raw, dict) else {}

    def cursor(self) -> tuple[str, int]:
        raw = self._state()
        try:
            return str(int(raw["xid"])), int(raw["id"])
        except (KeyError, ValueError, TypeError):
            return "0", 0

    def generation(self) -> str | None:
        """Which life of the central database this kiosk's copy follows (None: not known)."""
        value = self._state().get("generation")
        return None if value is None else str(value)

    def _save_cursor(self, cursor: tuple[str, int], generation: str | None = None) -> None:
        state = {"xid": cursor[0], "id": cursor[1], "generation": generation or self.generation()}
        tmp = self._state_path.with_name(self._state_path.name + ".tmp")
        tmp.write_text(json.dumps(state), encoding="utf-8")
        tmp.replace(self._state_path)

    def oldest_pending(self) -> datetime | None:
        with self._services.db.read() as session:
            return session.scalar(
                select(OutboxOp.created_at)
                .where(OutboxOp.sent_at.is_(None))
                .order_by(OutboxOp.seq)
                .limit(1)
            )

    def pending(self) -> int:
        with self._services.db.read() as session:
            return int(
                session.scalar(
                    select(func.count()).select_from(OutboxOp).where(OutboxOp.sent_at.is_(None))
                )
                or 0
            )

    def seats_lent(self) -> int:
        """Seats of coming dates this kiosk may still promise without the network."""
        with self._services.db.read() as session:
            held = SeatQuota.granted_total - SeatQuota.used_total - SeatQuota.returned_total
            total = session.scalar(
                select(func.coalesce(func.sum(held), 0))
                .join(Occurrence, Occurrence.id == SeatQuota.occurrence_id)
                .where(held > 0, Occurrence.starts_at > self._services.clock.now())
            )
            return int(total or 0)

    def sync_once(self, connect_timeout: int = 5) -> SyncReport:
        import psycopg

        report = SyncReport()
        conn: Any = None
        try:
            conn, hello = self._hello(connect_timeout)
            self._server_schema = int(hello.get("server_schema") or 0)
            if hello.get("upgrade_required"):
                report.upgrade_required = True  # the outbox stays as it is
                report.pending = self.pending()
                return report
            if self._restored(hello):
                self._send_everything_again()
            self._push(conn, report)
            if self._needs_snapshot(hello):
                self._read_snapshot(conn, report)
            self._pull(conn, report)
            if self._server_schema >= QUOTA_SERVER_SCHEMA and self._quota_due(report):
                self._refresh_quota(conn, report)
        except psycopg.Error as exc:
            if conn is not None and conn is self._conn:
                self.close()  # in an unknown state: the next cycle starts on a new one
            raise SyncProblem(f"sync broke off: {type(exc).__name__}") from exc
        finally:
            if conn is not None and conn is not self._conn:
                conn.close()
        report.pending = self.pending()
        return report

    def _push(self, conn: Any, report: SyncReport) -> None:
        while True:
            with self._services.db.read() as session:
                ops = session.scalars(
                    select(OutboxOp)
                    .where(OutboxOp.sent_at.is_(None))
                    .order_by(OutboxOp.seq)
                    .limit(PUSH_BATCH)
                ).all()
                batch = [(str(op.op_id), op.kind, op.payload) for op in _within_bytes(ops)]
            if not batch:
                return
            answers = _one(conn, "SELECT sync.push(%s::jsonb)", batch_text(batch))
            by_op = {str(a.get("op_id")): a for a in answers}
            # Not answered: sent again next cycle.
            answered = [
                ({"op_id": op_id, "kind": kind, "payload": json.loads(payload)}, by_op[op_id])
                for op_id, kind, payload in batch
                if op_id in by_op
            ]
            with self._services.db.transaction() as session:
                _record_answers(session, answered, self._services.clock.now(), report)
            report.pushed += len(by_op)
            self._services.notifier.notify(Change.SIGNUPS)

    def _needs_snapshot(self, hello: dict[str, Any]) -> bool:
        """Never synced, the central database restored (a new generation), or the cursor
        older than the oldest change still logged: the site's rows are read afresh."""
        generation = hello.get("generation")
        if generation is None:
            return False  # a central database from before snapshots: the log is whole
        cursor = self.cursor()
        known = self.generation()
        try:
            floor = (int(hello.get("floor_xid") or 0), int(hello.get("floor_id") or 0))
        except (TypeError, ValueError) as exc:
            raise SyncProblem("malformed hello") from exc
        if (int(cursor[0]), cursor[1]) < floor or cursor == ("0", 0):
            return True
        if known is None:
            self._save_cursor(cursor, str(generation))  # followed this log all along
            return False
        return known != str(generation)

    def _restored(self, hello: dict[str, Any]) -> bool:
        generation = hello.get("generation")
        known = self.generation()
        return generation is not None and known is not None and known != str(generation)

    def _send_everything_again(self) -> None:
        """The central database was restored from a backup: every operation is sent again,
        before the snapshot is read. What the backup has answers as it did (it keeps each
        operation's answer); what it lost (a sign-up, a cancellation, a moved person, an
        edited activity) is done again."""
        with self._services.db.transaction() as session:
            session.execute(update(OutboxOp).values(sent_at=None))

    def _read_snapshot(self, conn: Any, report: SyncReport) -> None:
        """The site's rows as they are, in one REPEATABLE READ transaction, then what is
        gone there is forgotten here."""
        import psycopg

        # Ids as the kiosk stores them (32 hex digits): compared as text, not as UUIDs
        # made one by one for every row of the site.
        seen: dict[str, set[str]] = {"activity": set(), "occurrence": set(), "signup": set()}
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        try:
            with conn.transaction():
                start = _one(conn, "SELECT sync.snapshot_cursor()")
                for entity in ("activity", "occurrence", "signup"):  # parents first
                    self._read_snapshot_of(conn, entity, seen[entity], report)
        finally:
            conn.isolation_level = None
        self._forget_what_is_gone(seen)
        self._save_cursor((str(start["xid"]), int(start["id"])), str(start["generation"]))
        self._services.notifier.notify(Change.CATALOGUE)

    def _read_snapshot_of(self, conn: Any, entity: str, seen: set[str], report: SyncReport) -> None:
        """One table of the snapshot, page by page, read ahead as `_pull_rows` reads the
        log (`_read_ahead`): pages of sign-ups take the plain path (a new kiosk's are all
        new here)."""

        def ask(after: str | None) -> tuple[list[Any], str | None, bool]:
            # As the log's rows come (entity, id, JSON text), so one path writes both.
            if self._server_schema >= SNAPSHOT_ROWS_SERVER_SCHEMA:
                rows = _all(
                    conn,
                    "SELECT entity_id, row_data FROM sync.snapshot_rows(%s, %s, %s)",
                    entity,
                    after,
                    SNAPSHOT_PAGE,
                )
                texts = [(entity, entity_id, data) for entity_id, data in rows]
                full = len(texts) == SNAPSHOT_PAGE
            else:  # a server one version behind: the page as one JSON document
                page = _one(conn, "SELECT sync.snapshot(%s, %s, %s)", entity, after, SNAPSHOT_PAGE)
                texts = [(entity, str(r.get("id")), json.dumps(r)) for r in page.get("rows") or []]
                full = bool(page.get("more"))
            return texts, texts[-1][1] if texts else after, full

        def write(texts: list[Any], plain: _Plain | None, _end: str | None) -> None:
            self._apply_ready(texts, plain)
            seen.update(_stored_id(entity_id) for _, entity_id, _ in texts)
            report.pulled += len(texts)

        _read_ahead(ask, None, write)

    def _forget_what_is_gone(self, seen: dict[str, set[str]]) -> None:
        """Rows the central database no longer has go here too, except what this kiosk
        has not sent yet: its sign-ups, and activities made or changed here with their
        dates. `seen`: the ids the snapshot had, as `_stored_id` writes them. Only the
        ids here are read to find them: a new kiosk's first snapshot loaded every row it
        had just written as an object (3 of 10 s for 51,000 sign-ups)."""

        def gone(model: type[Any], entity: str) -> list[Any]:
            here = session.scalars(select(cast(model.id, String)))
            return [
                session.get(model, uuid.UUID(i))
                for i in here
                if i not in seen[entity] and i not in unsent[entity]
            ]

        with self._services.db.transaction() as session:
            unsent = _unsent_ids(session)
            for signup in gone(Signup, "signup"):
                session.delete(signup)
            session.flush()
            for occ in gone(Occurrence, "occurrence"):
                if not session.scalar(
                    select(func.count()).select_from(Signup).where(Signup.occurrence_id == occ.id)
                ):
                    session.delete(occ)
            session.flush()
            for act in gone(Activity, "activity"):
                if not session.scalar(
                    select(func.count())
                    .select_from(Occurrence)
                    .where(Occurrence.activity_id == act.id)
                ):
                    session.delete(act)

    def _quota_due(self, report: SyncReport) -> bool:
        """Ask for lent seats when anything moved, and once a minute otherwise: seats fill
        only through changes this cycle pushed or pulled."""
        now = time.monotonic()
        due = (
            report.pushed > 0
            or report.pulled > 0
            or self._quota_asked_at is None
            or now - self._quota_asked_at >= QUOTA_EVERY_S
        )
        if due:
            self._quota_asked_at = now
        return due

    def _refresh_quota(self, conn: Any, report: SyncReport) -> None:
        """Learn the seats lent to this kiosk; send back what it holds above its target."""
        answers = _one(conn, "SELECT sync.quota()")
        if not isinstance(answers, list):
            raise SyncProblem("malformed quota answer")
        returning = lent_more = False
        with self._services.db.transaction() as session:
            # With nothing left unsent, the server's counters are the whole truth (a
            # promise the server refused gives its seat back here); otherwise an unsent
            # sign-up may have used a seat the server does not know of yet.
            settled = (
                session.scalar(select(OutboxOp.op_id).where(OutboxOp.sent_at.is_(None))) is None
            )
            for answer in answers:
                try:
                    occurrence_id = uuid.UUID(str(answer["occurrence_id"]))
                    granted, used, returned, target = (
                        int(answer[k]) for k in ("granted", "used", "returned", "target")
                    )
                except (KeyError, ValueError, TypeError):
                    log.warning("quota: skipped an answer that does not fit")
                    continue
                quota = session.get(SeatQuota, occurrence_id)
                if quota is None:
                    quota = SeatQuota(
                        occurrence_id=occurrence_id, granted_total=0, used_total=0, returned_total=0
                    )
                    session.add(quota)
                lent_more = lent_more or granted > quota.granted_total
                if settled:
                    quota.granted_total, quota.used_total, quota.returned_total = (
                        granted,
                        used,
                        returned,
                    )
                else:
                    quota.granted_total = max(quota.granted_total, granted)
                spare = quota.held - max(target, 0)
                if spare > 0:
                    quota.returned_total += spare
                    append_outbox(
                        session,
                        self._services.clock,
                        "quota.return",
                        {"occurrence_id": str(occurrence_id), "seats": spare},
                    )
                    returning = True
        if returning:
            self._push(conn, report)  # spare seats back now: someone may be waiting
        if returning or lent_more:
            self._pull(conn, report)  # the dates' seat counts just changed: end up to date

    def _apply_page(self, changes: list[dict[str, Any]]) -> None:
        """The whole page in one go; if any change does not fit, the page again with each
        change in a savepoint of its own, so only that one is left out."""
        try:
            with self._services.db.transaction() as session:
                _apply_all(session, changes)
        except (KeyError, ValueError, TypeError, IntegrityError):
            with self._services.db.transaction() as session:
                for change in changes:
                    _apply_change(session, change)

    def _apply_ready(self, rows: list[tuple[str, str, Any]], plain: _Plain | None) -> None:
        """A page of (entity, entity id, row as JSON text): if `_prepare_plain` made its
        new plain sign-ups ready (`plain`; most of a long catch-up), they are copied in;
        any other page goes change by change through `_apply_page`."""
        if plain is not None:
            try:
                with self._services.db.transaction() as session:
                    _apply_plain(session, plain)
                return
            except (_NotPlain, IntegrityError, sqlite3.IntegrityError):
                pass  # rolled back whole: nothing of it stays
        self._apply_page(
            [
                {"entity": entity, "entity_id": entity_id, "row": _parsed(data)}
                for entity, entity_id, data in rows
            ]
        )

    def _pull(self, conn: Any, report: SyncReport) -> None:
        if self._server_schema >= ROWS_SERVER_SCHEMA:
            self._pull_rows(conn, report)
            return
        cursor = self.cursor()
        while True:
            page = _one(conn, "SELECT sync.pull(%s::xid8, %s, %s)", cursor[0], cursor[1], PULL_PAGE)
            changes = page.get("changes") or []
            if changes:
                self._apply_page(changes)
                last = changes[-1]
                cursor = (str(last["xid"]), int(last["id"]))
                self._save_cursor(cursor)
                report.pulled += len(changes)
                self._services.notifier.notify(Change.CATALOGUE)
            if not page.get("more"):
                return

    def _pull_rows(self, conn: Any, report: SyncReport) -> None:
        """Pages of rows (server_schema 5): cheaper for the server to make than one JSON
        document a page, and bigger pages, so fewer commits here; read ahead
        (`_read_ahead`), each page's cursor saved with it."""

        def ask(after: tuple[str, int]) -> tuple[list[Any], tuple[str, int], bool]:
            rows = _all(
                conn,
                # The id as text: the page goes on as text, to SQLite's own JSON.
                "SELECT xid, id, entity, entity_id::text, row_data "
                "FROM sync.pull_rows(%s::xid8, %s, %s)",
                after[0],
                after[1],
                PULL_ROWS_PAGE,
            )
            end = (str(rows[-1][0]), int(rows[-1][1])) if rows else after
            return [row[2:] for row in rows], end, len(rows) == PULL_ROWS_PAGE

        def write(page: list[Any], plain: _Plain | None, end: tuple[str, int]) -> None:
            self._apply_ready(page, plain)
            self._save_cursor(end)
            report.pulled += len(page)
            self._services.notifier.notify(Change.CATALOGUE)

        _read_ahead(ask, self.cursor(), write)


def _read_ahead(
    ask: Callable[[Where], tuple[list[Any], Where, bool]],
    start: Where,
    write: Callable[[list[Any], _Plain | None, Where], None],
) -> None:
    """Pages (entity, entity id, row as JSON text) asked for with `ask` from `start` on,
    each given to `write` with its sign-ups made ready (`_ready`) and where it ends.
    While a page is written, the next is asked for and then made ready, each on a
    thread of its own: psycopg and SQLite leave the GIL while they work, so the three go
    on side by side. One page is asked for ahead, so a long read holds two or three
    pages in memory, not all of them. `ask` tells where its page ends and whether it
    was full (another may follow)."""

    def fetched(after: Where) -> tuple[list[Any], Where, bool, Future[_Plain | None]]:
        page, end, full = ask(after)
        return page, end, full, readying.submit(_ready, page)

    # Left in this order, the asking stops first, then the making ready.
    with (
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="sammen-ready") as readying,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="sammen-pull") as asking,
    ):
        coming: Future[tuple[list[Any], Where, bool, Future[_Plain | None]]] | None
        coming = asking.submit(fetched, start)
        while coming is not None:
            page, end, full, ready = coming.result()
            coming = asking.submit(fetched, end) if full else None
            if page:
                write(page, ready.result(), end)


def _parsed(data: object) -> dict[str, Any] | None:
    """A change's row; None if it is not a JSON object (the change is then skipped alone,
    as one that does not fit)."""
    try:
        row = json.loads(data) if isinstance(data, str) else data
    except ValueError:
        return None
    return row if isinstance(row, dict) else None


def _apply_all(session: Session, changes: list[dict[str, Any]]) -> None:
    """One flush for the page, not one before every lookup. The page's rows are loaded in
    one query per table first, and rows added on the page are found again without SQL."""
    if _apply_bulk(session, changes):
        return
    ids: dict[type[Any], set[uuid.UUID]] = {}
    for change in changes:
        model = _MODELS.get(str(change.get("entity")))
        if model is not None:
            ids.setdefault(model, set()).add(uuid.UUID(str(change["entity_id"])))
    found: dict[tuple[type[Any], uuid.UUID], Any] = {}
    for model, wanted in ids.items():
        listed = list(wanted)
        for start in range(0, len(listed), 500):
            for obj in session.scalars(
                select(model).where(model.id.in_(listed[start : start + 500]))
            ):
                found[(model, obj.id)] = obj
    session.info["page"] = {
        "found": found,
        "loaded": set(ids),
        "people": _people_of_page(session, changes),
    }
    try:
        with session.no_autoflush:
            for change in changes:
                _upsert(session, change)
        session.flush()
    finally:
        session.info.pop("page", None)


Person = tuple[uuid.UUID, str, str]  # occurrence, name key, phone ("" for none)


def _people_of_page(
    session: Session, changes: list[dict[str, Any]]
) -> dict[Person, set[uuid.UUID]]:
    """Who is already signed up (not cancelled) under the names of the page's sign-ups,
    on their dates: the twin check for the whole page, a query per date (and 500 names),
    each a search of the index of people per date. (All the page's dates and names asked
    at once matched every name on every date: a snapshot page, in id order, spans ~100
    dates.)"""
    from kiosk.domain.validation import name_key

    names: dict[str, set[str]] = {}
    for change in changes:
        row = change.get("row") or {}
        if change.get("entity") == "signup" and not row.get("deleted"):
            date = uuid.UUID(str(row["occurrence_id"])).hex  # as SQLite stores it
            names.setdefault(date, set()).add(name_key(str(row["display_name"])))
    return _people_named(session, names)


def _people_named(session: Session, names: dict[str, set[str]]) -> dict[Person, set[uuid.UUID]]:
    """Those signed up (not cancelled) on each date (its id as stored) under its names."""
    people: dict[Person, set[uuid.UUID]] = {}
    connection = session.connection()
    for date, keys in names.items():
        listed = list(keys)
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            # Only marks go into the text.
            sql = "SELECT id, name_key, coalesce(phone, '') FROM signup WHERE occurrence_id = ? "
            sql += f"AND name_key IN ({', '.join('?' * len(chunk))}) AND status != 'cancelled'"
            for signup_id, key, phone in connection.exec_driver_sql(sql, (date, *chunk)):
                people.setdefault((uuid.UUID(hex=date), key, phone), set()).add(
                    uuid.UUID(hex=signup_id)
                )
    return people


def _get(session: Session, model: type[Any], entity_id: uuid.UUID) -> Any:
    """A row by id: from the page loaded in advance when there is one, else the database."""
    page = session.info.get("page")
    if page is not None and model in page["loaded"]:
        return page["found"].get((model, entity_id))
    return session.get(model, entity_id)


def _add(session: Session, obj: Any) -> None:
    session.add(obj)
    page = session.info.get("page")
    if page is not None:
        page["found"][(type(obj), obj.id)] = obj


def _unsent_ids(session: Session) -> dict[str, set[str]]:
    """The ids of rows this kiosk made or changed and has not sent yet, by entity, as
    `_stored_id` writes them: a snapshot read meanwhile does not have them yet."""
    unsent: dict[str, set[str]] = {"activity": set(), "occurrence": set(), "signup": set()}
    for kind, payload in session.execute(
        select(OutboxOp.kind, OutboxOp.payload).where(
            OutboxOp.sent_at.is_(None),
            OutboxOp.kind.in_(("signup.request", "activity.upsert")),
        )
    ):
        body = json.loads(payload)
        if kind == "signup.request":
            unsent["signup"].add(_stored_id(body.get("signup_id")))
        else:
            unsent["activity"].add(_stored_id((body.get("activity") or {}).get("id")))
            unsent["occurrence"].update(
                _stored_id(date.get("id")) for date in body.get("occurrences") or []
            )
    return unsent


def _stored_id(value: object) -> str:
    """An id as the kiosk's tables store it: 32 lower-case hex digits, no dashes."""
    return str(value).replace("-", "").lower()


def batch_text(ops: Iterable[tuple[str, str, str]]) -> str:
    """A push's batch as `sync.push` reads it, from each op's id, kind and payload as the
    outbox stores it: JSON this kiosk wrote itself, put in as it is rather than parsed and
    written again (json.loads and json.dumps took 2.4 ms of every 1,000 ops, this 0.55)."""
    return (
        "["
        + ",".join(
            f'{{"op_id":"{op_id}","kind":{json.dumps(kind)},"payload":{payload}}}'
            for op_id, kind, payload in ops
        )
        + "]"
    )


def _within_bytes(ops: Sequence[OutboxOp]) -> Sequence[OutboxOp]:
    """The first ops, in order, whose payloads come to no more than PUSH_BYTES; at least
    one, so a push always moves the queue on."""
    size = 0
    for n, op in enumerate(ops):
        size += len(op.payload.encode()) + 100  # with the op's id and kind around it
        if size > PUSH_BYTES and n > 0:
            return ops[:n]
    return ops


def _all(conn: Any, sql: str, *params: object) -> list[Any]:
    return list(conn.execute(sql, params).fetchall())


def _one(conn: Any, sql: str, *params: object) -> Any:
    row = conn.execute(sql, params).fetchone()
    if row is None:
        raise SyncProblem("no answer")
    return row[0]


# -- applying what the server says --------------------------------------------------------


def _ensure_site(session: Session, site_id: uuid.UUID, name: str) -> None:
    # Remembered for the session: the identity map holds rows weakly, so asking it again
    # for a site nothing else refers to would be a query per pulled activity.
    known: set[uuid.UUID] = session.info.setdefault("sites_known", set())
    if site_id in known:
        return
    if session.get(Site, site_id) is None:
        session.add(Site(id=site_id, name=name))
        session.flush()
    known.add(site_id)


def _time(text: Any) -> datetime:
    """A pulled time. Refused here (ValueError, as any change that does not fit) if it
    cannot be stored as UTC: without an offset, or so near year 1 or 9999 that UTC is
    out of range: such a time, refused only when the page was written, stopped every
    sync cycle."""
    moment = datetime.fromisoformat(str(text))
    if moment.tzinfo is None:
        raise ValueError("a pulled time without an offset")
    try:
        moment.astimezone(UTC)
    except OverflowError as beyond:
        raise ValueError("a pulled time out of range") from beyond
    return moment


def _record_answers(
    session: Session,
    answered: list[tuple[dict[str, Any], dict[str, Any]]],
    now: datetime,
    report: SyncReport,
) -> None:
    """The server's answers to a batch: each op is marked sent, and each sign-up asked
    for follows the server's decision. A batch's ops are marked in one statement, its
    sign-ups in one a status, and a date's seats recounted once, not once an op: one at
    a time, a kiosk back from an outage took ≈ 5 ms an op (200 ops/s) to take the
    answers in; loaded as objects and flushed, ops and sign-ups still took 0.38 s a
    batch of 1,000 (bench/sync.py, a kiosk back online)."""
    sent = [uuid.UUID(item["op_id"]) for item, _ in answered]
    for start in range(0, len(sent), 500):
        session.execute(
            update(OutboxOp)
            .where(OutboxOp.op_id.in_(sent[start : start + 500]))
            .values(sent_at=now)
            .execution_options(synchronize_session=False)
        )
    # The server decides who has a seat: each sign-up asked for takes the status its
    # answer gives, in one statement a status, not loaded and flushed one by one.
    following: dict[SignupStatus, list[uuid.UUID]] = {}
    for item, answer in answered:
        wanted = _ANSWERED.get(str(answer.get("status")))
        if item["kind"] == "signup.request" and wanted is not None:
            following.setdefault(wanted, []).append(uuid.UUID(item["payload"]["signup_id"]))
    report.rejected += [str(a.get("reason")) for _, a in answered if a.get("status") == "rejected"]
    moved: set[uuid.UUID] = set()
    for wanted, ids in following.items():
        for start in range(0, len(ids), 500):
            changing = (Signup.id.in_(ids[start : start + 500]), Signup.status != wanted)
            # The dates that move, read first: UPDATE … RETURNING needs SQLite 3.35.
            moved.update(session.scalars(select(Signup.occurrence_id).where(*changing)))
            session.execute(
                update(Signup)
                .where(*changing)
                .values(status=wanted)
                .execution_options(synchronize_session=False)
            )
    if not moved:
        return
    # Recounted from what this kiosk knows, never above the capacity; the occurrence row
    # the next pull brings carries the server's own count.
    held = dict(
        session.execute(
            select(Signup.occurrence_id, func.sum(Signup.party_size))
            .where(
                Signup.occurrence_id.in_(moved),
                Signup.status.in_((SignupStatus.CONFIRMED, SignupStatus.PENDING)),
            )
            .group_by(Signup.occurrence_id)
        ).all()
    )
    for occ in session.scalars(select(Occurrence).where(Occurrence.id.in_(moved))):
        occ.seats_taken = min(int(held.get(occ.id) or 0), occ.capacity)


# What the local row of a sign-up becomes on each answer the server gives.
_ANSWERED = {
    "confirmed": SignupStatus.CONFIRMED,
    "waitlisted": SignupStatus.WAITLISTED,
    "rejected": SignupStatus.CANCELLED,
    # A retried sign-up is answered as it stands now (c0025): given up since, perhaps.
    "cancelled": SignupStatus.CANCELLED,
}


def _apply_change(session: Session, change: dict[str, Any]) -> None:
    """Upsert one row of the change log into the local database (malformed rows are
    skipped and logged without their content: nothing already stored is lost)."""
    entity = change.get("entity")
    try:
        with session.begin_nested():  # one change that does not fit is undone alone
            _upsert(session, change)
            session.flush()
    except (KeyError, ValueError, TypeError, IntegrityError) as exc:
        log.warning("pull: skipped a %s change that does not fit (%s)", entity, type(exc).__name__)


def _upsert(session: Session, change: dict[str, Any]) -> None:
    entity = change.get("entity")
    row = change.get("row") or {}
    entity_id = uuid.UUID(str(change["entity_id"]))
    if row.get("deleted"):
        _delete(session, entity, entity_id)
    elif entity == "activity":
        _upsert_activity(session, entity_id, row)
    elif entity == "occurrence":
        _upsert_occurrence(session, entity_id, row)
    elif entity == "signup":
        _upsert_signup(session, entity_id, row)


_SIGNUP_COLUMNS = tuple(column.name for column in Signup.__table__.columns)
_MODELS: dict[str, type[Any]] = {"activity": Activity, "occurrence": Occurrence, "signup": Signup}


def _delete(session: Session, entity: object, entity_id: uuid.UUID) -> None:
    model = _MODELS.get(str(entity))
    if model is not None:
        obj = _get(session, model, entity_id)
        if obj is None:
            return
        page = session.info.get("page")
        if page is not None:
            page["found"].pop((model, entity_id), None)
        if obj in session.new:
            session.expunge(obj)  # made and gone within one page
        else:
            session.delete(obj)


def _activity_values(row: dict[str, Any]) -> dict[str, Any]:
    closes = row.get("signup_closes_minutes")
    values: dict[str, Any] = {
        "title": str(row["title"])[:120],
        "category": Category(row["category"]),
        "capacity": int(row["capacity"]),
        "sensitive": bool(row.get("sensitive")),
        "wants_volunteers": bool(row.get("wants_volunteers")),
        "signup_closes_minutes": None if closes is None else int(closes),
        "cancelled_at": None if row.get("cancelled_at") is None else _time(row["cancelled_at"]),
    }
    for name in ("description", "place", "host", "contact_name", "contact_phone", "accessibility"):
        values[name] = str(row.get(name) or "")
    return values


def _upsert_activity(session: Session, entity_id: uuid.UUID, row: dict[str, Any]) -> None:
    site_id = uuid.UUID(str(row["site_id"]))
    _ensure_site(session, site_id, "")
    values = _activity_values(row)
    act = _get(session, Activity, entity_id)
    if act is None:
        _add(session, Activity(id=entity_id, site_id=site_id, **values))
        return
    _set_changed(act, values)


def _set_changed(obj: Any, values: dict[str, Any]) -> None:
    """Only what differs: most pulled changes touch one or two columns of a row, and an
    attribute set is the dearest step of applying a page."""
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)


def _occurrence_values(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "activity_id": _uuid(str(row["activity_id"])),
        "starts_at": _time(row["starts_at"]),
        "ends_at": _time(row["ends_at"]),
        "capacity": int(row["capacity"]),
        "status": OccurrenceStatus(row["status"]),
        "seats_taken": int(row["seats_taken"]),
    }


def _upsert_occurrence(session: Session, entity_id: uuid.UUID, row: dict[str, Any]) -> None:
    occ = _get(session, Occurrence, entity_id)
    values = _occurrence_values(row)
    if occ is None:
        _add(session, Occurrence(id=entity_id, **values))
        return
    _set_changed(occ, values)  # one UPDATE: the seats CHECK sees the final row


@lru_cache(maxsize=4096)
def _uuid(text: str) -> uuid.UUID:
    """A parent's id: the same few dates and kiosks come again and again on a page."""
    return uuid.UUID(text)


def _signup_values(row: dict[str, Any]) -> dict[str, Any]:
    from kiosk.domain.validation import name_key

    name = str(row["display_name"])
    return {
        "occurrence_id": _uuid(str(row["occurrence_id"])),
        "display_name": name,
        "name_key": name_key(name),
        "phone": row.get("phone"),
        "party_size": int(row["party_size"]),
        "status": SignupStatus(row["status"]),
        "queue_number": int(row["queue_number"]),
        "booking_code": str(row["booking_code"]),
        "origin_kiosk_id": None
        if row.get("origin_kiosk_id") is None
        else _uuid(str(row["origin_kiosk_id"])),
        "created_at": _time(row["created_at"]),
        "cancelled_at": None if row.get("cancelled_at") is None else _time(row["cancelled_at"]),
        "attended_at": None if row.get("attended_at") is None else _time(row["attended_at"]),
        "needs_help": bool(row.get("needs_help")),  # absent from a server before c0015
        # Wiped by the central retention purge (c0017; absent before it).
        "purged_at": None if row.get("purged_at") is None else _time(row["purged_at"]),
    }


class _Held:
    """What the twin check needs of a sign-up as it stands here."""

    __slots__ = ("name_key", "occurrence_id", "phone", "purged", "status")

    def __init__(
        self,
        occurrence_id: uuid.UUID,
        name_key: str,
        phone: str | None,
        status: SignupStatus,
        purged: bool,
    ) -> None:
        self.occurrence_id = occurrence_id
        self.name_key = name_key
        self.phone = phone
        self.status = status
        self.purged = purged


def _settle_signup(
    session: Session,
    entity_id: uuid.UUID,
    values: dict[str, Any],
    before: _Held | None,
    people: dict[Person, set[uuid.UUID]] | None,
) -> None:
    """The local name key (and a purged row's wiped fields) in `values`, and the page's
    people brought up to date. `before`: the row as it stands here, if it exists."""
    wiped_here = before is not None and before.purged
    if wiped_here or values["purged_at"] is not None:
        # Wiped here or centrally by the retention rule: it stays wiped, and as it names
        # nobody it is nobody's twin. The key keeps the unique (date, person) index happy
        # without a name, as the local purge makes it.
        if people is not None and before is not None:
            people.get((before.occurrence_id, before.name_key, before.phone or ""), set()).discard(
                entity_id
            )
        values["display_name"] = ""
        values["name_key"] = (
            before.name_key if before is not None and before.purged else f"purged:{entity_id.hex}"
        )
        values["phone"] = None
        values["needs_help"] = False
        return
    # A row already here that stays the same person on the same date keeps its key (and
    # a twin's suffix): no query needed. Only a new row, or one whose person, date or
    # cancellation changes, is checked for a twin.
    same_person = (
        before is not None
        and before.name_key.split("#", 1)[0] == values["name_key"]
        and before.occurrence_id == values["occurrence_id"]
        and (before.phone or "") == (values["phone"] or "")
        and (before.status is SignupStatus.CANCELLED)
        == (values["status"] is SignupStatus.CANCELLED)
    )
    if same_person:
        assert before is not None
        values["name_key"] = before.name_key
    elif values["status"] is not SignupStatus.CANCELLED:
        if people is not None:
            same = people.get(
                (values["occurrence_id"], values["name_key"], values["phone"] or ""), set()
            )
            twin = next((other for other in same if other != entity_id), None)
        else:
            twin = session.scalar(
                select(Signup.id).where(
                    Signup.occurrence_id == values["occurrence_id"],
                    Signup.name_key == values["name_key"],
                    func.coalesce(Signup.phone, "") == (values["phone"] or ""),
                    Signup.status != SignupStatus.CANCELLED,
                    Signup.id != entity_id,
                )
            )
        if twin is not None:
            # The same name signed up on two kiosks while apart: the server took both, so
            # this kiosk keeps both (the key only guards against doubles typed here).
            values["name_key"] = f"{values['name_key']}#{entity_id.hex[:12]}"
    if people is not None:  # the page's own changes count for the twin checks after them
        if before is not None:
            people.get((before.occurrence_id, before.name_key, before.phone or ""), set()).discard(
                entity_id
            )
        if values["status"] is not SignupStatus.CANCELLED:
            after = (values["occurrence_id"], values["name_key"], values["phone"] or "")
            people.setdefault(after, set()).add(entity_id)


def _upsert_signup(session: Session, entity_id: uuid.UUID, row: dict[str, Any]) -> None:
    signup = _get(session, Signup, entity_id)
    values = _signup_values(row)
    before = (
        None
        if signup is None
        else _Held(
            signup.occurrence_id,
            signup.name_key,
            signup.phone,
            signup.status,
            signup.purged_at is not None,
        )
    )
    page = session.info.get("page")
    _settle_signup(session, entity_id, values, before, None if page is None else page["people"])
    if signup is None:
        _add(session, Signup(id=entity_id, **values))
        return
    if signup.purged_at is not None:
        del values["purged_at"]  # when it was wiped here stays (as `_write`'s `sticky`)
    _set_changed(signup, values)


# -- a page of plain upserts, in one statement per table ------------------------------------


def _apply_bulk(session: Session, changes: list[dict[str, Any]]) -> bool:
    """A page of upserts written with one executemany per table instead of an object per
    row (≈ 100 µs a change through the ORM). False, having changed nothing, for a page
    with a deletion: the ORM path takes that. The outcome is the ORM path's: every change
    is decided in page order against the rows as they stand, and only each row's last
    state is written (the ORM path also flushes once a page)."""
    for change in changes:
        row = change.get("row")
        if isinstance(row, dict) and row.get("deleted"):
            return False
    activities: dict[uuid.UUID, dict[str, Any]] = {}
    occurrences: dict[uuid.UUID, dict[str, Any]] = {}
    signups: dict[uuid.UUID, dict[str, Any]] = {}
    sites: set[uuid.UUID] = set()
    signup_changes: list[tuple[uuid.UUID, dict[str, Any]]] = []  # (id, values) in page order
    for change in changes:
        entity = change.get("entity")
        row = change.get("row") or {}
        raw_id = change["entity_id"]
        entity_id = raw_id if isinstance(raw_id, uuid.UUID) else uuid.UUID(str(raw_id))
        if entity == "activity":
            site_id = uuid.UUID(str(row["site_id"]))
            sites.add(site_id)
            earlier = activities.get(entity_id)
            values = _activity_values(row)
            # A new row takes the site of its first change, as the ORM path does.
            values["site_id"] = site_id if earlier is None else earlier["site_id"]
            activities[entity_id] = values
        elif entity == "occurrence":
            occurrences[entity_id] = _occurrence_values(row)
        elif entity == "signup":
            signup_changes.append((entity_id, _signup_values(row)))
    for site_id in sites:
        _ensure_site(session, site_id, "")
    if activities:
        _write(session, Activity, activities, keep=("site_id",))
    if occurrences:
        _write(session, Occurrence, occurrences)
    if signup_changes:
        held = _signups_held(session, {entity_id for entity_id, _ in signup_changes})
        named: dict[str, set[str]] = {}
        for _, values in signup_changes:
            named.setdefault(values["occurrence_id"].hex, set()).add(values["name_key"])
        people = _people_named(session, named)
        for entity_id, values in signup_changes:
            _settle_signup(session, entity_id, values, held.get(entity_id), people)
            before = held.get(entity_id)
            held[entity_id] = _Held(
                values["occurrence_id"],
                values["name_key"],
                values["phone"],
                values["status"],
                (before is not None and before.purged) or values["purged_at"] is not None,
            )
            earlier = signups.get(entity_id)
            if earlier is not None and values["purged_at"] is None:
                values["purged_at"] = earlier["purged_at"]  # wiped earlier on this page
            signups[entity_id] = values
        _write(session, Signup, signups, sticky=("purged_at",))
    return True


def _signups_held(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, _Held]:
    """The twin check's view of those of `ids` already here, 500 ids a query."""
    listed = [signup_id.hex for signup_id in ids]  # as SQLite stores them
    held: dict[uuid.UUID, _Held] = {}
    connection = session.connection()
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        marks = ", ".join("?" * len(chunk))  # only marks go into the text
        sql = "SELECT id, occurrence_id, name_key, phone, status, purged_at FROM signup "
        sql += f"WHERE id IN ({marks})"
        for signup_id, date, key, phone, status, purged_at in connection.exec_driver_sql(
            sql, tuple(chunk)
        ):
            held[uuid.UUID(hex=signup_id)] = _Held(
                uuid.UUID(hex=date), key, phone, SignupStatus(status), purged_at is not None
            )
    return held


def _write(
    session: Session,
    model: type[Any],
    rows: dict[uuid.UUID, dict[str, Any]],
    keep: tuple[str, ...] = (),
    sticky: tuple[str, ...] = (),
) -> None:
    """INSERT … ON CONFLICT (id) DO UPDATE for every row, the columns in `keep` (and those
    a pulled row does not carry) left as they are on a row already here, those in
    `sticky` too unless NULL there. Each value is
    stored as the ORM would store it (the column types' own converters), but the rows go
    to SQLite in one executemany with no statement compiled per row."""
    table = model.__table__
    given = list(next(iter(rows.values())))
    columns = list(table.columns)
    convert = _converters(model, session.get_bind().dialect)
    defaults = {
        column.name: column.default.arg
        for column in columns
        if column.default is not None and column.default.is_scalar
    }
    names = [column.name for column in columns]
    assert names[0] == "id"  # the key comes first in every row below
    updated = ", ".join(
        f"{name} = coalesce({table.name}.{name}, excluded.{name})"
        if name in sticky
        else f"{name} = excluded.{name}"
        for name in names
        if name in given and name not in keep
    )
    marks = ", ".join("?" * len(names))
    # Every name here is the model's own, none from a pulled row.
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks}) "  # noqa: S608
    sql += f"ON CONFLICT (id) DO UPDATE SET {updated}"
    # Each row completed with the defaults and picked in column order in one go; only the
    # columns whose type converts (ids, times, enums) are touched one by one.
    order = [name for name in names if name != "id"]
    template = {name: defaults.get(name) for name in order}
    pick = itemgetter(*order)
    changing = [(n, convert[name]) for n, name in enumerate(order) if convert[name] is not None]
    params = []
    for key, values in rows.items():
        record = list(pick({**template, **values}))
        for n, change in changing:
            if record[n] is not None:
                record[n] = change(record[n])
        params.append((key.hex, *record))
    params.sort()  # in key order: neighbouring keys share index pages
    session.connection().exec_driver_sql(sql, params)


def _converters(model: type[Any], dialect: Any) -> dict[str, Any]:
    """Per column, how SQLAlchemy turns a value into what SQLite stores (None: as it is)."""
    return {
        column.name: column.type._cached_bind_processor(dialect)
        for column in model.__table__.columns
    }


# -- a page of new sign-ups, written by SQLite from the rows' own JSON ----------------------


class _NotPlain(Exception):
    """The page is not all new, plain sign-ups (and rows `_apply_bulk` takes): the general
    path applies it."""


_HEX = "[0-9a-f]"
# A UUID as PostgreSQL writes it: lower-case hex in groups of 8-4-4-4-12.
_UUID_GLOB = f"{_HEX * 8}-{_HEX * 4}-{_HEX * 4}-{_HEX * 4}-{_HEX * 12}"
_uuid_text = re.compile(_UUID_GLOB).fullmatch  # a GLOB character class reads as a regex


_D = "[0-9]"
# A time as PostgreSQL writes it in UTC: 2026-11-27T11:26:29.495785+00:00.
_UTC_GLOB = f"{_D * 4}-[01]{_D}-[0-3]{_D}T[0-2]{_D}:[0-5]{_D}:[0-5]{_D}.{_D * 6}+00:00"


def _time_sql(v: str) -> str:
    """A time (`v`, the JSON's text) as the bulk path stores it: worked out by SQLite for
    the shapes PostgreSQL writes (a real date and time, up to six decimals, an offset
    of hours and minutes), by Python (`sammen_time`: the bulk path's own converter, which
    raises for what the bulk path refuses) for any other."""
    n = f"length({v})"
    day = f"substr({v}, 1, 19)"
    offset = f"substr({v}, -6)"
    decimals = f"CASE WHEN {n} = 25 THEN '' ELSE substr({v}, 21, {n} - 26) END"
    # PostgreSQL's own shape in UTC (microseconds, +00:00) first, with the checks that
    # shape still needs: a real day, an hour below 24. Nearly every time a pull brings
    # has it: 0.19 s for 100,000 against 0.32 s the general branch's way.
    return (
        f"CASE WHEN {v} IS NULL THEN NULL "
        f"WHEN {v} GLOB '{_UTC_GLOB}' AND substr({v}, 12, 2) < '24' "
        f"AND substr({v}, 1, 4) BETWEEN '1000' AND '9998' "
        f"AND date(substr({v}, 1, 10), '+0 days') = substr({v}, 1, 10) "
        f"THEN substr({v}, 1, 10) || ' ' || substr({v}, 12, 15) "
        f"WHEN {n} BETWEEN 25 AND 32 AND {n} <> 26 "
        f"AND ({n} = 25 OR (substr({v}, 20, 1) = '.' AND ltrim({decimals}, '0123456789') = '')) "
        # A real date and time: reckoned over (a modifier does it), 30 February would
        # come out as 2 March, and 24:00 as the next day. Python refuses both. And a
        # year the offset cannot take out of Python's range.
        f"AND datetime({day}, '+0 seconds') = replace({day}, 'T', ' ') "
        f"AND substr({v}, 1, 4) BETWEEN '1000' AND '9998' "
        f"THEN coalesce((CASE WHEN {offset} = '+00:00' THEN replace({day}, 'T', ' ') "
        f"WHEN {offset} GLOB '[+-][0-9][0-9]:[0-9][0-9]' "
        # SQLite keeps only milliseconds (and would round .9999995 up into the next
        # second): the seconds and offset without the decimals, then the decimals.
        f"THEN strftime('%Y-%m-%d %H:%M:%S', {day} || {offset}) END) "
        f"|| '.' || substr({decimals} || '000000', 1, 6), sammen_time({v})) "
        f"ELSE sammen_time({v}) END"
    )


@lru_cache(maxsize=1)
def _plain_signup_sql() -> str:
    """The staged sign-ups (temp.pulled_signup: id, row as JSON text) made into rows of
    `ready` as `_apply_bulk` would insert them; a row that is not plain is left out (a
    field of another type, or what the general path treats apart: a row wiped by the
    retention rule, a deletion). Each field is read from the JSON once (MATERIALIZED):
    read where it is used, it was parsed again and again, 2.5× the time. A time that is
    not NULL never becomes NULL: what SQLite cannot read, Python reads or refuses."""
    fields = [
        "occurrence_id", "display_name", "phone", "party_size", "status", "queue_number",
        "booking_code", "origin_kiosk_id", "created_at", "cancelled_at", "attended_at",
        "purged_at", "needs_help", "deleted",
    ]  # fmt: skip
    values = {
        "id": "replace(id, '-', '')",
        "occurrence_id": "replace(occurrence_id, '-', '')",
        "display_name": "display_name",
        # NFKC and casefold leave printable ASCII as lower() makes it.
        "name_key": "CASE WHEN display_name NOT GLOB '*[^ -~]*' THEN lower(display_name) "
        "ELSE sammen_name_key(display_name) END",
        "phone": "phone",
        "party_size": "party_size",
        "status": "status",
        "queue_number": "queue_number",
        "booking_code": "booking_code",
        "origin_kiosk_id": "replace(origin_kiosk_id, '-', '')",
        "created_at": _time_sql("created_at"),
        "cancelled_at": _time_sql("cancelled_at"),
        "attended_at": _time_sql("attended_at"),
        "purged_at": "NULL",
        "needs_help": "coalesce(needs_help, 0)",
    }
    assert set(values) == {column.name for column in Signup.__table__.columns}
    statuses = ", ".join(f"'{status.value}'" for status in SignupStatus)

    def text(v: str) -> str:  # a JSON string (an object or array comes as its JSON text)
        return f"(typeof({v}) = 'text' AND {v} NOT GLOB '[[{{]*')"

    # JSON's true and false come as 1 and 0, as Python's int() and bool() take them.
    plain = [
        # id: checked by `_prepare_plain` before it is staged.
        # occurrence_id: the foreign key takes only a date here, whose id is a real one.
        text("display_name"),
        f"(phone IS NULL OR {text('phone')})",
        "typeof(party_size) = 'integer'",
        f"status IN ({statuses})",
        "typeof(queue_number) = 'integer'",
        text("booking_code"),
        # A UUID as PostgreSQL writes it (uuid.UUID() takes more shapes: those go the
        # general way). One GLOB: 1.5× faster than ltrim() over the digits and a length
        # check (SQLite 3.40, 100,000 ids).
        f"(origin_kiosk_id IS NULL OR origin_kiosk_id GLOB '{_UUID_GLOB}')",
        "purged_at IS NULL",
        "(needs_help IS NULL OR needs_help IN (0, 1))",
        "(deleted IS NULL OR deleted = 0)",
    ]
    # json_extract, not ->> (SQLite 3.38): the same values, on an older SQLite too.
    read = ", ".join(f"json_extract(s.r, '$.{name}') AS {name}" for name in fields)
    # Every name and piece here is this module's own; the rows come only as parameters.
    return (
        f"INSERT INTO ready ({', '.join(values)}) "  # noqa: S608
        f"WITH f AS MATERIALIZED (SELECT s.id AS id, {read} FROM temp.pulled_signup s "
        # json_valid first: nothing else reads a text that is not JSON.
        "WHERE CASE WHEN json_valid(s.r) THEN s.r GLOB '{*' ELSE 0 END) "
        f"SELECT {', '.join(values.values())} FROM f WHERE {' AND '.join(plain)}"
    )


@dataclass(frozen=True)
class _Plain:
    """A page's new, plain sign-ups made ready, as the sign-up table stores them, in an
    SQLite database of their own (`ready`, serialized), and the page's other changes."""

    signups: int
    others: list[dict[str, Any]]
    ready: bytes


@lru_cache(maxsize=1)
def _stored_time() -> Any:
    """How the bulk path stores a time (`_converters`), for the plain path, which has no
    session at hand: the kiosk's SQLite dialect."""
    return _converters(Signup, sqlite_dialect.dialect())["created_at"]


def _sammen_time(text: object) -> str:
    # Raises for what the bulk path refuses: SQLite then stops the statement.
    return str(_stored_time()(_time(text)))


def _prepare_plain(rows: list[tuple[str, str, Any]]) -> _Plain:
    """A page (entity, entity id, row as JSON text) whose sign-ups are all plain, made
    ready by SQLite from the rows' JSON text: no Python object per row. Touches nothing
    stored, so it runs beside the writer (the pull makes the next page ready while this
    one is written). Raises `_NotPlain` for any other page."""
    signups = [(entity_id, data) for entity, entity_id, data in rows if entity == "signup"]
    if not signups:
        raise _NotPlain
    try:
        # In Python, one pass: 4× faster than the same check in SQLite.
        if not all(map(_uuid_text, map(itemgetter(0), signups))):
            raise _NotPlain
    except TypeError as broken:  # an id that is not text
        raise _NotPlain from broken
    from kiosk.domain.validation import name_key

    db = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db.create_function("sammen_name_key", 1, name_key, deterministic=True)
        db.create_function("sammen_time", 1, _sammen_time, deterministic=True)
        # `ready` is all that is serialized: the staged text stays in temp.
        db.execute(f"CREATE TABLE ready ({', '.join(_SIGNUP_COLUMNS)})")
        db.execute("CREATE TEMP TABLE pulled_signup (id TEXT, r TEXT)")
        db.execute("BEGIN")
        # Staged, then made ready by one statement: one statement per row cost 2× as much.
        signups.sort()  # in key order: neighbouring keys share the index pages they go to
        db.executemany("INSERT INTO temp.pulled_signup (id, r) VALUES (?, ?)", signups)
        try:
            written = db.execute(_plain_signup_sql()).rowcount
        except sqlite3.OperationalError as refused:  # a time sammen_time refused, or worse:
            raise _NotPlain from refused  # the general path meets the same and tells which
        if written != len(signups):
            raise _NotPlain
        db.execute("COMMIT")
        others = [
            {"entity": entity, "entity_id": entity_id, "row": _parsed(data)}
            for entity, entity_id, data in rows
            if entity != "signup"
        ]
        return _Plain(len(signups), others, db.serialize())
    finally:
        db.close()


# sqlite3 has serialize() only if its SQLite was built with it (the default since 3.36,
# so every Debian and Ubuntu in support); without it every page goes the general way.
_CAN_SERIALIZE = hasattr(sqlite3.Connection, "serialize")


def _ready(rows: list[tuple[str, str, Any]]) -> _Plain | None:
    """The page made ready by `_prepare_plain`, or None when it is not plain."""
    if not _CAN_SERIALIZE:
        return None
    try:
        return _prepare_plain(rows)
    except _NotPlain:
        return None


def _apply_plain(session: Session, plain: _Plain) -> None:
    """A page whose sign-ups are all new here and plain: its other changes through
    `_apply_bulk`, its sign-ups copied from what `_prepare_plain` made ready. Raises
    `_NotPlain` (or IntegrityError, for a sign-up already here or a twin by name) when
    they do not all fit, and the caller rolls back what was written.

    The outcome is `_apply_bulk`'s: a new sign-up that is nobody's twin keeps its plain
    name key there too, and a twin is exactly what the unique index of people per date
    refuses (tested with random pages against both other paths)."""
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    raw.deserialize(plain.ready, name=SCRATCH_SCHEMA)
    # A sign-up already here (a change of one, or a page read again) is found before the
    # page's other rows are written: the page then goes the general way at once.
    if raw.execute(
        f"SELECT EXISTS (SELECT 1 FROM main.signup WHERE id IN "  # noqa: S608
        f"(SELECT id FROM {SCRATCH_SCHEMA}.ready))"
    ).fetchone()[0]:
        raise _NotPlain
    try:
        if plain.others and not _apply_bulk(session, plain.others):  # parents first
            raise _NotPlain
    except (KeyError, ValueError, TypeError) as broken:
        raise _NotPlain from broken
    columns = ", ".join(_SIGNUP_COLUMNS)
    written = raw.execute(
        f"INSERT INTO main.signup ({columns}) "  # noqa: S608 (this module's own names)
        f"SELECT {columns} FROM {SCRATCH_SCHEMA}.ready"
    ).rowcount
    if written != plain.signups:
        raise _NotPlain
