/* newsgraph timeline: events from #ng-data on a vis-timeline axis, grouped by country or event
 * type, each clickable to the side panel (assets/panel.js).
 *
 * A corpus has thousands of dated events, many on one day; vis-timeline lays out (stacks) every
 * item it holds, so the page never gives it more than BUDGET items. Only the events near the
 * window are looked at: in each row the window is cut into cells about CELL_PX wide (a day, a
 * week, a month... as the zoom asks). Events with the same label in a cell are one item ("× n");
 * a cell with more labels than the budget allows is one cluster ("892 events · Statement"), which
 * a click zooms into, or lists in the panel when its events share one day. Every event is in one
 * item at most: one row (its country, or its type) each.
 *
 * Labels say what happened, who and where ("Meeting · Nasser Bourita · Marrakesh", NGPanel.Names);
 * each part sits in its own <bdi>, so Arabic and Latin parts keep their order. All text reaches
 * the page through textContent. Records its state on <body>: data-ng-items (items drawn),
 * data-ng-clusters, data-ng-shown (events in drawn items), data-ng-groups, data-ng-group-by,
 * data-ng-drawn, data-ng-external, data-ng-ms, data-ng-panel. */
(function () {
  "use strict";
  var body = document.body;
  var NG = window.NGPanel;
  var data = NG.hydrate(JSON.parse(document.getElementById("ng-data").textContent));
  var records = data.records;
  var names = new NG.Names(records, data.words, data.language, data.ui);
  var ui = names.ui();
  var SEP = "\u0001";
  var DAY = 864e5;
  var BUDGET = 250;
  var PER_CELL = [Infinity, 3, 1];
  var CELL_PX = 150;
  var FONT = '"Noto Sans", "DejaVu Sans", Arial, sans-serif';  // as timeline.css sets it
  var MAX_ROWS = 40;
  var OTHER = "\u0002other";
  var others = 0;
  var LADDER = [1, 7, 30.4375, 91.3125, 365.25, 1826.25, 3652.5, 18262.5, 36525, 182625, 365250].map(function (d) {
    return d * DAY;
  });

  var events = data.events.map(function (e) {
    var t0 = Date.parse(e.start);
    var t1 = Date.parse(e.end) + DAY - 1;
    return {
      id: e.id, t0: t0, t1: t1, range: t1 - t0 > 40 * DAY, source: e.source, type: e.event_type,
      country: e.country || "-", label: names.label(e.id),
    };
  });
  var byId = {};
  events.forEach(function (e) { byId[e.id] = e; });

  var container = document.getElementById("ng-timeline");
  var items = new vis.DataSet([]);
  var groups = new vis.DataSet([]);
  var groupBy = data.group_by;
  var options = {
    rtl: Boolean(data.rtl),
    stack: true,
    orientation: "top",
    groupOrder: "order",
    zoomKey: "ctrlKey",
    margin: { item: 6 },
    selectable: true,
    showTooltips: false,
    locale: "en",
  };
  // the span of the events; of a large set, the middle 90% (a few misread dates sit centuries away;
  // zooming out shows them)
  var view = [new Date(), new Date()];
  if (events.length) {
    var trim = events.length >= 100 ? Math.floor(events.length * 0.05) : 0;
    var ends = events.map(function (e) { return e.t1; }).sort(function (a, b) { return a - b; });
    var first = events[trim].t0;
    var last = ends[ends.length - 1 - trim];
    // room for about 220 px on each side, so labels of boxes at the ends are not cut off
    var wide = Math.max(container.clientWidth - 160, 600);
    var pad = Math.max((last - first) * 220 / (wide - 440), 20 * DAY);
    view = [new Date(first - pad), new Date(last + pad)];
    options.start = view[0];
    options.end = view[1];
  }
  var timeline = new vis.Timeline(container, items, groups, options);
  window.ngTimeline = timeline;

  function keyOf(e) { return groupBy === "country" ? e.country : e.type; }

  function groupName(key) {
    if (groupBy === "country") { return key === "-" ? ui.no_country : names.name(key) || key; }
    return key === "-" ? ui.Event || "-" : names.eventType({ event_type: key });
  }

  function parts(box, list) {
    list.forEach(function (part, i) {
      if (i) { box.appendChild(document.createTextNode(" · ")); }
      box.appendChild(NG.el("bdi", part));
    });
    return box;
  }

  /* the width in pixels of a label in the items' font */
  var ruler = null;
  function textWidth(text) {
    if (!ruler) {
      ruler = document.createElement("canvas").getContext("2d");
      ruler.font = getComputedStyle(container.querySelector(".vis-timeline") || container).fontSize + " " + FONT;
    }
    return ruler.measureText(text).width;
  }

  /* one item for events with the same label in a cell; ``scale``: pixels per millisecond. An event
   * over a span is a bar when its label fits in it; else a box at its start (the tooltip gives the
   * span): vis-timeline stacks a bar by its length, so a label running past it would cover the
   * items beside it */
  function eventItem(same, group, scale) {
    var e = same[0];
    var box = parts(NG.el("span", null, { "class": "ng-item-label" }), names.labelParts(e.id));
    if (same.length > 1) { box.appendChild(NG.el("bdi", "×" + same.length, { "class": "ng-count", dir: "ltr" })); }
    // a tooltip, each part isolated (FSI ... PDI) as plain text cannot hold <bdi>
    var tip = names.labelParts(e.id, true).map(function (p) { return "\u2068" + p + "\u2069"; }).join(" · ");
    box.setAttribute("title", e.source === "report" ? tip + " (" + ui.reported_date + ")" : tip);
    var item = {
      id: same.length === 1 ? e.id : e.id + SEP + "same", group: group, start: new Date(e.t0), content: box,
      className: "ng-item ng-" + e.source + (same.length > 1 ? " ng-same" : ""),
      ng_events: same.map(function (s) { return s.id; }),
    };
    var fits = e.range && (e.t1 - e.t0) * scale >= textWidth(e.label + (same.length > 1 ? " ×" + same.length : "")) + 24;
    if (fits) {
      item.end = new Date(e.t1);
      item.type = "range";
    } else {
      item.type = "box";
    }
    return item;
  }

  function clusterItem(cell, key) {
    var count = {};
    cell.events.forEach(function (e) { count[e.type] = (count[e.type] || 0) + 1; });
    var top = Object.keys(count).sort(function (a, b) { return count[b] - count[a] || (a < b ? -1 : 1); });
    var words = [NG.fill(ui.map_cluster || "{n}", { n: cell.events.length }), names.eventType({ event_type: top[0] })];
    var box = parts(NG.el("span", null, { "class": "ng-item-label" }), words);
    if (top.length > 1) { box.appendChild(document.createTextNode(" …")); }
    var lo = Math.min.apply(null, cell.events.map(function (e) { return e.t0; }));
    var hi = Math.max.apply(null, cell.events.map(function (e) { return e.t0; }));
    // a box, not a bar: vis-timeline stacks a bar by its length and a box by its label
    return {
      id: "cluster" + SEP + key, group: cell.group, start: new Date((lo + hi) / 2), type: "box", content: box,
      className: "ng-cluster",
      ng_events: cell.events.map(function (e) { return e.id; }),
    };
  }

  function cellsOf(list, unit, row) {
    var cells = {};
    var keys = [];
    list.forEach(function (e) {
      var group = row(e);
      var key = group + SEP + Math.floor(e.t0 / unit);
      var cell = cells[key];
      if (!cell) {
        cell = cells[key] = { group: group, events: [], same: {}, labels: [] };
        keys.push(key);
      }
      cell.events.push(e);
      if (!cell.same[e.label]) {
        cell.same[e.label] = [];
        cell.labels.push(e.label);
      }
      cell.same[e.label].push(e);
    });
    return keys.map(function (key) { cells[key].key = key; return cells[key]; });
  }

  /* the items for the window [a, b]: the MAX_ROWS busiest rows (the others share one), cut into
   * cells of a width that suits the zoom (wider ones while over budget), then items or clusters */
  function layout(a, b) {
    var width = Math.max(300, container.clientWidth - 160);
    var margin = (b - a) * 0.5;
    var near = events.filter(function (e) { return e.t1 >= a - margin && e.t0 <= b + margin; });
    var per = {};
    near.forEach(function (e) { per[keyOf(e)] = (per[keyOf(e)] || 0) + 1; });
    var busiest = Object.keys(per).sort(function (x, y) { return per[y] - per[x] || (x < y ? -1 : 1); });
    var main = {};
    busiest.slice(0, MAX_ROWS).forEach(function (k) { main[k] = true; });
    others = busiest.length - Math.min(busiest.length, MAX_ROWS);
    function row(e) { return main[keyOf(e)] ? keyOf(e) : OTHER; }
    var list = [];
    var first = LADDER.filter(function (u) { return u * width / (b - a) < CELL_PX; }).length;
    LADDER.slice(Math.min(first, LADDER.length - 1)).some(function (unit) {
      var cells = cellsOf(near, unit, row);
      return PER_CELL.some(function (most) {
        list = [];
        cells.forEach(function (cell) {
          if (cell.labels.length <= most) {
            cell.labels.forEach(function (label) { list.push(eventItem(cell.same[label], cell.group, width / (b - a))); });
          } else {
            list.push(clusterItem(cell, cell.key));
          }
        });
        return list.length <= BUDGET;
      });
    });
    return list;
  }

  var drawn = "";
  function draw(force) {
    var w = timeline.getWindow();
    var a = w.start.valueOf();
    var b = w.end.valueOf();
    var state = [groupBy, a, b, container.clientWidth].join(SEP);
    if (state === drawn && !force) { return; }
    drawn = state;
    var list = layout(a, b);
    var keep = timeline.getSelection().filter(function (id) { return list.some(function (i) { return i.id === id; }); });
    items.clear();
    items.add(list);
    if (keep.length) { timeline.setSelection(keep); }
    var used = {};
    list.forEach(function (i) { used[i.group] = true; });
    groups.update(groups.get().filter(function (g) { return g.visible !== Boolean(used[g.id]); }).map(function (g) {
      return { id: g.id, visible: Boolean(used[g.id]) };
    }));
    if (used[OTHER]) {  // the rows left out, by number: "… (+940)"
      groups.update({ id: OTHER, content: NG.el("bdi", "… (+" + others + ")", { dir: "ltr" }) });
    }
    body.setAttribute("data-ng-items", String(list.length));
    body.setAttribute("data-ng-clusters", String(list.filter(function (i) { return i.className === "ng-cluster"; }).length));
    body.setAttribute("data-ng-shown", String(list.reduce(function (n, i) { return n + i.ng_events.length; }, 0)));
  }

  function show(by) {
    groupBy = by;
    var found = {};
    events.forEach(function (e) {
      var key = keyOf(e);
      if (!found[key]) {
        var name = groupName(key);
        found[key] = { id: key, content: NG.el("bdi", name), ng_name: name, ng_n: 0, visible: true };
      }
      found[key].ng_n += 1;
    });
    var ordered = Object.keys(found).map(function (k) { return found[k]; });
    ordered.sort(function (a, b) {
      if ((a.id === "-") !== (b.id === "-")) { return a.id === "-" ? 1 : -1; }
      return b.ng_n - a.ng_n || (a.ng_name < b.ng_name ? -1 : 1);
    });
    ordered.push({ id: OTHER, content: NG.el("bdi", "…"), ng_name: "…", ng_n: 0, visible: false });
    ordered.forEach(function (g, i) { g.order = i; });
    items.clear();
    groups.clear();
    groups.add(ordered);
    body.setAttribute("data-ng-groups", String(ordered.length - 1));
    body.setAttribute("data-ng-group-by", by);
    draw(true);
  }

  /* the item an event is drawn in, after bringing the event into the window */
  function focusEvent(id) {
    var e = byId[id];
    if (!e) { return; }
    var w = timeline.getWindow();
    if (e.t0 < w.start.valueOf() || e.t0 > w.end.valueOf()) {
      timeline.moveTo(new Date(e.t0), { animation: false });
      draw();
    }
    var holder = items.get({ filter: function (i) { return i.ng_events.indexOf(id) >= 0; } });
    timeline.setSelection(holder.map(function (i) { return i.id; }));
  }

  function navigate(id) {
    panel.show(id);
    focusEvent(id);
  }

  var panel = new NG.Panel(records, ui, navigate, data.articles > 1, names);

  function listEvents(ids) {
    panel.list(NG.fill(ui.map_cluster || "{n}", { n: ids.length }), null, ids, function (id) {
      return parts(NG.el("button", null, { type: "button", "data-ng-id": id }), names.labelParts(id, true));
    });
  }

  timeline.on("select", function (props) {
    var item = props.items.length ? items.get(props.items[0]) : null;
    if (!item) { return; }
    var ids = item.ng_events;
    if (ids.length === 1) {
      panel.show(ids[0]);
      return;
    }
    var starts = ids.map(function (id) { return byId[id].t0; });
    var lo = Math.min.apply(null, starts);
    var hi = Math.max.apply(null, ids.map(function (id) { return byId[id].t1; }));
    if (Math.max.apply(null, starts) > lo) {
      var pad = Math.max((hi - lo) * 0.1, DAY / 2);
      timeline.setWindow(new Date(lo - pad), new Date(hi + pad), { animation: false });
      draw();
    } else {
      listEvents(ids);
    }
  });
  timeline.on("rangechanged", function () { draw(); });
  var select = document.getElementById("ng-group-by");
  select.addEventListener("change", function () { show(select.value); });

  function ready() {
    body.setAttribute("data-ng-drawn", "1");
    body.setAttribute("data-ng-external", String(NG.externalRequests()));
    body.setAttribute("data-ng-ms", String(Math.round(performance.now())));
  }
  if (events.length) {
    timeline.once("changed", ready);
  }
  show(groupBy);
  if (!events.length) { ready(); }
})();
