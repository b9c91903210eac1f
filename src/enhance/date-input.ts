// Reading a GOV.UK date input (src/components/govuk/DateInput.astro) and checking it with checkDate
// (src/lib/stage-finder/date-input.ts), for the stage tool and the letter helper alike.
import { checkDate, type DateInput, type DateLimits, type DateResult } from '../lib/stage-finder/date-input.ts';
import { requireElement } from './elements.ts';

/** The date input's name for the messages (it finishes "Enter …"). */
export function dateName(question: ParentNode, component: string): string {
  return requireElement(question, '[data-yv-date-input]', component).dataset.yvDateName!;
}

/** Checks what is typed in the date's boxes (named day, month and year), as checkDate does. */
export function checkTypedDate(boxes: HTMLInputElement[], name: string, limits: DateLimits): DateResult {
  return checkDate(Object.fromEntries(boxes.map((box) => [box.name, box.value])) as DateInput, name, limits);
}
