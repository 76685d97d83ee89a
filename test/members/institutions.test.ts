import {
  acronymOf,
  createInstitutionMatcher,
  findSameInstitution,
  institutionKey,
  ontarioInstitutions,
  type KnownInstitution,
} from '../../src/members/institutions';

describe('the normal form of an institution name', () => {
  it('keeps "constructor" and other object keys as plain words', () => {
    expect(institutionKey('Constructor University')).toBe('constructor university');
    expect(institutionKey('toString __proto__ Library')).toBe('tostring proto library');
  });

  it('ignores case, accents, punctuation and spacing', () => {
    const key = institutionKey('Toronto Public Library');
    for (const typed of [
      'toronto public library',
      'TORONTO  PUBLIC LIBRARY.',
      ' Toronto-Public Library ',
    ]) {
      expect(institutionKey(typed)).toBe(key);
    }
    expect(institutionKey('Collège Boréal')).toBe(institutionKey('college boreal'));
  });

  it("treats '&' as 'and' and drops a leading 'The'", () => {
    expect(institutionKey('The Ontario College of Art & Design')).toBe(
      institutionKey('Ontario College of Art and Design'),
    );
    expect(institutionKey('The')).toBe('the');
  });

  it('writes out common abbreviations', () => {
    expect(institutionKey('Univ. of Toronto')).toBe('university of toronto');
    expect(institutionKey('St. Clair Coll.')).toBe('saint clair college');
    expect(institutionKey('Toronto Pub. Lib.')).toBe('toronto public library');
    expect(institutionKey('Ottawa PL')).toBe('ottawa public library');
    expect(institutionKey('Peel DSB')).toBe('peel district school board');
    expect(institutionKey('Vaughan Public Libraries')).toBe('vaughan public library');
  });

  it('keeps a possessive whole and splits a French elision', () => {
    expect(institutionKey("Queen's University")).toBe('queens university');
    expect(institutionKey('Queen’s University')).toBe('queens university');
    expect(institutionKey("Université d'Ottawa")).toBe('universite d ottawa');
  });
});

describe('acronyms', () => {
  it('takes the initials of the words that are not linking words', () => {
    expect(acronymOf('Toronto Public Library')).toBe('TPL');
    expect(acronymOf('Toronto Metropolitan University')).toBe('TMU');
    expect(acronymOf('University of Ontario Institute of Technology')).toBe('UOIT');
    expect(acronymOf('Dufferin-Peel Catholic District School Board')).toBe('DPCDSB');
    expect(acronymOf("Université de l'Ontario français")).toBe('UOF');
  });

  it('takes a one-word name as its own short form', () => {
    expect(acronymOf('tpl')).toBe('TPL');
    expect(acronymOf('T.P.L.')).toBe('TPL');
  });
});

