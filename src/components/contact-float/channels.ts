import { parsePhone } from '../../internal/phone.js';
import { safeUrl } from '../../internal/url.js';

export const CHANNELS = ['zalo', 'phone', 'messenger', 'email'] as const;
export type ChannelName = (typeof CHANNELS)[number];

export interface Channel {
  name: ChannelName;
  href: string;
  /** The number as read (`0903 966 729`), shown and copied; the address or id otherwise. */
  shown: string;
  /** The phone number was written with an area code from before 2017; `href` and `shown` are the current number. */
  renamed?: boolean;
}

/** What each channel accepts, for the warning when a value does not fit. */
const ID_CHARS = 'letters, digits, . _ -';
export const ACCEPTED: Record<ChannelName, string> = {
  phone: 'a Vietnamese number (0903 966 729, +84 903 966 729, 028 3822 1234) or +country code',
  zalo: `a mobile number or an Official Account id (${ID_CHARS})`,
  messenger: `a page name or id (${ID_CHARS})`,
  email: 'an email address',
};

// An id goes into a URL path: no slash, query, fragment or scheme can get through.
const ID = /^[a-z\d][\w.-]{0,99}$/i;
// Not a Zalo id: what could be a phone number (digits, or digits with a letter O, as in O903966729), up to E.164's
// 15 digits. An Official Account's own id is an int64 of 16 to 19 digits.
const NOT_ZALO_ID = /^[\do]{1,15}$/i;
const EMAIL = /^[^\s@<>"'?#&/\\:]+@[^\s@<>"'?#&/\\:]+\.[^\s@<>"'?#&/\\:.]{2,}$/;

/**
 * The link of one channel, or `null` when the value cannot make a safe one.
 * Editors often paste a whole `https://zalo.me/…` or `https://m.me/…` link, so
 * that prefix is accepted and rebuilt; every result still goes through `safeUrl`.
 */
export function channelOf(name: ChannelName, raw: string): Channel | null {
  const value = raw.trim();
  let href: string | null = null;
  if (name === 'phone') {
    const number = parsePhone(value);
    href = safeUrl(number && `tel:${number.dial}`);
    return href && number ? { name, href, shown: number.display, renamed: number.renamed } : null;
  }
  if (name === 'email') href = EMAIL.test(value) ? `mailto:${value}` : null;
  else {
    const host = name === 'zalo' ? 'zalo' : 'm';
    const id = new RegExp(`^(?:https://)?${host}\\.me/(.*)$`, 'i').exec(value)?.[1] ?? value;
    const number = name === 'zalo' && parsePhone(id);
    // Zalo accounts have Vietnamese mobile numbers: a landline, a 1900 number or a foreign one links to no account.
    if (number) href = number.mobile ? `https://zalo.me/0${number.mobile}` : null;
    else if (ID.test(id) && !(name === 'zalo' && NOT_ZALO_ID.test(id))) href = `https://${host}.me/${id}`;
  }
  href = safeUrl(href);
  return href ? { name, href, shown: value } : null;
}
