/** A dyad's series: counts per QuadClass as stacked bars, the Goldstein mean as a line, a change marker. */
import type { Series } from './api.js';
import { QUADS, fmt } from './colors.js';
import { Legend } from './timeline.js';
import { fillPeriods, type Period } from './periods.js';

const W = 1200;
const H = 260;
const PAD = { l: 40, r: 40, t: 14, b: 26 };

export function SeriesChart({ series, by }: { series: Series; by: Period }) {
  const rows = fillPeriods(series.rows, by);
  if (rows.length === 0) return <p>No actual events for this dyad in the window.</p>;
  const max = Math.max(1, ...rows.map((r) => r.events));
  const bw = (W - PAD.l - PAD.r) / rows.length;
  const ih = H - PAD.t - PAD.b;
  const yCount = (v: number): number => (ih * v) / max;
  const yG = (g: number): number => PAD.t + ih * (1 - (g + 10) / 20);
  const points = rows.map((r, i) => ({ r, x: PAD.l + (i + 0.5) * bw })).filter((p) => p.r.events > 0); // no mean without events
  const line = points.map((p, k) => `${k === 0 ? 'M' : 'L'}${p.x},${yG(p.r.goldsteinMean)}`).join(' ');
  const ci = series.change ? rows.findIndex((r) => r.period === series.change?.period) : -1;
  const labelEvery = Math.max(1, Math.ceil(rows.length / 8));
  return (
    <figure class="chart" data-testid="series">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Series of ${rows.length} periods; counts per QuadClass and Goldstein mean`}>
        <line x1={PAD.l} x2={W - PAD.r} y1={yG(0)} y2={yG(0)} class="grid" />
        <text x={W - PAD.r + 4} y={yG(10) + 4} class="tick">+10</text>
        <text x={W - PAD.r + 4} y={yG(0) + 4} class="tick">0</text>
        <text x={W - PAD.r + 4} y={yG(-10) + 4} class="tick">−10</text>
        <text x={PAD.l - 4} y={PAD.t + 4} text-anchor="end" class="tick">{max}</text>
        {rows.map((r, i) => {
          let base = H - PAD.b;
          return (
            <g key={r.period}>
              <title>{`${r.period}: ${r.events} events, Goldstein mean ${fmt(r.goldsteinMean)}`}</title>
              {QUADS.map((q) => {
                const h = yCount(r[q.key]);
                base -= h;
                return h > 0 ? <rect key={q.key} x={PAD.l + i * bw + 1} y={base} width={Math.max(1, bw - 2)} height={h} fill={q.color} opacity={0.75} /> : null;
              })}
              {i % labelEvery === 0 && <text x={PAD.l + i * bw} y={H - 8} class="tick">{r.period}</text>}
            </g>
          );
        })}
        <path d={line} class="gline" />
        {points.map((p) => <circle key={p.r.period} cx={p.x} cy={yG(p.r.goldsteinMean)} r={3} class="gdot" />)}
        {ci >= 0 && (
          <g data-testid="change-marker">
            <line x1={PAD.l + (ci + 0.5) * bw} x2={PAD.l + (ci + 0.5) * bw} y1={PAD.t} y2={H - PAD.b} class="marker" />
            <text x={PAD.l + (ci + 0.5) * bw + 4} y={PAD.t + 10} class="marker-label">change {series.change?.period}</text>
          </g>
        )}
      </svg>
      <figcaption>
        Bars: events per QuadClass; line: Goldstein mean of the periods with events (−10 to +10, right axis).
        {series.change && <> Largest change: {series.change.period} ({series.change.delta > 0 ? '+' : ''}{fmt(series.change.delta)}).</>}
        <Legend />
      </figcaption>
    </figure>
  );
}
