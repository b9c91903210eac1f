// scripts/budget.mjs over a small built site of its own: a page loads a loader that imports a tool's code by address
// (as the stage tool's pages do), and the every-page script names Listen's speech code the same way. What loads as
// the page opens (the page's JavaScript, the visit) leaves out what is imported by address; the tool's weight once
// used follows the loader's import, and only the scripts it is told to follow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importedByAddress, loads, measure } from '../../scripts/budget.mjs';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const everyPage = '/_astro/BaseLayout.astro_astro_type_script_index_0_lang.A1.js';
const isEveryPage = (src: string) => src.endsWith(everyPage.slice(1));

/** A built site at `base`, in a folder of its own: its files, and a way to weigh them. */
function site(base: string) {
  const dist = mkdtempSync(join(tmpdir(), 'budget-'));
  const files: Record<string, string> = {
    'which-stage/index.html':
      `<!DOCTYPE html><html><head><title>t</title></head><body>` +
      `<script type="module" src="${base}${everyPage.slice(1)}"></script>` +
      `<script type="module" src="${base}_astro/Loader.B2.js"></script></body></html>`,
    [everyPage.slice(1)]: `const l=e=>import(e);l(\`${base}listen.js\`);`,
    '_astro/Loader.B2.js': `import"./shared.C3.js";var r=e=>import(e),i=()=>r(\`${base}tool.js\`);i(\`\${x}other.js\`);`,
    '_astro/shared.C3.js': 'export const shared=1;',
    'tool.js': 'console.log("the tool\'s code, bundled in one file");'.repeat(3),
    'listen.js': 'console.log("the speech code");',
    'other.js': 'never named by a whole address',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return { dist, base, files, page: join(dist, 'which-stage/index.html') };
}

for (const base of ['/', '/guide/']) {
  test(`at ${base}: a page's JavaScript as it opens leaves out what its scripts import by address`, (t) => {
    const s = site(base);
    t.after(() => rmSync(s.dist, { recursive: true }));
    const onLoad = [everyPage.slice(1), '_astro/Loader.B2.js', '_astro/shared.C3.js'];
    assert.equal(
      measure(s.page, undefined, s).js,
      onLoad.map((f) => gz(s.files[f]!)).reduce((a, b) => a + b),
    );
    assert.deepEqual(
      loads(s.page, s)
        .map((f) => f.slice(s.dist.length + 1))
        .sort(),
      onLoad.sort(),
    );
  });

  test(`at ${base}: once used, a tool weighs the code its loader imports by address, and only its scripts are followed`, (t) => {
    const s = site(base);
    t.after(() => rmSync(s.dist, { recursive: true }));
    const opens = measure(s.page, undefined, s).js;
    const used = measure(s.page, undefined, s, (src: string) => !isEveryPage(src)).js;
    assert.equal(used, opens + gz(s.files['tool.js']!), "the tool's code, not Listen's speech code");
    const all = measure(s.page, undefined, s, () => true).js;
    assert.equal(all, used + gz(s.files['listen.js']!));
  });

  test(`at ${base}: importedByAddress names files of the site by whole addresses only`, (t) => {
    const s = site(base);
    t.after(() => rmSync(s.dist, { recursive: true }));
    const named = (code: string) => importedByAddress(code, s).map((f: string) => f.slice(s.dist.length + 1));
    assert.deepEqual(named(s.files['_astro/Loader.B2.js']!), ['tool.js']);
    assert.deepEqual(named(`import("${base}missing.js");import(\`\${base}other.js\`)`), []);
  });
}
