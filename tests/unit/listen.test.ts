import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root, RootContent } from 'hast';
import { attributes, parseHtml } from '../../src/lib/html.ts';
import { readEntries } from '../../src/loaders/data-files.ts';
import {
  isLocalEnglish,
  localEnglishVoice,
  sentenceSpans,
  spokenPhone,
  spokenText,
  spokenWord,
  utterances,
  type PageTree,
  type Utterance,
} from '../../src/lib/listen.ts';

type Node = Root | RootContent;

const inline = new Set(['a', 'abbr', 'b', 'code', 'em', 'i', 'small', 'span', 'strong', 'time', 'u', 'label']);
/** A parsed HTML tree as the browser shows it, with the site's CSS played by classes: print-only and visually hidden
 * text are display: none on screen (the browser test checks the real CSS). */
const hastTree: PageTree<Node> = {
  text: (node) => (node.type === 'text' ? node.value : null),
  tag: (node) => (node.type === 'element' ? node.tagName : '#' + node.type),
  attribute: (node, name) => (node.type === 'element' ? (attributes(node).get(name) ?? null) : null),
  children: (node) => ('children' in node ? node.children : []),
  display(node) {
    if (node.type !== 'element') return 'inline';
    const attrs = attributes(node);
    const classes = (attrs.get('class') ?? '').split(' ');
    if (attrs.has('hidden') || classes.includes('yv-visually-hidden') || classes.includes('print-only')) return 'none';
    return inline.has(node.tagName) ? 'inline' : 'block';
  },
};

function read(html: string): Utterance<Node>[] {
  return utterances(parseHtml(html, { fragment: true }), hastTree);
}
const said = (html: string) => read(html).map((u) => u.spoken);

const voice = (lang: string, localService = true, isDefault = false) => ({
  lang,
  localService,
  default: isDefault,
  name: `${lang}${localService ? '' : ' (server)'}${isDefault ? ' default' : ''}`,
});

test('the voice: the device’s own, English, British English first', () => {
  const server = voice('en-GB', false);
  const american = voice('en-US');
  const british = voice('en-GB');
  assert.equal(localEnglishVoice([server, american, british]), british);
  assert.equal(localEnglishVoice([server, american]), american, 'any local English before none');
  assert.equal(localEnglishVoice([voice('en-GB-scotland'), voice('en_GB')])?.lang, 'en_GB', 'Android writes en_GB');
  assert.equal(localEnglishVoice([voice('en-gb-x-rp'), american])?.lang, 'en-gb-x-rp', 'a British variant first');
  assert.equal(localEnglishVoice([british, voice('en-GB', true, true)])?.default, true, 'the device default of equals');
  assert.equal(localEnglishVoice([voice('fr-FR'), voice('cy-GB'), voice('eng')]), undefined, 'no English, no voice');
  assert.equal(localEnglishVoice([server, voice('en-US', false)]), undefined, 'never a server voice');
  assert.equal(localEnglishVoice([]), undefined);
  assert.deepEqual(
    [british, server, american, voice('en'), voice('fr-FR'), voice('english')].map(isLocalEnglish),
    [true, false, true, true, false, false],
    'the control is offered for any voice that would be chosen',
  );
});

test('a phone number is said digit by digit, with a pause between its groups', () => {
  assert.equal(spokenPhone('020 8359 7008'), '0 2 0, 8 3 5 9, 7 0 0 8');
  assert.equal(spokenPhone('0800 1111'), '0 8 0 0, 1 1 1 1');
  assert.equal(spokenPhone('999'), '9 9 9');
});

test('every phone number in contacts.yaml is said digit by digit in its groups, wherever it is in a sentence', () => {
  const phones = readEntries('contacts').flatMap((contact) => (contact.phone ? [contact.phone.display] : []));
  assert.ok(phones.length >= 5);
  for (const display of phones.filter((phone) => phone.startsWith('0'))) {
    const { spoken } = spokenText(`You can call ${display} today.`);
    const groups = display.split(' ').map((group) => [...group].join(' '));
    assert.equal(spoken, `You can call ${groups.join(', ')} today.`, display);
  }
});

test('email addresses and times are said as people say them; years and other numbers are left alone', () => {
  assert.equal(
    spokenText('Email complaints@barnet.gov.uk by 5.30pm on 3 June 2026.').spoken,
    'Email complaints at barnet dot gov dot uk by 5 30 pm on 3 June 2026.',
  );
  assert.equal(
    spokenText('Stage 2 takes 25 working days, up to 65.').spoken,
    'Stage 2 takes 25 working days, up to 65.',
  );
});

