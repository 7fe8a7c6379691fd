// The CSV columns, which the importer reads and the exporter writes. Header names are matched
// case-insensitively and may come in any order; title and start are required, the rest may be missing or
// empty. A row without lat and lon is placed by its city (or place) when the built-in record has that city,
// else it is a contact that is not on the map.
//   id                the contact's id; lowercased, other characters become "-"; "row-N" when empty
//   title             required
//   start, end        YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time (only its date is kept)
//   track             1, 1.5 or 2 ("Track 1.5" works too); default 1
//   kind              meeting, call, exchange or conference; default meeting
//   place             the place's name; default the city, else "Unnamed place"
//   city
//   country           ISO 3166-1 alpha-2
//   lat, lon          decimal degrees (a decimal point or comma)
//   precision         venue, city or country; default city
//   parties           ";"-separated, e.g. "US;RU"
//   participants      ";"-separated names
//   summary
//   confidence        confirmed, reported or disputed; default reported
//   source_url        an http(s) link; the one source of the row
//   source_title      default: the link itself
//   source_publisher  default: the link's host
// Rows are numbered from 1 after the header, blank lines not counted: "#3" is the third data row.

export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'track',
  'kind',
  'place',
  'city',
  'country',
  'lat',
  'lon',
  'precision',
  'parties',
  'participants',
  'summary',
  'confidence',
  'source_url',
  'source_title',
  'source_publisher',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['title', 'start'];

export function isCsvColumn(name: string): name is CsvColumn {
  return (CSV_COLUMNS as readonly string[]).includes(name);
}
