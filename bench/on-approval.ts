/**
 * On-approval latency end to end: what the `matching.refresh` job does when a role is
 * approved (load the cohort, score, store both lists, enqueue the email and the cohort run),
 * timed on SQLite and on MariaDB with a synthetic population written into a fresh database.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import pino from 'pino';
import { parseSettings } from '../src/config/settings';
import { openDatabase, type Database } from '../src/db/database';
import { migrateLatest } from '../src/db/migrations';
import { JobQueue } from '../src/jobs/job-queue';
import { createMailParts } from '../src/mail/mail-service';
import { MemberStore } from '../src/members/member-store';
import { createPlaceDirectory, ontarioPlaces, distanceKm } from '../src/members/places';
import { createMatchingParts } from '../src/matching/create-matching';
import type { CandidateProfile } from '../src/matching/engine';
import { timeRepeatsAsync, type AsyncTiming } from './measure-async';
import { generatePopulation, Random } from './population';

const MARIADB_URL = process.env.MENTORMATCH_BENCH_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306';
const PROGRAM_ID = 1;

export interface OnApprovalResult {
  database: 'sqlite' | 'mariadb';
  profiles: number;
  approvals: number;
  timing: AsyncTiming;
}

interface BenchDatabase {
  db: Database;
  drop(): Promise<void>;
}

async function sqliteDatabase(): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-bench-'));
  const db = openDatabase({ client: 'sqlite', filename: path.join(dir, 'bench.sqlite'), poolMax: 1 });
  return { db, drop: async () => { await db.destroy(); fs.rmSync(dir, { recursive: true }); } };
}

async function mariaDatabase(): Promise<BenchDatabase> {
  const name = `mm_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = knex({ client: 'mysql2', connection: MARIADB_URL });
  await admin.raw(`create database \`${name}\` character set utf8mb4`);
  await admin.destroy();
  const db = openDatabase({ client: 'mysql', url: `${MARIADB_URL}/${name}`, filename: '', poolMax: 4 });
  const drop = async () => {
    await db.destroy();
    const cleanup = knex({ client: 'mysql2', connection: MARIADB_URL });
    await cleanup.raw(`drop database \`${name}\``);
    await cleanup.destroy();
  };
  return { db, drop };
}

/** The place-list id nearest each synthetic place, so that profiles point at real places. */
function nearestPlaceId(lat: number, lon: number): string {
  let best = { id: '', km: Infinity };
  for (const place of ontarioPlaces()) {
    const km = distanceKm(lat, lon, place.lat, place.lon);
    if (km < best.km) best = { id: place.id, km };
  }
  return best.id;
}

async function insertInChunks(db: Database, table: string, rows: object[]) {
  for (let i = 0; i < rows.length; i += 500) await db(table).insert(rows.slice(i, i + 500));
}

export async function writePopulation(db: Database, profiles: CandidateProfile[]) {
  const now = Date.now();
  const placeIds = new Map<string, string>();
  const placeOf = (p: CandidateProfile) => {
    if (!p.place) return null;
    const key = `${p.place.lat},${p.place.lon}`;
    if (!placeIds.has(key)) placeIds.set(key, nearestPlaceId(p.place.lat, p.place.lon));
    return placeIds.get(key) ?? null;
  };

  const institutionIds = new Map<string, number>();
  for (const key of new Set(profiles.map((p) => p.institutionKey).filter(Boolean))) {
    const [id] = await db('mm_institutions').insert({
      program_id: PROGRAM_ID, name: `Bench ${key}`, normalised_key: `bench ${key}`,
      aliases: '[]', created_at: now, updated_at: now,
    });
    institutionIds.set(key as string, id);
  }

  await insertInChunks(db, 'mm_members', profiles.map((p) => ({
    id: p.memberId, external_id: `bench-${p.memberId}`, email: `m${p.memberId}@bench.example`,
    given_name: 'Bench', surname: `Member ${p.memberId}`, membership_status: 'active',
    membership_active: true, host_roles: '[]', last_sign_in_at: now, created_at: now, updated_at: now,
  })));
  await insertInChunks(db, 'mm_profiles', profiles.map((p) => ({
    id: p.memberId, program_id: PROGRAM_ID, member_id: p.memberId, focus: p.focus,
    place_id: placeOf(p), outside_ontario: p.outsideOntario, online_only: p.meetsOnlineOnly,
    years_experience: p.yearsExperience, supervisory_years: p.supervisoryYears,
    institution_id: p.institutionKey ? institutionIds.get(p.institutionKey) : null,
    mentor_capacity: p.mentor?.capacity ?? 1, contact_email: `m${p.memberId}@bench.example`,
    created_at: now, updated_at: now,
  })));
  const roles = profiles.flatMap((p) => [
    ...(p.mentor ? [{ role: 'mentor', approved: p.mentor.approved }] : []),
    ...(p.mentee ? [{ role: 'mentee', approved: p.mentee.approved }] : []),
  ].map(({ role, approved }) => ({
    program_id: PROGRAM_ID, profile_id: p.memberId, role, status: approved ? 'approved' : 'pending',
    applied_at: now, updated_at: now,
  })));
  await insertInChunks(db, 'mm_profile_roles', roles);
  const skills = profiles.flatMap((p) => [
    ...p.skillsShared.map((skill) => ({ kind: 'shared', skill })),
    ...p.skillsWanted.map((skill) => ({ kind: 'wanted', skill })),
  ].map((s) => ({ program_id: PROGRAM_ID, profile_id: p.memberId, ...s })));
  await insertInChunks(db, 'mm_profile_skills', skills);
}

