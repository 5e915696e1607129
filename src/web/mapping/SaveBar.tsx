import type { MappingRuleSet } from '../../mapping/rules.ts';
import type { Problem } from '../api/problem.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { formatCount, formatShare } from './format.ts';
import type { LivePreview } from './useLivePreview.ts';

/** Field errors about one rule are shown beside it, not here. */
const RULE_FIELD = /\/rules\/\d+/;

interface SaveBarProps {
  readonly saved: MappingRuleSet;
  readonly preview: LivePreview;
  readonly dirty: boolean;
  readonly canEdit: boolean;
  readonly saving: boolean;
  readonly justSaved: boolean;
  readonly problem: Problem | null;
  readonly onSave: () => void;
  readonly onDiscard: () => void;
  readonly onReload: () => void;
}

/** The period's figures for the current draft, and saving or discarding it. Stays in view. */
export function SaveBar(props: SaveBarProps) {
  const { saved, preview, dirty, canEdit, saving, justSaved, problem } = props;
  const { t, lang, formatDateTime } = useI18n();
  const data = preview.data;
  const mapped = data === null ? 0 : data.total - data.unmapped;
  const conflict = problem?.status === 409;

  return (
    <section className="card mapping-bar-card" aria-live="polite" data-testid="mapping-summary">
      <div className="mapping-stats">
        <p className="mapping-window">
          {data === null
            ? t('common.loading')
            : data.latestEventAt === null
              ? t('mapping.window.none')
              : t('mapping.window', { date: formatDateTime(data.latestEventAt) })}
          {preview.pending && data !== null && (
            <span className="mapping-updating"> · {t('mapping.updating')}</span>
          )}
        </p>
        {data !== null && data.total > 0 && (
          <dl className="mapping-figures">
            <div>
              <dt>{t('mapping.stat.events')}</dt>
              <dd data-testid="stat-total">{formatCount(lang, data.total)}</dd>
            </div>
            <div>
              <dt>{t('mapping.stat.mapped')}</dt>
              <dd data-testid="stat-mapped">{formatShare(lang, mapped, data.total)}</dd>
            </div>
            <div data-warn={data.unmapped > 0 || undefined}>
              <dt>{t('mapping.stat.unmapped')}</dt>
              <dd data-testid="stat-unmapped">{formatCount(lang, data.unmapped)}</dd>
            </div>
          </dl>
        )}
      </div>
      {canEdit && (
        <div className="mapping-actions">
          {dirty && <span className="mapping-dirty">{t('mapping.unsaved')}</span>}
          <button
            type="button"
            className="button button-quiet"
            data-testid="mapping-discard"
            disabled={!dirty || saving}
            onClick={props.onDiscard}
          >
            {t('mapping.discard')}
          </button>
          <button
            type="button"
            className="button button-primary"
            data-testid="mapping-save"
            disabled={(!dirty && !saved.isDefault) || saving}
            onClick={props.onSave}
          >
            {saving ? t('mapping.saving') : t('mapping.save')}
          </button>
        </div>
      )}
      <div className="mapping-messages">
        <ProblemAlert problem={preview.problem} />
        {conflict ? (
          <div className="alert alert-error" role="alert" data-testid="mapping-conflict">
            <p>{t('mapping.conflict')}</p>
            <button type="button" className="button" onClick={props.onReload}>
              {t('mapping.reload')}
            </button>
          </div>
        ) : (
          <ProblemAlert
            problem={problem}
            placed={(problem?.errors ?? [])
              .map((e) => e.field)
              .filter((field) => RULE_FIELD.test(field))}
          />
        )}
        {justSaved && !dirty && (
          <p className="alert alert-success" data-testid="mapping-saved">
            {t('mapping.saved')}
          </p>
        )}
      </div>
    </section>
  );
}
