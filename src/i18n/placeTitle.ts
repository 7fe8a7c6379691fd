// A place's name as the interface shows it: the app's own words about it (a country placeholder, a place
// the sources do not give) in the interface language, the record's names as recorded.
import type { PlaceInfo } from '../data/contactIndex.ts';
import type { I18n } from './translate.ts';

type Named = Pick<PlaceInfo, 'name' | 'ownName' | 'country' | 'precision' | 'assumed'>;

export function placeTitle(i18n: I18n, info: Named): string {
  if (info.precision === 'country') return i18n.t('details.place.placeholder', { country: i18n.region(info.country) });
  if (info.assumed && info.precision !== 'region') return i18n.t('place.assumed', { name: info.ownName });
  return info.name;
}

/** Whether the title is all the record's own words (English), or has the app's words in it. */
export const isRecordName = (info: Named) =>
  info.precision !== 'country' && !(info.assumed && info.precision !== 'region');
