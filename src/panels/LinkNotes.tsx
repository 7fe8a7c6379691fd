import { Fragment } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { selectLinkNotes } from '../state/selectors.ts';
import { dismissLinkNotes } from '../state/linkActions.ts';
import SaidText from '../components/SaidText.tsx';
import { useI18n } from '../i18n/useI18n.ts';

/** What the link asked for that the app ignored or brought within limits: said once, until dismissed. */
export default function LinkNotes() {
  const { t } = useI18n();
  const notes = useAtlasStore(selectLinkNotes);
  if (!notes.length) return null;
  return (
    <div className="link-notes" role="status">
      <p>
        <strong>{t('notes.title')}</strong>{' '}
        {notes.map((note, i) => (
          <Fragment key={i}>
            {i > 0 && '; '}
            <SaidText said={note} />
          </Fragment>
        ))}
        .
      </p>
      <button type="button" className="link-notes-dismiss" onClick={dismissLinkNotes}>
        {t('notes.dismiss')}
      </button>
    </div>
  );
}
