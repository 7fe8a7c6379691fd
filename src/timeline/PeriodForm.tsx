import { useId, useState, type FormEvent } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { showPeriod } from '../state/windowActions.ts';
import { describeWindow, readPeriod, windowDays } from '../data/period.ts';

const HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';

/** From/to inputs for an exact period, and the window in words. The inputs follow the window (a drag,
 * playback) until the user types in them; Enter or "Show" sets the window. */
export default function PeriodForm() {
  // Strings, so a drag re-renders this only when a day or the words change, not on every frame.
  const from = useAtlasStore((s) => (s.window ? windowDays(s.window).from : ''));
  const to = useAtlasStore((s) => (s.window ? windowDays(s.window).to : ''));
  const words = useAtlasStore((s) => (s.window ? describeWindow(s.window) : ''));
  // What was typed, with the window it was typed over: a window moved elsewhere replaces it.
  const base = `${from}/${to}`;
  const [draft, setDraft] = useState<{ from: string; to: string; base: string } | null>(null);
  const [problem, setProblem] = useState<{ field: 'from' | 'to'; error: string; base: string } | null>(null);
  const id = useId();
  const shown = draft?.base === base ? draft : { from, to, base };
  const error = problem?.base === base ? problem : null;
  const edit = (field: 'from' | 'to', value: string) => setDraft({ ...shown, [field]: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = readPeriod(shown.from, shown.to);
    if ('error' in result) return setProblem({ ...result, base });
    setProblem(null);
    setDraft(null);
    showPeriod(result.window);
  };
  const field = (name: 'from' | 'to', label: string) => (
    <label className="period-field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="numeric"
        value={shown[name]}
        onChange={(e) => edit(name, e.target.value)}
        placeholder={HINT}
        aria-invalid={error?.field === name}
        aria-describedby={error?.field === name ? `${id}-problem` : `${id}-hint`}
        size={10}
      />
    </label>
  );
  return (
    <form className="period-form" aria-label="Time window" onSubmit={submit}>
      {field('from', 'From')}
      {field('to', 'To')}
      <button type="submit">Show</button>
      <span className="period-words">Showing {words}</span>
      {error ? (
        <span className="period-problem" id={`${id}-problem`} role="alert">
          {error.error}
        </span>
      ) : (
        <span className="visually-hidden" id={`${id}-hint`}>
          {HINT}; the end is included: to 2024 is to 31 December 2024
        </span>
      )}
    </form>
  );
}
