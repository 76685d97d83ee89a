/**
 * What administrators may search and filter participants and partnerships by, read from a
 * query string. Only known values are kept: anything else is dropped, so that whatever a
 * crafted address carries, the stores see a word list and values from fixed lists.
 */
import type { Knex } from 'knex';
import { FOCUSES, ROLES, type Focus, type Role } from '../members/profile-options';
import { PLACE_REGIONS, type PlaceRegion } from '../members/places';
import type { PartnershipStatus } from '../partnerships/partnership-store';

export const PARTICIPANT_STATES = [
  'pending',
  'approved',
  'declined',
  'suspended',
  'paused',
] as const;
export type ParticipantState = (typeof PARTICIPANT_STATES)[number];

export const PARTNERSHIP_STATUSES: readonly PartnershipStatus[] = [
  'agreement',
  'active',
  'completed',
  'ended',
];

/** The longest search administrators may type, and how many of its words count. */
export const SEARCH_LENGTH = 100;
export const SEARCH_WORDS = 5;

export interface ParticipantFilter {
  /** What was typed, trimmed; the store matches each word against names and addresses. */
  search: string;
  role: Role | null;
  state: ParticipantState | null;
  focus: Focus | null;
  region: PlaceRegion | null;
}

type Query = Record<string, unknown>;

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : null;
}

export function participantFilter(query: Query): ParticipantFilter {
  const typed = typeof query.q === 'string' ? query.q.trim().slice(0, SEARCH_LENGTH) : '';
  return {
    search: typed,
    role: oneOf(ROLES, query.role),
    state: oneOf(PARTICIPANT_STATES, query.state),
    focus: oneOf(FOCUSES, query.focus),
    region: oneOf(PLACE_REGIONS, query.region),
  };
}

/** The words of a search, as the store matches them (each must match somewhere). */
export function searchWords(search: string): string[] {
  return search.split(/\s+/).filter((word) => word !== '').slice(0, SEARCH_WORDS);
}

/** A LIKE pattern that finds the word anywhere, with LIKE's own wildcards taken literally. */
function containsPattern(word: string): string {
  return `%${word.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** Keeps the rows in which each word of the search appears in at least one of the columns. */
export function whereWordsIn(found: Knex.QueryBuilder, search: string, columns: string[]) {
  for (const word of searchWords(search)) {
    const pattern = containsPattern(word);
    found.where((any) => {
      for (const column of columns) any.orWhereRaw('?? like ? escape ?', [column, pattern, '!']);
    });
  }
  return found;
}

export function partnershipStatusFilter(query: Query): PartnershipStatus | null {
  return oneOf(PARTNERSHIP_STATUSES, query.status);
}

/** A page number from the address: 1 for anything that is not a small positive number. */
export function pageNumber(value: unknown): number {
  const page = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(page, 1);
}

/** A positive id from a route parameter or form field, or null. */
export function idOf(value: unknown): number | null {
  return typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

/** The query string that repeats a filter on another page of results. */
export function filterQuery(filter: Record<string, string | null>, page: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) params.set(name, value);
  params.set('page', String(page));
  return params.toString();
}

export interface Paging {
  page: number;
  pages: number;
  offset: number;
  previous: number | null;
  next: number | null;
}

/** Where a page starts, with the page brought within the results. */
export function paging(requested: number, total: number, pageSize: number): Paging {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requested, pages);
  return {
    page,
    pages,
    offset: (page - 1) * pageSize,
    previous: page > 1 ? page - 1 : null,
    next: page < pages ? page + 1 : null,
  };
}
