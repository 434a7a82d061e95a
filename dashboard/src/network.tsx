/** Actor network: filters, the canvas and an accessible table of the same edges. */
import { useState } from 'preact/hooks';
import { get, type Graph, type Window } from './api.js';
import { useData } from './use-data.js';
import { GraphCanvas } from './graph-canvas.js';
import { QUADS, fmt, goldsteinColor } from './colors.js';
import { dyadHref } from './router.js';
import { Status } from './status.js';

interface Filters { actor: string; country: string; quads: number[]; limit: number }

const TABLE_ROWS = 300;

function FilterForm({ value, onApply }: { value: Filters; onApply: (f: Filters) => void }) {
  const [f, setF] = useState(value);
  const toggle = (q: number): void => setF({ ...f, quads: f.quads.includes(q) ? f.quads.filter((x) => x !== q) : [...f.quads, q].sort() });
  return (
    <form class="filters" aria-label="Network filters" onSubmit={(e) => { e.preventDefault(); onApply(f); }}>
      <label>Actor <input name="actor" value={f.actor} placeholder="e.g. USA" onInput={(e) => setF({ ...f, actor: e.currentTarget.value.toUpperCase() })} /></label>
      <label>Country <input name="country" value={f.country} placeholder="e.g. JPN" maxLength={3} onInput={(e) => setF({ ...f, country: e.currentTarget.value.toUpperCase() })} /></label>
      <fieldset>
        <legend>QuadClass</legend>
        {QUADS.map((q) => (
          <label key={q.q}><input type="checkbox" name={`quad${q.q}`} checked={f.quads.includes(q.q)} onChange={() => toggle(q.q)} />{q.label}</label>
        ))}
      </fieldset>
      <label>Max dyads <input type="number" name="limit" min={1} max={5000} value={f.limit} onInput={(e) => setF({ ...f, limit: Number(e.currentTarget.value) || 500 })} /></label>
      <button type="submit">Apply filters</button>
    </form>
  );
}

function EdgeTable({ graph }: { graph: Graph }) {
  const edges = [...graph.edges].sort((a, b) => b.events - a.events).slice(0, TABLE_ROWS);
  return (
    <table data-testid="edge-table">
      <caption>Dyads in the network{graph.edges.length > TABLE_ROWS ? ` (the ${TABLE_ROWS} busiest of ${graph.edges.length})` : ''}</caption>
      <thead><tr><th scope="col">Dyad</th><th scope="col">Events</th><th scope="col">Goldstein mean</th>{QUADS.map((q) => <th scope="col" key={q.key} title={q.label}>Q{q.q}</th>)}</tr></thead>
      <tbody>
        {edges.map((e) => (
          <tr key={`${e.source}-${e.target}`}>
            <td><a href={dyadHref(e.source, e.target)}>{e.source} → {e.target}</a></td>
            <td class="num">{e.events}</td>
            <td class="num"><span class="swatch" style={{ background: goldsteinColor(e.goldsteinMean) }} />{fmt(e.goldsteinMean)}</td>
            {QUADS.map((q) => <td class="num" key={q.key}>{e[q.key]}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Network({ win }: { win: Window }) {
  const [filters, setFilters] = useState<Filters>({ actor: '', country: '', quads: [], limit: 500 });
  const query = { ...win, actor: filters.actor, country: filters.country, quad: filters.quads.join(','), limit: filters.limit };
  const graph = useData(() => get<Graph>('graph', query), JSON.stringify(query));
  return (
    <section aria-labelledby="network-h">
      <h1 id="network-h">Actor network <small>{win.from} to {win.to}</small></h1>
      <FilterForm value={filters} onApply={setFilters} />
      <Status loaded={graph} />
      {graph.data && <GraphCanvas graph={graph.data} />}
      {graph.data && <EdgeTable graph={graph.data} />}
    </section>
  );
}
