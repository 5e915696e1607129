/**
 * How a journey map is cut into printed pages: one page when its card text stays readable
 * (about 6 pt or more) once scaled to fit; otherwise the fewest groups of consecutive stages
 * that are. Pure, so that the page plan can be tested without producing a PDF.
 */
import { layoutJourney, MAP_METRICS, type MapLayout } from './layout.ts';
import type { WorkspaceModel } from './schema.ts';

/** Smallest printed size of a card's name, in points. */
export const MIN_TEXT_PT = 6;
/** A small map is enlarged at most this much, so that it does not print as a poster. */
const MAX_SCALE = 1.25;

export interface MapPage {
  /** The stages on this page; every stage when the map fits on one page. */
  readonly stageIds: readonly string[];
  readonly width: number;
  readonly height: number;
}

export interface MapPagePlan {
  /** Map pixels to page points, the same on every page so that pages match. */
  readonly scale: number;
  readonly pages: readonly MapPage[];
}

/** Consecutive groups of nearly equal size (the first ones take the remainder). */
function splitEvenly<T>(items: readonly T[], groups: number): T[][] {
  const size = Math.floor(items.length / groups);
  const extra = items.length % groups;
  const result: T[][] = [];
  let start = 0;
  for (let i = 0; i < groups; i++) {
    const end = start + size + (i < extra ? 1 : 0);
    result.push(items.slice(start, end));
    start = end;
  }
  return result;
}

function planFor(
  model: WorkspaceModel,
  journeyId: string,
  groups: readonly (readonly string[])[],
  area: { width: number; height: number },
): MapPagePlan {
  const pages = groups.flatMap((stageIds): MapPage[] => {
    const layout = layoutJourney(model, journeyId, groups.length > 1 ? { stageIds } : {});
    return layout ? [{ stageIds, width: layout.width, height: layout.height }] : [];
  });
  const scale = Math.min(
    MAX_SCALE,
    ...pages.map((page) => Math.min(area.width / page.width, area.height / page.height)),
  );
  return { scale, pages };
}

/** How many stages fit on a page at `scale`, from the full map's widths (at least one). */
function stagesPerPage(full: MapLayout, area: { width: number }, scale: number): number {
  const columnWidth = full.columns[0]?.width ?? 1;
  const fixedWidth = full.width - full.columns.length * columnWidth;
  return Math.max(1, Math.floor((area.width / scale - fixedWidth) / columnWidth));
}

/**
 * Pages for printing a journey's map on areas of `area` points, or `undefined` when the
 * model has no such journey. Lane heights do not depend on the stages shown, so the page
 * count follows from the widths; a very tall map that no split makes readable is split only
 * as far as its height allows.
 */
export function planMapPages(
  model: WorkspaceModel,
  journeyId: string,
  area: { width: number; height: number },
): MapPagePlan | undefined {
  const full = layoutJourney(model, journeyId);
  if (!full) return undefined;
  const stageIds = full.columns.map((column) => column.stageId);
  const single = planFor(model, journeyId, [stageIds], area);
  const minScale = MIN_TEXT_PT / MAP_METRICS.card.nameFont;
  if (single.scale >= minScale || stageIds.length <= 1) return single;
  const target = Math.min(minScale, area.height / full.height);
  let count = Math.ceil(stageIds.length / stagesPerPage(full, area, target));
  let plan = planFor(model, journeyId, splitEvenly(stageIds, count), area);
  // Narrower pages may need more legend rows: add pages while that still enlarges the map.
  while (plan.scale < minScale && count < stageIds.length) {
    const next = planFor(model, journeyId, splitEvenly(stageIds, count + 1), area);
    if (next.scale <= plan.scale * 1.001) break;
    count++;
    plan = next;
  }
  return plan;
}
