/** Dyad view: the series with its change marker and the events behind it (actual, and optionally not). */
import { useState } from 'preact/hooks';
import { get, type EventRow, type Series, type Window } from './api.js';
import { useData } from './use-data.js';
import { SeriesChart } from './series-chart.js';
import { EventsTable } from './events-table.js';
import { Status } from './status.js';

const NON_ACTUAL = 'hypothetical,speculative,future';

function defaultPeriod(win: Window): 'day' | 'week' | 'month' {
  const days = (Date.parse(win.to) - Date.parse(win.from)) / 86_400_000;
  return days <= 60 ? 'day' : days <= 400 ? 'week' : 'month';
}

export function DyadView({ a, b, win }: { a: string; b: string; win: Window }) {
  const [by, setBy] = useState(defaultPeriod(win));
  const [showOther, setShowOther] = useState(false);
  const base = `${a}/${b}/${win.from}/${win.to}`;
  const pair = `${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
  const series = useData(() => get<Series>(`dyads/${pair}/series`, { ...win, by, both: 1 }), `${base}/${by}`);
  const events = useData(() => get<{ events: EventRow[] }>('events', { ...win, dyad: `${a}-${b}`, both: 1, modality: 'actual', limit: 100 }), base);
  const other = useData(
    () => (showOther ? get<{ events: EventRow[] }>('events', { ...win, dyad: `${a}-${b}`, both: 1, modality: NON_ACTUAL, limit: 100 }) : Promise.resolve({ events: [] })),
    `${base}/${showOther}`,
  );
  return (
    <section aria-labelledby="dyad-h">
      <h1 id="dyad-h">Dyad {a} ↔ {b} <small>{win.from} to {win.to}, both directions</small></h1>
      <div class="controls">
        <label>Period <select value={by} onChange={(e) => setBy(e.currentTarget.value as typeof by)}>
          <option value="day">day</option><option value="week">week</option><option value="month">month</option>
        </select></label>
        <label><input type="checkbox" checked={showOther} onChange={(e) => setShowOther(e.currentTarget.checked)} /> Show non-actual events (hypothetical, speculative, future)</label>
      </div>
      <Status loaded={series} />
      {series.data && <SeriesChart series={series.data} by={by} />}
      <Status loaded={events} />
      {events.data && <EventsTable events={events.data.events} caption={`Actual events (${events.data.events.length}${events.data.events.length === 100 ? ', first 100' : ''})`} testId="actual-events" />}
      {showOther && <Status loaded={other} />}
      {showOther && other.data && <EventsTable events={other.data.events} caption="Non-actual events (not counted in the series)" testId="other-events" />}
    </section>
  );
}
