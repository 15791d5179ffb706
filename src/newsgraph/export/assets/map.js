/* newsgraph map page: events as points at their place on an offline world map (Leaflet, no tiles).
 *
 * Country outlines come from the inlined world-atlas TopoJSON (#ng-world). Points closer than
 * CELL pixels at the current zoom are drawn as one cluster with a count; a click on a cluster
 * zooms in, or, when its events share one place, lists them in the side panel. A click on an
 * event opens the shared panel (assets/panel.js) with its reports and evidence. The time slider
 * keeps the events that started on or before its day (its last step: all, undated included).
 * An event known only by its country (p.approx) is a hollow dashed circle at a point inside it.
 * All text reaches the page through textContent. window.ngMap exposes the map for tests:
 * ngMap.position(id) is where the point (or the cluster) of an event is drawn. */
(function () {
  "use strict";
  var body = document.body;
  var data = window.NGPanel.hydrate(JSON.parse(document.getElementById("ng-data").textContent));
  var world = JSON.parse(document.getElementById("ng-world").textContent);
  var NG = window.NGPanel;
  var names = new NG.Names(data.records, data.words, data.language, data.ui);
  var ui = names.ui();
  var CELL = 36;

  var map = L.map("ng-map", { worldCopyJump: false, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(ui.map_outline || "Natural Earth");
  /* rings that cross the antimeridian (Russia, Fiji) would be drawn across the whole map on a flat
   * projection: their western points move east by 360 degrees. Antarctica is left out. */
  function unwrap(ring) {
    var jumps = ring.some(function (c, i) { return i && Math.abs(c[0] - ring[i - 1][0]) > 180; });
    return jumps ? ring.map(function (c) { return c[0] < 0 ? [c[0] + 360, c[1]] : c; }) : ring;
  }
  var countries = topojson.feature(world, world.objects.countries);
  countries.features = countries.features.filter(function (f) { return f.id !== "010"; });
  countries.features.forEach(function (f) {
    var g = f.geometry;
    if (g && g.type === "Polygon") { g.coordinates = g.coordinates.map(unwrap); }
    if (g && g.type === "MultiPolygon") { g.coordinates = g.coordinates.map(function (p) { return p.map(unwrap); }); }
  });
  L.geoJSON(countries, {
    style: { color: "#8c8c8c", weight: 0.7, fillColor: "#f7f4ee", fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  if (data.points.length) {
    map.fitBounds(L.latLngBounds(data.points.map(function (p) { return [p.lat, p.lon]; })).pad(0.3), { maxZoom: 6 });
  } else {
    map.setView([20, 10], 2);
  }

  var panel = new NG.Panel(data.records, ui, function () {}, data.articles > 1, names);
  var layer = L.layerGroup().addTo(map);
  var drawnAt = {};
  var slider = document.getElementById("ng-time");
  var label = document.getElementById("ng-time-label");

  function visiblePoints() {
    var step = Number(slider.value);
    if (!data.days.length || step >= data.days.length) { return data.points; }
    var until = data.days[step];
    return data.points.filter(function (p) { return p.start && p.start <= until; });
  }

  function listEvents(ids) {
    var first = data.records[ids[0]];
    panel.list(first && first.place ? names.name(first.place) : "", NG.fill(ui.map_cluster || "{n}", { n: ids.length }),
      ids, function (id) {
        return names.labelNode("button", id, true, { type: "button", dir: "auto", "data-ng-id": id });
      });
  }

  function draw() {
    layer.clearLayers();
    drawnAt = {};
    var points = visiblePoints();
    var cells = {};
    var order = [];
    points.forEach(function (p) {
      var at = map.latLngToLayerPoint([p.lat, p.lon]);
      var key = Math.floor(at.x / CELL) + ":" + Math.floor(at.y / CELL);
      if (!cells[key]) { cells[key] = []; order.push(key); }
      cells[key].push(p);
    });
    order.forEach(function (key) {
      var group = cells[key];
      var lat = 0;
      var lon = 0;
      group.forEach(function (p) { lat += p.lat / group.length; lon += p.lon / group.length; });
      group.forEach(function (p) { drawnAt[p.id] = [lat, lon]; });
      if (group.length === 1) {
        var p = group[0];
        var colour = data.colours[p.event_type] || "#888";
        // an event known only by its country sits at a point inside it: hollow, dashed, and said so
        var marker = L.circleMarker([p.lat, p.lon], p.approx ? {
          radius: 8, color: colour, weight: 3, dashArray: "3 3", fillColor: "#ffffff", fillOpacity: 0.85,
        } : {
          radius: 7, color: "#333", weight: 1, fillColor: colour, fillOpacity: 0.9,
        });
        // an element, not a string: Leaflet would set a string as HTML
        var tip = names.labelNode("span", p.id, true, { dir: "auto" });
        if (p.approx) {
          tip.appendChild(NG.el("br"));
          tip.appendChild(NG.el("em", NG.fill(ui.map_in_country || "{place}", { place: names.name(p.place) })));
        }
        marker.bindTooltip(tip, { direction: "top" });
        marker.on("click", function () { panel.show(p.id); });
        marker.addTo(layer);
        return;
      }
      var size = Math.min(44, 22 + 4 * Math.log(group.length));
      var box = NG.el("div", String(group.length), { "class": "ng-cluster", style: "width:" + size + "px;height:" + size + "px" });
      var icon = L.divIcon({ html: box, className: "", iconSize: [size, size] });
      var cluster = L.marker([lat, lon], { icon: icon, keyboard: true, title: NG.fill(ui.map_cluster || "{n}", { n: group.length }) });
      cluster.on("click", function () {
        var bounds = L.latLngBounds(group.map(function (q) { return [q.lat, q.lon]; }));
        var samePlace = group.every(function (q) { return q.lat === group[0].lat && q.lon === group[0].lon; });
        if (samePlace || map.getZoom() >= map.getMaxZoom()) {
          listEvents(group.map(function (q) { return q.id; }));
        } else {
          map.fitBounds(bounds.pad(0.5));
        }
      });
      cluster.addTo(layer);
    });
    body.setAttribute("data-ng-shown", String(points.length));
    document.getElementById("ng-map-count").textContent = NG.fill(ui.map_count || "{n}", { n: points.length, total: data.points.length });
    var step = Number(slider.value);
    label.textContent = !data.days.length || step >= data.days.length ? (ui.map_all || "") : data.days[step];
  }

  function setLanguage(lang) {
    if (!data.words[lang]) { return; }
    names.lang = lang;
    ui = names.ui();
    panel.ui = ui;
    var dir = data.rtl.indexOf(lang) >= 0 ? "rtl" : "ltr";
    document.documentElement.setAttribute("lang", lang);
    document.documentElement.setAttribute("dir", dir);
    body.setAttribute("dir", dir);
    body.setAttribute("data-ng-language", lang);
    Array.prototype.forEach.call(document.querySelectorAll("[data-ng-ui]"), function (node) {
      var word = names.word(node.getAttribute("data-ng-ui"));
      if (word !== undefined) { node.textContent = word; }
    });
    var unplaced = document.getElementById("ng-unplaced");
    if (unplaced) { unplaced.textContent = NG.fill(ui.map_unplaced || "", { n: body.getAttribute("data-ng-unplaced") }); }
    if (panel.current) { panel.show(panel.current); }
    draw();
  }
  document.getElementById("ng-lang").addEventListener("change", function (e) { setLanguage(e.target.value); });
  slider.addEventListener("input", draw);
  map.on("zoomend", draw);
  setLanguage(data.language);

  window.ngMap = {
    map: map,
    position: function (id) { return drawnAt[id] || null; },
    points: data.points,
    setLanguage: setLanguage,
  };
  body.setAttribute("data-ng-ready", "1");
  body.setAttribute("data-ng-external", String(NG.externalRequests()));
  body.setAttribute("data-ng-ms", String(Math.round(performance.now())));
})();
