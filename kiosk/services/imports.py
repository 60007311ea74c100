"""A paper sign-up list typed in by staff: CSV with `occurrence_id,name,phone`.

Every row is checked first; the good rows are then stored in one transaction (all of
them or, if the database fails, none), and each bad row is reported by its line number.
"""

from __future__ import annotations

import csv
import enum
import io
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.domain.validation import InvalidName, InvalidPhone, validate_name, validate_phone
from kiosk.domain.views import Booking, BookingRefused, SignupRequest
from kiosk.services.booking import BookingService

MAX_BYTES = 2_000_000
MAX_ROWS = 10_000
COLUMNS = ("occurrence_id", "name", "phone")


class RowProblem(enum.Enum):
    COLUMNS = "columns"  # not three fields
    OCCURRENCE = "occurrence"  # not an id, or no such occurrence
    NAME = "name"
    PHONE = "phone"
    REFUSED = "refused"  # the booking rules said no (cancelled, started, already on it)


class ImportFileProblem(ValueError):
    """The file as a whole cannot be read; nothing was stored."""


@dataclass(frozen=True)
class BadRow:
    line: int
    problem: RowProblem
    detail: str = ""


@dataclass
class ImportReport:
    stored: list[tuple[int, Booking]] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)


def read_rows(data: bytes) -> list[tuple[int, list[str]]]:
    """(line number, fields) for each data row; the header is required."""
    if len(data) > MAX_BYTES:
        raise ImportFileProblem(f"the file is larger than {MAX_BYTES // 1_000_000} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileProblem("the file is not UTF-8 text") from exc
    if "\x00" in text:
        raise ImportFileProblem("the file is not a CSV text file")
    # Strict: a quote left open is an error at once, not every later row eaten silently.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None or [h.strip().lower() for h in header] != list(COLUMNS):
            raise ImportFileProblem("the first line must be: occurrence_id,name,phone")
        rows = []
        # line_num is the last line of a record: a quoted line break would shift it.
        first_line = reader.line_num + 1
        for fields in reader:
            line, first_line = first_line, reader.line_num + 1
            if not any(f.strip() for f in fields):
                continue  # blank lines are not errors
            rows.append((line, fields))
            if len(rows) > MAX_ROWS:
                raise ImportFileProblem(f"more than {MAX_ROWS} rows")
    except csv.Error as exc:
        raise ImportFileProblem(f"line {reader.line_num}: {exc}") from exc
    return rows


def import_signups(
    path: Path, booking: BookingService, known_occurrences: set[uuid.UUID]
) -> ImportReport:
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)  # never the whole of a huge file in memory
    except OSError as exc:
        raise ImportFileProblem(f"cannot read {path}: {exc.strerror}") from exc
    report = ImportReport()
    requests: list[tuple[int, SignupRequest]] = []
    for line, fields in read_rows(data):
        if len(fields) != 3:
            report.bad.append(BadRow(line, RowProblem.COLUMNS, f"{len(fields)} fields"))
            continue
        raw_id, raw_name, raw_phone = (f.strip() for f in fields)
        try:
            occurrence_id = uuid.UUID(raw_id)
        except ValueError:
            report.bad.append(BadRow(line, RowProblem.OCCURRENCE, "not an occurrence id"))
            continue
        if occurrence_id not in known_occurrences:
            report.bad.append(BadRow(line, RowProblem.OCCURRENCE, "no such occurrence"))
            continue
        try:
            name = validate_name(raw_name)
        except InvalidName as exc:
            report.bad.append(BadRow(line, RowProblem.NAME, exc.problem.value))
            continue
        try:
            phone = validate_phone(raw_phone or None)
        except InvalidPhone as exc:
            report.bad.append(BadRow(line, RowProblem.PHONE, exc.problem.value))
            continue
        requests.append((line, SignupRequest(occurrence_id, name, phone, 0)))
    if requests:
        results = booking.sign_up_batch([r for _, r in requests], by_staff=True)
        for (line, _), result in zip(requests, results, strict=True):
            if isinstance(result, Booking):
                report.stored.append((line, result))
            elif isinstance(result, BookingRefused):
                report.bad.append(BadRow(line, RowProblem.REFUSED, result.reason.value))
            elif isinstance(result, InvalidPhone):
                report.bad.append(BadRow(line, RowProblem.PHONE, result.problem.value))
            else:
                report.bad.append(BadRow(line, RowProblem.NAME, result.problem.value))
    report.bad.sort(key=lambda b: b.line)
    return report
