"""A pulled page of new sign-ups is written by SQLite from the rows' JSON text (the plain
path); what it stores must be what the bulk and ORM paths store, and a row it cannot
take whole must send the page the general way with nothing of it kept."""

from __future__ import annotations

import json
import random
import sqlite3
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import func, select

from kiosk.services import Services
from kiosk.storage.models import Occurrence, Signup
from kiosk.sync import client as sync_client
from tests.unit.test_sync_bulk import NAMES, PHONES, _enrolment, _everything

Row = tuple[str, str, str]  # entity, entity id, row as JSON text


def _store_time() -> Any:
    """The bulk path's own converter of a pulled time, as `_prepare_plain` uses it."""
    from sqlalchemy.dialects import sqlite

    processor = Signup.__table__.c.created_at.type._cached_bind_processor(sqlite.dialect())
    assert processor is not None
    return lambda text: processor(sync_client._time(text))


def _iso(moment: datetime, offset_minutes: int, decimals: int) -> str:
    """As PostgreSQL writes a timestamptz in JSON: the decimals' trailing zeros dropped."""
    local = moment.astimezone(timezone(timedelta(minutes=offset_minutes)))
    text = local.replace(tzinfo=None).isoformat(timespec="microseconds")
    day, fraction = text.split(".")
    fraction = fraction[:decimals].rstrip("0")
    sign = "-" if offset_minutes < 0 else "+"
    hours, minutes = divmod(abs(offset_minutes), 60)
    return f"{day}{'.' + fraction if fraction else ''}{sign}{hours:02d}:{minutes:02d}"


def test_sqlite_reads_a_time_as_python_does() -> None:
    """Random times in every offset and precision PostgreSQL writes, and ones it does
    not: SQLite's reading is Python's, or Python decides (and refuses what it refuses)."""
    rng = random.Random(7)
    store = _store_time()
    texts = [
        _iso(
            datetime(1000, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.uniform(0, 2.8e11)),
            rng.choice([0, 0, 60, 120, -180, 330, -570, 840, -840]),
            rng.choice([0, 1, 3, 5, 6, 6, 6]),
        )
        for _ in range(3000)
    ]
    texts += [
        "2026-11-27T10:00:00.999999+00:00",  # not rounded into the next second
        "2026-11-27T00:30:00+01:00",  # the day before in UTC
        "2026-12-31T23:59:59.5-01:00",  # the year after in UTC
        "2024-02-29T12:00:00+00:00",
        "2026-02-30T12:00:00+00:00",  # no such day: SQLite would roll it into March
        "2026-11-27T24:00:00+00:00",
        "2026-11-27T10:00:60+00:00",
        "0000-01-01T00:00:00+00:00",
        "0001-01-01T00:30:00+01:00",
        "9999-12-31T23:30:00-01:00",
        "2026-11-27T10:00:00Z",
        "2026-11-27T10:00:00",  # no offset: the bulk path refuses it
        "2026-11-27 10:00:00+00:00",
        "2026-11-27T10:00:00.+00:00",
        "2026-11-27T10:00:00.1234567+00:00",
        # PostgreSQL's own shape in UTC (SQLite's first branch), and that shape broken:
        "2026-11-27T10:00:00.123456+00:00",
        "2026-11-27T10:00:00.000000+00:00",
        "2024-02-29T23:59:59.999999+00:00",
        "2026-02-29T10:00:00.123456+00:00",
        "2026-04-31T10:00:00.123456+00:00",
        "2026-13-01T10:00:00.123456+00:00",
        "2026-00-10T10:00:00.123456+00:00",
        "2026-11-00T10:00:00.123456+00:00",
        "2026-11-27T24:00:00.000000+00:00",
        "2026-11-27T29:00:00.000000+00:00",
        "2026-11-27T10:60:00.000000+00:00",
        "0999-11-27T10:00:00.123456+00:00",
        "9999-12-31T23:59:59.999999+00:00",
        "2026-11-27T10:00:00.123456+00:0a",
        "2026-11-27T10:00:00+0100",
        "2026-11-27T10:00:00+01:00:30",
        "2026-11-27T10:00:0a+00:00",
        "26-11-27T10:00:00+00:00",
        "later",
        "",
    ]
    db = sqlite3.connect(":memory:")

    def sammen_time(text: object) -> str:
        return str(store(text))

    db.create_function("sammen_time", 1, sammen_time, deterministic=True)
    sql = f"SELECT {sync_client._time_sql('v')} FROM (SELECT ? AS v)"
    python_read = 0
    for text in texts:
        try:
            expected: str | None = str(store(text))
        except (ValueError, TypeError, OverflowError):
            expected = None
        try:
            got = db.execute(sql, (text,)).fetchone()[0]
        except sqlite3.OperationalError:  # sammen_time raised: Python refused it
            got = None
            python_read += 1
        assert got == expected, text
    assert db.execute(sql, (None,)).fetchone()[0] is None
    assert python_read >= 10  # the odd ones were Python's to refuse