test('sentences are split where the language ends them', () => {
  const text = 'Stage 1 takes 10 working days. Then you get a reply! Is it late? Call us.';
  assert.deepEqual(
    sentenceSpans(text).map(([from, to]) => text.slice(from, to)),
    ['Stage 1 takes 10 working days.', 'Then you get a reply!', 'Is it late?', 'Call us.'],
  );
  assert.deepEqual(sentenceSpans(' – • '), [], 'no letters or digits, nothing to say');
});

test('sentences are split at full stops, ! and ? in an engine without Intl.Segmenter (Firefox before 125)', (t) => {
  t.mock.property(Intl, 'Segmenter', undefined as unknown as typeof Intl.Segmenter);
  const text = 'Stage 1 takes 10 working days. Then you get a reply! "Is it late?" Call us';
  assert.deepEqual(
    sentenceSpans(text).map(([from, to]) => text.slice(from, to)),
    ['Stage 1 takes 10 working days.', 'Then you get a reply!', '"Is it late?"', 'Call us'],
  );
});

test('the main content is read in reading order, block by block, and menus, controls and hidden text are not', () => {
  const html = `
    <nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li></ol></nav>
    <yv-listen><button type="button">Listen to this page</button></yv-listen>
    <h1>Stage 1: sorting it out locally</h1>
    <p class="yv-lead">The council has 10 working days to reply. It can take 20.</p>
    <p>Call <span class="yv-visually-hidden">the Complaints team on</span> <a href="tel:+442083597008">020 8359 7008</a>.</p>
    <ul><li>First <strong>thing</strong></li><li>Second thing<ul><li>Inside it</li></ul>and after it</li></ul>
    <p hidden>Hidden words</p>
    <p class="print-only">Printed on paper only</p>
    <span aria-hidden="true">→</span>
    <details><summary>More about Stage 1</summary><p>Only when open</p></details>
    <details open><summary>Open one</summary><p>Shown inside</p></details>
    <form><label for="d">Day</label><input id="d" value="Typed words"><button>Continue</button></form>
    <p>Line one<br>Line two</p>
  `;
  assert.deepEqual(
    read(html).map((u) => u.written),
    [
      'Stage 1: sorting it out locally',
      'The council has 10 working days to reply.',
      'It can take 20.',
      'Call 020 8359 7008.',
      'First thing',
      'Second thing',
      'Inside it',
      'and after it',
      'More about Stage 1',
      'Open one',
      'Shown inside',
      'Day',
      'Line one',
      'Line two',
    ],
  );
  assert.equal(said(html)[3], 'Call 0 2 0, 8 3 5 9, 7 0 0 8.');
});

test('the number of a tel: link is said digit by digit even when it is not written the UK way', () => {
  assert.deepEqual(said('<p>In an emergency call <a href="tel:999">999</a> now.</p>'), [
    'In an emergency call 9 9 9 now.',
  ]);
  assert.deepEqual(said('<p>It costs 999 pounds.</p>'), ['It costs 999 pounds.']);
});

test('each sentence knows its place on the page, character by character, and the block it is in', () => {
  const html = '<p>Ask for  an <a href="/get-an-advocate/">advocate</a>. They   help you.</p><h2>Next</h2>';
  const found = read(html);
  assert.deepEqual(
    found.map((u) => u.written),
    ['Ask for an advocate.', 'They help you.', 'Next'],
  );
  for (const u of found) {
    // Every written character comes from its place in a text node (spaces stand for a run of spaces).
    [...u.written].forEach((char, i) => {
      const place = u.places[i]!;
      const source = (place.node as { value: string }).value[place.offset];
      assert.equal(char === ' ' ? ' ' : source, char === ' ' ? ' ' : char, `${u.written} at ${i}`);
    });
    assert.equal(u.places.length, u.written.length + 1, 'and the place after its last character');
  }
  assert.equal((found[0]!.block as { tagName: string }).tagName, 'p');
  assert.equal((found[2]!.block as { tagName: string }).tagName, 'h2');
});

test('a boundary event’s charIndex points at a written word; all of a phone number is one word', () => {
  const [u] = read('<p>Call 020 8359 7008 now.</p>');
  const word = (spokenIndex: number) => {
    const span = spokenWord(u!, spokenIndex);
    return span && u!.written.slice(span.from, span.to);
  };
  assert.equal(word(0), 'Call');
  assert.equal(word(u!.spoken.indexOf('8 3')), '020 8359 7008');
  assert.equal(word(u!.spoken.indexOf('now')), 'now.');
  assert.equal(word(u!.spoken.length), null);
});
