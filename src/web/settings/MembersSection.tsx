import { useId, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { canManage, type InviteResult, listMembers, type Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../router/navigation.ts';
import { useSession } from '../shell/SessionContext.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { OneTimeSecret } from '../ui/OneTimeSecret.tsx';
import { useResource } from '../ui/useResource.ts';
import { InviteForm } from './InviteForm.tsx';
import { sortMembers, upsertMember, withoutMember } from './lists.ts';
import { MembersTable } from './MembersTable.tsx';

type Invited = { readonly email: string } & InviteResult;

export function MembersSection({ workspace }: { readonly workspace: Workspace }) {
  const { t, lang } = useI18n();
  const api = useApi();
  const { me, reload: reloadSession } = useSession();
  const titleId = useId();
  const owner = canManage(workspace.role);
  const [members, { reload, update }] = useResource(workspace.id, (signal) =>
    listMembers(api, workspace.id, signal).then((answer) => answer.members),
  );
  const [invited, setInvited] = useState<Invited | null>(null);

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('members.title')}</h2>
      {!owner && <p className="alert alert-info">{t('members.readOnly')}</p>}
      <Loadable resource={members} onRetry={reload}>
        {(list) => (
          <MembersTable
            workspaceId={workspace.id}
            members={sortMembers(list, lang)}
            currentUserId={me.user.id}
            canEdit={owner}
            onChanged={(member) => {
              update((current) => upsertMember(current, member));
              // Our own role is also in the session; the header and pages depend on it.
              if (member.userId === me.user.id) void reloadSession();
            }}
            onRemoved={(member) => {
              update((current) => withoutMember(current, member.userId));
              if (member.userId === me.user.id) void reloadSession().then(() => navigate('/'));
            }}
          />
        )}
      </Loadable>
      {owner && (
        <InviteForm
          workspaceId={workspace.id}
          onInvited={(email, result) => {
            setInvited({ email, ...result });
            const member = result.member;
            if (member !== undefined) update((current) => upsertMember(current, member));
          }}
        />
      )}
      {invited?.member !== undefined && (
        <p className="alert alert-success" role="status">
          {t('members.invite.added', { email: invited.email })}
        </p>
      )}
      {invited?.inviteUrl !== undefined && (
        <OneTimeSecret
          title={t('members.invite.linkTitle', { email: invited.email })}
          warning={t('members.invite.linkWarning', { email: invited.email })}
          value={invited.inviteUrl}
          testId="invite-url"
          onDismiss={() => setInvited(null)}
        />
      )}
    </section>
  );
}
