"""Check registry: configured id -> check type + options, validated when the verifier is built.

Bad configuration fails at start-up with one line naming the check id, the field, the value and what
is valid; it never turns into an empty (silently permissive) set of checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from guard.errors import GuardError
from guard.taxonomy import Catalog, default_catalog
from guard.verify.base import Check, CheckConfig

_REGISTRY: dict[str, type[Check]] = {}


class VerifyConfigError(GuardError, ValueError):
    """The verification configuration is invalid (raised at start-up)."""


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: make a check type available by its ``type_name``."""
    name = getattr(cls, "type_name", "")
    if not name or not name.isidentifier():
        raise TypeError(f"{cls.__name__}: type_name must be an identifier, got {name!r}")
    if name in _REGISTRY and _REGISTRY[name] is not cls:
        raise TypeError(f"check type {name!r} registered twice ({_REGISTRY[name].__name__}, {cls.__name__})")
    if not issubclass(cls.Config, CheckConfig) or cls.Config.model_config.get("extra") != "forbid":
        raise TypeError(f"{cls.__name__}.Config must subclass CheckConfig and forbid unknown keys")
    _REGISTRY[name] = cls
    return cls


def check_types() -> dict[str, type[Check]]:
    """Registered check types by name (importing the built-in checks first)."""
    import guard.verify.checks  # noqa: F401  (registers the built-ins)

    return dict(_REGISTRY)


def validate_registry(catalog: Catalog | None = None) -> None:
    """Every registered check's supported categories must exist in the catalogue."""
    cat = catalog or default_catalog()
    for name, cls in check_types().items():
        unknown = sorted((cls.supported or frozenset()) - set(cat.categories))
        if unknown:
            raise VerifyConfigError(f"check type {name!r} names unknown categories: {', '.join(unknown)}")


def build_check(check_id: str, spec: Mapping[str, Any], *, catalog: Catalog | None = None) -> Check:
    """Build one check from ``{"type": NAME, **options}``; raise a one-line VerifyConfigError if invalid."""
    types = check_types()
    options = dict(spec)
    type_name = options.pop("type", check_id)
    if not isinstance(type_name, str) or type_name not in types:
        raise VerifyConfigError(
            f"checks.{check_id}.type: unknown check type {type_name!r}; valid: {', '.join(sorted(types))}"
        )
    cls = types[type_name]
    try:
        config = cls.Config(**options)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        value = err.get("input")
        shown = "" if isinstance(value, dict) else f" (got {value!r})"
        raise VerifyConfigError(f"checks.{check_id}.{loc}: {err['msg']}{shown}") from None
    try:
        return cls(check_id=check_id, config=config, catalog=catalog)
    except ValueError as exc:
        raise VerifyConfigError(f"checks.{check_id}.{exc}") from None


def build_checks(specs: Mapping[str, Mapping[str, Any]], *, catalog: Catalog | None = None) -> dict[str, Check]:
    """Build every configured check, keyed by its configured id; an empty mapping is an error."""
    if not specs:
        raise VerifyConfigError("checks: no checks configured; list at least one (e.g. card_number: {})")
    validate_registry(catalog)
    return {cid: build_check(cid, spec, catalog=catalog) for cid, spec in specs.items()}
