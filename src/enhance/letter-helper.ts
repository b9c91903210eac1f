// "Write my letter" with JavaScript: the <yv-letter-helper> element hides the printable planner and asks the
// questions one at a time, in place. Answers live only in this object and the page's fields: never in the address,
// storage or history (history entries carry only a step name, so Back works), and they are wiped on pagehide so Back
// after "Exit this page" and the back-forward cache show empty fields. Nothing is sent: every form is handled here.
import { buildLetter } from '../lib/letters/build.ts';
import { lastDayToAsk, isLate, fromIso } from '../lib/letters/deadlines.ts';
import { fill } from '../lib/letters/fill.ts';
import { emailLink } from '../lib/letters/mailto.ts';
import { answersInUse, isShown, nextAfterChange, nextQuestion } from '../lib/letters/questions.ts';
import type { HelperData } from '../lib/letters/helper-data.ts';
import type { Answers, LetterContext, QuestionId } from '../lib/letters/types.ts';
import { checkDate, todayInLondon, type DateField } from '../lib/stage-finder/date-input.ts';
import { formatDate, formatLongDate } from '../lib/dates.ts';
import { isoDay } from '../lib/working-days.ts';
import { enhanceSafely, requireElement } from './elements.ts';

type Step = QuestionId | 'check' | 'letter';
const NAME = 'letter helper';
const dateFields: DateField[] = ['day', 'month', 'year'];

class LetterHelper extends HTMLElement {
  data!: HelperData;
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
  first!: QuestionId;
  box!: HTMLTextAreaElement;
  email!: HTMLAnchorElement;
  /** The email link's two names (the letter fits in the link, or not), from the markup. */
  emailNames!: [string, string];
  status!: HTMLElement;

  connectedCallback() {
    enhanceSafely(() => this.start());
  }

  el<T extends Element = HTMLElement>(selector: string, root: ParentNode = this): T {
    return requireElement<T>(root, selector, NAME);
  }

