import './charts.ts';
import { useState } from 'react';
import type { Workspace } from '../api/workspaces.ts';
import { Loadable } from '../ui/Loadable.tsx';
import { ActionsTab } from './ActionsTab.tsx';
import { MatricesTab } from './MatricesTab.tsx';
import { PlanTab } from './PlanTab.tsx';
import { type PrioritiseTab, Tabs } from './Tabs.tsx';
import { usePrioritiseData } from './usePrioritiseData.ts';

/** The page's content once the charts library is loaded: data, tabs and their panels. */
export function PrioritiseView({ workspace }: { readonly workspace: Workspace }) {
  const data = usePrioritiseData(workspace.id);
  const [tab, setTab] = useState<PrioritiseTab>('matrices');
  const [editing, setEditing] = useState<string | null>(null);
  const canEdit = workspace.role !== 'viewer';
  return (
    <Loadable resource={data.resource} onRetry={data.reload}>
      {(loaded) => (
        <>
          <Tabs current={tab} onChange={setTab} counts={{ actions: loaded.actions.length }} />
          <div
            role="tabpanel"
            id={`prioritise-panel-${tab}`}
            aria-labelledby={`prioritise-tab-${tab}`}
          >
            {tab === 'matrices' && (
              <MatricesTab
                workspaceId={workspace.id}
                data={loaded}
                canEdit={canEdit}
                update={data.update}
                onEditAction={(id) => {
                  setEditing(id);
                  setTab('actions');
                }}
              />
            )}
            {tab === 'actions' && (
              <ActionsTab
                workspaceId={workspace.id}
                data={loaded}
                canEdit={canEdit}
                update={data.update}
                editing={editing}
                onEditing={setEditing}
              />
            )}
            {tab === 'plan' && (
              <PlanTab
                workspaceId={workspace.id}
                data={loaded}
                canEdit={canEdit}
                update={data.update}
              />
            )}
          </div>
        </>
      )}
    </Loadable>
  );
}
