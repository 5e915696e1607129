import type { Journey, WorkspaceModel } from '../../../model/schema.ts';
import type { FilterState } from '../query-state.ts';

export interface AttributionTabProps {
  readonly workspaceId: string;
  readonly model: WorkspaceModel;
  readonly journey: Journey;
  readonly filters: FilterState;
  readonly onClearFilters: () => void;
}

/** STUB: replaced by the attribution tab. */
export function AttributionTab(_props: AttributionTabProps) {
  return <div className="analytics-tab-body" data-testid="attribution-tab" />;
}
