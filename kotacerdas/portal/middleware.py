"""Language selection: Indonesian unless the visitor chose another language with the switch."""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LanguageMiddleware:
    """Activate the language from the switch's cookie, else ``settings.LANGUAGE_CODE``.

    A drop-in for Django's LocaleMiddleware (same place in MIDDLEWARE) that ignores the browser's
    Accept-Language: many phones in Indonesia are set to English, and the portal is Indonesian
    first. The choice made with the switch (``/i18n/setlang/``, a cookie) always wins.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        code = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(code)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response
