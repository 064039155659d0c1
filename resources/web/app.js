/* Zoem Zone kansenkaart page: reads site.json (written by the plugin) and builds the map with
   Leaflet. Everything it requests lies in this folder, unless site.json names a basemap. */
(function () {
  "use strict";
  var site, map, texts, blocks = {}, overlays = {}, clickMarker = null;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function latLngBounds(b) { return L.latLngBounds([b[1], b[0]], [b[3], b[2]]); }

  function styleOf(spec, properties) {
    var item = spec.classes[0];
    if (spec.kind === "categorized") {
      item = spec.classes.filter(function (c) {
        return String(c.value) === String(properties[spec.field]);
      })[0];
    } else if (spec.kind === "graduated") {
      var v = properties[spec.field];
      item = spec.classes.filter(function (c) { return v >= c.lower && v <= c.upper; })[0];
    }
    item = item || { color: "#888888", stroke: "#555555", opacity: 0.6 };
    return { color: item.stroke, weight: 1.5, fillColor: item.color,
             fillOpacity: item.opacity, opacity: 1 };
  }

  function popupOf(layerSpec, properties) {
    var dl = el("dl", { "class": "values" });
    layerSpec.fields.forEach(function (name) {
      if (properties[name] === null || properties[name] === undefined) { return; }
      dl.appendChild(el("dt", {}, texts[name] || name));
      dl.appendChild(el("dd", {}, properties[name]));
    });
    return dl;
  }

  function addVector(spec, control) {
    /* a feature's popup stops the click: the place's values are shown from here too */
    var layer = L.geoJSON(null, {
      interactive: spec.interactive !== false,
      style: function (f) { return styleOf(spec.style, f.properties); },
      pointToLayer: function (f, latlng) {
        var s = styleOf(spec.style, f.properties);
        s.radius = 6;
        return L.circleMarker(latlng, s);
      },
      onEachFeature: function (f, l) {
        l.bindPopup(popupOf(spec, f.properties));
        l.on("click", function (e) { showPlace(e.latlng); });
      }
    });
    fetch(spec.url).then(function (r) { return r.json(); }).then(function (data) {
      layer.addData(data);
    });
    control.addOverlay(layer, spec.name);
    overlays[spec.key] = layer;
    if (spec.visible) { layer.addTo(map); }
  }

  function legend() {
    var box = document.getElementById("legend");
    site.rasters.concat(site.vectors).forEach(function (spec) {
      var part = el("div", { "class": "legend-layer" });
      part.appendChild(el("b", {}, spec.name));
      var items = spec.legend || spec.style.classes;
      items.forEach(function (item) {
        var row = el("div");
        var swatch = el("span", { "class": "swatch" });
        swatch.style.background = item.color;
        row.appendChild(swatch);
        row.appendChild(document.createTextNode(item.label));
        part.appendChild(row);
      });
      box.appendChild(part);
    });
  }

  function block(name) {
    if (!blocks[name]) {
      blocks[name] = fetch("cells/" + name + ".bin").then(function (r) {
        return r.arrayBuffer();
      });
    }
    return blocks[name];
  }

  var TYPES = { float32: [Float32Array, 4], uint8: [Uint8Array, 1], int8: [Int8Array, 1],
                int16: [Int16Array, 2] };

  function valuesAt(latlng) {
    var c = site.cells, g = c.geotransform, size = c.block;
    var col = Math.floor((latlng.lng - g[0]) / g[1]);
    var row = Math.floor((latlng.lat - g[3]) / g[5]);
    if (col < 0 || row < 0 || col >= c.cols || row >= c.rows) { return Promise.resolve(null); }
    var name = Math.floor(row / size) + "_" + Math.floor(col / size);
    if (c.blocks.indexOf(name) < 0) { return Promise.resolve(null); }
    var index = (row % size) * size + (col % size);
    return block(name).then(function (buffer) {
      var offset = 0, out = {};
      c.fields.forEach(function (f) {
        var type = TYPES[f.type];
        var value = new type[0](buffer, offset, size * size)[index];
        offset += size * size * type[1];
        out[f.name] = (f.nodata === null ? isNaN(value) : value === f.nodata) ? null : value;
      });
      return out;
    });
  }

  function priorityLabel(value) {
    var layer = site.rasters.filter(function (r) { return r.key === "priority"; })[0];
    if (layer && layer.legend[value - 1]) { return layer.legend[value - 1].label; }
    return String(value);
  }

  function showPlace(latlng) {
    var box = document.getElementById("place-info");
    valuesAt(latlng).then(function (v) {
      box.innerHTML = "";
      if (!v || v.best === null) { box.appendChild(el("p", {}, texts.no_value)); return; }
      var dl = el("dl", { "class": "values", id: "place-values" });
      function add(term, value) {
        dl.appendChild(el("dt", {}, term));
        dl.appendChild(el("dd", {}, value));
      }
      add(texts.best_measure, site.measures[String(v.best)] || v.best);
      if (v.gain !== null) { add(texts.gain, v.gain.toPrecision(3) + " " + texts.gain_unit); }
      if (v.priority !== null) { add(texts.priority, priorityLabel(v.priority)); }
      var gaps = site.cells.guilds.map(function (guild) {
        var name = texts["guild:" + guild] || guild;     /* the default guilds are named */
        var mask = v["seasons:" + guild];
        if (mask !== null && mask !== undefined) {     /* bit i: the i-th season is a gap */
          var seasons = site.cells.seasons.filter(function (s, i) { return mask & (1 << i); });
          return name + ": " + (seasons.length ? seasons.join(", ") : texts.no_gap);
        }
        var n = v["gaps:" + guild];
        return n === null || n === undefined ? null : name + ": " + n + " " + texts.seasons;
      }).filter(function (s) { return s !== null; });
      if (gaps.length) { add(texts.food_gaps, gaps.join("; ")); }
      box.appendChild(dl);
      if (clickMarker) { map.removeLayer(clickMarker); }
      clickMarker = L.circleMarker(latlng, { radius: 5, color: "#000" }).addTo(map);
    });
  }

  function showArea(area) {
    var info = document.getElementById("area-info");
    info.innerHTML = "";
    if (!area) { return; }
    map.fitBounds(latLngBounds(area.bounds), { animate: false });
    info.appendChild(el("h2", {}, texts.top_places));
    var list = el("ol", { id: "top-places" });
    area.top.forEach(function (place) {
      var item = el("li");
      var link = el("a", { href: "#" }, site.measures[String(place.best_measure)] + " (" +
                    place.gain.toPrecision(3) + ")");
      link.addEventListener("click", function (e) {
        e.preventDefault();
        var latlng = L.latLng(place.lat, place.lon);
        map.setView(latlng, site.maxZoom);
        showPlace(latlng);
      });
      item.appendChild(link);
      list.appendChild(item);
    });
    info.appendChild(list);
    info.appendChild(el("h2", {}, texts.downloads));
    var files = el("ul");
    if (area.report) {
      var r = el("li");
      r.appendChild(el("a", { href: area.report }, texts.report));
      files.appendChild(r);
    } else {
      files.appendChild(el("li", {}, texts.no_report));
    }
    area.downloads.forEach(function (d) {
      var li = el("li");
      li.appendChild(el("a", { href: d.href }, d.label));
      files.appendChild(li);
    });
    var data = el("li");
    data.appendChild(el("a", { href: "data.html" }, texts.data));
    files.appendChild(data);
    info.appendChild(files);
  }

  function areas(control) {
    var select = document.getElementById("area-select");
    document.getElementById("area-label").textContent = texts.municipality;
    select.appendChild(el("option", { value: "" }, texts.choose_municipality));
    site.areas.forEach(function (a) { select.appendChild(el("option", { value: a.id }, a.name)); });
    select.addEventListener("change", function () {
      showArea(site.areas.filter(function (a) { return String(a.id) === select.value; })[0]);
    });
    if (site.areas.length) {
      addVector({ key: "study_areas", name: texts.municipality, url: "layers/study_areas.geojson",
                  fields: ["name"], visible: true, interactive: false,
                  style: { kind: "single", classes: [{ color: "#555555", stroke: "#555555",
                                                       opacity: 0 }] } }, control);
    } else {
      select.disabled = true;
    }
  }

  function start(data) {
    site = data;
    texts = site.texts;
    document.getElementById("data-link").textContent = texts.data;
    document.getElementById("legend-title").textContent = texts.legend;
    document.getElementById("place-title").textContent = texts.best_measure;
    document.getElementById("place-info").textContent = texts.click_hint;
    var bounds = latLngBounds(site.bounds);
    map = L.map("map", { minZoom: site.minZoom, maxZoom: site.maxZoom + 2 });
    map.fitBounds(bounds);
    var bases = {};
    if (site.basemap) {
      bases.Basemap = L.tileLayer(site.basemap, { maxZoom: site.maxZoom + 2 }).addTo(map);
    }
    var control = L.control.layers(bases, {}, { collapsed: false }).addTo(map);
    site.rasters.forEach(function (r) {
      var layer = L.tileLayer(r.tiles, { bounds: bounds, minZoom: site.minZoom,
                                         maxNativeZoom: site.maxZoom,
                                         maxZoom: site.maxZoom + 2, opacity: 0.85 });
      control.addOverlay(layer, r.name);
      overlays[r.key] = layer;
      if (r.visible) { layer.addTo(map); }
    });
    site.vectors.forEach(function (v) { addVector(v, control); });
    areas(control);
    legend();
    map.on("click", function (e) { showPlace(e.latlng); });
    window.zoemzone = { map: map, site: site, overlays: overlays, showPlace: showPlace };
  }

  fetch("site.json").then(function (r) { return r.json(); }).then(start);
}());
