// The gap map: wires the panel, the map layers, the district table and the what-if mode.
import { download, getJson, sendFile, sendJson } from './api.js';
import { categoryColor, categoryIds, categoryLabel, setCategories } from './categories.js';
import { DistrictPanel } from './districts.js';
import { textSpan } from './i18n.js';
import { MapLayers } from './layers.js';
import { PrintSheet } from './print.js';
import { LEVEL_LABELS, TIERS, districtTiers, loadLevel } from './units.js';
import { Suggest } from './suggest.js';
import { WhatIf } from './whatif.js';

const $ = (id) => document.getElementById(id);
const state = {
  dataset: null, category: null, level: 'district', colourBy: 'coverage', maxWalkMeters: null, info: null,
  whatIf: new Map(),
  proposing: () => $('whatif').checked,
};

const map = L.map('map').setView([39.12, 117.2], 13);
const layers = new MapLayers(map, state);
new PrintSheet(map, state, layers); // eslint-disable-line no-new
const districtPanel = new DistrictPanel($('districts'), (row) => row.bbox && map.fitBounds([[row.bbox[1], row.bbox[0]], [row.bbox[3], row.bbox[2]]]));

const ui = {
  toggle: $('whatif'),
  list: $('proposals'),
  // a what-if answers with district rows: the table shows them only at the district level
  showDistricts: (rows) => state.level === 'district' && showDistrictRows(rows),
  reloadDistricts,
  showError,
};
const whatIf = new WhatIf(map, layers, state, ui);
new Suggest(map, whatIf, state, {
  count: $('suggestCount'), button: $('suggestRun'), error: $('suggestError'), summary: $('suggestSummary'),
  table: $('suggestions'), rows: $('suggestions').querySelector('tbody'), resets: [$('dataset'), $('category')],
});

function showError(error) {
  const box = $('message');
  box.textContent = error.message || String(error);
  box.hidden = false;
}

function clearError() {
  $('message').hidden = true;
}

async function guarded(action) {
  try {
    clearError();
    await action();
  } catch (error) {
    showError(error);
  }
}

async function reloadDistricts() {
  if (state.level !== 'district') {
    const level = await loadLevel(state);
    layers.showOutlines(level.outlines);
    districtPanel.show(level.rows);
    return;
  }
  const data = await getJson(`/api/datasets/${encodeURIComponent(state.dataset)}/districts`,
    { category: state.category, maxWalkMeters: state.maxWalkMeters });
  await showDistrictRows(data.rows);
}

// District rows with each district's tier check (一区一中心) when the dataset has district units.
async function showDistrictRows(rows) {
  const tiers = await districtTiers(state);
  districtPanel.show(rows.map((row) => ({ ...row, tier: tiers.get(row.district_code) || null })));
}

// The level switch: the levels the dataset has; hidden when it has districts only (or none).
function showLevels(levels) {
  if (!levels.includes(state.level)) {
    state.level = levels.includes('district') || levels.length === 0 ? 'district' : levels[0];
  }
  const select = $('level');
  select.replaceChildren(...levels.map((level) => new Option(LEVEL_LABELS[level] || level, level)));
  select.value = state.level;
  $('levelSwitch').hidden = levels.length < 2;
  $('levelHeader').textContent = LEVEL_LABELS[state.level] || LEVEL_LABELS.district;
}

async function switchLevel(level) {
  state.level = level;
  $('levelHeader').textContent = LEVEL_LABELS[level];
  if (level === 'district') {
    await layers.loadDistricts();
  }
  await reloadDistricts();
}

function thresholdFromPanel() {
  const choice = $('threshold').value;
  $('thresholdMeters').hidden = choice !== 'm';
  const rule = state.info.profile.rules.find((r) => r.category === state.category);
  if (choice === '') {
    state.maxWalkMeters = null;
  } else if (choice === 'm') {
    state.maxWalkMeters = Number($('thresholdMeters').value) || rule.maxWalkMeters;
  } else {
    const speed = rule.speedMetersPerSecond || state.info.defaultSpeedMetersPerSecond;
    state.maxWalkMeters = Math.round(Number(choice) * 60 * speed);
  }
  const meters = state.maxWalkMeters || rule.maxWalkMeters;
  $('thresholdNote').textContent = `${state.info.profile.id}: ${Math.round(meters)} m`
    + (rule.targetPct === null ? '' : `, 目标 target ${rule.targetPct}%`);
}

