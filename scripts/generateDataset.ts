// Synthetic datasets for the bench: valid records in the published format, deterministic for a given size.
// Places come from a fixed pool (as in real data, many contacts share a city); 10% are calls.
import type { Contact, Dataset } from '../src/data/schema.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function generateDataset(size: number, placeCount = 600, seed = 42): Dataset {
  const random = rng(seed);
  const places = Array.from({ length: placeCount }, (_, i) => ({
    name: `Place ${i + 1}`,
    city: `Place ${i + 1}`,
    country: 'XX',
    lat: Math.round((25 + random() * 40) * 1e4) / 1e4,
    lon: Math.round((-10 + random() * 70) * 1e4) / 1e4,
    precision: 'city' as const,
  }));
  const tracks = ['1', '1', '1', '1.5', '2'] as const;
  const kinds = ['meeting', 'meeting', 'exchange', 'conference'] as const;
  const start = Date.UTC(2022, 1, 24);
  const span = Date.UTC(2026, 10, 1) - start;
  const contacts: Contact[] = [];
  for (let i = 0; i < size; i++) {
    const d = new Date(start + random() * span);
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const isCall = random() < 0.1;
    const approx = random() < 0.15;
    const place = places[Math.floor(random() ** 2 * placeCount)]!;
    const other = places[Math.floor(random() * placeCount)]!;
    contacts.push({
      id: `bench-${i}`,
      title: `Synthetic contact ${i}`,
      start: approx ? day.slice(0, 7) : day,
      track: tracks[Math.floor(random() * tracks.length)]!,
      kind: isCall ? 'call' : kinds[Math.floor(random() * kinds.length)]!,
      places: isCall && other !== place ? [place, other] : [place],
      parties: ['US', 'RU'],
      participants: [{ name: `Person ${i % 97}` }],
      summary: 'Generated for benchmarking.',
      confidence: 'confirmed',
      sources: [{ publisher: 'Bench', title: `Source ${i}`, url: `https://example.org/${i}` }],
    });
  }
  return { version: 1, contacts };
}
