"""Back-office entry: login with throttling, logout, and the dashboard shell."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from kotacerdas.accounts.models import Membership


def login_view(request):
    return auth_views.LoginView.as_view(template_name="accounts/login.html")(request)


def logout_view(request):
    return auth_views.LogoutView.as_view()(request)


@login_required
def dashboard(request):
    memberships = Membership.objects.filter(user=request.user).select_related("region")
    return render(request, "accounts/dashboard.html", {"memberships": memberships})
