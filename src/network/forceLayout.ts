// The d3-force adapter: the only file that imports the layout library. It runs the simulation to rest in
// one go (no animation), so the same network in the same box always lands in the same place: d3-force
// seeds its own random source.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { Network } from '../data/network.ts';

export interface Point {
  x: number;
  y: number;
}

interface SimNode extends Point {
  id: string;
  r: number;
}

const TICKS = 300;

/** Node radius in pixels: area grows with the number of contacts; `scale` shrinks all of them in a small box. */
export function nodeRadius(contacts: number, scale = 1): number {
  return scale * Math.min(30, 7 + 2.2 * Math.sqrt(contacts));
}

/** How much to shrink nodes so a phone-sized box still holds them apart. */
export function boxScale(width: number, height: number): number {
  return Math.max(0.45, Math.min(1, Math.min(width, height) / 480));
}

/** Positions of the nodes inside a width × height box (a margin keeps labels inside). */
export function layoutNetwork(network: Network, width: number, height: number): Map<string, Point> {
  const k = boxScale(width, height);
  const nodes: SimNode[] = network.nodes.map((n) => ({ id: n.id, x: 0, y: 0, r: nodeRadius(n.contacts.length, k) }));
  const links = network.links.map((l) => ({ source: l.source, target: l.target, weight: l.contacts.length }));
  const maxWeight = Math.max(1, ...links.map((l) => l.weight));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number]>(links)
        .id((n) => n.id)
        // Parties that meet often sit close together.
        .distance((l) => 40 + 80 * (1 - l.weight / maxWeight))
        .strength((l) => 0.2 + 0.6 * (l.weight / maxWeight)),
    )
    .force('charge', forceManyBody().strength(-160))
    .force(
      'collide',
      forceCollide<SimNode>((n) => n.r + 6),
    )
    .force('x', forceX(0).strength(0.06 * (height / width)))
    .force('y', forceY(0).strength(0.06 * (width / height)))
    .stop();
  simulation.tick(TICKS);

  // Scale the result into the box, keeping the aspect of the drawing.
  const margin = 36 * k;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * margin) / Math.max(1, x1 - x0), (height - 2 * margin) / Math.max(1, y1 - y0), 2);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return new Map(nodes.map((n) => [n.id, { x: width / 2 + (n.x - cx) * scale, y: height / 2 + (n.y - cy) * scale }]));
}
