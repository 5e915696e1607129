/** Made-up but plausible identities for simulated customers (reserved example.com addresses). */
import { integerBetween, type Random } from './random.ts';

const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Emma',
  'Inès',
  'Sarah',
  'Julie',
  'Martine',
  'Nathalie',
  'Sophie',
  'Claire',
  'Lucas',
  'Hugo',
  'Thomas',
  'Nicolas',
  'Julien',
  'Karim',
  'Pierre',
  'Louis',
  'Antoine',
  'Maxime',
  'Yanis',
  'Paul',
] as const;

const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'Benali',
  'Nguyen',
] as const;

export interface Identity {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
}

const asciiOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** A first and last name, and an email made unique by the customer's number. */
export function identityOf(random: Random, customerNumber: number): Identity {
  const firstName = FIRST_NAMES[integerBetween(random, 0, FIRST_NAMES.length - 1)] ?? 'Alex';
  const lastName = LAST_NAMES[integerBetween(random, 0, LAST_NAMES.length - 1)] ?? 'Martin';
  const email = `${asciiOf(firstName)}.${asciiOf(lastName)}.${customerNumber}@example.com`;
  return { firstName, lastName, email };
}
