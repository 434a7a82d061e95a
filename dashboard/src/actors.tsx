/** Actors view: unresolved names with their contexts, and a form adding one to the server's overlay. */
import { useState } from 'preact/hooks';
import { ApiFailure, get, post, type Unresolved } from './api.js';
import { useData } from './use-data.js';
import { documentHref } from './router.js';
import { Status } from './status.js';

const KINDS = ['person', 'organization', 'group', 'state', 'location'];

function OverlayForm({ name, partial, onDone }: { name: string; partial: string | null; onDone: (text: string) => void }) {
  const [code, setCode] = useState(partial ?? '');
  const [country, setCountry] = useState('');
  const [kind, setKind] = useState('person');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const record: Record<string, unknown> = { names: [name], code: code.trim().toUpperCase(), kind };
    if (country.trim()) record.country = country.trim().toUpperCase();
    try {
      const r = await post<{ recoded: number }>('overlay', record, token);
      // The list reloads and the name (now resolved) leaves it with this form: the view shows the outcome.
      onDone(`Added “${name}” as ${String(record.code)}; ${r.recoded} documents recoded.`);
    } catch (err) {
      setError(err instanceof ApiFailure ? err.info.body || err.message : String(err));
    }
  };
  return (
    <form class="overlay" aria-label={`Add ${name} to the overlay`} onSubmit={(e) => void submit(e)}>
      <label>Code <input required value={code} placeholder="e.g. JPNGOV" onInput={(e) => setCode(e.currentTarget.value)} /></label>
      <label>Country <input value={country} maxLength={3} placeholder="JPN" onInput={(e) => setCountry(e.currentTarget.value)} /></label>
      <label>Kind <select value={kind} onChange={(e) => setKind(e.currentTarget.value)}>{KINDS.map((k) => <option key={k} value={k}>{k}</option>)}</select></label>
      <label>Token <input type="password" required value={token} autoComplete="off" onInput={(e) => setToken(e.currentTarget.value)} /></label>
      <button type="submit">Add to overlay</button>
      {error && <pre role="alert" class="error">{error}</pre>}
    </form>
  );
}

function Row({ u, onDone }: { u: Unresolved; onDone: (text: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <li class="unresolved">
      <h2>{u.text} <small>{u.documents} documents{u.code ? `, partial code ${u.code}` : ''}</small></h2>
      <ul>{u.contexts.map((c, i) => <li key={i}>“{c.sentence}” <a href={documentHref(c.documentId)}>article</a></li>)}</ul>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? 'Close form' : `Add “${u.text}” to overlay`}</button>
      {open && <OverlayForm name={u.text} partial={u.code} onDone={onDone} />}
    </li>
  );
}

export function ActorsView() {
  const [version, setVersion] = useState(0);
  const [added, setAdded] = useState<string | null>(null);
  const list = useData(() => get<{ unresolved: Unresolved[] }>('actors/unresolved', { limit: 50 }), String(version));
  return (
    <section aria-labelledby="actors-h">
      <h1 id="actors-h">Unresolved actors</h1>
      <p>Names the coder saw as actors but could not code. Add one to the server's overlay (needs the server token); matching documents are recoded.</p>
      {added && <p role="status" data-testid="overlay-added">{added}</p>}
      <Status loaded={list} />
      {list.data && (list.data.unresolved.length === 0 ? <p>No unresolved actors.</p>
        : <ul class="plain">{list.data.unresolved.map((u) => <Row key={u.text} u={u} onDone={(text) => { setAdded(text); setVersion(version + 1); }} />)}</ul>)}
    </section>
  );
}
