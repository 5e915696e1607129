import { createContext, type ReactNode, useContext } from 'react';
import type { MeasuredLayerData } from './measured.ts';

const MeasuredContext = createContext<MeasuredLayerData | null>(null);

/** Hands the measured layer to the cards of the grid (the compare view has none). */
export function MeasuredProvider({
  value,
  children,
}: {
  readonly value: MeasuredLayerData | null;
  readonly children: ReactNode;
}) {
  return <MeasuredContext value={value}>{children}</MeasuredContext>;
}

/** The measured layer, or null when it is off or has nothing to show. */
export const useMeasured = (): MeasuredLayerData | null => useContext(MeasuredContext);
