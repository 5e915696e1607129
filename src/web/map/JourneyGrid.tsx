import { Fragment, type RefObject, useMemo, useRef } from 'react';
import type { Journey, Touchpoint } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { AddChannel, AddStage } from './AddLists.tsx';
import { cellTouchpoints, countBy, groupByCell } from './cells.ts';
import { EmotionAxis, EmotionCurve } from './EmotionCurve.tsx';
import { GridCell } from './GridCell.tsx';
import { at, gridStyle } from './grid-place.ts';
import { ListHeader } from './ListHeader.tsx';
import { useMap } from './MapContext.tsx';
import { ChannelIcon } from './marks.tsx';
import type { CardOptions } from './TouchpointCard.tsx';
import { TransitionArrows } from './TransitionArrows.tsx';
import { useCardBoxes } from './useCardBoxes.ts';

interface JourneyGridProps {
  readonly journey: Journey;
  /** Editors get "+", drag and drop and header tools; viewers and the compare view do not. */
  readonly editable: boolean;
  readonly selectedId: string | null;
  /** While a link is drawn, cards are targets: the map says so with a crosshair. */
  readonly linking?: boolean;
  readonly gridRef?: RefObject<HTMLDivElement | null>;
  readonly onActivate: (touchpoint: Touchpoint) => void;
  readonly onCreated?: (id: string) => void;
}

/** Rows: 1 stage headers, 2 emotion curve, then one lane per channel, then "add a channel". */
const FIRST_LANE_ROW = 3;

/**
 * The journey map: stages as columns, channels as lanes, touchpoints as cards in their cells,
 * the emotion curve above and the transitions drawn over it.
 */
export function JourneyGrid(props: JourneyGridProps) {
  const { journey, editable, selectedId, onActivate } = props;
  const { t } = useI18n();
  const { model } = useMap();
  const ownRef = useRef<HTMLDivElement>(null);
  const gridRef = props.gridRef ?? ownRef;
  const { boxes, register } = useCardBoxes(gridRef);
  const { stages, channels } = model;
  const cells = useMemo(() => groupByCell(journey.touchpoints), [journey.touchpoints]);
  // Stages and channels are shared by all journeys: a removal is refused if any holds cards.
  const holding = useMemo(() => {
    const all = model.journeys.flatMap((item) => item.touchpoints);
    return { stage: countBy(all, 'stageId'), channel: countBy(all, 'channelId') };
  }, [model.journeys]);
  const stageIds = useMemo(() => stages.map((stage) => stage.id), [stages]);
  const channelIds = useMemo(() => channels.map((channel) => channel.id), [channels]);
  const options: CardOptions = { editable, selectedId, marks: undefined, register, onActivate };
  const onCreated = props.onCreated ?? (() => undefined);

  const classes = ['journey-map', props.linking ? 'is-linking' : ''];
  return (
    <div className="map-scroll">
      <section
        ref={gridRef}
        className={classes.filter((name) => name !== '').join(' ')}
        style={gridStyle(stages.length, 1, editable ? 'auto' : null)}
        data-testid="journey-map"
        data-journey-id={journey.id}
        aria-label={t('map.grid.label', { journey: journey.name })}
      >
        <div className="map-corner map-lane-head" style={at(1, 1)}>
          {t('map.grid.channels')}
        </div>
        {stages.map((stage, index) => (
          <ListHeader
            key={stage.id}
            kind="stage"
            item={stage}
            ids={stageIds}
            holding={holding.stage.get(stage.id) ?? 0}
            editable={editable}
            className="map-stage-head"
            style={at(1, index + 2)}
            title={stage.description || undefined}
          >
            <span className="map-stage-number" aria-hidden="true">
              {index + 1}
            </span>
          </ListHeader>
        ))}
        {editable && <AddStage style={at(1, stages.length + 2)} />}
        <EmotionAxis style={at(2, 1)} />
        {stages.length > 0 && (
          <EmotionCurve
            stages={stages}
            touchpoints={journey.touchpoints}
            style={at(2, 2, stages.length)}
          />
        )}
        {channels.map((channel, lane) => (
          <Fragment key={channel.id}>
            <ListHeader
              kind="channel"
              item={channel}
              ids={channelIds}
              holding={holding.channel.get(channel.id) ?? 0}
              editable={editable}
              className="map-lane-head map-channel-head"
              style={at(FIRST_LANE_ROW + lane, 1)}
              title={t(`map.channel.kind.${channel.kind}`)}
            >
              <ChannelIcon kind={channel.kind} />
            </ListHeader>
            {stages.map((stage, index) => (
              <GridCell
                key={stage.id}
                journey={journey}
                stage={stage}
                channel={channel}
                touchpoints={cellTouchpoints(cells, stage.id, channel.id)}
                options={options}
                style={at(FIRST_LANE_ROW + lane, index + 2)}
                onCreated={onCreated}
              />
            ))}
          </Fragment>
        ))}
        {editable && (
          <AddChannel
            style={at(FIRST_LANE_ROW + channels.length, 1, Math.min(3, stages.length + 1))}
          />
        )}
        <TransitionArrows transitions={journey.transitions} boxes={boxes} selectedId={selectedId} />
      </section>
    </div>
  );
}
