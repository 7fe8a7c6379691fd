// What a link asked for that the app ignored or brought within limits, as data (src/data/said.ts): the
// views say each note in the interface language, under the message of the same id.
import type { Said } from '../data/said.ts';

export type LinkNoteId =
  | 'note.window.notDate'
  | 'note.window.reversed'
  | 'note.window.clamped'
  | 'note.window.narrowed'
  | 'note.tracks'
  | 'note.query.cut'
  | 'note.kind'
  | 'note.capped'
  | 'note.sel.long'
  | 'note.sel.prefix'
  | 'note.sel.missing'
  | 'note.map'
  | 'note.view'
  | 'note.pick.long'
  | 'note.lang'
  | 'note.story.slug'
  | 'note.story.step'
  | 'note.story.missing'
  | 'note.story.notRecord'
  | 'note.data.refused'
  | 'note.data.tooLong'
  | 'note.data.notAddress'
  | 'note.data.protocol';

export type LinkNote = Said<LinkNoteId>;
