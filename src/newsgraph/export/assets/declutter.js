/* newsgraph explorer: labels that do not overlap, in a picture that fills the window.
 *
 * vis-network's physics keeps node bodies apart, not their labels: a person's name is drawn under
 * its dot and runs over its neighbours', and a force layout leaves wide gaps between clusters, so
 * fitted to the window every label is small. After the layout settles the view calls
 * NGDeclutter.arrange(network, nodes, options, shape):
 *
 * - each drawn node's box, label included, in canvas units (boxes()): measured with the canvas's
 *   own text metrics, as vis-network wraps and draws it (vis keeps no size for a label it has not
 *   drawn yet, so its own bounding boxes cannot be used before the first frame);
 * - with shape (the container's width / height), the picture is first packed closer and stretched
 *   to the window's proportions, keeping every node's place relative to the others;
 * - then boxes are pushed apart, each pair along the axis where they overlap least, until no two
 *   overlap (spread()); a few hundred nodes take a few milliseconds.
 *
 * Nothing here reads text from articles other than through the labels vis-network draws. */
(function () {
  "use strict";

  var PAD = 6;  // canvas units kept free between two boxes, above and below
  var PAD_X = 16;  // and side by side, where two names would otherwise read as one
  var DENSITY = 0.6;  // share of the packed picture covered by boxes
  var BLEND = 0.8;  // how much of a node's place comes from its rank (the rest: its position)
  var canvas = null;

  function measure(text, size) {
    canvas = canvas || document.createElement("canvas");
    var ctx = canvas.getContext("2d");
    ctx.font = size + "px arial";
    return ctx.measureText(text).width;
  }

  /* lines of ``text`` wrapped at ``width`` canvas units (at spaces, as vis-network does) */
  function wrap(text, size, width) {
    if (!width) { return String(text).split("\n"); }
    var lines = [];
    String(text).split("\n").forEach(function (paragraph) {
      var line = "";
      paragraph.split(" ").forEach(function (word) {
        var next = line ? line + " " + word : word;
        if (line && measure(next, size) > width) {
          lines.push(line);
          line = word;
        } else {
          line = next;
        }
      });
      lines.push(line);
    });
    return lines;
  }

  /* {id: {x, y, w, h, dy}}: each node's box (its centre is at x, y + dy), label included: the sizes
   * vis-network computed for its last frame (it sizes every label, drawn or not), else estimated
   * from the canvas's text metrics */
  function boxes(network, nodes, options) {
    var base = options.nodes || {};
    var baseFont = (base.font && base.font.size) || 14;
    var ids = nodes.getIds();
    var at = network.getPositions(ids);
    var drawn = (network.body && network.body.nodes) || {};
    var out = {};
    ids.forEach(function (id) {
      var n = nodes.get(id);
      var size = (n.font && n.font.size) || baseFont;
      var line = 1.2 * size;
      var label = n.label || "";
      var shape = drawn[id] && drawn[id].shape;
      var text = drawn[id] && drawn[id].labelModule && drawn[id].labelModule.size;
      if (n.shape === "box") {  // the label inside, wrapped at the box's widest
        var border = 2 * (n.borderWidth || base.borderWidth || 1);
        if (shape && shape.width > 0) {  // as vis-network bounds it: border and selection ring included
          var bound = network.getBoundingBox(id);
          out[id] = { x: at[id].x, y: at[id].y, w: bound.right - bound.left, h: bound.bottom - bound.top, dy: 0 };
          return;
        }
        var margin = n.margin !== undefined ? n.margin : 5;
        var most = n.widthConstraint && n.widthConstraint.maximum;
        var lines = wrap(label, size, most ? most - 2 * margin : 0);
        var w = Math.max.apply(null, lines.map(function (l) { return measure(l, size); }));
        out[id] = { x: at[id].x, y: at[id].y, w: w + 2 * margin + border, h: lines.length * line + 2 * margin + border,
          dy: 0 };
      } else {  // a symbol, its label under it
        var radius = n.size || base.size || 14;
        var width = text && text.width > 0 ? text.width : (label ? measure(label, size) : 0);
        var height = text && text.height > 0 ? text.height : (label ? line : 0);
        var h = 2 * radius + height;
        out[id] = { x: at[id].x, y: at[id].y, w: Math.max(2 * radius, width), h: h, dy: h / 2 - radius };
      }
    });
    return out;
  }

  function overlap(a, b, pad) {
    var ox = (a.w + b.w) / 2 + pad * PAD_X / PAD - Math.abs(a.x - b.x);
    var oy = (a.h + b.h) / 2 + pad - Math.abs((a.y + a.dy) - (b.y + b.dy));
    return ox > 0.5 && oy > 0.5 ? [ox, oy] : null;  // half a unit of contact is no overlap
  }

  /* move boxes apart until none overlaps (or rounds run out); returns the overlaps left */
  function spread(box, pad, rounds) {
    var ids = Object.keys(box);
    var left = 0;
    for (var round = 0; round < (rounds || 800); round++) {
      left = 0;
      // sweep along x: only boxes whose x ranges meet can overlap
      ids.sort(function (p, q) { return (box[p].x - box[p].w / 2) - (box[q].x - box[q].w / 2); });
      for (var i = 0; i < ids.length; i++) {
        var a = box[ids[i]];
        for (var j = i + 1; j < ids.length; j++) {
          var b = box[ids[j]];
          if ((b.x - b.w / 2) - (a.x + a.w / 2) > pad * PAD_X / PAD) { break; }
          var o = overlap(a, b, pad);
          if (!o) { continue; }
          left += 1;
          if (o[0] < o[1]) {
            var sx = (a.x < b.x || (a.x === b.x && i < j)) ? -1 : 1;
            a.x += sx * (o[0] + 1) / 2;
            b.x -= sx * (o[0] + 1) / 2;
          } else {
            var sy = (a.y + a.dy < b.y + b.dy || (a.y + a.dy === b.y + b.dy && i < j)) ? -1 : 1;
            a.y += sy * (o[1] + 1) / 2;
            b.y -= sy * (o[1] + 1) / 2;
          }
        }
      }
      if (!left) { break; }
    }
    return left;
  }

  /* spread the picture evenly over a rectangle of proportion ``shape`` (width / height), sized for
   * the boxes to cover DENSITY of it: each node keeps its rank from left to right and from top to
   * bottom, so neighbours stay neighbours, but a dense core and an empty rim even out (a force
   * layout packs the hubs together and leaves leaves far out, which fitted to a window makes every
   * label small) */
  function pack(box, shape) {
    var ids = Object.keys(box);
    var n = ids.length;
    if (n < 2) { return; }
    var area = 0;
    ids.forEach(function (id) { area += (box[id].w + PAD_X) * (box[id].h + PAD); });
    var width = Math.sqrt((area / DENSITY) * shape);
    var height = width / shape;
    function even(key, extent) {
      var order = ids.slice().sort(function (p, q) { return box[p][key] - box[q][key] || (p < q ? -1 : 1); });
      var lo = box[order[0]][key];
      var hi = box[order[n - 1]][key];
      order.forEach(function (id, i) {
        var ranked = (i / (n - 1) - 0.5) * extent;
        var linear = hi > lo ? ((box[id][key] - lo) / (hi - lo) - 0.5) * extent : ranked;
        box[id][key] = BLEND * ranked + (1 - BLEND) * linear;
      });
    }
    even("x", width);
    even("y", height);
  }

  /* declutter the drawn nodes; with ``shape`` also pack them to fill a window of that proportion.
   * Returns the number of overlaps left. */
  function arrange(network, nodes, options, shape) {
    network.redraw();  // vis-network sizes every node and label as it draws a frame
    var box = boxes(network, nodes, options);
    if (shape) { pack(box, shape); }
    var left = spread(box, PAD);
    var moves = Object.keys(box).map(function (id) { return { id: id, x: box[id].x, y: box[id].y }; });
    nodes.update(moves);
    return left;
  }

  window.NGDeclutter = { arrange: arrange, boxes: boxes, spread: spread, overlap: overlap };
})();
