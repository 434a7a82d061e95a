/** Locates test fixtures in the source tree from compiled tests in dist/ (tsc does not copy them). */
import { join } from 'node:path';
import { projectRoot } from '../../doc/data-path.js';

/** Re-exported: other modules import projectRoot from here. */
export { projectRoot };

export function fixturePath(name: string): string {
  return join(projectRoot(), 'src', 'ingest', 'readers', 'fixtures', name);
}
