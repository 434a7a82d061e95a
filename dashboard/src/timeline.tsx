/** Events per day as stacked SVG bars by QuadClass, with a legend and a text summary. */
import type { TimelineDay, Window } from './api.js';
import { QUADS } from './colors.js';

const W = 1200;
const H = 220;
const PAD = { l: 40, r: 10, t: 10, b: 24 };

export function Legend() {
  return (
    <ul class="legend" aria-label="QuadClass colours">
      {QUADS.map((q) => <li key={q.key}><span class="swatch" style={{ background: q.color }} />{q.label}</li>)}
    </ul>
  );
}

/** Every day of the window, zero where the API has no row (it lists only days with events). */
export function fillDays(days: TimelineDay[], win: Window): TimelineDay[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const out: TimelineDay[] = [];
  const end = Date.parse(`${win.to}T00:00:00Z`);
  for (let t = Date.parse(`${win.from}T00:00:00Z`); t <= end && out.length < 3700; t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    out.push(byDate.get(date) ?? { date, events: 0, q1: 0, q2: 0, q3: 0, q4: 0 });
  }
  return out.length > 0 ? out : days;
}

export function Timeline({ days: sparse, win }: { days: TimelineDay[]; win: Window }) {
  const days = fillDays(sparse, win);
  const max = Math.max(1, ...days.map((d) => d.events));
  const bw = (W - PAD.l - PAD.r) / Math.max(1, days.length);
  const y = (v: number): number => ((H - PAD.t - PAD.b) * v) / max;
  const total = days.reduce((s, d) => s + d.events, 0);
  const ticks = [0, Math.round(max / 2), max];
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  return (
    <figure class="chart" data-testid="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Events per day: ${total} actual events over ${days.length} days`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b - y(t)} y2={H - PAD.b - y(t)} class="grid" />
            <text x={PAD.l - 4} y={H - PAD.b - y(t) + 4} text-anchor="end" class="tick">{t}</text>
          </g>
        ))}
        {days.map((d, i) => {
          let base = H - PAD.b;
          return (
            <g key={d.date}>
              <title>{`${d.date}: ${d.events} events (q1 ${d.q1}, q2 ${d.q2}, q3 ${d.q3}, q4 ${d.q4})`}</title>
              {QUADS.map((q) => {
                const h = y(d[q.key]);
                base -= h;
                return h > 0 ? <rect key={q.key} x={PAD.l + i * bw} y={base} width={Math.max(1, bw - 1)} height={h} fill={q.color} /> : null;
              })}
              {i % labelEvery === 0 && <text x={PAD.l + i * bw} y={H - 6} class="tick">{d.date}</text>}
            </g>
          );
        })}
      </svg>
      <figcaption>Actual events per day by QuadClass ({total} in {days.length} days). <Legend /></figcaption>
    </figure>
  );
}
