"""Public slum pages: the kalkulator kekumuhan."""

from __future__ import annotations

from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from kotacerdas.lib.numbers import NumberError, parse_number
from kotacerdas.slums import scoring


def _read(post) -> tuple[dict, dict, dict, list[str]]:
    """Base quantities, volumes, per-field errors and notes from a submitted form."""
    base, volumes, errors, notes = {}, {}, {}, []
    names = [(f, f, base) for f in scoring.BASE_FIELDS] + [
        (f"v{c.code}", c.code, volumes) for c in scoring.CRITERIA
    ]
    for field, key, target in names:
        text = (post.get(field) or "").strip()
        if not text:
            errors[field] = "Wajib diisi / Required"
            continue
        try:
            parsed = parse_number(text)
        except NumberError as exc:
            errors[field] = str(exc)
            continue
        if parsed.was_comma:
            notes.append(field)
        target[key] = parsed.value
    return base, volumes, errors, notes


@require_http_methods(["GET", "POST"])
def calculator(request):
    """The calculator: a plain form that works without JavaScript; htmx updates results live."""
    context = {"criteria": scoring.CRITERIA, "aspects": scoring.ASPECTS, "values": {}}
    if request.method == "POST":
        base, volumes, errors, notes = _read(request.POST)
        context["values"] = request.POST
        if not errors:
            try:
                context["result"] = scoring.score(base, volumes)
            except scoring.ScoringError as exc:
                for e in exc.errors:
                    key = e.field.split(".")[-1]
                    field = key if key in scoring.BASE_FIELDS else f"v{key}"
                    errors[field] = f"{e.message_id} / {e.message_en}"
        context["errors"] = errors
        context["comma_notes"] = notes
    partial = request.headers.get("HX-Request") == "true"
    template = "slums/calculator_result.html" if partial else "slums/calculator.html"
    return render(request, template, context)
