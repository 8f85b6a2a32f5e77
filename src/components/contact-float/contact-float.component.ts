import { html, isServer, nothing, type PropertyValues, type ReactiveElement, type TemplateResult } from 'lit';
import { contact as enContact, contactStrings as enStrings } from '../../data/en.js';
import { contactFields, overrideOf } from '../../data/schema.js';
import type { ContactData, ContactStrings } from '../../data/types.js';
import { contact as viContact, contactStrings as viStrings } from '../../data/vi.js';
import { booleanAttribute } from '../../internal/boolean-attribute.js';
import { DataOverride } from '../../internal/data-override.js';
import { FowElement } from '../../internal/fow-element.js';
import { baseStyles } from '../../internal/theme.styles.js';
import { invalidValue } from '../../internal/warn.js';
import { ACCEPTED, CHANNELS, channelOf, type Channel, type ChannelName } from './channels.js';
import styles from './contact-float.styles.js';
import { CHANNEL_ICONS, CHAT, CLOSE, COPY, icon } from './icons.js';
import { DEFAULT_TIMEZONE, formatDays, formatTime, isOpen, parseDays, parseHours, zonedTime, type ZonedTime } from './office-hours.js';

export type { ChannelName } from './channels.js';
export type Placement = 'bottom-right' | 'bottom-left';
const PLACEMENTS: Placement[] = ['bottom-right', 'bottom-left'];
const HIDDEN = 'hidden';

interface Note {
  text: string;
  closed: boolean;
}

export interface ContactFloatSelectDetail {
  channel: ChannelName;
  href: string;
}

// One list per document, found through a registered symbol, so two copies of the
// library on a page (a CDN tag and an npm build) still agree on who shows.
const REGISTRY = Symbol.for('front-office-widgets.contact-float');
// Set by an element that has something to show: one with no valid channel, or `hidden`, leaves its corner to the next.
const CLAIMS = Symbol.for('front-office-widgets.contact-float.claims');
type Registered = HTMLElement & { placement?: unknown; [CLAIMS]?: boolean };
// On the server (the render command) there is no document: the list is the snippet's, kept on globalThis in the
// order the elements are rendered (willUpdate adds them) and emptied by src/ssr/render.ts for each snippet, so a
// second element at one corner is prerendered hidden, as the browser shows it.
const connected = (): Registered[] => (((isServer ? globalThis : document) as unknown as Record<symbol, Registered[]>)[REGISTRY] ??= []);
const sideOf = (el: Registered): Placement => (el.placement === 'bottom-left' ? 'bottom-left' : 'bottom-right');

