"""Sammen core: domain rules, storage and services. Never imports Qt."""

import os
import sys
import types

__version__ = "0.1.0"


def _import_uuid_without_platform() -> None:
    """Import uuid (every id is one) without the platform module.

    On Linux uuid imports platform only to ask `platform.system()` once, and platform
    compiles nine regular expressions at import: ≈ 9 M instructions, ≈ 1 % of the kiosk's
    start to its first paint. uuid gets a stand-in that answers that one question as
    platform would (`os.uname()`); platform is imported as usual by whatever needs it.
    """
    if "uuid" in sys.modules or "platform" in sys.modules or not hasattr(os, "uname"):
        return
    stand_in = types.ModuleType("platform")
    vars(stand_in)["system"] = lambda: os.uname().sysname
    sys.modules["platform"] = stand_in
    try:
        import uuid  # noqa: F401
    except AttributeError:  # a later uuid asks for more: it is imported as usual instead
        sys.modules.pop("uuid", None)
    finally:
        del sys.modules["platform"]


_import_uuid_without_platform()
