/**
 * Document view: genre and cited sources at the top, the article text with actor mentions and
 * event evidence highlighted (text bindings only, never innerHTML), and each event's coding.
 */
import { get, type CodedDocument, type CodedEvent, type StoredDocument } from './api.js';
import { useData } from './use-data.js';
import { segments, type Mark, type Segment } from './highlight.js';
import { fmt } from './colors.js';
import { Status } from './status.js';

function marksOf(coded: CodedDocument): Mark[] {
  const marks: Mark[] = [];
  for (const a of coded.actors) for (const [s, e] of a.mentions) marks.push({ start: s, end: e, kind: 'mention', ref: a.code ?? `${a.text} (unresolved)` });
  for (const ev of coded.events) marks.push({ start: ev.evidence.span[0], end: ev.evidence.span[1], kind: 'evidence', ref: ev.id });
  return marks;
}

function Mention({ seg }: { seg: Segment }) {
  const mention = seg.marks.find((m) => m.kind === 'mention');
  return mention ? <span class="mention" title={`actor ${mention.ref}`}>{seg.text}</span> : <>{seg.text}</>;
}

const evidenceKey = (seg: Segment): string => seg.marks.filter((m) => m.kind === 'evidence').map((m) => m.ref).join(' ');

/** Runs of segments under the same events become one <mark>; mentions inside it stay spans. */
function HighlightedText({ segs }: { segs: Segment[] }) {
  const runs: Segment[][] = [];
  for (const s of segs) {
    const last = runs[runs.length - 1];
    if (last && evidenceKey(last[0]) === evidenceKey(s)) last.push(s); else runs.push([s]);
  }
  return (
    <>
      {runs.map((run) => {
        const key = evidenceKey(run[0]);
        const inner = run.map((s) => <Mention key={s.start} seg={s} />);
        return key ? <mark key={run[0].start} class="evidence" data-events={key} title={`evidence of ${key}`}>{inner}</mark>
          : <span key={run[0].start}>{inner}</span>;
      })}
    </>
  );
}

function EventList({ events }: { events: CodedEvent[] }) {
  if (events.length === 0) return <p>No events coded in this document.</p>;
  return (
    <table data-testid="doc-events">
      <caption>Coded events</caption>
      <thead><tr>
        <th scope="col">Event</th><th scope="col">Source → target</th><th scope="col">CAMEO (Goldstein, Q)</th><th scope="col">Modality</th>
        <th scope="col">Voice</th><th scope="col">Speaker</th><th scope="col">Outlet</th><th scope="col">Rule</th><th scope="col">Evidence</th>
      </tr></thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <td>{e.id}</td><td>{e.source?.code ?? e.source?.text ?? '–'} → {e.target?.code ?? e.target?.text ?? '–'}</td>
            <td>{e.cameo} ({fmt(e.goldstein, 1)}, Q{e.quadClass})</td><td>{e.modality}</td>
            <td>{e.attribution.voice}</td><td>{e.attribution.speaker?.text ?? '–'}</td><td>{e.attribution.outlet ?? '–'}</td>
            <td><code>{e.rule}</code></td><td class="evidence">{e.evidence.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DocumentView({ id }: { id: string }) {
  const doc = useData(() => get<StoredDocument>(`documents/${encodeURIComponent(id)}`), id);
  const d = doc.data;
  return (
    <section aria-labelledby="doc-h">
      <h1 id="doc-h">{d?.title ?? 'Document'}</h1>
      <Status loaded={doc} />
      {d && (
        <>
          <dl class="meta">
            <dt>Genre</dt><dd>{d.coded.document.genre}</dd>
            <dt>Published</dt><dd>{d.published ?? '–'}</dd>
            <dt>Cited sources</dt>
            <dd>{d.coded.document.citedSources.length === 0 ? 'none' : d.coded.document.citedSources.map((c) => `${c.name}${c.date ? ` (${c.date})` : ''}`).join('; ')}</dd>
            {d.url && <><dt>URL</dt><dd>{d.url}</dd></>}
            <dt>Id</dt><dd><code>{d.id}</code></dd>
          </dl>
          <p class="legend-line"><mark class="evidence">event evidence</mark> <span class="mention">actor mention</span></p>
          <article class="doc-text" data-testid="doc-text">
            <HighlightedText segs={segments(d.text, marksOf(d.coded))} />
          </article>
          <EventList events={d.coded.events} />
        </>
      )}
    </section>
  );
}
