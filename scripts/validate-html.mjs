// HTML validity: html-validate with its recommended rules (configured in .htmlvalidate.json) over every built page.
// Fails on any error. Usage: node scripts/validate-html.mjs [distDir=dist]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { builtPages } from '../src/integrations/built-pages.ts';
import { settings } from './settings.mjs';

const dist = process.argv[2] ?? settings.distDir;
if (!existsSync(dist)) {
  console.error(`No build at ${dist}: run "npm run build" first.`);
  process.exit(1);
}

const validator = new HtmlValidate(new FileSystemConfigLoader());
const files = builtPages(dist).map((page) => join(dist, page));
const results = [];
let errors = 0;
for (const file of files) {
  const report = await validator.validateFile(file);
  errors += report.errorCount;
  results.push(...report.results);
}
const failed = new Set(results.filter((r) => r.errorCount > 0).map((r) => r.filePath));
if (results.length) console.log(formatterFactory('stylish')(results));
console.log(
  `html-validate: ${files.length} pages in ${dist}, ${files.length - failed.size} valid, ${failed.size} with errors (${errors} errors).`,
);
if (errors > 0 || files.length === 0) process.exit(1);
