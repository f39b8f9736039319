// The map's layers: network and district outlines as the base map (no tiles by default), areas
// coloured by coverage, facilities by category, catchments, proposed facilities. Only what is in
// view is requested; the server simplifies geometry by zoom.
import { bboxParam, getJson } from './api.js';
import { categoryColor, categoryIds, categoryLabel } from './categories.js';
import { STATUS_LABELS, escapeHtml, formatMeters } from './i18n.js';
import { TIERS } from './units.js';

const COLORS = { covered: '#4caf50', uncovered: '#e53935', no_population: '#9e9e9e' };

export class MapLayers {
  constructor(map, state) {
    this.map = map;
    this.state = state;
    this.network = L.geoJSON(null, { style: { color: '#9a9a9a', weight: 1, interactive: false } }).addTo(map);
    this.districts = L.geoJSON(null, { style: { color: '#37474f', weight: 2, fill: false, dashArray: '6 4' } }).addTo(map);
    this.catchments = L.geoJSON(null, { style: { color: '#1565c0', weight: 1, fillOpacity: 0.12 } });
    this.areas = L.geoJSON(null, { style: (f) => this.areaStyle(f), onEachFeature: (f, layer) => this.bindArea(f, layer) }).addTo(map);
    this.facilities = L.geoJSON(null, {
      pointToLayer: (f, latlng) => L.circleMarker(latlng, facilityStyle(f.properties)),
      onEachFeature: (f, layer) => layer.bindPopup(facilityPopup(f.properties)),
    }).addTo(map);
    this.proposals = L.layerGroup().addTo(map);
    L.control.layers(null, {
      '路网 Network': this.network, '分区 Districts': this.districts, '小区 Residential areas': this.areas,
      '设施 Facilities': this.facilities, '服务范围 Catchments': this.catchments, '拟建 Proposed': this.proposals,
    }, { collapsed: false }).addTo(map);
  }

  status(feature) {
    const p = feature.properties;
    const override = this.state.whatIf.get(p.area_id);
    const coverage = override || categoryOf(p, this.state.category);
    if (p.population === null || p.population === undefined) {
      return 'no_population';
    }
    return coverage.covered ? 'covered' : 'uncovered';
  }

  areaStyle(feature) {
    const color = this.state.colourBy === 'coverage' ? COLORS[this.status(feature)] : this.shade(feature);
    return { color, weight: 1, fillColor: color, fillOpacity: 0.45, className: `area area-${feature.properties.area_id}` };
  }

  // Served share or places per 1,000 on a red (0) to green (1: all served; the target per 1,000,
  // or else 1 place per 1,000 residents of the group) ramp; grey where the figure is unknown.
  shade(feature) {
    const p = feature.properties;
    const c = this.state.category;
    let value = null;
    if (this.state.colourBy === 'served') {
      value = p[`${c}_demand`] > 0 && p[`${c}_served`] !== null ? p[`${c}_served`] / p[`${c}_demand`] : null;
    } else {
      const rule = this.state.info.profile.rules.find((r) => r.category === c);
      const goal = (rule && rule.capacityPer1000Target) || 1;
      value = p[`${c}_access_per_1000`] === null ? null : p[`${c}_access_per_1000`] / goal;
    }
    if (value === null || value === undefined) {
      return COLORS.no_population;
    }
    const t = Math.max(0, Math.min(1, value));
    return `rgb(${Math.round(229 - 153 * t)}, ${Math.round(57 + 118 * t)}, ${Math.round(53 + 27 * t)})`;
  }

  bindArea(feature, layer) {
    layer.on('click', (event) => {
      if (this.state.proposing()) {
        return; // the click goes on to the map, where the what-if mode places a facility
      }
      L.DomEvent.stopPropagation(event);
      L.popup().setLatLng(event.latlng).setContent(this.areaPopup(feature)).openOn(this.map);
    });
  }

  areaPopup(feature) {
    const p = feature.properties;
    const rows = categoryIds().filter((category) => `${category}_covered` in p).map((category) => {
      const c = categoryOf(p, category);
      const value = this.state.whatIf.has(p.area_id) && category === this.state.category ? this.state.whatIf.get(p.area_id) : c;
      return `<tr><td>${escapeHtml(categoryLabel(category))}</td>`
        + `<td class="distance">${escapeHtml(formatMeters(value.distance_m))}</td>`
        + `<td>${escapeHtml(value.facility_name || value.facility_id || '—')}</td>`
        + `<td>${value.covered ? '✔' : '✘'}</td>`
        + `<td class="supply">${supplyText(p, category)}</td></tr>`;
    }).join('');
    return `<div class="area-popup"><b>${escapeHtml(p.name || p.source_id)}</b> (${escapeHtml(p.district_name || '')})<br>`
      + `人口 Population: ${p.population === null ? '—' : escapeHtml(Math.round(p.population))}`
      + ` (${escapeHtml(p.population_source)})<br>`
      + `${STATUS_LABELS[this.status(feature)]}<table>${rows}</table></div>`;
  }