class NewSignups:
    """Pages of sign-ups new here, as the server sends them: now and then a twin of
    someone already signed up, a row the retention rule wiped, or a page with dates."""

    def __init__(self, services: Services, seed: int) -> None:
        self.rng = random.Random(seed)
        with services.db.read() as session:
            self.dates = list(session.scalars(select(Occurrence.id)))
            taken = session.execute(
                select(Signup.occurrence_id, Signup.display_name, Signup.phone).where(
                    Signup.status != "cancelled"
                )
            ).all()
        self.taken = [(date, name, phone) for date, name, phone in taken]
        self.codes = 0

    def row(self, twin: bool = False, wiped: bool = False) -> Row:
        rng = self.rng
        self.codes += 1
        status = rng.choice(["confirmed", "confirmed", "waitlisted", "cancelled"])
        date, name, phone = rng.choice(self.dates), rng.choice(NAMES), rng.choice(PHONES)
        if twin and self.taken:  # someone here already
            date, name, phone = rng.choice(self.taken)
            status = "confirmed"
        made = datetime(2026, 11, 20, tzinfo=UTC) + timedelta(seconds=rng.uniform(0, 9e5))

        def when(moment: datetime) -> str:
            return _iso(moment, rng.choice([0, 0, 60]), rng.choice([6, 6, 6, 4, 0]))

        row = {
            "id": None,
            "site_id": str(uuid.uuid4()),
            "occurrence_id": str(date),
            "display_name": "" if wiped else f"{name} {rng.randint(1, 10**6)}",
            "phone": None if wiped else phone,
            "party_size": rng.randint(1, 4),
            "status": status,
            "queue_number": rng.randint(1, 500),
            "booking_code": f"Y{self.codes:05d}",
            "origin_kiosk_id": rng.choice([None, str(uuid.uuid4())]),
            "created_at": when(made),
            "cancelled_at": when(made + timedelta(hours=2)) if status == "cancelled" else None,
            "attended_at": when(made + timedelta(days=1)) if rng.random() < 0.1 else None,
            "needs_help": rng.random() < 0.3,
            "purged_at": "2026-11-29T03:00:00+00:00" if wiped else None,
        }
        if twin:
            row["display_name"] = name
        if name == "Ola Berg":  # some rows as an older server sent them
            del row["needs_help"], row["purged_at"]
        entity_id = str(uuid.uuid4())
        row["id"] = entity_id
        return ("signup", entity_id, json.dumps(row))

    def page(self) -> list[Row]:
        rows = [self.row() for _ in range(self.rng.randint(1, 300))]
        if self.rng.random() < 0.3:  # the page goes the general way
            odd = self.row(twin=True) if self.rng.random() < 0.7 else self.row(wiped=True)
            rows.insert(self.rng.randrange(len(rows) + 1), odd)
        return rows


