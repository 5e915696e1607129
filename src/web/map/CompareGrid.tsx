import { Fragment } from 'react';
import type { Journey, JourneyState, Touchpoint } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type CellMap, cellTouchpoints, groupByCell } from './cells.ts';
import type { CompareMarks } from './compare.ts';
import { EmotionAxis, EmotionCurve } from './EmotionCurve.tsx';
import { at, gridStyle } from './grid-place.ts';
import { ListHeader } from './ListHeader.tsx';
import { useMap } from './MapContext.tsx';
import { ChannelIcon } from './marks.tsx';
import { type CardOptions, TouchpointCard } from './TouchpointCard.tsx';

interface CompareGridProps {
  readonly current: Journey;
  readonly target: Journey;
  readonly marks: CompareMarks;
  readonly onOpen: (state: JourneyState, touchpoint: Touchpoint) => void;
}

const NO_REF = () => undefined;
const STATES = ['current', 'target'] as const;
/** Rows: stage names, "current | target", emotion curves, then one lane per channel. */
const FIRST_LANE_ROW = 4;

/**
 * Current and target side by side inside every stage and lane, so that each difference sits
 * next to what it replaces: new cards outlined in green, changed ones with their verdict.
 */
export function CompareGrid({ current, target, marks, onOpen }: CompareGridProps) {
  const { t } = useI18n();
  const { model } = useMap();
  const { stages, channels } = model;
  const sides: Record<(typeof STATES)[number], { cells: CellMap; options: CardOptions }> = {
    current: {
      cells: groupByCell(current.touchpoints),
      options: {
        editable: false,
        selectedId: null,
        marks: marks.current,
        register: () => NO_REF,
        onActivate: (touchpoint) => onOpen('current', touchpoint),
      },
    },
    target: {
      cells: groupByCell(target.touchpoints),
      options: {
        editable: false,
        selectedId: null,
        marks: marks.target,
        register: () => NO_REF,
        onActivate: (touchpoint) => onOpen('target', touchpoint),
      },
    },
  };
  const stageIds = stages.map((stage) => stage.id);
  const channelIds = channels.map((channel) => channel.id);

  return (
    <div className="map-scroll">
      <section
        className="journey-map compare-map"
        style={gridStyle(stages.length, 2, null)}
        data-testid="compare-map"
        aria-label={t('map.compare.title')}
      >
        <div className="map-corner map-lane-head" style={{ ...at(1, 1), gridRow: '1 / span 2' }}>
          {t('map.grid.channels')}
        </div>
        {stages.map((stage, index) => (
          <Fragment key={stage.id}>
            <ListHeader
              kind="stage"
              item={stage}
              ids={stageIds}
              holding={0}
              editable={false}
              className="map-stage-head compare-stage-head"
              style={at(1, 2 + index * 2, 2)}
            >
              <span className="map-stage-number" aria-hidden="true">
                {index + 1}
              </span>
            </ListHeader>
            {STATES.map((state, side) => (
              <div
                key={state}
                className={`compare-side-head compare-side-${state}`}
                style={at(2, 2 + index * 2 + side)}
              >
                {t(`map.state.${state}`)}
              </div>
            ))}
          </Fragment>
        ))}
        <EmotionAxis style={at(3, 1)} />
        {stages.length > 0 && (
          <EmotionCurve
            stages={stages}
            touchpoints={target.touchpoints}
            ghost={current.touchpoints}
            style={at(3, 2, stages.length * 2)}
          />
        )}
        {channels.map((channel, lane) => (
          <Fragment key={channel.id}>
            <ListHeader
              kind="channel"
              item={channel}
              ids={channelIds}
              holding={0}
              editable={false}
              className="map-lane-head map-channel-head"
              style={at(FIRST_LANE_ROW + lane, 1)}
              title={t(`map.channel.kind.${channel.kind}`)}
            >
              <ChannelIcon kind={channel.kind} />
            </ListHeader>
            {stages.map((stage, index) =>
              STATES.map((state, side) => (
                <div
                  key={`${stage.id}-${state}`}
                  className={`map-cell compare-cell compare-cell-${state}`}
                  style={at(FIRST_LANE_ROW + lane, 2 + index * 2 + side)}
                >
                  {cellTouchpoints(sides[state].cells, stage.id, channel.id).map((touchpoint) => (
                    <TouchpointCard
                      key={touchpoint.id}
                      touchpoint={touchpoint}
                      options={sides[state].options}
                    />
                  ))}
                </div>
              )),
            )}
          </Fragment>
        ))}
      </section>
    </div>
  );
}
