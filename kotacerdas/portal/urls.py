from django.urls import path

from kotacerdas.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("wilayah/<str:kode>/", views.region_page, name="region"),
    path("branding.css", views.branding_css, name="branding-css"),
]
