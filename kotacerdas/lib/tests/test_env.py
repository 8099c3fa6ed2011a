"""Typed environment readers fail loudly and name the variable."""

from pathlib import Path

import pytest

from kotacerdas.lib.env import (
    ImproperlyConfiguredError,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_str,
    load_env_file,
    parse_database_url,
)


@pytest.mark.parametrize("word,value", [("1", True), ("true", True), ("YES", True), ("ya", True),
                                        ("0", False), ("false", False), ("off", False), ("", False)])  # fmt: skip
def test_it_reads_booleans(word, value):
    assert env_bool("X", not value, environ={"X": word}) is value


def test_it_refuses_a_boolean_it_cannot_read_and_names_the_variable():
    with pytest.raises(ImproperlyConfiguredError, match="DEBUG"):
        env_bool("DEBUG", False, environ={"DEBUG": "maybe"})


def test_it_refuses_a_missing_required_value():
    with pytest.raises(ImproperlyConfiguredError, match="SECRET_KEY must be set"):
        env_str("SECRET_KEY", environ={})


def test_it_checks_integer_bounds():
    assert env_int("N", 5, environ={"N": " 7 "}) == 7
    with pytest.raises(ImproperlyConfiguredError, match="N='x'"):
        env_int("N", 5, environ={"N": "x"})
    with pytest.raises(ImproperlyConfiguredError, match="minimum"):
        env_int("N", 5, minimum=1, environ={"N": "0"})
    with pytest.raises(ImproperlyConfiguredError, match="maximum"):
        env_int("N", 5, maximum=9, environ={"N": "10"})


def test_it_splits_lists_and_drops_blanks():
    assert env_list("H", [], environ={"H": "a.go.id, b.go.id,,"}) == ["a.go.id", "b.go.id"]
    assert env_list("H", ["x"], environ={}) == ["x"]


def test_choice_lists_allowed_values():
    with pytest.raises(ImproperlyConfiguredError, match="en, id"):
        env_choice("LANGUAGE_CODE", "id", {"id", "en"}, environ={"LANGUAGE_CODE": "fr"})


def test_it_reads_a_secret_from_a_file_and_refuses_both_forms(tmp_path):
    secret = tmp_path / "key"
    secret.write_text("s3cret\n")
    assert env_str("SECRET_KEY", environ={"SECRET_KEY_FILE": str(secret)}) == "s3cret"
    with pytest.raises(ImproperlyConfiguredError, match="not both"):
        env_str("SECRET_KEY", environ={"SECRET_KEY": "a", "SECRET_KEY_FILE": str(secret)})
    with pytest.raises(ImproperlyConfiguredError, match="SECRET_KEY_FILE"):
        env_str("SECRET_KEY", environ={"SECRET_KEY_FILE": str(tmp_path / "missing")})


def test_env_file_fills_missing_values_without_overriding(tmp_path):
    path = tmp_path / ".env"
    path.write_text("# comment\n\nA=1\nexport B='two words'\nC=\"3\"\n")
    environ = {"A": "already"}
    load_env_file(path, environ)
    assert environ == {"A": "already", "B": "two words", "C": "3"}


def test_env_file_with_a_bad_line_names_the_line(tmp_path):
    path = tmp_path / ".env"
    path.write_text("A=1\nthis is wrong\n")
    with pytest.raises(ImproperlyConfiguredError, match=":2:"):
        load_env_file(path, {})


def test_database_urls():
    base = Path("/srv/app")
    assert (
        parse_database_url("sqlite:///db.sqlite3", base_dir=base)["NAME"] == "/srv/app/db.sqlite3"
    )
    assert (
        parse_database_url("sqlite:////var/db.sqlite3", base_dir=base)["NAME"] == "/var/db.sqlite3"
    )
    pg = parse_database_url(
        "postgres://kc:p%40ss@db.local:5433/kota?sslmode=require", base_dir=base
    )
    assert pg["ENGINE"] == "django.db.backends.postgresql"
    assert (pg["USER"], pg["PASSWORD"], pg["HOST"], pg["PORT"], pg["NAME"]) == (
        "kc", "p@ss", "db.local", "5433", "kota")  # fmt: skip
    assert pg["OPTIONS"] == {"sslmode": "require"}


@pytest.mark.parametrize(
    "url", ["mysql://x/y", "postgres://host/", "sqlite://", "postgres://h:port/x"]
)
def test_it_refuses_database_urls_it_cannot_use(url):
    with pytest.raises(ImproperlyConfiguredError, match="DATABASE_URL"):
        parse_database_url(url, base_dir=Path("/"))
