"""Demo users, one per persona of DESIGN §3. Passwords are for the demo only and printed."""

from django.db import transaction

from kotacerdas.accounts.models import Membership, User

DEMO_PASSWORD = "demo-kotacerdas"  # noqa: S105 — demo only; load-demo prints it

# username, full name, organisation, role, region code, what the persona is for
PERSONAS = [
    ("operator.oesapabarat", "Maria Ndun", "Kelurahan Oesapa Barat", "operator", "53.71.03.1014",
     "operator kelurahan Oesapa Barat"),
    ("operator.fatubesi", "Yohanes Bria", "Kelurahan Fatubesi", "operator", "53.71.06.1008",
     "operator kelurahan lain (Fatubesi)"),
    ("operator.perkim.kupang", "Dinas Perkim", "Dinas Perumahan dan Kawasan Permukiman Kota Kupang",
     "operator", "53.71", "operator OPD tingkat kota"),
    ("pokja.kupang", "Agustina Lay", "Pokja PKP Kota Kupang", "verifier", "53.71",
     "verifikator Pokja PKP Kota Kupang"),
    ("admin.kupang", "Admin Diskominfo", "Dinas Kominfo Kota Kupang", "admin", "53.71",
     "admin kota Kupang"),
    ("viewer.ntt", "Peninjau Provinsi", "Dinas PUPR Provinsi NTT", "viewer", "53",
     "peninjau provinsi NTT"),
    ("operator.kuala", "Rina Tjhai", "Kelurahan Kuala", "operator", "61.72.02.1004",
     "operator kelurahan Kuala, Singkawang"),
    ("operator.perkim.singkawang", "Disperkimta", "Disperkimta Kota Singkawang", "operator",
     "61.72", "operator OPD Kota Singkawang"),
    ("pokja.singkawang", "Hendra Lim", "Pokja PKP Kota Singkawang", "verifier", "61.72",
     "verifikator Pokja PKP Kota Singkawang"),
]  # fmt: skip


@transaction.atomic
def demo_personas_load() -> list[tuple[str, str]]:
    """Create or refresh the demo users; returns ``(username, description)`` pairs."""
    loaded = []
    for username, full_name, organisation, role, region, description in PERSONAS:
        first, _, last = full_name.partition(" ")
        user, _created = User.objects.update_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "organisation": organisation},
        )
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        Membership.objects.get_or_create(user=user, region_id=region, role=role)
        loaded.append((username, description))
    return loaded
