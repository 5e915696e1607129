import { describe, expect, it } from 'vitest';
import type { ApiClient } from './client.ts';
import { applyModelOps, compareJourneys, exportUrl, getModel } from './model.ts';

function recordingClient(calls: string[]): ApiClient {
  const record = (method: string, path: string, body?: unknown) => {
    calls.push(
      body === undefined ? `${method} ${path}` : `${method} ${path} ${JSON.stringify(body)}`,
    );
    return Promise.resolve(undefined as never);
  };
  return {
    get: (path) => record('GET', path),
    post: (path, body) => record('POST', path, body),
    patch: (path, body) => record('PATCH', path, body),
    put: (path, body) => record('PUT', path, body),
    delete: (path) => record('DELETE', path),
  };
}

describe('model API paths', () => {
  it('reads, edits and compares under the workspace model', async () => {
    const calls: string[] = [];
    const api = recordingClient(calls);
    const signal = new AbortController().signal;
    await getModel(api, 'w 1', signal);
    await applyModelOps(api, 'w1', [{ op: 'stage.remove', id: 's1' }]);
    await compareJourneys(api, 'w1', 'j/1', 'j2', signal);
    expect(calls).toEqual([
      'GET /workspaces/w%201/model',
      'POST /workspaces/w1/model/ops {"ops":[{"op":"stage.remove","id":"s1"}]}',
      'GET /workspaces/w1/model/journeys/j%2F1/compare/j2',
    ]);
  });

  it('builds export links, with the language only for drawn maps', () => {
    expect(exportUrl('w1', 'j1', 'svg', 'fr')).toBe(
      '/api/v1/workspaces/w1/model/journeys/j1/map.svg?lang=fr',
    );
    expect(exportUrl('w1', 'j1', 'pdf', 'en')).toBe(
      '/api/v1/workspaces/w1/model/journeys/j1/map.pdf?lang=en',
    );
    expect(exportUrl('w1', 'j1', 'xlsx', 'en')).toBe(
      '/api/v1/workspaces/w1/model/journeys/j1/touchpoints.xlsx',
    );
    expect(exportUrl('w1', 'j1', 'csv', 'fr')).toBe(
      '/api/v1/workspaces/w1/model/journeys/j1/touchpoints.csv',
    );
  });
});