def _apply(services: Services, page: list[Row]) -> None:
    """The page as the pull applies it, made ready on this thread."""
    sync_client.SyncClient(services, _enrolment())._apply_ready(page, sync_client._ready(page))


def _orm_page(services: Services, rows: list[Row], monkeypatch: pytest.MonkeyPatch) -> None:
    """The page the general way, as before the bulk and plain paths."""
    with monkeypatch.context() as patched:
        patched.setattr(sync_client, "_apply_bulk", lambda session, changes: False)
        sync_client.SyncClient(services, _enrolment())._apply_page(
            [{"entity": e, "entity_id": i, "row": sync_client._parsed(d)} for e, i, d in rows]
        )


def counting_plain(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many pages the plain path took whole (the pull's tests count them too)."""
    taken = [0]
    plain = sync_client._apply_plain

    def counted(session: Any, ready: Any) -> None:
        plain(session, ready)
        taken[0] += 1

    monkeypatch.setattr(sync_client, "_apply_plain", counted)
    return taken


@pytest.mark.parametrize("seed", range(4))
def test_new_signups_go_the_plain_way_and_end_where_the_orm_path_ends(
    two: tuple[Services, Services], seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain, orm = two
    taken = counting_plain(monkeypatch)
    pages = NewSignups(plain, seed)
    for _ in range(10):
        page = pages.page()
        _apply(plain, page)
        _orm_page(orm, page, monkeypatch)
        assert _everything(plain) == _everything(orm)
    assert 3 <= taken[0] < 10  # most pages went the plain way; twins and wiped rows did not
    with plain.db.read() as session:
        assert session.scalar(select(func.count()).where(Signup.name_key.like("%#%")))


_MISSING = object()


def _good_row() -> str:
    return json.dumps(
        {
            "id": str(uuid.uuid4()),
            "occurrence_id": "",  # set by the test: a date of the demo
            "display_name": "Viggo Ås",
            "phone": "+4791234567",
            "party_size": 2,
            "status": "confirmed",
            "queue_number": 3,
            "booking_code": "ODD234",
            "origin_kiosk_id": None,
            "created_at": "2026-11-27T10:00:00.123456+01:00",
            "cancelled_at": None,
            "attended_at": None,
            "needs_help": False,
            "purged_at": None,
        }
    )


ODD = [
    ("display_name", {"first": "Viggo"}),
    ("display_name", ["Viggo"]),
    ("display_name", 75),
    ("display_name", _MISSING),
    ("phone", 4791234567),
    ("party_size", "2"),
    ("party_size", 2.5),
    ("party_size", 9),
    ("status", "maybe"),
    ("queue_number", None),
    ("booking_code", 123456),
    ("origin_kiosk_id", "kiosk-one"),
    ("created_at", "2026-02-30T10:00:00+00:00"),
    ("created_at", "2026-11-27T10:00:00"),
    ("created_at", None),
    ("cancelled_at", "yesterday"),
    ("needs_help", "yes"),
    ("needs_help", 2),
    ("deleted", True),
    ("purged_at", "2026-11-29T03:00:00+00:00"),
]


@pytest.mark.parametrize(("field", "value"), ODD)
def test_a_row_the_plain_way_cannot_take_sends_the_page_the_general_way(
    two: tuple[Services, Services], field: str, value: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing of the page is kept by the plain path; the general path then does with
    it what it always did (stores what it can read, leaves out what it cannot)."""
    plain, orm = two
    with plain.db.read() as session:
        date = str(session.scalars(select(Occurrence.id)).first())
    good = json.loads(_good_row())
    good["occurrence_id"] = date
    odd = dict(good, id=str(uuid.uuid4()), booking_code="ODD567")
    if value is _MISSING:
        del odd[field]
    else:
        odd[field] = value
    other = dict(good, id=str(uuid.uuid4()), booking_code="ODD789", display_name="Kari")
    page = [("signup", r["id"], json.dumps(r)) for r in (good, odd, other)]
    before = _everything(plain)
    with (
        pytest.raises((sync_client._NotPlain, sqlite3.IntegrityError)),
        plain.db.transaction() as session,
    ):
        sync_client._apply_plain(session, sync_client._prepare_plain(page))
    assert _everything(plain) == before  # rolled back whole
    taken = counting_plain(monkeypatch)
    _apply(plain, page)
    _orm_page(orm, page, monkeypatch)
    assert taken == [0]
    assert _everything(plain) == _everything(orm)
    with plain.db.read() as session:  # the good rows came either way
        assert session.get(Signup, uuid.UUID(good["id"])) is not None


@pytest.mark.parametrize("text", ["{", "not json", "[1, 2]", '"text"', "null"])
def test_a_row_that_is_not_a_json_object_is_refused_by_the_plain_way(text: str) -> None:
    page: list[Row] = [("signup", str(uuid.uuid4()), text)]
    with pytest.raises(sync_client._NotPlain):
        sync_client._prepare_plain(page)


@pytest.mark.parametrize(
    "shape",
    [
        str.upper,
        lambda id_: id_.replace("-", ""),
        lambda id_: "{" + id_ + "}",
        lambda id_: "urn:uuid:" + id_,
        lambda id_: id_[:-1] + "g",
        lambda id_: id_[:8] + id_[9:13] + "-" + id_[8] + id_[13:],  # the dashes moved
    ],
)
def test_an_id_not_as_postgresql_writes_it_sends_the_page_the_general_way(
    two: tuple[Services, Services], shape: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plain way takes the ids of a page only as PostgreSQL writes a UUID; the
    general way reads what Python's uuid.UUID reads (and leaves out what it cannot)."""
    plain, orm = two
    with plain.db.read() as session:
        date = str(session.scalars(select(Occurrence.id)).first())
    good = dict(json.loads(_good_row()), occurrence_id=date)
    odd = dict(good, id=str(uuid.uuid4()), booking_code="ODD567", display_name="Kari")
    page = [("signup", good["id"], json.dumps(good)), ("signup", shape(odd["id"]), json.dumps(odd))]
    with pytest.raises(sync_client._NotPlain):
        sync_client._prepare_plain(page)
    taken = counting_plain(monkeypatch)
    _apply(plain, page)
    _orm_page(orm, page, monkeypatch)
    assert taken == [0]
    assert _everything(plain) == _everything(orm)
    with plain.db.read() as session:
        assert session.get(Signup, uuid.UUID(good["id"])) is not None


def test_a_page_made_ready_on_another_thread_is_written_as_one_made_here(
    two: tuple[Services, Services],
) -> None:
    """The pull makes the next page ready on a thread of its own while this one is
    written; what is stored is the same, and the two pages are kept apart."""
    here, there = two
    pages = NewSignups(here, seed=5)
    first, second = pages.page(), pages.page()
    with ThreadPoolExecutor(max_workers=1) as other:
        ready = [other.submit(sync_client._ready, page).result() for page in (first, second)]
    for page, made in zip((first, second), ready, strict=True):
        sync_client.SyncClient(here, _enrolment())._apply_ready(page, made)
        _apply(there, page)
        assert _everything(here) == _everything(there)


def test_without_sqlites_serialize_every_page_goes_the_general_way(
    two: tuple[Services, Services], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An SQLite built without serialize() (before 3.36, unless asked for) cannot carry a
    page made ready to the writer: the pull still works, the general way."""
    here, there = two
    monkeypatch.setattr(sync_client, "_CAN_SERIALIZE", False)
    taken = counting_plain(monkeypatch)
    pages = NewSignups(here, seed=9)
    for _ in range(3):
        page = pages.page()
        assert sync_client._ready(page) is None
        _apply(here, page)
        _orm_page(there, page, monkeypatch)
    assert taken == [0]
    assert _everything(here) == _everything(there)
