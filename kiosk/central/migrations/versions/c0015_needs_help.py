"""A sign-up says whether the person would like company or a ride there (DESIGN.md,
"Sign-up"): the column, and both push paths store what the kiosk sends (absent, as from
a kiosk before it: no). Pulled and snapshot rows carry it as every other column.

Revision ID: c0015
Revises: c0014
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0015"
down_revision = "c0014"
branch_labels = None
depends_on = None

NEEDS_HELP = "coalesce((p ->> 'needs_help')::boolean, false)"

# sammen.apply_op (c0005), one request at a time.
APPLY_EDITS = [
    (
        "                                   status, queue_number, booking_code, origin_kiosk_id)",
        "                                   status, queue_number, booking_code, origin_kiosk_id,\n"
        "                                   needs_help)",
    ),
    (
        "                p ->> 'booking_code', me)\n        RETURNING * INTO s;",
        f"                p ->> 'booking_code', me, {NEEDS_HELP})\n        RETURNING * INTO s;",
    ),
]

# sammen.push_signups (c0014), a batch of new sign-ups as a set.
SET_EDITS = [
    ("    codes text[];\n", "    codes text[];\n    helps boolean[];\n"),
    (
        "           array_agg(r.booking_code ORDER BY r.ord)\n",
        "           array_agg(r.booking_code ORDER BY r.ord),\n"
        "           array_agg(r.needs_help ORDER BY r.ord)\n",
    ),
    ("names, phones, parties, codes\n", "names, phones, parties, codes,\n           helps\n"),
    (
        "                   p ->> 'booking_code' AS booking_code\n",
        "                   p ->> 'booking_code' AS booking_code,\n"
        f"                   {NEEDS_HELP} AS needs_help\n",
    ),
    (
        "unnest(op_ids, signup_ids, occurrence_ids, names, phones, parties, codes)",
        "unnest(op_ids, signup_ids, occurrence_ids, names, phones, parties, codes,\n"
        "                             helps)",
    ),
    (
        "phone, party_size, booking_code, ord)",
        "phone, party_size, booking_code, needs_help, ord)",
    ),
    ("origin_kiosk_id)\n        SELECT", "origin_kiosk_id, needs_help)\n        SELECT"),
    (
        "booking_code, me\n          FROM decided",
        "booking_code, me, needs_help\n          FROM decided",
    ),
]


def _apply_op() -> str:
    return earlier.replaced(
        earlier.function(str(earlier.revision("c0005").FUNCTIONS), "sammen.apply_op"), APPLY_EDITS
    )


def _push_signups() -> str:
    return earlier.replaced(str(earlier.revision("c0014")._signups()), SET_EDITS)


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(
        "ALTER TABLE sammen.signup ADD COLUMN needs_help boolean NOT NULL DEFAULT false"
    )
    bind.exec_driver_sql(_apply_op())
    bind.exec_driver_sql(_push_signups())
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(
        earlier.function(str(earlier.revision("c0005").FUNCTIONS), "sammen.apply_op")
    )
    bind.exec_driver_sql(str(earlier.revision("c0014")._signups()))
    bind.exec_driver_sql("ALTER TABLE sammen.signup DROP COLUMN needs_help")
    bind.exec_driver_sql("RESET ROLE")
