"""Kota Cerdas settings: one file, every value from the environment (see .env.example).

Readers in ``kotacerdas.lib.env`` fail loudly on bad values. A ``.env`` file in the working
directory (or the file named by ``KOTACERDAS_ENV_FILE``) is read first; real environment variables
win over it.
"""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

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
from kotacerdas.lib.timezones import zone_for_region_code

BASE_DIR = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent

load_env_file(Path(os.environ.get("KOTACERDAS_ENV_FILE", Path.cwd() / ".env")))

DEBUG = env_bool("DEBUG", False)

# A secret key is required outside DEBUG; in DEBUG a fixed, clearly insecure key is used.
SECRET_KEY = env_str("SECRET_KEY", "insecure-dev-key-only-for-debug" if DEBUG else None)
if not DEBUG and (len(SECRET_KEY) < 32 or SECRET_KEY.startswith("insecure")):
    raise ImproperlyConfiguredError("SECRET_KEY must be at least 32 random characters.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# --- The city this installation presents on its public home page -------------------------------
CITY_CODE = env_str("CITY_CODE", "53.71")  # kode wilayah of the configured city (53.71 Kota Kupang)
SITE_NAME = env_str("SITE_NAME", "Kota Cerdas")
BRAND_PRIMARY_COLOR = env_str("BRAND_PRIMARY_COLOR", "#0b5c8c")
BRAND_ACCENT_COLOR = env_str("BRAND_ACCENT_COLOR", "#b8491c")
BRAND_LOGO = env_str("BRAND_LOGO", "")  # URL or static path of the city logo; empty = text only
for _name, _value in (
    ("BRAND_PRIMARY_COLOR", BRAND_PRIMARY_COLOR),
    ("BRAND_ACCENT_COLOR", BRAND_ACCENT_COLOR),
):
    if not (
        len(_value) == 7
        and _value.startswith("#")
        and all(c in "0123456789abcdefABCDEF" for c in _value[1:])
    ):
        raise ImproperlyConfiguredError(f"{_name}={_value!r} must be a colour like #0b5c8c.")

# --- Apps --------------------------------------------------------------------------------------
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "ninja",
    "kotacerdas.accounts",
    "kotacerdas.regions",
    "kotacerdas.review",
    "kotacerdas.slums",
    "kotacerdas.portal",
    "kotacerdas.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Indonesian unless the visitor chose English with the switch (not the browser's setting:
    # many phones in Indonesia are set to English)
    "kotacerdas.portal.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "kotacerdas.middleware.RegionTimeZoneMiddleware",
]

ROOT_URLCONF = "kotacerdas.urls"
WSGI_APPLICATION = "kotacerdas.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kotacerdas.context_processors.site",
            ],
        },
    },
]

# --- Database: SQLite by default, PostgreSQL through DATABASE_URL ------------------------------
DATABASES = {
    "default": parse_database_url(
        env_str("DATABASE_URL", "sqlite:///db.sqlite3"), base_dir=Path.cwd()
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL lets public readers continue while an operator writes; IMMEDIATE avoids lock upgrades
    # failing half-way through a write transaction.
    DATABASES["default"]["OPTIONS"].update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60, minimum=0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts ----------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:dashboard"
LOGOUT_REDIRECT_URL = "portal:home"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Repeated failed logins for one username or one address lock it for LOGIN_LOCKOUT_MINUTES.
LOGIN_MAX_FAILURES = env_int("LOGIN_MAX_FAILURES", 5, minimum=1)
LOGIN_LOCKOUT_MINUTES = env_int("LOGIN_LOCKOUT_MINUTES", 15, minimum=1)
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600, minimum=300)
ADMIN_URL = env_str("ADMIN_URL", "admin/").strip("/") + "/"

# --- Language and time -------------------------------------------------------------------------
LANGUAGE_CODE = env_choice("LANGUAGE_CODE", "id", {"id", "en"})
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True  # stored in UTC; shown in the zone of the region being looked at
TIME_ZONE = env_str("TIME_ZONE", zone_for_region_code(CITY_CODE))
USE_THOUSAND_SEPARATOR = False  # numbers are formatted explicitly by kotacerdas.lib.formats

# --- Static and media --------------------------------------------------------------------------
STATIC_URL = "static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]  # the project's own CSS and vendored assets
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STATIC_MANIFEST = env_bool("STATIC_MANIFEST", not DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # hashed, pre-compressed names in production (needs collectstatic); plain names otherwise
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not STATIC_MANIFEST  # serve from the apps when not collected

# --- Security ----------------------------------------------------------------------------------
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY", False) else None
)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0, minimum=0)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Logging: to stderr, for journald or the container log ---------------------------------------
LOG_LEVEL = env_choice("LOG_LEVEL", "INFO", {"DEBUG", "INFO", "WARNING", "ERROR"})
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
}
