// When the groups young people can join meet, and how often the survey happens, from the council's having your say
// page: written once here, shown by <Meeting> on the standard page and the Easy Read page.
import type { SourceKey } from './sources.ts';

export type MeetingPart = { text: string; source: SourceKey };

export const meetings = {
  /** Barnet on Point (#BOP), Barnet's Children in Care Council. */
  'barnet-on-point-day': { text: 'the first Tuesday of every month', source: 'councilHaveYourSay' },
  'barnet-on-point-time': { text: '5.30pm to 8pm', source: 'councilHaveYourSay' },
  /** The Children in Care Survey. */
  'survey-every': { text: 'every year', source: 'councilHaveYourSay' },
  /** The Corporate Parenting Officers' Group (CPOG). */
  'cpog-every': { text: 'every 6 weeks', source: 'councilHaveYourSay' },
  'cpog-young-people': { text: 'once a quarter', source: 'councilHaveYourSay' },
  'cpog-young-people-means': { text: 'once every 3 months', source: 'councilHaveYourSay' },
} as const satisfies Record<string, MeetingPart>;

export type MeetingKey = keyof typeof meetings;
