// The unit levels of the district table and the outlines: district, street, community. A level's
// rows come from /units (units.csv's fields, per category) and its tier checks from /units/tiers
// (tiers.csv's rows); both are turned into the rows the district table draws.
import { getJson } from './api.js';

export const LEVEL_LABELS = { district: '区 District', street: '街道 Street', community: '社区 Community' };

// The tier values (tiers.csv's required_tier, the facilities' tier) and how the map draws them.
export const TIERS = {
  district_centre: { label: '区级中心 District centre', radius: 10, weight: 3 },
  street_station: { label: '街道阵地 Street station', radius: 7, weight: 2 },
  community_site: { label: '社区场所 Community site', radius: 4, weight: 1 },
};

// The level's outlines (GeoJSON) and its table rows for the category; tier checks joined by code.
export async function loadLevel(state) {
  const base = `/api/datasets/${encodeURIComponent(state.dataset)}/units`;
  const params = { level: state.level, maxWalkMeters: state.maxWalkMeters };
  const [units, tiers] = await Promise.all([getJson(base, params), getJson(`${base}/tiers`, params)]);
  const tierByCode = tierRows(tiers.rows, state.category);
  const rule = state.info.profile.rules.find((r) => r.category === state.category);
  const c = state.category;
  const rows = units.features.map((f) => {
    const p = f.properties;
    return {
      district_code: p.code, district_name: p.name, status: p.status, coverage_pct: p[`${c}_coverage_pct`],
      target_pct: p[`${c}_target_pct`], pass: p[`${c}_pass`], capacity_per_1000: p[`${c}_capacity_per_1000`],
      capacity_target_per_1000: rule ? rule.capacityPer1000Target : null, capacity_pass: p[`${c}_capacity_pass`],
      bbox: bboxOf(f.geometry), tier: tierByCode.get(p.code) || null,
    };
  });
  return { outlines: units, rows };
}

// The tier checks of the district level, for the district table's tier column.
export async function districtTiers(state) {
  if (!state.info.unitLevels.includes('district')) {
    return new Map();
  }
  const tiers = await getJson(`/api/datasets/${encodeURIComponent(state.dataset)}/units/tiers`,
    { level: 'district', maxWalkMeters: state.maxWalkMeters });
  return tierRows(tiers.rows, state.category);
}

function tierRows(rows, category) {
  return new Map(rows.filter((row) => row.category === category).map((row) => [row.code, row]));
}

function bboxOf(geometry) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0]); box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]); box[3] = Math.max(box[3], c[1]);
    } else {
      c.forEach(visit);
    }
  };
  visit(geometry.coordinates);
  return box;
}
