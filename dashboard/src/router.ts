/** Hash routing: #/overview, #/network, #/dyad/A/B, #/document/ID, #/actors. */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'overview' } | { view: 'network' } | { view: 'actors' }
  | { view: 'dyad'; a: string; b: string } | { view: 'document'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map((p) => { try { return decodeURIComponent(p); } catch { return p; } });
  switch (parts[0]) {
    case 'network': return { view: 'network' };
    case 'actors': return { view: 'actors' };
    case 'dyad': if (parts[1] && parts[2]) return { view: 'dyad', a: parts[1], b: parts[2] }; break;
    case 'document': if (parts[1]) return { view: 'document', id: parts.slice(1).join('/') }; break;
  }
  return { view: 'overview' };
}

export const dyadHref = (a: string, b: string): string => `#/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
export const documentHref = (id: string): string => `#/document/${encodeURIComponent(id)}`;

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = (): void => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}
