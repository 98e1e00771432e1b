// The CSV download: RFC 4180, UTF-8 with a byte-order mark, the table in the page's language.
import { test, expect, open, box, menuItem } from './fixtures.mjs';

/** Parses RFC 4180 text: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else if (c === '\n') throw new Error('bare LF: RFC 4180 lines end in CRLF');
    else field += c;
  }
  if (field || row.length) throw new Error('last line lacks CRLF');
  return rows;
}

async function download(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), menuItem(page, '#download-csv')]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

test('Chinese CSV with BOM holds the current scenario', { tag: '@chromium-only' }, async ({ page }) => {
  await open(page);
  await box(page, 'gdp').fill('6');
  await expect(page.locator('tr[data-id="gdp"] [data-cell="projected"]')).toHaveText('434.06亿元');
  const { name, bytes } = await download(page);
  expect(name).toBe('longgang-2024-whatif-zh.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.subarray(3).toString('utf8'));
  expect(rows).toHaveLength(15);
  expect(rows.every((r) => r.length === 14)).toBe(true);
  expect(rows[0].slice(0, 4)).toEqual(['编号', '指标', '单位', '价格口径']);
  expect(rows[1]).toEqual(['gdp', '地区生产总值', '亿元', '可比价', '409.49', '8.7', '6', '434.06', '6.5', '以上', '436.11', '-2.05', '-0.50', '低于目标']);
});

test('English CSV after switching language', { tag: '@chromium-only' }, async ({ page }) => {
  await open(page, '#lang=en');
  const { name, bytes } = await download(page);
  expect(name).toBe('longgang-2024-whatif-en.csv');
  const rows = parseCsv(bytes.subarray(3).toString('utf8'));
  expect(rows[0][0]).toBe('id');
  const fai = rows.find((r) => r[0] === 'fai');
  expect(fai.slice(1, 8)).toEqual(['Fixed-asset investment', '100 million yuan', 'current prices', '206.28', '30.6', '15', '237.22']);
});
