// Suggest sites: asks the server where K new facilities of the current category newly cover the
// most residents (POST /suggest, the profile's threshold, generated candidates), draws them as
// numbered markers and lists them; "Accept" adds a site to the what-if proposals, as a click on the
// map does. Errors are said next to the control, not at the top of the panel.
import { sendJson } from './api.js';
import { escapeHtml, textSpan } from './i18n.js';

const MIN_COUNT = 1;
const MAX_COUNT = 50;

export class Suggest {
  constructor(map, whatIf, state, ui) {
    this.whatIf = whatIf;
    this.state = state;
    this.ui = ui;
    this.markers = L.layerGroup().addTo(map);
    this.request = 0;
    ui.button.addEventListener('click', () => this.run());
    // suggestions belong to one dataset and category: a switch drops them
    for (const select of ui.resets) {
      select.addEventListener('change', () => this.clear());
    }
  }

  clear() {
    this.request += 1;
    this.markers.clearLayers();
    this.ui.rows.replaceChildren();
    this.ui.summary.textContent = '';
    this.ui.table.hidden = true;
    this.error('');
  }

  async run() {
    const count = Number(this.ui.count.value);
    this.clear();
    if (!Number.isInteger(count) || count < MIN_COUNT || count > MAX_COUNT) {
      this.error(`建议数量须为 ${MIN_COUNT}–${MAX_COUNT} · the count must be a whole number ${MIN_COUNT}-${MAX_COUNT}, not ${this.ui.count.value}`);
      return;
    }
    const mine = this.request;
    const category = this.state.category;
    this.ui.button.disabled = true;
    this.ui.summary.textContent = '正在计算 Computing…';
    try {
      const answer = await sendJson('POST', `/api/datasets/${encodeURIComponent(this.state.dataset)}/suggest`, { category, count });
      if (mine === this.request) {
        this.show(answer, category);
      }
    } catch (error) {
      if (mine === this.request) {
        this.ui.summary.textContent = '';
        this.error(error.message || String(error));
      }
    } finally {
      this.ui.button.disabled = false;
    }
  }

  show(answer, category) {
    const s = answer.summary;
    this.ui.summary.textContent = `${s.method} · gap ${(100 * s.gap).toFixed(1)} % · `
      + `${s.baselineCoveredPct.toFixed(1)} % → ${s.suggestedCoveredPct.toFixed(1)} %`;
    for (const row of answer.suggestions) {
      const name = row.name || row.candidate_id;
      // Leaflet shows a divIcon's html as HTML: the rank is a number, the tooltip's name escaped
      L.marker([row.lat, row.lon], {
        icon: L.divIcon({ className: 'suggested-site', html: String(Number(row.rank)), iconSize: [22, 22] }),
      }).bindTooltip(escapeHtml(`${row.rank}. ${name}`)).addTo(this.markers);
      this.ui.rows.appendChild(this.listRow(row, name, category));
    }
    this.ui.table.hidden = false;
  }

  listRow(row, name, category) {
    const tr = document.createElement('tr');
    const cells = [String(row.rank), name, Number(row.added_covered_demand).toFixed(1),
      `${Number(row.cumulative_covered_pct).toFixed(2)} %`];
    const classes = ['rank', 'name', 'added', 'cumulative'];
    cells.forEach((text, i) => {
      const td = document.createElement('td');
      td.className = classes[i];
      td.appendChild(textSpan(text));
      tr.appendChild(td);
    });
    const td = document.createElement('td');
    const accept = document.createElement('button');
    accept.type = 'button';
    accept.className = 'accept';
    accept.textContent = '采纳 Accept';
    accept.addEventListener('click', () => this.accept(row, name, category, accept));
    td.appendChild(accept);
    tr.appendChild(td);
    return tr;
  }

  async accept(row, name, category, button) {
    this.error('');
    button.disabled = true;
    try {
      await this.whatIf.add({ lon: row.lon, lat: row.lat, name, category });
    } catch (error) {
      button.disabled = false;
      this.error(error.message || String(error));
    }
  }

  error(text) {
    this.ui.error.textContent = text;
    this.ui.error.hidden = !text;
  }
}
