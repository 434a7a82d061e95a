/**
 * Cuts a text into segments at every span boundary; each segment knows which marks cover it.
 * Spans are [start, end) in UTF-16 units. The dashboard renders segments as text nodes only.
 */

export interface Mark { start: number; end: number; kind: 'mention' | 'evidence' | 'cited'; ref: string }
export interface Segment { text: string; start: number; marks: Mark[] }

export function segments(text: string, marks: Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    out.push({ text: text.slice(s, e), start: s, marks: valid.filter((m) => m.start <= s && m.end >= e) });
  }
  return out;
}
