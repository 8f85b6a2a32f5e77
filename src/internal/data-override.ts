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
  private _fromProperty: Partial<T> | undefined;
  private _fromScript: Partial<T> | undefined;
  private _scriptText: string | undefined;
  private _observer: MutationObserver | undefined;

  constructor(
    private readonly _host: Host,
    private readonly _check: Check,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._readScript();
    // A framework or CMS may add or fill the script after the element connects.
    this._observer ??= new MutationObserver(() => this._readScript());
    this._observer.observe(this._host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /** Sets the `data` property; `null` or `undefined` removes the property's override. */
  set(value: unknown): void {
    this._fromProperty = this._checked(value, this._fromProperty);
  }

  /** The data in effect: the bundled part with the overrides merged over it. */
  apply(bundled: T): T {
    return { ...bundled, ...this._fromScript, ...this._fromProperty };
  }

  /** The new override: `value` when it fits (`null` or `undefined`: none), else `previous` with one warning. */
  private _checked(value: unknown, previous: Partial<T> | undefined): Partial<T> | undefined {
    this._host.requestUpdate();
    const problem = value == null ? null : this._check(value, 'data');
    if (!problem) return (value ?? undefined) as Partial<T> | undefined;
    this._warn(problem);
    return previous;
  }

  private _warn(problem: string): void {
    warn(this._host.localName, `${problem}; keeping the bundled data.`);
  }

  private _readScript(): void {
    const json = this._host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    if (json === this._scriptText) return;
    this._scriptText = json;
    try {
      this._fromScript = this._checked(json?.trim() ? JSON.parse(json) : undefined, this._fromScript);
    } catch (error) {
      this._warn(`<script type="application/json"> is not valid JSON (${(error as Error).message})`);
    }
  }
}
