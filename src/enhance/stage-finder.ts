// "Which stage am I at?" with JavaScript: the <yv-stage-finder> custom element runs the flow in place on one page.
// It only enhances what is already there: every answer is a link to a pre-rendered page, so if anything fails the
// link simply loads that page. Answers (never dates) go in the URL; dates stay in the page; nothing is sent or stored.
import { chainDueDates } from '../lib/stage-finder/due-dates.ts';
import { checkDate, todayInLondon, type DateField } from '../lib/stage-finder/date-input.ts';
import { answersFromParam, answersToParam, walkAnswers, type Edges } from '../lib/stage-finder/walk.ts';
import { formatDate, formatLongDate } from '../lib/dates.ts';
import { isoDay } from '../lib/working-days.ts';

type Data = { start: string; base: string; edges: Edges; holidays: string[]; firstYear: number; lastYear: number };
/** History state: the answers so far (null on the start page) and how many steps were taken on this page. */
type State = { answers: string[] | null; depth: number };
/** The next date still to come, for "Add to calendar". */
type Due = { date: Date; summary: string; within: string };

const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T & Element>(selector);
const fields: DateField[] = ['day', 'month', 'year'];

class StageFinder extends HTMLElement {
  data!: Data;
  holidays!: Set<string>;
  state: State = { answers: null, depth: 0 };
  pages = new Map<string, { html: string; title: string }>();

  connectedCallback() {
    this.data = JSON.parse($(this, '[data-yv-data]')!.textContent!);
    this.holidays = new Set(this.data.holidays);
    const node = this.node();
    const id = node.dataset.yvNode!;
    this.pages.set(id, { html: node.outerHTML, title: document.title });
    if (id) {
      // A bookmarked result brings its answers; a page reached some other way uses the shortest route to it.
      const fromUrl = answersFromParam(new URLSearchParams(location.search).get('answers'));
      const answers = walkAnswers(this.data.edges, this.data.start, fromUrl) === id ? fromUrl : answersFromParam(node.dataset.yvRoute!);
      this.state = { answers, depth: 0 };
    }
    history.replaceState(this.state, '', this.url(this.state.answers));
    this.enhance(node);
    this.addEventListener('click', (event) => this.onClick(event));
    this.addEventListener('submit', (event) => this.onSubmit(event));
    addEventListener('popstate', (event) => {
      const state = event.state as State | null;
      if (state && 'depth' in state) void this.show(state, 'pop');
    });
  }

  node(): HTMLElement {
    return $(this, '[data-yv-node]')!;
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
    if (target.matches('[data-yv-answer]') && answers) next = { answers: [...answers, target.dataset.yvAnswer!], depth: depth + 1 };
    else if (target.matches('[data-yv-start], [data-yv-restart]')) next = { answers: [], depth: depth + 1 };
    else if (target.matches('[data-yv-back]')) {
      event.preventDefault();
      if (depth > 0) history.back();
      else void this.show({ answers: answers?.length ? answers.slice(0, -1) : null, depth: 0 }, 'replace');
      return;
    } else if (target.matches('[data-yv-print]')) { this.stampPrintedOn(); print(); return; }
    else if (target.matches('[data-yv-calendar]')) { this.downloadCalendar(); return; }
    if (!next || this.nodeId(next.answers) === null) return;
    event.preventDefault();
    void this.show(next, 'push');
  }

  /** Shows the node for a state, fetching its pre-rendered page once. If that fails, the browser loads the page. */
  async show(state: State, how: 'push' | 'replace' | 'pop') {
    const id = this.nodeId(state.answers)!;
    const url = this.url(state.answers);
    let page = this.pages.get(id);
    if (!page) {
      try {
        const response = await fetch(this.data.base + (id ? `${id}/` : ''));
        if (!response.ok) throw new Error(String(response.status));
        // The fetched page's inline <style> has a hash this page's CSP does not list; drop it before parsing.
        const text = (await response.text()).replace(/<style\b[\s\S]*?<\/style>/gi, '');
        const doc = new DOMParser().parseFromString(text, 'text/html');
        page = { html: $(doc, '[data-yv-node]')!.outerHTML, title: doc.title };
        this.pages.set(id, page);
      } catch {
        location.assign(url);
        return;
      }
    }
    this.state = state;
    if (how === 'push') history.pushState(state, '', url);
    if (how === 'replace') history.replaceState(state, '', url);
    this.node().outerHTML = page.html;
    document.title = page.title;
    const node = this.node();
    this.enhance(node);
    // Focus alone makes a screen reader read the new heading; saying it in the live region too read it twice.
    $(node, 'h1')!.focus();
  }

  say(text: string) {
    const live = $(this, '[data-yv-live]')!;
    live.textContent = '';
    setTimeout(() => { live.textContent = text; }, 100);
  }

