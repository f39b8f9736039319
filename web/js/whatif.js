// What-if mode: a click places a proposed facility of the chosen category; the server recomputes
// coverage and the areas it newly covers change colour, the district figures update.
import { sendJson } from './api.js';
import { escapeHtml, textSpan } from './i18n.js';

export class WhatIf {
  constructor(map, layers, state, ui) {
    this.map = map;
    this.layers = layers;
    this.state = state;
    this.ui = ui;
    this.proposals = [];
    map.on('click', (event) => this.enabled() && this.propose(event.latlng).catch((e) => this.ui.showError(e)));
  }

  enabled() {
    return this.ui.toggle.checked;
  }

  propose(latlng) {
    return this.add({ lon: latlng.lng, lat: latlng.lat, name: `拟建 Proposed ${this.proposals.length + 1}`, category: this.state.category });
  }

  // Adds one proposal (a click on the map, an accepted suggestion) and recomputes; refused, it is dropped.
  async add(proposal) {
    this.proposals.push(proposal);
    try {
      await this.evaluate();
    } catch (error) {
      this.proposals.pop();
      throw error;
    }
  }

  remove(index) {
    this.proposals.splice(index, 1);
    return this.evaluate();
  }

  clear() {
    this.proposals = [];
    this.state.whatIf.clear();
    this.render();
  }

  async evaluate() {
    const mine = this.proposals.filter((p) => p.category === this.state.category);
    this.state.whatIf.clear();
    if (mine.length > 0) {
      const result = await sendJson('POST', `/api/datasets/${encodeURIComponent(this.state.dataset)}/whatif`, {
        category: this.state.category, maxWalkMeters: this.state.maxWalkMeters, proposals: mine,
      });
      for (const area of result.areas) {
        this.state.whatIf.set(area.area_id, area);
      }
      await this.ui.showDistricts(result.districts);
    } else {
      await this.ui.reloadDistricts();
    }
    this.layers.restyle();
    this.render();
  }

  render() {
    this.layers.proposals.clearLayers();
    this.ui.list.innerHTML = '';
    this.proposals.forEach((p, i) => {
      // Leaflet shows a tooltip's text as HTML, and names come back from saved scenarios: escaped
      L.circleMarker([p.lat, p.lon], { radius: 8, color: '#222', fillColor: '#ffeb3b', fillOpacity: 1 })
        .bindTooltip(escapeHtml(p.name)).addTo(this.layers.proposals);
      const li = document.createElement('li');
      li.appendChild(textSpan(`${p.name} (${p.category})`));
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = '删除 Remove';
      button.addEventListener('click', () => this.remove(i).catch((e) => this.ui.showError(e)));
      li.appendChild(button);
      this.ui.list.appendChild(li);
    });
  }
}
