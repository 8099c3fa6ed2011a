/* Polygon editor for a slum location: draw on the kelurahan boundary, no tile server needed.
 *
 * Markup: <div data-polygon-editor data-target="ID of the GeoJSON textarea"
 *              data-boundary-url="/api/v1/regions/{code}/boundary" data-kelurahan-select="ID">
 * Click (or tap) the map to add corners; "Selesai" closes the polygon and writes its GeoJSON into
 * the textarea, which stays the accessible way to paste or correct a polygon by hand.
 */
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }

  function setup(box) {
    var textarea = document.getElementById(box.dataset.target);
    var select = document.getElementById(box.dataset.kelurahanSelect);
    var mapEl = box.querySelector(".polygon-map");
    var map = L.map(mapEl, { attributionControl: false, zoomSnap: 0.25 }).setView([-10.17, 123.6], 12);
    var boundary = L.geoJSON(null, { style: { color: "#555", weight: 2, fillOpacity: 0.05 } }).addTo(map);
    var shape = L.geoJSON(null, { style: { color: "#b8491c", weight: 3, fillOpacity: 0.25 } }).addTo(map);
    var corners = [];
    var draft = L.polyline([], { color: "#b8491c", dashArray: "4 4" }).addTo(map);
    var status = box.querySelector(".polygon-status");

    function say(text) { if (status) status.textContent = text; }

    function showExisting() {
      shape.clearLayers();
      if (!textarea.value.trim()) return;
      try {
        shape.addData(JSON.parse(textarea.value));
        map.fitBounds(shape.getBounds(), { padding: [20, 20] });
      } catch (e) {
        say(box.dataset.msgBadJson || "GeoJSON tidak dapat dibaca.");
      }
    }

    function loadBoundary() {
      boundary.clearLayers();
      if (!select || !select.value) return;
      var url = box.dataset.boundaryUrl.replace("{code}", encodeURIComponent(select.value));
      fetch(url, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data || !data.geometry) { say(box.dataset.msgNoBoundary || ""); return; }
          boundary.addData(data);
          if (!shape.getLayers().length) map.fitBounds(boundary.getBounds(), { padding: [20, 20] });
        });
    }

    map.on("click", function (e) {
      corners.push([e.latlng.lng, e.latlng.lat]);
      draft.setLatLngs(corners.map(function (c) { return [c[1], c[0]]; }));
      say(corners.length + " " + (box.dataset.msgCorners || "titik"));
    });

    box.querySelector("[data-action=finish]").addEventListener("click", function () {
      if (corners.length < 3) { say(box.dataset.msgTooFew || "Minimal 3 titik."); return; }
      var ring = corners.concat([corners[0]]);
      textarea.value = JSON.stringify({ type: "Polygon", coordinates: [ring] });
      corners = [];
      draft.setLatLngs([]);
      showExisting();
      say(box.dataset.msgDone || "");
    });
    box.querySelector("[data-action=clear]").addEventListener("click", function () {
      corners = [];
      draft.setLatLngs([]);
      textarea.value = "";
      shape.clearLayers();
      say("");
    });
    textarea.addEventListener("change", showExisting);
    if (select) select.addEventListener("change", loadBoundary);
    showExisting();
    loadBoundary();
  }

  ready(function () {
    document.querySelectorAll("[data-polygon-editor]").forEach(setup);
  });
})();
