import { useId, useState, type FormEvent } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { showPeriod } from '../state/windowActions.ts';
import { readPeriod, windowDays, type PeriodProblem } from '../data/period.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { I18n } from '../i18n/translate.ts';

function problemText({ t }: I18n, { field, problem, text }: PeriodProblem): string {
  if (problem === 'order') return t('period.error.order');
  return t(problem === 'empty' ? 'period.error.empty' : 'period.error.invalid', {
    field: t(field === 'from' ? 'period.from' : 'period.to'),
    text,
  });
}

/** From/to inputs for an exact period, and the window in words. The inputs follow the window (a drag,
 * playback) until the user types in them; Enter or "Show" sets the window. */
export default function PeriodForm() {
  // Strings, so a drag re-renders this only when a day or the words change, not on every frame.
  const from = useAtlasStore((s) => (s.window ? windowDays(s.window).from : ''));
  const to = useAtlasStore((s) => (s.window ? windowDays(s.window).to : ''));
  const i18n = useI18n();
  const { t } = i18n;
  const words = useAtlasStore((s) => {
    if (!s.window) return '';
    const first = i18n.utcDay(s.window.start);
    const last = i18n.utcDay(s.window.end - 1);
    return first === last ? first : `${first} – ${last}`;
  });
  // What was typed, with the window it was typed over: a window moved elsewhere replaces it.
  const base = `${from}/${to}`;
  const [draft, setDraft] = useState<{ from: string; to: string; base: string } | null>(null);
  const [problem, setProblem] = useState<(PeriodProblem & { base: string }) | null>(null);
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
        placeholder={t('period.hint')}
        aria-invalid={error?.field === name}
        aria-describedby={error?.field === name ? `${id}-problem` : `${id}-hint`}
        size={10}
      />
    </label>
  );
  return (
    <form className="period-form" aria-label={t('period.label')} onSubmit={submit}>
      {field('from', t('period.from'))}
      {field('to', t('period.to'))}
      <button type="submit">{t('period.show')}</button>
      <span className="period-words">{t('period.showing', { period: words })}</span>
      {error ? (
        <span className="period-problem" id={`${id}-problem`} role="alert">
          {problemText(i18n, error)}
        </span>
      ) : (
        <span className="visually-hidden" id={`${id}-hint`}>
          {t('period.hint.long')}
        </span>
      )}
    </form>
  );
}
