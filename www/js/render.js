// Renders core results into the page with DOM APIs and textContent only: data never
// becomes markup, so nothing a link or a dataset edit carries can inject HTML.

/** Creates an element with text content and attributes. */
export function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** Fills the projection table (header and one row per indicator). */
export function renderTable(table, dataset, projection) {
  const head = table.tHead;
  const body = table.tBodies[0];
  const headerRow = el('tr');
  for (const label of ['指标', '2023年', '假设增速%', '2024年预测', '目标增速%', '状态']) {
    headerRow.append(el('th', label, { scope: 'col' }));
  }
  head.replaceChildren(headerRow);
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const unitName = new Map(dataset.units.map((u) => [u.id, u.zh]));
  const rows = projection.rows.map((row) => {
    const indicator = indicators.get(row.id);
    const tr = el('tr', null, { 'data-id': row.id });
    tr.append(
      el('th', `${indicator.nameZh}(${unitName.get(row.unit)})`, { scope: 'row' }),
      el('td', row.base),
      el('td', row.growth),
      el('td', row.projected, { 'data-cell': 'projected' }),
      el('td', row.target ? row.target.growth : '—'),
      el('td', { met: '达到目标', short: '低于目标', exceeds: '高于目标', no_target: '无目标' }[row.status]),
    );
    return tr;
  });
  body.replaceChildren(...rows);
  table.hidden = false;
}