  /** Shows what only works with JavaScript: the date form and the print and calendar buttons. */
  enhance(node: HTMLElement) {
    for (const el of node.querySelectorAll<HTMLElement>('[data-yv-date-form], [data-yv-tools]')) el.hidden = false;
  }

  onSubmit(event: SubmitEvent) {
    const form = (event.target as Element).closest<HTMLFormElement>('[data-yv-date-form]');
    if (!form) return;
    event.preventDefault();
    const node = this.node();
    const input = Object.fromEntries(fields.map((f) => [f, (form.elements.namedItem(f) as HTMLInputElement).value])) as Record<DateField, string>;
    const today = todayInLondon();
    const result = checkDate(input, form.dataset.yvEventName!, { today, firstYear: this.data.firstYear, lastYear: this.data.lastYear });
    const summary = $(node, '[data-yv-error-summary]')!;
    const message = $(form, '[data-yv-error]')!;
    const title = document.title.replace(/^Error: /, '');
    $(form, '[data-yv-group]')!.classList.toggle('yv-sf-group--error', !result.ok);
    for (const f of fields) {
      const field = form.elements.namedItem(f) as HTMLInputElement;
      if (!result.ok && result.fields.includes(f)) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
    }
    const fieldset = $(form, 'fieldset')!;
    if (!result.ok) {
      message.innerHTML = '<span class="yv-visually-hidden">Error:</span> ';
      message.append(result.message);
      message.hidden = false;
      fieldset.setAttribute('aria-describedby', 'event-date-hint event-date-error');
      const link = $<HTMLAnchorElement>(summary, '[data-yv-error-link]')!;
      link.textContent = result.message;
      link.href = `#event-date-${result.fields[0]}`;
      link.onclick = (e) => { e.preventDefault(); (form.elements.namedItem(result.fields[0]!) as HTMLInputElement).focus(); };
      summary.hidden = false;
      document.title = `Error: ${title}`;
      summary.focus();
      return;
    }
    message.hidden = true;
    summary.hidden = true;
    fieldset.setAttribute('aria-describedby', 'event-date-hint');
    document.title = title;
    this.showDates(node, result.date, today, result.old);
  }

  showDates(node: HTMLElement, event: Date, today: Date, old: boolean) {
    const items = [...node.querySelectorAll<HTMLElement>('[data-yv-due]')];
    const rules = items.map((li) => ({
      workingDays: Number(li.dataset.days),
      after: li.dataset.after === 'event' ? ('event' as const) : Number(li.dataset.after),
    }));
    const dates = chainDueDates(event, rules, this.holidays, this.data.lastYear);
    let next: Due | null = null;
    for (const [i, li] of items.entries()) {
      const date = dates[i];
      const slot = $(li, '[data-yv-due-date]')!;
      slot.textContent = '';
      if (!date) { slot.textContent = 'We cannot work out this date yet.'; continue; }
      const past = date.getTime() < today.getTime();
      const within = li.textContent!.replace(/\.$/, '');
      slot.textContent = ` By ${formatLongDate(date)}${past ? ' (this date has passed)' : ''}.`;
      if (!past && !next) next = { date, summary: li.dataset.summary!, within };
    }
    const from = $(node, '[data-yv-from]')!;
    from.textContent = `Dates counted from ${formatLongDate(event)}.`;
    from.hidden = false;
    $(node, '[data-yv-old-note]')!.hidden = !old;
    this.nextDue = next;
    $(node, '[data-yv-calendar]')!.hidden = !next;
    $(node, '#by-when')!.focus();
    this.say(`Dates worked out. ${items.map((li) => li.textContent).join(' ')}`);
  }

  nextDue: Due | null = null;

  downloadCalendar() {
    if (!this.nextDue) return;
    const { date, summary, within } = this.nextDue;
    const day = (d: Date) => isoDay(d).replace(/-/g, '');
    const text = (s: string) => s.replace(/([\\,;])/g, '\\$1');
    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Your voice in care//Which stage am I at//EN', 'BEGIN:VEVENT',
      `UID:${Date.now()}-${day(date)}@your-voice-in-care`,
      `DTSTAMP:${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`,
      `DTSTART;VALUE=DATE:${day(date)}`, `DTEND;VALUE=DATE:${day(new Date(date.getTime() + 86_400_000))}`,
      `SUMMARY:${text(summary)}`, `DESCRIPTION:${text(within)}`, 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    link.download = 'complaint-date.ics';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  /** The page's print footer says when it was printed; fill it before print() for browsers that fire no beforeprint.
   * (Importing scripts/print.ts here would split it into a shared chunk that every page then fetches.) */
  stampPrintedOn() {
    for (const el of document.querySelectorAll('[data-yv-printed-on]')) el.textContent = formatDate(todayInLondon());
  }
}

customElements.define('yv-stage-finder', StageFinder);
