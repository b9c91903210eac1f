// "Which stage am I at?" with JavaScript: the <yv-stage-finder> custom element runs the flow in place on one page.
// It only enhances what is already there: every answer is a link to a pre-rendered page, so if anything fails the
// link simply loads that page. Answers (never dates) go in the URL; dates stay in the page; nothing is sent or stored.
// Markup contract: the frame and the step on show are looked up when the element starts, a step fetched from its own
// page before it is swapped in; a missing hook is an ElementError naming it, and the page stays plain links
// (src/enhance/elements.ts).
// Pages do not load this file: they carry a tiny loader (src/enhance/stage-finder-loader.ts) that imports it, bundled
// to <base>stage-finder.js (src/pages/stage-finder.js.ts), when the page needs it or the tool is first used.
import { chainDueDates } from '../lib/stage-finder/due-dates.ts';
import { todayInLondon } from '../lib/stage-finder/date-input.ts';
import { answersFromParam, answersToParam, walkAnswers, type StageFinderData } from '../lib/stage-finder/walk.ts';
import { datedCalendarFile, type DatedEvent } from '../lib/calendar-file.ts';
import { formatLongDate } from '../lib/dates.ts';
import { checkTypedDate, dateName } from './date-input.ts';
import { ElementError, Enhancement, requireElement } from './elements.ts';
import { errorHooks, showError, type ErrorHooks } from './error-summary.ts';

/** Built into this file when the site is built (src/pages/stage-finder.js.ts), so no page carries it. */
declare const STAGE_FINDER_DATA: StageFinderData;
type Data = StageFinderData;
/** History state: the answers so far (null on the start page) and how many steps were taken on this page. */
type State = { answers: string[] | null; depth: number };
/** A step's page, kept once fetched, with what its printout says about where it came from. */
type Page = { html: string; title: string; printFooter: string | null; canonical: string | null; styles: string[] };

const component = 'Stage finder';

/** The hooks of the date form of an outcome that has dates. */
type DateHooks = {
  form: HTMLFormElement;
  /** Finishes "Enter …" in the date's error messages. */
  dateName: string;
  errors: ErrorHooks;
  /** Each deadline, with a place for its date ([data-yv-due-date]). */
  due: HTMLElement[];
  from: HTMLElement;
  oldNote: HTMLElement;
  byWhen: HTMLElement;
  now: HTMLElement;
  nowLate: HTMLElement;
  calendarTool: HTMLElement;
};

/** The hooks of the step on show. */
type StepHooks = { node: HTMLElement; heading: HTMLElement; dates: DateHooks | null };

function dateHooks(node: HTMLElement): DateHooks | null {
  const form = node.querySelector<HTMLFormElement>('form[data-yv-date-form]');
  if (!form) return null;
  const find = (root: ParentNode, selector: string) => requireElement(root, selector, component);
  return {
    form,
    dateName: dateName(form, component),
    errors: errorHooks(node, form, component),
    due: [...node.querySelectorAll<HTMLElement>('[data-yv-due]')].filter((item) => find(item, '[data-yv-due-date]')),
    from: find(node, '[data-yv-from]'),
    oldNote: find(node, '[data-yv-old-note]'),
    byWhen: find(node, '#by-when'),
    now: find(node, '[data-yv-now]'),
    nowLate: find(node, '[data-yv-now-late]'),
    calendarTool: find(node, '[data-yv-calendar-tool]'),
  };
}

function stepHooks(root: ParentNode): StepHooks {
  const node = requireElement(root, '[data-yv-node]', component);
  return { node, heading: requireElement(node, 'h1', component), dates: dateHooks(node) };
}

/** The frame's hooks: the data, the live region and the step it opens on. */
type FrameHooks = { data: Data; live: HTMLElement; step: StepHooks };

class StageFinder extends Enhancement<FrameHooks> {
  declare data: Data;
  declare holidays: Set<string>;
  declare live: HTMLElement;
  declare step: StepHooks;
  state: State = { answers: null, depth: 0 };
  pages = new Map<string, Page>();
  /** The dates still to come, for "Add to calendar". */
  calendarEvents: DatedEvent[] = [];

  find(): FrameHooks {
    return {
      data: STAGE_FINDER_DATA,
      live: requireElement(this, '[data-yv-live]', component),
      step: stepHooks(this),
    };
  }

