// Types of demo/contrast.js for test/theme.test.ts, which measures with the same functions.
export type Rgb = [number, number, number];
export type Token = 'surface' | 'surface-alt' | 'text' | 'muted' | 'accent' | 'accent-contrast' | 'border' | 'focus-ring';
export interface TokenPair {
  foreground: Token;
  background: Token;
  minimum: number;
}
export function flatten(...layers: string[]): Rgb;
export function contrast(a: Rgb, b: Rgb): number;
export const TOKEN_PAIRS: TokenPair[];
export function tokenValues(el: HTMLElement): Record<Token, string> | null;
export function tokenContrastFailures(el: HTMLElement, page?: string): (TokenPair & { ratio: number })[];
