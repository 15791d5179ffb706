/* newsgraph view: builds the vis-network from the JSON in #ng-data.
 * Tooltips are DOM elements filled with textContent, never HTML strings, so
 * text from articles cannot inject markup. Physics runs until the layout is
 * stable, then is switched off so nothing drifts. The page records its state
 * on <body> for tests: data-ng-nodes, data-ng-edges, data-ng-drawn,
 * data-ng-stable, data-ng-external (resources fetched over http(s)) and
 * data-ng-ms (milliseconds from navigation until the layout was stable). */
(function () {
  "use strict";
  var body = document.body;
  var status = document.getElementById("ng-status");
  var data = JSON.parse(document.getElementById("ng-data").textContent);

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

  function externalRequests() {
    if (!window.performance || !performance.getEntriesByType) {
      return -1;
    }
    return performance.getEntriesByType("resource").filter(function (entry) {
      return /^(https?:|\/\/)/i.test(entry.name);
    }).length;
  }

  var nodes = new vis.DataSet(withTooltips(data.nodes));
  var edges = new vis.DataSet(withTooltips(data.edges));
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
    status.textContent = "";
    body.setAttribute("data-ng-stable", "1");
    body.setAttribute("data-ng-external", String(externalRequests()));
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
})();
