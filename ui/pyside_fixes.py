"""Work-arounds for bugs in the Qt binding, each named for the bug it works around.

PySide6 6.12.0 on CPython 3.11 hands some results back without taking a reference to
them: None from every C++ method that returns void (`label.setText(...)`), and True from
`SignalInstance.emit()`. Each call lowers that object's reference count by one; after a
few thousand calls (minutes of a kiosk in use, or at interpreter exit) CPython aborts
with "Fatal Python error: none_dealloc: deallocating None" (or bool_dealloc). CPython
3.12 made these singletons immortal, so the same bug is harmless there; on 3.11 we give
them reference counts so large that no run of the kiosk can use them up.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 such calls at a million a second would take twelve days of nothing else.
_REFERENCE_RESERVE = 1 << 40
_SINGLETONS = (None, True, False)


def keep_singletons_alive() -> None:
    """Give None, True and False huge reference counts (CPython < 3.12 only)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for singleton in _SINGLETONS:
        if sys.getrefcount(singleton) >= _REFERENCE_RESERVE:
            continue  # already done
        # ob_refcnt is the first field of every PyObject, at the object's address (id).
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += _REFERENCE_RESERVE
