"""The kiosk's side of sync: enrolment, push of the outbox, pull of the change log.

Everything here is plain Python (no Qt); the GUI runs `SyncClient.sync_once()` on a
worker thread, and `sammen sync --once` runs it from the command line.
"""
