"""Errors of the batch runner (each record's own failures are rows, never exceptions)."""

from __future__ import annotations

import importlib
from types import ModuleType

from tamis.errors import TamisError

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(TamisError, ImportError):
    """An optional dependency is missing; the message names the extra that installs it."""

    reason = "missing-extra"


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """Import ``module``, or raise :class:`MissingExtraError` naming ``extra``."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(f"{purpose} needs {module}: pip install 'tamis[{extra}]'") from exc
