"""Provisioning the central database: roles, schema, sites, kiosks, revocation, status.

Run by an administrator's login (a superuser, or a role with CREATEROLE that is a member
of `sammen_owner`); never by a kiosk. Kiosk secrets leave only in the enrolment file.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text

from kiosk.ids import uuid7

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
KIOSK_CONNECTION_LIMIT = 4
KIOSK_IDLE_SESSION = "10min"
# Connections kept free beside the kiosks' own (provisioning, staff tools, backups).
CONNECTIONS_SPARE = 10
ENROLMENT_VERSION = 1


class ProvisionError(ValueError):
    """A clear, kind refusal: nothing was changed."""


@dataclass(frozen=True)
class Enrolment:
    """What a kiosk needs to reach the central database as itself."""

    url: str  # without credentials
    role: str
    password: str
    kiosk_id: uuid.UUID
    kiosk_name: str
    site_id: uuid.UUID
    site_name: str
    # The certificate (PEM) of the authority that signed the central server's, for
    # sslmode=verify-full; empty when the URL needs none (a local server, sslrootcert=system).
    ca_cert: str = ""

    def to_json(self) -> str:
        data: dict[str, object] = {
            "sammen_enrolment": ENROLMENT_VERSION,
            "url": self.url,
            "role": self.role,
            "password": self.password,
            "kiosk_id": str(self.kiosk_id),
            "kiosk_name": self.kiosk_name,
            "site_id": str(self.site_id),
            "site_name": self.site_name,
        }
        if self.ca_cert:
            data["ca_cert"] = self.ca_cert
        return json.dumps(data, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, data: str) -> Enrolment:
        try:
            raw = json.loads(data)
            if not isinstance(raw, dict) or raw.get("sammen_enrolment") != ENROLMENT_VERSION:
                raise ValueError("not an enrolment file")
            return cls(
                url=str(raw["url"]),
                role=str(raw["role"]),
                password=str(raw["password"]),
                kiosk_id=uuid.UUID(str(raw["kiosk_id"])),
                kiosk_name=str(raw["kiosk_name"]),
                site_id=uuid.UUID(str(raw["site_id"])),
                site_name=str(raw["site_name"]),
                ca_cert=_certificate(str(raw.get("ca_cert") or "")),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ProvisionError("the file is not a Sammen enrolment file") from exc


def sqlalchemy_url(url: str) -> str:
    """postgresql://… as given by people and tools, with the psycopg 3 driver named."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    raise ProvisionError("the URL must start with postgresql://")


def engine_for(url: str) -> Engine:
    return create_engine(sqlalchemy_url(url), pool_pre_ping=True)


LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
PEM_CERTIFICATE = "-----BEGIN CERTIFICATE-----"


def _certificate(text_: str) -> str:
    if text_ and PEM_CERTIFICATE not in text_:
        raise ValueError("not a PEM certificate")
    return text_


