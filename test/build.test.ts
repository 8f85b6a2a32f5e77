/**
 * Checks the files `npm run build` wrote (npm test builds first): the CDN files
 * exist, import only the shared chunk (the per-element files) or nothing (the others), match sri.json,
 * and actually define the three tags.
 */
import { expect } from '@open-wc/testing';
import { VERSION } from '../src/version.js';

const CDN_FILES = ['front-office-widgets.js', 'front-office-widgets.iife.js', 'office-compare.js', 'role-card.js', 'contact-float.js', 'front-office-widgets.hydrate.js'];

/** The files that carry everything they need: the all-in-one file, its classic-script twin and the hydrate file. */
const SELF_CONTAINED = ['front-office-widgets.js', 'front-office-widgets.iife.js', 'front-office-widgets.hydrate.js'];
const ELEMENT_FILES = ['office-compare.js', 'role-card.js', 'contact-float.js'];

/** The specifiers of a minified module's `import … from "x"`, `import "x"` and `export … from "x"`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1].replace(/^\.\//, ''));
}

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
      it('exists and imports only the chunks imports.json lists for it', async () => {
        const code = await fetchText(`/__raw/dist/cdn/${file}`);
        expect(code.length).to.be.greaterThan(1000);
        // Static imports and re-exports reach the network: each must be a chunk that snippets preload.
        const imports = JSON.parse(await fetchText('/__raw/dist/cdn/imports.json'));
        expect(staticImports(code)).to.deep.equal(SELF_CONTAINED.includes(file) ? [] : imports[file]);
        // A dynamic import() would be a request no snippet can list.
        expect(code).not.to.match(/(^|[;}\s(,=])import\s*\(/);
      });

      it('has the hash sri.json gives it', async () => {
        const sri = JSON.parse(await fetchText('/__raw/dist/cdn/sri.json'));
        expect(sri[file]).to.equal(await sha384(await fetchText(`/__raw/dist/cdn/${file}`)));
      });
    });
  }

  it('the per-element files share one content-hashed chunk, with its hash in sri.json', async () => {
    const imports = JSON.parse(await fetchText('/__raw/dist/cdn/imports.json'));
    const sri = JSON.parse(await fetchText('/__raw/dist/cdn/sri.json'));
    const chunks = [...new Set(ELEMENT_FILES.flatMap((file) => imports[file]))];
    expect(chunks).to.have.length(1);
    expect(chunks[0]).to.match(/^chunks\/shared-[\w-]{8}\.js$/);
    for (const file of ELEMENT_FILES) expect(imports[file], file).to.deep.equal(chunks);
    for (const file of SELF_CONTAINED.filter((f) => !f.endsWith('.iife.js'))) expect(imports[file], file).to.deep.equal([]);
    expect(imports).not.to.have.property('front-office-widgets.iife.js');
    // The chunk imports nothing itself, and its hash is what the browser will compute.
    const code = await fetchText(`/__raw/dist/cdn/${chunks[0]}`);
    expect(staticImports(code)).to.deep.equal([]);
    expect(sri[chunks[0]]).to.equal(await sha384(code));
    // Lit is in it, once: no per-element file carries its own copy.
    expect(code).to.include('lit-html');
    for (const file of ELEMENT_FILES) expect(await fetchText(`/__raw/dist/cdn/${file}`), file).not.to.match(/createPolicy|lit-html/);
  });

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
