// "Write my letter" with JavaScript: the <yv-letter-helper> element hides the printable planner and asks the
// questions one at a time, in place. Answers live only in this object and the page's fields: never in the address,
// storage or history (history entries carry only a step name, so Back works), and they are wiped on pagehide so Back
// after "Exit this page" and the back-forward cache show empty fields. Nothing is sent: every form is handled here.
// Markup contract: every hook of every step is looked up when the element starts, before it hides the planner or
// touches history; a missing one is an ElementError naming it, and the page stays the printable planner.
import { buildLetter } from '../lib/letters/build.ts';
import { lastDayToAsk, isLate, fromIso } from '../lib/letters/deadlines.ts';
import { fill } from '../lib/letters/fill.ts';
import { emailLink } from '../lib/letters/mailto.ts';
import { answersInUse, isShown, nextAfterChange, nextQuestion } from '../lib/letters/questions.ts';
import type { HelperData } from '../lib/letters/helper-data.ts';
import type { Answers, LetterContext, QuestionId } from '../lib/letters/types.ts';
import { todayInLondon } from '../lib/stage-finder/date-input.ts';
import { formatDate, formatLongDate } from '../lib/dates.ts';
import { isoDay } from '../lib/working-days.ts';
import { checkTypedDate, dateName } from './date-input.ts';
import { ElementError, Enhancement, requireElement } from './elements.ts';
import { errorHooks, showError, type ErrorHooks, type FieldError } from './error-summary.ts';

type Step = QuestionId | 'check' | 'letter';
const NAME = 'letter helper';

/** A question's form, with its error markup when the answer can be wrong, and for a date the words that finish
 * "Enter …" in its messages (a date can always be wrong). */
type Question = { form: HTMLFormElement; errors: ErrorHooks | null; dateName?: string };

type Hooks = {
  data: HelperData;
  planner: HTMLElement;
  /** Every step, with the heading that takes focus and names it in the page title. */
  steps: Map<Step, { section: HTMLElement; heading: HTMLElement }>;
  questions: Map<QuestionId, Question>;
  /** "Check your answers": a row per question, and what a row says when a question was not answered. */
  rows: { id: QuestionId; row: HTMLElement; value: HTMLElement }[];
  notGiven: string;
  deadlines: HTMLElement[];
  box: HTMLTextAreaElement;
  email: HTMLAnchorElement;
  status: HTMLElement;
  changed: HTMLElement;
  urgent: HTMLElement | null;
  paperText: HTMLElement;
};

class LetterHelper extends Enhancement<Hooks> {
  declare hooks: Hooks;
  declare data: HelperData;
  answers: Answers = {};
  /** The letter as last written from the answers, to tell whether they have edited it since. */
  written = '';
  /** A newer letter waiting for "Update the letter". */
  pending = '';
  step: Step = 'name';
  /** Which history entry of this page we are on (0: the one it opened with), so Back knows where it goes. */
  depth = 0;
  changing = false;
  /** The page title without a step: each step puts its question in front of it. */
  pageTitle = document.title;
  declare first: QuestionId;
  /** The email link's two names (the letter fits in the link, or not), from the markup. */
  declare emailNames: [string, string];

  el<T extends Element = HTMLElement>(selector: string, root: ParentNode = this): T {
    return requireElement<T>(root, selector, NAME);
  }

