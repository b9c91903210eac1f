// What the stage tool's code needs besides the page (the tree's links and the bank holidays, never the words), built
// into that code when the site is built (src/pages/stage-finder.js.ts), so no stage tool page carries it.
import { bankHolidayData } from './bank-holidays.ts';
import { stageTree } from './stage-finder.ts';
import { edgesOf } from '../lib/stage-finder/index.ts';
import type { StageFinderData } from '../lib/stage-finder/walk.ts';
import { withBase } from '../lib/urls.ts';

export function stageFinderData(base: string): StageFinderData {
  return {
    start: stageTree.startNodeId,
    base: withBase(base, '/which-stage/'),
    edges: edgesOf(stageTree),
    holidays: bankHolidayData.dates,
    firstYear: bankHolidayData.firstYear,
    lastYear: bankHolidayData.lastYear,
  };
}
