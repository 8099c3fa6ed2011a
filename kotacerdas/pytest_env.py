"""A pytest plugin (``-p kotacerdas.pytest_env``) that prepares the environment before Django
settings load: the suite runs with production-like settings (DEBUG off) and a throwaway key.

DATABASE_URL is left alone, so ``DATABASE_URL=postgres://... make test`` runs on PostgreSQL.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-0123456789")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECURE_COOKIES", "0")  # the browser tests talk plain HTTP to 127.0.0.1
os.environ.setdefault("DATABASE_CONN_MAX_AGE", "0")  # no pooled connection outlives a test thread
os.environ.setdefault("STATIC_MANIFEST", "0")  # no collectstatic needed to run the suite
os.environ["KOTACERDAS_ENV_FILE"] = os.devnull  # a developer's .env never leaks into the tests
