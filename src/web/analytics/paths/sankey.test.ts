import { describe, expect, it } from 'vitest';
import { type FlowSpec, type SankeyFlow, sankeyFlow } from './sankey.ts';

const spec: FlowSpec = {
  anchor: null,
  direction: 'after',
  depth: 3,
  entryLabel: 'Entry',
  exitLabel: 'Left',
  minShare: 0,
  otherLabel: 'Other',
};

const variants = [
  { path: ['Home', 'Product', 'Cart', 'Product', 'Cart'], customers: 5 },
  { path: ['Home', 'Product'], customers: 3 },
  { path: ['Ad', 'Product', 'Cart'], customers: 2 },
];

const link = (flow: SankeyFlow, source: string, target: string) =>
  flow.links.find((item) => item.source === source && item.target === target)?.value;

/** True when following links from any node never comes back to it. */
function acyclic(flow: SankeyFlow): boolean {
  const next = new Map<string, string[]>();
  for (const { source, target } of flow.links)
    next.set(source, [...(next.get(source) ?? []), target]);
  const done = new Set<string>();
  const visit = (name: string, path: Set<string>): boolean => {
    if (path.has(name)) return false;
    if (done.has(name)) return true;
    const ok = (next.get(name) ?? []).every((target) => visit(target, new Set([...path, name])));
    done.add(name);
    return ok;
  };
  return flow.nodes.every((node) => visit(node.name, new Set()));
}

describe('Sankey from variants', () => {
  it('unrolls repeated steps by position, so loops make no cycle', () => {
    const flow = sankeyFlow(variants, spec);
    expect(acyclic(flow)).toBe(true);
    const products = flow.nodes.filter((node) => node.label === 'Product');
    expect(products.map((node) => node.column).sort()).toEqual([1, 3]);
    expect(flow.customers).toBe(10);
  });

  it('sums customers on shared moves and sends finished paths to an exit', () => {
    const flow = sankeyFlow(variants, spec);
    expect(link(flow, '0\u00a0Home', '1\u00a0Product')).toBe(8);
    expect(link(flow, '1\u00a0Product', '2\u00a0Left')).toBe(3);
    expect(link(flow, '2\u00a0Cart', '3\u00a0Left')).toBe(2);
    // The long path is cut after `depth` steps, without an exit.
    expect(link(flow, '2\u00a0Cart', '3\u00a0Product')).toBe(5);
    expect(flow.nodes.some((node) => node.column > 4)).toBe(false);
  });

  it('follows the customers after a chosen step', () => {
    const flow = sankeyFlow(variants, { ...spec, anchor: 'Cart' });
    expect(flow.customers).toBe(7);
    expect(link(flow, '0\u00a0Cart', '1\u00a0Product')).toBe(5);
    expect(link(flow, '0\u00a0Cart', '1\u00a0Left')).toBe(2);
  });

  it('aligns the paths leading to a chosen step on its column', () => {
    const flow = sankeyFlow(variants, { ...spec, anchor: 'Cart', direction: 'before', depth: 1 });
    const carts = flow.nodes.filter((node) => node.label === 'Cart');
    expect(carts.map((node) => node.column)).toEqual([2]);
    expect(link(flow, '1\u00a0Product', '2\u00a0Cart')).toBe(7);
    // Paths shorter than the depth start at an entry node.
    const withEntry = sankeyFlow(variants, {
      ...spec,
      anchor: 'Cart',
      direction: 'before',
      depth: 3,
    });
    expect(withEntry.nodes.find((node) => node.end === 'entry')).toBeDefined();
    expect(acyclic(withEntry)).toBe(true);
  });

  it('leaves out paths that never meet the chosen step', () => {
    expect(sankeyFlow(variants, { ...spec, anchor: 'Nowhere' }).nodes).toEqual([]);
  });

  it('groups the steps too small to read', () => {
    const flow = sankeyFlow(variants, { ...spec, minShare: 0.25 });
    const first = flow.nodes.filter((node) => node.column === 0).map((node) => node.label);
    expect(first.sort()).toEqual(['Home', 'Other']);
    expect(flow.nodes.find((node) => node.label === 'Other')?.end).toBe('other');
  });
});
