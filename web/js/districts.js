// The district panel: coverage against target per district (districts.csv's fields), or per unit of
// the level chosen (street, community), with the unit's tier check; sortable, click to zoom.
import { escapeHtml, passLabel } from './i18n.js';
import { TIERS } from './units.js';

export class DistrictPanel {
  constructor(table, onSelect) {
    this.body = table.querySelector('tbody');
    this.rows = [];
    this.sortKey = 'coverage_pct';
    this.ascending = true;
    this.onSelect = onSelect;
    table.querySelectorAll('th[data-sort]').forEach((th) => th.addEventListener('click', () => this.sortBy(th.dataset.sort)));
  }

  show(rows) {
    this.rows = rows;
    this.render();
  }

  sortBy(key) {
    this.ascending = this.sortKey === key ? !this.ascending : true;
    this.sortKey = key;
    this.render();
  }

  render() {
    const key = this.sortKey;
    const sign = this.ascending ? 1 : -1;
    // districts with no residential area (no_data: e.g. outside the data's extent) are listed apart, not as 0 %
    const assessed = this.rows.filter((row) => row.status !== 'no_data');
    const noData = this.rows.filter((row) => row.status === 'no_data');
    const value = (row) => (key === 'tier_present' ? (row.tier ? row.tier.present : null) : row[key]);
    const sorted = assessed.sort((a, b) => sign * compare(value(a), value(b)));
    this.body.innerHTML = '';
    for (const row of sorted) {
      const tr = document.createElement('tr');
      tr.dataset.code = row.district_code;
      tr.innerHTML = `<td>${escapeHtml(row.district_name)}</td><td>${escapeHtml(Number(row.coverage_pct).toFixed(1))}%</td>`
        + `<td>${row.target_pct === null ? '—' : `${escapeHtml(row.target_pct)}%`}</td><td>${passLabel(row.pass)}</td>`
        + `<td class="capacity">${perThousand(row)}</td><td class="tier">${tierCell(row.tier)}</td>`;
      tr.addEventListener('click', () => this.onSelect(row));
      this.body.appendChild(tr);
    }
    if (noData.length > 0) {
      const tr = document.createElement('tr');
      tr.className = 'no-data';
      tr.innerHTML = `<td colspan="6">无数据 No data (${noData.length}): `
        + `${noData.map((row) => escapeHtml(row.district_name || row.district_code)).join('、')}</td>`;
      this.body.appendChild(tr);
    }
  }
}

// The unit's tier check: facilities of the tier its level needs, e.g. "✘ 街道阵地 0/1".
function tierCell(tier) {
  if (!tier) {
    return '—';
  }
  const name = TIERS[tier.required_tier] ? TIERS[tier.required_tier].label : tier.required_tier;
  const count = `${escapeHtml(tier.facilities_of_tier)}/${escapeHtml(tier.required_count)}`;
  if (tier.present === null || tier.present === undefined) {
    return `<span title="${escapeHtml(name)}">${count}</span>`;
  }
  return `<span class="${tier.present ? 'pass' : 'fail tier-gap'}" title="${escapeHtml(name)}">`
    + `${tier.present ? '✔' : '✘'} ${count}</span>`;
}

// Capacity per 1,000 residents against the target, when the rule has capacity data.
function perThousand(row) {
  if (row.capacity_per_1000 === null || row.capacity_per_1000 === undefined) {
    return '—';
  }
  const value = escapeHtml(Number(row.capacity_per_1000).toFixed(2));
  if (row.capacity_target_per_1000 === null) {
    return value;
  }
  return `${value} / ${escapeHtml(row.capacity_target_per_1000)} ${passLabel(row.capacity_pass)}`;
}

function compare(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return a < b ? -1 : 1;
}
