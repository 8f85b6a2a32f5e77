/**
 * Reading prerendered markup as a browser's parser would: the host, its declarative shadow root
 * (`<template shadowrootmode>`), and the elements, attributes and text in it. parse5 is the parser
 * @lit-labs/ssr uses; it keeps the template's content as a fragment, which is what we walk.
 */
import { parseFragment } from 'parse5';

export const ROOT = new URL('../../', import.meta.url);
export const api = await import(new URL('dist/ssr/render.js', ROOT)).catch((error) => {
  throw new Error(`dist/ssr/render.js: ${error.message} (run npm run build first)`);
});
export const { dataset } = await import(new URL('dist/data/index.js', ROOT));

export const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
export const children = (node) => node.childNodes ?? [];

/** Every element under `node` (template contents included), depth first. */
export function all(node, test = () => true) {
  const found = [];
  const walk = (n) => {
    for (const child of children(n)) {
      if (child.tagName) {
        if (test(child)) found.push(child);
        walk(child.tagName === 'template' ? child.content : child);
      }
    }
  };
  walk(node);
  return found;
}

export const byTag = (node, tag) => all(node, (el) => el.tagName === tag);
export const one = (node, test) => all(node, test)[0];

/** Text content, white space collapsed, Lit's comment markers ignored. */
export function text(node) {
  const parts = [];
  const walk = (n) => {
    for (const child of children(n)) {
      if (child.nodeName === '#text') parts.push(child.value);
      else if (child.tagName) walk(child.tagName === 'template' ? child.content : child);
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export const isHidden = (node) => attr(node, 'hidden') !== undefined;

/** The hosts of our tags in `html`, each with `shadow` (its shadow root's content) and `template`. */
export function hosts(html) {
  return all(parseFragment(html), (el) => ['office-compare', 'role-card', 'contact-float'].includes(el.tagName)).map((host) => {
    const template = children(host).find((n) => n.tagName === 'template' && attr(n, 'shadowrootmode') !== undefined);
    return { host, template, shadow: template?.content };
  });
}

/** Renders one element and returns its host and shadow root; fails when it has no declarative shadow root. */
export async function renderOne(markup, options) {
  const html = await api.renderWidgets(markup, options);
  const [first] = hosts(html);
  if (!first?.shadow) throw new Error(`no <template shadowrootmode> in ${html.slice(0, 200)}`);
  return { ...first, html };
}

/** The `.fow` wrapper every element renders first inside its shadow root. */
export const wrapper = (shadow) => one(shadow, (el) => (attr(el, 'class') ?? '').split(' ').includes('fow'));

/** Runs `fn` with console.warn captured; returns [result, warnings]. */
export async function withWarnings(fn) {
  const warnings = [];
  const original = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    return [await fn(), warnings];
  } finally {
    console.warn = original;
  }
}

/**
 * `actual === expected` for long HTML: on failure, says where the first difference is with some
 * context (node's assertion diff of two 100 KB strings takes minutes).
 */
export function sameText(actual, expected, what = 'text') {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  const around = (s) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  throw new Error(`${what} differs at offset ${i} (lengths ${actual.length} and ${expected.length}):\n  actual:   ${around(actual)}\n  expected: ${around(expected)}`);
}
