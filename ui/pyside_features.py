"""Imported just after PySide6 (ui/app.py): spares PySide6 reading the source of the
standard library and of the kiosk's core.

Once imported, PySide6 reads the source of every module an import statement names (with
`inspect.getsource`, once a module) to see whether it uses PySide6's `__feature__`
switches: ≈ 0.2 ms a module, for ≈ 20 modules of the standard library and the kiosk's
core that the ui modules name on the way to the first paint. Neither can use the
switches (the core never imports Qt: the import-linter contract), so the ones already
loaded are entered in PySide6's table as it would enter them after reading: -1, "ignore
this module". A PySide6 without that table is left alone.
"""

from __future__ import annotations

import sys


def mark_modules_without_pyside() -> int:
    """Enter the loaded standard-library and kiosk modules; how many were entered."""
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    marked = 0
    for name in list(sys.modules):
        package = name.partition(".")[0]
        if (package == "kiosk" or package in sys.stdlib_module_names) and name not in table:
            table[name] = -1
            marked += 1
    return marked


mark_modules_without_pyside()
