/** A small hook: load data for a key, with loading and error states; stale answers are dropped. */
import { useEffect, useState } from 'preact/hooks';

export interface Loaded<T> { data: T | null; error: string | null; loading: boolean }

export function useData<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    let live = true;
    setState((s) => ({ data: s.data, error: null, loading: true }));
    load().then(
      (data) => { if (live) setState({ data, error: null, loading: false }); },
      (err: unknown) => { if (live) setState({ data: null, error: err instanceof Error ? err.message : String(err), loading: false }); },
    );
    return () => { live = false; };
  }, [key]);
  return state;
}
