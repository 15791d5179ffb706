/* newsgraph explorer: export the current selection, offline.
 *
 * "CSV" downloads the rows of the event table that the filters let through (all of them, not
 * only the rows drawn), in the table's order and language: date, type, place, actors, reports
 * and the event's IRI, as newsgraph-events.csv. "PNG" downloads the graph as drawn now, as
 * newsgraph-view.png (vis-network draws on a canvas; the copy gets a white background).
 *
 * The CSV follows RFC 4180 (every cell quoted, quotes doubled, CRLF line ends) with a UTF-8
 * byte order mark so spreadsheets read Arabic, and is safe against formula injection: a cell
 * starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, so a name in
 * an article cannot become a formula in the reader's spreadsheet. Both files are made in the
 * page (a Blob or a data: URL); nothing is sent anywhere. <body> records data-ng-export
 * ("csv:<rows>" or "png:<width>x<height>") after each export, for tests and scripts. */
(function () {
  "use strict";

  var HEADER = ["date", "type", "place", "actors", "reports", "iri"];
  var RISKY = /^[=+\-@\t\r]/;

  function cell(value) {
    var text = String(value === undefined || value === null ? "" : value);
    if (RISKY.test(text)) { text = "'" + text; }
    return '"' + text.replace(/"/g, '""') + '"';
  }

  function csv(rows) {
    return "\ufeff" + [HEADER].concat(rows).map(function (row) { return row.map(cell).join(","); }).join("\r\n") + "\r\n";
  }

  function save(name, href) {
    var a = document.createElement("a");
    a.href = href;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
  }

  /* the network's canvas on white (it is transparent where nothing is drawn) */
  function picture(container) {
    var canvas = container.querySelector("canvas");
    var copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    var ctx = copy.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(canvas, 0, 0);
    return copy;
  }

  /* wire the two buttons: table gives exportRows(), network is the vis.Network drawn in container */
  function attach(table, network, container) {
    document.getElementById("ng-export-csv").addEventListener("click", function () {
      var rows = table.exportRows();
      var url = URL.createObjectURL(new Blob([csv(rows)], { type: "text/csv;charset=utf-8" }));
      save("newsgraph-events.csv", url);
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
      document.body.setAttribute("data-ng-export", "csv:" + rows.length);
    });
    document.getElementById("ng-export-png").addEventListener("click", function () {
      network.redraw();
      var copy = picture(container);
      save("newsgraph-view.png", copy.toDataURL("image/png"));
      document.body.setAttribute("data-ng-export", "png:" + copy.width + "x" + copy.height);
    });
  }

  window.NGExport = { attach: attach, csv: csv, cell: cell };
})();
