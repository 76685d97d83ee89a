import { exampleMentee, exampleProfile } from '../../bench/population';
import {
  brokenHardRules,
  buildExclusions,
  checkHardRules,
  DEFAULT_MATCHING_SETTINGS,
} from '../../src/matching/engine';
import type {
  CandidateProfile,
  ExcludedPair,
  MenteeRole,
  MentorRole,
} from '../../src/matching/engine';

const settings = DEFAULT_MATCHING_SETTINGS;
const none = buildExclusions([]);

function mentor(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return exampleProfile(1, { yearsExperience: 12, ...overrides });
}

function mentee(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return exampleMentee(2, { yearsExperience: 2, ...overrides });
}

function mentorRole(overrides: Partial<MentorRole>): MentorRole {
  return { approved: true, active: true, capacity: 2, openSlots: 2, ...overrides };
}

function menteeRole(overrides: Partial<MenteeRole>): MenteeRole {
  return { approved: true, active: true, matched: false, ...overrides };
}

describe('the hard rules', () => {
  it('allow an approved, active mentor with room and enough experience', () => {
    expect(checkHardRules(mentor(), mentee(), settings, none)).toBeNull();
  });

  it('never pair a member with themself', () => {
    const both = exampleProfile(5, {
      yearsExperience: 12,
      mentee: { approved: true, active: true, matched: false },
    });

    expect(checkHardRules(both, both, settings, none)).toBe('same_member');
  });

  it('never pair two members of the same institution', () => {
    const rule = checkHardRules(
      mentor({ institutionKey: 'public:Toronto:1' }),
      mentee({ institutionKey: 'public:Toronto:1' }),
      settings,
      none,
    );

    expect(rule).toBe('same_institution');
  });

  it('do not treat two members without an institution as colleagues', () => {
    expect(checkHardRules(mentor(), mentee(), settings, none)).toBeNull();
  });

  it.each<[string, CandidateProfile['mentor'], string]>([
    ['no mentor role', null, 'not_a_mentor'],
    ['an unapproved mentor role', mentorRole({ approved: false }), 'mentor_not_approved'],
    ['a paused mentor role', mentorRole({ active: false }), 'mentor_inactive'],
    ['no room left', mentorRole({ openSlots: 0 }), 'mentor_full'],
  ])('name the mentor rule for %s', (_, role, rule) => {
    expect(checkHardRules(mentor({ mentor: role }), mentee(), settings, none)).toBe(rule);
  });

  it.each<[string, CandidateProfile['mentee'], string]>([
    ['no mentee role', null, 'not_a_mentee'],
    ['an unapproved mentee role', menteeRole({ approved: false }), 'mentee_not_approved'],
    ['a suspended mentee role', menteeRole({ active: false }), 'mentee_inactive'],
    ['a mentee already in a partnership', menteeRole({ matched: true }), 'mentee_matched'],
  ])('name the mentee rule for %s', (_, role, rule) => {
    expect(checkHardRules(mentor(), mentee({ mentee: role }), settings, none)).toBe(rule);
  });

  it('require the mentor to have at least the minimum gap of experience more', () => {
    const atGap = checkHardRules(mentor({ yearsExperience: 5 }), mentee(), settings, none);
    const belowGap = checkHardRules(mentor({ yearsExperience: 4.5 }), mentee(), settings, none);
    const widerGap = checkHardRules(
      mentor({ yearsExperience: 5 }),
      mentee(),
      { ...settings, minExperienceGap: 4 },
      none,
    );

    expect(atGap).toBeNull();
    expect(belowGap).toBe('experience_gap');
    expect(widerGap).toBe('experience_gap');
  });

  it.each<[ExcludedPair['kind'], string]>([
    ['partnership', 'partnership_exists'],
    ['pending_request', 'request_pending'],
    ['declined', 'declined'],
    ['not_interested', 'not_interested'],
  ])('keep apart a pair with a %s between them', (kind, rule) => {
    const exclusions = buildExclusions([{ mentorId: 1, menteeId: 2, kind }]);

    expect(checkHardRules(mentor(), mentee(), settings, exclusions)).toBe(rule);
  });

  it('exclude a pair only in its own direction', () => {
    const exclusions = buildExclusions([{ mentorId: 2, menteeId: 1, kind: 'declined' }]);

    expect(checkHardRules(mentor(), mentee(), settings, exclusions)).toBeNull();
  });

  it('keep the strongest reason when a pair is excluded twice', () => {
    const exclusions = buildExclusions([
      { mentorId: 1, menteeId: 2, kind: 'not_interested' },
      { mentorId: 1, menteeId: 2, kind: 'partnership' },
      { mentorId: 1, menteeId: 2, kind: 'declined' },
    ]);

    expect(checkHardRules(mentor(), mentee(), settings, exclusions)).toBe('partnership_exists');
  });

  it('list every rule a pair breaks, in the documented order', () => {
    const exclusions = buildExclusions([{ mentorId: 1, menteeId: 2, kind: 'declined' }]);

    const broken = brokenHardRules(
      mentor({ institutionKey: 'x', yearsExperience: 3, mentor: null }),
      mentee({ institutionKey: 'x', mentee: menteeRole({ approved: false }) }),
      settings,
      exclusions,
    );

    expect(broken).toEqual([
      'not_a_mentor',
      'mentee_not_approved',
      'same_institution',
      'experience_gap',
      'declined',
    ]);
  });
});
