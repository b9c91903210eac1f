// The data files are read through their schemas, and a mistake stops with the file and the place named: a content
// owner's missing quote must never leave a page without its contacts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, readEntries } from '../../src/loaders/data-files.ts';
import { parseYaml } from '../../src/loaders/yaml-file.ts';

test('a YAML mistake names the file, the line and the column', () => {
  assert.throws(
    () => parseYaml('- id: one\n  gap: Ask: your PA\n', 'src/data/contacts.yaml'),
    (error: Error) => /^src\/data\/contacts\.yaml is not valid YAML: .*line 2, column \d+/s.test(error.message),
  );
  assert.throws(() => parseDocument('letters', 'privacy: "unfinished\n'), /src\/data\/letters\.yaml is not valid YAML/);
});

test('every list file loads, each entry with its own id', () => {
  for (const name of ['contacts', 'glossary', 'searchSynonyms'] as const) {
    const ids = readEntries(name).map((entry) => entry.id);
    assert.ok(ids.length > 0, name);
    assert.equal(new Set(ids).size, ids.length, `${name}: an id is used twice`);
  }
});
