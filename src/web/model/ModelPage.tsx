import { useCallback } from 'react';
import type { ModelOp } from '../../model/ops-schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import { applyModelOps, getModel, type ModelSnapshot } from '../api/model.ts';
import { ApiError } from '../api/problem.ts';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useResource } from '../ui/useResource.ts';
import { CurrencySection } from './CurrencySection.tsx';
import {
  ChannelsSection,
  ObjectivesSection,
  PhasesSection,
  StagesSection,
} from './ListSections.tsx';
import { type ModelDocument, ModelProvider } from './ModelContext.tsx';
import { canEditModel } from './model-ops.ts';
import { tidyOpProblem } from './op-errors.ts';
import { PersonasSection } from './PersonasSection.tsx';
import { TransferSection } from './TransferSection.tsx';

/** Personas, the model's lists, the currency, and import/export of the whole model. */
export function ModelPage({ workspace }: { readonly workspace: Workspace }) {
  const { t } = useI18n();
  const api = useApi();
  const workspaceId = workspace.id;
  const [resource, { reload, update }] = useResource(workspaceId, (signal) =>
    getModel(api, workspaceId, signal),
  );
  const replace = useCallback((snapshot: ModelSnapshot) => update(() => snapshot), [update]);
  const apply = useCallback(
    async (ops: readonly ModelOp[]) => {
      if (ops.length === 0) return;
      try {
        const { version, model } = await applyModelOps(api, workspaceId, ops);
        replace({ version, model });
      } catch (error) {
        throw error instanceof ApiError ? new ApiError(tidyOpProblem(error.problem)) : error;
      }
    },
    [api, workspaceId, replace],
  );
  const canEdit = canEditModel(workspace.role);

  return (
    <>
      <PageHeading title={t('model.title')} />
      <p className="lead">{t('model.intro')}</p>
      {!canEdit && <p className="alert alert-info model-readonly">{t('model.readOnly')}</p>}
      <Loadable resource={resource} onRetry={reload}>
        {(snapshot) => (
          <ModelSections document={{ workspaceId, snapshot, canEdit, apply, replace }} />
        )}
      </Loadable>
    </>
  );
}

function ModelSections({ document }: { readonly document: ModelDocument }) {
  return (
    <ModelProvider document={document}>
      <PersonasSection />
      <PhasesSection />
      <StagesSection />
      <ChannelsSection />
      <ObjectivesSection />
      <CurrencySection />
      <TransferSection />
    </ModelProvider>
  );
}
