"""Typed readers for environment variables. No Django import.

Every reader fails loudly (``ImproperlyConfiguredError``) on a value it cannot parse, naming the
variable, so a typo in a city's ``.env`` stops the server at start instead of misbehaving later.
``NAME_FILE`` is honoured for every variable: the value is read from that file (Docker/systemd
secrets), and setting both ``NAME`` and ``NAME_FILE`` is an error.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

TRUE_WORDS = {"1", "true", "yes", "on", "ya"}
FALSE_WORDS = {"0", "false", "no", "off", "tidak", ""}


class ImproperlyConfiguredError(Exception):
    """Raised for an environment value that cannot be used."""


def load_env_file(path: Path, environ: dict | None = None) -> None:
    """Load ``KEY=value`` lines from ``path`` into ``environ`` without overriding what is set.

    Blank lines and ``#`` comments are skipped; values may be wrapped in single or double quotes.
    """
    environ = os.environ if environ is None else environ
    if not path.is_file():
        return
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export ") :].lstrip()
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not key.isidentifier():
            raise ImproperlyConfiguredError(f"{path}:{number}: expected KEY=value, got {raw!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        environ.setdefault(key, value)


def _raw(name: str, environ: dict | None = None) -> str | None:
    environ = os.environ if environ is None else environ
    value = environ.get(name)
    file_name = environ.get(f"{name}_FILE")
    if file_name:
        if value is not None:
            raise ImproperlyConfiguredError(f"Set either {name} or {name}_FILE, not both.")
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfiguredError(f"{name}_FILE={file_name!r}: {exc}") from exc
    return value


def env_str(name: str, default: str | None = None, *, environ: dict | None = None) -> str:
    value = _raw(name, environ)
    if value is None:
        if default is None:
            raise ImproperlyConfiguredError(f"{name} must be set.")
        return default
    return value


def env_bool(name: str, default: bool, *, environ: dict | None = None) -> bool:
    value = _raw(name, environ)
    if value is None:
        return default
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfiguredError(f"{name}={value!r} is not a boolean (use 1/0, true/false).")


def env_int(
    name: str,
    default: int,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    environ: dict | None = None,
) -> int:
    value = _raw(name, environ)
    if value is None:
        return default
    try:
        number = int(value.strip())
    except ValueError:
        raise ImproperlyConfiguredError(f"{name}={value!r} is not a whole number.") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfiguredError(f"{name}={number} is below the minimum {minimum}.")
    if maximum is not None and number > maximum:
        raise ImproperlyConfiguredError(f"{name}={number} is above the maximum {maximum}.")
    return number


def env_list(name: str, default: list[str], *, environ: dict | None = None) -> list[str]:
    """A comma-separated list; empty items are dropped."""
    value = _raw(name, environ)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_choice(name: str, default: str, choices: set[str], *, environ: dict | None = None) -> str:
    value = env_str(name, default, environ=environ)
    if value not in choices:
        allowed = ", ".join(sorted(choices))
        raise ImproperlyConfiguredError(f"{name}={value!r} is not one of: {allowed}.")
    return value


def parse_database_url(url: str, *, base_dir: Path) -> dict:
    """Turn ``sqlite:///path`` or ``postgres://user:pass@host:port/name`` into DATABASES['default'].

    A relative SQLite path is taken relative to ``base_dir``; ``sqlite:////abs/path`` is absolute.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    if scheme == "sqlite":
        raw_path = unquote(parts.path)
        if raw_path in ("", "/"):
            raise ImproperlyConfiguredError(f"DATABASE_URL={url!r}: no SQLite file name.")
        if raw_path == "/:memory:":
            name = ":memory:"
        else:
            path = Path(raw_path[1:]) if raw_path.startswith("/") else Path(raw_path)
            name = str(path if path.is_absolute() else base_dir / path)
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": name, "OPTIONS": {}}
    if scheme in ("postgres", "postgresql", "pgsql"):
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ImproperlyConfiguredError(f"DATABASE_URL={url!r}: no database name.")
        try:
            port = parts.port
        except ValueError:
            raise ImproperlyConfiguredError(f"DATABASE_URL={url!r}: bad port.") from None
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(port or ""),
            "OPTIONS": options,
        }
    raise ImproperlyConfiguredError(
        f"DATABASE_URL={url!r}: unsupported scheme {scheme!r} (use sqlite:// or postgres://)."
    )