def for_kiosks(url: str) -> tuple[str, str]:
    """The URL kiosks are given and the CA certificate they check the server with.

    A server on another machine is reached with TLS and the server's name checked
    (sslmode=verify-full), never otherwise: a kiosk's secret must not cross a network
    in the clear or to an impostor. The administrator's `sslrootcert` is a path on their
    own machine, so the certificate itself travels in the enrolment file."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    public = without_credentials(url)
    parts = urlsplit(public)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    ca_cert = ""
    ca_path = query.get("sslrootcert")
    if ca_path and ca_path != "system":
        try:
            ca_cert = _certificate(Path(ca_path).read_text(encoding="ascii"))
        except (OSError, ValueError) as exc:
            raise ProvisionError(f"sslrootcert {ca_path} is not a readable certificate") from exc
        del query["sslrootcert"]
        public = urlunsplit(parts._replace(query=urlencode(query)))
    host = parts.hostname or query.get("host") or ""
    local = host == "" or host.startswith("/") or host in LOCAL_HOSTS
    if not local and query.get("sslmode") != "verify-full":
        raise ProvisionError(
            "a kiosk reaches a central database on another machine over TLS only: add "
            "?sslmode=verify-full&sslrootcert=CA.pem (or sslrootcert=system) to the URL"
        )
    return public, ca_cert


def without_credentials(url: str) -> str:
    """The URL a kiosk is given: the same server and database, its own role added later."""
    return re.sub(r"^(postgres(?:ql)?(?:\+psycopg)?://)[^@/]*@", r"\1", url)


def init(engine: Engine) -> None:
    """Group roles and the schema that holds the version table, then every migration."""
    with engine.begin() as conn:
        for role in ("sammen_owner", "sammen_kiosk"):
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).first()
            if not exists:
                conn.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN NOBYPASSRLS")
        conn.exec_driver_sql("GRANT sammen_owner TO CURRENT_USER")
        conn.exec_driver_sql("CREATE SCHEMA IF NOT EXISTS sammen AUTHORIZATION sammen_owner")
        conn.exec_driver_sql("REVOKE ALL ON SCHEMA sammen FROM PUBLIC")
    migrate(engine)


def migrate(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def prune_log(engine: Engine, keep_days: int) -> int:
    """Drop changes logged more than `keep_days` ago; kiosks whose cursor is older read a
    snapshot instead. Returns how many were dropped."""
    if keep_days < 1:
        raise ProvisionError("keep at least one day of changes")
    with engine.begin() as conn:
        # Only from transactions long over: a late commit can never land below the floor.
        last = conn.execute(
            text(
                "SELECT xid, id FROM sammen.change_log"
                " WHERE logged_at < now() - make_interval(days => :days)"
                "   AND xid < pg_snapshot_xmin(pg_current_snapshot())"
                " ORDER BY xid DESC, id DESC LIMIT 1"
            ),
            {"days": keep_days},
        ).first()
        if last is None:
            return 0
        dropped = conn.execute(
            text("DELETE FROM sammen.change_log WHERE xid < :xid OR (xid = :xid AND id <= :id)"),
            {"xid": last.xid, "id": last.id},
        ).rowcount
        conn.execute(
            text("UPDATE sammen.sync_meta SET floor_xid = :xid, floor_id = :id"),
            {"xid": last.xid, "id": last.id},
        )
    log.info("change log pruned: %d changes", dropped)
    return int(dropped)


PURGE_CHUNK = 5000  # sign-ups wiped per transaction: row locks held briefly


def purge_personal_data(engine: Engine, keep_days: int) -> int:
    """Wipe the name, phone number and "company or a ride" of sign-ups on dates that
    ended more than `keep_days` ago, here and in the change log (DESIGN.md, retention).
    Rows, statuses, party sizes and booking codes stay, so counts still add up. Kiosks
    pull the wiped rows as any change. Returns how many sign-ups were wiped."""
    if not 1 <= keep_days <= 3650:
        raise ProvisionError("keep names between 1 and 3650 days after a date")
    total = 0
    while True:
        with engine.begin() as conn:
            wiped = conn.execute(
                text(
                    "UPDATE sammen.signup SET display_name = '', phone = NULL,"
                    " needs_help = false, purged_at = now()"
                    " WHERE id IN (SELECT s.id FROM sammen.signup s"
                    "   JOIN sammen.occurrence o ON o.id = s.occurrence_id"
                    "  WHERE s.purged_at IS NULL"
                    "    AND o.ends_at < now() - make_interval(days => :days)"
                    "  LIMIT :chunk)"
                ),
                {"days": keep_days, "chunk": PURGE_CHUNK},
            ).rowcount
        total += int(wiped)
        if wiped < PURGE_CHUNK:
            break
    with engine.begin() as conn:
        # Every purged sign-up's earlier changes, not only this run's: one cut short
        # before this step leaves no name in the log for the next run to miss.
        conn.execute(
            text(
                # As jsonb where edited: the log keeps json since c0020, jsonb before.
                "UPDATE sammen.change_log c SET row_data = c.row_data::jsonb"
                "   || jsonb_build_object('display_name', '', 'phone', NULL,"
                "                         'needs_help', false, 'purged_at', s.purged_at)"
                "  FROM sammen.signup s"
                " WHERE c.entity = 'signup' AND c.entity_id = s.id"
                "   AND s.purged_at IS NOT NULL AND c.row_data ->> 'deleted' IS NULL"
                "   AND (c.row_data ->> 'display_name' <> ''"
                "        OR c.row_data ->> 'phone' IS NOT NULL)"
            )
        )
    if total:
        log.info("retention: personal data wiped from %d sign-ups", total)
    return total


def new_generation(engine: Engine) -> None:
    """After restoring the database from a backup: every kiosk reads it afresh (and sends
    again what the restored database no longer has)."""
    with engine.begin() as conn:
        conn.execute(text("UPDATE sammen.sync_meta SET generation = gen_random_uuid()"))
    log.info("new generation: every kiosk will read the central database afresh")


def downgrade(engine: Engine, revision: str) -> None:
    """Back to an earlier schema (to run an older Sammen against this database)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def current_revision(conn: Connection) -> str | None:
    row = conn.execute(
        text("SELECT to_regclass('sammen.alembic_version') IS NOT NULL")
    ).scalar_one()
    if not row:
        return None
    return conn.execute(text("SELECT version_num FROM sammen.alembic_version")).scalar()


