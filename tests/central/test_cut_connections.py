"""Connections cut in the middle of push and pull, through a small TCP proxy in front of
the real PostgreSQL: no sign-up lost, none doubled, kiosk and server agree."""

from __future__ import annotations

import contextlib
import random
import socket
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from kiosk.central import provision
from kiosk.central.demo import seed_central_demo
from kiosk.clock import OSLO
from kiosk.domain.enums import Period, SignupState
from kiosk.domain.views import SignupRequest
from kiosk.services import Services
from kiosk.sync import client as sync_client
from kiosk.sync.client import SyncClient, SyncProblem
from tests.central.helpers import (
    central_signups,
    client_of,
    enrolled_kiosk,
    local_signups,
    upstream,
)
from tests.unit.test_sync_plain import counting_plain


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


def _kiosk_through(
    proxy: CuttingProxy, central: Engine, central_url: str, folder: Path, name: str
) -> tuple[Services, SyncClient]:
    database = make_url(central_url).database
    reach = f"postgresql://127.0.0.1:{proxy.port}/{database}"
    services = enrolled_kiosk(central, central_url, folder, name, reach)
    return services, client_of(services)


def test_cut_connections_lose_and_double_nothing(
    central: Engine, central_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lobby signs people up and syncs; Hall only reads what Lobby sent, in pages of four
    (so the pull's pages made ready ahead are cut too, between pages and inside one)."""
    monkeypatch.setattr(sync_client, "PULL_ROWS_PAGE", 4)
    plain_pages = counting_plain(monkeypatch)
    proxy = CuttingProxy(upstream(central_url))
    provision.add_site(central, "Solbakken")
    seed_central_demo(central, "Solbakken", datetime.now(OSLO))
    services, client = _kiosk_through(proxy, central, central_url, tmp_path / "lobby", "Lobby")
    hall, reader = _kiosk_through(proxy, central, central_url, tmp_path / "hall", "Hall")
    client.sync_once()  # the activities, with no cuts
    reader.sync_once()
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
        for syncing in (client, reader):
            proxy.cut_after = rng.randint(200, 8_000)
            try:
                syncing.sync_once(connect_timeout=3)
            except SyncProblem:
                failed += 1
    proxy.cut_after = None
    # Until neither has anything left to send or read: a kiosk giving back seats it was
    # lent can move someone up from the waiting list, which the other then reads.
    for _ in range(5):
        reports = [syncing.sync_once() for syncing in (client, reader)]
        if not any(report.pushed or report.pulled for report in reports):
            break
    else:
        raise AssertionError("the two kiosks never came to rest")
    proxy.close()
    assert proxy.cuts >= 30 and failed >= 30  # the connections really were cut
    assert plain_pages[0] >= 10  # Hall read pages of new sign-ups the plain way
    remote = central_signups(central_url)
    assert len(remote) == 150
    for name, kiosk in (("Lobby", services), ("Hall", hall)):
        assert local_signups(kiosk) == remote, name
        kiosk.close()
