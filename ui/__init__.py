"""Sammen's Qt view layer. Talks to kiosk.services only; never opens a session or writes SQL."""