// A threshold typed in metres is checked against the server's own limits (from /api/config) and
// refused where it was typed; one the server refuses all the same is said there too.
async function thresholdTyped() {
  const field = $('thresholdMeters');
  const meters = Number(field.value);
  const min = Number(field.min);
  const max = Number(field.max);
  if (field.value !== '' && !(meters >= min && meters <= max)) {
    thresholdError(`阈值须在 ${min}–${max} 米之间 · the threshold must be ${min}-${max} m, not ${field.value}`);
    return;
  }
  thresholdError('');
  try {
    await refreshAll();
  } catch (error) {
    if (/maxWalkMeters|threshold/i.test(error.message || '')) {
      thresholdError(error.message);
    }
    throw error;
  }
}

function thresholdError(text) {
  const note = $('thresholdError');
  note.textContent = text;
  note.hidden = !text;
  $('thresholdMeters').setAttribute('aria-invalid', text ? 'true' : 'false');
}

async function refreshAll() {
  thresholdFromPanel();
  state.whatIf.clear();
  await whatIf.evaluate();
  await layers.refresh();
}

async function openDataset(name) {
  state.dataset = name;
  state.info = await getJson(`/api/datasets/${encodeURIComponent(name)}`);
  showCategories(state.info.profile.rules);
  showLevels(state.info.unitLevels || []);
  const [w, s, e, n] = state.info.bbox;
  map.fitBounds([[s, w], [n, e]]);
  whatIf.clear();
  if (state.level === 'district') {
    await layers.loadDistricts();
  }
  await refreshAll();
  await listScenarios();
}

// The category choice and the legend's facility colours, from the profile's rules.
function showCategories(rules) {
  setCategories(rules);
  const ids = categoryIds();
  if (!ids.includes(state.category)) {
    state.category = ids[0];
  }
  const select = $('category');
  select.replaceChildren(...ids.map((id) => {
    const option = document.createElement('option');
    option.value = id;
    option.textContent = categoryLabel(id);
    return option;
  }));
  select.value = state.category;
  $('legendCategories').replaceChildren(...ids.map((id) => {
    const row = document.createElement('div');
    const dot = document.createElement('span');
    dot.className = 'dot';
    dot.style.background = categoryColor(id);
    row.append(dot, textSpan(categoryLabel(id)));
    return row;
  }), ...Object.entries(TIERS).map(([id, tier]) => {
    const row = document.createElement('div');
    const ring = document.createElement('span');
    ring.className = `ring tier-${id}`;
    ring.style.width = ring.style.height = `${2 * tier.radius}px`;
    ring.style.borderWidth = `${tier.weight}px`;
    row.append(ring, textSpan(tier.label));
    return row;
  }));
}

async function listScenarios() {
  const scenarios = await getJson(`/api/datasets/${encodeURIComponent(state.dataset)}/scenarios`);
  const list = $('scenarios');
  list.innerHTML = '';
  for (const scenario of scenarios) {
    const li = document.createElement('li');
    li.appendChild(textSpan(`${scenario.name} (${scenario.proposals.length})`));
    const load = document.createElement('button');
    load.type = 'button';
    load.textContent = '载入 Load';
    load.addEventListener('click', () => guarded(async () => {
      whatIf.proposals = scenario.proposals.map((p) => ({ ...p }));
      await whatIf.evaluate();
    }));
    li.appendChild(load);
    list.appendChild(li);
  }
}

async function saveScenario() {
  const name = $('scenarioName').value.trim();
  await sendJson('POST', `/api/datasets/${encodeURIComponent(state.dataset)}/scenarios`, { name, proposals: whatIf.proposals });
  await listScenarios();
}

function exportUrl() {
  const params = new URLSearchParams({ layer: $('exportLayer').value, format: $('exportFormat').value, category: state.category });
  if (state.maxWalkMeters) {
    params.set('maxWalkMeters', state.maxWalkMeters);
  }
  if ($('exportLayer').value === 'catchments' && $('exportBands').value) {
    params.set('bands', $('exportBands').value);
  }
  return `/api/datasets/${encodeURIComponent(state.dataset)}/export?${params}`;
}