/**
 * The floating contact button: Zalo chat and the hotline, plus Messenger and
 * email when given. One channel is a single link; several are a button that
 * opens the list of links above it.
 *
 * @tagname contact-float
 * @summary Floating Zalo / hotline contact button.
 *
 * @csspart button - The floating button: the menu toggle, or the link itself when there is one channel.
 * @csspart menu - The box that holds the list of channels.
 * @csspart channel - Each channel link (with one channel, the floating link has both `button` and `channel`).
 * @csspart icon - Every inline SVG icon.
 * @csspart label - The text of the floating button and of each channel link.
 * @csspart copy - The "copy number" button, shown unless the main pointer is a touch screen (`tel:` often does nothing on a desktop).
 *
 * @cssproperty --contact-float-offset-x - Distance from the left or right edge, added to the safe-area inset. Default `16px`.
 * @cssproperty --contact-float-offset-y - Distance from the bottom edge, added to the safe-area inset. Default `16px`.
 * @cssproperty --contact-float-z-index - Stacking level. Default `2147483000`: above page content, below consent banners that use the maximum.
 * @cssproperty --contact-float-shadow - Shadow of the button and menu; falls back to `--fow-shadow`, then the theme.
 * @cssproperty --contact-float-accent - Button background, icons; falls back to `--fow-accent`.
 * @cssproperty --contact-float-accent-contrast - Button text and icon on the accent; falls back to `--fow-accent-contrast`.
 * @cssproperty --contact-float-surface - Menu background; falls back to `--fow-surface`.
 * @cssproperty --contact-float-surface-alt - Hovered channel; falls back to `--fow-surface-alt`.
 * @cssproperty --contact-float-text - Menu text; falls back to `--fow-text`.
 * @cssproperty --contact-float-muted - Office hours note; falls back to `--fow-muted`.
 * @cssproperty --contact-float-border - Menu border; falls back to `--fow-border`.
 * @cssproperty --contact-float-radius - Menu corner radius; falls back to `--fow-radius` (8px).
 * @cssproperty --contact-float-focus-ring - Focus outline; falls back to `--fow-focus-ring`.
 * @cssproperty --contact-float-font-family - Falls back to `--fow-font-family`, else the page's font.
 * @cssproperty --contact-float-font-size - Falls back to `--fow-font-size` (1em).
 *
 * @fires {CustomEvent<{ open: boolean }>} contact-float-toggle - The visitor opened or closed the menu (not fired when `open` is set by script).
 * @fires {CustomEvent<{ channel: 'zalo' | 'phone' | 'messenger' | 'email'; href: string }>} contact-float-select - The visitor chose a channel link. Cancelable: `preventDefault()` stops the navigation.
 */
export class ContactFloat extends FowElement {
  static override tagName = 'contact-float';
  static override styles = [baseStyles('contact-float'), styles];
  static override properties = {
    phone: {},
    zalo: {},
    messenger: {},
    email: {},
    channels: {},
    label: {},
    placement: {},
    open: { type: Boolean, reflect: true, converter: booleanAttribute },
    hours: {},
    days: {},
    timezone: {},
    attention: { type: Boolean },
    // A property Lit knows, so a value a framework sets before the tag is defined is not lost.
    data: { attribute: false },
  };

  /** The clock office hours are read from, on every render. Replace it to preview or test another time. */
  static now: () => Date = () => new Date();

  /** Hotline: a number of Vietnam's plan (`0903966729`, `+84 903 966 729`, `028 3822 1234 ext. 105`, `1900 6868`) or another country's with `+`. Default: the dataset's. */
  phone?: string;

  /** Zalo: a Vietnamese mobile number or an Official Account id (a pasted `https://zalo.me/…` link also works). Default: the dataset's. */
  zalo?: string;

  /** Facebook page name or id; the link is `https://m.me/<page>`. Adds the Messenger channel. */
  messenger?: string;

  /** Email address; the link is `mailto:`. Adds the email channel. */
  email?: string;

  /**
   * Which channels to show and in what order, comma separated: `zalo`, `phone`, `messenger`, `email`.
   * Default: `zalo,phone`, then `messenger` and `email` when they are set.
   */
  channels?: string;

  /** Name and text of the menu button (default from the dataset: "Hỗ trợ bạn qua Zalo"). With one channel, replaces the link's visible text. */
  label?: string;

  /** Corner of the viewport. */
  placement: Placement = 'bottom-right';

  /** Whether the list of channels is shown (several channels only). */
  open = false;

  /** Office hours of the hotline, `HH:MM-HH:MM` (e.g. `08:00-17:30`; an end before the start runs overnight). Outside them the phone channel says the office is closed. */
  hours?: string;

  /** Office days as ISO weekdays, 1 = Monday … 7 = Sunday: a range `1-5`, a list `1,3,5`, or both `1-3,6`. Default: every day. */
  days?: string;

  /** IANA time zone `hours` and `days` are read in. */
  timezone: string = 'Asia/Ho_Chi_Minh';

  /** Rings the button three times (4.5 s) to draw attention; never under `prefers-reduced-motion`. */
  attention = false;

  // Not a declared property: the manifest analyzer would list it as an attribute. Set, then requestUpdate().
  private _copyMessage = '';

