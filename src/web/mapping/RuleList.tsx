import type { MappingRule } from '../../mapping/rules.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { blankRule, newRuleId } from './draft.ts';
import { useMappingEditing } from './MappingContext.tsx';
import { RuleRow } from './RuleRow.tsx';

interface RuleListProps {
  readonly rules: readonly MappingRule[];
  /** Events each rule wins, by rule id; null before the first preview. */
  readonly counts: ReadonlyMap<string, number> | null;
  readonly total: number;
  readonly editingId: string | null;
  readonly onEditing: (ruleId: string | null) => void;
  /** Save refusals by rule position. */
  readonly errors: ReadonlyMap<
    number,
    readonly { readonly path: string; readonly message: string }[]
  >;
}

/** The ordered rules, each with the events it wins; a new rule goes to the end. */
export function RuleList({ rules, counts, total, editingId, onEditing, errors }: RuleListProps) {
  const { t } = useI18n();
  const { canEdit, dispatch } = useMappingEditing();
  const add = () => {
    const id = newRuleId();
    dispatch({ kind: 'add', rule: blankRule(id, t('mapping.rules.newName')) });
    onEditing(id);
  };

  return (
    <section className="card stack" aria-labelledby="mapping-rules-title">
      <div className="mapping-section-head">
        <div>
          <h2 id="mapping-rules-title">{t('mapping.rules.title')}</h2>
          <p className="lead">{t('mapping.rules.intro')}</p>
        </div>
        {canEdit && (
          <button type="button" className="button" data-testid="rule-add" onClick={add}>
            {t('mapping.rules.add')}
          </button>
        )}
      </div>
      {rules.length === 0 ? (
        <p className="muted">{t('mapping.rules.empty')}</p>
      ) : (
        <ol className="mapping-rules" data-testid="mapping-rules">
          {rules.map((rule, index) => (
            <RuleRow
              key={rule.id}
              rule={rule}
              position={index + 1}
              last={index === rules.length - 1}
              matched={counts === null ? null : (counts.get(rule.id) ?? 0)}
              total={total}
              editing={editingId === rule.id}
              onEditing={(editing) => onEditing(editing ? rule.id : null)}
              errors={(errors.get(index) ?? []).map((error) =>
                error.path === '' ? error.message : `${error.path}: ${error.message}`,
              )}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
