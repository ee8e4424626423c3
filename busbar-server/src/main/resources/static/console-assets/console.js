// Busbar console: the little script the pages need (no build). htmx does the requests; this adds the form token
// to them, and draws charts (uPlot) and maps (Leaflet) declared in the HTML, also after htmx swaps content in.
(function () {
  "use strict";

  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = csrf();
  });

  // <div class="chart" data-chart='{"x":[epochSeconds...],"series":[{"label":"Power","unit":"kW","values":[...]}]}'>
  function drawChart(element) {
    if (!window.uPlot || element.dataset.drawn) {
      return;
    }
    var spec = JSON.parse(element.dataset.chart);
    if (!spec.x || spec.x.length === 0) {
      element.innerHTML = '<div class="empty">No readings yet</div>';
      element.dataset.drawn = "1";
      return;
    }
    var colors = ["#0a7cff", "#12a150", "#e8a317", "#d92d20", "#7a5af8", "#0e9384"];
    var series = [{}];
    var axes = [{}];
    // One reading alone would make uPlot stretch the time axis over years: show a quarter of an hour around it.
    var first = spec.x[0];
    var single = spec.x.every(function (t) { return t === first; });
    var scales = { x: single ? { time: true, auto: false, range: [first - 900, first + 900] } : { time: true } };
    spec.series.forEach(function (s, i) {
      var scale = s.unit || "y" + i;
      series.push({ label: s.label + (s.unit ? " (" + s.unit + ")" : ""), stroke: colors[i % colors.length], width: 2,
        scale: scale, spanGaps: true, dash: s.dash || undefined });
      if (!scales[scale]) {
        scales[scale] = { auto: true };
        var nth = Object.keys(scales).length - 1; // not counting the x scale
        axes.push({ scale: scale, label: s.unit || "", side: nth % 2 === 1 ? 3 : 1, grid: { show: nth === 1 } });
      }
    });
    var data = [spec.x].concat(spec.series.map(function (s) { return s.values; }));
    var width = Math.max(280, element.clientWidth || 600);
    element.innerHTML = "";
    new window.uPlot({ width: width, height: spec.height || 240, series: series, axes: axes, scales: scales,
      legend: { live: true } }, data, element);
    element.dataset.drawn = "1";
  }

  // <div class="map" data-map='{"tiles":"https://…/{z}/{x}/{y}.png","attribution":"…","sites":[{"name","lat","lon","url","label","state"}]}'>
  function drawMap(element) {
    if (!window.L || element.dataset.drawn) {
      return;
    }
    var spec = JSON.parse(element.dataset.map);
    var map = window.L.map(element, { scrollWheelZoom: false, attributionControl: !!spec.tiles });
    if (spec.tiles) {
      window.L.tileLayer(spec.tiles, { maxZoom: 19, attribution: spec.attribution || "" }).addTo(map);
    }
    var points = [];
    (spec.sites || []).forEach(function (site) {
      if (site.lat == null || site.lon == null) {
        return;
      }
      var color = { ok: "#12a150", charging: "#0a7cff", faulted: "#d92d20", offline: "#8a94a6" }[site.state] || "#0a7cff";
      var marker = window.L.circleMarker([site.lat, site.lon], { radius: 11, color: "#fff", weight: 2,
        fillColor: color, fillOpacity: 0.95 }).addTo(map);
      var link = document.createElement("a");
      link.href = site.url;
      link.textContent = site.name;
      var box = document.createElement("div");
      box.appendChild(link);
      if (site.label) {
        var text = document.createElement("div");
        text.textContent = site.label;
        box.appendChild(text);
      }
      marker.bindPopup(box);
      marker.bindTooltip(site.name);
      points.push([site.lat, site.lon]);
    });
    if (points.length > 0) {
      map.fitBounds(points, { padding: [40, 40], maxZoom: 13 });
    } else {
      map.setView([50, 10], 4);
    }
    element.dataset.drawn = "1";
  }

  function drawAll(root) {
    (root || document).querySelectorAll("[data-chart]").forEach(drawChart);
    (root || document).querySelectorAll("[data-map]").forEach(drawMap);
  }

  document.addEventListener("DOMContentLoaded", function () { drawAll(document); });
  document.addEventListener("htmx:load", function (event) { drawAll(event.target); });
})();
