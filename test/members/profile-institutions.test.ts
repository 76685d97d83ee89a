import { migrateLatest } from '../../src/db/migrations';
import { InstitutionService } from '../../src/members/institution-service';
import { InstitutionStore } from '../../src/members/institution-store';
import { institutionKey, ontarioInstitutions } from '../../src/members/institutions';
import { ProfileStore } from '../../src/members/profile-store';
import { ConflictError } from '../../src/web/errors';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases';

const NOW = Date.UTC(2026, 11, 3, 15, 0, 0);

describe.each(databaseKinds())('a program’s institutions on %s', (kind) => {
  let test: TestDatabase;
  let service: InstitutionService;
  let store: InstitutionStore;
  let programId: number;
  let memberId: number;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await migrateLatest(test.db);
    store = new InstitutionStore(test.db);
    service = new InstitutionService(store, new ProfileStore(test.db));
    programId = (await test.db('mm_programs').where({ slug: 'ola' }).first()).id;
    const [id] = await test.db('mm_members').insert({
      external_id: 'member-1', email: 'm1@example.org', given_name: 'M', surname: 'One',
      membership_active: true, host_roles: '[]', last_sign_in_at: NOW, created_at: NOW,
      updated_at: NOW,
    });
    memberId = Number(id);
  });

  afterAll(async () => {
    await test?.drop();
  });

  it('starts each program with the Ontario seed list, keyed by normalised name', async () => {
    const rows = await test.db('mm_institutions').where({ program_id: programId });

    expect(rows).toHaveLength(ontarioInstitutions().length);
    const tpl = rows.find((row) => row.seed_id === 'toronto-public-library');
    expect(tpl.normalised_key).toBe(institutionKey('Toronto Public Library'));
    expect(JSON.parse(tpl.aliases)).toContain('TPL');
  });

  it('finds an institution however it is typed, and adds a missing one only once', async () => {
    const forms = ['Toronto Public Library', 'toronto public library.', 'TPL', 'The Toronto P.L.'];
    const found = await Promise.all(forms.map((form) => service.find(programId, form)));
    const names = new Set(found.map((institution) => institution?.name));
    expect(names).toEqual(new Set(['Toronto Public Library']));

    const added = await test.db.transaction((trx) =>
      service.findOrAdd(trx, programId, 'Timmins Museum Library', memberId, NOW),
    );
    const again = await test.db.transaction((trx) =>
      service.findOrAdd(trx, programId, 'timmins museum library', memberId, NOW),
    );
    expect(again.id).toBe(added.id);
    expect(added.addedByMemberId).toBe(memberId);
  });

  it('adds a library whose initials are another’s short form as a new one', async () => {
    const toronto = await service.find(programId, 'Toronto Public Library');

    const timmins = await test.db.transaction((trx) =>
      service.findOrAdd(trx, programId, 'Timmins P.L.', memberId, NOW),
    );

    expect(toronto?.name).toBe('Toronto Public Library');
    expect(timmins.id).not.toBe(toronto!.id);
    expect(timmins.name).toBe('Timmins P.L.');
    expect((await service.find(programId, 'Timmins Public Library'))?.id).toBe(timmins.id);
    expect((await service.find(programId, 'T.P.L.'))?.id).toBe(toronto!.id);
  });

  it('merges a duplicate: its name and its profiles lead to the one kept', async () => {
    const duplicate = await store.add(programId, 'Bibliotheque publique de Hearst', memberId, NOW);
    const kept = await store.add(programId, 'Hearst Public Library', memberId, NOW);
    await test.db('mm_profiles').insert({
      program_id: programId, member_id: memberId, focus: 'public', years_experience: 4,
      institution_id: duplicate.id, contact_email: 'm1@example.org', created_at: NOW,
      updated_at: NOW,
    });

    await test.db.transaction((trx) => service.merge(trx, programId, duplicate.id, kept.id, NOW));

    expect((await service.find(programId, 'bibliothèque publique de Hearst'))?.id).toBe(kept.id);
    const profile = await test.db('mm_profiles').where({ member_id: memberId }).first();
    expect(profile.institution_id).toBe(kept.id);
    expect(await service.nameOf(duplicate.id)).toBe('Hearst Public Library');
    const choices = await service.choices(programId, null);
    expect(choices.names).not.toContain('Bibliotheque publique de Hearst');
  });

  it('proposes the host’s institution first, under the name the program knows it by', async () => {
    const choices = await service.choices(programId, 'U of T');

    expect(choices.proposed).toBe('University of Toronto');
    expect(choices.names[0]).toBe('University of Toronto');
  });

  it('refuses to merge an institution into itself', async () => {
    const tpl = await service.find(programId, 'TPL');

    await expect(
      test.db.transaction((trx) => service.merge(trx, programId, tpl!.id, tpl!.id, NOW)),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
