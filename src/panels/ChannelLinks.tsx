// Shows a session with its channel and a channel with its sessions, so one is never read without the other.
import { useAtlasStore } from '../state/store.ts';
import { selectIndex } from '../state/selectors.ts';
import { selectContact } from '../state/actions.ts';
import { channelOf, sessionsOf } from '../data/channels.ts';
import { formatDateSpan } from '../data/dates.ts';

function ContactLink({ contact }: { contact: number }) {
  const c = useAtlasStore((s) => s.dataset.index?.contacts[contact]);
  if (!c) return null;
  return (
    <>
      <button type="button" className="link-button" onClick={() => selectContact(contact, true)}>
        <bdi>{c.title}</bdi>
      </button>{' '}
      <span className="hint">{formatDateSpan(c.start, c.end)}</span>
    </>
  );
}

export default function ChannelLinks({ id }: { id: string }) {
  const index = useAtlasStore(selectIndex);
  const contact = index?.byId.get(id);
  if (!index || contact === undefined) return null;
  const channel = channelOf(index, contact);
  const sessions = sessionsOf(index, contact);
  return (
    <>
      {channel !== undefined && (
        <>
          <dt>Part of</dt>
          <dd>
            <ContactLink contact={channel} />
          </dd>
        </>
      )}
      {sessions.length > 0 && (
        <>
          <dt>Sessions</dt>
          <dd>
            <ul className="plain">
              {sessions.map((s) => (
                <li key={s}>
                  <ContactLink contact={s} />
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </>
  );
}
