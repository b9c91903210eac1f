// Each folder keeps to where its code runs. src/lib/ (pure logic) and src/enhance/ (the browser's code) must never
// reach, however indirectly, Node's own modules, Astro, a virtual module, YAML, zod or the build-time folders: the
// browser has none of them, and pure logic must run the same in a test. And nothing in src/ (nor the build's config)
// imports scripts/: scripts use the site's code, never the other way round.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chain, importsOf, reachable, resolveImport, sourceFiles } from '../../scripts/checks/import-graph.ts';

const forbiddenPackages = (name: string) =>
  name === 'node:' || name === 'astro' || /^(astro|virtual):/.test(name) || name === 'yaml' || name === 'zod';
const buildTimeFolders = ['src/loaders/', 'src/integrations/', 'src/schemas/', 'src/content.config.ts', 'scripts/'];

/** What modules that must run anywhere reach that they may not, one line each. */
function problems(entries: readonly string[], root: string): string[] {
  const { packages, files } = reachable(entries);
  const inFolder = (file: string) => buildTimeFolders.some((folder) => relative(root, file).startsWith(folder));
  return [
    ...packages.filter((p) => forbiddenPackages(p.to)).map((p) => `${chain(p.via, root)} imports ${p.to}`),
    ...files.filter((f) => inFolder(f.to)).map((f) => `${chain([...f.via, f.to], root)}`),
  ];
}

test('src/lib/ and src/enhance/ reach no Node, Astro, YAML or schema module, and no build-time code', () => {
  const entries = [...sourceFiles('src/lib'), ...sourceFiles('src/enhance')];
  assert.ok(entries.length > 30, `found only ${entries.length} files`);
  assert.deepEqual(problems(entries, process.cwd()), []);
});

test('nothing in src/, nor astro.config.mjs, imports scripts/', () => {
  const scripts = resolve('scripts');
  const offenders = [...sourceFiles('src'), resolve('astro.config.mjs')].flatMap((file) =>
    importsOf(file)
      .map(({ specifier }) => resolveImport(file, specifier))
      .filter((target): target is string => Boolean(target?.startsWith(`${scripts}/`)))
      .map((target) => `${relative(process.cwd(), file)} imports ${relative(process.cwd(), target)}`),
  );
  assert.deepEqual(offenders, []);
});

test('the check finds a forbidden import two files away, in .ts and .astro, and lets type-only imports pass', () => {
  const root = mkdtempSync(join(tmpdir(), 'import-graph-'));
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  mkdirSync(join(root, 'src/schemas'), { recursive: true });
  mkdirSync(join(root, 'src/components'), { recursive: true });
  writeFileSync(join(root, 'src/lib/a.ts'), "import { b } from './b.ts';\nimport type { S } from '../schemas/s.ts';\n");
  writeFileSync(join(root, 'src/lib/b.ts'), "import { readFileSync } from 'node:fs';\nexport const b = 1;\n");
  writeFileSync(join(root, 'src/schemas/s.ts'), "import { z } from 'astro/zod';\nexport type S = string;\n");
  writeFileSync(join(root, 'src/lib/c.ts'), "export { s } from '../schemas/s.ts';\n");
  writeFileSync(
    join(root, 'src/components/X.astro'),
    "---\nimport { y } from '../../scripts/y.mjs';\n---\n<p>x</p>\n<script>\n  import '../lib/a.ts';\n</script>\n",
  );
  assert.deepEqual(problems([join(root, 'src/lib/a.ts'), join(root, 'src/lib/c.ts')], root), [
    'src/lib/a.ts -> src/lib/b.ts imports node:',
    'src/lib/c.ts -> src/schemas/s.ts imports astro',
    'src/lib/c.ts -> src/schemas/s.ts',
  ]);
  assert.deepEqual(
    importsOf(join(root, 'src/components/X.astro')).map((i) => i.specifier),
    ['../../scripts/y.mjs', '../lib/a.ts'],
  );
});