  private readonly _override = new DataOverride<ContactData>(this, overrideOf<ContactData>(contactFields));
  private _touch?: MediaQueryList;
  private _justOpened = false;
  private _channelList: Channel[] = [];
  private _hasMenu = false;

  /**
   * The contact in effect: the bundled one for the resolved locale, with any
   * override (this property or a child `<script type="application/json">`)
   * merged over it. Attributes win over it.
   * @type {ContactData}
   */
  get data(): ContactData {
    return this._override.apply(this.locale === 'en' ? enContact : viContact);
  }
  set data(value: Partial<ContactData> | undefined) {
    this._override.set(value);
  }

  // `hidden` decides whether it holds its corner (see CLAIMS). Observed through a constant so the
  // manifest does not list the global attribute as one of ours.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, HIDDEN];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === HIDDEN) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `tel:` does nothing on most desktops: offer to copy the number unless the main pointer is a touch screen.
    this._touch = matchMedia('(pointer: coarse)');
    this._listen('addEventListener');
    connected().push(this);
    // Itself too: reconnected, it may have lost its corner to one that came in meanwhile.
    this.requestUpdate();
    this._refreshOthers();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._listen('removeEventListener');
    const list = connected();
    if (list.includes(this)) list.splice(list.indexOf(this), 1);
    this._refreshOthers();
  }

  /** One list for connecting and disconnecting, so the two cannot drift apart. */
  private _listen(method: 'addEventListener' | 'removeEventListener'): void {
    document[method]('click', this._onDocumentClick as EventListener);
    document[method]('keydown', this._onDocumentKeydown as EventListener);
    // Office hours may have begun or ended while the tab was in the background.
    document[method]('visibilitychange', this._refresh);
    this._touch?.[method]('change', this._refresh);
  }

  // Lit calls this synchronously from every property setter, so a page script that
  // opens the menu from a click handler is known before that click reaches the document.
  override requestUpdate(...args: Parameters<ReactiveElement['requestUpdate']>): void {
    if (args[0] === 'open' && this.open && !args[1]) {
      this._justOpened = true;
      setTimeout(() => (this._justOpened = false));
    }
    super.requestUpdate(...args);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._channelList = this._resolveChannels(this.data);
    // With one channel there is no menu to be open; a later second channel must not find it open.
    if (this._channelList.length < 2) this.open = false;
    // The server's element has attributes but no `hidden` property.
    const claims = this._channelList.length > 0 && !(isServer ? this.hasAttribute('hidden') : this.hidden);
    if (isServer && claims) connected().push(this);
    if ((this as Registered)[CLAIMS] !== claims) {
      (this as Registered)[CLAIMS] = claims;
      this._refreshOthers();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('placement')) this._refreshOthers();
  }

  override render(): TemplateResult | typeof nothing {
    const s = this.locale === 'en' ? enStrings : viStrings;
    const data = this.data;
    const channels = this._channelList;
    const side = this._oneOf('placement', this.placement, PLACEMENTS, 'bottom-right');
    // Page clicks and keys concern it only while it shows a menu.
    this._hasMenu = false;
    if (!(this as Registered)[CLAIMS] || !this._isFirstAt(side)) return nothing;
    const note = this._hoursNote(s);
    const multi = (this._hasMenu = channels.length > 1);
    // A named region: partners put the tag at the end of <body>, outside every landmark, and a region (unlike <aside>)
    // may sit inside <main> or <footer> too, so screen readers list it wherever the tag is placed.
    // prettier-ignore
    return html`<section class="${this._rootClass} dock ${side === 'bottom-left' ? 'left' : ''} ${multi ? 'multi' : ''}" lang=${this.locale} aria-label=${this.label || data.label} @focusout=${this._onFocusOut}>${multi
      ? html`<button id="toggle" part="button" class="fab ${this.attention ? 'attention' : ''}" aria-expanded=${this.open} aria-controls="menu" @click=${() => this._setOpen(!this.open)}>${icon(this.open ? CLOSE : CHAT)}<span part="label">${this.label || data.label}</span></button><div id="menu" part="menu" class="menu" ?hidden=${!this.open}><ul role="list">${channels.map((c) => html`<li>${this._renderChannel(c, s, note)}</li>`)}</ul></div>`
      : this._renderChannel(channels[0], s, note, true)}</section>`;
  }

  // prettier-ignore
  private _renderChannel(c: Channel, s: ContactStrings, note: Note | null, single?: boolean): TemplateResult {
    const phone = c.name === 'phone';
    const copy = phone && !this._touch?.matches;
    const name = s[c.name].replace(/\{\w+\}/, c.shown);
    const web = c.href.startsWith('https:');
    // With one channel a `label` is the visible text; the name starts with it (WCAG 2.5.3) and still says the channel.
    const label = single && this.label;
    const link = html`<a part=${single ? 'button channel' : 'channel'} class=${single ? `fab ${this.attention ? 'attention' : ''}` : 'channel'} href=${c.href} target=${web ? '_blank' : nothing} aria-label=${label ? `${label}, ${name}` : nothing} aria-describedby=${phone && note ? 'hours' : nothing} @click=${(e: MouseEvent) => this._select(e, c)}>${icon(CHANNEL_ICONS[c.name])}<span part="label">${label || name}</span></a>`;
    const button = copy ? html`<button part="copy" class="copy" @click=${() => this._copyNumber(c.shown, s)}>${icon(COPY)}${s.copy}</button>` : nothing;
    const notes = phone ? html`${note ? html`<p class="note" id="hours">${note.closed ? html`<strong>${s.closed}.</strong> ` : nothing}${note.text}</p>` : nothing}${copy ? html`<p class="note" role="status">${this._copyMessage}</p>` : nothing}` : nothing;
    return single ? html`${notes}<div class="row">${link}${button}</div>` : html`${link}${button}${notes}`;
  }

  /** The channels to render, in order; each bad or missing value is left out with one warning. */
  private _resolveChannels(data: ContactData): Channel[] {
    const values = Object.fromEntries(CHANNELS.map((name) => [name, this[name] || data[name]])) as Record<ChannelName, string | undefined>;
    const names = this.channels?.trim()
      ? this.channels.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean)
      : CHANNELS.filter((name) => values[name]);
    const result: Channel[] = [];
    for (const name of new Set(names)) {
      if (!(CHANNELS as readonly string[]).includes(name)) {
        this._warnOnce(`channels: "${name}" is not a channel; accepted values: ${CHANNELS.join(', ')}.`);
        continue;
      }
      const channel = name as ChannelName;
      const value = values[channel];
      if (!value) {
        this._warnOnce(`channels: "${channel}" has no value; set the ${channel} attribute.`);
        continue;
      }
      const built = channelOf(channel, value);
      if (built?.renamed) this._warnOnce(`${channel}="${value}": pre-2017 area code, linked as ${built.shown}.`);
      if (built) result.push(built);
      else this._warnOnce(invalidValue(`${this[channel] ? '' : 'data.'}${channel}`, value, ACCEPTED[channel], 'the other channels'));
    }
    return result;
  }

  /** The office hours sentence for the phone channel, and whether the office is closed now. */
  private _hoursNote(s: ContactStrings): Note | null {
    const hours = this.hours ? parseHours(this.hours) : null;
    if (this.hours && !hours) this._warnOnce(invalidValue('hours', this.hours, 'HH:MM-HH:MM (08:00-17:30)', 'all day'));
    const days = this.days ? parseDays(this.days) : null;
    if (this.days && !days) this._warnOnce(invalidValue('days', this.days, 'ISO weekdays, 1 = Monday (1-5, 1,3,5)', 'every day'));
    if (!hours && !days) return null;

    const date = (this.constructor as typeof ContactFloat).now();
    let office: ZonedTime;
    try {
      office = zonedTime(date, this.timezone || DEFAULT_TIMEZONE);
    } catch {
      this._warnOnce(invalidValue('timezone', this.timezone, 'IANA time zones', DEFAULT_TIMEZONE));
      office = zonedTime(date, DEFAULT_TIMEZONE);
    }
    // A visitor in another zone reads the hours with the office's offset next to them.
    // A prerendered snippet (isServer) is read later, anywhere: it gives the hours, not whether the office is open now.
    const offset = isServer || zonedTime(date).offset === office.offset ? '' : ` (${office.offset})`;
    const text = s.hours
      .replace('{hours}', hours ? `${formatTime(hours[0])}–${formatTime(hours[1])}${offset}` : s.allDay)
      .replace('{days}', days ? formatDays(days, s.weekdays) : s.everyDay);
    return { text, closed: !isServer && !isOpen(hours ?? [0, 1440], days, office) };
  }

  private _isFirstAt(side: Placement): boolean {
    const first = connected().find((el) => el[CLAIMS] !== false && sideOf(el) === side);
    if (!first || first === this) return true;
    this._warnOnce(`is hidden: another <${first.localName}> shows at placement="${side}" (the first connected wins).`);
    return false;
  }

  private _refreshOthers(): void {
    // Rendered on the server, the others are already written out.
    if (isServer) return;
    for (const el of connected()) if (el !== this) (el as Partial<ReactiveElement>).requestUpdate?.();
  }

  private readonly _refresh = (): void => this.requestUpdate();

  private _setOpen(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    if (!open) this._copyMessage = '';
    this.dispatchEvent(new CustomEvent('contact-float-toggle', { detail: { open }, bubbles: true, composed: true }));
  }

  private readonly _onDocumentClick = (event: MouseEvent): void => {
    // The click that opened the menu (from a page script) is not a click outside it.
    if (this.open && this._hasMenu && !this._justOpened && !event.composedPath().includes(this)) this._setOpen(false);
  };

  private readonly _onDocumentKeydown = (event: KeyboardEvent): void => {
    if (!this.open || !this._hasMenu || event.key !== 'Escape') return;
    const inside = event.composedPath().includes(this);
    this._setOpen(false);
    // Only take focus back when it was ours: Escape pressed elsewhere on the page belongs to the page.
    if (inside) this.renderRoot.querySelector<HTMLElement>('#toggle')?.focus();
  };

  private readonly _onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    // No relatedTarget: the window lost focus or a non-focusable area was clicked (the click handler decides).
    if (to && !this.shadowRoot!.contains(to)) this._setOpen(false);
  };

  private _select(event: MouseEvent, channel: Channel): void {
    const detail: ContactFloatSelectDetail = { channel: channel.name, href: channel.href };
    const proceed = this.dispatchEvent(new CustomEvent('contact-float-select', { detail, bubbles: true, composed: true, cancelable: true }));
    if (!proceed) event.preventDefault();
  }

  private async _copyNumber(number: string, s: ContactStrings): Promise<void> {
    try {
      await navigator.clipboard.writeText(number);
      this._copyMessage = s.copied.replace('{number}', number);
    } catch {
      // No Clipboard API (an http: page) or permission refused: the number stays readable in the message.
      this._copyMessage = s.copyFailed.replace('{number}', number);
    }
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-float': ContactFloat;
  }
  interface HTMLElementEventMap {
    'contact-float-toggle': CustomEvent<{ open: boolean }>;
    'contact-float-select': CustomEvent<ContactFloatSelectDetail>;
  }
  // Both events bubble and are composed: analytics code listens on document or window.
  interface GlobalEventHandlersEventMap {
    'contact-float-toggle': CustomEvent<{ open: boolean }>;
    'contact-float-select': CustomEvent<ContactFloatSelectDetail>;
  }
}
