import { parsePhone } from '../../internal/phone.js';
import { safeUrl } from '../../internal/url.js';

export const CHANNELS = ['zalo', 'phone', 'messenger', 'email'] as const;
export type ChannelName = (typeof CHANNELS)[number];

export interface Channel {
  name: ChannelName;
  href: string;
  /** The number as read (`0903 966 729`), shown and copied; the address or id otherwise. */
  shown: string;
}

/** What each channel accepts, for the warning when a value does not fit. */
const ID_CHARS = 'letters, digits, . _ -';
export const ACCEPTED: Record<ChannelName, string> = {
  phone: 'a Vietnamese number (0903 966 729, +84 903 966 729, 028 3822 1234) or +country code',
  zalo: `a phone number or an Official Account id (${ID_CHARS})`,
  messenger: `a page name or id (${ID_CHARS})`,
  email: 'an email address',
};

// An id goes into a URL path: no slash, query, fragment or scheme can get through.
const ID = /^[a-z\d][\w.-]{0,99}$/i;
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
    return href && number ? { name, href, shown: number.display } : null;
  }
  if (name === 'email') href = EMAIL.test(value) ? `mailto:${value}` : null;
  else {
    const host = name === 'zalo' ? 'zalo' : 'm';
    const id = new RegExp(`^(?:https://)?${host}\\.me/(.*)$`, 'i').exec(value)?.[1] ?? value;
    const number = name === 'zalo' && parsePhone(id);
    if (number) href = `https://zalo.me/${number.national.replace('+', '')}`;
    else if (ID.test(id)) href = `https://${host}.me/${id}`;
  }
  href = safeUrl(href);
  return href ? { name, href, shown: value } : null;
}
