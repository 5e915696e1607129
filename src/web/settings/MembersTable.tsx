import { useId } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { changeMemberRole, isRole, type Member, ROLES, removeMember } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmAction } from '../ui/ConfirmAction.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';

interface MembersTableProps {
  readonly workspaceId: string;
  readonly members: readonly Member[];
  readonly currentUserId: string;
  readonly canEdit: boolean;
  readonly onChanged: (member: Member) => void;
  readonly onRemoved: (member: Member) => void;
}

export function MembersTable(props: MembersTableProps) {
  const { members, currentUserId, canEdit } = props;
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table data-testid="members-table">
        <thead>
          <tr>
            <th scope="col">{t('members.col.name')}</th>
            <th scope="col">{t('members.col.email')}</th>
            <th scope="col">{t('members.col.role')}</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.userId} data-testid="member-row">
              <th scope="row">
                {member.name}
                {member.userId === currentUserId && <span className="tag">{t('common.you')}</span>}
              </th>
              <td>{member.email}</td>
              <td>
                {canEdit ? <RoleSelect {...props} member={member} /> : t(`role.${member.role}`)}
              </td>
              {canEdit && (
                <td className="cell-actions">
                  <RemoveMember {...props} member={member} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type RowProps = MembersTableProps & { readonly member: Member };

/** Applies a role as soon as it is picked; on refusal the select shows the old role again. */
function RoleSelect({ workspaceId, member, onChanged }: RowProps) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id} className="visually-hidden">
        {t('members.roleOf', { name: member.name })}
      </label>
      <select
        id={id}
        value={member.role}
        disabled={action.pending}
        data-testid="member-role"
        onChange={async (event) => {
          const role = event.target.value;
          if (!isRole(role)) return;
          const outcome = await action.run(() =>
            changeMemberRole(api, workspaceId, member.userId, role),
          );
          if (outcome.ok) onChanged(outcome.value);
        }}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}`)}
          </option>
        ))}
      </select>
      <ProblemAlert problem={action.problem} />
    </div>
  );
}

function RemoveMember({ workspaceId, member, onRemoved }: RowProps) {
  const { t } = useI18n();
  const api = useApi();
  return (
    <ConfirmAction
      label={t('members.remove')}
      question={t('members.remove.question', { name: member.name })}
      confirmLabel={t('members.remove.confirm')}
      testId="remove-member"
      confirmTestId="confirm-remove-member"
      onConfirm={async () => {
        await removeMember(api, workspaceId, member.userId);
        onRemoved(member);
      }}
    />
  );
}
