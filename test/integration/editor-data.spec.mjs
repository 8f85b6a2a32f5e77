/**
 * The framework types and editor data agree with custom-elements.json: every
 * attribute and event the manifest documents is typed for JSX/Vue and offered
 * by VS Code and JetBrains editors. (No browser: files only.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, show, TAGS, test } from './harness.mjs';
import { ROOT } from './server.mjs';

const json = (file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

function manifestElements() {
  const out = {};
  for (const module of json('custom-elements.json').modules ?? []) {
    for (const d of module.declarations ?? []) {
      const tag = d.tagName ?? d.members?.find((m) => m.static && m.name === 'tagName')?.default?.replace(/^['"]|['"]$/g, '');
      if (d.kind === 'class' && TAGS.includes(tag)) out[tag] = d;
    }
  }
  return out;
}

const sorted = (names) => [...new Set(names)].sort();

test('types/frameworks.d.ts types every attribute and event of custom-elements.json', () => {
  const types = readFileSync(join(ROOT, 'types/frameworks.d.ts'), 'utf8');
  const manifest = manifestElements();
  check(Object.keys(manifest).length === 3, `the manifest has ${show(Object.keys(manifest))}`);
  for (const tag of TAGS) {
    const prefix = tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
    const block = (name) => new RegExp(`interface ${prefix}${name} \\{([^}]*)\\}`).exec(types)?.[1] ?? '';
    const typedAttributes = sorted([...block('AttributeMap').matchAll(/'?([\w-]+)'?\s*:/g)].map((m) => m[1]));
    const manifestAttributes = sorted((manifest[tag].attributes ?? []).map((a) => a.name).filter((n) => n !== 'lang'));
    check(show(typedAttributes) === show(manifestAttributes), `${tag}: types list attributes ${typedAttributes}, the manifest ${manifestAttributes}`);
    const typedEvents = sorted([...block('Events').matchAll(/'([\w-]+)'\s*:/g)].map((m) => m[1]));
    const manifestEvents = sorted((manifest[tag].events ?? []).map((e) => e.name).filter(Boolean));
    check(show(typedEvents) === show(manifestEvents), `${tag}: types list events ${typedEvents}, the manifest ${manifestEvents}`);
  }
});

test('vscode.html-custom-data.json and web-types.json cover the manifest (attributes, values, events, CSS API)', () => {
  const manifest = manifestElements();
  const vscode = json('vscode.html-custom-data.json');
  const webTypes = json('web-types.json');
  check(webTypes.version === json('package.json').version, `web-types.json is for version ${webTypes.version}: regenerate it`);
  for (const tag of TAGS) {
    const d = manifest[tag];
    const vs = vscode.tags.find((t) => t.name === tag);
    const wt = webTypes.contributions.html.elements.find((e) => e.name === tag);
    check(vs && wt, `${tag} missing from the editor data`);
    const attributes = sorted([...(d.attributes ?? []).map((a) => a.name), 'lang']);
    check(show(sorted(vs.attributes.map((a) => a.name))) === show(attributes), `${tag}: VS Code data has ${vs.attributes.map((a) => a.name)}`);
    check(show(sorted(wt.attributes.map((a) => a.name))) === show(attributes), `${tag}: web-types has ${wt.attributes.map((a) => a.name)}`);
    // Enumerated attributes offer their values (theme everywhere; lang as vi/en).
    for (const name of ['theme', 'lang']) {
      const values = vs.attributes.find((a) => a.name === name)?.values?.map((v) => v.name);
      check(values?.length >= 2, `${tag}[${name}] offers no values in the VS Code data`);
    }
    check(show(sorted(wt.js.events.map((e) => e.name))) === show(sorted((d.events ?? []).map((e) => e.name))), `${tag}: web-types events ${wt.js.events.map((e) => e.name)}`);
    check(wt.css.properties.length === (d.cssProperties ?? []).length && wt.css.properties.length > 0, `${tag}: web-types has ${wt.css.properties.length} CSS properties`);
    check(wt.css.parts.length === (d.cssParts ?? []).length && wt.css.parts.length > 0, `${tag}: web-types has ${wt.css.parts.length} parts`);
  }
  const roleId = vscode.tags.find((t) => t.name === 'role-card').attributes.find((a) => a.name === 'role-id');
  check(show(roleId?.values?.map((v) => v.name)) === show(['receptionist', 'customer-relations', 'sales']), `role-card[role-id] values: ${show(roleId?.values)}`);
});
