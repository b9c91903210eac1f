import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatLongDate, formatDate } from '../../src/lib/dates.ts';
import { isoDay } from '../../src/lib/working-days.ts';

const day = new Date(Date.UTC(2026, 11, 18));

test('formatLongDate says the weekday, day, month and year', () => {
  assert.equal(formatLongDate(day), 'Friday 18 December 2026');
});

test('formatDate drops the weekday', () => {
  assert.equal(formatDate(day), '18 December 2026');
});

test('isoDay gives the machine-readable date', () => {
  assert.equal(isoDay(day), '2026-12-18');
});
