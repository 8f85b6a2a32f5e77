/**
 * The framework layers expose exactly what custom-elements.json documents, so an element cannot gain an attribute,
 * property or event that a partner's React (or Preact, Vue, Svelte) app then silently ignores:
 *
 * - front-office-widgets/react (src/frameworks/react.ts): what it gives @lit/react, read by bundling the file with a
 *   stand-in `createComponent` that returns its options: one component per element, every manifest event mapped from
 *   its `on…` prop (the event's name without the tag: `onToggle` → `role-card-toggle`), every property without an
 *   attribute (`data`) set as a property and every other prop left to React as an attribute; nothing more.
 * - The types (dist/frameworks/react.d.ts through types/react.d.ts, and types/frameworks.d.ts, which the Preact, Vue
 *   and Svelte types read): a file written from the manifest and compiled with the project's `tsc`, asserting per
 *   element that each attribute is a prop typed with its property's values, each event handler receives that event's
 *   `CustomEvent` (not React's own `onToggle`/`onSelect` event), each property without an attribute is accepted, and
 *   no prop exists that the manifest does not list.
 *
 * Run after `npm run build` (it reads custom-elements.json and dist/*.d.ts):
 *   node --test test/frameworks/manifest.test.mjs
 * (FOW_KEEP_TYPE_TEST=1 keeps the written type test in .tmp/manifest-types/ to read or compile it again.)
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, describe, it } from 'node:test';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The manifest's custom elements, each with what a framework layer must expose. */
function manifestElements() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const d of module.declarations ?? []) {
      if (d.kind !== 'class' || !d.customElement || !d.tagName) continue;
      const attributes = d.attributes ?? [];
      const attributeFields = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
      const writable = (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public';
      elements.push({
        tag: d.tagName,
        className: d.name,
        // `lang` has no field: the native attribute, which every framework's own HTML types already give.
        attributes: attributes.filter((a) => a.fieldName).map((a) => ({ name: a.name, field: a.fieldName })),
        nativeAttributes: attributes.filter((a) => !a.fieldName).map((a) => a.name),
        // Set from script only (`data`): React must set these as properties, never as attributes.
        properties: (d.members ?? []).filter((m) => writable(m) && !m.attribute && !attributeFields.has(m.name)).map((m) => m.name),
        events: (d.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, prop: reactProp(d.tagName, e.name) })),
      });
    }
  }
  return elements.sort((a, b) => (a.tag < b.tag ? -1 : 1));
}

/** `role-card-toggle` → `onToggle`: the React convention the components follow (the tag is already the component). */
const reactProp = (tag, event) =>
  `on${(event.startsWith(`${tag}-`) ? event.slice(tag.length + 1) : event).replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}`;

const elements = manifestElements();
const sorted = (names) => [...names].sort();

describe('custom-elements.json, as the framework layers read it', () => {
  it('still lists the elements, attributes, events and data property of today', () => {
    // The checks below are only as good as what they read: an analyzer that stopped seeing @fires would make them pass
    // with nothing to check. More is fine (the checks below then ask for it); less fails here.
    assert.deepEqual(
      elements.map((e) => e.tag),
      ['contact-float', 'office-compare', 'role-card'],
    );
    assert.ok(elements.every((e) => e.attributes.length >= 5 && e.nativeAttributes.includes('lang') && e.properties.includes('data')));
    const events = elements.flatMap((e) => e.events.map((event) => event.name));
    for (const name of ['contact-float-toggle', 'contact-float-select', 'role-card-toggle']) assert.ok(events.includes(name), `the manifest lost ${name}`);
  });
});

