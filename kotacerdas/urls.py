from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from kotacerdas.api.v1 import api as api_v1

urlpatterns = [
    path("", include("kotacerdas.portal.urls")),
    path("", include("kotacerdas.slums.public_urls")),
    path("kelola/kumuh/", include("kotacerdas.slums.urls")),
    path("kelola/", include("kotacerdas.accounts.urls")),
    path("api/v1/", api_v1.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path(settings.ADMIN_URL, admin.site.urls),
]
