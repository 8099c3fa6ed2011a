"""The public navigation bar: one line per section.

A later issue adds its section by appending one ``Link`` (the URL name must exist), e.g.
``Link(_("Peta"), "portal:map")``. Only pages that exist are linked.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Link:
    label: str | Promise
    url_name: str


PUBLIC_NAV: list[Link] = [
    Link(_("Beranda"), "portal:home"),
    Link(_("Kalkulator"), "kalkulator"),
]
