"""Sammen's Qt view layer. Talks to kiosk.services only; never opens a session or writes SQL."""

from ui.pyside_fixes import keep_singletons_alive

keep_singletons_alive()  # before any Qt call from ui/: see ui/pyside_fixes.py
