// The categories of the open dataset's profile: names and colours come from the profile (categories
// are data), so a category added to categories.csv and the profile shows here with no code change.

const PALETTE = ['#8e24aa', '#fb8c00', '#1e88e5', '#43a047', '#e53935', '#00897b', '#6d4c41', '#3949ab', '#c0ca33', '#d81b60'];
const known = new Map();

// rules: the profile's rules from /api/datasets/{name} (category, label, labelEn, color).
export function setCategories(rules) {
  known.clear();
  rules.forEach((rule, i) => {
    const label = rule.label && rule.labelEn && rule.label !== rule.labelEn ? `${rule.label} ${rule.labelEn}` : (rule.label || rule.category);
    known.set(rule.category, { label, color: rule.color || PALETTE[i % PALETTE.length] });
  });
}

export function categoryIds() {
  return [...known.keys()];
}

export function categoryLabel(id) {
  return known.has(id) ? known.get(id).label : id;
}

export function categoryColor(id) {
  return known.has(id) ? known.get(id).color : '#555';
}
