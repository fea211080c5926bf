"""Validation of language and domain pack files against a declared schema.

A misspelt section or key must not silently switch a rule off, so every pack file is checked
when it is loaded: unknown keys are errors, and so are values of the wrong type. The schema is
plain data (nested dicts of type names), the way dateparser validates its locale files.

Type names: ``str``, ``int``, ``bool``, ``list[str]``, ``dict[str,int]``, ``dict[str,str]``,
``dict[str,list[str]]``, ``pair[str,int]``, ``table[...]`` (an array of tables, each checked against the nested
schema), and ``any-key`` tables whose keys are free and whose values share one type
(``{"*": "list[str]"}``).

>>> validate({"digits": {"decimal": "."}}, {"digits": {"decimal": "str"}}, "x.toml")
>>> validate({"digits": {"decimel": "."}}, {"digits": {"decimal": "str"}}, "x.toml")
Traceback (most recent call last):
...
newsprism.lang.schema.PackError: x.toml: unknown key 'digits.decimel' (known: decimal)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsprism.errors import ConfigError

#: A schema: section or key name -> type name, or a nested schema; ``"*"`` stands for any key.
Schema = Mapping[str, Any]


class PackError(ConfigError):
    """A language or domain pack file does not follow its schema."""


def _type_ok(value: object, kind: str) -> bool:
    if "|" in kind:
        return any(_type_ok(value, k) for k in kind.split("|"))
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "list[str]":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "list[int]":
        return isinstance(value, list) and all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        )
    if kind.startswith("dict[str,"):
        inner = kind[len("dict[str,") : -1]
        return isinstance(value, dict) and all(_type_ok(v, inner) for v in value.values())
    if kind == "pair[str,int]":
        return (
            isinstance(value, list)
            and len(value) == 2
            and isinstance(value[0], str)
            and isinstance(value[1], int)
            and not isinstance(value[1], bool)
        )
    msg = f"unknown schema type {kind!r}"
    raise ValueError(msg)


def validate(data: Mapping[str, Any], schema: Schema, where: str, prefix: str = "") -> None:
    """Raise ``PackError`` naming ``where`` and the key path when ``data`` breaks ``schema``."""
    for key, value in data.items():
        path = f"{prefix}{key}"
        spec = schema.get(key, schema.get("*"))
        if spec is None:
            known = ", ".join(sorted(k for k in schema if k != "*")) or "none"
            msg = f"{where}: unknown key {path!r} (known: {known})"
            raise PackError(msg)
        if isinstance(spec, Mapping):
            if not isinstance(value, dict):
                msg = f"{where}: {path!r} must be a table"
                raise PackError(msg)
            validate(value, spec, where, f"{path}.")
            continue
        if isinstance(spec, tuple):  # ("table", nested schema): an array of tables
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                msg = f"{where}: {path!r} must be an array of tables ([[{path}]])"
                raise PackError(msg)
            for k, item in enumerate(value):
                validate(item, spec[1], where, f"{path}[{k}].")
            continue
        if not _type_ok(value, str(spec)):
            msg = f"{where}: {path!r} must be {spec}, got {type(value).__name__}"
            raise PackError(msg)


def require(data: Mapping[str, Any], keys: tuple[str, ...], where: str, prefix: str = "") -> None:
    """Raise ``PackError`` when one of ``keys`` is missing from ``data``."""
    for key in keys:
        if key not in data:
            msg = f"{where}: missing required key {prefix + key!r}"
            raise PackError(msg)


__all__ = ["PackError", "Schema", "require", "validate"]
