// Number text and colours for the status-analysis results: every number goes
// through shared/format (decimal comma), every colour pairs with written text.
import { formatInteger, formatNumber } from '../../../../shared/format';

export { formatChange, formatMean } from '../../../../shared/format';

const NBSP = '\u00a0';

/** A share 0..1 as a whole percent ("67 %"); "–" when there is none. */
export const formatShare = (share: number | null) =>
  share === null ? '–' : `${formatInteger(Math.round(share * 100))}${NBSP}%`;

/** A mean rounded as formatMean shows it. */
const rounded = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * The change as shown beside two rounded means: the difference of the shown
 * means, so the table adds up (unrounded means can differ by 0,01 from it).
 */
export function shownChange(
  a: number | null | undefined,
  b: number | null | undefined,
  change: number | null,
  digits: number,
): number | null {
  if (change === null || a === null || a === undefined || b === null || b === undefined) return null;
  return rounded(b, digits) - rounded(a, digits);
}

/** Whether a change is shown as a rise, a fall or no change at this precision. */
export const changeDirection = (change: number | null, digits = 1): 'up' | 'down' | 'none' => {
  if (change === null) return 'none';
  const steps = Math.round(change * 10 ** digits);
  return steps > 0 ? 'up' : steps < 0 ? 'down' : 'none';
};

/** A consensus score as written (integer or up to two decimals). */
export const formatScore = (value: number) => formatNumber(value);

/** The scale values 1..max. */
export const scaleValues = (max: number) => Array.from({ length: max }, (_, i) => i + 1);

// ---------------------------------------------------------------- colours

export const INK = '#111418';
export const TRACK = '#ece9e0';
/** The mean bar (dark blue, as the progress line). */
export const MEAN_FILL = '#0b4a85';
/** Comparison: the earlier round (orange-brown) and the later one (dark blue): told apart by lightness and hue. */
export const EARLIER_FILL = '#e08214';
export const LATER_FILL = '#0b4a85';
/** "Don't know": a neutral grey with a dark outline, outside the diverging scale. */
export const DONT_KNOW_FILL = '#c7c7c7';

// ColorBrewer PuOr (orange to purple), colour-blind safe, by number of scale values.
const PUOR: Record<number, string[]> = {
  2: ['#e66101', '#5e3c99'],
  3: ['#f1a340', '#f7f7f7', '#998ec3'],
  4: ['#e66101', '#fdb863', '#b2abd2', '#5e3c99'],
  5: ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'],
  6: ['#b35806', '#f1a340', '#fee0b6', '#d8daeb', '#998ec3', '#542788'],
  7: ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'],
  8: ['#b35806', '#e08214', '#fdb863', '#fee0b6', '#d8daeb', '#b2abd2', '#8073ac', '#542788'],
  9: ['#b35806', '#e08214', '#fdb863', '#fee0b6', '#f7f7f7', '#d8daeb', '#b2abd2', '#8073ac', '#542788'],
  10: ['#7f3b08', '#b35806', '#e08214', '#fdb863', '#fee0b6', '#d8daeb', '#b2abd2', '#8073ac', '#542788', '#2d004b'],
};

/** One diverging colour per scale value 1..max (low values orange, high values purple). */
export const scaleColours = (max: number): string[] => PUOR[max] ?? PUOR[4];

/** Dark or white text, whichever reads better on `fill` (WCAG relative luminance). */
export function textOn(fill: string): string {
  const hex = fill.replace('#', '');
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  const onDark = 1.05 / (luminance + 0.05);
  const onLight = (luminance + 0.05) / 0.0571;
  return onDark >= onLight ? '#ffffff' : INK;
}

/** The root font size in px (20 at 1280 wide, about 28 at 1920), so bars in px grow with the type. */
export function remPx(): number {
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 20;
}
