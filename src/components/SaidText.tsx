import { Fragment, type ReactNode } from 'react';
import type { Said } from '../data/said.ts';
import { saidParts, type SaidId, type SaidWrappers } from '../i18n/saidText.ts';
import { useI18n } from '../i18n/useI18n.ts';

/** A sentence the state or data code said (src/data/said.ts), in the interface language. Values from the
 * data or the address (a file name, "grid") and an address's keys are marked translate="no": they are
 * not words of any language, and stay as they are. */
export default function SaidText({ said }: { said: Said<SaidId> }) {
  const i18n = useI18n();
  let key = 0;
  const wrap: SaidWrappers<ReactNode> = {
    value: (text) => (
      <bdi key={key++} translate="no">
        {text}
      </bdi>
    ),
    code: (chunks) => (
      <code key={key++} translate="no">
        {chunks}
      </code>
    ),
    group: (parts) => <Fragment key={key++}>{parts}</Fragment>,
  };
  return <>{saidParts(i18n, said, wrap)}</>;
}
