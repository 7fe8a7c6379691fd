// A sentence for the interface, kept as data: the id of its message and the values it names. Data and
// state code say what happened this way and know no language; the views say it in the interface language
// (src/i18n/saidText.ts), and each catalog has the message under the same id.

export type SaidValue = string | number | Said;

export interface Said<Id extends string = string> {
  id: Id;
  /** A value may itself be a sentence ("expected {expected}"), said in the same language. */
  values?: Readonly<Record<string, SaidValue>>;
}

export const said = <Id extends string>(id: Id, values?: Record<string, SaidValue>): Said<Id> =>
  values ? { id, values } : { id };
