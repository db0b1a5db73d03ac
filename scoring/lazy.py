"""Lazily filled result fields: computed on first read, then stored on the instance like any other field."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

__all__ = ["Lazy", "Filler", "materialise"]

#: ``fill(instance_dict, field_name)`` stores ``field_name`` (and maybe related fields) in the dict.
Filler = Callable[[dict[str, Any], str], None]


class Lazy:
    """Mixin for frozen (non-slots) result dataclasses built by the engine with some fields left out.

    The engine puts a :data:`Filler` under ``"_lazy"`` in the instance dict; reading a missing
    field calls it once, after which the value sits in the instance dict (no further cost).
    Instances built through ``__init__`` (e.g. ``from_json``) are ordinary, complete objects.
    """

    __slots__ = ()

    if not TYPE_CHECKING:
        def __getattr__(self, name: str) -> Any:
            d = self.__dict__
            fill = d.get("_lazy")
            if fill is None or name[:2] == "__":
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            fill(d, name)
            try:
                return d[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None

    def __getstate__(self) -> dict[str, Any]:
        """Pickle/copy state: every field filled in, no filler and none of its inputs."""
        materialise(self)
        return {k: v for k, v in self.__dict__.items() if k[0] != "_"}  # no filler, inputs or caches


def materialise(obj: object) -> None:
    """Fill every lazy field of ``obj`` (a dataclass instance) now."""
    fields: dict[str, Any] = getattr(obj, "__dataclass_fields__", {})
    for name in fields:
        getattr(obj, name)
