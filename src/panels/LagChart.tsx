import { useDeferredValue } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { selectIndex, selectView } from '../state/selectors.ts';
import { disclosureLag, lagBinOf, lagDistribution } from '../data/disclosure.ts';
import type { Contact } from '../data/schema.ts';
import { useI18n } from '../i18n/useI18n.ts';

const W = 240;
const H = 96;
const BAR_AREA = 60;
const TOP = 14;

/** How long the secret contacts in view stayed secret, in month bins; the bin of `contact` is marked. */
export default function LagChart({ contact }: { contact: Contact }) {
  const index = useAtlasStore(selectIndex);
  // During a drag the chart lags a frame or two rather than slowing the drag down.
  const view = useDeferredValue(useAtlasStore(selectView));
  const lag = disclosureLag(contact);
  const i18n = useI18n();
  const { t } = i18n;
  if (!index || !view || !lag) return null;
  const bins = lagDistribution(view.visible.map((i) => index.contacts[i]!));
  const total = bins.reduce((n, b) => n + b.count, 0);
  const max = Math.max(1, ...bins.map((b) => b.count));
  const mine = lagBinOf(lag.months);
  const slot = W / bins.length;
  const words = bins.map((b) => t('lagChart.bin', { bin: b.label, count: b.count })).join(', ');
  return (
    <figure className="lag-chart">
      <figcaption>{t('lagChart.caption', { count: total })}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('lagChart.label', { bins: words, bin: bins[mine]!.label })}
      >
        {bins.map((b, k) => {
          const h = (b.count / max) * BAR_AREA;
          const x = k * slot + 4;
          return (
            <g key={b.label} className={k === mine ? 'lag-bar is-this' : 'lag-bar'}>
              <rect x={x} y={TOP + BAR_AREA - h} width={slot - 8} height={Math.max(h, b.count ? 1 : 0)} />
              <text x={x + (slot - 8) / 2} y={TOP + BAR_AREA - h - 3} textAnchor="middle">
                {i18n.number(b.count)}
              </text>
              <text x={x + (slot - 8) / 2} y={H - 6} textAnchor="middle" className="lag-axis">
                {b.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
