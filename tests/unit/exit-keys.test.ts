// The Shift×3 rules of "Exit this page" (GOV.UK Frontend's ExitThisPage), without a browser or a clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expire,
  initialExitKeys,
  messages,
  onKeyUp,
  type ExitKeys,
  type ExitKeysEffect,
} from '../../src/lib/exit-keys.ts';

/** Feeds key-ups ([key, shiftKey]) and returns every effect in order. */
function run(
  keys: Array<[string, boolean]>,
  start: ExitKeys = initialExitKeys,
): { state: ExitKeys; effects: ExitKeysEffect[] } {
  let state = start;
  const effects: ExitKeysEffect[] = [];
  for (const [key, shift] of keys) {
    const [next, effect] = onKeyUp(state, key, shift);
    state = next;
    effects.push(effect);
  }
  return { state, effects };
}

const shift: [string, boolean] = ['Shift', false];

test('Shift 3 times exits, saying how many presses are left after the first two', () => {
  const { effects } = run([shift, shift, shift]);
  assert.deepEqual(effects, [
    { action: 'count', message: messages.twoMore },
    { action: 'count', message: messages.oneMore },
    { action: 'exit' },
  ]);
});

test('another key between presses resets the count and says it expired', () => {
  const { state, effects } = run([shift, shift, ['a', false], shift]);
  assert.deepEqual(effects[2], { action: 'reset', message: messages.expired });
  assert.deepEqual(effects[3], { action: 'count', message: messages.twoMore });
  assert.equal(state.count, 1);
});

test('Shift+Tab does not count: the Shift released after a modified key is ignored, and the count resets', () => {
  // Shift+Tab fires keyup Tab (shiftKey true), then keyup Shift (shiftKey false).
  const { state, effects } = run([shift, ['Tab', true], shift]);
  assert.deepEqual(effects[1], { action: 'reset', message: messages.expired });
  assert.deepEqual(effects[2], {}, 'the Shift of Shift+Tab is not a press');
  assert.equal(state.count, 0);
  assert.deepEqual(
    run([shift, shift], state).effects.map((e) => e.action),
    ['count', 'count'],
    'two more presses do not exit',
  );
});

test('a key with no count running changes nothing and says nothing', () => {
  assert.deepEqual(
    run([
      ['a', false],
      ['Enter', false],
    ]).effects,
    [{}, {}],
  );
});

test('the timer running out resets the count and says it expired', () => {
  const { state } = run([shift, shift]);
  const [after, effect] = expire(state);
  assert.equal(after.count, 0);
  assert.deepEqual(effect, { action: 'reset', message: messages.expired });
  assert.deepEqual(
    run([shift], after).effects,
    [{ action: 'count', message: messages.twoMore }],
    'the next press starts again at 1',
  );
});
