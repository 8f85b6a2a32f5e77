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
    this.fromProperty = this.checked(value, this.fromProperty);
  }

  /** The data in effect: the bundled part with the overrides merged over it. */
  apply(bundled: T): T {
    return { ...bundled, ...this.fromScript, ...this.fromProperty };
  }

  /** The new override: `value` when it fits (`null` or `undefined`: none), else `previous` with one warning. */
  private checked(value: unknown, previous: Partial<T> | undefined): Partial<T> | undefined {
    this.host.requestUpdate();
    const problem = value == null ? null : this.check(value, 'data');
    if (!problem) return (value ?? undefined) as Partial<T> | undefined;
    this.warn(problem);
    return previous;
  }

  private warn(problem: string): void {
    warn(this.host.localName, `${problem}; keeping the bundled data.`);
  }

  private readScript(): void {
    const json = this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    if (json === this.scriptText) return;
    this.scriptText = json;
    try {
      this.fromScript = this.checked(json?.trim() ? JSON.parse(json) : undefined, this.fromScript);
    } catch (error) {
      this.warn(`<script type="application/json"> is not valid JSON (${(error as Error).message})`);
    }
  }
}
