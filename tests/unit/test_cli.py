"""The headless `sammen` command."""

from __future__ import annotations

import getpass
import io
import json
import logging
import sys
import unicodedata
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.cli import EXIT_DATABASE, main
from kiosk.clock import FixedClock, parse_now
from kiosk.domain.enums import SignupStatus
from kiosk.services import Services
from kiosk.storage.database import DATABASE_FILENAME


def test_seed_then_list_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--data-dir", str(tmp_path), "--now", "2026-12-01T10:00"]
    assert main(["seed-demo", *args]) == 0
    assert main(["seed-demo", *args]) == 1  # never on top of existing data
    capsys.readouterr()
    assert main(["activities", "list", "--json", *args]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows, "the demo has a week of activities"
    titles = {r["title"] for r in rows}
    assert "Bridge på sykehjemmet" in titles
    for row in rows:
        assert {"occurrence_id", "title", "starts_at", "capacity", "seats_left"} <= set(row)
    kols = [r for r in rows if r["title"] == "KOLS-skole"]
    assert kols and all(r["seats_left"] is None for r in kols)
    starts = [r["starts_at"] for r in rows]
    assert starts == sorted(starts)


def test_broken_database_gives_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / DATABASE_FILENAME).write_bytes(b"garbage" * 1000)
    assert main(["migrate", "--data-dir", str(tmp_path)]) == EXIT_DATABASE
    err = capsys.readouterr().err
    assert "has not been changed" in err


# -- staff ---------------------------------------------------------------------------------------

NOW_ARGS = ["--now", "2026-12-01T10:00"]
# Twelve digits: a shorter PIN could turn up by chance among the hex digits of the ids.
PIN = "739184620573"
OTHER_PIN = "582047"


class _Terminal(io.StringIO):
    """Standard input that says it is a terminal (getpass then asks for the PIN)."""

    def isatty(self) -> bool:
        return True


def _args(data_dir: Path) -> list[str]:
    return ["--data-dir", str(data_dir), *NOW_ARGS]


def _add(data_dir: Path, name: str, stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["staff", "add", name, *_args(data_dir)])


