// What a journey needs from a browser, whatever drives it: Firefox through WebDriver BiDi (Puppeteer), WebKitGTK
// through classic WebDriver (WebKitWebDriver). Each engine has a small adapter (firefox.ts, webkit.ts) that does these
// few things; the journeys (journeys.ts) are written once, on top of `Tab` below.
//
// A target is a CSS selector, or "xpath:" and an XPath expression (to find a link by its words).

export type Key = 'Tab' | 'Enter' | 'Shift' | 'Backspace' | 'Delete' | 'Control';

export interface Driver {
  /** 'WebKit' or 'Firefox'. */
  readonly engine: string;
  /** Outside addresses the browser asks for itself, whatever the page: not counted as the site's requests. */
  readonly ownRequests: readonly string[];
  /** The browser and its version, as the engine reports it ("MiniBrowser 2.50.6", "firefox/153.8.0"). */
  readonly version: string;
  /** Loads an address and waits for its load event. */
  open(url: string): Promise<void>;
  url(): Promise<string>;
  /** Runs `source` (a function expression) in the page with JSON arguments; a promise it returns is awaited. */
  run(source: string, args: unknown[]): Promise<unknown>;
  /** A real click in the middle of the element, as a mouse or a finger would make it. */
  click(target: string): Promise<void>;
  /** Real key presses into the element, after a click on it (text is added to what is there). */
  type(target: string, text: string): Promise<void>;
  /** Real key presses: each step is one key, or several held together ('Shift+Tab', 'Control+a'). */
  press(...steps: string[]): Promise<void>;
  back(): Promise<void>;
  /** The size of the page's viewport in CSS pixels (not of the window around it). */
  viewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export const xpathText = (tag: string, text: string) => `xpath://${tag}[normalize-space(.)=${xpathLiteral(text)}]`;
export const xpathContaining = (tag: string, text: string) =>
  `xpath://${tag}[contains(normalize-space(.), ${xpathLiteral(text)})]`;

/** A string as an XPath literal: XPath 1 has no escapes, so a text with both kinds of quote is joined with concat(). */
function xpathLiteral(text: string): string {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return `concat('${text.split("'").join(`', "'", '`)}')`;
}

/** Runs in the page: finds a target's elements and reads one thing about the first (or all). */
function query(target: string, what: string, arg?: string): unknown {
  let all: Element[];
  if (target.startsWith('xpath:')) {
    const found = document.evaluate(target.slice(6), document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    all = Array.from({ length: found.snapshotLength }, (_, i) => found.snapshotItem(i) as Element);
  } else all = [...document.querySelectorAll(target)];
  const shown = (el: Element | undefined) =>
    !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const el = all[0] as HTMLInputElement | undefined;
  switch (what) {
    case 'count':
      return all.length;
    case 'shownCount':
      return all.filter(shown).length;
    case 'text':
      return el ? words(el) : null;
    case 'texts':
      return all.map(words);
    case 'shown':
      return shown(el);
    case 'focused':
      return !!el && el === document.activeElement;
    case 'attr':
      return el ? el.getAttribute(arg!) : null;
    case 'value':
      return el ? el.value : null;
    case 'active': {
      const now = document.activeElement;
      return now ? `${now.tagName.toLowerCase()}${now.id ? `#${now.id}` : ''} "${words(now).slice(0, 40)}"` : 'nothing';
    }
    case 'box': {
      const box = el?.getBoundingClientRect();
      return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
    }
    default:
      throw new Error(`query: nothing called ${what}`);
  }
}

export type Box = { x: number; y: number; width: number; height: number };

/** How long a journey waits for the page to show something before it fails, in milliseconds. */
const patience = Number(process.env.ENGINES_WAIT_MS ?? 8000);

/** One browser tab, for the journeys: reading the page, waiting for it, and the driver's real input. */
export class Tab {
  readonly driver: Driver;
  readonly base: string;
  constructor(driver: Driver, base: string) {
    this.driver = driver;
    this.base = base;
  }

  /** Opens a path relative to the site's base ('' for the home page). */
  async go(path: string): Promise<void> {
    await this.driver.open(new URL(path, this.base).href);
  }

  /** Runs a function in the page. It is sent as text: it may use only its arguments and the page's globals. */
  async run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    return (await this.driver.run(fn.toString(), args)) as Awaited<R>;
  }

  count = (target: string) => this.run(query, target, 'count') as Promise<number>;
  shownCount = (target: string) => this.run(query, target, 'shownCount') as Promise<number>;
  text = (target: string) => this.run(query, target, 'text') as Promise<string | null>;
  texts = (target: string) => this.run(query, target, 'texts') as Promise<string[]>;
  shown = (target: string) => this.run(query, target, 'shown') as Promise<boolean>;
  focused = (target: string) => this.run(query, target, 'focused') as Promise<boolean>;
  attr = (target: string, name: string) => this.run(query, target, 'attr', name) as Promise<string | null>;
  value = (target: string) => this.run(query, target, 'value') as Promise<string | null>;
  box = (target: string) => this.run(query, target, 'box') as Promise<Box | null>;
  url = () => this.driver.url();
  click = (target: string) => this.driver.click(target);
  press = (...steps: string[]) => this.driver.press(...steps);

  /** Empties a field and types into it. */
  async fill(target: string, text: string): Promise<void> {
    await this.run((t: string) => {
      const el = (
        t.startsWith('xpath:')
          ? document.evaluate(t.slice(6), document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue
          : document.querySelector(t)
      ) as HTMLInputElement;
      el.value = '';
    }, target);
    if (text) await this.driver.type(target, text);
  }

  /** Waits until `read` gives something `ok` accepts; fails with `what` and the last thing read. */
  async until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
    const end = Date.now() + patience;
    let last: T;
    for (;;) {
      last = await read();
      if (ok(last)) return last;
      if (Date.now() > end) throw new Error(`${what}: waited ${patience} ms, last saw ${JSON.stringify(last)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async expectText(target: string, expected: string | RegExp): Promise<void> {
    await this.until(
      `the text of ${target} should be ${String(expected)}`,
      () => this.text(target),
      (text) => (typeof expected === 'string' ? text === expected : text !== null && expected.test(text)),
    );
  }

  async expectTexts(target: string, expected: string[]): Promise<void> {
    await this.until(
      `the texts of ${target} should be ${JSON.stringify(expected)}`,
      () => this.texts(target),
      (texts) => JSON.stringify(texts) === JSON.stringify(expected),
    );
  }

  async expectShown(target: string, shown = true): Promise<void> {
    await this.until(
      `${target} should be ${shown ? 'shown' : 'hidden'}`,
      () => this.shown(target),
      (s) => s === shown,
    );
  }

  async expectFocused(target: string): Promise<void> {
    await this.until(
      `${target} should have focus`,
      async () => ({ ok: await this.focused(target), focus: await this.run(query, 'html', 'active') }),
      (state) => state.ok,
    );
  }

  async expectUrl(pattern: RegExp): Promise<void> {
    await this.until(
      `the address should match ${String(pattern)}`,
      () => this.url(),
      (url) => pattern.test(url),
    );
  }
}
