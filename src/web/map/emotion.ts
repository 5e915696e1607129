/**
 * The emotion curve above the map: the mean emotion (−3…+3) of each stage's touchpoints,
 * drawn as lines that break where a stage has no emotion recorded.
 */
import type { Stage, Touchpoint } from '../../model/schema.ts';

export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;

export interface StageEmotion {
  readonly stageId: string;
  readonly mean: number | null;
  /** How many touchpoints of the stage carry an emotion. */
  readonly count: number;
}

export function stageEmotions(
  stages: readonly Stage[],
  touchpoints: readonly Touchpoint[],
): StageEmotion[] {
  return stages.map((stage) => {
    const values = touchpoints
      .filter((touchpoint) => touchpoint.stageId === stage.id)
      .flatMap((touchpoint) => (touchpoint.emotion === null ? [] : [touchpoint.emotion]));
    const mean = values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
    return { stageId: stage.id, mean, count: values.length };
  });
}

/** A point of the curve, with x and y as fractions (0–1) of the drawing's width and height. */
export interface CurvePoint {
  readonly stageId: string;
  readonly x: number;
  readonly y: number;
  readonly mean: number;
}

/** +3 at the top, −3 at the bottom. */
export const emotionY = (value: number): number =>
  (EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN);

/**
 * Runs of consecutive stages that have data; each run is drawn as one polyline, so a stage
 * without data leaves a gap instead of a line pretending to know. x is the column's centre.
 */
export function curveRuns(emotions: readonly StageEmotion[]): CurvePoint[][] {
  const runs: CurvePoint[][] = [];
  let run: CurvePoint[] = [];
  emotions.forEach((emotion, index) => {
    if (emotion.mean === null) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    const x = (index + 0.5) / emotions.length;
    run.push({ stageId: emotion.stageId, x, y: emotionY(emotion.mean), mean: emotion.mean });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** "+1.5", "−2", "0": one decimal at most, a true minus sign, a plus for positive values. */
export function formatEmotion(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0';
  const digits = String(Math.abs(rounded));
  return rounded > 0 ? `+${digits}` : `\u2212${digits}`;
}
