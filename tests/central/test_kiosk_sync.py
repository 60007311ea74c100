"""Kiosks and the central database, end to end: enrol, pull the site's activities, sign
up on one kiosk, see it on the other; retries act once; an old kiosk keeps its outbox."""

from __future__ import annotations

import json
import stat
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, func, select

from kiosk.central import provision
from kiosk.central.demo import seed_central_demo
from kiosk.cli import main
from kiosk.clock import OSLO
from kiosk.domain.enums import Period, SignupState, SignupStatus
from kiosk.domain.views import Booking, SignupRequest
from kiosk.services import Services
from kiosk.storage.models import Occurrence, OutboxOp, Signup
from kiosk.sync import client as sync_client
from tests.central.helpers import (
    central_signups,
    client_of,
    enrolled_kiosk,
    local_signups,
    sync_once,
)
from tests.unit.test_sync_plain import counting_plain


@pytest.fixture
def site(central: Engine) -> str:
    provision.add_site(central, "Solbakken")
    assert seed_central_demo(central, "Solbakken", datetime.now(OSLO)) > 10
    return "Solbakken"


@pytest.fixture
def two_kiosks(
    central: Engine, central_url: str, site: str, tmp_path: Path
) -> Iterator[tuple[Services, Services]]:
    first = enrolled_kiosk(central, central_url, tmp_path / "k1", "Lobby 1")
    second = enrolled_kiosk(central, central_url, tmp_path / "k2", "Lobby 2")
    yield first, second
    first.close()
    second.close()


def _open_occurrence(services: Services) -> SignupRequest:
    view = next(
        v
        for v in services.catalogue.occurrences(Period.WEEK)
        if v.signup_state is SignupState.OPEN and not v.sensitive
    )
    return SignupRequest(view.occurrence_id, "Per Hansen", "91234567")


def test_the_secret_is_kept_readable_by_the_owner_only(
    two_kiosks: tuple[Services, Services],
) -> None:
    first, _ = two_kiosks
    kept = first.data_dir / sync_client.ENROLMENT_FILE
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_a_sign_up_on_one_kiosk_reaches_the_other(
    two_kiosks: tuple[Services, Services], central_url: str
) -> None:
    first, second = two_kiosks
    assert first.catalogue.occurrences(Period.WEEK) == []  # nothing before the first pull
    report = sync_once(first)
    assert report.pulled > 10 and report.pushed == 0
    request = _open_occurrence(first)
    booking = first.booking.sign_up(request)
    assert sync_once(first).pushed == 1
    with psycopg.connect(central_url) as admin:
        rows = admin.execute(
            "SELECT display_name, status, booking_code FROM sammen.signup"
        ).fetchall()
    assert rows == [("Per Hansen", "confirmed", booking.booking_code)]

    sync_once(second)
    before = first.catalogue.get(request.occurrence_id)
    seen = second.catalogue.get(request.occurrence_id)
    assert before is not None and seen is not None
    assert seen.seats_left == before.seats_left == seen.capacity - 1
    with second.db.read() as session:
        names = session.scalars(select(Signup.display_name)).all()
    assert names == ["Per Hansen"]


def test_an_op_sent_again_after_a_lost_reply_acts_once(
    two_kiosks: tuple[Services, Services], central_url: str
) -> None:
    first, _ = two_kiosks
    sync_once(first)
    first.booking.sign_up(_open_occurrence(first))
    sync_once(first)
    # The reply was "lost": the op is marked unsent again and the next cycle resends it.
    with first.db.transaction() as session:
        for op in session.scalars(select(OutboxOp)):
            op.sent_at = None
    assert sync_once(first).pushed == 1
    with psycopg.connect(central_url) as admin:
        count = admin.execute("SELECT count(*) FROM sammen.signup").fetchone()
    assert count == (1,)


