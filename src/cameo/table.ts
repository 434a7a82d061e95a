/**
 * The CAMEO code table (data/cameo/cameo_master.tsv): name, Goldstein score and QuadClass per code.
 * Unknown codes (PETR.Validate's test codes 345, 802, 901-915, or typos) give null, never a throw:
 * the caller decides what to do with an event whose code is not CAMEO.
 */
import { readFileSync } from 'node:fs';
import { dataDir } from '../dict/paths.js';
import { DyadError } from '../util/errors.js';

export type QuadClass = 1 | 2 | 3 | 4;

export interface CameoCode {
  code: string;
  /** Two-digit root, e.g. '04'. */
  root: string;
  /** 0 for a root, 1 for three digits, 2 for four. */
  level: number;
  name: string;
  /** GDELT's Goldstein value (the ICEWS one where GDELT's table lacks the code: 1213 only). */
  goldstein: number;
  goldsteinSource: 'gdelt' | 'icews';
  quadClass: QuadClass;
}

export interface CameoTable {
  codes: Map<string, CameoCode>;
}

/** GDELT's rule on the root: 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict. */
export function quadClassOfRoot(root: string): QuadClass | null {
  if (!/^\d\d$/.test(root)) return null;
  const r = Number(root);
  if (r >= 1 && r <= 5) return 1;
  if (r >= 6 && r <= 9) return 2;
  if (r >= 10 && r <= 14) return 3;
  if (r >= 15 && r <= 20) return 4;
  return null;
}

/** Root of a code shaped like CAMEO ('0231' -> '02'); null when it is not 2-4 digits. */
export function rootOf(code: string): string | null {
  return /^\d{2,4}$/.test(code) ? code.slice(0, 2) : null;
}

export function parseCameoTable(content: string, file = 'cameo_master.tsv'): CameoTable {
  const lines = content.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0]?.split('\t') ?? [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new DyadError('E_DICTIONARY', `missing column ${name}`, { file, line: 1 });
    return i;
  };
  const [cCode, cName, cLevel, cGdelt, cIcews] = ['code', 'name', 'level', 'goldstein_gdelt', 'goldstein_icews'].map(col);
  const codes = new Map<string, CameoCode>();
  for (let i = 1; i < lines.length; i++) {
    const f = lines[i].split('\t');
    const code = f[cCode];
    const root = rootOf(code);
    const quad = root === null ? null : quadClassOfRoot(root);
    const gdelt = f[cGdelt] === '' ? NaN : Number(f[cGdelt]);
    const icews = Number(f[cIcews]);
    const goldstein = Number.isFinite(gdelt) ? gdelt : icews;
    if (root === null || quad === null || !Number.isFinite(goldstein)) {
      throw new DyadError('E_DICTIONARY', `malformed CAMEO row for code '${code}'`, { file, line: i + 1 });
    }
    codes.set(code, {
      code, root, level: Number(f[cLevel]), name: f[cName], goldstein,
      goldsteinSource: Number.isFinite(gdelt) ? 'gdelt' : 'icews', quadClass: quad,
    });
  }
  return { codes };
}

export function loadCameoTable(path = dataDir('cameo', 'cameo_master.tsv')): CameoTable {
  return parseCameoTable(readFileSync(path, 'utf8'));
}

/** The table row for a code, or null if the code is not in CAMEO. */
export function cameoCode(table: CameoTable, code: string): CameoCode | null {
  return table.codes.get(code) ?? null;
}

export function goldstein(table: CameoTable, code: string): number | null {
  return table.codes.get(code)?.goldstein ?? null;
}

/** QuadClass of a CAMEO code; null when the code is not in the table. */
export function quadClass(table: CameoTable, code: string): QuadClass | null {
  return table.codes.get(code)?.quadClass ?? null;
}
