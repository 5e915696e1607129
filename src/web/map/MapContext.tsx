import { createContext, type ReactNode, useContext } from 'react';
import type { ModelOp } from '../../model/ops-schema.ts';
import type { WorkspaceModel } from '../../model/schema.ts';
import type { OpsResult } from '../api/model.ts';

export interface MapContextValue {
  readonly workspaceId: string;
  readonly model: WorkspaceModel;
  readonly canEdit: boolean;
  /** Sends ops; throws when refused, for callers that show the problem themselves. */
  readonly apply: (ops: readonly ModelOp[]) => Promise<OpsResult>;
  /** Sends ops whose refusal has no field to show it: the page's alert explains it. */
  readonly run: (ops: readonly ModelOp[]) => Promise<OpsResult | null>;
}

const MapContext = createContext<MapContextValue | null>(null);

/** The model and the ways to edit it, for every part of the map without prop drilling. */
export function MapProvider({
  value,
  children,
}: {
  readonly value: MapContextValue;
  readonly children: ReactNode;
}) {
  return <MapContext value={value}>{children}</MapContext>;
}

export function useMap(): MapContextValue {
  const value = useContext(MapContext);
  if (value === null) throw new Error('useMap must be used inside <MapProvider>');
  return value;
}
