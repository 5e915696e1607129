import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ApiKeysSection } from './ApiKeysSection.tsx';
import { MembersSection } from './MembersSection.tsx';
import { WorkspaceNameSection } from './WorkspaceNameSection.tsx';

export function SettingsPage({ workspace }: { readonly workspace: Workspace }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('settings.title')} />
      <p className="lead">{workspace.name}</p>
      <WorkspaceNameSection workspace={workspace} />
      <ApiKeysSection workspace={workspace} />
      <MembersSection workspace={workspace} />
    </>
  );
}
