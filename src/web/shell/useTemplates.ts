import { useApi } from '../api/ApiContext.tsx';
import {
  listTemplates,
  TEMPLATE_KEYS,
  type TemplateKey,
  type WorkspaceTemplate,
} from '../api/model-admin.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useResource } from '../ui/useResource.ts';

export interface Templates {
  /** The server's templates in the interface language; just "empty" until they arrive. */
  readonly list: readonly WorkspaceTemplate[];
  /** A select's value as a template key; anything unknown is the empty model. */
  readonly keyOf: (value: string) => TemplateKey;
}

const isTemplateKey = (value: string): value is TemplateKey =>
  (TEMPLATE_KEYS as readonly string[]).includes(value);

/**
 * The workspace templates offered when creating a workspace. Creating an empty one must work
 * even when the list cannot be loaded, so a failure leaves only the empty model to choose.
 */
export function useTemplates(): Templates {
  const { t, lang } = useI18n();
  const api = useApi();
  const [resource] = useResource(lang, (signal) =>
    listTemplates(api, lang, signal).then((answer) => answer.templates),
  );
  const empty: WorkspaceTemplate = {
    key: 'empty',
    name: t('newWorkspace.template.empty'),
    description: '',
  };
  const loaded =
    resource.status === 'ready' ? resource.data.filter((item) => isTemplateKey(item.key)) : [];
  return {
    list: loaded.length > 0 ? loaded : [empty],
    keyOf: (value) => (isTemplateKey(value) ? value : 'empty'),
  };
}
