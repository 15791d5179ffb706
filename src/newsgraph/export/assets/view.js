/* newsgraph graph view: builds the vis-network from the JSON in #ng-data and wires
 * search, filters and the side panel (assets/panel.js).
 * Tooltips are DOM elements filled with textContent, never HTML strings, so
 * text from articles cannot inject markup. Physics runs until the layout is
 * stable, then is switched off so nothing drifts (big graphs come laid out).
 * The page records its state on <body> for tests: data-ng-nodes, data-ng-edges,
 * data-ng-drawn, data-ng-stable, data-ng-external (resources fetched over
 * http(s)), data-ng-ms (milliseconds from navigation until interactive),
 * data-ng-visible (nodes not hidden by filters), data-ng-matches (search hits)
 * and data-ng-panel (the node shown in the side panel). */
(function () {
  "use strict";
  var body = document.body;
  var status = document.getElementById("ng-status");
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var ui = data.ui;
  var NG = window.NGPanel;

  function tooltip(rows) {
    var box = document.createElement("div");
    box.className = "ng-tip";
    box.setAttribute("dir", "auto");
    rows.forEach(function (row) {
      var line = document.createElement("div");
      line.className = "ng-tip-row";
      line.setAttribute("dir", "auto");
      var key = document.createElement("span");
      key.className = "ng-tip-key";
      key.textContent = row[0];
      var value = document.createElement("bdi");
      value.textContent = row[1];
      line.appendChild(key);
      line.appendChild(value);
      box.appendChild(line);
    });
    return box;
  }

  function withTooltips(items) {
    items.forEach(function (item) {
      if (item.ng_tip && item.ng_tip.length) {
        item.title = tooltip(item.ng_tip);
      }
      delete item.ng_tip;
    });
    return items;
  }

  var nodes = new vis.DataSet(withTooltips(data.nodes));
  var edges = new vis.DataSet(data.edges);
  body.setAttribute("data-ng-nodes", String(nodes.length));
  body.setAttribute("data-ng-edges", String(edges.length));

  var container = document.getElementById("ng-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.ngNetwork = network;

  var finished = false;
  function stable() {
    if (finished) {
      return;
    }
    finished = true;
    network.setOptions({ physics: false });
    network.redraw();  // draws now (emits afterDrawing) even when no animation frame came yet
    status.textContent = "";
    body.setAttribute("data-ng-stable", "1");
    body.setAttribute("data-ng-external", String(NG.externalRequests()));
    body.setAttribute("data-ng-ms", String(Math.round(performance.now())));
  }

  network.on("stabilizationProgress", function (params) {
    status.textContent = Math.round((100 * params.iterations) / params.total) + "%";
  });
  network.once("stabilizationIterationsDone", stable);
  network.once("afterDrawing", function () {
    body.setAttribute("data-ng-drawn", "1");
    if (!data.options.physics || !data.options.physics.enabled || nodes.length === 0) {
      stable();
    }
  });
  if (nodes.length === 0) {
    stable();
  }

  // ------------------------------------------------------------ side panel
  function select(id) {
    panel.show(id);  // first: on a big graph the redraw below takes a moment
    setTimeout(function () {
      if (nodes.get(id) && !nodes.get(id).hidden) {
        network.selectNodes([id]);
        network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
      }
    }, 0);
  }
  var panel = new NG.Panel(data.records, ui, select, data.articles > 1);
  network.on("click", function (params) {
    if (params.nodes.length) {
      panel.show(params.nodes[0]);
    }
  });

  // ------------------------------------------------------------ search
  var input = document.getElementById("ng-search-input");
  var results = document.getElementById("ng-search-results");
  var count = document.getElementById("ng-search-count");
  var form = document.getElementById("ng-search");
  var hits = [];
  var searched = null;
  function search() {
    if (searched === input.value) {
      return;
    }
    searched = input.value;
    hits = panel.search(input.value);
    results.textContent = "";
    body.setAttribute("data-ng-matches", String(hits.length));
    count.textContent = input.value.trim() ? (hits.length ? NG.fill(ui.matches, { n: hits.length }) : ui.no_match) : "";
    hits.slice(0, 25).forEach(function (id) {
      var r = data.records[id];
      var li = NG.el("li", null, { dir: "auto" });
      var button = NG.el("button", r.label, { type: "button", dir: "auto", "data-ng-id": id });
      button.appendChild(NG.el("span", " · " + (ui[r.type] || r.type), { "class": "ng-result-type" }));
      button.addEventListener("click", function () { select(id); });
      li.appendChild(button);
      results.appendChild(li);
    });
    if (hits.length) {
      network.selectNodes(hits.filter(function (id) { return nodes.get(id) && !nodes.get(id).hidden; }));
    } else {
      network.unselectAll();
    }
  }
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search();
    if (hits.length) {
      select(hits[0]);
    }
  });

  // ------------------------------------------------------------ filters
  var neighbours = {};
  data.edges.forEach(function (e) {
    (neighbours[e.from] = neighbours[e.from] || []).push(e.to);
    (neighbours[e.to] = neighbours[e.to] || []).push(e.from);
  });
  function checked(selector) {
    var out = {};
    Array.prototype.forEach.call(document.querySelectorAll(selector), function (box) {
      out[box.value] = box.checked;
    });
    return out;
  }
  function value(id) {
    var box = document.getElementById(id);
    return box ? box.value : "";
  }
  function applyFilters() {
    var types = checked(".ng-filter-type");
    var eventTypes = checked(".ng-filter-event");
    var from = value("ng-date-from");
    var to = value("ng-date-to");
    var eventFilter = Boolean(from || to) || Object.keys(eventTypes).some(function (k) { return !eventTypes[k]; });
    var hidden = {};
    data.nodes.forEach(function (n) {
      var hide = types[n.ng_type] === false;
      if (n.ng_type === "Event" && !hide) {
        hide = eventTypes[n.ng_event_type || "-"] === false;
        if (!hide && (from || to)) {
          hide = !n.ng_start || (from && n.ng_end < from) || (to && n.ng_start > to);
        }
      }
      hidden[n.id] = Boolean(hide);
    });
    if (eventFilter) {
      // entities that only took part in events filtered away go too
      data.nodes.forEach(function (n) {
        if (n.ng_type === "Event" || hidden[n.id]) { return; }
        var events = (neighbours[n.id] || []).filter(function (o) { return data.records[o] && data.records[o].type === "Event"; });
        if (events.length && events.every(function (o) { return hidden[o]; })) {
          hidden[n.id] = true;
        }
      });
    }
    var changes = [];
    var visible = 0;
    nodes.forEach(function (n) {
      if (Boolean(n.hidden) !== hidden[n.id]) {
        changes.push({ id: n.id, hidden: hidden[n.id] });
      }
      if (!hidden[n.id]) { visible += 1; }
    });
    if (changes.length) {
      nodes.update(changes);
    }
    body.setAttribute("data-ng-visible", String(visible));
    document.getElementById("ng-visible").textContent = NG.fill(ui.visible, { n: visible, total: nodes.length });
  }
  Array.prototype.forEach.call(document.querySelectorAll("#ng-filters input"), function (box) {
    box.addEventListener("change", applyFilters);
  });
  document.getElementById("ng-filter-reset").addEventListener("click", function () {
    Array.prototype.forEach.call(document.querySelectorAll("#ng-filters input"), function (box) {
      if (box.type === "checkbox") { box.checked = true; } else { box.value = ""; }
    });
    applyFilters();
  });
  applyFilters();
})();