def add_site(engine: Engine, name: str) -> uuid.UUID:
    clean = " ".join(name.split())
    if not 1 <= len(clean) <= 120:
        raise ProvisionError("a site name is 1–120 characters")
    with engine.begin() as conn:
        taken = conn.execute(
            text("SELECT 1 FROM sammen.site WHERE name = :n"), {"n": clean}
        ).first()
        if taken:
            raise ProvisionError(f"there is already a site called {clean!r}")
        site_id = uuid7()
        conn.execute(
            text("INSERT INTO sammen.site (id, name) VALUES (:id, :n)"), {"id": site_id, "n": clean}
        )
    return site_id


def add_kiosk(engine: Engine, url: str, site_name: str, kiosk_name: str) -> Enrolment:
    """A login role of its own (member of sammen_kiosk, few connections, short time-outs)
    and the kiosk row; the password exists only in the returned enrolment."""
    clean = " ".join(kiosk_name.split())
    if not 1 <= len(clean) <= 120:
        raise ProvisionError("a kiosk name is 1–120 characters")
    public_url, ca_cert = for_kiosks(url)  # refused before anything is made
    kiosk_id = uuid7()
    role = f"kiosk_{kiosk_id.hex[-12:]}"
    password = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        site = conn.execute(
            text("SELECT id, name FROM sammen.site WHERE name = :n"), {"n": site_name.strip()}
        ).first()
        if site is None:
            raise ProvisionError(f"there is no site called {site_name.strip()!r}")
        if conn.execute(text("SELECT 1 FROM sammen.kiosk WHERE name = :n"), {"n": clean}).first():
            raise ProvisionError(f"there is already a kiosk called {clean!r}")
        # Role names and passwords cannot be bound as parameters; both are made here.
        conn.exec_driver_sql(
            f"CREATE ROLE {role} LOGIN PASSWORD '{password}' IN ROLE sammen_kiosk "
            f"CONNECTION LIMIT {KIOSK_CONNECTION_LIMIT}"
        )
        conn.exec_driver_sql(f"ALTER ROLE {role} SET statement_timeout = '15s'")
        conn.exec_driver_sql(f"ALTER ROLE {role} SET idle_in_transaction_session_timeout = '30s'")
        # The kiosk holds its session between cycles (15 s apart): one gone dark lets go.
        conn.exec_driver_sql(f"ALTER ROLE {role} SET idle_session_timeout = '{KIOSK_IDLE_SESSION}'")
        conn.execute(
            text(
                "INSERT INTO sammen.kiosk (id, site_id, name, role_name) "
                "VALUES (:id, :site, :name, :role)"
            ),
            {"id": kiosk_id, "site": site.id, "name": clean, "role": role},
        )
    log.info("kiosk enrolled for a site")
    return Enrolment(
        url=public_url,
        role=role,
        password=password,
        kiosk_id=kiosk_id,
        kiosk_name=clean,
        site_id=site.id,
        site_name=site.name,
        ca_cert=ca_cert,
    )


def kiosk_url(enrolment: Enrolment, ca_file: Path | None = None) -> str:
    """The kiosk's own connection string: its role and secret put back into the URL, and
    where the kiosk keeps the enrolment's CA certificate (see `ca_file_for`)."""
    from urllib.parse import quote

    scheme, rest = enrolment.url.split("://", 1)
    credentials = f"{quote(enrolment.role, safe='')}:{quote(enrolment.password, safe='')}@"
    url = f"{scheme}://{credentials}{rest}"
    if enrolment.ca_cert:
        if ca_file is None:
            raise ProvisionError("this enrolment needs its CA certificate kept in a file")
        url += "&" if "?" in url else "?"
        if "sslmode=" not in rest:
            url += "sslmode=verify-full&"
        url += f"sslrootcert={quote(str(ca_file), safe='/')}"
    return url


def ca_file_for(enrolment: Enrolment, folder: Path) -> Path | None:
    """The enrolment's CA certificate as a file in `folder` (libpq reads it from a file),
    written again whenever it is missing or differs."""
    if not enrolment.ca_cert:
        return None
    path = folder / "central-ca.pem"
    try:
        if path.read_text(encoding="ascii") == enrolment.ca_cert:
            return path
    except OSError:
        pass
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(enrolment.ca_cert, encoding="ascii")
    tmp.replace(path)
    return path


