import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crumbsFor } from '../../src/lib/breadcrumbs.ts';

test('the home page has no breadcrumbs', () => {
  assert.deepEqual(crumbsFor('home', '/'), []);
});

test('a complaint stage sits under Home and Make a complaint', () => {
  assert.deepEqual(
    crumbsFor('complaints', '/stage-2/').map((c) => c.label),
    ['Home', 'Make a complaint'],
  );
});

test('the complaints overview does not link to itself', () => {
  assert.deepEqual(
    crumbsFor('complaints', '/how-to-complain/').map((c) => c.label),
    ['Home'],
  );
});
