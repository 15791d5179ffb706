/* newsgraph explorer: the event table beside the graph.
 *
 * One row per event the filters let through: date, type, place, actors and
 * the number of reporting articles. A click on a header sorts by that column
 * (again: the other way); a click on a row calls onSelect(id). Cells are
 * filled with textContent only. exportRows() gives every matching row for
 * the CSV export (assets/export.js). Records <body data-ng-rows> (rows
 * matching) and data-ng-sort ("date:asc"...). */
(function () {
  "use strict";
  var NG = window.NGPanel;
  var MAX_ROWS = 500;

  function EventTable(records, names, onSelect) {
    this.records = records;
    this.names = names;
    this.onSelect = onSelect;
    this.events = Object.keys(records).filter(function (id) { return records[id].type === "Event"; });
    this.sort = { key: "date", dir: "desc" };
    this.body = document.querySelector("#ng-events tbody");
    this.count = document.getElementById("ng-table-count");
    this.pass = function () { return true; };
    var self = this;
    Array.prototype.forEach.call(document.querySelectorAll("#ng-events th[data-ng-sort]"), function (th) {
      th.querySelector("button").addEventListener("click", function () {
        var key = th.getAttribute("data-ng-sort");
        var dir = self.sort.key === key ? (self.sort.dir === "asc" ? "desc" : "asc") : (key === "reports" || key === "date" ? "desc" : "asc");
        self.setSort(key, dir);
        document.dispatchEvent(new CustomEvent("ng-state"));
      });
    });
  }

  EventTable.prototype.value = function (id, key) {
    var r = this.records[id];
    var names = this.names;
    if (key === "date") { return r.span ? r.span[0] : ""; }
    if (key === "type") { return names.eventType(r); }
    if (key === "place") { return r.place ? names.name(r.place) : ""; }
    if (key === "actors") {
      return (r.actors || []).slice(0, 3).map(function (a) { return names.name(a); }).join(names.word("list_separator") || ", ");
    }
    return r.reports || 0;
  };

  EventTable.prototype.setSort = function (key, dir) {
    this.sort = { key: key, dir: dir === "asc" ? "asc" : "desc" };
    this.render();
  };

  /* the ids of the events the filters let through, in the table's order, and their sort values */
  EventTable.prototype.rows = function () {
    var self = this;
    var key = this.sort.key;
    var sign = this.sort.dir === "asc" ? 1 : -1;
    var rows = this.events.filter(function (id) { return self.pass(id); });
    var values = {};
    rows.forEach(function (id) { values[id] = self.value(id, key); });
    rows.sort(function (a, b) {
      var va = values[a];
      var vb = values[b];
      if (va === "" && vb !== "") { return 1; }  // undated, unplaced... rows go last either way
      if (vb === "" && va !== "") { return -1; }
      if (va < vb) { return -sign; }
      if (va > vb) { return sign; }
      return a < b ? -1 : 1;
    });
    return { ids: rows, values: values };
  };

  /* every row the filters let through (not only the first MAX_ROWS drawn), as lists of cells:
   * the table's columns, in its order and language, with every actor, then the event's IRI */
  EventTable.prototype.exportRows = function () {
    var self = this;
    var names = this.names;
    return this.rows().ids.map(function (id) {
      var actors = (self.records[id].actors || []).map(function (a) { return names.name(a); });
      return [self.value(id, "date"), self.value(id, "type"), self.value(id, "place"),
        actors.join(names.word("list_separator") || ", "), String(self.value(id, "reports")), id];
    });
  };

  EventTable.prototype.render = function () {
    var self = this;
    var key = this.sort.key;
    var sign = this.sort.dir === "asc" ? 1 : -1;
    var sorted = this.rows();
    var rows = sorted.ids;
    var values = sorted.values;
    this.body.textContent = "";
    var fragment = document.createDocumentFragment();
    rows.slice(0, MAX_ROWS).forEach(function (id) {
      var tr = NG.el("tr", null, { "data-ng-id": id, tabindex: "0" });
      ["date", "type", "place", "actors", "reports"].forEach(function (k) {
        var td = NG.el("td", null, { dir: k === "date" || k === "reports" ? "ltr" : "auto", "data-ng-col": k });
        td.appendChild(NG.el("bdi", k === key ? values[id] : self.value(id, k)));
        tr.appendChild(td);
      });
      tr.addEventListener("click", function () { self.onSelect(id); });
      tr.addEventListener("keydown", function (e) { if (e.key === "Enter") { self.onSelect(id); } });
      fragment.appendChild(tr);
    });
    this.body.appendChild(fragment);
    Array.prototype.forEach.call(document.querySelectorAll("#ng-events th[data-ng-sort]"), function (th) {
      var on = th.getAttribute("data-ng-sort") === key;
      th.setAttribute("aria-sort", on ? (sign > 0 ? "ascending" : "descending") : "none");
    });
    var ui = this.names.ui();
    var text = NG.fill(ui.table_count || "{n} / {total}", { n: rows.length, total: this.events.length });
    if (rows.length > MAX_ROWS) { text += " · " + NG.fill(ui.table_more || "", { n: MAX_ROWS }); }
    this.count.textContent = text;
    document.body.setAttribute("data-ng-rows", String(rows.length));
    document.body.setAttribute("data-ng-sort", key + ":" + this.sort.dir);
  };

  EventTable.prototype.mark = function (id) {
    Array.prototype.forEach.call(this.body.querySelectorAll("tr.ng-selected"), function (tr) {
      tr.classList.remove("ng-selected");
    });
    var row = this.body.querySelector('tr[data-ng-id="' + (window.CSS && CSS.escape ? CSS.escape(id) : id) + '"]');
    if (row) { row.classList.add("ng-selected"); }
  };

  window.NGTable = EventTable;
})();
