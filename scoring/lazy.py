"""Lazily filled result fields: computed on first read, then stored on the instance like any other field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["Lazy", "Filler", "lazy_fields", "materialise"]

#: ``fill(instance_dict, field_name)`` stores ``field_name`` (and maybe related fields) in the dict.
Filler = Callable[[dict[str, Any], str], None]
T = TypeVar("T", bound=type)


class Lazy:
    """Mixin for frozen (non-slots) result dataclasses built by the engine with some fields left out.

    The engine puts a :data:`Filler` under ``"_lazy"`` in the instance dict and leaves out the fields
    named by :func:`lazy_fields`; reading one calls the filler once, after which the value sits in the
    instance dict (no further cost).  Instances built through ``__init__`` (e.g. ``from_json``) are
    ordinary, complete objects.
    """

    __slots__ = ()

    def __getstate__(self) -> dict[str, Any]:
        """Pickle/copy state: every field filled in, no filler and none of its inputs."""
        materialise(self)
        return {k: v for k, v in self.__dict__.items() if k[0] != "_"}  # no filler, inputs or caches


class _LazyField:
    """A non-data descriptor: the instance dict wins once the field is there, so only a missing field
    costs a call (unlike ``__getattr__``, which would slow every attribute read of the class)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        d = obj.__dict__
        fill = d.get("_lazy")
        if fill is not None:
            fill(d, self.name)
            if self.name in d:
                return d[self.name]
        raise AttributeError(f"{type(obj).__name__!r} object has no attribute {self.name!r}")


def lazy_fields(*names: str) -> Callable[[T], T]:
    """Class decorator (above ``@dataclass``): the fields ``names`` may be left for the filler."""
    def deco(cls: T) -> T:
        for n in names:
            setattr(cls, n, _LazyField(n))
        return cls
    return deco


def materialise(obj: object) -> None:
    """Fill every lazy field of ``obj`` (a dataclass instance) now."""
    fields: dict[str, Any] = getattr(obj, "__dataclass_fields__", {})
    for name in fields:
        getattr(obj, name)
