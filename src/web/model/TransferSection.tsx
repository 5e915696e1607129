import { useId } from 'react';
import { modelExportUrl } from '../api/model-admin.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useModelDocument } from './ModelContext.tsx';
import { ModelImport } from './ModelImport.tsx';
import { TouchpointsImport } from './TouchpointsImport.tsx';

/** Import and export: the whole model as JSON, and touchpoints as CSV/XLSX. */
export function TransferSection() {
  const { t } = useI18n();
  const { workspaceId, canEdit } = useModelDocument();
  const titleId = useId();
  const modelId = useId();
  const touchpointsId = useId();
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="section-transfer">
      <h2 id={titleId}>{t('transfer.title')}</h2>
      <section className="subform stack" aria-labelledby={modelId}>
        <div>
          <h3 id={modelId}>{t('transfer.model.title')}</h3>
          <p className="lead">{t('transfer.model.intro')}</p>
        </div>
        <p>
          <a
            className="button"
            href={modelExportUrl(workspaceId)}
            download
            data-testid="export-model"
          >
            {t('transfer.model.export')}
          </a>
        </p>
        {canEdit && <ModelImport />}
      </section>
      <section className="subform stack" aria-labelledby={touchpointsId}>
        <div>
          <h3 id={touchpointsId}>{t('transfer.touchpoints.title')}</h3>
          <p className="lead">{t('transfer.touchpoints.intro')}</p>
        </div>
        <TouchpointsImport />
      </section>
    </section>
  );
}