def test_a_sign_up_sent_again_after_it_was_given_up_elsewhere_is_told_so(
    two_kiosks: tuple[Services, Services], central_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reply was lost, and before the kiosk sent the sign-up again it was cancelled
    on the other kiosk: the answer to the resend (c0025: the sign-up as it stands) is
    taken in, before any pull."""
    first, second = two_kiosks
    sync_once(first)
    request = _open_occurrence(first)
    _one_free_seat_none_lent(central_url, request.occurrence_id)
    sync_once(first)
    made = first.booking.sign_up(request)
    assert made.status is SignupStatus.PENDING  # no lent seat: the server decides
    sync_once(first)
    with first.db.transaction() as session:  # the reply "lost"
        for op in session.scalars(select(OutboxOp).where(OutboxOp.kind == "signup.request")):
            op.sent_at = None
        for signup in session.scalars(select(Signup)):
            signup.status = SignupStatus.PENDING
    sync_once(second)
    second.booking.cancel(made.booking_code)
    sync_once(second)
    monkeypatch.setattr(sync_client.SyncClient, "_pull", lambda self, conn, report: None)
    report = sync_once(first)
    assert report.pushed >= 1 and report.rejected == []  # (and lent seats given back)
    with first.db.read() as session:
        assert session.scalar(select(Signup.status)) is SignupStatus.CANCELLED
    assert [(status, code) for status, _, code in central_signups(central_url).values()] == [
        ("cancelled", made.booking_code)
    ]


def test_an_old_kiosk_is_told_to_upgrade_and_keeps_its_outbox(
    two_kiosks: tuple[Services, Services], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _ = two_kiosks
    sync_once(first)
    first.booking.sign_up(_open_occurrence(first))
    monkeypatch.setattr(sync_client, "SCHEMA_VERSION", 1)
    report = sync_once(first)
    assert report.upgrade_required and report.pushed == 0 and report.pending == 1
    with first.db.read() as session:
        unsent = session.scalar(
            select(func.count()).select_from(OutboxOp).where(OutboxOp.sent_at.is_(None))
        )
    assert unsent == 1


def _one_free_seat_none_lent(central_url: str, occurrence_id: uuid.UUID) -> None:
    """The administrator's hand: every lent seat back, one seat left (a quota of 0)."""
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute(
            "UPDATE sammen.seat_quota SET returned = granted - used WHERE occurrence_id = %s",
            (occurrence_id,),
        )
        admin.execute(
            "UPDATE sammen.occurrence SET seats_escrowed = 0, capacity = seats_taken + 1 "
            "WHERE id = %s",
            (occurrence_id,),
        )


def test_the_server_decides_who_has_the_last_seat(
    two_kiosks: tuple[Services, Services], central_url: str
) -> None:
    first, second = two_kiosks
    sync_once(first)
    sync_once(second)
    request = _open_occurrence(first)
    _one_free_seat_none_lent(central_url, request.occurrence_id)
    sync_once(first)
    sync_once(second)
    # Both kiosks are offline for a moment; with no seat lent to either, neither promises.
    one = first.booking.sign_up(request)
    other = second.booking.sign_up(SignupRequest(request.occurrence_id, "Kari Lie"))
    assert one.status is other.status is SignupStatus.PENDING
    sync_once(first)
    sync_once(second)
    sync_once(first)
    with psycopg.connect(central_url) as admin:
        statuses = sorted(r[0] for r in admin.execute("SELECT status FROM sammen.signup"))
    assert statuses == ["confirmed", "waitlisted"]
    for kiosk in (first, second):
        with kiosk.db.read() as session:
            local = sorted(s.value for s in session.scalars(select(Signup.status)))
        assert local == ["confirmed", "waitlisted"]  # both kiosks agree with the server


def test_enroll_and_sync_from_the_command_line(
    central: Engine,
    central_url: str,
    site: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    file = tmp_path / "lobby.json"
    provision.write_enrolment(provision.add_kiosk(central, central_url, site, "Lobby"), file)
    data = tmp_path / "data"
    assert main(["enroll", str(file), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert main(["sync", "--once", "--json", "--data-dir", str(data)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["pulled"] > 10 and report["pending"] == 0
    provision.revoke_kiosk(central, "Lobby")
    assert main(["sync", "--once", "--json", "--data-dir", str(data)]) == 3
    assert json.loads(capsys.readouterr().out)["ok"] is False
    assert main(["enroll", str(tmp_path / "missing.json"), "--data-dir", str(data)]) == 1


def test_an_activity_made_in_staff_mode_on_one_kiosk_appears_on_the_other(
    two_kiosks: tuple[Services, Services], central_url: str
) -> None:
    first, second = two_kiosks
    sync_once(first)
    sync_once(second)
    boss = first.staff.add("Kari Nordmann", "284619", "284619")
    # What JSON must escape, and letters beyond ASCII: the outbox's payload text goes
    # into the push's batch as it is stored (batch_text), not parsed and written again.
    title = 'Boccia «i hagen» med "Åse\'s" lag \\ Sámi čáhci 🎯'
    activity_id = first.admin.create_activity(_weekly_draft(title, 1), boss)
    report = sync_once(first)
    assert report.rejected == []
    sync_once(second)
    seen = [v for v in second.catalogue.occurrences(Period.WEEK) if v.title == title]
    assert len(seen) == 1 and seen[0].place == "Hagen" and seen[0].capacity == 8

    first.admin.cancel_occurrence(seen[0].occurrence_id, boss)
    sync_once(first)
    sync_once(second)
    after = second.catalogue.get(seen[0].occurrence_id)
    assert after is not None and after.signup_state is SignupState.CANCELLED
    with psycopg.connect(central_url) as admin:
        row = admin.execute(
            "SELECT title, capacity FROM sammen.activity WHERE id = %s", (activity_id,)
        ).fetchone()
    assert row == (title, 8)


def test_staff_moves_and_attendance_reach_the_other_kiosk(
    two_kiosks: tuple[Services, Services], central_url: str
) -> None:
    first, second = two_kiosks
    sync_once(first)
    request = _open_occurrence(first)
    first.booking.sign_up(request)
    sync_once(first)
    sync_once(second)
    boss = first.staff.add("Kari Nordmann", "284619", "284619")
    (person,) = first.admin.participants(request.occurrence_id)
    # Full, with no seat lent: the seat the move frees is the staff's to give (a freed
    # seat, a cancellation or a lent seat coming back, would go to the head of the list).
    _one_free_seat_none_lent(central_url, request.occurrence_id)
    first.admin.set_attended(person.signup_id, True, boss)
    first.admin.move_to_waitlist(person.signup_id, boss)
    report = sync_once(first)
    assert report.rejected == []
    sync_once(second)
    (seen,) = second.admin.participants(request.occurrence_id)
    assert seen.status is SignupStatus.WAITLISTED and seen.attended
    with psycopg.connect(central_url) as admin:
        row = admin.execute(
            "SELECT status, attended_at IS NOT NULL FROM sammen.signup WHERE id = %s",
            (person.signup_id,),
        ).fetchone()
    assert row == ("waitlisted", True)


def test_the_same_name_on_two_kiosks_apart_is_kept_on_both(
    two_kiosks: tuple[Services, Services], central_url: str
) -> None:
    first, second = two_kiosks
    sync_once(first)
    sync_once(second)
    request = _open_occurrence(first)
    first.booking.sign_up(request)
    second.booking.sign_up(request)  # the same person, at the other kiosk, while apart
    for kiosk in (first, second, first, second):
        sync_once(kiosk)
    with psycopg.connect(central_url) as admin:
        central_ids = sorted(str(r[0]) for r in admin.execute("SELECT id FROM sammen.signup"))
    assert len(central_ids) == 2  # the server keeps both: staff can see and call
    for kiosk in (first, second):
        with kiosk.db.read() as session:
            local_ids = sorted(str(i) for i in session.scalars(select(Signup.id)))
        assert local_ids == central_ids


def test_the_central_status_shows_each_kiosks_version_pushes_and_lag(
    two_kiosks: tuple[Services, Services],
    central_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = two_kiosks
    sync_once(first)
    first.booking.sign_up(_open_occurrence(first))
    first.booking.sign_up(SignupRequest(_open_occurrence(first).occurrence_id, "Kari Lie"))
    sync_once(first)  # pushes 2, then pulls what it made
    sync_once(first)  # and its cursor is at the end
    assert main(["central", "--url", central_url, "status", "--json"]) == 0
    kiosks = {k["name"]: k for k in json.loads(capsys.readouterr().out)["kiosks"]}
    lobby1, lobby2 = kiosks["Lobby 1"], kiosks["Lobby 2"]
    assert lobby1["client_schema"] == sync_client.SCHEMA_VERSION
    assert lobby1["ops_pushed"] == 2 and lobby1["last_push_at"] is not None
    assert lobby1["changes_behind"] == 0 and lobby1["seats_lent"] > 0
    assert lobby2["changes_behind"] is None and lobby2["ops_pushed"] == 0  # never synced

    sync_once(second)
    second.booking.sign_up(SignupRequest(_open_occurrence(second).occurrence_id, "Olga Berg"))
    sync_once(second)
    assert main(["central", "--url", central_url, "status", "--json"]) == 0
    kiosks = {k["name"]: k for k in json.loads(capsys.readouterr().out)["kiosks"]}
    assert kiosks["Lobby 1"]["changes_behind"] > 0  # Lobby 2's sign-up, not pulled yet
    assert main(["central", "--url", central_url, "status"]) == 0
    told = capsys.readouterr().out
    assert "Lobby 1 (Solbakken): last seen" in told and "changes behind" in told
    assert "Olga" not in told  # no names in the report


def _signup_codes(services: Services) -> set[str]:
    with services.db.read() as session:
        return set(session.scalars(select(Signup.booking_code)))


def test_a_kiosk_behind_a_pruned_log_reads_a_snapshot(
    two_kiosks: tuple[Services, Services],
    central_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = two_kiosks
    sync_once(first)
    sync_once(second)
    request = _open_occurrence(first)
    booking = first.booking.sign_up(request)
    sync_once(first)
    # Everything logged so far is "old": the log is pruned below it.
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute("UPDATE sammen.change_log SET logged_at = now() - interval '40 days'")
    assert main(["central", "--url", central_url, "prune-log", "--keep-days", "30"]) == 0
    assert "changes dropped" in capsys.readouterr().out
    with psycopg.connect(central_url) as admin:
        left = admin.execute("SELECT count(*) FROM sammen.change_log").fetchone()
    assert left == (0,)

    # The second kiosk's cursor is from before the floor: the server will not hand it a
    # log with a hole in it (an old kiosk that knows no snapshots is refused, not misled).
    enrolment = sync_client.load_enrolment(second.data_dir)
    assert enrolment is not None
    xid, last = sync_client.SyncClient(second, enrolment).cursor()
    with (
        psycopg.connect(provision.kiosk_url(enrolment), autocommit=True) as conn,
        pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState),
    ):
        conn.execute("SELECT sync.pull(%s::xid8, %s, 100)", (xid, last))
    report = sync_once(second)  # reads the site afresh instead
    assert report.pulled > 10
    assert booking.booking_code in _signup_codes(second)
    seen = second.catalogue.get(request.occurrence_id)
    assert seen is not None and seen.seats_left == (seen.capacity or 0) - 1
    assert sync_once(second).pulled == 0  # and goes on from the snapshot's cursor


def test_after_a_restore_the_kiosks_read_afresh_and_send_again_what_was_lost(
    two_kiosks: tuple[Services, Services],
    central_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = two_kiosks
    sync_once(first)
    sync_once(second)
    kept = first.booking.sign_up(_open_occurrence(first))
    date = _open_occurrence(first).occurrence_id
    undone = first.booking.sign_up(SignupRequest(date, "Olga Berg", "91234569"))
    sync_once(first)
    lost = first.booking.sign_up(SignupRequest(date, "Kari Lie", "91234568"))
    first.booking.cancel(undone.booking_code)
    sync_once(first)
    sync_once(second)
    assert {kept.booking_code, lost.booking_code} <= _signup_codes(second)
    # The database is restored from a backup taken before the second sign-up and the
    # cancellation; a date nobody had joined was removed after the backup too.
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute("DELETE FROM sammen.applied_op WHERE kind = 'signup.cancel'")
        admin.execute(
            "UPDATE sammen.signup SET status = 'confirmed', cancelled_at = NULL "
            "WHERE booking_code = %s",
            (undone.booking_code,),
        )
        admin.execute(
            "UPDATE sammen.occurrence SET seats_taken = seats_taken + 1 WHERE id = %s", (date,)
        )
        (lost_id,) = admin.execute(
            "SELECT id FROM sammen.signup WHERE booking_code = %s", (lost.booking_code,)
        ).fetchone() or (None,)
        admin.execute(
            # Its op keeps the sign-up's id (c0025), or its answer did (a one-by-one op).
            "DELETE FROM sammen.applied_op WHERE signup_id = %s OR result ->> 'signup_id' = %s",
            (lost_id, str(lost_id)),
        )
        admin.execute(
            "UPDATE sammen.occurrence SET seats_taken = seats_taken - 1 "
            "WHERE id = (SELECT occurrence_id FROM sammen.signup WHERE id = %s)",
            (lost_id,),
        )
        admin.execute("DELETE FROM sammen.signup WHERE id = %s", (lost_id,))
        (empty,) = admin.execute(
            "SELECT o.id FROM sammen.occurrence o WHERE NOT EXISTS "
            "(SELECT 1 FROM sammen.signup s WHERE s.occurrence_id = o.id) "
            "AND NOT EXISTS (SELECT 1 FROM sammen.seat_quota q WHERE q.occurrence_id = o.id) "
            "LIMIT 1"
        ).fetchone() or (None,)
        admin.execute("DELETE FROM sammen.occurrence WHERE id = %s", (empty,))
    assert main(["central", "--url", central_url, "new-generation"]) == 0
    assert "afresh" in capsys.readouterr().out

    report = sync_once(first)  # sends everything again, then reads afresh
    assert report.pushed >= 4 and report.rejected == []
    with psycopg.connect(central_url) as admin:
        status = dict(admin.execute("SELECT booking_code, status FROM sammen.signup").fetchall())
    assert status[kept.booking_code] == status[lost.booking_code] == "confirmed"
    assert status[undone.booking_code] == "cancelled"  # the lost cancellation, done again
    sync_once(second)
    for kiosk in (first, second):
        assert {kept.booking_code, lost.booking_code} <= _signup_codes(kiosk)
        assert kiosk.catalogue.get(empty) is None  # gone there, gone here


def test_against_a_central_database_one_version_behind_the_kiosk_pulls_as_before(
    central: Engine, two_kiosks: tuple[Services, Services]
) -> None:
    """Before c0013 the server has no sync.pull_rows (its hello says server_schema 4):
    the kiosk pulls the JSON pages, and takes the rows once the server is migrated."""
    first, second = two_kiosks
    provision.downgrade(central, "c0012")

    def cycle(services: Services) -> tuple[sync_client.SyncReport, int]:
        client = client_of(services)
        return client.sync_once(), client._server_schema

    report, schema = cycle(first)
    assert schema == 4 and report.pulled > 10
    first.booking.sign_up(_open_occurrence(first))
    assert cycle(first)[0].pushed == 1
    report, schema = cycle(second)
    assert schema == 4
    with second.db.read() as session:
        assert session.scalars(select(Signup.display_name)).all() == ["Per Hansen"]

    provision.migrate(central)
    request = _open_occurrence(first)
    first.booking.sign_up(SignupRequest(request.occurrence_id, "Kari Lie"))
    assert cycle(first)[0].pending == 0  # (with it, seats it was lent may go back)
    report, schema = cycle(second)
    assert schema == 6 and report.pulled >= 1
    with second.db.read() as session:
        names = sorted(session.scalars(select(Signup.display_name)))
    assert names == ["Kari Lie", "Per Hansen"]


def test_the_central_purge_wipes_names_everywhere_and_keeps_the_counts(
    two_kiosks: tuple[Services, Services],
    central: Engine,
    central_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = two_kiosks
    sync_once(first)
    dates = [
        v.occurrence_id
        for v in first.catalogue.occurrences(Period.WEEK)
        if v.signup_state is SignupState.OPEN and not v.sensitive
    ]
    past, future = dates[0], dates[1]
    first.booking.sign_up(SignupRequest(past, "Per Hansen", "91234567", needs_help=True))
    first.booking.sign_up(SignupRequest(past, "Kari Nordmann", ""))
    first.booking.sign_up(SignupRequest(future, "Ola Framtid", "92345678"))
    assert sync_once(first).pushed == 3
    sync_once(second)
    # Per's and Kari's date is moved 60 days back; Ola's stays ahead.
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute(
            "UPDATE sammen.occurrence SET starts_at = starts_at - interval '60 days', "
            "ends_at = ends_at - interval '60 days' WHERE id = %s",
            (past,),
        )

    assert main(["central", "--url", central_url, "purge-personal-data", "--keep-days", "0"]) != 0
    assert "Nothing was changed" in capsys.readouterr().err
    assert main(["central", "--url", central_url, "purge-personal-data", "--keep-days", "30"]) == 0
    assert "wiped from 2 sign-ups" in capsys.readouterr().out
    assert provision.purge_personal_data(central, 30) == 0  # nothing left to wipe

    with psycopg.connect(central_url) as admin:
        rows = admin.execute(
            "SELECT occurrence_id, display_name, phone, needs_help, status, party_size, "
            "purged_at IS NOT NULL FROM sammen.signup ORDER BY display_name"
        ).fetchall()
        logged = admin.execute(
            "SELECT row_data::text FROM sammen.change_log WHERE entity = 'signup'"
        ).fetchall()
    assert rows == [
        (past, "", None, False, "confirmed", 1, True),
        (past, "", None, False, "confirmed", 1, True),
        (future, "Ola Framtid", "+4792345678", False, "confirmed", 1, False),
    ]
    text = " ".join(row for (row,) in logged)
    assert "Ola Framtid" in text  # the log is there, and still names the one kept
    for gone in ("Per Hansen", "Kari Nordmann", "91234567"):
        assert gone not in text

    # Both kiosks, and a new one reading a snapshot, wipe theirs; the counts stay.
    third = enrolled_kiosk(central, central_url, tmp_path / "k3", "Lobby 3")
    try:
        for kiosk in (first, second, third):
            sync_once(kiosk)
            with kiosk.db.read() as session:
                kept = session.execute(
                    select(
                        Signup.occurrence_id,
                        Signup.display_name,
                        Signup.phone,
                        Signup.needs_help,
                        Signup.status,
                        Signup.purged_at.is_not(None),
                        Signup.name_key.startswith("purged:"),
                    ).order_by(Signup.display_name)
                ).all()
            assert [tuple(row) for row in kept] == [
                (past, "", None, False, SignupStatus.CONFIRMED, True, True),
                (past, "", None, False, SignupStatus.CONFIRMED, True, True),
                (future, "Ola Framtid", "+4792345678", False, SignupStatus.CONFIRMED, False, False),
            ]
    finally:
        third.close()


def _signed_up_on(services: Services, people: int) -> None:
    """`people` sign-ups spread over the open dates, one of them cancelled again."""
    dates = [
        v.occurrence_id
        for v in services.catalogue.occurrences(Period.WEEK)
        if v.signup_state is SignupState.OPEN and not v.sensitive
    ]
    names = [f"Beboer {a}{b}" for a in "ABCDEFGHIJ" for b in "abcdefghij"][:people]
    bookings = services.booking.sign_up_batch(
        [SignupRequest(dates[n % len(dates)], name) for n, name in enumerate(names)]
    )
    assert all(isinstance(booking, Booking) for booking in bookings)
    services.booking.cancel(bookings[0].booking_code)


def _behind_by_sign_ups(
    first: Services, second: Services, people: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both kiosks up to date, then `people` sign-ups on the first and sent: the second
    has them to read, in pages of six."""
    sync_once(first)
    sync_once(second)
    _signed_up_on(first, people)
    sync_once(first)
    monkeypatch.setattr(sync_client, "PULL_ROWS_PAGE", 6)


def test_a_long_catch_up_comes_in_pages_made_ready_ahead(
    two_kiosks: tuple[Services, Services], central_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many pages, each asked for and made ready while the one before is written: the
    pages of new sign-ups go the plain way, the others the general way, and the kiosk
    ends with what the server has."""
    first, second = two_kiosks
    _behind_by_sign_ups(first, second, 40, monkeypatch)
    taken = counting_plain(monkeypatch)
    report = sync_once(second)
    assert report.pulled > 40
    assert local_signups(second) == central_signups(central_url)
    assert len(central_signups(central_url)) == 40
    assert taken[0] >= 3  # pages of new sign-ups went the plain way
    assert sync_once(second).pulled == 0


def _on_each_query(
    monkeypatch: pytest.MonkeyPatch, see: Callable[[str, tuple[Any, ...]], None]
) -> None:
    """`see` is shown every query the sync client sends (its SQL and parameters) before
    it goes."""
    for name in ("_one", "_all"):
        sent = getattr(sync_client, name)

        def seen(conn: Any, sql: str, *params: Any, sent: Any = sent) -> Any:
            see(sql, params)
            return sent(conn, sql, *params)

        monkeypatch.setattr(sync_client, name, seen)


def _sync_threads_left() -> set[str]:
    """The sync's reading threads still running, by name."""
    alive = {thread.name.split("_")[0] for thread in threading.enumerate()}
    return alive & {"sammen-pull", "sammen-ready"}


def _stored_signups(services: Services) -> list[tuple[Any, ...]]:
    """Every sign-up row on a kiosk, every column, as stored."""
    with services.db.read() as session:
        rows = session.execute(select(Signup.__table__).order_by(Signup.id)).all()
    return [tuple(row) for row in rows]


def test_a_new_kiosk_reads_the_site_as_a_kiosk_that_followed_it(
    two_kiosks: tuple[Services, Services],
    central: Engine,
    central_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new kiosk's snapshot takes the plain path for its pages of sign-ups, and asks
    for each next page while it writes one; it ends with every sign-up stored as on a
    kiosk that read them from the log, a wiped one and a cancelled one among them."""
    first, second = two_kiosks
    sync_once(first)
    sync_once(second)
    _signed_up_on(first, 30)
    date = _open_occurrence(first).occurrence_id
    first.booking.sign_up(SignupRequest(date, "Åse Ødegård", "91234567", 1, needs_help=True))
    wiped = first.booking.sign_up(SignupRequest(date, "Per Hansen", "92345678"))
    sync_once(first)
    with psycopg.connect(central_url, autocommit=True) as admin:  # as the purge leaves it
        admin.execute(
            "UPDATE sammen.signup SET purged_at = now(), display_name = '', phone = NULL, "
            "needs_help = false WHERE booking_code = %s",
            (wiped.booking_code,),
        )
    sync_once(first)
    sync_once(second)
    monkeypatch.setattr(sync_client, "SNAPSHOT_PAGE", 6)
    taken = counting_plain(monkeypatch)
    third = enrolled_kiosk(central, central_url, tmp_path / "k3", "Lobby 3")
    try:
        # Broken off after two pages of sign-ups: what was written stays, no thread is
        # left behind, and the next cycle reads the snapshot again from its start.
        write = sync_client.SyncClient._apply_ready
        pages = [0]

        def failing(self: sync_client.SyncClient, rows: list[Any], plain: Any) -> None:
            if rows[0][0] == "signup" and pages[0] == 2:
                raise OSError("disk full")
            write(self, rows, plain)
            pages[0] += rows[0][0] == "signup"

        monkeypatch.setattr(sync_client.SyncClient, "_apply_ready", failing)
        with pytest.raises(OSError, match="disk full"):
            client_of(third).sync_once()
        assert not _sync_threads_left()
        assert len(_stored_signups(third)) == 12 and taken[0] == 2
        monkeypatch.setattr(sync_client.SyncClient, "_apply_ready", write)

        assert sync_once(third).pulled >= 32
        assert taken[0] >= 4  # pages of new sign-ups went the plain way (not the wiped one's)
        assert len(_stored_signups(third)) == 32
        assert _stored_signups(third) == _stored_signups(second)
        assert local_signups(third) == central_signups(central_url)
        assert sync_once(third).pulled == 0
    finally:
        third.close()


def test_a_kiosk_back_from_an_outage_takes_a_batchs_answers_in_at_once(
    two_kiosks: tuple[Services, Services], central_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sign-ups made while the kiosk could not send them: to a date another kiosk has
    meanwhile taken three seats of, and to a date cancelled meanwhile. Once sent (and
    nothing pulled yet, so what is checked is what the answers did): every op is marked
    sent, the refusal is told, every sign-up has the status the server gave it, and the
    date's count is this kiosk's recount; in a handful of statements, not a few an op."""
    from sqlalchemy import event

    first, second = two_kiosks
    sync_once(first)
    sync_once(second)
    date, other = [
        v.occurrence_id
        for v in first.catalogue.occurrences(Period.WEEK)
        if v.signup_state is SignupState.OPEN and not v.sensitive
    ][:2]
    second.booking.sign_up_batch([SignupRequest(date, f"Gjest {n}") for n in "ABC"])
    sync_once(second)
    view = first.catalogue.get(date)
    assert view is not None and view.seats_left is not None and view.seats_left >= 3
    names = [f"Beboer {a}{b}" for a in "ABCDEFGH" for b in "abcdefgh"][: view.seats_left + 2]
    first.booking.sign_up_batch([SignupRequest(date, name) for name in names])
    refused = first.booking.sign_up(SignupRequest(other, "Per Hansen"))
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute("UPDATE sammen.occurrence SET status = 'cancelled' WHERE id = %s", (other,))
    monkeypatch.setattr(sync_client.SyncClient, "_pull", lambda self, conn, report: None)
    statements: list[str] = []

    def counted(*args: Any) -> None:
        statements.append(args[2])

    engine = first.db.engine
    event.listen(engine, "before_cursor_execute", counted)
    try:
        report = sync_once(first)
    finally:
        event.remove(engine, "before_cursor_execute", counted)
    # (and lent seats given back, which the quota refresh sends after them)
    assert report.pushed >= len(names) + 1 and report.rejected == ["not_open"]
    with first.db.read() as session:
        assert session.scalar(select(func.count()).where(OutboxOp.sent_at.is_(None))) == 0
        mine = dict(
            session.execute(
                select(Signup.booking_code, Signup.status).where(
                    Signup.display_name.in_([*names, "Per Hansen"])
                )
            ).all()
        )
    assert mine[refused.booking_code] is SignupStatus.CANCELLED
    with psycopg.connect(central_url) as admin:
        central = dict(admin.execute("SELECT booking_code, status FROM sammen.signup").fetchall())
    assert {c: s.value for c, s in mine.items() if c != refused.booking_code} == {
        c: central[c] for c in mine if c != refused.booking_code
    }
    assert list(central.values()).count("waitlisted") >= 5
    with first.db.read() as session:
        occ = session.get(Occurrence, date)
        assert occ is not None
        held = session.scalar(
            select(func.sum(Signup.party_size)).where(
                Signup.occurrence_id == date,
                Signup.status.in_((SignupStatus.CONFIRMED, SignupStatus.PENDING)),
            )
        )
        # Full here before it sent them; the seats the other kiosk took (and those lent
        # to it) are not known here until the next pull, so the recount is lower.
        assert occ.seats_taken == held <= occ.capacity - 3, (occ.seats_taken, held)
    pushing = [sql for sql in statements if "outbox" in sql.lower() or "signup" in sql.lower()]
    assert len(pushing) < 40, len(pushing)  # before: three or more for every op


def test_a_queue_longer_than_one_push_goes_in_one_cycle_in_its_order(
    two_kiosks: tuple[Services, Services], central_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pushes of at most PUSH_BATCH ops and PUSH_BYTES of payload, as many as the queue
    takes, in the queue's order: the server's places follow the order people signed up."""
    first, _ = two_kiosks
    sync_once(first)
    view = next(
        v
        for v in first.catalogue.occurrences(Period.WEEK)
        if v.signup_state is SignupState.OPEN and not v.sensitive and v.seats_left
    )
    assert view.seats_left is not None
    names = [f"Beboer {a}{b}" for a in "ABCDEFGH" for b in "abcdefgh"][: view.seats_left + 3]
    made = first.booking.sign_up_batch([SignupRequest(view.occurrence_id, n) for n in names])
    assert all(isinstance(booking, Booking) for booking in made)
    pushed: list[list[str]] = []

    def push(sql: str, params: tuple[Any, ...]) -> None:
        if "sync.push" in sql:
            pushed.append([op["kind"] for op in json.loads(str(params[0]))])

    _on_each_query(monkeypatch, push)
    monkeypatch.setattr(sync_client, "PUSH_BATCH", 4)
    report = sync_once(first)
    requests = [kinds for kinds in pushed if "signup.request" in kinds]
    assert len(requests) == -(-len(names) // 4) and all(len(k) <= 4 for k in pushed)
    assert report.pushed >= len(names) and _unsent(first) == 0
    with psycopg.connect(central_url) as admin:
        queue = admin.execute(
            "SELECT display_name, status FROM sammen.signup WHERE occurrence_id = %s"
            " ORDER BY queue_number",
            (view.occurrence_id,),
        ).fetchall()
    assert [name for name, _ in queue] == names
    assert [status for _, status in queue[-3:]] == ["waitlisted"] * 3
    assert {status for _, status in queue[:-3]} == {"confirmed"}

    # A payload past the byte limit goes alone: the queue still moves on, one op a push.
    pushed.clear()
    more = [SignupRequest(view.occurrence_id, f"Gjest {n}") for n in "ABC"]
    assert all(isinstance(booking, Booking) for booking in first.booking.sign_up_batch(more))
    monkeypatch.setattr(sync_client, "PUSH_BYTES", 1)
    sync_once(first)
    assert [kinds for kinds in pushed if "signup.request" in kinds] == [["signup.request"]] * 3
    assert _unsent(first) == 0


def _unsent(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).where(OutboxOp.sent_at.is_(None))) or 0)


def test_a_new_kiosk_reads_a_snapshot_from_a_server_one_version_behind(
    two_kiosks: tuple[Services, Services],
    central: Engine,
    central_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before c0021 the server has no sync.snapshot_rows (server_schema 5): a new kiosk
    reads the pages as JSON documents, and ends as one that reads them as rows."""
    first, _ = two_kiosks
    sync_once(first)
    _signed_up_on(first, 14)
    sync_once(first)
    monkeypatch.setattr(sync_client, "SNAPSHOT_PAGE", 6)
    asked: list[str] = []  # which of the two functions each page was asked of
    _on_each_query(
        monkeypatch,
        lambda sql, _: asked.extend(
            f for f in ("snapshot(", "snapshot_rows(") if f"sync.{f}" in sql
        ),
    )
    older = enrolled_kiosk(central, central_url, tmp_path / "k3", "Lobby 3")
    newer = enrolled_kiosk(central, central_url, tmp_path / "k4", "Lobby 4")
    try:
        for kiosk, schema, way in ((older, 5, "snapshot("), (newer, 6, "snapshot_rows(")):
            client = client_of(kiosk)
            if schema == 5:
                provision.downgrade(central, "c0020")
            asked.clear()
            try:
                assert client.sync_once().pulled >= 14
                assert client._server_schema == schema
            finally:
                provision.migrate(central)
            assert len(asked) >= 5 and set(asked) == {way}, asked  # 3 tables, pages of 6
            assert local_signups(kiosk) == central_signups(central_url)
        assert _stored_signups(older) == _stored_signups(newer)
    finally:
        older.close()
        newer.close()


def test_a_snapshot_asks_for_the_next_page_while_it_writes_one(
    two_kiosks: tuple[Services, Services],
    central: Engine,
    central_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each full page is written only once the next one has been asked for: were the
    asking done after the writing, the wait below would run out."""
    first, _ = two_kiosks
    sync_once(first)
    _signed_up_on(first, 20)
    sync_once(first)
    monkeypatch.setattr(sync_client, "SNAPSHOT_PAGE", 6)
    asked: dict[str, int] = {}
    written: dict[str, int] = {}
    changed = threading.Condition()
    write = sync_client.SyncClient._apply_ready

    def asked_for(sql: str, params: tuple[Any, ...]) -> None:
        if "sync.snapshot(" in sql or "sync.snapshot_rows(" in sql:  # either way
            with changed:
                asked[params[0]] = asked.get(params[0], 0) + 1
                changed.notify_all()

    def writing(self: sync_client.SyncClient, rows: list[Any], plain: Any) -> None:
        entity = rows[0][0]
        if len(rows) == sync_client.SNAPSHOT_PAGE:  # a full page: another is coming
            with changed:
                nth = written.get(entity, 0)
                assert changed.wait_for(lambda: asked.get(entity, 0) >= nth + 2, timeout=10)
        write(self, rows, plain)
        written[entity] = written.get(entity, 0) + 1

    _on_each_query(monkeypatch, asked_for)
    monkeypatch.setattr(sync_client.SyncClient, "_apply_ready", writing)
    third = enrolled_kiosk(central, central_url, tmp_path / "k3", "Lobby 3")
    try:
        sync_once(third)
        assert written["signup"] >= 4  # 20 sign-ups in pages of six
        assert local_signups(third) == central_signups(central_url)
    finally:
        third.close()


def test_a_snapshot_forgets_what_the_server_lost_but_not_what_is_still_to_send(
    two_kiosks: tuple[Services, Services],
    central_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = two_kiosks
    sync_once(first)
    sync_once(second)
    date = _open_occurrence(first).occurrence_id
    lost = first.booking.sign_up(SignupRequest(date, "Kari Lie"))
    sync_once(first)
    sync_once(second)
    assert lost.booking_code in _signup_codes(second)
    waiting = second.booking.sign_up(SignupRequest(date, "Olga Berg"))  # not sent yet
    boss = second.staff.add("Kari Nordmann", "284619", "284619")
    made_here = second.admin.create_activity(_weekly_draft("Boccia i hagen", 2), boss)
    with psycopg.connect(central_url, autocommit=True) as admin:  # a restore without it
        admin.execute(
            "UPDATE sammen.occurrence SET seats_taken = seats_taken - 1 WHERE id = %s", (date,)
        )
        admin.execute("DELETE FROM sammen.signup WHERE booking_code = %s", (lost.booking_code,))
        admin.execute("UPDATE sammen.sync_meta SET generation = gen_random_uuid()")
    # The push gets no answer this cycle: Olga's sign-up is still to be sent when the
    # snapshot is read.
    monkeypatch.setattr(sync_client.SyncClient, "_push", lambda self, conn, report: None)
    sync_once(second)
    codes = _signup_codes(second)
    assert lost.booking_code not in codes  # gone there, gone here
    assert waiting.booking_code in codes  # this kiosk's own, not sent yet: kept
    assert len(_dates_of(second, made_here)) == 2  # and its new activity with its dates
    monkeypatch.undo()
    assert sync_once(second).pushed >= 2
    assert waiting.booking_code in central_signups_codes(central_url)
    with psycopg.connect(central_url) as admin:
        dates = admin.execute(
            "SELECT count(*) FROM sammen.occurrence WHERE activity_id = %s", (made_here,)
        ).fetchone()
    assert dates == (2,)
    assert len(_dates_of(second, made_here)) == 2


def _weekly_draft(title: str, weeks: int) -> Any:
    """An activity weekly from tomorrow, in the garden: `weeks` dates."""
    from datetime import time, timedelta

    from kiosk.domain.enums import Category
    from kiosk.services.admin import ActivityDraft

    tomorrow = datetime.now(OSLO).date() + timedelta(days=1)
    return ActivityDraft(
        title=title,
        category=Category.GAMES,
        capacity=8,
        first_date=tomorrow,
        start=time(14, 0),
        minutes=60,
        weekdays=frozenset({tomorrow.weekday()}),
        last_date=tomorrow + timedelta(days=7 * (weeks - 1)),
        place="Hagen",
    )


def _dates_of(services: Services, activity_id: uuid.UUID) -> list[uuid.UUID]:
    with services.db.read() as session:
        return list(
            session.scalars(select(Occurrence.id).where(Occurrence.activity_id == activity_id))
        )


def central_signups_codes(url: str) -> set[str]:
    return {code for _, _, code in central_signups(url).values()}


def test_a_pull_broken_off_mid_way_keeps_the_pages_written_and_ends_its_threads(
    two_kiosks: tuple[Services, Services], central_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two_kiosks
    _behind_by_sign_ups(first, second, 30, monkeypatch)
    write = sync_client.SyncClient._apply_ready
    kept: set[str] = set()  # the sign-ups of the pages written before it broke off
    pages = [0]

    def failing(self: sync_client.SyncClient, rows: list[Any], plain: Any) -> None:
        if pages[0] == 4:
            raise OSError("disk full")
        write(self, rows, plain)
        kept.update(entity_id for entity, entity_id, _ in rows if entity == "signup")
        pages[0] += 1

    monkeypatch.setattr(sync_client.SyncClient, "_apply_ready", failing)
    saved = sync_client.SyncClient._save_cursor
    cursors: list[tuple[str, int]] = []

    def saving(self: sync_client.SyncClient, cursor: tuple[str, int], *more: Any) -> None:
        saved(self, cursor, *more)
        cursors.append(cursor)

    monkeypatch.setattr(sync_client.SyncClient, "_save_cursor", saving)
    with pytest.raises(OSError, match="disk full"):
        client_of(second).sync_once()
    assert not _sync_threads_left()  # nothing left running behind
    assert len(cursors) == 4 and kept
    assert set(local_signups(second)) == kept  # the four pages, and nothing of the fifth
    assert client_of(second).cursor() == cursors[-1]
    monkeypatch.setattr(sync_client.SyncClient, "_apply_ready", write)
    sync_once(second)  # on from the end of the fourth page
    assert local_signups(second) == central_signups(central_url)
