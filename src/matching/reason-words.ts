/** Puts the engine's reasons into plain words, from the viewer's side of the pair. */
import type { Reason } from './engine';
import type { Side } from './suggestion-store';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

function skillList(t: Translate, skills: readonly string[]): string {
  return skills.map((skill) => t(`profile.skill.${skill}`)).join(', ');
}

export function reasonInWords(t: Translate, reason: Reason, side: Side): string {
  switch (reason.code) {
    case 'same_focus':
      return t('reason.same_focus', { focus: t(`focus.${reason.focus}`) });
    case 'near_focus':
      return t('reason.near_focus', {
        mentorFocus: t(`focus.${reason.mentorFocus}`),
        menteeFocus: t(`focus.${reason.menteeFocus}`),
      });
    case 'distance_km':
      return t('reason.distance_km', { km: Math.round(reason.km) });
    case 'same_region':
      return t('reason.same_region', { region: t(`region.${reason.region}`) });
    case 'meets_online':
      return t('reason.meets_online');
    case 'experience': {
      const key = side === 'mentee' ? 'reason.experience' : 'reason.experience_as_mentor';
      return t(key, { mentorYears: reason.mentorYears, menteeYears: reason.menteeYears });
    }
    case 'shares_skills': {
      const key = side === 'mentee' ? 'reason.shares_skills' : 'reason.wants_skills';
      return t(key, { skills: skillList(t, reason.skills) });
    }
    case 'supervisory':
      return t('reason.supervisory', { years: reason.years });
  }
}
