"""TLS between kiosk and central database: the enrolment carries the authority's
certificate, the kiosk checks the server's certificate and name (sslmode=verify-full),
and refuses an impostor without losing anything it holds.

The embedded PostgreSQL is built without OpenSSL, so a small TLS front sits before the
server here, speaking PostgreSQL's own TLS start (SSLRequest, then the handshake).
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import struct
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
import trustme
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url

from kiosk.central import provision
from kiosk.central.demo import seed_central_demo
from kiosk.clock import OSLO, SystemClock
from kiosk.domain.enums import Period, SignupState
from kiosk.domain.views import SignupRequest
from kiosk.services import Services
from kiosk.storage.models import OutboxOp
from kiosk.sync.client import ENROLMENT_FILE, SyncClient, SyncProblem, enroll, load_enrolment
from tests.central.helpers import upstream

SSL_REQUEST = 80877103
GSS_REQUEST = 80877104


class TlsFront:
    """TLS on localhost in front of the server's Unix socket, with a given certificate."""

    def __init__(self, connect: Callable[[], socket.socket], context: ssl.SSLContext) -> None:
        self.connect = connect
        self.context = context
        self.requests = 0  # TLS asked for
        self.handshakes = 0  # TLS agreed, as far as the front can tell
        self.startups = 0  # a client went on to speak PostgreSQL through it
        self.plain_refused = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            while True:  # GSS encryption is declined; TLS is the only way in
                length, code = struct.unpack("!ii", _read(client, 8))
                if length == 8 and code == GSS_REQUEST:
                    client.sendall(b"N")
                    continue
                if length == 8 and code == SSL_REQUEST:
                    self.requests += 1
                    client.sendall(b"S")
                    break
                self.plain_refused += 1
                client.close()
                return
            secure = self.context.wrap_socket(client, server_side=True)
        except (OSError, ssl.SSLError, struct.error):
            client.close()
            return
        self.handshakes += 1
        try:
            first = secure.recv(16384)  # the start-up message: the role's name and more
        except (OSError, ssl.SSLError):
            first = b""
        if not first:
            secure.close()
            return
        self.startups += 1
        server = self.connect()
        server.sendall(first)
        threading.Thread(target=_pipe, args=(server, secure), daemon=True).start()
        _pipe(secure, server)

    def close(self) -> None:
        self._listener.close()


