/** Signs in through the HTTP API and hands the session to a browser context. */
import type { BrowserContext } from 'playwright-core';
import type { ServeProcess } from './process.ts';

export interface ApiSession {
  readonly cookie: string;
  readonly workspaceId: string;
  call(method: string, path: string, body?: unknown): Promise<Response>;
}

export async function setUpThroughApi(
  server: ServeProcess,
  body: { email: string; workspaceName: string; template?: string; lang?: string },
): Promise<ApiSession> {
  const token = new URL(server.setupUrl ?? '').searchParams.get('token');
  const response = await fetch(`${server.url}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token,
      name: 'Camille Martin',
      password: 'correct horse battery staple',
      ...body,
    }),
  });
  if (response.status !== 201) throw new Error(`setup failed: ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  const me = (await response.json()) as { workspaces: { id: string; name: string }[] };
  const workspaceId = me.workspaces.find((w) => w.name === body.workspaceName)?.id ?? '';
  return {
    cookie,
    workspaceId,
    call: (method, path, payload) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: {
          cookie,
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
      }),
  };
}

export async function giveSessionTo(
  context: BrowserContext,
  server: ServeProcess,
  session: ApiSession,
) {
  const [name = '', value = ''] = session.cookie.split('=');
  await context.addCookies([{ name, value, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
}
