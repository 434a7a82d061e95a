/** Loading / error line for a Loaded value. */
import type { Loaded } from './use-data.js';

export function Status({ loaded }: { loaded: Loaded<unknown> }) {
  if (loaded.error) return <p role="alert" class="error">{loaded.error}</p>;
  if (loaded.loading && !loaded.data) return <p aria-live="polite">Loading…</p>;
  return null;
}
