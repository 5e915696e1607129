/** `parcours user create`: create an account from the command line. */
import { createInterface } from 'node:readline';
import { Command, Option } from 'commander';
import type { AccessContext } from '../access/context.ts';
import { adoptOrphanWorkspaces, findWorkspace, upsertMembership } from '../access/repository.ts';
import { hashPassword } from '../access/secrets.ts';
import {
  checkPassword,
  createUserRow,
  createWorkspaceRows,
  isSetupNeeded,
} from '../access/sessions.ts';
import { ROLES, type Role } from '../access/types.ts';
import { loadConfig } from '../config/config.ts';
import { initialiseModel } from '../model/service.ts';
import { accessContext, storePaths } from '../server/start.ts';
import { openSqliteOperationalStore } from '../storage/operational/sqlite.ts';
import { CliError, configOptions, type Io } from './main.ts';

interface CreateOptions {
  email: string;
  name: string;
  workspace?: string;
  workspaceId?: string;
  role: string;
  dataDir?: string;
  logLevel?: string;
}

export function userCommand(io: Io): Command {
  const create = new Command('create')
    .description(
      'create a user. On a fresh install the first user becomes owner of a new workspace; later users join --workspace-id with --role. The password is read from standard input (prompted on a terminal).',
    )
    .requiredOption('--email <email>', 'email address, used to sign in')
    .requiredOption('--name <name>', 'display name')
    .option('--workspace <name>', 'name of the new workspace (first user only)', 'My workspace')
    .option('--workspace-id <id>', 'workspace to join (required once someone exists)')
    .addOption(
      new Option('--role <role>', 'role in that workspace').choices(ROLES).default('editor'),
    );
  for (const option of configOptions()) create.addOption(option);
  create.action(async (options: CreateOptions) => {
    const config = loadConfig({
      env: io.env,
      overrides: options.dataDir === undefined ? {} : { dataDir: options.dataDir },
    });
    const store = await openSqliteOperationalStore({ path: storePaths(config).operational });
    try {
      const ctx = accessContext(config, store);
      const password = await readPassword(io);
      const checked = checkPassword(password);
      if (!checked.ok)
        throw new CliError(`password ${checked.error.message.replace('/password: ', '')}`);
      await createUser(ctx, options, password, io);
    } finally {
      await store.close();
    }
  });
  return new Command('user').description('manage user accounts').addCommand(create);
}

async function createUser(ctx: AccessContext, options: CreateOptions, password: string, io: Io) {
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(options.email)) {
    throw new CliError(`--email: "${options.email}" is not an email address`, 2);
  }
  const first = await isSetupNeeded(ctx);
  const workspaceId = options.workspaceId;
  if (!first && workspaceId === undefined) {
    throw new CliError(
      'users already exist: pass --workspace-id and --role to add this user to a workspace',
      2,
    );
  }
  if (workspaceId !== undefined && !(await findWorkspace(ctx.db, workspaceId))) {
    throw new CliError(`--workspace-id: no workspace ${workspaceId}`, 2);
  }
  const passwordHash = await hashPassword(password);
  let createdWorkspaceId: string | undefined;
  const message = await ctx.db.transaction().execute(async (tx) => {
    const user = await createUserRow(tx, ctx, options.email, options.name, passwordHash);
    if (!user.ok) throw new CliError(`--email: ${user.error.message}`);
    if (workspaceId === undefined) {
      const adopted = await adoptOrphanWorkspaces(tx, user.value.id, ctx.now().toISOString());
      const workspace = await createWorkspaceRows(
        tx,
        ctx,
        options.workspace ?? 'My workspace',
        user.value.id,
      );
      createdWorkspaceId = workspace.id;
      const also = adopted > 0 ? ` and of the demo workspace` : '';
      return `Created owner ${user.value.email} of workspace "${workspace.name}" (${workspace.id})${also}.`;
    }
    // The operator of the machine acts with full authority: no session is involved.
    const role = options.role as Role;
    await upsertMembership(tx, {
      workspaceId,
      userId: user.value.id,
      role,
      createdAt: ctx.now().toISOString(),
    });
    return `Created ${user.value.email}, ${role} of workspace ${workspaceId}.`;
  });
  if (createdWorkspaceId !== undefined) {
    await initialiseModel(ctx, createdWorkspaceId, { template: 'empty', lang: 'en', userId: null });
  }
  io.out(message);
}

async function readPassword(io: Io): Promise<string> {
  if (io.stdin.isTTY) io.out('Password (at least 12 characters):');
  const lines = createInterface({ input: io.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  throw new CliError('no password on standard input', 2);
}
