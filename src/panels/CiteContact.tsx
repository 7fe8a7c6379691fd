import { contactCitation } from '../data/citation.ts';
import type { Contact } from '../data/schema.ts';
import { selectRelease } from '../state/provenance.ts';
import { useAtlasStore } from '../state/store.ts';
import CiteBox, { accessDate } from './CiteBox.tsx';
import { useI18n } from '../i18n/useI18n.ts';

/** "Cite" for one contact of the record, at its permalink (?contact=<id>). Other data has no release of
 * ours to cite, so it gets none. */
export default function CiteContact({ contact }: { contact: Contact }) {
  const release = useAtlasStore(selectRelease);
  const { t } = useI18n();
  if (!release) return null;
  return (
    <CiteBox
      label={t('cite.button')}
      make={() => contactCitation(release, contact, window.location.href, accessDate())}
    />
  );
}
