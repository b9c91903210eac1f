// Where the site's facts come from. Pages cite these by key so a source is named the same way everywhere.
export const sources = {
  councilComplaints: { title: "Barnet Council: children's social care complaints procedure" },
  councilHaveYourSay: { title: 'Barnet Council: having your say, advocacy and complaints (for care leavers)' },
  regulations: {
    title: 'The Children Act 1989 Representations Procedure (England) Regulations 2006 (SI 2006/1738)',
  },
  gettingTheBest: { title: 'Department for Education: Getting the Best from Complaints' },
  childrenAct26A: { title: 'Children Act 1989, section 26A (advocacy services)' },
  councilProcedures: {
    title:
      'Complaints procedures of other English councils (Bexley, Devon, Manchester), for the time to ask for Stage 2 and Stage 3, which Barnet does not publish',
  },
  coramVoice: { title: 'Coram Voice', url: 'https://coramvoice.org.uk' },
  ombudsman: { title: 'Local Government and Social Care Ombudsman', url: 'https://www.lgo.org.uk' },
  localGovernmentAct: { title: 'Local Government Act 1974, section 26B' },
  familyRightsGroup: { title: 'Family Rights Group', url: 'https://frg.org.uk' },
  helpAtHand: {
    title: "Children's Commissioner for England: Help at Hand",
    url: 'https://www.childrenscommissioner.gov.uk',
  },
  childline: { title: 'NSPCC: Childline', url: 'https://www.childline.org.uk' },
  accessibilityStatementModel: { title: 'GOV.UK: sample accessibility statement for a public sector website' },
  wcag22: { title: 'W3C: Web Content Accessibility Guidelines (WCAG) 2.2' },
  accessibilityRegulations: {
    title:
      'The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (SI 2018/952)',
  },
} as const;

export type SourceKey = keyof typeof sources;
export type Source = { title: string; url?: string };
