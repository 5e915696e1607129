import { describe, expect, it } from 'vitest';
import { displayName } from './views.ts';

describe('a customer name for lists', () => {
  it('prefers name, then first and last name, then email', () => {
    expect(displayName({ name: ' Léa Martin ', email: 'l@example.com' })).toBe('Léa Martin');
    expect(displayName({ firstName: 'Léa', lastName: 'Martin' })).toBe('Léa Martin');
    expect(displayName({ lastName: 'Martin', email: 'l@example.com' })).toBe('Martin');
    expect(displayName({ name: '', email: 'l@example.com' })).toBe('l@example.com');
    expect(displayName({ name: 42 })).toBeNull();
    expect(displayName({})).toBeNull();
  });
});
