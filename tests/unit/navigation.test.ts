import { test } from 'node:test';
import assert from 'node:assert/strict';
import { menuLinks } from '../../src/lib/navigation.ts';

const pages = [
  { path: '/contacts/', title: 'Contacts', navOrder: 6, footerOrder: 1 },
  { path: '/', title: 'Your voice in care', navTitle: 'Home', navOrder: 0 },
  { path: '/how-to-complain/', title: 'How to complain', navTitle: 'Make a complaint', navOrder: 3 },
  { path: '/privacy/', title: 'Privacy', footerOrder: 6 },
  { path: '/stage-1/', title: 'Stage 1: sorting it out', navTitle: 'Stage 1' },
];

test('the main menu lists pages with navOrder, lowest first, by their short title', () => {
  assert.deepEqual(menuLinks(pages, 'navOrder'), [
    { path: '/', label: 'Home' },
    { path: '/how-to-complain/', label: 'Make a complaint' },
    { path: '/contacts/', label: 'Contacts' },
  ]);
});

test('the footer lists pages with footerOrder; a page can be in both menus', () => {
  assert.deepEqual(menuLinks(pages, 'footerOrder'), [
    { path: '/contacts/', label: 'Contacts' },
    { path: '/privacy/', label: 'Privacy' },
  ]);
});

test('two pages with the same place in a menu stop the build, naming both', () => {
  const clash = [...pages, { path: '/new-page/', title: 'New page', navOrder: 3 }];
  assert.throws(() => menuLinks(clash, 'navOrder'), /\/how-to-complain\/ and \/new-page\/ both have navOrder: 3/);
});
