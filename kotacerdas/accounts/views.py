"""Back-office entry: login with throttling, logout (POST only), and the dashboard."""

import ipaddress

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from kotacerdas.accounts import navigation, services


def client_ip(request) -> str | None:
    """The client's address. Behind the TLS proxy (``BEHIND_TLS_PROXY``) it is the last address
    in X-Forwarded-For, the one our proxy appended; a client cannot forge that one."""
    candidate = request.META.get("REMOTE_ADDR", "")
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded.strip():
            candidate = forwarded.split(",")[-1].strip()
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None


class LoginView(auth_views.LoginView):
    """Django's login, refused while the username or the address is locked out.

    The refusal is the same for existing and unknown usernames and no password is checked while
    locked, so the lock reveals nothing about accounts or passwords.
    """

    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "")
        if services.login_is_locked(username=username, ip=client_ip(request)):
            return self.locked(username)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        typed = form.cleaned_data.get("username", "")
        for username in {typed, form.get_user().get_username()}:
            services.login_failures_clear(username=username)
        return super().form_valid(form)

    def form_invalid(self, form):
        username = self.request.POST.get("username", "")
        password = self.request.POST.get("password", "")
        if username and password:  # a real guess, not an empty form
            ip = client_ip(self.request)
            services.login_failure_record(username=username, ip=ip)
            if services.login_is_locked(username=username, ip=ip):
                return self.locked(username)
        return super().form_invalid(form)

    def locked(self, username: str):
        """The login page with the lockout message and an unbound form: binding the form would
        run authentication, and no password is checked while locked."""
        form = self.get_form_class()(self.request, initial={"username": username})
        message = _(
            "Terlalu banyak percobaan masuk yang gagal. Demi keamanan, coba lagi setelah "
            "%(minutes)d menit."
        ) % {"minutes": settings.LOGIN_LOCKOUT_MINUTES}
        context = self.get_context_data(form=form, locked_message=message)
        return self.render_to_response(context, status=429)


login_view = LoginView.as_view()
# Django's LogoutView accepts POST only: a link or an image cannot log anyone out.
logout_view = auth_views.LogoutView.as_view()


@require_GET
@login_required
def dashboard(request):
    return render(request, "accounts/dashboard.html", {"scopes": navigation.scopes(request.user)})