function benchSettings() {
  return parseSettings({
    publicUrl: 'https://lms.bench.example/mentormatch',
    saml: { idpSsoUrl: 'https://idp.bench.example/sso', idpEntityId: 'https://idp.bench.example', idpCertificates: ['-'] },
    mail: { mailboxDirectory: path.join(os.tmpdir(), 'mentormatch-bench-mail') },
  });
}

async function measureOne(kind: 'sqlite' | 'mariadb', size: number, approvals: number, seed: number) {
  const target = kind === 'sqlite' ? await sqliteDatabase() : await mariaDatabase();
  try {
    const { db } = target;
    await migrateLatest(db);
    const { profiles } = generatePopulation(size, seed);
    await writePopulation(db, profiles);

    const logger = pino({ level: 'silent' });
    const now = () => Date.now();
    const settings = benchSettings();
    const mail = createMailParts({ db, settings, logger, now, templatesDir: path.join(__dirname, '..', 'views', 'emails') });
    const jobs = new JobQueue({ db, logger, now, pollIntervalMs: 60_000 });
    const { matching } = createMatchingParts({
      db, jobs, outbox: mail.outbox, members: new MemberStore(db), places: createPlaceDirectory(), logger, now,
    });

    const random = new Random(seed + 1);
    const ids = Array.from({ length: approvals }, () => profiles[random.int(0, profiles.length - 1)].memberId);
    let next = 0;
    const timing = await timeRepeatsAsync(approvals, () =>
      db.transaction((trx) => matching.refreshMember(trx, PROGRAM_ID, ids[next++])),
    );
    return { database: kind, profiles: size, approvals, timing } satisfies OnApprovalResult;
  } finally {
    await target.drop();
  }
}

export async function measureOnApproval(sizes: number[], seed: number): Promise<OnApprovalResult[]> {
  const results: OnApprovalResult[] = [];
  for (const size of sizes) {
    for (const kind of ['sqlite', 'mariadb'] as const) {
      results.push(await measureOne(kind, size, size >= 10000 ? 20 : 40, seed));
    }
  }
  return results;
}

export function printOnApproval(results: OnApprovalResult[], write: (line: string) => void) {
  write('On-approval latency end to end (load cohort, score, store lists, enqueue email and run)');
  for (const r of results) {
    const { p50, p95 } = r.timing;
    write(`  ${r.database.padEnd(8)} ${String(r.profiles).padStart(6)} profiles: p50 ${p50} ms, p95 ${p95} ms (${r.approvals} approvals)`);
  }
}

/** The section runBench takes as its `onApprovalLatency` hook. */
export function onApprovalSection(sizes = [1000, 10000], seed = 20250501) {
  return {
    name: 'onApprovalLatency',
    measure: () => measureOnApproval(sizes, seed),
    print: (results: unknown, write: (line: string) => void) =>
      printOnApproval(results as OnApprovalResult[], write),
  };
}
