"""500 simulated kiosks, each with its own login role, syncing every few seconds against
one central PostgreSQL (embedded, or SAMMEN_TEST_DATABASE_URL).

A cycle is what a kiosk does: connect as itself, `sync.hello`, `sync.push` (a new sign-up
in one cycle of four), `sync.pull` from its cursor, `sync.quota` when anything moved (as
the kiosk's SyncClient does), disconnect. Worker threads run the
cycles of kiosks due, as fast as the server takes them, for DURATION seconds. Reports
cycles/s and p99 (targets: ≥ 200 cycles/s with p99 ≤ 250 ms on this 2-core machine) and
checks that every sign-up pushed is stored exactly once. The last line is one JSON object.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from bench.sync import _code, _database, _server  # noqa: E402
from kiosk.central import provision  # noqa: E402
from kiosk.ids import uuid7  # noqa: E402
from kiosk.storage.files import SCHEMA_VERSION  # noqa: E402

KIOSKS = int(os.environ.get("SAMMEN_BENCH_KIOSKS", "500"))
DURATION = float(os.environ.get("SAMMEN_BENCH_SECONDS", "20"))
WORKERS = int(os.environ.get("SAMMEN_BENCH_WORKERS", "24"))


def main() -> None:
    server = _server()
    url = _database(server, f"sammen_load_{uuid7().hex[-8:]}")
    engine = provision.engine_for(url)
    provision.init(engine)
    sites = [provision.add_site(engine, f"Site {n}") for n in range(max(1, KIOSKS // 10))]
    occurrences: dict[object, list[object]] = {}
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
    kiosks = []
    names = {site: f"Site {n}" for n, site in enumerate(sites)}
    for n in range(KIOSKS):
        site = sites[n % len(sites)]
        kiosks.append((provision.add_kiosk(engine, url, names[site], f"Kiosk {n}"), site))
    provisioning_s = time.perf_counter() - started
    engine.dispose()

    cursors = [("0", 0)] * KIOSKS
    asked = [False] * KIOSKS  # lent seats asked for at least once
    locks = [threading.Lock() for _ in range(KIOSKS)]
    latencies: list[float] = []
    pushed: list[str] = []
    errors: list[str] = []
    record = threading.Lock()
    stop_at = time.perf_counter() + DURATION
    counter = iter(range(10**9))

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        while time.perf_counter() < stop_at:
            k = rng.randrange(KIOSKS)
            if not locks[k].acquire(blocking=False):
                continue  # this kiosk is mid-cycle in another thread
            try:
                enrolment, site = kiosks[k]
                begin = time.perf_counter()
                with psycopg.connect(provision.kiosk_url(enrolment), autocommit=True) as conn:
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
                                "booking_code": _code(n + 100_000),
                            },
                        }
                        answer = conn.execute(
                            "SELECT sync.push(%s::jsonb)", (json.dumps([op]),)
                        ).fetchone()
                        if answer and answer[0][0]["status"] in ("confirmed", "waitlisted"):
                            mine.append(op["payload"]["signup_id"])
                    xid, last = cursors[k]
                    row = conn.execute(
                        "SELECT sync.pull(%s::xid8, %s, 1000)", (xid, last)
                    ).fetchone()
                    changes = row[0]["changes"] if row else []
                    if changes:
                        cursors[k] = (changes[-1]["xid"], changes[-1]["id"])
                    if mine or changes or not asked[k]:  # as SyncClient does
                        conn.execute("SELECT sync.quota()").fetchone()
                        asked[k] = True
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

    with psycopg.connect(url) as admin:
        stored = [str(r[0]) for r in admin.execute("SELECT id FROM sammen.signup")]
    lost = len(set(pushed) - set(stored))
    doubled = len(stored) - len(set(stored))
    cycles = len(latencies)
    rate = cycles / wall
    p50 = statistics.median(latencies) * 1000 if latencies else 0.0
    p99 = (sorted(latencies)[int(0.99 * (cycles - 1))] * 1000) if latencies else 0.0
    print(
        f"{KIOSKS} kiosks (own roles, provisioned in {provisioning_s:.1f} s), {WORKERS} "
        f"workers, {wall:.1f} s: {cycles} cycles, {rate:.0f} cycles/s, p50 {p50:.0f} ms, "
        f"p99 {p99:.0f} ms; {len(pushed)} sign-ups pushed, {lost} lost, {doubled} doubled; "
        f"{len(errors)} errors {sorted(set(errors))}"
    )
    print(
        json.dumps(
            {
                "benchmark": "central_load",
                "kiosks": KIOSKS,
                "workers": WORKERS,
                "seconds": round(wall, 1),
                "cycles": cycles,
                "cycles_per_s": round(rate, 1),
                "p50_ms": round(p50, 1),
                "p99_ms": round(p99, 1),
                "signups_pushed": len(pushed),
                "lost": lost,
                "doubled": doubled,
                "errors": len(errors),
                "target_met": rate >= 200 and p99 <= 250 and lost == 0 and doubled == 0,
            }
        )
    )


if __name__ == "__main__":
    main()
