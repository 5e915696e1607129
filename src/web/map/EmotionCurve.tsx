import type { CSSProperties } from 'react';
import type { Stage, Touchpoint } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type CurvePoint, curveRuns, formatEmotion, stageEmotions } from './emotion.ts';
import { emotionColour } from './marks.tsx';

const WIDTH = 1000;
const HEIGHT = 100;

interface EmotionCurveProps {
  readonly stages: readonly Stage[];
  readonly touchpoints: readonly Touchpoint[];
  /** In the compare view: the current journey, drawn dashed behind the target's curve. */
  readonly ghost?: readonly Touchpoint[] | undefined;
  readonly style: CSSProperties;
}

const polylinePoints = (run: readonly CurvePoint[]): string =>
  run.map((point) => `${point.x * WIDTH},${point.y * HEIGHT}`).join(' ');

/**
 * The mean emotion of each stage, over the stage columns. The drawing stretches with the
 * columns (strokes keep their width); the values are HTML, placed in percent, so they never
 * stretch with it.
 */
export function EmotionCurve({ stages, touchpoints, ghost, style }: EmotionCurveProps) {
  const { t } = useI18n();
  const emotions = stageEmotions(stages, touchpoints);
  const runs = curveRuns(emotions);
  const ghostRuns = ghost === undefined ? [] : curveRuns(stageEmotions(stages, ghost));
  const points = runs.flat();
  const values = emotions
    .map((emotion, index) => {
      const value = emotion.mean === null ? t('map.emotion.noData') : formatEmotion(emotion.mean);
      return `${stages[index]?.name ?? ''} ${value}`;
    })
    .join(', ');
  return (
    <div className="map-emotion" style={style}>
      <div className="map-emotion-plot">
        <svg
          data-testid="emotion-curve"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={t('map.emotion.curve', { values })}
        >
          {stages.slice(1).map((stage, index) => {
            const x = ((index + 1) / stages.length) * WIDTH;
            return (
              <line
                key={stage.id}
                x1={x}
                y1={-20}
                x2={x}
                y2={HEIGHT + 20}
                className="emotion-column"
              />
            );
          })}
          <line x1={0} y1={HEIGHT / 2} x2={WIDTH} y2={HEIGHT / 2} className="emotion-zero" />
          {ghostRuns.map((run) => (
            <polyline
              key={`ghost-${run[0]?.stageId}`}
              points={polylinePoints(run)}
              className="emotion-line emotion-line-ghost"
            />
          ))}
          {ghostRuns.flat().map((point) => (
            <line
              key={`ghost-${point.stageId}`}
              x1={point.x * WIDTH}
              y1={point.y * HEIGHT}
              x2={point.x * WIDTH}
              y2={point.y * HEIGHT}
              className="emotion-point emotion-point-ghost"
            />
          ))}
          {runs.map((run) => (
            <polyline key={run[0]?.stageId} points={polylinePoints(run)} className="emotion-line" />
          ))}
          {points.map((point) => (
            // A zero-length line with round caps: a dot that the stretching cannot flatten.
            <line
              key={point.stageId}
              x1={point.x * WIDTH}
              y1={point.y * HEIGHT}
              x2={point.x * WIDTH}
              y2={point.y * HEIGHT}
              className="emotion-point"
              stroke={emotionColour(point.mean)}
            />
          ))}
        </svg>
        {points.map((point) => (
          <span
            key={point.stageId}
            className={point.y < 0.3 ? 'emotion-value emotion-value-below' : 'emotion-value'}
            style={{ left: `${point.x * 100}%`, top: `${point.y * 100}%` }}
            aria-hidden="true"
          >
            {formatEmotion(point.mean)}
          </span>
        ))}
      </div>
    </div>
  );
}

/** The lane header of the curve: its name and the −3…+3 scale, aligned with the plot. */
export function EmotionAxis({ style }: { readonly style: CSSProperties }) {
  const { t } = useI18n();
  return (
    <div className="map-lane-head map-emotion-head" style={style}>
      <span className="map-head-label">{t('map.emotion')}</span>
      <div className="map-emotion-plot emotion-axis" aria-hidden="true">
        <span style={{ top: '0%' }}>+3</span>
        <span style={{ top: '50%' }}>0</span>
        <span style={{ top: '100%' }}>−3</span>
      </div>
    </div>
  );
}
