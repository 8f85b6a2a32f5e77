import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Check } from '../data/schema.js';
import { warn } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Holds what a page put over the bundled data: the `data` property, or a child
 * `<script type="application/json">` for pages without JavaScript of their own.
 * The property wins over the script; either merges its top-level keys over the
 * bundled part. Invalid input warns once, naming the first bad field, and leaves
 * the previous data in effect.
 */
export class DataOverride<T extends object> implements ReactiveController {
  private fromProperty: Partial<T> | undefined;
  private fromScript: Partial<T> | undefined;
  private scriptText: string | undefined;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: Host,
    private readonly check: Check,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readScript();
    // A framework or CMS may add or fill the script after the element connects.
    this.observer ??= new MutationObserver(() => this.readScript());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Sets the `data` property; `null` or `undefined` removes the property's override. */
  set(value: unknown): void {
    if (value == null) this.fromProperty = undefined;
    else if (this.accepts(value, 'data')) this.fromProperty = value as Partial<T>;
    this.host.requestUpdate();
  }

  /** The data in effect: the bundled part with the overrides merged over it. */
  apply(bundled: T): T {
    return { ...bundled, ...this.fromScript, ...this.fromProperty };
  }

  private accepts(value: unknown, source: string): boolean {
    const problem = this.check(value, source);
    if (problem) warn(this.host.localName, `${problem}; keeping the bundled data.`);
    return !problem;
  }

  private readScript(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const json = script?.textContent ?? undefined;
    if (json === this.scriptText) return;
    this.scriptText = json;
    let parsed: unknown;
    try {
      parsed = json === undefined || json.trim() === '' ? undefined : JSON.parse(json);
    } catch (error) {
      warn(this.host.localName, `<script type="application/json"> is not valid JSON (${(error as Error).message}); keeping the bundled data.`);
      return;
    }
    if (parsed === undefined) this.fromScript = undefined;
    else if (this.accepts(parsed, 'data')) this.fromScript = parsed as Partial<T>;
    this.host.requestUpdate();
  }
}
