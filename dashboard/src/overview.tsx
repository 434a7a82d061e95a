/** Overview: events per day by QuadClass, the most active and the most changed dyads. */
import { get, type ChangedDyad, type DyadTotal, type TimelineDay, type Window } from './api.js';
import { useData } from './use-data.js';
import { dyadHref } from './router.js';
import { fmt } from './colors.js';
import { Timeline } from './timeline.js';
import { Status } from './status.js';

function TopTable({ dyads }: { dyads: DyadTotal[] }) {
  if (dyads.length === 0) return <p>Most active dyads: none in this window.</p>;
  return (
    <table>
      <caption>Most active dyads</caption>
      <thead><tr><th scope="col">Dyad</th><th scope="col">Events</th><th scope="col">Goldstein mean</th></tr></thead>
      <tbody>
        {dyads.map((d) => (
          <tr key={`${d.source}-${d.target}`}>
            <td><a href={dyadHref(d.source, d.target)}>{d.source} → {d.target}</a></td>
            <td class="num">{d.events}</td><td class="num">{fmt(d.goldsteinMean)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ChangedTable({ dyads }: { dyads: ChangedDyad[] }) {
  if (dyads.length === 0) return <p>Most changed dyads: none in this window (each half of the window needs at least 3 events of a dyad).</p>;
  return (
    <table>
      <caption>Most changed dyads (Goldstein mean, second half minus first half)</caption>
      <thead><tr><th scope="col">Dyad</th><th scope="col">Events</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Change</th></tr></thead>
      <tbody>
        {dyads.map((d) => (
          <tr key={`${d.source}-${d.target}`}>
            <td><a href={dyadHref(d.source, d.target)}>{d.source} → {d.target}</a></td>
            <td class="num">{d.events}</td><td class="num">{fmt(d.before)}</td><td class="num">{fmt(d.after)}</td>
            <td class="num">{d.delta > 0 ? '+' : ''}{fmt(d.delta)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Overview({ win }: { win: Window }) {
  const key = `${win.from}/${win.to}`;
  const timeline = useData(() => get<{ days: TimelineDay[] }>('timeline', { ...win }), key);
  const top = useData(() => get<{ dyads: DyadTotal[] }>('dyads/top', { ...win, limit: 15 }), key);
  const changed = useData(() => get<{ dyads: ChangedDyad[] }>('dyads/changed', { ...win, limit: 15 }), key);
  return (
    <section aria-labelledby="overview-h">
      <h1 id="overview-h">Overview <small>{win.from} to {win.to}</small></h1>
      <Status loaded={timeline} />
      {timeline.data && <Timeline days={timeline.data.days} win={win} />}
      <div class="columns">
        <div><Status loaded={top} />{top.data && <TopTable dyads={top.data.dyads} />}</div>
        <div><Status loaded={changed} />{changed.data && <ChangedTable dyads={changed.data.dyads} />}</div>
      </div>
    </section>
  );
}
