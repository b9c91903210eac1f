// The project's import graph, read with real parsers (TypeScript for .ts and .mjs, Astro's compiler for .astro), for
// the test that keeps each folder to where its code runs (tests/unit/import-boundaries.test.ts). Type-only imports are
// left out: they are erased before the code runs, so a browser module may name a schema's types.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse as parseAstro } from '@astrojs/compiler-rs';
import ts from 'typescript';

export type Import = { specifier: string; typeOnly: boolean };

function tsImports(code: string, fileName: string): Import[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = Boolean(
        clause &&
        (clause.phaseModifier === ts.SyntaxKind.TypeKeyword ||
          (!clause.name &&
            clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly))),
      );
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Imports of an .astro file: its frontmatter and its <script> modules. */
function astroImports(code: string, fileName: string): Import[] {
  const found: Import[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const item = node as {
      type?: string;
      source?: { value?: unknown };
      importKind?: string;
      exportKind?: string;
      specifiers?: { importKind?: string }[];
    };
    const kind = item.type;
    if (
      (kind === 'ImportDeclaration' || kind === 'ExportNamedDeclaration' || kind === 'ExportAllDeclaration') &&
      typeof item.source?.value === 'string'
    ) {
      const specifiers = item.specifiers ?? [];
      const typeOnly =
        item.importKind === 'type' ||
        item.exportKind === 'type' ||
        (specifiers.length > 0 && specifiers.every((specifier) => specifier.importKind === 'type'));
      found.push({ specifier: item.source.value, typeOnly });
    }
    if (kind === 'ImportExpression' && typeof item.source?.value === 'string') {
      found.push({ specifier: item.source.value, typeOnly: false });
    }
    for (const value of Object.values(node)) visit(value);
  };
  const { ast, diagnostics } = parseAstro(code) as { ast: unknown; diagnostics?: { severity?: unknown }[] };
  if (diagnostics?.some((d) => String(d.severity).toLowerCase().includes('error'))) {
    throw new Error(`${fileName}: Astro's compiler could not parse it`);
  }
  visit(ast);
  return found;
}

/** Every import of one file. */
export function importsOf(file: string): Import[] {
  const code = readFileSync(file, 'utf8');
  return file.endsWith('.astro') ? astroImports(code, file) : tsImports(code, file);
}

/** The file a relative specifier names, or undefined for a package or a virtual module. */
export function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const path = resolve(dirname(from), specifier);
  for (const candidate of [path, `${path}.ts`, `${path}.mjs`, join(path, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith(sep)) return candidate;
  }
  return path;
}

const nodeBuiltins = new Set(builtinModules);

/** The package an import names: 'astro/zod' -> 'astro', '@astrojs/mdx/x' -> '@astrojs/mdx', 'node:fs' -> 'node:fs'. */
export function packageOf(specifier: string): string {
  if (specifier.startsWith('node:') || nodeBuiltins.has(specifier.split('/')[0]!)) return 'node:';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export type Reach = { from: string; to: string; via: string[] };

/**
 * Everything the modules `entries` reach at run time, following relative imports into other files: each package
 * (or 'node:' for Node's own modules, 'astro:*' and 'virtual:*' as written) and each project file, with the chain
 * of files that leads there.
 */
export function reachable(entries: readonly string[]): { packages: Reach[]; files: Reach[] } {
  const packages: Reach[] = [];
  const files: Reach[] = [];
  const seen = new Set<string>();
  const walk = (file: string, via: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) return;
    for (const { specifier, typeOnly } of importsOf(file)) {
      if (typeOnly) continue;
      const target = resolveImport(file, specifier);
      if (target) {
        files.push({ from: file, to: target, via });
        walk(target, [...via, target]);
      } else {
        const name = /^(astro|virtual):/.test(specifier) ? specifier : packageOf(specifier);
        packages.push({ from: file, to: name, via });
      }
    }
  };
  for (const entry of entries) walk(resolve(entry), [resolve(entry)]);
  return { packages, files };
}

/** Every source file under a folder. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A chain of files as people read it: 'src/lib/a.ts -> src/lib/b.ts'. */
export function chain(via: readonly string[], root = process.cwd()): string {
  return via.map((file) => relative(root, file)).join(' -> ');
}
