"""`sammen central --url URL …` against a real PostgreSQL."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import psycopg
import pytest

from kiosk.central import provision
from kiosk.cli import main


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
    assert report["revision"] == "c0011"
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
