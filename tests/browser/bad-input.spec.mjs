// Bad input gets a specific message beside the field and the last valid scenario stays;
// a damaged link gets a message and the official targets. Nothing reaches the console.
import { test, expect, open, projected, box, slider } from './fixtures.mjs';

const CASES = [
  ['abc', '请输入数字,例如 6.5。'],
  ['', '请输入数字,例如 6.5。'],
  ['1e309', '请输入数字,例如 6.5。'],
  ['NaN', '请输入数字,例如 6.5。'],
  ['-200', '应在 -20% 至 40% 之间。'],
  ['5000', '应在 -20% 至 40% 之间。'],
  ['6.123', '最多保留两位小数。'],
];

for (const [typed, message] of CASES) {
  test(`typing ${JSON.stringify(typed)} keeps the last valid scenario`, async ({ page }) => {
    await open(page);
    await box(page, 'gdp').fill('7');
    await expect(projected(page, 'gdp')).toHaveText('438.15亿元');
    await box(page, 'gdp').fill(typed);
    await expect(page.locator('#error-gdp')).toHaveText(message);
    await expect(box(page, 'gdp')).toHaveAttribute('aria-invalid', 'true');
    await expect(slider(page, 'gdp')).toHaveValue('7');
    await expect(projected(page, 'gdp')).toHaveText('438.15亿元');
    await box(page, 'gdp').press('Tab');
    await expect(page.locator('#error-gdp')).toHaveText(message);
    await expect(page).toHaveURL(/gdp7~/);
    await box(page, 'gdp').fill('6.9');
    await expect(page.locator('#error-gdp')).toBeEmpty();
    await expect(box(page, 'gdp')).not.toHaveAttribute('aria-invalid');
    await expect(projected(page, 'gdp')).toHaveText('437.74亿元');
  });
}

const LINKS = [
  ['#s=garbage', '情景链接已损坏'],
  ['#s=v9~D0~M0', '格式版本“v9”不受支持'],
  ['#s=v1~D0~M0~gdp6.5', '情景链接已损坏'],
  ['#s=v2~longgang-2024~E1~D0~M0~gdp6.5', '情景链接已损坏'],
  // A link of another report, and one of a newer edition of the data, each say which.
  ['#s=v2~wenzhou-2025~E1~D0~M0~gdp6.5~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai15~foreign_trade8~Ce5j', '情景链接属于另一份报告“wenzhou-2025”'],
  ['#s=v2~longgang-2024~E2~D0~M0~gdp6.5~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai15~foreign_trade8~Cdwa', '来自更新的数据版本'],
  ['#s=%E4%BD%A0%ZZ', '情景链接已损坏'],
  ['#s=', '情景链接为空'],
];

for (const [hash, message] of LINKS) {
  test(`a damaged link ${hash} falls back to official`, async ({ page }) => {
    await open(page, hash);
    await expect(page.locator('#notice')).toContainText('分享链接无法打开');
    await expect(page.locator('#notice')).toContainText(message);
    await expect(projected(page, 'gdp')).toHaveText('436.11亿元');
    await box(page, 'gdp').fill('7');
    await expect(page.locator('#notice')).toBeHidden();
  });
}

test('a damaged link in English says so in English', async ({ page }) => {
  await open(page, '#s=v1~oops&lang=en');
  await expect(page.locator('#notice')).toContainText('The share link could not be opened');
});
