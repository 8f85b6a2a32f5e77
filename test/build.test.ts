/**
 * Checks the files `npm run build` wrote (npm test builds first): the CDN files
 * exist, import nothing, match sri.json, and actually define the three tags.
 */
import { expect } from '@open-wc/testing';
import { VERSION } from '../src/version.js';

const CDN_FILES = ['front-office-widgets.js', 'front-office-widgets.iife.js', 'office-compare.js', 'role-card.js', 'contact-float.js', 'front-office-widgets.hydrate.js'];

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} (run npm run build first)`);
  return response.text();
}

async function sha384(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text));
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

describe('built files', () => {
  it('package.json and src/version.ts agree on the version', async () => {
    const pkg = JSON.parse(await fetchText('/package.json'));
    expect(VERSION).to.equal(pkg.version);
  });

  for (const file of CDN_FILES) {
    describe(`dist/cdn/${file}`, () => {
      it('exists and imports nothing', async () => {
        const code = await fetchText(`/__raw/dist/cdn/${file}`);
        expect(code.length).to.be.greaterThan(1000);
        // Static imports, re-exports and dynamic import() would all reach the network.
        expect(code).not.to.match(/(^|[;}\s])import\s*[\s{*"'(]/);
        expect(code).not.to.match(/\bexport\s*\*|\bfrom\s*["']/);
      });

      it('has the hash sri.json gives it', async () => {
        const sri = JSON.parse(await fetchText('/__raw/dist/cdn/sri.json'));
        expect(sri[file]).to.equal(await sha384(await fetchText(`/__raw/dist/cdn/${file}`)));
      });
    });
  }

  for (const theme of ['institute', 'neutral']) {
    it(`dist/cdn/themes/${theme}.css is themes/${theme}.css, with the hash sri.json gives it`, async () => {
      const built = await fetchText(`/__raw/dist/cdn/themes/${theme}.css`);
      expect(built).to.equal(await fetchText(`/themes/${theme}.css`));
      const sri = JSON.parse(await fetchText('/__raw/dist/cdn/sri.json'));
      expect(sri[`themes/${theme}.css`]).to.equal(await sha384(built));
    });
  }

  it('the all-in-one module defines the three elements and carries the version', async () => {
    const url: string = '/dist/cdn/front-office-widgets.js';
    await import(url);
    for (const tag of ['office-compare', 'role-card', 'contact-float']) {
      const ctor = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
      expect(ctor, tag).to.exist;
      expect(ctor!.version).to.equal(VERSION);
    }
  });

  it('ships the manifest with the three elements', async () => {
    const manifest = JSON.parse(await fetchText('/custom-elements.json'));
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean);
    expect(tags).to.include.members(['office-compare', 'role-card', 'contact-float']);
  });
});