describe('recognising the same institution', () => {
  const known: KnownInstitution[] = [
    { id: 'tpl', name: 'Toronto Public Library' },
    { id: 'uoft', name: 'University of Toronto', aliases: ['U of T'] },
    { id: 'tmu', name: 'Toronto Metropolitan University', aliases: ['Ryerson University'] },
    { id: 'wpl-1', name: 'Windsor Public Library' },
    { id: 'wpl-2', name: 'Waterloo Public Library' },
  ];

  it('finds Toronto Public Library typed as TPL', () => {
    expect(findSameInstitution('TPL', known)?.id).toBe('tpl');
    expect(findSameInstitution('t.p.l.', known)?.id).toBe('tpl');
  });

  it('never matches a name typed in full by its initials', () => {
    const withAliases: KnownInstitution[] = [
      { id: 'hpl', name: 'Hamilton Public Library', aliases: ['HPL'] },
      { id: 'other-tbpl', name: 'Tecumseh Bay Public Library', aliases: ['TBPL'] },
      { id: 'added-tmu', name: 'TMU' },
    ];

    expect(findSameInstitution('Hearst Public Library', withAliases)).toBeNull();
    expect(findSameInstitution('Hearst P.L.', withAliases)).toBeNull();
    expect(findSameInstitution('Thunder Bay Public Library', withAliases)).toBeNull();
    expect(findSameInstitution('Toronto Metropolitan University', withAliases)).toBeNull();
  });

  it('still finds by acronym an institution whose real name it is', () => {
    const withAliases: KnownInstitution[] = [
      { id: 'hpl', name: 'Hamilton Public Library', aliases: ['HPL'] },
      { id: 'hearst', name: 'Hearst Public Library' },
    ];

    expect(findSameInstitution('H.P.L.', withAliases)?.id).toBe('hpl');
    expect(findSameInstitution('Hamilton P.L.', withAliases)?.id).toBe('hpl');
    expect(findSameInstitution('hearst public library', withAliases)?.id).toBe('hearst');
    expect(findSameInstitution('Toronto Metropolitan University', known)?.id).toBe('tmu');
    expect(findSameInstitution('TMU', known)?.id).toBe('tmu');
  });

  it('finds an institution by the same words, by its letters run together, and by an alias', () => {
    expect(findSameInstitution('the toronto public library', known)?.id).toBe('tpl');
    expect(findSameInstitution('UofT', known)?.id).toBe('uoft');
    expect(findSameInstitution('Univ. of Toronto', known)?.id).toBe('uoft');
    expect(findSameInstitution('Ryerson Univ', known)?.id).toBe('tmu');
  });

  it('matches no institution when an acronym fits several', () => {
    expect(findSameInstitution('WPL', known)).toBeNull();
  });

  it('matches nothing for an unknown or empty name', () => {
    expect(findSameInstitution('Hamilton Public Library', known)).toBeNull();
    expect(findSameInstitution('Toronto', known)).toBeNull();
    expect(findSameInstitution(' - ', known)).toBeNull();
  });

  it('does not merge two multi-word names because their acronyms agree', () => {
    expect(findSameInstitution('Windsor Public Library', known)?.id).toBe('wpl-1');
    expect(findSameInstitution('Whitby Public Library', known)).toBeNull();
  });

  it('returns the first of unmerged duplicates, in the order given', () => {
    const duplicates = [...known, { id: 'tpl-again', name: 'Toronto Public Library.' }];
    expect(findSameInstitution('Toronto Public Library', duplicates)?.id).toBe('tpl');
  });

  it('returns the caller’s own objects', () => {
    const rows = [{ id: '7', name: 'York University', memberCount: 12 }];
    expect(findSameInstitution('York U', rows)).toBe(rows[0]);
  });
});

describe('the Ontario seed list', () => {
  const seed = ontarioInstitutions();
  const matcher = createInstitutionMatcher(seed);
  const forms = (institution: (typeof seed)[number]) => [institution.name, ...institution.aliases];

  it('lists the universities, colleges, larger public libraries and some school boards', () => {
    const count = (sector: string) => seed.filter((i) => i.sector === sector).length;
    expect(count('university')).toBeGreaterThanOrEqual(20);
    expect(count('college')).toBe(24);
    expect(count('public')).toBeGreaterThanOrEqual(25);
    expect(count('school')).toBeGreaterThanOrEqual(10);
    expect(new Set(seed.map((i) => i.id)).size).toBe(seed.length);
  });

  it('recognises the short forms and former names members use', () => {
    const expected: Record<string, string> = {
      TPL: 'toronto-public-library',
      'U of T': 'university-of-toronto',
      UofT: 'university-of-toronto',
      'York U': 'york-university',
      TMU: 'toronto-metropolitan-university',
      Ryerson: 'toronto-metropolitan-university',
      UOIT: 'ontario-tech-university',
      TDSB: 'toronto-district-school-board',
      'Bibliothèque publique d’Ottawa': 'ottawa-public-library',
      'Seneca College': 'seneca-polytechnic',
    };
    for (const [typed, id] of Object.entries(expected)) expect(matcher.find(typed)?.id).toBe(id);
  });

  it('finds every seed institution by each of its own names and aliases', () => {
    for (const institution of seed) {
      for (const form of forms(institution)) {
        expect([form, matcher.find(form)?.id]).toEqual([form, institution.id]);
      }
    }
  });

  it('never resolves a name, alias or acronym of one seed institution to another', () => {
    for (const institution of seed) {
      for (const typed of [...forms(institution), acronymOf(institution.name)]) {
        const found = matcher.find(typed);
        if (found !== null) expect([typed, found.id]).toEqual([typed, institution.id]);
      }
    }
  });

  it('leaves real libraries whose initials are another library’s short form unmatched', () => {
    const nearMisses = [
      'Hearst Public Library', // HPL, Hamilton's
      'Timmins Public Library', // TPL, Toronto's
      'Georgina Public Library', // GPL, Guelph's
      'Kenora Public Library', // KPL, Kitchener's
    ];
    for (const typed of nearMisses) expect([typed, matcher.find(typed)]).toEqual([typed, null]);
  });

  it('leaves acronyms that several seed institutions share unmatched', () => {
    for (const shared of ['OPL', 'WPL', 'BPL', 'MPL', 'UW', 'SC']) {
      expect(matcher.find(shared)).toBeNull();
    }
  });
});
