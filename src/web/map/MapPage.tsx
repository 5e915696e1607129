import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { MapEditor } from './MapEditor.tsx';
import { useModelEditor } from './useModelEditor.ts';

/**
 * The journey map of a workspace: one persona's journey drawn as a grid of stages and
 * channels, edited in place by editors and owners, read by viewers.
 */
export function MapPage(props: { workspaceId: string; role: 'owner' | 'editor' | 'viewer' }) {
  const { t } = useI18n();
  const editor = useModelEditor(props.workspaceId);
  return (
    <div className="map-page">
      <PageHeading title={t('map.title')} />
      <Loadable resource={editor.resource} onRetry={editor.reload}>
        {(snapshot) => (
          <MapEditor
            workspaceId={props.workspaceId}
            snapshot={snapshot}
            canEdit={props.role !== 'viewer'}
            apply={editor.apply}
          />
        )}
      </Loadable>
    </div>
  );
}
