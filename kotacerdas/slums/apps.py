from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SlumsConfig(AppConfig):
    name = "kotacerdas.slums"
    verbose_name = _("Permukiman kumuh (KOTAKU)")