def _read(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise OSError("closed")
        data += chunk
    return data


def _pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(16384):
            target.sendall(data)
    except (OSError, ssl.SSLError):
        pass
    finally:
        for end in (source, target):
            with contextlib.suppress(OSError, ssl.SSLError):
                end.close()


@pytest.fixture
def server(central_url: str) -> Callable[[], socket.socket]:
    return upstream(central_url)


@pytest.fixture
def authority() -> trustme.CA:
    return trustme.CA()


def front(server: Callable[[], socket.socket], ca: trustme.CA, name: str) -> TlsFront:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(name).configure_cert(context)
    return TlsFront(server, context)


@pytest.fixture
def site(central: Engine) -> str:
    provision.add_site(central, "Solbakken")
    seed_central_demo(central, "Solbakken", datetime.now(OSLO))
    return "Solbakken"


@pytest.fixture
def tls(
    server: Callable[[], socket.socket],
    authority: trustme.CA,
    central_url: str,
    tmp_path: Path,
) -> Iterator[tuple[TlsFront, str]]:
    """A front with a certificate for "localhost", and the URL an administrator would
    give: verify-full, with their own copy of the authority's certificate."""
    tls_front = front(server, authority, "localhost")
    ca_file = tmp_path / "admin-ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    database = make_url(central_url).database
    url = (
        f"postgresql://localhost:{tls_front.port}/{database}"
        f"?sslmode=verify-full&sslrootcert={ca_file}"
    )
    yield tls_front, url
    tls_front.close()


def _enrolled(central: Engine, url: str, folder: Path) -> Services:
    enrolment = provision.add_kiosk(central, url, "Solbakken", "Lobby")
    file = folder.parent / "lobby.json"
    provision.write_enrolment(enrolment, file)
    services = Services.open(folder, SystemClock())
    enroll(file, services)
    file.unlink()
    return services


def test_the_kiosk_syncs_over_tls_checking_the_servers_certificate(
    central: Engine, site: str, tls: tuple[TlsFront, str], authority: trustme.CA, tmp_path: Path
) -> None:
    tls_front, url = tls
    services = _enrolled(central, url, tmp_path / "kiosk")
    enrolment = load_enrolment(services.data_dir)
    assert enrolment is not None
    assert "sslrootcert" not in enrolment.url  # the admin's path stays on the admin's machine
    assert "sslmode=verify-full" in enrolment.url
    assert enrolment.ca_cert == authority.cert_pem.bytes().decode("ascii")
    assert (services.data_dir / "central-ca.pem").read_text() == enrolment.ca_cert

    report = SyncClient(services, enrolment).sync_once()
    assert report.pulled > 10 and tls_front.handshakes == tls_front.startups == 1
    # The front lets nothing in the clear through, so the cycle above was TLS throughout.
    plain = make_url(url).set(query={"sslmode": "disable"}).render_as_string()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(plain, connect_timeout=3)
    assert tls_front.plain_refused == 1
    services.close()


@pytest.mark.parametrize("impostor", ["wrong name", "wrong authority"])
def test_an_impostor_server_is_refused_and_nothing_is_lost(
    central: Engine,
    site: str,
    tls: tuple[TlsFront, str],
    server: Callable[[], socket.socket],
    authority: trustme.CA,
    tmp_path: Path,
    impostor: str,
) -> None:
    tls_front, url = tls
    services = _enrolled(central, url, tmp_path / "kiosk")
    enrolment = load_enrolment(services.data_dir)
    assert enrolment is not None
    SyncClient(services, enrolment).sync_once()
    view = next(
        v
        for v in services.catalogue.occurrences(Period.WEEK)
        if v.signup_state is SignupState.OPEN and not v.sensitive
    )
    services.booking.sign_up(SignupRequest(view.occurrence_id, "Olga Hansen"))

    # The same address now answers with a certificate that must not be trusted.
    tls_front.close()
    fake = front(
        server,
        authority if impostor == "wrong name" else trustme.CA(),
        "central.example.org" if impostor == "wrong name" else "localhost",
    )
    moved = enrolment.url.replace(f":{tls_front.port}/", f":{fake.port}/")
    assert moved != enrolment.url
    data = (services.data_dir / ENROLMENT_FILE).read_text(encoding="utf-8")
    (services.data_dir / ENROLMENT_FILE).write_text(
        data.replace(f":{tls_front.port}/", f":{fake.port}/"), encoding="utf-8"
    )
    enrolment = load_enrolment(services.data_dir)
    assert enrolment is not None and enrolment.url == moved
    with pytest.raises(SyncProblem):
        SyncClient(services, enrolment).sync_once(connect_timeout=3)
    # The kiosk asked for TLS, then hung up before saying anything, not even its name
    # (libpq checks the name after the handshake, the authority during it).
    assert fake.requests >= 1 and fake.startups == 0
    with services.db.read() as session:
        unsent = session.scalar(
            select(func.count()).select_from(OutboxOp).where(OutboxOp.sent_at.is_(None))
        )
    assert unsent == 1  # kept for the real server
    fake.close()
    services.close()


def test_a_remote_server_without_verify_full_is_refused_before_anything_is_made(
    central: Engine, central_url: str, site: str
) -> None:
    with psycopg.connect(central_url) as admin:
        before = admin.execute("SELECT count(*) FROM pg_roles").fetchone()
    for url in (
        "postgresql://central.kommune.no/sammen",
        "postgresql://central.kommune.no/sammen?sslmode=require",
        "postgresql://10.0.0.5:5432/sammen?sslmode=prefer",
    ):
        with pytest.raises(provision.ProvisionError, match="verify-full"):
            provision.add_kiosk(central, url, "Solbakken", "Lobby")
    with psycopg.connect(central_url) as admin:
        assert admin.execute("SELECT count(*) FROM pg_roles").fetchone() == before
        assert admin.execute("SELECT count(*) FROM sammen.kiosk").fetchone() == (0,)
    # The system's own authorities are allowed too (no certificate to carry then).
    enrolment = provision.add_kiosk(
        central,
        "postgresql://central.kommune.no/sammen?sslmode=verify-full&sslrootcert=system",
        "Solbakken",
        "Lobby",
    )
    assert enrolment.ca_cert == "" and "sslrootcert=system" in enrolment.url


def test_an_enrolment_with_a_broken_certificate_is_refused(tmp_path: Path) -> None:
    enrolment = provision.Enrolment(
        url="postgresql://localhost/sammen",
        role="kiosk_x",
        password="secret",
        kiosk_id=provision.uuid7(),
        kiosk_name="Lobby",
        site_id=provision.uuid7(),
        site_name="Solbakken",
        ca_cert="-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
    )
    forged = enrolment.to_json().replace("-----BEGIN CERTIFICATE-----", "garbage")
    with pytest.raises(provision.ProvisionError):
        provision.Enrolment.from_json(forged)