  all<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.querySelectorAll<T>(selector)];
  }

  start() {
    this.data = JSON.parse(this.el('[data-yv-data]').textContent!) as HelperData;
    this.first = this.data.questions[0]!;
    this.box = this.el<HTMLTextAreaElement>('[data-yv-letter]');
    this.email = this.el<HTMLAnchorElement>('[data-yv-email]');
    this.emailNames = [this.email.textContent!, this.email.dataset.yvLongText!];
    this.status = this.el('[data-yv-status]');
    this.el('[data-yv-planner]').hidden = true;
    history.replaceState({ yvStep: this.first, n: 0 }, '');
    this.show(this.first, false);
    this.addEventListener('submit', (event) => this.onSubmit(event));
    this.addEventListener('click', (event) => this.onClick(event));
    this.box.addEventListener('input', () => this.refreshOutputs());
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
    for (const form of this.all<HTMLFormElement>('form')) form.reset();
    this.answers = {};
    this.written = this.pending = this.box.value = '';
    this.refreshOutputs();
    this.status.textContent = '';
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
    for (const section of this.all('[data-yv-step]')) section.hidden = section.dataset.yvStep !== step;
    document.body.classList.toggle('yv-lh-printing', step === 'letter');
    const shown = this.el(`[data-yv-step="${step}"]`);
    const heading = this.el('.yv-lh-question', shown);
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
      this.box.value = this.written = this.pending;
      this.settle();
    } else if ('yvKeep' in d) {
      this.written = this.pending;
      this.settle();
    } else if ('yvCopy' in d || ('yvEmail' in d && 'yvLong' in d)) {
      // Copy; or, for a letter too long for a mail link, copy first: the link still opens the email, with the subject.
      void this.copy(d.yvDone!);
    } else if ('yvPrint' in d) {
      print();
    } else if (d.yvErrorLink) {
      event.preventDefault();
      this.el<HTMLElement>(d.yvErrorLink).focus();
    }
  }

  onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const id = form.dataset.yvStep as QuestionId;
    const error = this.readAnswer(form, id);
    if (form.querySelector('[data-yv-error]')) this.showError(form, error);
    if (error) return;
    const ctx = this.ctx();
    const next = this.changing ? nextAfterChange(id, this.answers, ctx) : nextQuestion(id, this.answers, ctx);
    if (next === 'check') this.changing = false;
    this.go(next);
  }

  /** Reads a step's field into the answers; returns an error to show, if any. Nothing typed is ever cleared. */
  readAnswer(form: HTMLFormElement, id: QuestionId): { message: string; fields: string[] } | undefined {
    const kind = form.dataset.yvKind;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | RadioNodeList | null;
    let value: string | undefined;
    if (kind === 'date') {
      const input = Object.fromEntries(dateFields.map((f) => [f, (field(f) as HTMLInputElement).value])) as Record<
        DateField,
        string
      >;
      if (Object.values(input).every((v) => !v.trim())) value = undefined;
      else {
        const result = checkDate(input, form.dataset.yvDateName!, {
          today: todayInLondon(),
          firstYear: this.data.firstYear,
          lastYear: this.data.lastYear,
        });
        if (!result.ok) return { message: result.message, fields: result.fields.map((f) => `q-${id}-${f}`) };
        value = isoDay(result.date);
      }
    } else {
      value = (field(id)?.value ?? '').trim() || undefined;
    }
    if (!value && form.dataset.yvRequired) return { message: form.dataset.yvRequired, fields: [`q-${id}`] };
    if (value) this.answers[id] = value;
    else delete this.answers[id];
    return undefined;
  }

  /** GOV.UK errors: a summary that takes focus, the message by the field, "Error:" in the title. */
  showError(form: HTMLFormElement, error: { message: string; fields: string[] } | undefined) {
    const summary = this.el('[data-yv-error-summary]', form);
    const message = this.el('[data-yv-error]', form);
    const group = this.el('[data-yv-group]', form);
    summary.hidden = !error;
    message.textContent = '';
    group.classList.toggle('yv-lh-group--error', Boolean(error));
    for (const input of form.querySelectorAll('input, textarea')) {
      if (error?.fields.includes(input.id)) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    if (!error) return;
    message.innerHTML = '<span class="yv-visually-hidden">Error:</span> ';
    message.append(error.message);
    const link = this.el<HTMLAnchorElement>('[data-yv-error-link]', summary);
    link.textContent = error.message;
    link.href = `#${error.fields[0]}`;
    link.dataset.yvErrorLink = `#${error.fields[0]}`;
    document.title = `Error: ${document.title.replace(/^Error: /, '')}`;
    summary.focus();
  }

  fillCheck(ctx: LetterContext) {
    for (const row of this.all('[data-yv-row]')) {
      const id = row.dataset.yvRow as QuestionId;
      row.hidden = !isShown(id, this.answers, ctx);
      const answer = this.answers[id];
      const form = this.el<HTMLFormElement>(`[data-yv-step="${id}"]`);
      const label =
        answer && form.dataset.yvKind === 'radios'
          ? form.querySelector(`input[value="${answer}"] + label`)?.textContent
          : answer && form.dataset.yvKind === 'date'
            ? formatDate(fromIso(answer))
            : answer;
      this.el('[data-yv-value]', row).textContent = label ?? this.el('[data-yv-empty]').dataset.yvEmpty!;
    }
  }

  fillDeadline(ctx: LetterContext) {
    const words = this.data.wording.letters[this.data.letter]!;
    const last = lastDayToAsk(this.answers, ctx);
    for (const p of this.all('[data-yv-deadline]')) {
      p.hidden = !last || !words.deadline;
      if (last && words.deadline) {
        p.textContent =
          fill(words.deadline, { date: formatLongDate(last) }) +
          (isLate(this.answers, ctx) && words.late ? ` ${words.late}` : '');
      }
    }
  }

  writeLetter(ctx: LetterContext) {
    const letter = buildLetter(this.data.letter, this.answers, this.data.wording, ctx).text;
    const edited = this.written !== '' && this.box.value !== this.written;
    if (!edited) this.box.value = this.written = letter;
    this.pending = letter;
    this.el('[data-yv-changed]').hidden = !edited || letter === this.written;
    const urgent = this.querySelector<HTMLElement>('[data-yv-urgent]');
    if (urgent) urgent.hidden = answersInUse(this.answers, ctx).urgent !== 'yes';
    this.refreshOutputs();
  }

  settle() {
    this.el('[data-yv-changed]').hidden = true;
    this.refreshOutputs();
    this.box.focus();
  }

  /** The email link and the printed copy follow the letter as it is in the box, with their changes. */
  refreshOutputs() {
    const text = this.box.value;
    const subject = buildLetter(this.data.letter, this.answers, this.data.wording, this.ctx()).subject;
    const link = emailLink(this.data.email, subject, text);
    this.email.href = link.href;
    this.email.textContent = this.emailNames[link.withBody ? 0 : 1];
    if (link.withBody) delete this.email.dataset.yvLong;
    else this.email.dataset.yvLong = '';
    this.el('[data-yv-paper-text]').textContent = text;
  }

  async copy(done: string) {
    const status = this.status;
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(this.box.value);
      status.textContent = done;
    } catch {
      this.box.focus();
      this.box.select();
      status.textContent = status.dataset.yvFallback!;
    }
  }
}

customElements.define('yv-letter-helper', LetterHelper);
