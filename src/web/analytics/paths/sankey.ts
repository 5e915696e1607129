/**
 * A Sankey of customer paths built from the variants (distinct ordered journeys with their
 * customer counts). ECharts refuses cycles, and real paths loop (product → cart → product), so
 * steps are unrolled by position: "Product page" at step 2 and at step 4 are two nodes, and
 * every link goes from one position to the next, which is acyclic by construction. Pure.
 */
import { type ChartOption, escapeHtml, itemTooltip } from '../chart-option.ts';
import type { Formatters } from '../format.ts';
import { EXIT, MUTED, TEXT } from '../palette.ts';
import type { SankeyDirection } from '../query-state.ts';

export interface Variant {
  readonly path: readonly string[];
  readonly customers: number;
}

export interface FlowNode {
  /** Unique: position and label. */
  readonly name: string;
  readonly label: string;
  /** Column, 0 for the first. */
  readonly column: number;
  /** The customers' way in or out, or the small steps grouped; null for a real step. */
  readonly end: 'entry' | 'exit' | 'other' | null;
  /** Customers who pass through it. */
  readonly customers: number;
}

export interface FlowLink {
  readonly source: string;
  readonly target: string;
  readonly value: number;
}

export interface SankeyFlow {
  readonly nodes: readonly FlowNode[];
  readonly links: readonly FlowLink[];
  /** Customers of the variants drawn. */
  readonly customers: number;
}

export interface FlowSpec {
  /** Label the flows start from (after) or lead to (before); null: from the first step. */
  readonly anchor: string | null;
  readonly direction: SankeyDirection;
  /** Steps drawn besides the anchor. */
  readonly depth: number;
  readonly entryLabel: string;
  readonly exitLabel: string;
  /** Steps with fewer customers than this share of those drawn are grouped per column. */
  readonly minShare: number;
  readonly otherLabel: string;
}

type Step = { readonly label: string; readonly end: FlowNode['end'] };

/** The columns one variant contributes, or null when it never meets the anchor. */
function stepsOf(path: readonly string[], spec: FlowSpec): Step[] | null {
  const at = spec.anchor === null ? 0 : path.indexOf(spec.anchor);
  if (at < 0 || path.length === 0) return null;
  const visit = (label: string): Step => ({ label, end: null });
  if (spec.direction === 'after' || spec.anchor === null) {
    const shown = path.slice(at, at + spec.depth + 1).map(visit);
    const leaves = at + spec.depth + 1 >= path.length;
    return leaves ? [...shown, { label: spec.exitLabel, end: 'exit' }] : shown;
  }
  const from = Math.max(0, at - spec.depth);
  const shown = path.slice(from, at + 1).map(visit);
  return from === 0 ? [{ label: spec.entryLabel, end: 'entry' }, ...shown] : shown;
}

type Rename = (name: string, step: Step) => Step;

function buildFlow(variants: readonly Variant[], spec: FlowSpec, rename: Rename): SankeyFlow {
  const nodes = new Map<string, FlowNode>();
  const links = new Map<string, FlowLink>();
  let customers = 0;
  const columns = spec.depth + 1;
  for (const variant of variants) {
    const steps = stepsOf(variant.path, spec);
    if (steps === null) continue;
    customers += variant.customers;
    // Before the anchor, the anchor sits in the last column whatever the path's length.
    const offset =
      spec.direction === 'before' && spec.anchor !== null ? columns - steps.length + 1 : 0;
    let previous: string | null = null;
    for (const [index, original] of steps.entries()) {
      const column = index + offset;
      const step = rename(nameOf(column, original.label), original);
      const name = nameOf(column, step.label);
      const node = nodes.get(name);
      nodes.set(name, {
        name,
        label: step.label,
        column,
        end: step.end,
        customers: (node?.customers ?? 0) + variant.customers,
      });
      if (previous !== null) {
        const key = `${previous}\u0000${name}`;
        const value = (links.get(key)?.value ?? 0) + variant.customers;
        links.set(key, { source: previous, target: name, value });
      }
      previous = name;
    }
  }
  return { nodes: [...nodes.values()], links: [...links.values()], customers };
}

const nameOf = (column: number, label: string): string => `${column}\u00a0${label}`;

/**
 * Nodes and links of the flows; in "before" mode, columns are aligned on the anchor. Steps
 * too small to read are grouped per column, so the chart stays legible.
 */
export function sankeyFlow(variants: readonly Variant[], spec: FlowSpec): SankeyFlow {
  const full = buildFlow(variants, spec, (_name, step) => step);
  const threshold = spec.minShare * full.customers;
  const small = new Set(
    full.nodes.filter((node) => node.end === null && node.customers < threshold).map((n) => n.name),
  );
  if (small.size === 0) return full;
  return buildFlow(variants, spec, (name, step) =>
    small.has(name) ? { label: spec.otherLabel, end: 'other' } : step,
  );
}

export function sankeyOption(
  flow: SankeyFlow,
  colorOf: (label: string) => string,
  f: Formatters,
  customersWord: string,
): ChartOption {
  const byName = new Map(flow.nodes.map((node) => [node.name, node]));
  const labelOf = (name: string) => byName.get(name)?.label ?? name;
  return {
    tooltip: {
      trigger: 'item',
      formatter: itemTooltip((params) => {
        const value = typeof params.value === 'number' ? f.count(params.value) : '';
        const data = params.data as { source?: string; target?: string; name?: string };
        const what =
          params.dataType === 'edge'
            ? `${labelOf(data.source ?? '')} → ${labelOf(data.target ?? '')}`
            : labelOf(data.name ?? '');
        return `${escapeHtml(what)}<br><b>${value}</b> ${customersWord}`;
      }),
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 170,
        top: 12,
        bottom: 12,
        nodeGap: 10,
        nodeWidth: 14,
        layoutIterations: 32,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        label: {
          color: TEXT,
          fontSize: 12,
          width: 165,
          overflow: 'truncate',
          formatter: (params: { name: string }) => labelOf(params.name),
        },
        lineStyle: { color: 'gradient', opacity: 0.35, curveness: 0.5 },
        data: flow.nodes.map((node) => ({
          name: node.name,
          depth: node.column,
          itemStyle: { color: node.end === null ? colorOf(node.label) : EXIT },
          ...(node.end === 'other' && { itemStyle: { color: '#ced4da' } }),
          ...(node.end !== null && { label: { color: MUTED, fontStyle: 'italic' as const } }),
        })),
        links: flow.links.map((link) => ({ ...link })),
      },
    ],
  };
}
