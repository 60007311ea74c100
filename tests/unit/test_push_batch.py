"""The push's batch text, built from the outbox's stored payloads without parsing them."""

from __future__ import annotations

import json

from kiosk.sync.client import batch_text


def test_the_batch_text_reads_as_the_ops_with_their_payloads() -> None:
    payloads = [
        {"signup_id": "a", "display_name": "Åse Ødegård-Nilsen", "phone": None, "party_size": 2},
        {"title": 'Quiz: "Hvem var det?" \\ «Sámi» čáhci 🎯\nlinje to\t', "dates": []},
        {},
    ]
    kinds = ("signup.request", "activity.upsert", "x")
    ops = [
        (f"0190c9a0-0000-7000-8000-00000000000{n}", kind, json.dumps(p, ensure_ascii=False))
        for n, (kind, p) in enumerate(zip(kinds, payloads, strict=True))
    ]
    assert json.loads(batch_text(ops)) == [
        {"op_id": op_id, "kind": kind, "payload": p}
        for (op_id, kind, _), p in zip(ops, payloads, strict=True)
    ]


def test_an_empty_batch_is_an_empty_array() -> None:
    assert batch_text([]) == "[]"
