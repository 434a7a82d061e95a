/** A table of events with links to the articles behind them. */
import type { EventRow } from './api.js';
import { documentHref } from './router.js';
import { fmt } from './colors.js';

export function EventsTable({ events, caption, testId }: { events: EventRow[]; caption: string; testId: string }) {
  if (events.length === 0) return <p>{caption}: none.</p>;
  return (
    <table data-testid={testId}>
      <caption>{caption}</caption>
      <thead><tr>
        <th scope="col">Date</th><th scope="col">Source</th><th scope="col">Target</th><th scope="col">CAMEO</th>
        <th scope="col">Goldstein</th><th scope="col">Modality</th><th scope="col">Evidence</th><th scope="col">Article</th>
      </tr></thead>
      <tbody>
        {events.map((e) => (
          <tr key={`${e.documentId}/${e.id}`}>
            <td>{e.effectiveDate ?? '–'}</td><td>{e.source?.code ?? '–'}</td><td>{e.target?.code ?? '–'}</td>
            <td>{e.cameo}</td><td class="num">{fmt(e.goldstein, 1)}</td><td>{e.modality}</td>
            <td class="evidence">{e.evidence.text}</td>
            <td><a href={documentHref(e.documentId)}>open article</a></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
