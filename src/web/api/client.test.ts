import { describe, expect, it } from 'vitest';
import { createApiClient, type FetchFn } from './client.ts';
import { ApiError, NETWORK_PROBLEM } from './problem.ts';

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

function fakeFetch(response: () => Response): { fetch: FetchFn; calls: Call[] } {
  const calls: Call[] = [];
  const fetch: FetchFn = (url, init) => {
    calls.push({ url, init });
    return Promise.resolve(response());
  };
  return { fetch, calls };
}

const json = (status: number, body: unknown, type = 'application/json'): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('createApiClient', () => {
  it('sends JSON with the session cookie under /api/v1', async () => {
    const { fetch, calls } = fakeFetch(() => json(201, { id: 'w1' }));
    const api = createApiClient({ fetch });
    await expect(api.post('/workspaces', { name: 'Acme' })).resolves.toEqual({ id: 'w1' });
    const call = calls[0];
    expect(call?.url).toBe('/api/v1/workspaces');
    expect(call?.init.method).toBe('POST');
    expect(call?.init.credentials).toBe('same-origin');
    expect(call?.init.body).toBe('{"name":"Acme"}');
    expect(call?.init.headers).toMatchObject({ 'content-type': 'application/json' });
  });

  it('sends no body or content type on GET and DELETE', async () => {
    const { fetch, calls } = fakeFetch(() => new Response(null, { status: 204 }));
    const api = createApiClient({ fetch, baseUrl: '/x' });
    await expect(api.delete('/session')).resolves.toBeUndefined();
    expect(calls[0]?.url).toBe('/x/session');
    expect(calls[0]?.init.body).toBeUndefined();
    expect(calls[0]?.init.headers).not.toHaveProperty('content-type');
  });

  it('throws an ApiError with the parsed problem', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'A workspace needs at least one owner.',
    };
    const { fetch } = fakeFetch(() => json(409, problem, 'application/problem+json'));
    const error = await rejection(createApiClient({ fetch }).delete('/workspaces/w/members/u'));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).problem.detail).toBe('A workspace needs at least one owner.');
  });

  it('survives an error body that is not JSON', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await rejection(createApiClient({ fetch }).get('/me'));
    expect((error as ApiError).problem).toMatchObject({ status: 502, detail: '' });
  });

  it('reports 401 to the app before throwing', async () => {
    let told = 0;
    const { fetch } = fakeFetch(() => json(401, { detail: 'Not signed in' }));
    const api = createApiClient({ fetch, onUnauthorized: () => told++ });
    const error = await rejection(api.get('/me'));
    expect(told).toBe(1);
    expect((error as ApiError).status).toBe(401);
  });

  it('turns a failed fetch into a network problem', async () => {
    const fetch: FetchFn = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await rejection(createApiClient({ fetch }).get('/me'));
    expect((error as ApiError).problem.type).toBe(NETWORK_PROBLEM);
  });

  it('rethrows aborts untouched so callers can ignore them', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetch: FetchFn = (_url, init) =>
      Promise.reject(init.signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    const error = await rejection(createApiClient({ fetch }).get('/me', controller));
    expect((error as Error).name).toBe('AbortError');
  });
});
