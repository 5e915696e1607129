import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type Box, sameBoxes } from './arrows.ts';

type CardRef = (element: HTMLElement | null) => void;

/**
 * Where each card sits in the map, in pixels from the map's corner, for the arrows drawn over
 * it. Measured after every render and whenever the map or a card changes size (window
 * resized, text wrapped, fonts loaded); an unchanged layout causes no new render.
 */
export function useCardBoxes(gridRef: RefObject<HTMLElement | null>) {
  const cards = useRef(new Map<string, HTMLElement>());
  const refs = useRef(new Map<string, CardRef>());
  const observer = useRef<ResizeObserver | null>(null);
  const [boxes, setBoxes] = useState<ReadonlyMap<string, Box>>(() => new Map());

  const measure = useCallback(() => {
    const grid = gridRef.current;
    if (grid === null) return;
    const origin = grid.getBoundingClientRect();
    const next = new Map<string, Box>();
    for (const [id, card] of cards.current) {
      const rect = card.getBoundingClientRect();
      next.set(id, {
        x: rect.left - origin.left,
        y: rect.top - origin.top,
        width: rect.width,
        height: rect.height,
      });
    }
    setBoxes((previous) => (sameBoxes(previous, next) ? previous : next));
  }, [gridRef]);

  /** A stable ref callback per card, so that re-renders do not re-register every card. */
  const register = useCallback((id: string): CardRef => {
    const known = refs.current.get(id);
    if (known !== undefined) return known;
    const ref: CardRef = (element) => {
      const previous = cards.current.get(id);
      if (previous !== undefined) observer.current?.unobserve(previous);
      if (element === null) {
        cards.current.delete(id);
        refs.current.delete(id);
        return;
      }
      cards.current.set(id, element);
      observer.current?.observe(element);
    };
    refs.current.set(id, ref);
    return ref;
  }, []);

  // No dependency list on purpose: every render may have moved a card.
  useLayoutEffect(() => measure());

  useEffect(() => {
    const grid = gridRef.current;
    if (grid === null || typeof ResizeObserver === 'undefined') return;
    const resize = new ResizeObserver(() => measure());
    observer.current = resize;
    resize.observe(grid);
    for (const card of cards.current.values()) resize.observe(card);
    window.addEventListener('resize', measure);
    void document.fonts?.ready.then(measure);
    return () => {
      resize.disconnect();
      observer.current = null;
      window.removeEventListener('resize', measure);
    };
  }, [gridRef, measure]);

  return { boxes, register };
}