  /** Only when all of the frame's hooks are there does the element take over the links. */
  start(hooks: FrameHooks) {
    Object.assign(this, hooks);
    this.holidays = new Set(this.data.holidays);
    const { node } = this.step;
    const id = node.dataset.yvNode ?? '';
    this.pages.set(id, {
      html: node.outerHTML,
      title: document.title,
      ...printedSource(document),
      styles: stylesheetsOf(document),
    });
    if (id) {
      // A bookmarked result brings its answers; a page reached some other way uses the shortest route to it.
      const fromUrl = answersFromParam(new URLSearchParams(location.search).get('answers'));
      const answers =
        walkAnswers(this.data.edges, this.data.start, fromUrl) === id
          ? fromUrl
          : answersFromParam(node.dataset.yvRoute ?? '');
      this.state = { answers, depth: 0 };
    }
    history.replaceState(this.state, '', this.url(this.state.answers));
    this.enhance();
    this.addEventListener('click', (event) => this.onClick(event));
    this.addEventListener('submit', (event) => this.onSubmit(event));
    addEventListener('popstate', (event) => {
      const state = event.state as State | null;
      if (state && 'depth' in state) void this.show(state, 'pop');
    });
  }

  nodeId(answers: string[] | null): string | null {
    return answers ? walkAnswers(this.data.edges, this.data.start, answers) : '';
  }

  url(answers: string[] | null): string {
    const id = this.nodeId(answers);
    return this.data.base + (id ? `${id}/` : '') + (answers?.length ? `?answers=${answersToParam(answers)}` : '');
  }

