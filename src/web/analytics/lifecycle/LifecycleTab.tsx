import type { Journey, WorkspaceModel } from '../../../model/schema.ts';
import type { FilterState } from '../query-state.ts';

export interface LifecycleTabProps {
  readonly workspaceId: string;
  readonly model: WorkspaceModel;
  readonly journey: Journey;
  readonly filters: FilterState;
  readonly onClearFilters: () => void;
}

/** STUB: replaced by the lifecycle tab. */
export function LifecycleTab(_props: LifecycleTabProps) {
  return <div className="analytics-tab-body" data-testid="lifecycle-tab" />;
}
