from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SlumsConfig(AppConfig):
    name = "kotacerdas.slums"
    verbose_name = _("Permukiman kumuh (KOTAKU)")

    def ready(self):
        from kotacerdas.accounts import navigation
        from kotacerdas.accounts.models import Role

        staff = {Role.OPERATOR, Role.VERIFIER, Role.VIEWER, Role.ADMIN}
        navigation.register(_("Lokasi kumuh"), "slums:areas", roles=staff, order=20)
        navigation.register(_("SK kumuh"), "slums:decrees", roles=staff, order=30)
        navigation.register(
            _("Antrean verifikasi"), "slums:queue", roles={Role.VERIFIER, Role.OPERATOR}, order=10
        )