describe('front-office-widgets/react gives @lit/react what the manifest lists', async () => {
  const components = await componentOptions();

  it('one component per element, named after its class', () => {
    assert.deepEqual(sorted(Object.keys(components)), sorted(elements.map((e) => e.className)));
    for (const { tag, className } of elements) {
      assert.equal(components[className].tagName, tag);
      assert.equal(components[className].displayName, className);
    }
  });

  for (const { tag, className, events, properties } of elements) {
    it(`${tag}: an on… prop for every event, and no other`, () => {
      const expected = Object.fromEntries(events.map((e) => [e.prop, e.name]));
      assert.deepEqual(components[className].events ?? {}, expected, `${className}'s events map differs from the manifest's events of <${tag}>`);
    });
    it(`${tag}: the properties without an attribute (${properties.join(', ')}) are set as properties, and no other prop`, () => {
      // @lit/react sets a prop as a property when `prop in elementClass.prototype`: exactly these names.
      const setAsProperties = [];
      for (let o = components[className].elementClass.prototype; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) setAsProperties.push(...Object.keys(o));
      assert.deepEqual(sorted(setAsProperties), sorted(properties));
    });
  }
});

/**
 * src/frameworks/react.ts bundled with `createComponent` returning its options, the elements' module left out: what
 * dist/react.js hands @lit/react, keyed by export name.
 */
async function componentOptions() {
  const stubs = {
    '@lit/react': 'export const createComponent = (options) => ({ ...options, react: undefined });',
    react: 'export {};',
    '../index.js': 'export {};',
  };
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'src/frameworks/react.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'stubs',
        setup(build) {
          build.onResolve({ filter: /^(@lit\/react|react|\.\.\/index\.js)$/ }, ({ path }) => ({ path, namespace: 'stub' }));
          build.onLoad({ filter: /.*/, namespace: 'stub' }, ({ path }) => ({ contents: stubs[path], loader: 'js' }));
        },
      },
    ],
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

describe('the framework types cover the manifest (compiled with tsc)', () => {
  const dir = join(ROOT, '.tmp/manifest-types');
  after(() => process.env.FOW_KEEP_TYPE_TEST || rmSync(dir, { recursive: true, force: true }));

  it('React components, React 19/Preact/Vue/Svelte tags: every attribute, property and event, typed, and nothing else', async () => {
    const { source, checks } = typeTest();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.type-test.tsx'), source);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          jsx: 'react-jsx',
          types: [],
        },
        files: ['manifest.type-test.tsx'],
      }),
    );
    const tsc = join(ROOT, 'node_modules/.bin/tsc');
    const output = await promisify(execFile)(tsc, ['-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], { cwd: ROOT }).then(
      ({ stdout }) => stdout,
      (error) => `${error.stdout}${error.stderr}`,
    );
    // Each failing line named by what it checks, with the compiler's words.
    const failures = [...output.matchAll(/manifest\.type-test\.tsx\((\d+),\d+\): error (TS\d+: .*)/g)].map(
      ([, line, message]) => `${checks[Number(line) - 1] ?? `line ${line}`}\n      ${message}`,
    );
    if (failures.length) assert.fail(`the types do not cover custom-elements.json:\n  ${failures.join('\n  ')}`);
    // Any other error (a missing dist/*.d.ts: run `npm run build`) fails as the compiler said it.
    assert.ok(!/error TS/.test(output), output);
  });
});

