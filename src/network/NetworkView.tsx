// "Who met whom": the parties (or people) of the contacts in the current filters and window as nodes, and
// a link between two of them for each contact they share. Loaded only when the view is opened, with the
// layout library behind forceLayout.ts.
import { useDeferredValue, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useAtlasStore, type AtlasState } from '../state/store.ts';
import { selectIndex, selectNetwork, MAX_NETWORK_PEOPLE } from '../state/selectors.ts';
import { pickNetwork, setNetworkMode, toggleParty } from '../state/actions.ts';
import { contactsOfPick, linkId, parseLinkId, type Network, type NetworkMode } from '../data/network.ts';
import { partyLabel } from '../ui/partyNames.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { I18n } from '../i18n/translate.ts';
import type { ContactIndex } from '../data/contactIndex.ts';
import { boxScale, layoutNetwork, nodeRadius } from './forceLayout.ts';
import ContactButtonList from '../components/ContactButtonList.tsx';

const LINKS_LISTED = 12;

/** The size of `el`, following its resizes. */
function useBoxSize(el: HTMLElement | null) {
  const [size, setSize] = useState({ width: 600, height: 400 });
  useEffect(
    function observeSize() {
      if (!el) return;
      const measure = () => {
        const width = Math.max(240, Math.round(el.clientWidth));
        const height = Math.max(120, Math.round(el.clientHeight));
        setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
      };
      measure();
      const observer = new ResizeObserver(measure);
      observer.observe(el);
      return function stopObserving() {
        observer.disconnect();
      };
    },
    [el],
  );
  return size;
}

/** Contacts the selection or hover points at, so the network can light up what the map and timeline show. */
function relatedContacts(index: ContactIndex | null, target: AtlasState['selection']): Set<number> {
  if (!index || !target) return new Set();
  if (target.type === 'contact') return new Set([target.contact]);
  const out = new Set<number>();
  index.contactPlaces.forEach((ps, i) => {
    if (ps.includes(target.place)) out.add(i);
  });
  return out;
}

const nodeName = (i18n: I18n, mode: NetworkMode, id: string) => (mode === 'parties' ? partyLabel(id, i18n.locale) : id);
const linkName = (i18n: I18n, mode: NetworkMode, a: string, b: string) =>
  `${nodeName(i18n, mode, a)} – ${nodeName(i18n, mode, b)}`;
/** What fits on a node: a party's code (long names cut), a person's surname. */
function shortLabel(mode: NetworkMode, id: string): string {
  if (mode === 'people') return id.split(' ').slice(-1)[0]!;
  return id.length > 5 ? `${id.slice(0, 4)}…` : id;
}

function onActivate(action: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      action();
    }
  };
}

function PickedContacts({ network, pick, mode }: { network: Network; pick: string; mode: NetworkMode }) {
  const list = contactsOfPick(network, pick);
  const ends = parseLinkId(pick);
  const i18n = useI18n();
  const { t } = i18n;
  const title = ends ? linkName(i18n, mode, ends[0], ends[1]) : nodeName(i18n, mode, pick);
  return (
    <section className="network-pick" aria-label={t('network.pick.label', { name: title })}>
      <h3>
        {title}: {t('network.contacts', { count: list.length })}
      </h3>
      <button type="button" className="link-button" onClick={() => pickNetwork(null)}>
        {t('network.pick.close')}
      </button>
      {list.length === 0 && <p className="hint">{t('network.pick.none')}</p>}
      <ContactButtonList
        contacts={list}
        className="plain network-contacts"
        after={(c) => (
          <>
            {' '}
            <span className="hint">{i18n.dateSpan(c.start, c.end, t('date.approx'))}</span>
          </>
        )}
      />
    </section>
  );
}

