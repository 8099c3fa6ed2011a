"""Tags for the page shell (``templates/base.html``): the configured city, the public navigation,
the brand logo and region names."""

from django import template
from django.templatetags.static import static
from django.urls import reverse

from kotacerdas.portal import queries
from kotacerdas.portal.navigation import PUBLIC_NAV

register = template.Library()


@register.simple_tag(takes_context=True)
def configured_city(context):
    """``{% configured_city as city %}``: the region of CITY_CODE (loaded once per request)."""
    return queries.configured_city(context.get("request"))


@register.simple_tag(takes_context=True)
def public_nav(context):
    """``{% public_nav as links %}``: ``{label, url, current}`` for each public section."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    current = match.view_name if match else None
    return [
        {"label": link.label, "url": reverse(link.url_name), "current": link.url_name == current}
        for link in PUBLIC_NAV
    ]


@register.filter
def asset_url(value: str) -> str:
    """A logo setting as a URL: absolute URLs and paths stay, anything else is a static path."""
    if not value:
        return ""
    if value.startswith(("https://", "http://", "/")):
        return value
    return static(value)


@register.filter
def region_name(region) -> str:
    """``Kecamatan Kelapa Lima``; ``Kota Kupang`` stays as it is."""
    return queries.display_name(region) if region is not None else ""
