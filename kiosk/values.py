"""Values on the start path: what `@dataclass(frozen=True)` gives, written out by hand.

A dataclass compiles its `__init__`, `__eq__`, `__hash__`, `__repr__` and `__setattr__`
from source when its module is imported (≈ 1–2 ms a class on a slow kiosk). The classes
the home screen needs before its first paint (the occurrence views, the settings, the
theme) derive from `Value` instead and write their `__init__` out; their attributes are
`Final`, so mypy refuses an assignment as it does to a frozen dataclass.
"""

from __future__ import annotations

from typing import Any, Self


class Value:
    """Equal and hashed by its attributes, as a frozen dataclass is by its fields."""

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash(tuple(self.__dict__.values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({fields})"

    def replace(self, **changes: Any) -> Self:
        """A copy with some attributes changed, made (and so checked) by `__init__`, as
        `dataclasses.replace` makes it."""
        return type(self)(**{**self.__dict__, **changes})
