/** The selected window of effective dates (defaults to the server's 90-day window). */
import { useState } from 'preact/hooks';
import type { Window } from './api.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function WindowPicker({ win, onChange }: { win: Window; onChange: (w: Window) => void }) {
  const [from, setFrom] = useState(win.from);
  const [to, setTo] = useState(win.to);
  const valid = DATE.test(from) && DATE.test(to) && from <= to;
  return (
    <form class="window" onSubmit={(e) => { e.preventDefault(); if (valid) onChange({ from, to }); }}>
      <label>From <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} /></label>
      <label>To <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} /></label>
      <button type="submit" disabled={!valid}>Apply window</button>
    </form>
  );
}
