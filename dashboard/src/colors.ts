/** Colours: QuadClasses and the Goldstein scale (-10 conflict, red; +10 cooperation, green). */

export const QUADS = [
  { q: 1, key: 'q1', label: 'Verbal cooperation', color: '#7fbf7b' },
  { q: 2, key: 'q2', label: 'Material cooperation', color: '#1b7837' },
  { q: 3, key: 'q3', label: 'Verbal conflict', color: '#f1a340' },
  { q: 4, key: 'q4', label: 'Material conflict', color: '#b2182b' },
] as const;

export type QuadKey = (typeof QUADS)[number]['key'];

/** A colour from red (-10) through grey (0) to green (+10). */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [178, 24, 43] : [27, 120, 55];
  const a = Math.abs(t) ** 0.6;
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : '–');
