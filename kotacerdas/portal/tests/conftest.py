"""Portal test fixtures: compiled English catalogue, and a region tree with boundaries."""

import pytest

from kotacerdas.portal import translations


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """Compile a missing or stale ``.mo`` (``make`` normally does) and make Django reload it."""
    from django.conf import settings

    translations.compile_stale(settings.LOCALE_PATHS)
    translations.reset_translation_cache()
