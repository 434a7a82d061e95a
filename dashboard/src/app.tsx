/** The dashboard shell: header, navigation, the selected window and the routed view. */
import { useEffect, useState } from 'preact/hooks';
import { get, type Stats, type Window } from './api.js';
import { useRoute, type Route } from './router.js';
import { Overview } from './overview.js';
import { Network } from './network.js';
import { DyadView } from './dyad.js';
import { DocumentView } from './document.js';
import { ActorsView } from './actors.js';
import { WindowPicker } from './window-picker.js';

const NAV: { view: Route['view']; href: string; label: string }[] = [
  { view: 'overview', href: '#/overview', label: 'Overview' },
  { view: 'network', href: '#/network', label: 'Network' },
  { view: 'actors', href: '#/actors', label: 'Actors' },
];

function View({ route, win }: { route: Route; win: Window }) {
  switch (route.view) {
    case 'network': return <Network win={win} />;
    case 'dyad': return <DyadView a={route.a} b={route.b} win={win} />;
    case 'document': return <DocumentView id={route.id} />;
    case 'actors': return <ActorsView />;
    default: return <Overview win={win} />;
  }
}

export function App() {
  const route = useRoute();
  const [stats, setStats] = useState<Stats | null>(null);
  const [win, setWin] = useState<Window | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<Stats>('stats').then((s) => { setStats(s); setWin(s.window); }, (e: unknown) => setError(String(e)));
  }, []);
  useEffect(() => { document.title = `dyad · ${route.view}`; }, [route.view]);
  return (
    <>
      <header class="top">
        <a class="brand" href="#/overview">dyad</a>
        <nav aria-label="Views">
          <ul>
            {NAV.map((n) => (
              <li key={n.view}><a href={n.href} aria-current={route.view === n.view ? 'page' : undefined}>{n.label}</a></li>
            ))}
          </ul>
        </nav>
        {win && <WindowPicker win={win} onChange={setWin} />}
        {stats && <p class="stats">{stats.documents} documents · {stats.events} events</p>}
      </header>
      <main id="main">
        {error && <p role="alert" class="error">Cannot reach the API: {error}</p>}
        {win ? <View route={route} win={win} /> : !error && <p>Loading…</p>}
      </main>
    </>
  );
}
