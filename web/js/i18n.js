// Bilingual labels (Chinese first, English second), as planners read both.

export const STATUS_LABELS = {
  covered: '已覆盖 Covered',
  uncovered: '未覆盖 Not covered',
  no_population: '无人口数据 No population data',
};

// Every string from the server or a user goes through escapeHtml before it is part of HTML (a
// popup, a tooltip, innerHTML), or is set as text (textSpan, textContent).
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function textSpan(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

export function formatMeters(value) {
  return value === null || value === undefined ? '—' : `${Math.round(value)} m`;
}

export function passLabel(pass) {
  if (pass === null || pass === undefined) {
    return '<span>无目标 No target</span>';
  }
  return pass ? '<span class="pass">达标 Pass</span>' : '<span class="fail">未达标 Fail</span>';
}
