"""A typed-in paper sign-up list: `sammen signups import FILE.csv` and kiosk.services.imports."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.cli import EXIT_FILE, main
from kiosk.domain.enums import SignupStatus
from kiosk.services import Services
from kiosk.services.imports import (
    MAX_BYTES,
    ImportFileProblem,
    RowProblem,
    import_signups,
    read_rows,
)
from kiosk.storage.database import DATABASE_FILENAME
from kiosk.storage.models import Occurrence

NOW_ARGS = ["--now", "2026-12-01T10:00"]
HEADER = "occurrence_id,name,phone\n"
UNKNOWN = "0b9e2f4c-1d2e-4f6a-9b8c-7d6e5f4a3b2c"


def _args(services: Services) -> list[str]:
    return ["--data-dir", str(services.data_dir), *NOW_ARGS]


def _bridge(services: Services, capsys: pytest.CaptureFixture[str]) -> tuple[str, int]:
    """Today's bridge (open for sign-up): its id and how many seats it has left."""
    capsys.readouterr()
    assert main(["activities", "list", "--json", *_args(services)]) == 0
    rows = json.loads(capsys.readouterr().out)
    row = next(r for r in rows if r["title"] == "Bridge på sykehjemmet")
    return str(row["occurrence_id"]), int(row["seats_left"])


def _past_occurrence(services: Services) -> str:
    with services.db.read() as session:
        found = session.scalar(
            select(Occurrence.id).where(Occurrence.ends_at < services.clock.now()).limit(1)
        )
    assert found is not None, "the demo has a week of history"
    return str(found)


def _signed_up(
    services: Services, occurrence_id: str, capsys: pytest.CaptureFixture[str]
) -> dict[str, dict[str, object]]:
    """By name, as `signups list --json` shows them."""
    capsys.readouterr()
    assert main(["signups", "list", "--occurrence", occurrence_id, "--json", *_args(services)]) == 0
    return {r["name"]: r for r in json.loads(capsys.readouterr().out)}


def _dump(data_dir: Path) -> list[str]:
    """Everything in the database, as SQL text."""
    conn = sqlite3.connect(data_dir / DATABASE_FILENAME)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _file_bytes(data_dir: Path) -> dict[str, bytes]:
    names = (DATABASE_FILENAME, f"{DATABASE_FILENAME}-wal")
    return {n: (data_dir / n).read_bytes() for n in names if (data_dir / n).exists()}


def _mixed_file(bridge: str, past: str) -> str:
    return (
        HEADER
        + f"{bridge},Per Persen,912 34 567\n"  # 2: stored
        + "not-a-uuid,Ola Olsen,\n"  # 3: not an id
        + f"{UNKNOWN},Ola Olsen,\n"  # 4: no such occurrence
        + f"{bridge},Ola 🙂 Olsen,\n"  # 5: emoji in the name
        + f"{bridge},Kari Berg,12345\n"  # 6: not a phone number
        + "\n"  # 7: blank lines are skipped, but still counted
        + f"{bridge},Tor Halvorsen\n"  # 8: two fields
        + f"{bridge},Tor,Halvorsen,91234567\n"  # 9: four fields
        + f"{bridge},per  persen,91234567\n"  # 10: the same person as line 2
        + f"{past},Gerd Bakken,\n"  # 11: that one is over
        + f"{bridge}, Åse Ødegård ,\n"  # 12: stored
        + f"{bridge},Lise Lund,+46 70 123 45 67\n"  # 13: stored
    )


GOOD_LINES = (2, 12, 13)
BAD_LINES = (3, 4, 5, 6, 8, 9, 10, 11)