/** The type test's source, and for each of its lines what it checks (for the failure message). */
function typeTest() {
  const lines = [];
  const checks = [];
  const add = (line, check = '') => {
    lines.push(line);
    checks.push(check);
  };
  const q = JSON.stringify;
  const union = (names) => (names.length ? names.map((n) => q(n)).join(' | ') : 'never');
  add('// Written by test/frameworks/manifest.test.mjs from custom-elements.json; compiled, never run.');
  add("import type * as React from 'react';");
  add(`import type { ${elements.map((e) => e.className).join(', ')} } from '../../dist/elements.js';`);
  add(`import type { ${elements.map((e) => `${e.className}Props`).join(', ')} } from '../../types/react.js';`);
  add("import type { FrontOfficeWidgetsEvents, FrontOfficeWidgetsProps } from '../../types/frameworks.js';");
  add('type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;');
  add('declare function expect<T extends true>(): void;');
  add('type Value<T> = T extends number ? T | `${T}` : T;');
  // Exactly this function type: an intersection with React's own `onToggle` (ToggleEvent) is not it.
  add('type Handler<N extends keyof HTMLElementEventMap> = (event: HTMLElementEventMap[N]) => void;');
  add('type OwnProps<P, E extends HTMLElement> = Exclude<keyof P, keyof React.HTMLAttributes<E> | keyof React.RefAttributes<E>>;');
  for (const { tag, className: E, attributes, nativeAttributes, properties, events } of elements) {
    const R = `${E}Props`;
    const T = `FrontOfficeWidgetsProps[${q(tag)}]`;
    for (const { name, field } of attributes) {
      const what = `attribute ${name} (property ${field})`;
      add(`expect<Equal<NonNullable<${R}[${q(name)}]>, Value<NonNullable<${E}[${q(field)}]>>>>();`, `react: <${E} ${name}>: the ${what} is a prop, typed with the property's values`);
      add(`expect<Equal<NonNullable<${T}[${q(name)}]>, Value<NonNullable<${E}[${q(field)}]>>>>();`, `types/frameworks.d.ts: <${tag} ${name}>: the ${what} is typed with the property's values`);
      add(`expect<Equal<NonNullable<${T}[${q(field)}]>, NonNullable<${E}[${q(field)}]>>>();`, `types/frameworks.d.ts: <${tag}>.${field}: the property of ${what} is typed as the element's`);
    }
    for (const name of nativeAttributes) {
      // An attribute with no property of its own: a global one (`lang`), which React's HTML props give, or a prop.
      const what = `attribute ${name}, which no property reflects, is global (as lang) or a prop`;
      add(`expect<${q(name)} extends keyof ${R} ? true : false>();`, `react: <${E} ${name}>: the ${what}`);
      add(`expect<${q(name)} extends keyof React.HTMLAttributes<${E}> | keyof ${T} ? true : false>();`, `types/frameworks.d.ts: <${tag} ${name}>: the ${what}`);
    }
    for (const name of properties) {
      add(`expect<${E}[${q(name)}] extends ${R}[${q(name)}] ? true : false>();`, `react: <${E} ${name}>: the property is a prop that takes the element's values`);
      add(`expect<${E}[${q(name)}] extends ${T}[${q(name)}] ? true : false>();`, `types/frameworks.d.ts: <${tag}>.${name}: the property is typed, taking the element's values`);
    }
    for (const { name, prop } of events) {
      add(`expect<Equal<NonNullable<${R}[${q(prop)}]>, Handler<${q(name)}>>>();`, `react: <${E} ${prop}>: the handler of ${name} receives its CustomEvent, and only it`);
      add(`expect<Equal<NonNullable<${T}[${q(`on${name}`)}]>, Handler<${q(name)}>>>();`, `types/frameworks.d.ts: <${tag} on${name}>: the handler receives its CustomEvent`);
    }
    const reactNames = [...attributes.map((a) => a.name), ...properties, ...events.map((e) => e.prop)];
    add(`expect<Equal<Exclude<OwnProps<${R}, ${E}>, ${union(reactNames)}>, never>>();`, `react: ${R} has no prop beyond React's own and the manifest's ${reactNames.join(', ')}`);
    const tagNames = [...attributes.flatMap((a) => [a.name, a.field]), ...properties, ...events.map((e) => `on${e.name}`)];
    add(`expect<Equal<keyof ${T}, ${union([...new Set(tagNames)])}>>();`, `types/frameworks.d.ts: <${tag}> has exactly the manifest's ${[...new Set(tagNames)].join(', ')}`);
    add(`expect<Equal<keyof FrontOfficeWidgetsEvents[${q(tag)}], ${union(events.map((e) => e.name))}>>();`, `types/frameworks.d.ts: <${tag}>'s events are exactly ${events.map((e) => e.name).join(', ') || 'none'}`);
  }
  return { source: `${lines.join('\n')}\n`, checks };
}
