/**
 * The shapes of a journey-map layout and the sizes shared by the layout and its renderers
 * (one place, so that they agree). See `layout.ts` for how they are computed.
 */
import type { MapArrow } from './map-arrows.ts';
import type { ChannelKind, JourneyState, Performance } from './schema.ts';

/** Sizes in pixels. */
export const MAP_METRICS = {
  margin: 32,
  headerHeight: 78,
  labelWidth: 170,
  gutter: 40,
  stageHeaderHeight: 54,
  stageFont: 13,
  laneFont: 14,
  laneLineHeight: 17,
  curveHeight: 150,
  curvePlotInset: { top: 26, bottom: 22 },
  lanePadding: 14,
  emptyLaneHeight: 56,
  cardGap: 10,
  card: {
    padding: 8,
    topRow: 16,
    rowGap: 6,
    nameFont: 13,
    lineHeight: 16,
    maxLines: 3,
    bottomRow: 12,
    tagFont: 9,
  },
  legendGap: 26,
  legendRowHeight: 30,
  legendSlotWidth: 250,
} as const;

export const DEFAULT_CARD_WIDTH = 170;
export interface MapLayoutOptions {
  /** Width of a touchpoint card in pixels (default 170). */
  readonly cardWidth?: number;
  /**
   * Draw only these stages (in model order), e.g. one page of a split print. Lane heights still
   * come from the whole journey, so that pages placed side by side line up.
   */
  readonly stageIds?: readonly string[];
}

export interface MapColumn {
  readonly stageId: string;
  /** Position of the stage in the model, from 0. */
  readonly index: number;
  readonly name: string;
  readonly lines: readonly string[];
  readonly x: number;
  readonly width: number;
}

export interface MapLane {
  readonly channelId: string;
  readonly name: string;
  readonly lines: readonly string[];
  readonly kind: ChannelKind;
  readonly y: number;
  readonly height: number;
}

export interface MapCard {
  readonly touchpointId: string;
  readonly stageId: string;
  readonly channelId: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly name: string;
  /** The name wrapped to at most 3 lines, the last one cut with an ellipsis. */
  readonly lines: readonly string[];
  readonly performance: Performance;
  readonly importance: number | null;
  readonly emotion: number | null;
  readonly momentOfTruth: boolean;
  readonly rupture: boolean;
}

/** Mean emotion (−3..+3) of a stage's touchpoints that have one. */
export interface CurvePoint {
  readonly stageId: string;
  readonly x: number;
  readonly y: number;
  readonly emotion: number;
}

export type LegendKey =
  | Performance
  | 'momentOfTruth'
  | 'rupture'
  | 'importance'
  | 'emotion'
  | 'emotionCurve'
  | 'possibleTransition'
  | 'impossibleTransition';

export const LEGEND_KEYS: readonly LegendKey[] = [
  'enchantment',
  'neutral',
  'irritant',
  'missing',
  'momentOfTruth',
  'rupture',
  'importance',
  'emotion',
  'emotionCurve',
  'possibleTransition',
  'impossibleTransition',
];

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface MapCounts {
  readonly touchpoints: number;
  readonly irritants: number;
  readonly missing: number;
  readonly momentsOfTruth: number;
  readonly ruptures: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly header: Box & {
    readonly personaName: string | null;
    readonly journeyName: string;
    readonly state: JourneyState;
    readonly counts: MapCounts;
  };
  /** The grid: lane-name column, then the stage columns, from the stage headers to the last lane. */
  readonly grid: Box & { readonly labelWidth: number };
  readonly stageHeader: { readonly y: number; readonly height: number };
  readonly columns: readonly MapColumn[];
  readonly lanes: readonly MapLane[];
  readonly cards: readonly MapCard[];
  /** The emotion band; `top`/`bottom` are the y of +3/−3, `zeroY` of 0. */
  readonly curveBand: {
    readonly y: number;
    readonly height: number;
    readonly top: number;
    readonly bottom: number;
    readonly zeroY: number;
  };
  readonly curve: readonly CurvePoint[];
  /** SVG path `d` of each unbroken run of the curve (a stage without emotion breaks it). */
  readonly curveSegments: readonly string[];
  readonly arrows: readonly MapArrow[];
  readonly legend: Box & { readonly items: readonly { key: LegendKey; x: number; y: number }[] };
}
