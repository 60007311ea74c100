"""The SQL of earlier central revisions, for a migration that changes one function of
them, or puts them back on downgrade. Migrations stay as they were written; this only
reads them, so no function body is copied by hand from one revision to the next."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

VERSIONS = Path(__file__).with_name("migrations") / "versions"


def revision(name: str) -> ModuleType:
    """The module of revision `name` (e.g. "c0005"), loaded from its file."""
    path = next(VERSIONS.glob(f"{name}_*.py"))
    spec = importlib.util.spec_from_file_location(f"_sammen_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def function(script: str, name: str) -> str:
    """One `CREATE [OR REPLACE] FUNCTION name(...) ... END $$;` of a script, made to
    replace whatever is there now."""
    match = re.search(
        rf"CREATE (?:OR REPLACE )?FUNCTION {re.escape(name)}\(.*?END \$\$;", script, re.S
    )
    assert match is not None, name
    return re.sub(r"^CREATE (?:OR REPLACE )?", "CREATE OR REPLACE ", match.group(0))


def edited(script: str, name: str, old: str, new: str) -> str:
    """That function with one passage changed; the passage must be there exactly once."""
    return replaced(function(script, name), [(old, new)])


def replaced(body: str, edits: list[tuple[str, str]]) -> str:
    """`body` with each (old, new) passage changed in turn; each must be there once."""
    for old, new in edits:
        assert body.count(old) == 1, old
        body = body.replace(old, new)
    return body