def test_import_stores_good_rows_and_reports_bad_ones_by_line(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bridge, seats_left = _bridge(services, capsys)
    before = _signed_up(services, bridge, capsys)
    csv_file = tmp_path / "papirliste.csv"
    csv_file.write_text(_mixed_file(bridge, _past_occurrence(services)), encoding="utf-8")

    assert main(["signups", "import", str(csv_file), *_args(services)]) == 1
    out = capsys.readouterr().out
    lines = {int(t.split(":")[0][5:]): t for t in out.splitlines() if t.startswith("line ")}
    assert sorted(lines) == sorted(GOOD_LINES + BAD_LINES)
    assert "not an occurrence id" in lines[3]
    assert "no occurrence with this id" in lines[4]
    assert "only letters" in lines[5]
    assert "phone number" in lines[6]
    assert "expected 3 fields" in lines[8] and "found 2" in lines[8]
    assert "found 4" in lines[9]
    assert "already signed up" in lines[10]
    assert "already started or is over" in lines[11]
    # The first seats left go to the first good rows, then the waiting list.
    wheres = ["seat" if n < seats_left else "waiting list" for n in range(len(GOOD_LINES))]
    for line, name, where in zip(
        GOOD_LINES, ["Per Persen", "Åse Ødegård", "Lise Lund"], wheres, strict=True
    ):
        assert lines[line].startswith(f"line {line}: {name} → ")
        assert lines[line].endswith(f"({where})")
    assert "3 of 11 rows stored" in out and "8 not stored" in out

    after = _signed_up(services, bridge, capsys)
    assert set(after) - set(before) == {"Per Persen", "Åse Ødegård", "Lise Lund"}
    assert after["Per Persen"]["phone"] == "+4791234567"
    assert after["Lise Lund"]["phone"] == "+46701234567"
    for line in GOOD_LINES:  # the codes printed are the codes stored
        code = lines[line].split("→ ")[1].split(" ")[0]
        assert code in {str(r["booking_code"]) for r in after.values()}
    statuses = {str(after[n]["status"]) for n in ("Per Persen", "Åse Ødegård", "Lise Lund")}
    assert statuses <= {SignupStatus.CONFIRMED.value, SignupStatus.WAITLISTED.value}

    audit = [(e.action, e.detail) for e in services.staff.audit_log()]
    assert ("signups.import", "3 rows from papirliste.csv") in audit


def test_import_of_only_good_rows_exits_0(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bridge, _ = _bridge(services, capsys)
    csv_file = tmp_path / "ok.csv"
    # A BOM and CRLF, as a spreadsheet saves it; upper-case header.
    csv_file.write_bytes(
        ("\ufeffOCCURRENCE_ID,Name,Phone\r\n" + f"{bridge},Åse Ødegård,\r\n").encode()
    )
    assert main(["signups", "import", str(csv_file), *_args(services)]) == 0
    out = capsys.readouterr().out
    assert "line 2: Åse Ødegård → " in out and "1 of 1 rows stored" in out
    assert "Åse Ødegård" in _signed_up(services, bridge, capsys)


def test_import_of_a_header_only_file_stores_nothing_and_exits_0(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "empty.csv"
    csv_file.write_text(HEADER + "\n\n", encoding="utf-8")
    before = _dump(services.data_dir)
    assert main(["signups", "import", str(csv_file), *_args(services)]) == 0
    assert "nothing to import" in capsys.readouterr().out
    assert _dump(services.data_dir) == before


def test_a_fully_bad_file_leaves_the_database_unchanged(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bridge, _ = _bridge(services, capsys)
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text(
        HEADER
        + f"{UNKNOWN},Ola Olsen,\n"
        + f"{bridge},Ola 🙂,\n"
        + f"{bridge},Kari Berg,1234\n"
        + f"{bridge}\n"
        + f"{bridge},Kari Nilsen,\n",  # already on the demo bridge list
        encoding="utf-8",
    )
    dump, files = _dump(services.data_dir), _file_bytes(services.data_dir)
    assert main(["signups", "import", str(csv_file), *_args(services)]) == 1
    out = capsys.readouterr().out
    assert [t.split(":")[0] for t in out.splitlines()[:-1]] == [f"line {n}" for n in range(2, 7)]
    assert "0 of 5 rows stored" in out
    assert _dump(services.data_dir) == dump  # no sign-up, no outbox, no audit line
    assert _file_bytes(services.data_dir) == files


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"id,name,phone\n", "first line must be"),
        (b"occurrence_id,name\n", "first line must be"),
        (b"", "first line must be"),
        (HEADER.encode() + b"{id},Bj\xf8rn Berg,\n", "not UTF-8"),
        ("occurrence_id,name,phone\n{id},Bjørn Berg,\n".encode("utf-16"), "not UTF-8"),
        (HEADER.encode() + b"{id},Bj\x00rn,\n", "not a CSV text file"),
    ],
)
def test_an_unreadable_file_stores_nothing_and_exits_2(
    content: bytes,
    says: str,
    services: Services,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bridge, _ = _bridge(services, capsys)
    csv_file = tmp_path / "list.csv"
    csv_file.write_bytes(content.replace(b"{id}", bridge.encode()))
    dump, files = _dump(services.data_dir), _file_bytes(services.data_dir)
    assert main(["signups", "import", str(csv_file), *_args(services)]) == EXIT_FILE
    captured = capsys.readouterr()
    assert says in captured.err and "Nothing was stored" in captured.err
    assert captured.out == ""
    assert _dump(services.data_dir) == dump
    assert _file_bytes(services.data_dir) == files


def test_a_missing_file_exits_2(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.csv"
    assert main(["signups", "import", str(missing), *_args(services)]) == EXIT_FILE
    err = capsys.readouterr().err
    assert "cannot read" in err and err.count(str(missing)) == 1


# -- kiosk.services.imports directly -------------------------------------------------------------


def test_import_signups_reports_each_problem_by_line(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bridge, _ = _bridge(services, capsys)
    csv_file = tmp_path / "list.csv"
    csv_file.write_text(_mixed_file(bridge, _past_occurrence(services)), encoding="utf-8")
    with services.db.read() as session:
        known = set(session.scalars(select(Occurrence.id)))

    report = import_signups(csv_file, services.booking, known)

    assert [line for line, _ in report.stored] == list(GOOD_LINES)
    assert [b.display_name for _, b in report.stored] == ["Per Persen", "Åse Ødegård", "Lise Lund"]
    assert all(b.occurrence.occurrence_id == uuid.UUID(bridge) for _, b in report.stored)
    assert [(b.line, b.problem, b.detail) for b in report.bad] == [
        (3, RowProblem.OCCURRENCE, "not an occurrence id"),
        (4, RowProblem.OCCURRENCE, "no such occurrence"),
        (5, RowProblem.NAME, "bad_character"),
        (6, RowProblem.PHONE, "bad_format"),
        (8, RowProblem.COLUMNS, "2 fields"),
        (9, RowProblem.COLUMNS, "4 fields"),
        (10, RowProblem.REFUSED, "already_signed_up"),
        (11, RowProblem.REFUSED, "started"),
    ]


def test_read_rows_keeps_physical_line_numbers() -> None:
    data = (HEADER + "a,b,c\n\n  , ,\n" + "d,e,f\r\n").encode()
    assert read_rows(data) == [(2, ["a", "b", "c"]), (5, ["d", "e", "f"])]


def test_read_rows_refuses_a_file_too_large() -> None:
    with pytest.raises(ImportFileProblem, match="larger than"):
        read_rows(HEADER.encode() + b"x" * MAX_BYTES)


def test_read_rows_refuses_a_nul_byte() -> None:
    with pytest.raises(ImportFileProblem, match="not a CSV text file"):
        read_rows(HEADER.encode() + b"a,b\x00,c\n")


def test_read_rows_refuses_a_quote_left_open() -> None:
    with pytest.raises(ImportFileProblem):
        read_rows((HEADER + 'a,"b,c\nd,e,f\ng,h,i\n').encode())


def test_read_rows_numbers_a_row_by_its_first_line() -> None:
    data = (HEADER + 'a,"Tone\nTveit",c\nd,e,f\n').encode()
    assert read_rows(data) == [(2, ["a", "Tone\nTveit", "c"]), (4, ["d", "e", "f"])]
