"""The headless `sammen` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cli import EXIT_DATABASE, main
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
