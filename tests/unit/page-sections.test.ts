import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needsContents, minSectionsForContents } from '../../src/lib/page-sections.ts';

const h2 = { depth: 2 };

test('"On this page" for pages with enough h2 sections', () => {
  assert.equal(needsContents(Array(minSectionsForContents).fill(h2)), true);
});

test('h3s do not count towards "On this page"', () => {
  assert.equal(needsContents([...Array(minSectionsForContents - 1).fill(h2), { depth: 3 }, { depth: 3 }]), false);
});
