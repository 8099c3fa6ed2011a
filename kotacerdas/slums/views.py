"""Back-office screens of the slum registry: thin views over access helpers and services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kotacerdas.accounts import access
from kotacerdas.review.errors import BilingualError, NotAllowed, StaleEdit
from kotacerdas.review.models import ReviewState
from kotacerdas.review.services import (
    changes_of,
    history_of,
    review_transition,
    reviewable_create,
    reviewable_update,
)
from kotacerdas.slums import access as slum_access
from kotacerdas.slums import scoring
from kotacerdas.slums.forms import AssessmentForm, ReviewActionForm, SlumAreaForm, SlumDecreeForm
from kotacerdas.slums.models import Assessment, SlumArea, SlumDecree
from kotacerdas.slums.services import area_create, assessment_create, assessment_update

PAGE_SIZE = 50


def _error_text(error: BilingualError) -> str:
    return error.message(get_language() or "id")


def _state_filter(request, queryset):
    state = request.GET.get("status")
    if state in ReviewState.values:
        queryset = queryset.filter(review_state=state)
    return queryset, state


@login_required
def area_list(request):
    queryset = SlumArea.objects.for_list().in_scope(request.user, access.READ_ROLES)
    queryset, state = _state_filter(request, queryset)
    query = (request.GET.get("q") or "").strip()
    if query:
        queryset = queryset.filter(Q(name__icontains=query) | Q(kode_lokasi__icontains=query))
    page = Paginator(queryset.order_by("kode_lokasi"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "slums/backoffice/area_list.html",
        {"page": page, "state": state, "q": query, "states": ReviewState.choices},
    )


def _save(request, *, create, update, existing):
    """Run ``create()`` or ``update(expected_version)``; report refusals as page messages.

    Returns ``(saved, stale)``: the saved record (None when refused) and, for a stale edit, the
    fields someone else changed meanwhile, for the form to show.
    """
    try:
        if existing is None:
            return create(), None
        return update(int(request.POST.get("version") or 0)), None
    except StaleEdit as exc:
        messages.error(request, _error_text(exc))
        return None, exc.details.get("changed", {})
    except BilingualError as exc:
        messages.error(request, _error_text(exc))
        return None, None


def _locked_redirect(request, name, **kwargs):
    messages.error(request, _("Data terkunci. Buka kunci dengan alasan sebelum mengubahnya."))
    return redirect(name, **kwargs)


def _review_context(user, obj, kind: str) -> dict:
    """What the review panel of a record needs: the actions this user may take, and history."""
    from kotacerdas.review import machine

    code = obj.review_region_code()
    can_write, can_review = access.can_write(user, code), access.can_review(user, code)
    actions = [
        name
        for name in obj.possible_actions()
        if (can_write if machine.ACTIONS[name].side == machine.OPERATOR_SIDE else can_review)
    ]
    return {
        "obj": obj,
        "kind": kind,
        "can_write": can_write,
        "can_review": can_review,
        "actions": actions,
        "history": list(history_of(obj)),
        "changes": list(changes_of(obj)),
    }


@login_required
def area_detail(request, kode):
    area = slum_access.area_for_read(request.user, kode)
    assessments = area.assessments.visible_to(request.user).order_by("-date", "-pk")
    return render(
        request,
        "slums/backoffice/area_detail.html",
        {
            "area": area,
            "assessments": assessments,
            **_review_context(request.user, area, "lokasi"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def area_edit(request, kode=None):
    area = slum_access.area_for_write(request.user, kode) if kode else None
    if area is not None and not area.is_editable:
        return _locked_redirect(request, "slums:area", kode=area.kode_lokasi)
    form = SlumAreaForm(
        request.POST or None, request.FILES or None, instance=area, user=request.user
    )
    stale = None
    if request.method == "POST" and form.is_valid():
        saved, stale = _save(
            request,
            existing=area,
            create=lambda: area_create(actor=request.user, values=form.values()),
            update=lambda version: reviewable_update(
                obj=area, actor=request.user, expected_version=version, values=form.values()
            ),
        )
        if saved is not None:
            area = saved
            for warning in form.warnings:
                messages.warning(request, warning)
            messages.success(request, _("Lokasi disimpan sebagai draf."))
            return redirect("slums:area", kode=area.kode_lokasi)
    return render(
        request,
        "slums/backoffice/area_form.html",
        {"form": form, "area": area, "stale": stale, "warnings": form.warnings},
    )


@login_required
def assessment_detail(request, pk):
    assessment = slum_access.assessment_for_read(request.user, pk)
    return render(
        request,
        "slums/backoffice/assessment_detail.html",
        {
            "assessment": assessment,
            "criteria": scoring.CRITERIA,
            "aspects": scoring.ASPECTS,
            "results": {c["code"]: c for c in assessment.criteria_results},
            **_review_context(request.user, assessment, "penilaian"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def assessment_edit(request, kode=None, pk=None):
    if pk is not None:
        assessment = slum_access.assessment_for_write(request.user, pk)
        area = assessment.area
        if not assessment.is_editable:
            messages.error(
                request, _("Data terkunci. Buka kunci dengan alasan sebelum mengubahnya.")
            )
            return redirect("slums:assessment", pk=pk)
    else:
        assessment = None
        area = slum_access.area_for_write(request.user, kode)
    form = AssessmentForm(request.POST or None, instance=assessment)
    stale = None
    preview = request.headers.get("HX-Request") == "true"
    if preview:
        # live scores while typing: validate and score only, never save
        form.is_valid()
        return render(
            request,
            "slums/backoffice/_assessment_preview.html",
            {"form": form, "result": getattr(form, "result", None)},
        )
    if request.method == "POST" and form.is_valid():
        saved, stale = _save(
            request,
            existing=assessment,
            create=lambda: assessment_create(
                actor=request.user, values={"area": area, **form.values()}
            ),
            update=lambda version: assessment_update(
                assessment=assessment,
                actor=request.user,
                expected_version=version,
                values=form.values(),
            ),
        )
        if saved is not None:
            assessment = saved
            messages.success(request, _("Penilaian disimpan sebagai draf."))
            return redirect("slums:assessment", pk=assessment.pk)
    return render(
        request,
        "slums/backoffice/assessment_form.html",
        {
            "form": form,
            "area": area,
            "assessment": assessment,
            "aspects": scoring.ASPECTS,
            "criteria": scoring.CRITERIA,
            "result": getattr(form, "result", None),
            "stale": stale,
        },
    )


@login_required
def decree_list(request):
    queryset = SlumDecree.objects.select_related("city").in_scope(request.user, access.READ_ROLES)
    return render(request, "slums/backoffice/decree_list.html", {"decrees": queryset})


@login_required
def decree_detail(request, pk):
    decree = slum_access.decree_for_read(request.user, pk)
    areas = decree.areas.visible_to(request.user).select_related("kelurahan")
    return render(
        request,
        "slums/backoffice/decree_detail.html",
        {
            "decree": decree,
            "areas": areas.defer("polygon", "kelurahan__boundary"),
            **_review_context(request.user, decree, "sk"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def decree_edit(request, pk=None):
    decree = slum_access.decree_for_write(request.user, pk) if pk else None
    if decree is not None and not decree.is_editable:
        return _locked_redirect(request, "slums:decree", pk=decree.pk)
    form = SlumDecreeForm(
        request.POST or None, request.FILES or None, instance=decree, user=request.user
    )
    stale = None
    if request.method == "POST" and form.is_valid():
        saved, stale = _save(
            request,
            existing=decree,
            create=lambda: reviewable_create(
                model=SlumDecree, actor=request.user, values=form.values()
            ),
            update=lambda version: reviewable_update(
                obj=decree, actor=request.user, expected_version=version, values=form.values()
            ),
        )
        if saved is not None:
            decree = saved
            messages.success(request, _("SK disimpan sebagai draf."))
            return redirect("slums:decree", pk=decree.pk)
    return render(
        request,
        "slums/backoffice/decree_form.html",
        {"form": form, "decree": decree, "stale": stale},
    )


@login_required
def review_queue(request):
    """Submitted records in the verifier's scope, oldest first."""
    roles = access.REVIEW_ROLES
    submitted = ReviewState.SUBMITTED
    context = {
        "decrees": SlumDecree.objects.select_related("city").in_scope(request.user, roles)
        .filter(review_state=submitted),
        "areas": SlumArea.objects.for_list().in_scope(request.user, roles)
        .filter(review_state=submitted),
        "assessments": Assessment.objects.for_list().in_scope(request.user, roles)
        .filter(review_state=submitted),
        "returned_areas": SlumArea.objects.for_list().in_scope(request.user, access.WRITE_ROLES)
        .filter(review_state=ReviewState.RETURNED),
        "returned_assessments": Assessment.objects.for_list()
        .in_scope(request.user, access.WRITE_ROLES)
        .filter(review_state=ReviewState.RETURNED),
    }  # fmt: skip
    return render(request, "slums/backoffice/queue.html", context)


KINDS = {
    "lokasi": (slum_access.area_for_read, lambda o: ("slums:area", {"kode": o.kode_lokasi})),
    "penilaian": (slum_access.assessment_for_read, lambda o: ("slums:assessment", {"pk": o.pk})),
    "sk": (slum_access.decree_for_read, lambda o: ("slums:decree", {"pk": o.pk})),
}


@login_required
@require_POST
def review_action(request, kind, key):
    if kind not in KINDS:
        raise Http404
    loader, target = KINDS[kind]
    obj = loader(request.user, key if kind == "lokasi" else int(key))
    form = ReviewActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Permintaan tidak valid."))
    elif form.cleaned_data["version"] != obj.version:
        messages.error(
            request, _("Data ini telah berubah sejak halaman dibuka. Periksa lalu ulangi.")
        )
    else:
        try:
            review_transition(
                obj=obj,
                actor=request.user,
                action=form.cleaned_data["action"],
                reason=form.cleaned_data["reason"],
            )
        except NotAllowed:
            raise PermissionDenied from None
        except BilingualError as exc:
            messages.error(request, _error_text(exc))
        else:
            messages.success(request, _("Status diperbarui."))
    name, kwargs = target(obj)
    return redirect(name, **kwargs)
