from django.urls import path

from kotacerdas.slums import public_views

urlpatterns = [
    path("kalkulator/", public_views.calculator, name="kalkulator"),
]
