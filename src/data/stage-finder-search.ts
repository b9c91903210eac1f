// The words young people might search with to find "Which stage am I at?", like a guide page's `searchTerms`
// (the start page is an Astro page, not MDX, so its words live here). Used by the page and the search vocabulary.
export const stageFinderSearchTerms = [
  'complaint stage',
  'what happens next',
  'deadline',
  'how long',
  'working days',
  'late reply',
  'no answer',
  'heard nothing',
  'still waiting',
  'what stage',
  'where is my complaint',
  'next step',
  'when will they reply',
];
