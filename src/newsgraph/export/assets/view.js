/* newsgraph graph view: an overview of the JSON in #ng-data drawn by vis-network, with search,
 * filters, the event table (assets/table.js), the side panel (assets/panel.js), a language
 * switch and a permalink.
 *
 * The page carries every node but draws an overview: the most important events (data.order,
 * from newsgraph.export.overview) and the entities linked to them, at most data.budget nodes,
 * among those the filters let through. Selecting a node (click, search, table row) pins it and
 * draws its neighbours; an entity with no drawn edge is not drawn unless pinned.
 * Tooltips are DOM elements filled with textContent, never HTML strings. Physics runs until the
 * layout is stable, then is switched off; it runs again briefly when nodes are added.
 * The URL hash keeps the state: sel (selected node), x (expanded nodes), q (search), lang,
 * types / et (node and event types filtered out), from / to (dates), table, sort, view (x,y,scale).
 * The page records on <body>: data-ng-nodes (carried), data-ng-edges, data-ng-visible (drawn),
 * data-ng-stable, data-ng-external, data-ng-ms, data-ng-matches, data-ng-panel, data-ng-language,
 * data-ng-overlaps (boxes still overlapping after the last declutter; 0 when it finished). */
(function () {
  "use strict";
  var body = document.body;
  var status = document.getElementById("ng-status");
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var NG = window.NGPanel;
  var names = new NG.Names(data.records, data.words, data.language, data.ui);
  var ui = names.ui();
  var MAX_LABEL = 40;
  var PART = 24;  // characters of each part of an event's label on the canvas (the panel has them all)
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var neighbours = {};
  var edgesOf = {};
  data.edges.forEach(function (e, i) {
    e.id = "e" + i;
    (neighbours[e.from] = neighbours[e.from] || []).push(e.to);
    (neighbours[e.to] = neighbours[e.to] || []).push(e.from);
    (edgesOf[e.from] = edgesOf[e.from] || []).push(e);
    (edgesOf[e.to] = edgesOf[e.to] || []).push(e);
  });
  body.setAttribute("data-ng-nodes", String(data.nodes.length));
  body.setAttribute("data-ng-edges", String(data.edges.length));

  function short(text) {
    return text.length <= MAX_LABEL ? text : text.slice(0, MAX_LABEL - 1).trim() + "…";
  }
  function tooltip(rows) {
    var box = NG.el("div", null, { "class": "ng-tip", dir: "auto" });
    rows.forEach(function (row) {
      var line = NG.el("div", null, { "class": "ng-tip-row", dir: "auto" });
      line.appendChild(NG.el("span", row[0], { "class": "ng-tip-key" }));
      line.appendChild(NG.el("bdi", row[1]));
      box.appendChild(line);
    });
    return box;
  }
  /* a node's label on the canvas: an entity's name; an event's type, main actor and place, each part
   * isolated for mixed directions */
  function graphLabel(id) {
    var n = byId[id];
    return n && n.ng_type === "Event" ? names.isolated(id, false, 1, PART) : short(names.label(id));
  }
  function nodeItem(id) {
    var n = byId[id];
    var item = {};
    Object.keys(n).forEach(function (k) { if (k !== "ng_tip") { item[k] = n[k]; } });
    item.label = graphLabel(id);
    if (n.ng_tip && n.ng_tip.length) { item.title = tooltip(n.ng_tip); }
    return item;
  }
  function edgeItem(e) {
    var item = Object.assign({}, e);
    item.label = short(e.ng_role === "holdsPosition" ? e.label : (names.word("role:" + e.ng_role) || e.label));
    return item;
  }

  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  var container = document.getElementById("ng-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.ngNetwork = network;

  // ------------------------------------------------------------ state
  var state = { sel: null, pinned: {}, expanded: {}, query: "" };
  var finished = false;
  var restoring = null;  // a view (x, y, scale) to restore once the layout is stable

  /* fit the drawn nodes, but no further out than where the leading nodes' labels read
   * (data.readable_scale): then zoom in on the middle of the whole picture, which keeps more of it
   * in the window than centring on the leading nodes did (142 against 134 of the corpus's 150);
   * the rest is a drag or a zoom away */
  function firstView() {
    network.fit({ animation: false });
    if (!data.readable_scale || network.getScale() >= data.readable_scale) { return; }
    network.moveTo({ position: network.getViewPosition(), scale: data.readable_scale, animation: false });
  }

  /* no label over another (assets/declutter.js); the first time, the picture is also packed to the
   * window's proportions so that, fitted, its labels read */
  function declutter(pack) {
    if (!window.NGDeclutter || !nodes.length) { return; }
    var box = container.getBoundingClientRect();
    var left = window.NGDeclutter.arrange(network, nodes, data.options, pack && box.height ? box.width / box.height : 0);
    body.setAttribute("data-ng-overlaps", String(left));
  }

  function stable() {
    network.setOptions({ physics: false });
    declutter(!finished);
    if (restoring) {
      network.moveTo({ position: { x: restoring[0], y: restoring[1] }, scale: restoring[2], animation: false });
      restoring = null;
    } else if (!finished) {
      firstView();
    }
    if (finished) { return; }
    finished = true;
    network.redraw();  // draws now (emits afterDrawing) even when no animation frame came yet
    status.textContent = "";
    body.setAttribute("data-ng-stable", "1");
    body.setAttribute("data-ng-external", String(NG.externalRequests()));
    body.setAttribute("data-ng-ms", String(Math.round(performance.now())));
  }
  network.on("stabilizationProgress", function (params) {
    if (!finished) { status.textContent = Math.round((100 * params.iterations) / params.total) + "%"; }
  });
  network.on("stabilizationIterationsDone", stable);
  network.on("stabilized", function () { if (finished) { stable(); } });

  // ------------------------------------------------------------ filters
  function checked(selector) {
    var out = {};
    Array.prototype.forEach.call(document.querySelectorAll(selector), function (box) { out[box.value] = box.checked; });
    return out;
  }
  function value(id) {
    var box = document.getElementById(id);
    return box ? box.value : "";
  }
  function filterPass() {
    var types = checked(".ng-filter-type");
    var eventTypes = checked(".ng-filter-event");
    var from = value("ng-date-from");
    var to = value("ng-date-to");
    return function (id) {
      var n = byId[id];
      if (!n || types[n.ng_type] === false) { return false; }
      if (n.ng_type !== "Event") { return true; }
      if (eventTypes[n.ng_event_type || "-"] === false) { return false; }
      if (from || to) {
        return Boolean(n.ng_start) && !(from && n.ng_end < from) && !(to && n.ng_start > to);
      }
      return true;
    };
  }

  /* the overview among the nodes that pass: events first (two fifths of the budget), then
   * entities linked to what is chosen, most important first */
  function overview(pass) {
    var chosen = {};
    var count = 0;
    var budget = data.budget;
    var entities = data.order.entities.filter(function (id) { return pass(id) && (neighbours[id] || []).length; });
    var events = data.order.events.filter(pass);
    var eventBudget = Math.max(budget - entities.length, Math.floor((2 * budget) / 5));
    events.slice(0, eventBudget).forEach(function (id) { chosen[id] = true; count += 1; });
    var pending = entities;
    var progress = true;
    while (progress && count < budget) {
      progress = false;
      var left = [];
      for (var i = 0; i < pending.length; i++) {
        var id = pending[i];
        if (count < budget && (neighbours[id] || []).some(function (o) { return chosen[o]; })) {
          chosen[id] = true;
          count += 1;
          progress = true;
        } else {
          left.push(id);
        }
      }
      pending = left;
    }
    events.slice(eventBudget).forEach(function (id) {
      if (count < budget) { chosen[id] = true; count += 1; }
    });
    return chosen;
  }

  function compute() {
    var pass = filterPass();
    var shown = overview(pass);
    Object.keys(state.expanded).forEach(function (id) {
      if (!byId[id]) { return; }
      shown[id] = true;
      (neighbours[id] || []).forEach(function (o) { if (pass(o)) { shown[o] = true; } });
    });
    Object.keys(state.pinned).forEach(function (id) { if (byId[id]) { shown[id] = true; } });
    // an entity with no drawn edge is not drawn, unless pinned (searched for, selected)
    Object.keys(shown).forEach(function (id) {
      if (byId[id].ng_type === "Event" || state.pinned[id] || state.expanded[id]) { return; }
      if (!(neighbours[id] || []).some(function (o) { return shown[o] && o !== id; })) { delete shown[id]; }
    });
    var removeNodes = nodes.getIds().filter(function (id) { return !shown[id]; });
    var add = Object.keys(shown).filter(function (id) { return !nodes.get(id); });
    var wantEdges = {};
    Object.keys(shown).forEach(function (id) {
      (edgesOf[id] || []).forEach(function (e) { if (shown[e.from] && shown[e.to]) { wantEdges[e.id] = e; } });
    });
    var removeEdges = edges.getIds().filter(function (id) { return !wantEdges[id]; });
    var addEdges = Object.keys(wantEdges).filter(function (id) { return !edges.get(id); });
    edges.remove(removeEdges);
    nodes.remove(removeNodes);
    var items = add.map(function (id) {
      var item = nodeItem(id);
      if (finished) {  // next to a drawn neighbour, so the layout only has to settle
        var near = (neighbours[id] || []).filter(function (o) { return nodes.get(o); })[0];
        if (near) {
          var at = network.getPosition(near);
          item.x = at.x + (Math.random() - 0.5) * 160;
          item.y = at.y + (Math.random() - 0.5) * 160;
        }
      }
      return item;
    });
    nodes.add(items);
    edges.add(addEdges.map(function (id) { return edgeItem(wantEdges[id]); }));
    body.setAttribute("data-ng-visible", String(nodes.length));
    document.getElementById("ng-visible").textContent = NG.fill(ui.overview_notice || ui.visible, {
      n: nodes.length, total: data.nodes.length,
    });
    if (finished && items.length) {
      network.setOptions({ physics: data.options.physics });
      network.stabilize(120);
    }
    table.pass = function (id) { return pass(id); };
    table.render();
    if (state.sel) { table.mark(state.sel); }
    saveState();
  }

  // ------------------------------------------------------------ selection and panel
  function select(id, fromTable) {
    if (!byId[id]) { return; }
    state.sel = id;
    state.pinned[id] = true;
    state.expanded[id] = true;
    panel.show(id);
    compute();
    table.mark(id);
    network.selectNodes([id]);
    if (!fromTable || finished) {
      setTimeout(function () {
        if (nodes.get(id)) { network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false }); }
      }, 0);
    }
  }
  var panel = new NG.Panel(data.records, ui, function (id) { select(id); }, data.articles > 1, names);
  document.getElementById("ng-panel-close").addEventListener("click", function () {
    state.sel = null;
    saveState();
  });
  network.on("click", function (params) {
    if (params.nodes.length) { select(params.nodes[0]); }
  });
  var table = new window.NGTable(data.records, names, function (id) { select(id, true); });
  window.NGExport.attach(table, network, container);

  // ------------------------------------------------------------ search
  var input = document.getElementById("ng-search-input");
  var results = document.getElementById("ng-search-results");
  var count = document.getElementById("ng-search-count");
  var hits = [];
  var searched = null;
  function search() {
    if (searched === input.value) { return; }
    searched = input.value;
    state.query = input.value;
    hits = panel.search(input.value);
    results.textContent = "";
    body.setAttribute("data-ng-matches", String(hits.length));
    count.textContent = input.value.trim() ? (hits.length ? NG.fill(ui.matches, { n: hits.length }) : ui.no_match) : "";
    hits.slice(0, 25).forEach(function (id) {
      var r = data.records[id];
      var li = NG.el("li", null, { dir: "auto" });
      var button = names.labelNode("button", id, true, { type: "button", dir: "auto", "data-ng-id": id });
      button.appendChild(NG.el("span", " · " + (ui[r.type] || r.type), { "class": "ng-result-type" }));
      button.addEventListener("click", function () { results.textContent = ""; select(id); });
      li.appendChild(button);
      results.appendChild(li);
    });
    var drawn = hits.filter(function (id) { return nodes.get(id); });
    if (drawn.length) { network.selectNodes(drawn); } else { network.unselectAll(); }
    saveState();
  }
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
  document.getElementById("ng-search").addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search();
    if (hits.length) {
      results.textContent = "";
      select(hits[0]);
    }
  });

  // ------------------------------------------------------------ filters, table type, overview
  var tableType = document.getElementById("ng-table-type");
  Array.prototype.forEach.call(document.querySelectorAll("#ng-filters input"), function (box) {
    box.addEventListener("change", compute);
  });
  function resetFilters() {
    Array.prototype.forEach.call(document.querySelectorAll("#ng-filters input"), function (box) {
      if (box.type === "checkbox") { box.checked = true; } else { box.value = ""; }
    });
    if (tableType) { tableType.value = ""; }
  }
  document.getElementById("ng-filter-reset").addEventListener("click", function () { resetFilters(); compute(); });
  if (tableType) {
    tableType.addEventListener("change", function () {  // the table's type filters the graph too
      Array.prototype.forEach.call(document.querySelectorAll(".ng-filter-event"), function (box) {
        box.checked = !tableType.value || box.value === tableType.value;
      });
      compute();
    });
  }
  document.getElementById("ng-overview").addEventListener("click", function () {
    state = { sel: null, pinned: {}, expanded: {}, query: "" };
    input.value = "";
    searched = null;
    results.textContent = "";
    count.textContent = "";
    panel.hide();
    compute();
    firstView();
  });
  var tableToggle = document.getElementById("ng-table-toggle");
  function showTable(on) {
    document.getElementById("ng-table").hidden = !on;
    tableToggle.setAttribute("aria-pressed", on ? "true" : "false");
  }
  tableToggle.addEventListener("click", function () {
    showTable(document.getElementById("ng-table").hidden);
    saveState();
  });
  document.addEventListener("ng-state", function () { saveState(); });

  // ------------------------------------------------------------ interface language
  function setLanguage(lang) {
    if (!data.words || !data.words[lang]) { return; }
    names.lang = lang;
    ui = names.ui();
    panel.ui = ui;
    var dir = data.rtl.indexOf(lang.split("-")[0]) >= 0 ? "rtl" : "ltr";
    document.documentElement.setAttribute("lang", lang);
    document.documentElement.setAttribute("dir", dir);
    body.setAttribute("dir", dir);
    container.setAttribute("dir", dir);
    body.setAttribute("data-ng-language", lang);
    document.getElementById("ng-lang").value = lang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-ng-ui]"), function (node) {
      var word = names.word(node.getAttribute("data-ng-ui"));
      if (word !== undefined) { node.textContent = word; }
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-ng-ui-placeholder]"), function (node) {
      node.setAttribute("placeholder", names.word(node.getAttribute("data-ng-ui-placeholder")) || "");
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-ng-ui-label]"), function (node) {
      node.setAttribute("aria-label", names.word(node.getAttribute("data-ng-ui-label")) || "");
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-ng-ui-title]"), function (node) {
      node.setAttribute("title", names.word(node.getAttribute("data-ng-ui-title")) || "");
    });
    nodes.update(nodes.getIds().map(function (id) { return { id: id, label: graphLabel(id) }; }));
    if (finished) { declutter(false); }  // the labels changed length
    edges.update(edges.getIds().map(function (id) { return { id: id, label: edgeItem(edges.get(id)).label }; }));
    if (panel.current) { panel.show(panel.current); }
    searched = null;
    if (input.value) { search(); }
    compute();
  }
  document.getElementById("ng-lang").addEventListener("change", function (e) { setLanguage(e.target.value); });

  // ------------------------------------------------------------ permalink
  var saving = false;
  function saveState() {
    if (saving || !finished) { return; }
    var params = new URLSearchParams();
    if (names.lang !== data.language) { params.set("lang", names.lang); }
    if (state.sel) { params.set("sel", state.sel); }
    var expanded = Object.keys(state.expanded).filter(function (id) { return id !== state.sel; });
    if (expanded.length) { params.set("x", expanded.join(" ")); }
    if (state.query) { params.set("q", state.query); }
    var types = checked(".ng-filter-type");
    var off = Object.keys(types).filter(function (k) { return !types[k]; });
    if (off.length) { params.set("types", off.join(" ")); }
    var ets = checked(".ng-filter-event");
    var offEt = Object.keys(ets).filter(function (k) { return !ets[k]; });
    if (offEt.length) { params.set("et", offEt.join(" ")); }
    if (value("ng-date-from")) { params.set("from", value("ng-date-from")); }
    if (value("ng-date-to")) { params.set("to", value("ng-date-to")); }
    if (document.getElementById("ng-table").hidden) { params.set("table", "0"); }
    params.set("sort", table.sort.key + ":" + table.sort.dir);
    var at = network.getViewPosition();
    params.set("view", [Math.round(at.x), Math.round(at.y), network.getScale().toFixed(3)].join(","));
    var hash = "#" + params.toString();
    if (location.hash !== hash) { history.replaceState(null, "", hash); }
    document.getElementById("ng-permalink").setAttribute("href", hash);
    body.setAttribute("data-ng-hash", hash);
  }
  network.on("dragEnd", saveState);
  network.on("zoom", function () { clearTimeout(saveState.timer); saveState.timer = setTimeout(saveState, 200); });

  function restore() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    saving = true;
    (params.get("types") || "").split(" ").forEach(function (k) {
      var box = document.querySelector('.ng-filter-type[value="' + CSS.escape(k) + '"]');
      if (k && box) { box.checked = false; }
    });
    (params.get("et") || "").split(" ").forEach(function (k) {
      var box = document.querySelector('.ng-filter-event[value="' + CSS.escape(k) + '"]');
      if (k && box) { box.checked = false; }
    });
    var on = Array.prototype.filter.call(document.querySelectorAll(".ng-filter-event"), function (b) { return b.checked; });
    if (tableType && on.length === 1 && params.get("et")) { tableType.value = on[0].value; }
    ["from", "to"].forEach(function (k) {
      var box = document.getElementById("ng-date-" + k);
      if (box && params.get(k)) { box.value = params.get(k); }
    });
    (params.get("x") || "").split(" ").forEach(function (id) {
      if (id && byId[id]) { state.expanded[id] = true; state.pinned[id] = true; }
    });
    var sort = (params.get("sort") || "").split(":");
    if (sort[0]) { table.sort = { key: sort[0], dir: sort[1] === "asc" ? "asc" : "desc" }; }
    showTable(params.get("table") !== "0");
    if (params.get("lang")) { setLanguage(params.get("lang")); }
    if (params.get("q")) { input.value = params.get("q"); search(); }
    var sel = params.get("sel");
    if (sel && byId[sel]) {
      state.sel = sel;
      state.pinned[sel] = true;
      state.expanded[sel] = true;
    }
    var view = (params.get("view") || "").split(",").map(Number);
    if (view.length === 3 && view.every(isFinite) && view[2] > 0) { restoring = view; }
    compute();
    if (state.sel) {
      panel.show(state.sel);
      network.selectNodes([state.sel]);
      table.mark(state.sel);
    }
    saving = false;
  }

  restore();
  if (nodes.length === 0) {
    stable();
  } else {  // the nodes came after the network was made: lay them out now, off screen
    network.stabilize(data.options.physics.stabilization.iterations);
  }
  network.once("afterDrawing", function () {
    body.setAttribute("data-ng-drawn", "1");
    if (!data.options.physics || !data.options.physics.enabled || nodes.length === 0) { stable(); }
  });
  // the first save waits for the layout: the view is only known then
  network.once("stabilizationIterationsDone", function () { setTimeout(saveState, 0); });
  window.ngView = { names: names, select: select, setLanguage: setLanguage, state: function () { return state; } };
})();
