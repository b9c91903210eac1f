import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstAction } from '../../src/lib/first-action.ts';

const officer = {
  id: 'officer',
  name: 'Family Services Complaints Officer',
  phone: { tel: '+441632960000', display: '01632 960000' },
  email: 'a@example.org',
};

test('a phone action says who to call and links the number', () => {
  assert.deepEqual(firstAction(officer, 'phone', 'the Complaints Officer'), {
    before: 'Call the Complaints Officer on',
    link: { href: 'tel:+441632960000', text: '01632 960000' },
  });
});

test("without 'who' the contact's own name is used, and an email says 'at'", () => {
  assert.equal(firstAction(officer, 'email').before, 'Email Family Services Complaints Officer at');
  assert.equal(firstAction(officer, 'email').link.href, 'mailto:a@example.org');
});

test('a way the contact does not have is an error naming the contact', () => {
  assert.throws(() => firstAction(officer, 'web'), /contact "officer" has no web/);
});