// Imports the chosen zip as a dataset, then lists it and opens it. The planner is looking at the
// Import button (the panel scrolled down to it), so what happens is said right below it: that the
// import runs (the button waits meanwhile: one import at a time), then its result or refusal.
async function importDataset() {
  const name = $('importName').value.trim();
  const file = $('importFile').files[0];
  if (!name || !file) {
    importStatus('error', '导入需要名称和 zip 文件 · give the dataset a name and choose a zip');
    return;
  }
  const button = $('import');
  button.disabled = true;
  importStatus('busy', `正在导入 Importing '${name}'…`);
  const watch = watchImport(name);
  try {
    const imported = await sendFile('PUT', `/api/datasets/${encodeURIComponent(name)}`, file, 'application/zip');
    watch.stop();
    await listDatasets();
    $('dataset').value = imported.name;
    await openDataset(imported.name);
    importStatus('done', `已导入 Imported '${imported.name}'`);
  } catch (error) {
    watch.stop();
    importStatus('error', error.message || String(error));
  } finally {
    button.disabled = false;
  }
}

// While the upload waits, asks the server twice a second how far the import is and says it below
// the button (reading the files, building the graph, storing rows: with counts when known). An
// answer that arrives after the import ended is dropped, so it never hides the result.
function watchImport(name) {
  let stopped = false;
  const url = `/api/datasets/${encodeURIComponent(name)}/import-progress`;
  const timer = setInterval(async () => {
    try {
      const progress = await getJson(url);
      if (!stopped && progress.running && progress.step) {
        importStatus('busy', `正在导入 Importing '${name}' · ${importProgressText(progress)}`);
      }
    } catch (error) {
      // a missed answer only delays the next figure
    }
  }, 500);
  return { stop() { stopped = true; clearInterval(timer); } };
}

function importProgressText(progress) {
  const seconds = `${Math.round(progress.elapsedSeconds)} s`;
  if (progress.total > 0) {
    const pct = Math.min(100, Math.floor(100 * progress.done / progress.total));
    return `${progress.step}: ${pct}% (${progress.done.toLocaleString()} / ${progress.total.toLocaleString()}`
      + ` ${progress.unit}) · ${seconds}`;
  }
  return `${progress.step} · ${seconds}`;
}

function importStatus(kind, text) {
  const status = $('importStatus');
  status.className = `status ${kind}`;
  status.textContent = text;
  status.hidden = false;
  status.scrollIntoView({ block: 'nearest' });
}

async function listDatasets() {
  const select = $('dataset');
  select.innerHTML = '';
  const datasets = await getJson('/api/datasets');
  for (const d of datasets) {
    select.add(new Option(d.name, d.name));
  }
  return datasets;
}

async function start() {
  const config = await getJson('/api/config');
  if (config.tileUrl) {
    // The attribution is HTML on purpose (a link to the tile provider): it is the operator's own
    // setting (lifecircle.tile-attribution), like the tile URL, never a user's or a dataset's text.
    L.tileLayer(config.tileUrl, { attribution: config.tileAttribution || '' }).addTo(map);
  }
  const datasets = await listDatasets();
  const select = $('dataset');
  select.addEventListener('change', () => guarded(() => openDataset(select.value)));
  $('category').addEventListener('change', () => guarded(async () => { state.category = $('category').value; await refreshAll(); }));
  $('level').addEventListener('change', () => guarded(() => switchLevel($('level').value)));
  $('colourBy').addEventListener('change', () => { state.colourBy = $('colourBy').value; layers.restyle(); });
  $('threshold').addEventListener('change', () => guarded(refreshAll));
  $('thresholdMeters').min = config.minWalkMeters;
  $('thresholdMeters').max = config.maxWalkMeters;
  $('thresholdMeters').addEventListener('change', () => guarded(thresholdTyped));
  $('saveScenario').addEventListener('click', () => guarded(saveScenario));
  $('exportLayer').addEventListener('change', () => { $('exportBands').disabled = $('exportLayer').value !== 'catchments'; });
  $('export').addEventListener('click', () => guarded(() => download(exportUrl())));
  $('import').addEventListener('click', importDataset);
  // Redraws that follow the map (not a button) leave a message the planner has not read yet alone.
  map.on('moveend', () => layers.refresh().catch(showError));
  map.on('overlayadd', () => layers.refresh().catch(showError));
  if (datasets.length > 0) {
    await openDataset(datasets[0].name);
  }
  await layers.idle(); // fitBounds' own refresh may still be on its way
  document.body.dataset.ready = 'true';
}

guarded(start);
