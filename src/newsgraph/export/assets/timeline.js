/* newsgraph timeline: events from #ng-data on a vis-timeline axis, grouped by country or
 * event type, each clickable to the side panel (assets/panel.js). Item and group
 * contents are DOM elements filled with textContent. Records its state on <body>:
 * data-ng-items, data-ng-groups, data-ng-drawn, data-ng-external, data-ng-panel. */
(function () {
  "use strict";
  var body = document.body;
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var ui = data.ui;
  var NG = window.NGPanel;
  var records = data.records;
  var SEP = "\u0001";

  var panel = new NG.Panel(records, ui, function (id) {
    panel.show(id);
    if (records[id] && records[id].type === "Event") {
      timeline.setSelection(items.getIds().filter(function (i) { return i.split(SEP)[0] === id; }), { focus: true });
    }
  }, data.articles > 1);

  function content(record, source) {
    var box = NG.el("span", record.label, { dir: "auto", "class": "ng-item-label" });
    if (source === "report") {
      box.setAttribute("title", ui.reported_date);
    }
    return box;
  }

  function rows(groupBy) {
    var groups = {};
    var list = [];
    data.events.forEach(function (event) {
      var record = records[event.id];
      var keys;
      if (groupBy === "country") {
        keys = event.countries.length ? event.countries : ["-"];
      } else {
        keys = [event.event_type];
      }
      keys.forEach(function (key) {
        if (!groups[key]) {
          var name = groupBy === "country"
            ? (key === "-" ? ui.no_country : records[key].label)
            : (record.event_type_label || key);
          groups[key] = { id: key, content: NG.el("span", name, { dir: "auto" }), ng_name: name, ng_n: 0 };
        }
        groups[key].ng_n += 1;
        var item = {
          id: event.id + SEP + key,
          group: key,
          start: event.start,
          content: content(record, event.source),
          className: "ng-item ng-" + event.source,
        };
        if (Date.parse(event.end) - Date.parse(event.start) > 40 * 864e5) {  // a year: a bar; a month: a box
          item.end = event.end + "T23:59:59";
          item.type = "range";
        } else {
          item.type = "box";
        }
        list.push(item);
      });
    });
    var ordered = Object.keys(groups).map(function (k) { return groups[k]; });
    ordered.sort(function (a, b) {
      if ((a.id === "-") !== (b.id === "-")) { return a.id === "-" ? 1 : -1; }
      return b.ng_n - a.ng_n || (a.ng_name < b.ng_name ? -1 : 1);
    });
    ordered.forEach(function (g, i) { g.order = i; });
    return { groups: ordered, items: list };
  }

  var container = document.getElementById("ng-timeline");
  var items = new vis.DataSet([]);
  var groups = new vis.DataSet([]);
  var options = {
    rtl: Boolean(data.rtl),
    stack: true,
    orientation: "top",
    groupOrder: "order",
    zoomKey: "ctrlKey",
    margin: { item: 6 },
    selectable: true,
    showTooltips: true,
    locale: "en",
  };
  // the whole span, with room on both sides so boxes at the ends are not cut off
  var view = [new Date(), new Date()];
  if (data.events.length) {
    var first = Math.min.apply(null, data.events.map(function (e) { return Date.parse(e.start); }));
    var last = Math.max.apply(null, data.events.map(function (e) { return Date.parse(e.end); }));
    var pad = Math.max((last - first) * 0.12, 20 * 864e5);
    view = [new Date(first - pad), new Date(last + pad)];
    options.start = view[0];
    options.end = view[1];
  }
  var timeline = new vis.Timeline(container, items, groups, options);
  window.ngTimeline = timeline;

  function show(groupBy) {
    var built = rows(groupBy);
    items.clear();
    groups.clear();
    groups.add(built.groups);
    items.add(built.items);
    body.setAttribute("data-ng-items", String(built.items.length));
    body.setAttribute("data-ng-groups", String(built.groups.length));
    body.setAttribute("data-ng-group-by", groupBy);
    if (built.items.length) {
      timeline.setWindow(view[0], view[1], { animation: false });
    }
  }

  timeline.on("select", function (props) {
    if (props.items.length) {
      panel.show(String(props.items[0]).split(SEP)[0]);
    }
  });
  var select = document.getElementById("ng-group-by");
  select.addEventListener("change", function () { show(select.value); });
  show(data.group_by);
  timeline.once("changed", function () {
    body.setAttribute("data-ng-drawn", "1");
    body.setAttribute("data-ng-external", String(NG.externalRequests()));
  });
  if (!data.events.length) {
    body.setAttribute("data-ng-drawn", "1");
    body.setAttribute("data-ng-external", String(NG.externalRequests()));
  }
})();
