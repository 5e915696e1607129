import { Fragment, useId, useMemo, useRef } from 'react';
import type { Journey, WorkspaceModel } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Box } from '../map/arrows.ts';
import { cellKey } from '../map/cells.ts';
import { at, gridStyle } from '../map/grid-place.ts';
import { ChannelIcon } from '../map/marks.tsx';
import { useCardBoxes } from '../map/useCardBoxes.ts';
import { timelineGrid, type Visit } from './timeline.ts';
import { visitSegments } from './visit-path.ts';

/** Half the size of a visit badge (CSS: 1.5rem = 24 px), where the path stops. */
const BADGE_RADIUS = 12;

interface TimelineGridProps {
  readonly model: WorkspaceModel;
  readonly journey: Journey;
  readonly visits: readonly Visit[];
  /** A visit to bring forward (hovered here or in the list): its badge and its two segments. */
  readonly focused: number | null;
  readonly onFocus: (order: number | null) => void;
}

/**
 * The journey's stage × channel grid, read-only, with the customer's visits as numbered
 * badges on the touchpoints and a line that follows them in time order.
 */
export function TimelineGrid({ model, journey, visits, focused, onFocus }: TimelineGridProps) {
  const { t, formatDateTime } = useI18n();
  const gridRef = useRef<HTMLElement>(null);
  const { boxes, register } = useCardBoxes(gridRef);
  const grid = useMemo(() => timelineGrid(model, journey, visits), [model, journey, visits]);
  const visitByOrder = useMemo(() => new Map(visits.map((v) => [v.order, v])), [visits]);
  const segments = useMemo(() => {
    const byOrder = new Map<number, Box>();
    for (const [key, box] of boxes) byOrder.set(Number(key.slice(1)), box);
    return visitSegments(byOrder, visits.length, BADGE_RADIUS);
  }, [boxes, visits.length]);
  const marker = `visit-arrow${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  return (
    <div className="map-scroll">
      <section
        ref={gridRef}
        className={
          focused === null ? 'journey-map timeline-map' : 'journey-map timeline-map has-focus'
        }
        style={gridStyle(grid.stages.length, 1, null)}
        aria-label={t('customer.journey.grid', { journey: journey.name })}
        data-testid="timeline-grid"
        data-journey-id={journey.id}
      >
        <div className="map-corner map-lane-head" style={at(1, 1)}>
          {t('map.grid.channels')}
        </div>
        {grid.stages.map((stage, index) => (
          <div key={stage.id} className="map-stage-head" style={at(1, index + 2)}>
            <div className="map-head-name">
              <span className="map-stage-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="map-head-label">{stage.name}</span>
            </div>
          </div>
        ))}
        {grid.lanes.map((channel, lane) => (
          <Fragment key={channel.id}>
            <div className="map-lane-head map-channel-head" style={at(lane + 2, 1)}>
              <div className="map-head-name">
                <ChannelIcon kind={channel.kind} />
                <span className="map-head-label">{channel.name}</span>
              </div>
            </div>
            {grid.stages.map((stage, index) => (
              <div
                key={stage.id}
                className="map-cell timeline-cell"
                style={at(lane + 2, index + 2)}
              >
                {(grid.cells.get(cellKey(stage.id, channel.id)) ?? []).map(
                  ({ touchpoint, visits: numbers }) => (
                    <div
                      key={touchpoint.id}
                      className={
                        numbers.length > 0
                          ? 'timeline-touchpoint is-visited'
                          : 'timeline-touchpoint'
                      }
                      data-testid="timeline-touchpoint"
                      data-visited={numbers.length > 0}
                    >
                      <span className="timeline-touchpoint-name">{touchpoint.name}</span>
                      {numbers.length > 0 && (
                        <ol className="visit-badges">
                          {numbers.map((order) => {
                            const visit = visitByOrder.get(order);
                            const label = t('customer.journey.visitAt', {
                              order,
                              touchpoint: touchpoint.name,
                              date:
                                visit === undefined ? '' : formatDateTime(visit.event.timestamp),
                            });
                            return (
                              <li
                                key={order}
                                ref={register(`v${order}`)}
                                className={
                                  order === focused ? 'visit-badge is-focused' : 'visit-badge'
                                }
                                title={label}
                                onMouseEnter={() => onFocus(order)}
                                onMouseLeave={() => onFocus(null)}
                                aria-label={label}
                                data-testid="visit-badge"
                              >
                                {order}
                              </li>
                            );
                          })}
                        </ol>
                      )}
                    </div>
                  ),
                )}
              </div>
            ))}
          </Fragment>
        ))}
        <svg className="map-arrows visit-path" aria-hidden="true" focusable="false">
          <defs>
            <marker
              id={marker}
              viewBox="0 0 10 10"
              refX="8"
              refY="5"
              markerWidth="6"
              markerHeight="6"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" className="visit-path-head" />
            </marker>
          </defs>
          {segments.map((segment) => (
            <path
              key={segment.from}
              d={segment.d}
              className={
                focused === segment.from || focused === segment.from + 1
                  ? 'visit-path-line is-focused'
                  : 'visit-path-line'
              }
              markerEnd={`url(#${marker})`}
              data-testid="visit-segment"
            />
          ))}
        </svg>
      </section>
    </div>
  );
}
