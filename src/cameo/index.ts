/** CAMEO codes and their PLOVER equivalents, loaded once and passed down. */
import { type CameoTable, loadCameoTable } from './table.js';
import { type PloverMap, loadPloverMap } from './plover.js';

export interface Cameo {
  table: CameoTable;
  plover: PloverMap;
}

export function loadCameo(): Cameo {
  return { table: loadCameoTable(), plover: loadPloverMap() };
}

export * from './table.js';
export * from './plover.js';
export * from './plover-future.js';
export * from './plover-legacy.js';
export { intentCode, threatCode } from './intent.js';
export { demandCode } from './demand.js';
export { rejectCode } from './reject.js';