  restyle() {
    this.areas.setStyle((f) => this.areaStyle(f));
  }

  // Redraws the layers for the current view and coverage settings. Refreshes overlap (a pan while a
  // category change is loading); only the newest one draws, so a slow older answer cannot paint
  // the map with settings it no longer shows.
  refresh() {
    const generation = (this.generation || 0) + 1;
    this.generation = generation;
    this.latest = this.load(generation).catch((error) => {
      if (generation === this.generation) {
        throw error; // an outdated refresh's failure is no longer the page's concern
      }
    });
    return this.latest;
  }

  // Resolves once the newest refresh has drawn or failed, including refreshes started meanwhile.
  async idle() {
    let awaited;
    do {
      awaited = this.latest;
      await awaited?.catch(() => {});
    } while (awaited !== this.latest);
  }

  async load(generation) {
    const dataset = this.state.dataset;
    if (!dataset) {
      return;
    }
    const view = { bbox: bboxParam(this.map.getBounds()), zoom: this.map.getZoom() };
    const coverage = { category: this.state.category, maxWalkMeters: this.state.maxWalkMeters };
    const base = `/api/datasets/${encodeURIComponent(dataset)}`;
    const [network, areas, facilities] = await Promise.all([
      getJson(`${base}/network`, view),
      getJson(`${base}/areas`, { ...view, ...coverage }),
      getJson(`${base}/facilities`, view),
    ]);
    if (generation !== this.generation) {
      return;
    }
    replace(this.network, network);
    replace(this.areas, areas);
    replace(this.facilities, facilities);
    if (this.map.hasLayer(this.catchments)) {
      const catchments = await getJson(`${base}/catchments`, { ...view, ...coverage, form: 'dissolve' });
      if (generation === this.generation) {
        replace(this.catchments, catchments);
      }
    }
  }

  async loadDistricts() {
    const data = await getJson(`/api/datasets/${encodeURIComponent(this.state.dataset)}/districts/boundaries`);
    replace(this.districts, data);
    return data;
  }

  // The outlines of a street or community level (the units endpoint's GeoJSON) in place of the districts'.
  showOutlines(geojson) {
    replace(this.districts, geojson);
  }
}

// Redraws a layer, unless the answer is what it already shows (a view that moved by a pixel, a
// refresh that repeats): its shapes, and any popup open on them, then stay as they are.
function replace(layer, geojson) {
  const text = JSON.stringify(geojson);
  if (drawn.get(layer) === text) {
    return;
  }
  drawn.set(layer, text);
  layer.clearLayers();
  layer.addData(geojson);
}

const drawn = new WeakMap();

// Served residents of the demand group and places within reach per 1,000, where known.
function supplyText(p, category) {
  const served = p[`${category}_served`];
  const demand = p[`${category}_demand`];
  const access = p[`${category}_access_per_1000`];
  const parts = [];
  if (served !== null && served !== undefined && demand) {
    parts.push(`${escapeHtml(served)}/${escapeHtml(demand)} 获得服务 served`);
  }
  if (access !== null && access !== undefined) {
    parts.push(`${escapeHtml(Number(access).toFixed(1))} /1000`);
  }
  return parts.join(' · ');
}

// An area's figures for one category, from its flat fields (C_distance_m, C_facility_id, ... as in coverage.csv).
function categoryOf(p, category) {
  return {
    distance_m: p[`${category}_distance_m`], facility_id: p[`${category}_facility_id`],
    facility_name: p[`${category}_facility_name`], covered: p[`${category}_covered`] === true,
  };
}

// A facility's colour is its category's; a tiered one (district centre, street station, community
// site) is drawn larger the higher its tier, with a heavier ring; others as before.
function facilityStyle(p) {
  const tier = TIERS[p.tier];
  return {
    radius: tier ? tier.radius : 6, color: '#222', weight: tier ? tier.weight : 1, fillColor: categoryColor(p.category),
    fillOpacity: 0.9, className: `facility${tier ? ` tier-${p.tier}` : ''}`,
  };
}

function facilityPopup(p) {
  return `<b>${escapeHtml(p.name || p.id)}</b><br>${escapeHtml(categoryLabel(p.category))}`
    + `${p.subtype ? ` · ${escapeHtml(p.subtype)}` : ''}${TIERS[p.tier] ? `<br>${escapeHtml(TIERS[p.tier].label)}` : ''}${p.capacity ? `<br>容量 Capacity: ${escapeHtml(p.capacity)}` : ''}`;
}
