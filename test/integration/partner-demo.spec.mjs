/**
 * The site's partner page (demo/partner.html, dist/site/partner.html) as a partner hosts it (the CDN file on their
 * own server, 300 ms late): everything renders, nothing else is fetched, nothing jumps.
 */
import { check, recorded, show, test, whenRendered } from './harness.mjs';
import { checkRendered, exercise } from './elements.mjs';

for (const [label, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 900],
]) {
  test(`site/partner.html (${label}): renders every element, only page + script requested, CLS 0, no error`, async (t) => {
    const url = `${t.servers.partnerOrigin}/site/partner.html`;
    const page = await t.open(url, { width, height });
    await whenRendered(page);
    const elements = await checkRendered(page);
    await exercise(page);
    await new Promise((r) => setTimeout(r, 200));
    const r = await recorded(page);
    check(r.errors.length === 0 && r.warnings.length === 0, () => `errors ${show(r.errors)} warnings ${show(r.warnings)}`);
    const requests = r.requests.filter((u) => !/\/favicon\.(ico|svg)$/.test(u));
    check(show(requests) === show([url, `${t.servers.partnerOrigin}/site/cdn/front-office-widgets.js`]), () => `requests: ${show(r.requests)}`);
    const cls = r.shifts.reduce((sum, s) => sum + s.value, 0);
    check(cls === 0, () => `CLS ${cls}: ${show(r.shifts)}`);
    // The article's comparison is a table only where its column is wide; the sidebar's is always stacked.
    const tables = elements.filter((e) => e.tag === 'office-compare').map((e) => e.shape.table);
    const expected = width >= 960 ? [true, true, false] : [false, false, false];
    check(show(tables) === show(expected), `office-compare as table: ${tables}, expected ${expected}`);
    const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
    check(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    // English from the ancestor's lang, Vietnamese elsewhere.
    const langs = elements.filter((e) => e.tag === 'office-compare').map((e) => e.wrapperLang);
    check(show(langs) === show(['vi', 'en', 'vi']), `office-compare languages: ${langs}`);
  });
}
