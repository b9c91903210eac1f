// GOV.UK errors, for every question a script checks (the stage tool's date, the letter helper's questions): the
// error summary above the question takes focus, so a screen reader reads it once (it has no alert role), and its link
// focuses the field to fix with the question in view; the same message shows in the question's form group, whose
// fields in error are marked; the page title starts "Error: ". The markup is src/components/govuk/ErrorSummary.astro
// and FormGroup.astro, looked up once by errorHooks before anything changes.
import { requireElement } from './elements.ts';

/** What is wrong with an answer, and the names of the fields to fix: the summary's link goes to the first. */
export type FieldError = { message: string; fields: string[] };

/** One question's error markup: its error summary, and its form group with the message and the fields. */
export type ErrorHooks = {
  summary: HTMLElement;
  link: HTMLAnchorElement;
  group: HTMLElement;
  message: HTMLElement;
  fields: HTMLInputElement[];
};

/** `summaryIn` holds the question's error summary, `question` its form group. */
export function errorHooks(summaryIn: ParentNode, question: ParentNode, component: string): ErrorHooks {
  const find = <T extends HTMLElement>(root: ParentNode, selector: string) =>
    requireElement<T>(root, selector, component);
  const summary = find(summaryIn, '[data-yv-error-summary]');
  return {
    summary,
    link: find<HTMLAnchorElement>(summary, 'a'),
    group: find(question, '[data-yv-group]'),
    message: find(question, '[data-yv-error]'),
    // A textarea has the same name, value and id as a text box, all that is used here.
    fields: [...question.querySelectorAll<HTMLInputElement>('input, textarea')],
  };
}

/** Shows the error, or clears it when there is none. Nothing typed is changed. */
export function showError({ summary, link, group, message, fields }: ErrorHooks, error?: FieldError): void {
  document.title = (error ? 'Error: ' : '') + document.title.replace(/^Error: /, '');
  summary.hidden = !error;
  group.classList.toggle('yv-form-group--error', !!error);
  // The visually hidden "Error:" starts the message, as GOV.UK's does, for a screen reader reading the field.
  message.innerHTML = error ? '<span class="yv-visually-hidden">Error:</span> ' : '';
  for (const field of fields) {
    if (error?.fields.includes(field.name)) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }
  if (!error) return;
  message.append(error.message);
  const target = fields.find((field) => field.name === error.fields[0])!;
  link.textContent = error.message;
  link.href = `#${target.id}`;
  // Focus, not the link's own jump: the address (and so the history) stays as it is.
  link.onclick = (event) => {
    event.preventDefault();
    target.focus();
  };
  summary.focus();
}
