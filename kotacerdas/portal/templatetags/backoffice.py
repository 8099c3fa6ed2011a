"""Tags for the back-office shell (``templates/backoffice/base.html``).

They live here because the portal app owns the shared page shell; the data comes from
``kotacerdas.accounts.navigation``.
"""

from django import template

from kotacerdas.accounts import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def backoffice_nav(context):
    """``{% backoffice_nav as nav %}``: the entries the user's memberships allow."""
    request = context.get("request")
    if request is None:
        return []
    return navigation.items(request.user, current_path=request.path)


@register.simple_tag(takes_context=True)
def backoffice_scopes(context):
    """``{% backoffice_scopes as scopes %}``: (role, region) of each of the user's memberships."""
    request = context.get("request")
    if request is None:
        return []
    return navigation.scopes(request.user)
