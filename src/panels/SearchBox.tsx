import { useAtlasStore } from '../state/store.ts';
import { setQuery } from '../state/actions.ts';
import { useI18n } from '../i18n/useI18n.ts';

export default function SearchBox() {
  const query = useAtlasStore((s) => s.query);
  const { t } = useI18n();
  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        {t('header.search.label')}
      </label>
      <input
        id="search-input"
        type="search"
        placeholder={t('header.search.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
