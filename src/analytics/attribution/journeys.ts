/**
 * Journeys as attribution sees them (../shared/REFERENCE.md §1): ordered touches with the
 * conversions, value and non-conversions of the customers who followed them. Pure.
 *
 * The aggregated path file format (ChannelAttribution's `PathData`) is one row per path,
 * `path;total_conversions;total_conversion_value;total_null`, touches separated by `>`.
 */

export interface Journey {
  /** Channels (or touchpoints) in order; repeats allowed. */
  readonly touches: readonly string[];
  readonly conversions: number;
  readonly value: number;
  readonly nulls: number;
  /**
   * Milliseconds between each touch and the conversion (same length as `touches`), for time
   * decay; absent in aggregated path data.
   */
  readonly msBeforeConversion?: readonly number[];
}

export interface PathDataError {
  readonly line: number;
  readonly message: string;
}

export interface PathData {
  readonly journeys: Journey[];
  readonly errors: PathDataError[];
}

const HEADER = /^\s*path\s*;/i;

/** Parses the aggregated path format; bad lines are reported with their number and skipped. */
export function parsePathData(text: string): PathData {
  const journeys: Journey[] = [];
  const errors: PathDataError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || (index === 0 && HEADER.test(raw))) return;
    const fields = raw.split(';');
    if (fields.length !== 4) {
      errors.push({ line, message: `expected 4 fields separated by ";", found ${fields.length}` });
      return;
    }
    const [path = '', conversions, value, nulls] = fields;
    const touches = path
      .split('>')
      .map((touch) => touch.trim())
      .filter((touch) => touch !== '');
    const numbers = [conversions, value, nulls].map((field) => Number(field?.trim()));
    const bad = numbers.findIndex((number) => !Number.isFinite(number) || number < 0);
    if (touches.length === 0) errors.push({ line, message: 'the path has no touch' });
    else if (bad >= 0) {
      const name = ['total_conversions', 'total_conversion_value', 'total_null'][bad];
      errors.push({ line, message: `${name} must be a non-negative number` });
    } else {
      const [c = 0, v = 0, n = 0] = numbers;
      journeys.push({ touches, conversions: c, value: v, nulls: n });
    }
  });
  return { journeys, errors };
}

/** Channels in order of first appearance, rows top to bottom, touches left to right. */
export function channelsOf(journeys: readonly Journey[]): string[] {
  const seen = new Set<string>();
  for (const journey of journeys) for (const touch of journey.touches) seen.add(touch);
  return [...seen];
}

/** Credit per channel, in conversions and in value. */
export interface Credit {
  readonly conversions: number;
  readonly value: number;
}

export type Credits = Map<string, Credit>;

/** Adds `weight` × the journey's conversions and value to a channel. */
export function credit(credits: Credits, channel: string, journey: Journey, weight: number): void {
  const current = credits.get(channel) ?? { conversions: 0, value: 0 };
  credits.set(channel, {
    conversions: current.conversions + weight * journey.conversions,
    value: current.value + weight * journey.value,
  });
}

/** Every channel of the journeys with zero credit, in order of first appearance. */
export const emptyCredits = (journeys: readonly Journey[]): Credits =>
  new Map(channelsOf(journeys).map((channel) => [channel, { conversions: 0, value: 0 }]));
