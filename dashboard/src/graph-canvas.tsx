/**
 * The actor network on a canvas: the layout is computed once per graph (layout.ts), then drawn;
 * clicking an edge opens its dyad view. Edges are coloured by Goldstein mean.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Graph, GraphEdge } from './api.js';
import { forceLayout, type LayoutResult } from './layout.js';
import { fmt, goldsteinColor } from './colors.js';
import { dyadHref } from './router.js';

const HEIGHT = 520;

interface Placed { graph: Graph; index: Map<string, number>; pos: LayoutResult; ms: number }

function place(graph: Graph): Placed {
  const t0 = performance.now();
  const index = new Map(graph.nodes.map((n, i) => [n.code, i] as const));
  const links: number[] = [];
  for (const e of graph.edges) {
    const a = index.get(e.source); const b = index.get(e.target);
    if (a !== undefined && b !== undefined && a !== b) links.push(a, b);
  }
  const pos = forceLayout(graph.nodes.length, Int32Array.from(links), graph.nodes.length > 1000 ? 200 : 300);
  return { graph, index, pos, ms: performance.now() - t0 };
}

interface View { scale: number; ox: number; oy: number }

function fit(pos: LayoutResult, w: number, h: number): View {
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  for (let i = 0; i < pos.x.length; i++) {
    minX = Math.min(minX, pos.x[i]); maxX = Math.max(maxX, pos.x[i]);
    minY = Math.min(minY, pos.y[i]); maxY = Math.max(maxY, pos.y[i]);
  }
  if (!Number.isFinite(minX)) return { scale: 1, ox: w / 2, oy: h / 2 };
  const pad = 30; // labels go right of their node: keep more room on the sides
  const scale = Math.min((w - 5 * pad) / Math.max(1, maxX - minX), (h - 2 * pad) / Math.max(1, maxY - minY), 4);
  return { scale, ox: w / 2 - ((minX + maxX) / 2) * scale, oy: h / 2 - ((minY + maxY) / 2) * scale };
}

function draw(ctx: CanvasRenderingContext2D, p: Placed, v: View, w: number, hover: GraphEdge | null): void {
  ctx.clearRect(0, 0, w, HEIGHT);
  const X = (i: number): number => p.pos.x[i] * v.scale + v.ox;
  const Y = (i: number): number => p.pos.y[i] * v.scale + v.oy;
  const maxEvents = Math.max(1, ...p.graph.edges.map((e) => e.events));
  for (const e of p.graph.edges) {
    const a = p.index.get(e.source); const b = p.index.get(e.target);
    if (a === undefined || b === undefined) continue;
    ctx.strokeStyle = goldsteinColor(e.goldsteinMean);
    ctx.lineWidth = e === hover ? 4 : 0.6 + 2.4 * Math.sqrt(e.events / maxEvents);
    ctx.beginPath(); ctx.moveTo(X(a), Y(a)); ctx.lineTo(X(b), Y(b)); ctx.stroke();
  }
  const byEvents = p.graph.nodes.map((n, i) => [n.events, i] as const).sort((x, y) => y[0] - x[0]);
  const labelled = new Set(byEvents.slice(0, 40).map(([, i]) => i));
  const maxNode = Math.max(1, byEvents[0]?.[0] ?? 1);
  ctx.font = '12px system-ui, sans-serif';
  p.graph.nodes.forEach((n, i) => {
    const r = 2 + 6 * Math.sqrt(n.events / maxNode);
    ctx.fillStyle = '#24476b';
    ctx.beginPath(); ctx.arc(X(i), Y(i), r, 0, 2 * Math.PI); ctx.fill();
    if (labelled.has(i)) { ctx.fillStyle = '#111'; ctx.fillText(n.code, X(i) + r + 2, Y(i) + 4); }
  });
}

function nearestEdge(p: Placed, v: View, mx: number, my: number): GraphEdge | null {
  let best: GraphEdge | null = null;
  let bestD = 36; // within 6 px
  for (const e of p.graph.edges) {
    const a = p.index.get(e.source); const b = p.index.get(e.target);
    if (a === undefined || b === undefined) continue;
    const ax = p.pos.x[a] * v.scale + v.ox; const ay = p.pos.y[a] * v.scale + v.oy;
    const bx = p.pos.x[b] * v.scale + v.ox; const by = p.pos.y[b] * v.scale + v.oy;
    const l2 = (bx - ax) ** 2 + (by - ay) ** 2 || 1;
    const t = Math.max(0, Math.min(1, ((mx - ax) * (bx - ax) + (my - ay) * (by - ay)) / l2));
    const d = (mx - ax - t * (bx - ax)) ** 2 + (my - ay - t * (by - ay)) ** 2;
    if (d < bestD) { bestD = d; best = e; }
  }
  return best;
}

export function GraphCanvas({ graph }: { graph: Graph }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const placed = useMemo(() => place(graph), [graph]);
  const [hover, setHover] = useState<GraphEdge | null>(null);
  const [width, setWidth] = useState(900);
  const view = useMemo(() => fit(placed.pos, width, HEIGHT), [placed, width]);
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const w = c.parentElement?.clientWidth ?? 900;
    if (Math.abs(w - width) > 1) { setWidth(w); return; }
    const dpr = window.devicePixelRatio || 1;
    c.width = w * dpr; c.height = HEIGHT * dpr;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const t0 = performance.now();
    draw(ctx, placed, view, w, hover);
    c.dataset.drawMs = (performance.now() - t0).toFixed(1);
    c.dataset.layoutMs = placed.ms.toFixed(1);
    c.dataset.rendered = String(performance.now());
    c.dataset.nodes = String(graph.nodes.length);
  }, [placed, view, hover, width]);
  const at = (ev: MouseEvent): GraphEdge | null => {
    const r = (ev.currentTarget as HTMLCanvasElement).getBoundingClientRect();
    return nearestEdge(placed, view, ev.clientX - r.left, ev.clientY - r.top);
  };
  return (
    <figure class="chart network">
      <canvas ref={canvas} style={{ width: '100%', height: `${HEIGHT}px`, cursor: hover ? 'pointer' : 'default' }}
        aria-label={`Actor network: ${graph.nodes.length} actors, ${graph.edges.length} dyads. The table below lists the same dyads.`}
        role="img" data-testid="network-canvas"
        onMouseMove={(ev) => setHover(at(ev))}
        onClick={(ev) => { const e = at(ev); if (e) location.hash = dyadHref(e.source, e.target); }} />
      <figcaption>
        {hover ? `${hover.source} → ${hover.target}: ${hover.events} events, Goldstein mean ${fmt(hover.goldsteinMean)} (click to open)`
          : `${graph.nodes.length} actors, ${graph.edges.length} dyads; layout ${Math.round(placed.ms)} ms. Edge colour: red conflict, grey neutral, green cooperation. Click an edge to open its dyad.`}
      </figcaption>
    </figure>
  );
}
