import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactLink } from '../../src/lib/contact-links.ts';

const contact = {
  phone: { tel: '+441632960000', display: '01632 960000' },
  email: 'someone@example.org',
  web: 'https://www.example.org/help',
  webDisplay: 'example.org/help',
};

test('contactLink makes tel:, mailto: and web links with the text people read', () => {
  assert.deepEqual(contactLink(contact, 'phone'), { href: 'tel:+441632960000', text: '01632 960000' });
  assert.deepEqual(contactLink(contact, 'email'), { href: 'mailto:someone@example.org', text: 'someone@example.org' });
  assert.deepEqual(contactLink(contact, 'web'), { href: 'https://www.example.org/help', text: 'example.org/help' });
});

test('contactLink shows the web address itself when there is no shorter display text', () => {
  assert.deepEqual(contactLink({ web: 'https://www.example.org/' }, 'web'), {
    href: 'https://www.example.org/',
    text: 'https://www.example.org/',
  });
});

test('contactLink gives nothing for a way the contact does not have', () => {
  assert.equal(contactLink({}, 'phone'), undefined);
  assert.equal(contactLink({}, 'email'), undefined);
  assert.equal(contactLink({}, 'web'), undefined);
});
