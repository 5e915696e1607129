import { type DragEvent, useState } from 'react';
import { carries, DRAG_TYPES, type DragKind } from './reorder.ts';

/** Props that make an element draggable as an item of this kind. */
export function dragSource(kind: DragKind, id: string, enabled: boolean) {
  if (!enabled) return {};
  return {
    draggable: true,
    onDragStart: (event: DragEvent<HTMLElement>) => {
      event.dataTransfer.setData(DRAG_TYPES[kind], id);
      event.dataTransfer.effectAllowed = 'move';
    },
  };
}

/**
 * Props that make an element accept dropped items of one kind, and whether one hovers over it
 * (to outline the place). Other kinds of drags are not accepted, so they show "no drop".
 */
export function useDropTarget(kind: DragKind, enabled: boolean, onDrop: (id: string) => void) {
  const [over, setOver] = useState(false);
  if (!enabled) return { over: false, targetProps: {} };
  const accepts = (event: DragEvent<HTMLElement>) => carries(event.dataTransfer.types, kind);
  const targetProps = {
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!accepts(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (!over) setOver(true);
    },
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      // Moving over a child element leaves the parent too: only leaving it entirely counts.
      const next = event.relatedTarget;
      if (!(next instanceof Node && event.currentTarget.contains(next))) setOver(false);
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      if (!accepts(event)) return;
      event.preventDefault();
      setOver(false);
      const id = event.dataTransfer.getData(DRAG_TYPES[kind]);
      if (id !== '') onDrop(id);
    },
  };
  return { over, targetProps };
}
