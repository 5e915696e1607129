import { type FormEvent, useId } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { type InviteResult, inviteMember, isRole, ROLES } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { formText } from '../ui/form-data.ts';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';

interface InviteFormProps {
  readonly workspaceId: string;
  readonly onInvited: (email: string, result: InviteResult) => void;
}

export function InviteForm({ workspaceId, onInvited }: InviteFormProps) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const titleId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const role = formText(data, 'role');
    const input = { email: formText(data, 'email').trim(), role: isRole(role) ? role : 'viewer' };
    const outcome = await action.run(() => inviteMember(api, workspaceId, input));
    if (!outcome.ok) return;
    form.reset();
    onInvited(input.email, outcome.value);
  };

  return (
    <form
      className="subform"
      data-testid="invite-member-form"
      aria-labelledby={titleId}
      onSubmit={submit}
    >
      <h3 id={titleId}>{t('members.invite.title')}</h3>
      <div className="form-row">
        <TextField
          label={t('members.invite.email')}
          name="email"
          type="email"
          autoComplete="off"
          required
          testId="invite-email"
          error={action.errors.email}
        />
        <SelectField
          label={t('members.invite.role')}
          name="role"
          defaultValue="editor"
          testId="invite-role"
          error={action.errors.role}
          choices={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        />
        <button type="submit" className="button button-primary" disabled={action.pending}>
          {t('members.invite.submit')}
        </button>
      </div>
      <ProblemAlert problem={action.problem} placed={['email', 'role']} />
    </form>
  );
}
