"""`sammen central --url URL …` against a real PostgreSQL."""

from __future__ import annotations

import json
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine

from kiosk.central import provision
from kiosk.central.demo import seed_central_demo
from kiosk.cli import main
from kiosk.clock import OSLO
from kiosk.domain.enums import Period, SignupState
from kiosk.domain.views import SignupRequest
from kiosk.services import Services
from tests.central.helpers import enrolled_kiosk, sync_once


def test_set_up_a_site_and_a_kiosk_from_the_command_line(
    central_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["central", "--url", central_url, "init"]) == 0  # again: safe to repeat
    assert main(["central", "--url", central_url, "add-site", "Solbakken"]) == 0
    out = tmp_path / "lobby.json"
    assert (
        main(
            [
                "central",
                "--url",
                central_url,
                "add-kiosk",
                "Lobby 1",
                "--site",
                "Solbakken",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    enrolment = provision.Enrolment.from_json(out.read_text(encoding="utf-8"))
    assert enrolment.site_name == "Solbakken" and enrolment.kiosk_name == "Lobby 1"
    assert "@" not in enrolment.url.split("://", 1)[1].split("/", 1)[0]  # no admin login
    told = capsys.readouterr().out
    assert enrolment.password not in told  # the secret is in the file only
    with psycopg.connect(provision.kiosk_url(enrolment)) as kiosk:
        hello = kiosk.execute("SELECT sync.hello(2)").fetchone()
    assert hello is not None and hello[0]["site_id"] == str(enrolment.site_id)

    assert main(["central", "--url", central_url, "status", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["revision"] == "c0025"
    assert [k["name"] for k in report["kiosks"]] == ["Lobby 1"]

    assert main(["central", "--url", central_url, "revoke-kiosk", "Lobby 1"]) == 0
    assert "locked out" in capsys.readouterr().out
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(provision.kiosk_url(enrolment))
    assert main(["central", "--url", central_url, "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kiosks"][0]["revoked"] is True


def test_mistakes_are_explained_and_change_nothing(
    central_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["central", "--url", central_url, "add-site", "Solbakken"]) == 0
    assert main(["central", "--url", central_url, "add-site", "Solbakken"]) == 1
    assert "already a site" in capsys.readouterr().err
    assert (
        main(
            [
                "central",
                "--url",
                central_url,
                "add-kiosk",
                "K",
                "--site",
                "Nowhere",
                "--out",
                str(tmp_path / "k.json"),
            ]
        )
        == 1
    )
    assert "no site called" in capsys.readouterr().err
    assert not (tmp_path / "k.json").exists()
    assert main(["central", "--url", central_url, "revoke-kiosk", "Ghost"]) == 1
    assert main(["central", "--url", "mysql://nope", "status"]) == 1


def test_an_unreachable_server_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = f"postgresql://nobody@/nothing?host={tmp_path}&connect_timeout=2"
    assert main(["central", "--url", url, "status"]) == 3
    assert "cannot be reached" in capsys.readouterr().err


def _a_kiosk_with_a_sign_up(central: Engine, central_url: str, tmp_path: Path) -> Services:
    """The demo site, a kiosk enrolled there, and one sign-up made on it and sent."""
    provision.add_site(central, "Solbakken")
    seed_central_demo(central, "Solbakken", datetime.now(OSLO))
    kiosk = enrolled_kiosk(central, central_url, tmp_path / "kiosk", "Lobby")
    sync_once(kiosk)
    view = next(
        v
        for v in kiosk.catalogue.occurrences(Period.WEEK)
        if v.signup_state is SignupState.OPEN and not v.sensitive
    )
    kiosk.booking.sign_up(SignupRequest(view.occurrence_id, "Per Hansen", "91234567"))
    sync_once(kiosk)
    return kiosk


def test_a_purged_sign_up_does_not_stop_the_way_back_down(
    central: Engine, central_url: str, tmp_path: Path
) -> None:
    """Before c0017 a sign-up had a name: a purged one gets a stand-in on the way down.
    Written as the owner, whom row-level security holds, a superuser's migration wrote
    none and the old check refused the table."""
    kiosk = _a_kiosk_with_a_sign_up(central, central_url, tmp_path)
    kiosk.close()
    with psycopg.connect(central_url, autocommit=True) as admin:  # as the purge leaves it
        admin.execute(
            "UPDATE sammen.signup SET purged_at = now(), display_name = '', phone = NULL, "
            "needs_help = false"
        )
    provision.downgrade(central, "c0016")
    with psycopg.connect(central_url) as admin:
        names = admin.execute("SELECT display_name, phone FROM sammen.signup").fetchall()
    assert names == [("–", None)]
    provision.migrate(central)
    with central.connect() as conn:
        assert provision.current_revision(conn) == "c0025"


def _log(central_url: str) -> tuple[set[str], list[tuple[int, Any]]]:
    """The change log's column type, and its rows as jsonb (which compares by value)."""
    with psycopg.connect(central_url) as admin:
        types = admin.execute(
            "SELECT DISTINCT pg_typeof(row_data)::text FROM sammen.change_log"
        ).fetchall()
        rows = admin.execute(
            "SELECT id, row_data::jsonb FROM sammen.change_log ORDER BY id"
        ).fetchall()
    return {t for (t,) in types}, [tuple(row) for row in rows]


def test_the_change_log_keeps_its_rows_as_json_and_back(
    central: Engine, central_url: str, tmp_path: Path
) -> None:
    """c0020 keeps logged rows as json text, as to_json writes them; down again they are
    jsonb, every row kept, and up again json."""
    kiosk = _a_kiosk_with_a_sign_up(central, central_url, tmp_path)
    kiosk.close()
    kind, rows = _log(central_url)
    assert kind == {"json"} and len(rows) > 10
    assert any(row.get("display_name") == "Per Hansen" for _, row in rows)
    with psycopg.connect(central_url) as admin:
        written = admin.execute(
            "SELECT row_data::text FROM sammen.change_log WHERE entity = 'signup'"
        ).fetchone()
    assert written is not None and '"display_name":"Per Hansen"' in written[0]  # to_json's
    provision.downgrade(central, "c0019")
    assert _log(central_url) == ({"jsonb"}, rows)
    provision.migrate(central)
    assert _log(central_url) == ({"json"}, rows)


@pytest.mark.parametrize("back_to", ["c0004", "base"])
def test_the_central_schema_goes_down_and_up_again(
    central: Engine, central_url: str, tmp_path: Path, back_to: str
) -> None:
    """Every downgrade runs (the later revisions put back earlier function bodies), and
    after the way back up a kiosk syncs as before."""
    kiosk = _a_kiosk_with_a_sign_up(central, central_url, tmp_path)
    if back_to == "c0004":
        provision.downgrade(central, back_to)
        with central.connect() as conn:
            assert provision.current_revision(conn) == "c0004"
        provision.migrate(central)
    else:
        # All the way: the schema is gone, and init makes it anew.
        provision.downgrade(central, back_to)
        provision.init(central)
        provision.add_site(central, "Solbakken")
        seed_central_demo(central, "Solbakken", datetime.now(OSLO))
        kiosk.close()
        kiosk = enrolled_kiosk(central, central_url, tmp_path / "kiosk2", "Lobby")
    with central.connect() as conn:
        assert provision.current_revision(conn) == "c0025"
    report = sync_once(kiosk)
    assert report.rejected == []
    view = next(
        v
        for v in kiosk.catalogue.occurrences(Period.WEEK)
        if v.signup_state is SignupState.OPEN and not v.sensitive
    )
    kiosk.booking.sign_up(SignupRequest(view.occurrence_id, "Kari Lie"))
    assert sync_once(kiosk).pushed == 1
    kiosk.close()
