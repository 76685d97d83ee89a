/** Builds the matching part of the plugin: its job handlers, its service and its pages. */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { JobQueue } from '../jobs/job-queue';
import type { Logger } from '../logging/logger';
import type { Outbox } from '../mail/outbox';
import { InstitutionStore } from '../members/institution-store';
import type { MemberStore } from '../members/member-store';
import type { PlaceDirectory } from '../members/places';
import { ProfileStore } from '../members/profile-store';
import { DEFAULT_MATCHING_SETTINGS, type MatchingSettings } from './engine';
import { MatchingService } from './matching-service';
import { createSuggestionRouter } from './suggestion-routes';
import { SuggestionStore } from './suggestion-store';

export interface MatchingPartsDeps {
  db: Database;
  jobs: JobQueue;
  outbox: Outbox;
  members: MemberStore;
  places: PlaceDirectory;
  logger: Logger;
  now: () => number;
  /** The program's matching settings; the engine's defaults when absent. */
  settingsFor?: (programId: number, trx?: Knex) => Promise<MatchingSettings>;
}

export function createMatchingParts(deps: MatchingPartsDeps) {
  const store = new SuggestionStore();
  const placeOf = (placeId: string) => {
    const place = deps.places.byId(placeId);
    return place && { lat: place.lat, lon: place.lon, region: place.region };
  };
  const settingsFor = deps.settingsFor ?? (async () => DEFAULT_MATCHING_SETTINGS);
  const matching = new MatchingService({ ...deps, store, placeOf, settingsFor });
  matching.registerJobs();

  const sources = {
    members: deps.members,
    profiles: new ProfileStore(deps.db),
    institutions: new InstitutionStore(deps.db),
    placeName: (id: string) => deps.places.byId(id)?.name ?? null,
  };
  const router = createSuggestionRouter({ db: deps.db, store, matching, sources });
  // The settings and places go out too: administrators' pages check pairs with the same ones.
  return { matching, store, router, settingsFor, placeOf };
}