export default function NetworkView() {
  const index = useAtlasStore(selectIndex);
  // During a timeline drag the network follows a frame or two behind rather than slowing the drag.
  const network = useDeferredValue(useAtlasStore(selectNetwork));
  const { mode, pick } = useAtlasStore((s) => s.network);
  const parties = useAtlasStore((s) => s.parties);
  const selection = useAtlasStore((s) => s.selection);
  const hover = useAtlasStore((s) => s.hover);
  // A callback ref: the box appears only once there is a network to draw.
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const { width, height } = useBoxSize(box);
  const [hoverLink, setHoverLink] = useState<string | null>(null);
  const i18n = useI18n();
  const { t } = i18n;
  const plural = (count: number) => t('network.contacts', { count });
  const positions = useMemo(
    () => (network ? layoutNetwork(network, width, height) : new Map<string, { x: number; y: number }>()),
    [network, width, height],
  );
  const related = useMemo(() => {
    const out = relatedContacts(index, selection);
    relatedContacts(index, hover).forEach((i) => out.add(i));
    return out;
  }, [index, selection, hover]);
  if (!network || !index) return null;
  const scale = boxScale(width, height);
  const maxWeight = Math.max(1, ...network.links.map((l) => l.contacts.length));
  const touches = (contacts: number[]) => related.size > 0 && contacts.some((i) => related.has(i));
  const activateNode = (id: string) => (mode === 'parties' ? toggleParty(id) : pickNetwork(id));

  return (
    <div className="network-view">
      <div className="network-tools">
        <div role="group" aria-label={t('network.mode.label')}>
          {(['parties', 'people'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={mode === m} onClick={() => setNetworkMode(m)}>
              {m === 'parties' ? t('network.mode.parties') : t('network.mode.people')}
            </button>
          ))}
        </div>
        <p className="hint">
          {t('network.summary', { mode, nodes: network.nodes.length, links: network.links.length })}
          {network.omitted > 0 ? t('network.omitted', { max: MAX_NETWORK_PEOPLE, omitted: network.omitted }) : ''}
          {mode === 'parties' ? t('network.hint.parties') : t('network.hint.people')}
        </p>
      </div>
      <div className="network-body">
        <div className="network-canvas" ref={setBox}>
          {network.nodes.length === 0 && <p className="hint">{t('network.empty')}</p>}
          <svg
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="group"
            aria-label={mode === 'parties' ? t('network.label.parties') : t('network.label.people')}
          >
            <g className="network-links">
              {network.links.map((l) => {
                const id = linkId(l.source, l.target);
                const a = positions.get(l.source);
                const b = positions.get(l.target);
                if (!a || !b) return null;
                const classes = ['network-link'];
                if (pick === id) classes.push('is-picked');
                if (hoverLink === id) classes.push('is-hovered');
                if (touches(l.contacts)) classes.push('is-related');
                return (
                  <g key={id} className={classes.join(' ')} data-link={id}>
                    <line
                      x1={a.x}
                      y1={a.y}
                      x2={b.x}
                      y2={b.y}
                      strokeWidth={1 + 7 * Math.sqrt(l.contacts.length / maxWeight)}
                    />
                    {/* A wider invisible line, so thin links are easy to hit. */}
                    <line
                      className="network-hit"
                      x1={a.x}
                      y1={a.y}
                      x2={b.x}
                      y2={b.y}
                      onClick={() => pickNetwork(id)}
                      onMouseEnter={() => setHoverLink(id)}
                      onMouseLeave={() => setHoverLink(null)}
                    >
                      <title>{`${linkName(i18n, mode, l.source, l.target)}: ${plural(l.contacts.length)}`}</title>
                    </line>
                  </g>
                );
              })}
            </g>
            <g className="network-nodes">
              {network.nodes.map((n) => {
                const p = positions.get(n.id);
                if (!p) return null;
                const r = nodeRadius(n.contacts.length, scale);
                const chosen = mode === 'parties' ? parties.includes(n.id) : pick === n.id;
                const classes = ['network-node'];
                if (chosen) classes.push('is-chosen');
                if (touches(n.contacts)) classes.push('is-related');
                const name = `${nodeName(i18n, mode, n.id)}, ${plural(n.contacts.length)}`;
                return (
                  <g
                    key={n.id}
                    className={classes.join(' ')}
                    transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}
                    role="button"
                    tabIndex={0}
                    aria-label={
                      mode === 'parties' ? t('network.node.party', { name }) : t('network.node.person', { name })
                    }
                    aria-pressed={chosen}
                    onClick={() => activateNode(n.id)}
                    onKeyDown={onActivate(() => activateNode(n.id))}
                  >
                    <title>{name}</title>
                    <circle r={r} />
                    <text y={mode === 'parties' ? 4 * scale : r + 12 * scale} textAnchor="middle" fontSize={11 * scale}>
                      {shortLabel(mode, n.id)}
                    </text>
                  </g>
                );
              })}
            </g>
          </svg>
        </div>
        <aside className="network-side">
          {pick && <PickedContacts network={network} pick={pick} mode={mode} />}
          <section aria-label={t('network.strongest')}>
            <h3>{t('network.strongest')}</h3>
            <ul className="plain network-link-list">
              {network.links.slice(0, LINKS_LISTED).map((l) => {
                const id = linkId(l.source, l.target);
                return (
                  <li key={id}>
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={pick === id}
                      onClick={() => pickNetwork(id)}
                      onMouseEnter={() => setHoverLink(id)}
                      onMouseLeave={() => setHoverLink(null)}
                      title={linkName(i18n, mode, l.source, l.target)}
                    >
                      {l.source} – {l.target}
                    </button>{' '}
                    <span className="hint">{plural(l.contacts.length)}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
