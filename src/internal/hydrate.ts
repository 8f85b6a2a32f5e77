/**
 * Takes over prerendered elements (declarative shadow DOM written by the render command) instead
 * of rendering them again: Lit's hydration support, installed before Lit itself evaluates, so it
 * patches this bundle's LitElement. Imported first by the hydrate CDN entry (src/cdn-hydrate.ts),
 * never by the default files, which replace prerendered content instead (FowElement.createRenderRoot).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { adoptStyles, LitElement, ReactiveElement, render, type PropertyValues } from 'lit';
import { ContactFloat } from '../components/contact-float/contact-float.component.js';
import { VERSION } from '../version.js';
import { FowElement } from './fow-element.js';
import { prerenderedFingerprint } from './prerendered.js';
import { warn } from './warn.js';

type Patchable = {
  createRenderRoot(this: LitElement): HTMLElement | DocumentFragment;
  update(this: LitElement, changed: PropertyValues): void;
};
const proto = (ctor: { prototype: unknown }) => ctor.prototype as Patchable;
const hydratingRoot = proto(LitElement).createRenderRoot;
const hydratingUpdate = proto(LitElement).update;
/** Elements whose first update hydrates prerendered DOM. */
const prerenderedElements = new WeakSet<LitElement>();

/** The element's JSON override as written in the page, as the render command read it. */
const overrideText = (el: Element) => el.querySelector(':scope > script[type="application/json"]')?.textContent ?? '';

/** Whether `el` is as the render command saw it: else its prerendered text is another's (see prerendered.ts). */
const unchangedSincePrerender = (el: LitElement) =>
  el.getAttribute('prerendered') === prerenderedFingerprint((el.constructor as typeof LitElement).observedAttributes, (name) => el.getAttribute(name), overrideText(el));

// <office-compare> and <role-card> render the same on the server and in the browser (the command
// pins their lang), so Lit hydrates them: it adopts the DOM and binds the event handlers. Unless the
// snippet was edited since (an attribute, the JSON override) or prerendered by another version: Lit
// would keep the old text, so the element is drawn anew.
// <contact-float> is always drawn anew: it depends on what only the visitor's browser knows (the clock
// for office hours, a touch screen for "copy number", which one is first on the page). In the same task,
// before anything is painted; it is position: fixed, so nothing moves.
proto(FowElement).createRenderRoot = function () {
  const prerendered = this.shadowRoot;
  if (prerendered && (this instanceof ContactFloat || !unchangedSincePrerender(this))) {
    prerendered.replaceChildren();
    return proto(ReactiveElement).createRenderRoot.call(this);
  }
  const root = hydratingRoot.call(this);
  if (prerendered) {
    prerenderedElements.add(this);
    // A prerendered <role-card> opens without script (its native disclosure: src/ssr/render.ts). Opened or closed
    // before this file ran, it stays so: set once hydrated, since hydration takes the DOM as the attributes say.
    // (Setting the same value again changes nothing.)
    const native = prerendered.querySelector('details');
    if (native) void this.updateComplete.then(() => ((this as unknown as { expanded: boolean }).expanded = native.open));
    // The prerendered <style> is inline, which a strict style-src blocks unless it lists its hash: use
    // constructable stylesheets, as a client render does, so the element is styled whatever the CSP.
    prerendered.querySelector('style')?.remove();
    adoptStyles(prerendered, (this.constructor as typeof LitElement).elementStyles);
  }
  return root;
};

// Markup prerendered by another version (or edited by hand) does not match the templates, and Lit's
// hydration throws half-way. Then the element is drawn anew, with one warning, not left half bound.
proto(LitElement).update = function (changed) {
  if (!prerenderedElements.delete(this)) return hydratingUpdate.call(this, changed);
  try {
    hydratingUpdate.call(this, changed);
  } catch (error) {
    warn(this.localName, `its prerendered markup does not match version ${VERSION} (${(error as Error).message}): rendered anew.`);
    this.renderRoot.replaceChildren();
    render(this.render(), this.renderRoot, this.renderOptions);
  }
};