def write_enrolment(enrolment: Enrolment, path: Path) -> None:
    """Readable by its owner only (0600), written whole or not at all."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(enrolment.to_json())
    tmp.replace(path)


def revoke_kiosk(engine: Engine, kiosk_name: str) -> None:
    """Locked out at once: no new logins, open sessions ended, the functions refuse it."""
    with engine.begin() as conn:
        row = conn.execute(
            text("SELECT role_name FROM sammen.kiosk WHERE name = :n AND revoked_at IS NULL"),
            {"n": kiosk_name.strip()},
        ).first()
        if row is None:
            raise ProvisionError(f"there is no active kiosk called {kiosk_name.strip()!r}")
        conn.exec_driver_sql(f"ALTER ROLE {row.role_name} NOLOGIN")
        conn.execute(
            text("UPDATE sammen.kiosk SET revoked_at = now() WHERE role_name = :r"),
            {"r": row.role_name},
        )
        conn.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r"),
            {"r": row.role_name},
        )
    log.info("kiosk revoked")


BEHIND_CAP = 100_000


def _iso(moment: Any) -> str | None:
    return None if moment is None else str(moment.isoformat())


def status(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        revision = current_revision(conn)
        if revision is None:
            return {"initialised": False}
        sites = conn.execute(
            text(
                "SELECT s.name, s.id, "
                "(SELECT count(*) FROM sammen.occurrence o WHERE o.site_id = s.id) AS occurrences,"
                " (SELECT count(*) FROM sammen.signup g WHERE g.site_id = s.id) AS signups "
                "FROM sammen.site s ORDER BY s.name"
            )
        ).all()
        # Behind: changes of its site after the kiosk's last pull cursor (counted up to
        # a cap, so a kiosk that never pulled does not make the report slow).
        kiosks = conn.execute(
            text(
                "SELECT k.name, s.name AS site, k.revoked_at, k.last_seen_at, k.client_schema,"
                " k.last_push_at, k.ops_pushed, k.last_pull_at,"
                " (SELECT count(*) FROM (SELECT 1 FROM sammen.change_log c"
                "   WHERE c.site_id = k.site_id AND k.last_pull_at IS NOT NULL"
                "     AND (c.xid > k.pulled_xid OR (c.xid = k.pulled_xid AND c.id > k.pulled_id))"
                "   LIMIT :cap) behind) AS behind,"
                " (SELECT coalesce(sum(q.granted - q.used - q.returned), 0)"
                "    FROM sammen.seat_quota q WHERE q.kiosk_id = k.id) AS seats_lent "
                "FROM sammen.kiosk k JOIN sammen.site s ON s.id = k.site_id ORDER BY k.name"
            ),
            {"cap": BEHIND_CAP},
        ).all()
        changes = conn.execute(text("SELECT count(*) FROM sammen.change_log")).scalar_one()
        most = int(conn.execute(text("SHOW max_connections")).scalar_one())
        reserved = int(conn.execute(text("SHOW superuser_reserved_connections")).scalar_one())
    active = sum(1 for r in kiosks if r.revoked_at is None)
    return {
        "initialised": True,
        "revision": revision,
        "sites": [
            {"name": r.name, "id": str(r.id), "occurrences": r.occurrences, "signups": r.signups}
            for r in sites
        ],
        "kiosks": [
            {
                "name": r.name,
                "site": r.site,
                "revoked": r.revoked_at is not None,
                "last_seen_at": _iso(r.last_seen_at),
                "client_schema": r.client_schema,
                "last_push_at": _iso(r.last_push_at),
                "ops_pushed": r.ops_pushed,
                "last_pull_at": _iso(r.last_pull_at),
                # None: never pulled; otherwise changes not yet pulled (at most BEHIND_CAP)
                "changes_behind": None if r.last_pull_at is None else r.behind,
                "seats_lent": int(r.seats_lent),
            }
            for r in kiosks
        ],
        "change_log_rows": changes,
        # Each kiosk holds a connection between its sync cycles: the server must have
        # room for all of them, beside staff tools and provisioning.
        "connections": {
            "max_connections": most,
            "for_others": reserved + CONNECTIONS_SPARE,
            "active_kiosks": active,
            "enough": active + reserved + CONNECTIONS_SPARE <= most,
        },
    }