def _staff(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    capsys.readouterr()
    assert main(["staff", "list", "--json", *_args(data_dir)]) == 0
    rows: list[dict[str, str]] = json.loads(capsys.readouterr().out)
    return rows


def test_staff_add_reads_the_pin_from_standard_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _add(tmp_path, "Kari Nordmann", f"{PIN}\n", monkeypatch) == 0
    out = capsys.readouterr().out
    assert "Kari Nordmann" in out
    services = Services.open(tmp_path, FixedClock(parse_now(NOW_ARGS[1])))
    try:
        found = services.staff.check_pin(PIN).staff  # stored so that the pad knows it
        assert found is not None and found.name == "Kari Nordmann"
    finally:
        services.close()


def test_staff_add_accepts_the_same_pin_on_two_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _add(tmp_path, "Ola Hansen", f"{PIN}\r\n{PIN}\r\n\n", monkeypatch) == 0
    assert [r["name"] for r in _staff(tmp_path, capsys)] == ["Ola Hansen"]


def test_staff_add_refuses_two_different_pins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _add(tmp_path, "Ola Hansen", f"{PIN}\n{OTHER_PIN}\n", monkeypatch) == 1
    captured = capsys.readouterr()
    assert "not the same" in captured.err
    assert PIN not in captured.out + captured.err and OTHER_PIN not in captured.err
    assert _staff(tmp_path, capsys) == []


@pytest.mark.parametrize(
    ("pin", "says"),
    [
        ("111111", "too simple"),
        ("123456", "too simple"),
        ("9876543210", "too simple"),
        ("48213", "6–12 digits"),
        ("4821305918273", "6–12 digits"),
        ("48a213", "digits 0–9"),
        ("", "No PIN"),
    ],
)
def test_staff_add_names_the_pin_rule_and_stores_nothing(
    pin: str,
    says: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _add(tmp_path, "Ola Hansen", f"{pin}\n", monkeypatch) == 1
    err = capsys.readouterr().err
    assert says in err
    assert "6–12 digits" in err and "123456" in err  # the whole rule, not just "invalid"
    assert "Nothing was stored" in err
    assert _staff(tmp_path, capsys) == []


def test_staff_add_refuses_more_than_two_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _add(tmp_path, "Ola Hansen", f"{PIN}\n{PIN}\n{PIN}\n", monkeypatch) == 1
    assert "two lines" in capsys.readouterr().err
    assert _staff(tmp_path, capsys) == []


def test_staff_add_refuses_a_name_taken_whatever_its_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _add(tmp_path, "Kari Nordmann", PIN, monkeypatch) == 0
    assert _add(tmp_path, "  KARI   nordmann ", OTHER_PIN, monkeypatch) == 1
    err = capsys.readouterr().err
    assert "already a staff user called Kari Nordmann" in err
    assert len(_staff(tmp_path, capsys)) == 1


def test_staff_add_refuses_a_bad_name_before_asking_for_the_pin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_prompt(prompt: str = "") -> str:
        raise AssertionError("asked for a PIN for a name that cannot be used")

    monkeypatch.setattr(getpass, "getpass", no_prompt)
    monkeypatch.setattr(sys, "stdin", _Terminal())
    assert main(["staff", "add", "Ola 😀", *_args(tmp_path)]) == 1
    assert "only letters" in capsys.readouterr().err
    assert _staff(tmp_path, capsys) == []


def test_staff_add_refuses_a_pin_in_use_without_saying_whose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _add(tmp_path, "Kari Nordmann", PIN, monkeypatch) == 0
    capsys.readouterr()
    assert _add(tmp_path, "Ola Hansen", PIN, monkeypatch) == 1
    captured = capsys.readouterr()
    assert "choose another PIN" in captured.err
    assert "Kari" not in captured.out + captured.err
    assert PIN not in captured.out + captured.err
    assert [r["name"] for r in _staff(tmp_path, capsys)] == ["Kari Nordmann"]


def test_staff_add_on_a_terminal_asks_twice_without_echo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts: list[str] = []
    answers = iter([PIN, PIN])

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    monkeypatch.setattr(sys, "stdin", _Terminal())
    assert main(["staff", "add", "Kari Nordmann", *_args(tmp_path)]) == 0
    assert len(prompts) == 2 and "Kari Nordmann" in prompts[0]
    captured = capsys.readouterr()
    assert PIN not in captured.out + captured.err
    assert [r["name"] for r in _staff(tmp_path, capsys)] == ["Kari Nordmann"]


def test_staff_add_on_a_terminal_stops_at_a_too_simple_first_pin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return "000000"

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    monkeypatch.setattr(sys, "stdin", _Terminal())
    assert main(["staff", "add", "Kari Nordmann", *_args(tmp_path)]) == 1
    assert len(prompts) == 1  # not asked to type a refused PIN a second time
    assert "too simple" in capsys.readouterr().err
    assert _staff(tmp_path, capsys) == []


def test_staff_add_on_a_terminal_refuses_a_mismatch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([PIN, OTHER_PIN])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    monkeypatch.setattr(sys, "stdin", _Terminal())
    assert main(["staff", "add", "Kari Nordmann", *_args(tmp_path)]) == 1
    assert "not the same" in capsys.readouterr().err
    assert _staff(tmp_path, capsys) == []


def test_the_pin_never_reaches_output_log_or_database_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)  # SQLAlchemy then logs every statement and its values
    assert main(["seed-demo", *_args(tmp_path)]) == 0
    assert _add(tmp_path, "Kari Nordmann", f"{PIN}\n{PIN}\n", monkeypatch) == 0
    assert _add(tmp_path, "Ola Hansen", f"{PIN}\n", monkeypatch) == 1  # in use
    assert _add(tmp_path, "Per Berg", f"{PIN}\n{PIN}0\n", monkeypatch) == 1  # mismatch
    assert main(["staff", "list", *_args(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert PIN not in captured.out + captured.err
    assert caplog.records, "the log was captured"
    assert PIN not in caplog.text
    assert all(PIN not in str(r.args) for r in caplog.records)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == DATABASE_FILENAME for p in files)
    for path in files:  # sammen.db, and its -wal and -shm if still there
        data = path.read_bytes()
        assert PIN.encode() not in data, path.name
        assert PIN.encode("utf-16-le") not in data, path.name


def test_staff_list_json_has_names_and_creation_times(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _staff(tmp_path, capsys) == []
    assert main(["staff", "list", *_args(tmp_path)]) == 0
    assert "No staff users" in capsys.readouterr().out
    assert _add(tmp_path, "Ola Hansen", PIN, monkeypatch) == 0
    assert _add(tmp_path, "Åse Ødegård", OTHER_PIN, monkeypatch) == 0
    rows = _staff(tmp_path, capsys)
    assert [set(r) for r in rows] == [{"name", "created_at"}] * 2
    assert sorted(r["name"] for r in rows) == ["Ola Hansen", "Åse Ødegård"]
    for row in rows:
        assert datetime.fromisoformat(row["created_at"]) == parse_now(NOW_ARGS[1])
    assert main(["staff", "list", *_args(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2026-12-01  Ola Hansen" in out and "Åse Ødegård" in out


def test_staff_remove_removes_but_never_the_last_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _add(tmp_path, "Kari Nordmann", PIN, monkeypatch) == 0
    assert _add(tmp_path, "Ola Hansen", OTHER_PIN, monkeypatch) == 0
    capsys.readouterr()
    assert main(["staff", "remove", "ola  HANSEN", *_args(tmp_path)]) == 0
    assert "removed: Ola Hansen" in capsys.readouterr().out
    assert [r["name"] for r in _staff(tmp_path, capsys)] == ["Kari Nordmann"]

    assert main(["staff", "remove", "Kari Nordmann", *_args(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "last staff user" in err and "Add another staff user first" in err
    assert [r["name"] for r in _staff(tmp_path, capsys)] == ["Kari Nordmann"]

    assert main(["staff", "remove", "Nobody Here", *_args(tmp_path)]) == 1
    assert "no staff user called Nobody Here" in capsys.readouterr().err


def test_staff_remove_finds_a_name_typed_in_decomposed_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _add(tmp_path, "Kari Nordmann", PIN, monkeypatch) == 0
    assert _add(tmp_path, "Åse Ødegård", OTHER_PIN, monkeypatch) == 0
    decomposed = unicodedata.normalize("NFD", "Åse Ødegård")  # as some terminals send it
    assert main(["staff", "remove", decomposed, *_args(tmp_path)]) == 0
    assert [r["name"] for r in _staff(tmp_path, capsys)] == ["Kari Nordmann"]


def test_staff_changes_are_in_the_audit_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _add(tmp_path, "Kari Nordmann", PIN, monkeypatch) == 0
    assert _add(tmp_path, "Ola Hansen", OTHER_PIN, monkeypatch) == 0
    assert main(["staff", "remove", "Ola Hansen", *_args(tmp_path)]) == 0
    services = Services.open(tmp_path, FixedClock(parse_now(NOW_ARGS[1])))
    try:
        actions = [(e.action, e.detail) for e in services.staff.audit_log()]
    finally:
        services.close()
    assert ("staff.add", "Kari Nordmann") in actions
    assert ("staff.remove", "Ola Hansen") in actions


# -- sign-ups ------------------------------------------------------------------------------------


def _occurrence_id(
    data_dir: Path, capsys: pytest.CaptureFixture[str], title: str = "Bridge på sykehjemmet"
) -> str:
    capsys.readouterr()
    assert main(["activities", "list", "--json", *_args(data_dir)]) == 0
    rows = json.loads(capsys.readouterr().out)
    return str(next(r["occurrence_id"] for r in rows if r["title"] == title))


def test_signups_list_json_for_a_demo_occurrence(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    occurrence_id = _occurrence_id(services.data_dir, capsys)
    args = ["signups", "list", "--occurrence", occurrence_id, *_args(services.data_dir)]
    assert main([*args, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    expected = services.admin.participants(uuid.UUID(occurrence_id))
    assert rows and len(rows) == len(expected)
    statuses = {s.value for s in SignupStatus}
    for row, person in zip(rows, expected, strict=True):
        assert set(row) >= {
            "name",
            "status",
            "booking_code",
            "phone",
            "party_size",
            "waitlist_position",
            "attended",
        }
        assert row["status"] in statuses
        assert (row["name"], row["booking_code"], row["party_size"]) == (
            person.name,
            person.booking_code,
            person.party_size,
        )
        assert row["waitlist_position"] == person.waitlist_position
        assert row["attended"] is person.attended

    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Bridge på sykehjemmet" in out and "Code" in out
    assert all(p.name in out and p.booking_code in out for p in expected)


def test_signups_list_is_recorded_in_the_audit_log(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    occurrence_id = _occurrence_id(services.data_dir, capsys)
    assert main(["signups", "list", "--occurrence", occurrence_id, *_args(services.data_dir)]) == 0
    entry = services.staff.audit_log(1)[0]
    assert (entry.action, entry.detail) == (
        "participants.export",
        "Bridge på sykehjemmet (command line)",
    )


@pytest.mark.parametrize("bad_id", ["not-an-id", "", str(uuid.UUID(int=7))])
def test_signups_list_of_an_unknown_occurrence(
    bad_id: str, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["signups", "list", "--occurrence", bad_id, *_args(services.data_dir)]) == 1
    captured = capsys.readouterr()
    assert "occurrence" in captured.err and captured.out == ""
