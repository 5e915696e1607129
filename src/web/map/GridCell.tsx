import type { CSSProperties } from 'react';
import type { Channel, Journey, Stage, Touchpoint } from '../../model/schema.ts';
import { AddTouchpoint } from './AddTouchpoint.tsx';
import { useMap } from './MapContext.tsx';
import { moveTouchpoint } from './map-ops.ts';
import { type CardOptions, TouchpointCard } from './TouchpointCard.tsx';
import { useDropTarget } from './useDragDrop.ts';

interface GridCellProps {
  readonly journey: Journey;
  readonly stage: Stage;
  readonly channel: Channel;
  readonly touchpoints: readonly Touchpoint[];
  readonly options: CardOptions;
  readonly style: CSSProperties;
  readonly onCreated: (id: string) => void;
}

/** Where a stage and a channel cross: its cards, a place to drop cards, and "+". */
export function GridCell(props: GridCellProps) {
  const { journey, stage, channel, touchpoints, options, style, onCreated } = props;
  const { run } = useMap();
  const drop = useDropTarget('touchpoint', options.editable, (id) => {
    const touchpoint = journey.touchpoints.find((item) => item.id === id);
    const op = touchpoint && moveTouchpoint(journey.id, touchpoint, stage.id, channel.id);
    if (op) void run([op]);
  });
  return (
    <div
      className={drop.over ? 'map-cell is-drop-target' : 'map-cell'}
      style={style}
      data-stage-id={stage.id}
      data-channel-id={channel.id}
      {...drop.targetProps}
    >
      {touchpoints.map((touchpoint) => (
        <TouchpointCard key={touchpoint.id} touchpoint={touchpoint} options={options} />
      ))}
      {options.editable && (
        <AddTouchpoint
          journeyId={journey.id}
          stage={stage}
          channel={channel}
          onCreated={onCreated}
        />
      )}
    </div>
  );
}