  all<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.querySelectorAll<T>(selector)];
  }

  find(): Hooks {
    const data = JSON.parse(this.el('[data-yv-data]').textContent!) as HelperData;
    const steps: Hooks['steps'] = new Map();
    for (const section of this.all('[data-yv-step]')) {
      steps.set(section.dataset.yvStep as Step, { section, heading: this.el('.yv-lh-question', section) });
    }
    for (const step of [...data.questions, 'check', 'letter'] as Step[]) {
      if (!steps.has(step)) throw new ElementError(NAME, `[data-yv-step="${step}"]`);
    }
    const questions: Hooks['questions'] = new Map();
    for (const form of this.all<HTMLFormElement>('form[data-yv-step]')) {
      questions.set(form.dataset.yvStep as QuestionId, {
        form,
        errors: form.querySelector('[data-yv-error]') ? errorHooks(form, form, NAME) : null,
        ...(form.dataset.yvKind === 'date' && { dateName: dateName(form, NAME) }),
      });
    }
    const rows = this.all('[data-yv-row]').map((row) => {
      const id = row.dataset.yvRow as QuestionId;
      if (!questions.has(id)) throw new ElementError(NAME, `form[data-yv-step="${id}"]`);
      return { id, row, value: this.el('[data-yv-value]', row) };
    });
    return {
      data,
      planner: this.el('[data-yv-planner]'),
      steps,
      questions,
      rows,
      notGiven: this.el('[data-yv-empty]').dataset.yvEmpty!,
      deadlines: this.all('[data-yv-deadline]'),
      box: this.el<HTMLTextAreaElement>('textarea[data-yv-letter]'),
      email: this.el<HTMLAnchorElement>('a[data-yv-email]'),
      status: this.el('[data-yv-status]'),
      changed: this.el('[data-yv-changed]'),
      urgent: this.querySelector<HTMLElement>('[data-yv-urgent]'),
      paperText: this.el('[data-yv-paper-text]'),
    };
  }

  /** Everything is there: only now does the page change. */
  start(hooks: Hooks) {
    this.hooks = hooks;
    this.data = hooks.data;
    this.first = this.data.questions[0]!;
    this.emailNames = [hooks.email.textContent!, hooks.email.dataset.yvLongText!];
    hooks.planner.hidden = true;
    history.replaceState({ yvStep: this.first, n: 0 }, '');
    this.show(this.first, false);
    this.addEventListener('submit', (event) => this.onSubmit(event));
    this.addEventListener('click', (event) => this.onClick(event));
    hooks.box.addEventListener('input', () => this.refreshOutputs());
    addEventListener('popstate', (event) => {
      const state = event.state as { yvStep?: Step; n?: number } | null;
      if (state?.yvStep) {
        this.depth = state.n ?? 0;
        this.show(state.yvStep);
      }
    });
    // Leaving the page (Exit this page, a link, closing the tab): forget everything, so nothing can come back.
    addEventListener('pagehide', () => this.clear());
  }

  ctx(): LetterContext {
    const { questions, given, askWithin } = this.data;
    return { questions, given, today: todayInLondon(), holidays: new Set(this.data.holidays), askWithin };
  }

  clear() {
    for (const { form } of this.hooks.questions.values()) form.reset();
    this.answers = {};
    this.written = this.pending = this.hooks.box.value = '';
    this.refreshOutputs();
    this.hooks.status.textContent = '';
    this.show(this.first, false);
  }

  go(step: Step) {
    this.depth += 1;
    history.pushState({ yvStep: step, n: this.depth }, '');
    this.show(step);
  }

  /** Shows one step. Focus moves to its heading, except when the page first opens (the reader starts at the top). */
  show(wanted: Step, focus = true) {
    const ctx = this.ctx();
    // After the page was cleared, a history entry can point past the questions: start again.
    let step = wanted;
    if ((step === 'check' || step === 'letter') && !this.answers.happened) step = this.first;
    if (step !== 'check' && step !== 'letter' && !isShown(step, this.answers, ctx)) {
      step = nextQuestion(step, this.answers, ctx);
    }
    this.step = step;
    if (step === 'check') this.fillCheck(ctx);
    if (step === 'letter') this.writeLetter(ctx);
    if (step === 'check' || step === 'letter') this.fillDeadline(ctx);
    for (const [name, { section }] of this.hooks.steps) section.hidden = name !== step;
    document.body.classList.toggle('yv-lh-printing', step === 'letter');
    const { heading } = this.hooks.steps.get(step)!;
    document.title = `${heading.textContent!.trim()} – ${this.pageTitle}`;
    if (focus) heading.focus();
  }

  onClick(event: MouseEvent) {
    const target = (event.target as Element).closest<HTMLElement>('a, button');
    if (!target) return;
    const d = target.dataset;
    if ('yvBack' in d) {
      if (this.depth === 0) return; // the first question's Back link goes to the list of letters
      event.preventDefault();
      history.back();
    } else if (d.yvChange) {
      event.preventDefault();
      this.changing = true;
      this.go(d.yvChange as QuestionId);
    } else if ('yvWrite' in d) {
      this.go('letter');
    } else if ('yvToCheck' in d) {
      event.preventDefault();
      this.go('check');
    } else if ('yvUpdate' in d) {
      this.hooks.box.value = this.written = this.pending;
      this.settle();
    } else if ('yvKeep' in d) {
      this.written = this.pending;
      this.settle();
    } else if ('yvCopy' in d || ('yvEmail' in d && 'yvLong' in d)) {
      // Copy; or, for a letter too long for a mail link, copy first: the link still opens the email, with the subject.
      void this.copy(d.yvDone!);
    } else if ('yvPrint' in d) {
      print();
    }
  }

  onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const id = (event.target as HTMLFormElement).dataset.yvStep as QuestionId;
    const question = this.hooks.questions.get(id);
    if (!question) return;
    const error = this.readAnswer(question, id);
    if (question.errors) showError(question.errors, error);
    if (error) return;
    const ctx = this.ctx();
    const next = this.changing ? nextAfterChange(id, this.answers, ctx) : nextQuestion(id, this.answers, ctx);
    if (next === 'check') this.changing = false;
    this.go(next);
  }

  /** Reads a step's field into the answers; returns an error to show, if any. Nothing typed is ever cleared. */
  readAnswer({ form, errors, dateName }: Question, id: QuestionId): FieldError | undefined {
    let value: string | undefined;
    if (dateName && errors) {
      // A date is optional: nothing typed is no answer, not an error.
      if (errors.fields.some((box) => box.value.trim())) {
        const { firstYear, lastYear } = this.data;
        const result = checkTypedDate(errors.fields, dateName, { today: todayInLondon(), firstYear, lastYear });
        if (!result.ok) return result;
        value = isoDay(result.date);
      }
    } else {
      const field = form.elements.namedItem(id) as HTMLInputElement | RadioNodeList | null;
      value = (field?.value ?? '').trim() || undefined;
    }
    if (!value && form.dataset.yvRequired) return { message: form.dataset.yvRequired, fields: [id] };
    if (value) this.answers[id] = value;
    else delete this.answers[id];
    return undefined;
  }

  fillCheck(ctx: LetterContext) {
    for (const { id, row, value } of this.hooks.rows) {
      row.hidden = !isShown(id, this.answers, ctx);
      const answer = this.answers[id];
      const { form } = this.hooks.questions.get(id)!;
      const kind = form.dataset.yvKind;
      const label =
        answer && kind === 'radios'
          ? form.querySelector(`input[value="${answer}"] + label`)?.textContent
          : answer && kind === 'date'
            ? formatDate(fromIso(answer))
            : answer;
      value.textContent = label ?? this.hooks.notGiven;
    }
  }

  fillDeadline(ctx: LetterContext) {
    const words = this.data.wording.letters[this.data.letter]!;
    const last = lastDayToAsk(this.answers, ctx);
    for (const p of this.hooks.deadlines) {
      p.hidden = !last || !words.deadline;
      if (last && words.deadline) {
        p.textContent =
          fill(words.deadline, { date: formatLongDate(last) }) +
          (isLate(this.answers, ctx) && words.late ? ` ${words.late}` : '');
      }
    }
  }

  writeLetter(ctx: LetterContext) {
    const { box, changed, urgent } = this.hooks;
    const letter = buildLetter(this.data.letter, this.answers, this.data.wording, ctx).text;
    const edited = this.written !== '' && box.value !== this.written;
    if (!edited) box.value = this.written = letter;
    this.pending = letter;
    changed.hidden = !edited || letter === this.written;
    if (urgent) urgent.hidden = answersInUse(this.answers, ctx).urgent !== 'yes';
    this.refreshOutputs();
  }

  settle() {
    this.hooks.changed.hidden = true;
    this.refreshOutputs();
    this.hooks.box.focus();
  }

  /** The email link and the printed copy follow the letter as it is in the box, with their changes. */
  refreshOutputs() {
    const { box, email, paperText } = this.hooks;
    const text = box.value;
    const subject = buildLetter(this.data.letter, this.answers, this.data.wording, this.ctx()).subject;
    const link = emailLink(this.data.email, subject, text);
    email.href = link.href;
    email.textContent = this.emailNames[link.withBody ? 0 : 1];
    if (link.withBody) delete email.dataset.yvLong;
    else email.dataset.yvLong = '';
    paperText.textContent = text;
  }

  async copy(done: string) {
    const { box, status } = this.hooks;
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(box.value);
      status.textContent = done;
    } catch {
      box.focus();
      box.select();
      status.textContent = status.dataset.yvFallback!;
    }
  }
}

customElements.define('yv-letter-helper', LetterHelper);
