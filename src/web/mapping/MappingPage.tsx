import type { MappingRuleSet } from '../../mapping/rules.ts';
import type { WorkspaceModel } from '../../model/schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import { getModel } from '../api/model.ts';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useResource } from '../ui/useResource.ts';
import { MappingEditor } from './MappingEditor.tsx';
import { getMappingRules } from './mapping-api.ts';

export interface MappingData {
  readonly set: MappingRuleSet;
  readonly model: WorkspaceModel;
}

/**
 * The event → touchpoint mapping rules of a workspace: an ordered list edited as a draft,
 * with a live preview of what the draft maps in the recent events, saved all at once.
 */
export function MappingPage({ workspace }: { readonly workspace: Workspace }) {
  const { t } = useI18n();
  const api = useApi();
  const workspaceId = workspace.id;
  const [resource, { reload }] = useResource(workspaceId, async (signal) => {
    const [set, snapshot] = await Promise.all([
      getMappingRules(api, workspaceId, signal),
      getModel(api, workspaceId, signal),
    ]);
    return { set, model: snapshot.model };
  });
  const canEdit = workspace.role !== 'viewer';

  return (
    <>
      <PageHeading title={t('mapping.title')} />
      <p className="lead">{t('mapping.intro')}</p>
      {!canEdit && <p className="alert alert-info mapping-note">{t('mapping.readOnly')}</p>}
      <Loadable resource={resource} onRetry={reload}>
        {(data: MappingData) => (
          <MappingEditor
            key={`${data.set.version}:${data.set.updatedAt ?? ''}`}
            workspaceId={workspaceId}
            data={data}
            canEdit={canEdit}
            onReload={reload}
          />
        )}
      </Loadable>
    </>
  );
}
