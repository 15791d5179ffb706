/* newsgraph explorer: the side panel and name search shared by the graph view and the timeline.
 *
 * Every string that comes from an article (names, titles, sentences, urls)
 * reaches the page through textContent or a checked href, never as HTML.
 * window.NGPanel.normalize() folds Arabic spelling variants the way
 * newsgraph.text does in Python: alef forms to ا, ة to ه, ى to ي,
 * hamza on waw/ya to the bare letter, no tashkeel or tatweel, Arabic-Indic
 * digits to ASCII, case and punctuation folded. */
(function () {
  "use strict";

  var MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\ufeff]/g;
  var LETTERS = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي" };
  var DIGITS = "٠١٢٣٤٥٦٧٨٩";
  var PUNCT = /[\s\-_'"“”«»‘’`´.,;:!?()\[\]{}\/\\|،؛؟]+/g;

  function normalize(text) {
    var s = String(text || "").normalize("NFC").replace(/[أإآٱىةؤئکی]/g, function (c) { return LETTERS[c]; });
    s = s.normalize("NFD").replace(MARKS, "");
    s = s.replace(/[٠-٩]/g, function (d) { return String(DIGITS.indexOf(d)); });
    return s.toLowerCase().replace(PUNCT, " ").trim();
  }

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    return node;
  }

  function fill(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (m, key) {
      return values[key] !== undefined ? String(values[key]) : m;
    });
  }

  function safeUrl(url) {
    return /^https?:\/\/[^\s"'<>]+$/i.test(String(url || "")) ? String(url) : null;
  }

  function langAttr(code) {
    return /^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(code || "") ? { lang: code, dir: "auto" } : { dir: "auto" };
  }

  function link(text, url, attrs) {
    var safe = safeUrl(url);
    if (!safe) {
      return el("bdi", text, attrs);
    }
    var a = el("a", text, attrs);
    a.href = safe;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  /* Names of nodes and words of the interface in the current language.
   * words: {lang: {key: word}} (UI words, node types, "role:<name>", "et:<code>"), may be empty;
   * fallback: the page's own words. An entity is named by its name in the language, else its label;
   * an event by what happened, who and where: "Meeting · Bourita, Blinken · Marrakesh". */
  function Names(records, words, lang, fallback) {
    this.records = records;
    this.words = words || {};
    this.fallback = fallback || {};
    this.lang = lang;
  }

  Names.prototype.word = function (key) {
    var own = this.words[this.lang];
    if (!own) { return this.fallback[key]; }
    return own[key] !== undefined ? own[key] : (this.words.en || {})[key];
  };

  /* every word of the interface in the current language (English where one is missing) */
  Names.prototype.ui = function () {
    var own = this.words[this.lang];
    return own ? Object.assign({}, this.words.en || {}, own) : this.fallback;
  };

  Names.prototype.name = function (id) {
    var r = this.records[id];
    if (!r) { return ""; }
    var lang = this.lang;
    var own = (r.names || []).filter(function (n) { return n[0] === lang; });
    return own.length ? own[0][1] : r.label;
  };

  Names.prototype.eventType = function (r) {
    var w = r.event_type ? this.word("et:" + r.event_type) : undefined;
    return w || r.event_type_label || r.event_type || this.word("Event") || "";
  };

  /* the parts of a label, each in one direction: [type, actors, place(, date)] for an event, naming
   * at most ``most`` actors (default 2) */
  Names.prototype.labelParts = function (id, withDate, most) {
    var r = this.records[id];
    if (!r) { return []; }
    if (r.type !== "Event" || r.actors === undefined) { return [this.name(id)]; }
    var self = this;
    var parts = [this.eventType(r)];
    var actors = (r.actors || []).slice(0, most || 2).map(function (a) { return self.name(a); }).filter(Boolean);
    if (actors.length) { parts.push(actors.join(this.word("list_separator") || ", ")); }
    if (r.place && this.records[r.place]) { parts.push(this.name(r.place)); }
    if (withDate && r.span) { parts.push(r.span[0] === r.span[1] ? r.span[0] : r.span[0].slice(0, 7)); }
    return parts;
  };

  Names.prototype.label = function (id, withDate) {
    return this.labelParts(id, withDate).join(" · ");
  };

  /* a label as plain text for a canvas, which cannot hold <bdi>: each part isolated (FSI ... PDI),
   * so an Arabic name beside a Latin type or a date keeps its order; ``most`` actors, and each part
   * cut to ``width`` characters */
  Names.prototype.isolated = function (id, withDate, most, width) {
    var parts = this.labelParts(id, withDate, most).map(function (p) {
      return !width || p.length <= width ? p : p.slice(0, width - 1).trim() + "\u2026";
    });
    if (parts.length < 2) { return parts.join(""); }
    return parts.map(function (p) { return "\u2068" + p + "\u2069"; }).join(" · ");
  };

  /* an element ``tag`` holding the label, each part in its own <bdi> (so an Arabic name between a
   * Latin type and a date keeps its order), with ``attrs`` */
  Names.prototype.labelNode = function (tag, id, withDate, attrs) {
    var box = el(tag, null, attrs);
    this.labelParts(id, withDate).forEach(function (part, i) {
      if (i) { box.appendChild(document.createTextNode(" · ")); }
      box.appendChild(el("bdi", part));
    });
    return box;
  };

  Names.prototype.role = function (link) {
    if (link[3] === "holdsPosition" || !link[3]) { return link[0]; }
    return this.word("role:" + link[3]) || link[0];
  };

  /* records: {id: record} as written by newsgraph.export.explore.node_records;
   * ui: the page's words; onNavigate(id): called when a link to another node is followed;
   * cite: name the article under each evidence sentence (false when there is only one). */
  function Panel(records, ui, onNavigate, cite, names) {
    this.records = records;
    this.names = names || new Names(records, {}, "", ui);
    this.cite = cite !== false;
    this.ui = ui;
    this.onNavigate = onNavigate;
    this.box = document.getElementById("ng-panel");
    this.body = document.getElementById("ng-panel-body");
    var self = this;
    var close = document.getElementById("ng-panel-close");
    if (close) {
      close.addEventListener("click", function () { self.hide(); });
    }
    this.keys = null;  // normalised names, made on the first search: tens of thousands cost a second
  }

  Panel.prototype.searchKeys = function () {
    if (this.keys) { return this.keys; }
    var records = this.records;
    var keys = {};
    Object.keys(records).forEach(function (id) {
      var r = records[id];
      var names = [r.label].concat((r.names || []).map(function (n) { return n[1]; }), r.alt || []);
      keys[id] = names.map(normalize).filter(function (k, i, all) { return k && all.indexOf(k) === i; });
    });
    this.keys = keys;
    return keys;
  };

  Panel.prototype.typeName = function (r) {
    return this.ui[r.type] || r.type;
  };

  /* ids whose label or alternative name contains the query (normalised); exact and prefix matches first. */
  Panel.prototype.search = function (query, limit) {
    var q = normalize(query);
    if (!q) {
      return [];
    }
    var scored = [];
    var keys = this.searchKeys();
    Object.keys(keys).forEach(function (id) {
      var best = -1;
      keys[id].forEach(function (k) {
        var at = k.indexOf(q);
        if (at < 0) { return; }
        var score = k === q ? 3 : at === 0 ? 2 : (k.charAt(at - 1) === " " ? 1 : 0);
        best = Math.max(best, score);
      });
      if (best >= 0) { scored.push([best, id]); }
    });
    scored.sort(function (a, b) { return b[0] - a[0] || (a[1] < b[1] ? -1 : 1); });
    return scored.slice(0, limit || scored.length).map(function (s) { return s[1]; });
  };

  Panel.prototype.section = function (title) {
    var section = el("section", null, { "class": "ng-panel-section" });
    section.appendChild(el("h3", title));
    this.body.appendChild(section);
    return section;
  };

  Panel.prototype.show = function (id) {
    var r = this.records[id];
    if (!r) {
      return;
    }
    var ui = this.ui;
    var self = this;
    this.body.textContent = "";
    this.current = id;
    this.body.appendChild(this.names.labelNode("h2", id, true, { dir: "auto", "class": "ng-panel-title" }));
    var kind = el("p", this.typeName(r), { "class": "ng-panel-type", dir: "auto", "data-ng-type": r.type });
    if (r.event_type_label) {
      kind.appendChild(document.createTextNode(" · "));
      kind.appendChild(el("bdi", r.event_type_label));
    }
    this.body.appendChild(kind);
    if (r.type === "Event" && r.reports) {
      this.body.appendChild(el("p", fill(ui.reports, { n: r.reports }), { "class": "ng-panel-reports" }));
    }

    var rows = [];
    (r.names || []).forEach(function (n) { rows.push([ui.name + (n[0] ? " (" + n[0] + ")" : ""), n[1], n[0]]); });
    if (r.alt && r.alt.length) { rows.push([ui.also_known_as, r.alt.join(" · "), ""]); }
    if (r.span) {
      var when = r.span[0] === r.span[1] ? r.span[0] : r.span[0] + " – " + r.span[1];
      rows.push([ui.date, r.span[2] === "report" ? when + " (" + ui.reported_date + ")" : when, ""]);
    }
    (r.rows || []).forEach(function (row) { rows.push([row[0], row[1], ""]); });
    var table = el("dl", null, { "class": "ng-panel-facts" });
    rows.forEach(function (row) {
      table.appendChild(el("dt", row[0]));
      var dd = el("dd", null, langAttr(row[2]));
      dd.appendChild(el("bdi", row[1]));
      table.appendChild(dd);
    });
    this.body.appendChild(table);

    if (r.wikidata && r.wikidata.length) {
      var wd = this.section(ui.same_as);
      r.wikidata.forEach(function (url) {
        wd.appendChild(link(url.replace(/^https?:\/\/(www\.)?wikidata\.org\/entity\//, ""), url, { "class": "ng-wikidata" }));
        wd.appendChild(document.createTextNode(" "));
      });
    }
    if (r.articles && r.articles.length) {
      var list = el("ul", null, { "class": "ng-panel-articles" });
      r.articles.forEach(function (a) {
        var li = el("li", null, langAttr(a.lang));
        li.appendChild(link(a.title || ui.untitled, a.url, { dir: "auto" }));
        if (a.date) { li.appendChild(el("span", " " + a.date, { "class": "ng-date", dir: "ltr" })); }
        if (a.url && safeUrl(a.url)) { li.appendChild(el("div", a.url, { "class": "ng-url", dir: "ltr" })); }
        list.appendChild(li);
      });
      this.section(ui.articles).appendChild(list);
    }
    if (r.evidence && r.evidence.length) {
      var ev = this.section(ui.evidence);
      r.evidence.forEach(function (e) {
        var quote = el("blockquote", null, langAttr(e.lang));
        quote.className = "ng-evidence";
        quote.appendChild(el("p", e.text, langAttr(e.lang)));
        if (e.article && self.cite) { quote.appendChild(el("cite", e.article, { dir: "auto" })); }
        ev.appendChild(quote);
      });
      if (r.more_evidence) { ev.appendChild(el("p", fill(ui.more_evidence, { n: r.more_evidence }))); }
    }
    if (r.links && r.links.length) {
      var links = el("ul", null, { "class": "ng-panel-links" });
      r.links.forEach(function (l) {
        var other = self.records[l[1]];
        if (!other) { return; }
        var li = el("li", null, { dir: "auto" });
        var role = self.names.role(l);
        // "agent: Nasser Bourita" from an event; "agent of: Meeting · Bourita · Marrakesh" towards it
        role = l[2] === "in" && l[3] !== "holdsPosition" ? fill(ui.role_in || "{role} of", { role: role }) : role;
        li.appendChild(el("span", role + ": ", { "class": "ng-role", "data-ng-role": l[3] || "" }));
        var button = self.names.labelNode("button", l[1], true, { type: "button", dir: "auto", "data-ng-id": l[1] });
        button.addEventListener("click", function () { self.onNavigate(l[1]); });
        li.appendChild(button);
        links.appendChild(li);
      });
      this.section(ui.links).appendChild(links);
    }
    this.box.hidden = false;
    document.body.setAttribute("data-ng-panel", id);
  };

  /* A list of records in the panel (the events of a map cluster or of a timeline day): ``title``,
     an optional ``note``, and for each id the button ``button(id)`` makes, which shows that record. */
  Panel.prototype.list = function (title, note, ids, button) {
    var self = this;
    this.body.textContent = "";
    this.current = null;
    this.body.appendChild(el("h2", title, { dir: "auto", "class": "ng-panel-title" }));
    if (note) { this.body.appendChild(el("p", note, { "class": "ng-panel-type" })); }
    var list = el("ul", null, { "class": "ng-place-list" });
    ids.forEach(function (id) {
      var li = el("li", null, { dir: "auto" });
      var b = button(id);
      b.addEventListener("click", function () { self.show(id); });
      li.appendChild(b);
      list.appendChild(li);
    });
    this.body.appendChild(list);
    this.box.hidden = false;
    document.body.setAttribute("data-ng-panel", "list");
  };

  Panel.prototype.hide = function () {
    this.current = null;
    this.box.hidden = true;
    document.body.removeAttribute("data-ng-panel");
  };

  /* requests that left the file: anything fetched over http(s) since the page opened (-1: unknown). */
  function externalRequests() {
    if (!window.performance || !performance.getEntriesByType) {
      return -1;
    }
    return performance.getEntriesByType("resource").filter(function (entry) {
      return /^(https?:|\/\/)/i.test(entry.name);
    }).length;
  }

  var ITEM_REFS = ["id", "place", "country", "countries"];

  /* page data written by newsgraph.export.pagedata.compact: records as a list in the order of
   * data.ids, nodes named by their index in data.ids, articles and evidence by their index in
   * data.table, a link's role label 0 where it is the page's word for the role. Puts it all
   * back: records keyed by IRI, as the pages use them. Data without data.ids is returned as is. */
  function hydrate(data) {
    var ids = data.ids;
    var table = data.table || [];
    if (!ids) { return data; }
    var words = (data.words && data.words[data.language]) || {};
    var records = {};
    data.records.forEach(function (r, i) {
      if (r.links) {
        r.links = r.links.map(function (l) {
          return [l[0] === 0 ? words["role:" + l[3]] : l[0], ids[l[1]], l[2], l[3]];
        });
      }
      if (r.actors) { r.actors = r.actors.map(function (a) { return ids[a]; }); }
      if (typeof r.place === "number") { r.place = ids[r.place]; }
      ["articles", "evidence"].forEach(function (key) {
        if (r[key]) { r[key] = r[key].map(function (n) { return table[n]; }); }
      });
      records[ids[i]] = r;
    });
    data.records = records;
    ["events", "points"].forEach(function (key) {
      (data[key] || []).forEach(function (item) {
        ITEM_REFS.forEach(function (k) {
          var v = item[k];
          if (typeof v === "number") { item[k] = ids[v]; }
          else if (Array.isArray(v)) { item[k] = v.map(function (n) { return ids[n]; }); }
        });
      });
    });
    delete data.ids;
    delete data.table;
    return data;
  }

  window.NGPanel = {
    Panel: Panel, Names: Names, normalize: normalize, el: el, fill: fill, externalRequests: externalRequests,
    hydrate: hydrate,
  };
})();
