import { useAtlasStore } from '../state/store.ts';
import { setQuery } from '../state/actions.ts';

export default function SearchBox() {
  const query = useAtlasStore((s) => s.query);
  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        Search contacts
      </label>
      <input
        id="search-input"
        type="search"
        placeholder="Search titles, people, places…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
