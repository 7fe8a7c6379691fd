// A list of contacts, each a button that selects it everywhere (and lights it up on the map, timeline and
// network while hovered or focused). The details panel, the network view and the map's "not on the map"
// list all show one; what follows each title differs, so it is passed in.
import type { ReactNode } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { selectIndex } from '../state/selectors.ts';
import { selectContact, setHover } from '../state/actions.ts';
import type { Contact } from '../data/schema.ts';

interface Props {
  /** Contact numbers in the index, in the order shown. */
  contacts: readonly number[];
  className: string;
  /** What follows the button in each item: a date, a summary line, the details. */
  after?: (contact: Contact, i: number) => ReactNode;
  /** Called after a contact was chosen (a popover closes itself). */
  onChoose?: (i: number) => void;
}

export default function ContactButtonList({ contacts, className, after, onChoose }: Props) {
  const index = useAtlasStore(selectIndex);
  const selected = useAtlasStore((s) => (s.selection?.type === 'contact' ? s.selection.contact : null));
  if (!index) return null;
  const hover = (i: number | null) => setHover(i === null ? null : { type: 'contact', contact: i });
  return (
    <ul className={className}>
      {contacts.map((i) => {
        const c = index.contacts[i]!;
        return (
          <li key={c.id}>
            <button
              type="button"
              className="link-button"
              aria-current={selected === i ? 'true' : undefined}
              onClick={() => {
                selectContact(i, true);
                onChoose?.(i);
              }}
              onMouseEnter={() => hover(i)}
              onMouseLeave={() => hover(null)}
              onFocus={() => hover(i)}
              onBlur={() => hover(null)}
              lang="en"
            >
              <bdi>{c.title}</bdi>
            </button>
            {after?.(c, i)}
          </li>
        );
      })}
    </ul>
  );
}