  onClick(event: MouseEvent) {
    const target = (event.target as Element).closest<HTMLElement>('a, button');
    if (!target || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const { answers, depth } = this.state;
    let next: State | null = null;
    const answer = target.dataset.yvAnswer;
    // On the start page (no answers yet) an answer link answers the first question: the urgent way in.
    if (answer) next = { answers: [...(answers ?? []), answer], depth: depth + 1 };
    else if (target.matches('[data-yv-start], [data-yv-restart]')) next = { answers: [], depth: depth + 1 };
    else if (target.matches('[data-yv-back]')) {
      event.preventDefault();
      if (depth > 0) history.back();
      else void this.show({ answers: answers?.length ? answers.slice(0, -1) : null, depth: 0 }, 'replace');
      return;
    } else if (target.matches('[data-yv-print]')) {
      print();
      return;
    } else if (target.matches('[data-yv-calendar]')) {
      this.downloadCalendar();
      return;
    }
    if (!next || this.nodeId(next.answers) === null) return;
    event.preventDefault();
    void this.show(next, 'push');
  }

  /** Shows the node for a state, fetching its pre-rendered page once. If that fails, the browser loads the page. */
  async show(state: State, how: 'push' | 'replace' | 'pop') {
    const id = this.nodeId(state.answers) ?? '';
    const url = this.url(state.answers);
    let page = this.pages.get(id);
    if (!page) {
      try {
        const response = await fetch(this.data.base + (id ? `${id}/` : ''));
        if (!response.ok) throw new Error(String(response.status));
        // Only the step's markup is taken, with the addresses of its page's stylesheets (withStylesheets brings any
        // this page lacks). The step page's own first-screen <style> goes before parsing: this page's policy allows
        // only its own (by hash).
        const text = (await response.text()).replace(/<style>.*?<\/style>/s, '');
        const doc = new DOMParser().parseFromString(text, 'text/html');
        page = {
          html: stepHooks(doc).node.outerHTML,
          title: doc.title,
          ...printedSource(doc),
          styles: stylesheetsOf(doc),
        };
        this.pages.set(id, page);
      } catch (error) {
        if (error instanceof ElementError) console.error(error);
        location.assign(url);
        return;
      }
    }
    // The start page links none of the steps' styles: a step is shown once its page's stylesheets are all here.
    await withStylesheets(page.styles);
    this.state = state;
    if (how === 'push') history.pushState(state, '', url);
    if (how === 'replace') history.replaceState(state, '', url);
    // A step links the stylesheets after its first screen: they move out of it, so they stay when it is replaced.
    document.body.append(...this.step.node.querySelectorAll('link'));
    this.step.node.outerHTML = page.html;
    document.title = page.title;
    showPrintedSource(page);
    this.step = stepHooks(this);
    this.enhance();
    // Focus alone makes a screen reader read the new heading; saying it in the live region too read it twice.
    this.step.heading.focus();
  }

  say(text: string) {
    this.live.textContent = '';
    setTimeout(() => {
      this.live.textContent = text;
    }, 100);
  }

  /** Shows what only works with JavaScript: the date form and the print and calendar buttons. */
  enhance() {
    for (const el of this.step.node.querySelectorAll<HTMLElement>('[data-yv-date-form], [data-yv-tools]'))
      el.hidden = false;
  }

  onSubmit(event: SubmitEvent) {
    const hooks = this.step.dates;
    if (!hooks || event.target !== hooks.form) return;
    event.preventDefault();
    const today = todayInLondon();
    const { firstYear, lastYear } = this.data;
    const result = checkTypedDate(hooks.errors.fields, hooks.dateName, { today, firstYear, lastYear });
    showError(hooks.errors, result.ok ? undefined : result);
    if (result.ok) this.showDates(hooks, result.date, today, result.old);
  }

  /** Each step's date ("By …", or "From … at the earliest" when the date typed is the day it was posted), and what
   * to do now first: once a date has passed, "This is late. Call … now." replaces the usual first words. */
  showDates(hooks: DateHooks, event: Date, today: Date, old: boolean) {
    const items = hooks.due;
    const posted = hooks.form.hasAttribute('data-yv-posted');
    const rules = items.map((li) => ({
      name: li.dataset.name ?? '',
      workingDays: Number(li.dataset.days),
      after: li.dataset.after ?? 'event',
    }));
    const dates = chainDueDates(event, rules, this.holidays, this.data.lastYear);
    const events: DatedEvent[] = [];
    let late = false;
    for (const [i, li] of items.entries()) {
      const date = dates[i];
      const slot = li.querySelector('[data-yv-due-date]')!;
      slot.textContent = '';
      if (!date) {
        slot.textContent = 'We cannot work out this date yet.';
        continue;
      }
      const past = date.getTime() < today.getTime();
      late ||= past;
      const when = posted ? `From ${formatLongDate(date)} at the earliest` : `By ${formatLongDate(date)}`;
      slot.textContent = ` ${when}${past ? ' (this date has passed)' : ''}.`;
      // Its words come ready with the page (StageOutcome.astro): only the date is added here.
      if (!past) events.push({ date, words: li.dataset.yvCalendarWords!.split('\n') });
    }
    hooks.from.textContent = `Dates counted from ${formatLongDate(event)}.`;
    hooks.from.hidden = false;
    hooks.oldNote.hidden = !old;
    hooks.now.hidden = late;
    hooks.nowLate.hidden = !late;
    this.calendarEvents = events;
    hooks.calendarTool.hidden = events.length === 0;
    const first = late ? hooks.nowLate : hooks.byWhen;
    first.tabIndex = -1;
    first.focus();
    this.say(
      `${late ? `${hooks.nowLate.textContent?.trim()} ` : ''}Dates worked out. ${items.map((li) => li.textContent).join(' ')}`,
    );
  }

  downloadCalendar() {
    if (this.calendarEvents.length === 0) return;
    const now = new Date();
    const ics = datedCalendarFile(this.calendarEvents, now, now.getTime().toString(36));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    link.download = 'reminders.ics';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}

/** What a page's printout says about where it came from: the print footer (address and QR code) and the canonical
 * link. A step shown in place prints its own, not the page the tool started on. */
function printedSource(doc: Document): Pick<Page, 'printFooter' | 'canonical'> {
  return {
    printFooter: doc.querySelector('[data-yv-print-footer]')?.innerHTML ?? null,
    canonical: doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href') ?? null,
  };
}

/** The addresses of the stylesheets a page links, in its order. */
function stylesheetsOf(doc: Document): string[] {
  return [...doc.querySelectorAll('link[rel=stylesheet]')].map(
    (link) => new URL(link.getAttribute('href')!, location.href).href,
  );
}

/** Adds each stylesheet of `styles` this page does not link yet, after the one before it in that order, and waits for
 * them (a sheet that fails to load is waited for no longer). */
async function withStylesheets(styles: string[]) {
  const linked = new Map(
    [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((l) => [l.href, l]),
  );
  let before: Element | undefined;
  const loading: Promise<unknown>[] = [];
  for (const href of styles) {
    let link = linked.get(href);
    if (!link) {
      link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      const added = link;
      loading.push(new Promise((done) => (added.onload = added.onerror = done)));
      if (before) before.after(link);
      else document.head.append(link);
    }
    before = link;
  }
  await Promise.all(loading);
}

function showPrintedSource(page: Page) {
  // Its contents only: the footer element itself (src/enhance/print.ts) stays, with its print listeners.
  const footer = document.querySelector('[data-yv-print-footer]');
  if (footer && page.printFooter) footer.innerHTML = page.printFooter;
  if (page.canonical) document.querySelector('link[rel="canonical"]')?.setAttribute('href', page.canonical);
}

customElements.define('yv-stage-finder', StageFinder);
