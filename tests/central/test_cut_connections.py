"""Connections cut in the middle of push and pull, through a small TCP proxy in front of
the real PostgreSQL: no sign-up lost, none doubled, kiosk and server agree."""

from __future__ import annotations

import contextlib
import random
import socket
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import psycopg
from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url

from kiosk.central import provision
from kiosk.central.demo import seed_central_demo
from kiosk.clock import OSLO, SystemClock
from kiosk.domain.enums import Period, SignupState
from kiosk.domain.views import SignupRequest
from kiosk.services import Services
from kiosk.storage.models import Signup
from kiosk.sync.client import SyncClient, SyncProblem, enroll
from tests.central.helpers import upstream


class CuttingProxy:
    """TCP on localhost to the server; while `cut_after` is set, each
    connection is closed after that many bytes from the server have been passed on."""

    def __init__(self, connect: Callable[[], socket.socket]) -> None:
        self.connect = connect
        self.cut_after: int | None = None
        self.cuts = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = self.connect()
            limit = self.cut_after
            threading.Thread(target=self._pipe, args=(client, server, None), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, limit), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket, limit: int | None) -> None:
        passed = 0
        try:
            while True:
                data = source.recv(4096)
                if not data:
                    break
                if limit is not None and passed + len(data) > limit:
                    target.sendall(data[: max(0, limit - passed)])
                    with self._lock:
                        self.cuts += 1
                    break
                target.sendall(data)
                passed += len(data)
        except OSError:
            pass
        finally:
            for end in (source, target):
                with contextlib.suppress(OSError):  # the other side may be gone already
                    end.shutdown(socket.SHUT_RDWR)
                end.close()

    def close(self) -> None:
        self._listener.close()


def test_cut_connections_lose_and_double_nothing(
    central: Engine, central_url: str, tmp_path: Path
) -> None:
    proxy = CuttingProxy(upstream(central_url))
    provision.add_site(central, "Solbakken")
    seed_central_demo(central, "Solbakken", datetime.now(OSLO))
    enrolment = provision.add_kiosk(central, central_url, "Solbakken", "Lobby")
    database = make_url(central_url).database
    through_proxy = replace(enrolment, url=f"postgresql://127.0.0.1:{proxy.port}/{database}")
    services = Services.open(tmp_path / "kiosk", SystemClock())
    file = tmp_path / "lobby.json"
    provision.write_enrolment(through_proxy, file)
    enroll(file, services)
    client = SyncClient(services, through_proxy)
    client.sync_once()  # the activities, with no cuts
    occurrences = [
        v.occurrence_id
        for v in services.catalogue.occurrences(Period.WEEK)
        if v.signup_state in (SignupState.OPEN, SignupState.WAITLIST)
    ]
    rng = random.Random(11)
    failed = 0
    names = iter(f"Beboer {a}{b}" for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "abcdefgh")
    for _ in range(30):
        services.booking.sign_up_batch(
            [SignupRequest(rng.choice(occurrences), next(names)) for _ in range(5)]
        )
        # Anywhere: in the start-up talk, in the push reply, in the pull pages.
        proxy.cut_after = rng.randint(200, 8_000)
        try:
            client.sync_once(connect_timeout=3)
        except SyncProblem:
            failed += 1
    proxy.cut_after = None
    client.sync_once()
    client.sync_once()
    proxy.close()
    assert proxy.cuts >= 15 and failed >= 15  # the connections really were cut
    with services.db.read() as session:
        local = {str(i): s.value for i, s in session.execute(select(Signup.id, Signup.status))}
    with psycopg.connect(central_url) as admin:
        remote = {str(r[0]): r[1] for r in admin.execute("SELECT id, status FROM sammen.signup")}
    assert len(local) == 150
    assert remote == local
    services.close()
