// Shows a session with its channel and a channel with its sessions, so one is never read without the other.
import { useAtlasStore } from '../state/store.ts';
import { selectIndex } from '../state/selectors.ts';
import { selectContact } from '../state/actions.ts';
import { channelOf, sessionsOf } from '../data/channels.ts';
import { useI18n } from '../i18n/useI18n.ts';

function ContactLink({ contact }: { contact: number }) {
  const c = useAtlasStore((s) => s.dataset.index?.contacts[contact]);
  const i18n = useI18n();
  if (!c) return null;
  return (
    <>
      <button type="button" className="link-button" onClick={() => selectContact(contact, true)} lang="en">
        <bdi>{c.title}</bdi>
      </button>{' '}
      <span className="hint">{i18n.dateSpan(c.start, c.end, i18n.t('date.approx'))}</span>
    </>
  );
}

export default function ChannelLinks({ id }: { id: string }) {
  const index = useAtlasStore(selectIndex);
  const { t } = useI18n();
  const contact = index?.byId.get(id);
  if (!index || contact === undefined) return null;
  const channel = channelOf(index, contact);
  const sessions = sessionsOf(index, contact);
  return (
    <>
      {channel !== undefined && (
        <>
          <dt>{t('details.partOf')}</dt>
          <dd>
            <ContactLink contact={channel} />
          </dd>
        </>
      )}
      {sessions.length > 0 && (
        <>
          <dt>{t('details.sessions')}</dt>
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
