import { createContext, type ReactNode, useContext } from 'react';
import type { DraftAction } from './draft.ts';
import type { TouchpointGroup, TouchpointOption } from './touchpoint-options.ts';

/** What every part of the rule editor needs: the way to change the draft, and the choices. */
export interface MappingEditing {
  readonly canEdit: boolean;
  readonly dispatch: (action: DraftAction) => void;
  readonly touchpoints: readonly TouchpointGroup[];
  readonly touchpointById: ReadonlyMap<string, TouchpointOption>;
  /** Names of stages, channels and touchpoints by id (conditions on `stageId` and the like). */
  readonly namesById: ReadonlyMap<string, string>;
  /** Event names and channel keys seen in the data or named by rules, for suggestions. */
  readonly suggestions: {
    readonly events: readonly string[];
    readonly channels: readonly string[];
  };
}

const MappingContext = createContext<MappingEditing | null>(null);

export function MappingProvider({
  value,
  children,
}: {
  readonly value: MappingEditing;
  readonly children: ReactNode;
}) {
  return <MappingContext value={value}>{children}</MappingContext>;
}

export function useMappingEditing(): MappingEditing {
  const editing = useContext(MappingContext);
  if (editing === null) throw new Error('useMappingEditing must be used inside <MappingProvider>');
  return editing;
}
