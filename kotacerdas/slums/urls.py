from django.urls import path

from kotacerdas.slums import views

app_name = "slums"
urlpatterns = [
    path("", views.area_list, name="areas"),
    path("antrean/", views.review_queue, name="queue"),
    path("lokasi/baru/", views.area_edit, name="area-create"),
    path("lokasi/<str:kode>/", views.area_detail, name="area"),
    path("lokasi/<str:kode>/ubah/", views.area_edit, name="area-edit"),
    path("lokasi/<str:kode>/penilaian/baru/", views.assessment_edit, name="assessment-create"),
    path("penilaian/<int:pk>/", views.assessment_detail, name="assessment"),
    path("penilaian/<int:pk>/ubah/", views.assessment_edit, name="assessment-edit"),
    path("sk/", views.decree_list, name="decrees"),
    path("sk/baru/", views.decree_edit, name="decree-create"),
    path("sk/<int:pk>/", views.decree_detail, name="decree"),
    path("sk/<int:pk>/ubah/", views.decree_edit, name="decree-edit"),
    path("<str:kind>/<str:key>/aksi/", views.review_action, name="review-action"),
]
