import { describe, expect, it } from 'vitest';
import type { WorkspaceModel } from '../../model/schema.ts';
import type { HistoryVersion } from '../api/model-admin.ts';
import {
  appendVersions,
  journeyNames,
  mayHaveOlder,
  oldestVersion,
  relativeTime,
  summarizeModel,
} from './history.ts';

const now = Date.parse('2024-06-10T12:00:00Z');

describe('relativeTime', () => {
  it('picks the largest unit that fits', () => {
    expect(relativeTime('2024-06-10T11:59:40Z', now, 'en')).toBe('now');
    expect(relativeTime('2024-06-10T11:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(relativeTime('2024-06-10T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(relativeTime('2024-06-09T12:00:00Z', now, 'en')).toBe('yesterday');
    expect(relativeTime('2024-05-20T12:00:00Z', now, 'en')).toBe('3 weeks ago');
    expect(relativeTime('2023-06-01T12:00:00Z', now, 'en')).toBe('last year');
  });

  it('speaks French too', () => {
    expect(relativeTime('2024-06-10T11:55:00Z', now, 'fr')).toBe('il y a 5 minutes');
  });

  it('returns what is not a date untouched', () => {
    expect(relativeTime('soon', now, 'en')).toBe('soon');
  });
});

const version = (n: number): HistoryVersion => ({
  version: n,
  at: '2024-06-10T12:00:00Z',
  user: null,
  changes: [],
});

describe('pages of versions', () => {
  it('appends older pages without duplicates', () => {
    const listed = [version(10), version(9)];
    const merged = appendVersions(listed, [version(9), version(8)]);
    expect(merged.map((item) => item.version)).toEqual([10, 9, 8]);
    expect(oldestVersion(merged)).toBe(8);
    expect(oldestVersion([])).toBeNull();
  });

  it('expects more only after a full page', () => {
    expect(mayHaveOlder([1, 2], 2)).toBe(true);
    expect(mayHaveOlder([1], 2)).toBe(false);
  });
});

describe('summarizeModel', () => {
  const model: WorkspaceModel = {
    currency: 'EUR',
    personas: [
      {
        id: 'p1',
        name: 'Anna',
        description: '',
        goals: [],
        frustrations: [],
        share: null,
        color: '#000000',
        pictureUrl: null,
      },
    ],
    phases: [],
    stages: [{ id: 's1', name: 'Arrival', description: '' }],
    channels: [],
    objectives: [],
    journeys: [
      {
        id: 'j1',
        personaId: 'p1',
        state: 'current',
        name: 'Anna today',
        derivedFromId: null,
        touchpoints: [],
        transitions: [],
      },
      {
        id: 'j2',
        personaId: 'gone',
        state: 'target',
        name: 'Orphan',
        derivedFromId: 'j1',
        touchpoints: [],
        transitions: [],
      },
    ],
  };

  it('counts what a version holds, per journey', () => {
    const summary = summarizeModel(model);
    expect(summary).toMatchObject({ personas: 1, stages: 1, channels: 0 });
    expect(summary.journeys).toEqual([
      { id: 'j1', name: 'Anna today', state: 'current', persona: 'Anna', touchpoints: 0 },
      { id: 'j2', name: 'Orphan', state: 'target', persona: null, touchpoints: 0 },
    ]);
  });

  it('maps journey ids to names', () => {
    expect(journeyNames(model).get('j2')).toBe('Orphan');
    expect(journeyNames(null).size).toBe(0);
  });
});
