import type { Journey, WorkspaceModel } from '../../../model/schema.ts';
import type { FilterState } from '../query-state.ts';

export interface DiagnosisTabProps {
  readonly workspaceId: string;
  readonly model: WorkspaceModel;
  readonly journey: Journey;
  readonly filters: FilterState;
  readonly onClearFilters: () => void;
}

/** STUB: replaced by the diagnosis tab. */
export function DiagnosisTab(_props: DiagnosisTabProps) {
  return <div className="analytics-tab-body" data-testid="diagnosis-tab" />;
}
