"""Public slum pages: the kalkulator kekumuhan."""

from __future__ import annotations

from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from kotacerdas.lib.numbers import NumberError, parse_number
from kotacerdas.slums import scoring


def _read(post) -> tuple[dict, dict, list[str]]:
    """Base quantities, volumes and the fields read with a decimal comma, from a form.

    Empty fields are left out and unreadable text is passed on as typed, so that the scoring
    module reports every problem at once, each naming its field.
    """
    base, volumes, notes = {}, {}, []
    names = [(f, f, base) for f in scoring.BASE_FIELDS] + [
        (f"v{c.code}", c.code, volumes) for c in scoring.CRITERIA
    ]
    for field, key, target in names:
        text = (post.get(field) or "").strip()
        if not text:
            continue
        try:
            parsed = parse_number(text)
        except NumberError:
            target[key] = text
            continue
        if parsed.was_comma:
            notes.append(field)
        target[key] = parsed.value
    return base, volumes, notes


@require_http_methods(["GET", "POST"])
def calculator(request):
    """The calculator: a plain form that works without JavaScript; htmx updates results live."""
    context = {"criteria": scoring.CRITERIA, "aspects": scoring.ASPECTS, "values": {}}
    if request.method == "POST":
        base, volumes, notes = _read(request.POST)
        errors = {}
        context["values"] = request.POST
        try:
            context["result"] = scoring.score(base, volumes)
        except scoring.ScoringError as exc:
            for e in exc.errors:
                key = e.field.split(".")[-1]
                field = key if key in scoring.BASE_FIELDS else f"v{key}"
                errors.setdefault(field, f"{e.message_id} / {e.message_en}")
        partial = request.headers.get("HX-Request") == "true"
        if partial:
            # while the citizen is still typing, say nothing about fields not yet filled in
            empty = {name for name in errors if not (request.POST.get(name) or "").strip()}
            errors = {name: message for name, message in errors.items() if name not in empty}
            context["incomplete"] = bool(empty)
        context["errors"] = errors
        context["comma_notes"] = notes
    partial = request.headers.get("HX-Request") == "true"
    template = "slums/calculator_result.html" if partial else "slums/calculator.html"
    return render(request, template, context)
