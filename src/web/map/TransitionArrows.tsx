import { useId } from 'react';
import type { Transition } from '../../model/schema.ts';
import { arrowGeometry, type Box } from './arrows.ts';

interface TransitionArrowsProps {
  readonly transitions: readonly Transition[];
  readonly boxes: ReadonlyMap<string, Box>;
  /** Arrows from or to this card are drawn stronger, with their labels (all labels at once
   * would bury the map). */
  readonly selectedId: string | null;
}

/**
 * The transitions of the journey, drawn from card to card over the grid; impossible moves
 * are dashed red. Decorative for screen readers: the panel lists every transition in words.
 */
export function TransitionArrows({ transitions, boxes, selectedId }: TransitionArrowsProps) {
  // Marker ids must be unique per map (the compare view shows two) and valid in url(#…).
  const prefix = `arrow${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <svg className="map-arrows" aria-hidden="true" focusable="false">
      <defs>
        {(['possible', 'impossible'] as const).map((kind) => (
          <marker
            key={kind}
            id={`${prefix}-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className={`arrow-head arrow-head-${kind}`} />
          </marker>
        ))}
      </defs>
      {transitions.map((transition) => {
        const from = boxes.get(transition.fromId);
        const to = boxes.get(transition.toId);
        if (from === undefined || to === undefined) return null;
        const arrow = arrowGeometry(from, to);
        const kind = transition.possible ? 'possible' : 'impossible';
        const active = selectedId === transition.fromId || selectedId === transition.toId;
        return (
          <g
            key={transition.id}
            data-testid="transition-arrow"
            data-transition-id={transition.id}
            data-possible={String(transition.possible)}
            className={
              active ? 'arrow arrow-active' : selectedId === null ? 'arrow' : 'arrow arrow-faded'
            }
          >
            <path
              d={arrow.d}
              className={`arrow-line arrow-${kind}`}
              markerEnd={`url(#${prefix}-${kind})`}
            />
            {active && transition.label !== '' && (
              <text x={arrow.middle.x} y={arrow.middle.y - 6} className="arrow-label">
                {transition.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
