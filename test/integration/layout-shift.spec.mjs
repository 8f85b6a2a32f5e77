/**
 * Layout shift while the CDN file loads. The script is served 400 ms late so
 * the page paints before the elements are defined, as on a first visit over a
 * real network. With the README's `:not(:defined)` snippet the cumulative
 * layout shift (CLS) must be 0; without it, the suite reports the value. Firefox has no layout-shift entries: there
 * the harness compares frames as the Layout Instability spec does (harness.mjs, instrument), so its values approximate
 * Chromium's; the controls (CLS > 0 without the snippet) show that it sees the shifts.
 */
import { readFileSync } from 'node:fs';
import { check, recorded, show, Skip, test, whenRendered } from './harness.mjs';
import { ROOT } from './server.mjs';
import { moduleScript, partnerPage } from './pages.mjs';

const SNIPPET_FILE = new URL('./pages/not-defined.css', import.meta.url);

const ARTICLE = `
  <header class="site-header"><p class="site-name">Partner blog</p></header>
  <article class="entry">
    <h1>Front office là gì?</h1>
    <p>Front office là bộ phận trực tiếp tiếp xúc với khách hàng: lễ tân, chăm sóc khách hàng, kinh doanh.
       Đây là đoạn mở đầu của bài viết, nằm phía trên các thành phần.</p>
    <office-compare highlight="front"></office-compare>
    <p>Đoạn văn ngay sau bảng so sánh: nếu bảng xuất hiện muộn và đẩy đoạn này xuống, đó là một lần dịch chuyển bố cục.</p>
    <role-card role-id="receptionist"></role-card>
    <role-card role-id="sales"></role-card>
    <p>Đoạn kết của bài viết.</p>
  </article>
  <contact-float></contact-float>`;

/** Sum of layout-shift entries (none here has recent input), after the page settled. */
async function measure(t, styles, script = `${t.cdn}/front-office-widgets.js?delay=400`, viewport = { width: 1280, height: 900 }) {
  const url = t.page(partnerPage({ head: moduleScript(script), styles, body: ARTICLE }));
  return t.open(url, viewport);
}

const VIEWPORTS = [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
];

const cls = (shifts) => shifts.reduce((sum, s) => sum + s.value, 0);

for (const [label, viewport] of VIEWPORTS) {
  test(`layout shift (${label}): without the snippet, the late elements push the article down (reported)`, async (t) => {
    const page = await measure(t, ['/static/cls.css'], undefined, viewport);
    await whenRendered(page);
    await new Promise((r) => setTimeout(r, 300));
    const { shifts, shiftsMeasuredBy } = await recorded(page);
    // The control: this page really does shift, so the 0 below means something.
    check(cls(shifts) > 0, 'no layout shift without the snippet: the page no longer paints before the script runs');
    return `CLS without the snippet, by ${shiftsMeasuredBy}: ${cls(shifts).toFixed(4)} (${shifts.map((s) => `${s.value.toFixed(4)} at ${s.time} ms moving ${s.sources.join(', ')}`).join('; ')})`;
  });

  test(`layout shift (${label}): a min-height reservation alone (reported)`, async (t) => {
    const page = await measure(t, ['/static/cls.css', '/static/min-height.css'], undefined, viewport);
    await whenRendered(page);
    await new Promise((r) => setTimeout(r, 300));
    const { shifts, shiftsMeasuredBy } = await recorded(page);
    return `CLS with only min-height: 12em reserved, by ${shiftsMeasuredBy}: ${cls(shifts).toFixed(4)}`;
  });

  test(`layout shift (${label}): with the README's :not(:defined) snippet, CLS is 0 and the article shows once defined`, async (t) => {
    const page = await measure(t, ['/static/cls.css', '/static/not-defined.css'], undefined, viewport);
    await whenRendered(page);
    await new Promise((r) => setTimeout(r, 300));
    const { shifts, errors } = await recorded(page);
    check(cls(shifts) === 0, () => `CLS ${cls(shifts)} with the snippet: ${show(shifts)}`);
    check(errors.length === 0, () => show(errors));
    const visibility = await page.evaluate(() => getComputedStyle(document.querySelector('article')).visibility);
    check(visibility === 'visible', `the article is ${visibility} after the elements were defined`);
  });
}

test('layout shift: with the snippet, a script that never arrives still lets the article show (3 s fallback)', async (t) => {
  const page = await measure(t, ['/static/cls.css', '/static/not-defined.css'], `${t.servers.cdnOrigin}/cdn/missing.js`);
  const hidden = await page.evaluate(() => getComputedStyle(document.querySelector('article')).visibility);
  check(hidden === 'hidden', `before the fallback the article is ${hidden}`);
  // Jump the fallback animation to its end rather than wait 3 s.
  await page.evaluate(() => document.getAnimations().forEach((a) => (a.currentTime = 3000)));
  const shown = await page.evaluate(() => getComputedStyle(document.querySelector('article')).visibility);
  check(shown === 'visible', `after 3 s without the script the article is ${shown}`);
});

test("layout shift: the README's snippet is the one tested here", async () => {
  let readme;
  try {
    readme = readFileSync(new URL('README.md', `file://${ROOT}`), 'utf8');
  } catch {
    throw new Skip('no README.md yet');
  }
  if (!readme.includes('fow-reveal')) throw new Skip("README.md does not have the tested :not(:defined) snippet yet (paste the Embedding section)");
  const normalise = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
  const snippet = normalise(readFileSync(SNIPPET_FILE, 'utf8'));
  check(normalise(readme).includes(snippet), 'README.md\'s :not(:defined) snippet differs from test/integration/pages/not-defined.css: keep them the same');
});
