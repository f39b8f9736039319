// The print sheet: the page printed (browser print or the Print 打印 button) as an A4 landscape
// map sheet: title (the dataset), profile and category, the map with a metric scale bar and a
// north arrow, legend, district table, date and data sources. css/app.css (@media print, and
// body.printing while the button prepares the sheet) hides the controls and lays the sheet out.
import { categoryLabel } from './categories.js';

const OSM_SOURCE = '道路与设施 Streets and facilities: © OpenStreetMap contributors, ODbL 1.0'
  + ' (openstreetmap.org/copyright)';

export class PrintSheet {
  constructor(map, state, layers) {
    this.map = map;
    this.state = state;
    this.layers = layers;
    L.control.scale({ metric: true, imperial: false, maxWidth: 160 }).addTo(map);
    northArrow().addTo(map);
    this.header = sheetPart('header', 'printHeader');
    this.footer = sheetPart('footer', 'printFooter');
    document.body.prepend(this.header);
    document.body.append(this.footer);
    document.getElementById('panel').querySelector('h1').after(printButton(() => this.print()));
    window.addEventListener('beforeprint', () => this.prepare());
    window.addEventListener('afterprint', () => this.finish());
  }

  // The button's print: the map sized as on paper and fitted to the dataset, drawn, then printed.
  async print() {
    this.prepare();
    if (this.state.info) {
      const [w, s, e, n] = this.state.info.bbox;
      this.map.fitBounds([[s, w], [n, e]], { animate: false });
    }
    await this.layers.idle();
    window.print();
  }

  // Fills the title, subtitle and sources from what the page shows now; sizes the map for paper.
  prepare() {
    document.body.classList.add('printing');
    this.map.invalidateSize({ animate: false });
    const { state } = this;
    if (!state.info) {
      return;
    }
    const profile = state.info.profile;
    const threshold = document.getElementById('thresholdNote').textContent;
    this.header.replaceChildren(
      line('h1', state.info.name),
      line('p', `方案 Profile: ${profile.title} (${profile.id}) · 类别 Category: ${categoryLabel(state.category)}`
        + ` · ${threshold} · 日期 Date: ${today()}`));
    const files = state.info.sources || [];
    this.footer.replaceChildren(line('h2', '数据来源 Data sources'), line('p', OSM_SOURCE),
      ...(files.length ? [line('p', `数据文件 Dataset files: ${files.join('; ')}`)] : []));
  }

  finish() {
    document.body.classList.remove('printing');
    this.map.invalidateSize({ animate: false });
  }
}

function northArrow() {
  const control = L.control({ position: 'topright' });
  control.onAdd = () => {
    const arrow = L.DomUtil.create('div', 'north-arrow');
    arrow.title = '北 North';
    arrow.append(line('span', '▲'), line('span', 'N 北'));
    return arrow;
  };
  return control;
}

function printButton(onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'print';
  button.textContent = '打印 Print';
  button.addEventListener('click', () => onClick().catch((error) => console.error(error)));
  return button;
}

function sheetPart(tag, id) {
  const part = document.createElement(tag);
  part.id = id;
  part.className = 'print-only';
  return part;
}

function line(tag, text) {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
