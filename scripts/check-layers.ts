import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// The two layers (docs/decisions/0020-two-layers.md), checked over the imports of src/:
//   platform  knows no feature;
//   features  import the platform and another feature only through that feature's index.ts;
//   composition (src/main.ts, src/server.ts, src/cli.ts, src/demo/) wires them and may import anything.
// Folder = first path segment under src/ (a file at the root of src/ is a folder of its own).
// It reports, and `check()` returns, four kinds of violation:
//   cycle     a folder-to-folder edge that lies on a cycle between folders;
//   upward    platform → feature or composition, feature → composition;
//   side-door feature → another feature's file other than its index.ts;
//   sql       a Kysely query (.selectFrom( .insertInto( .updateTable( .deleteFrom( sql`) outside a
//             *.repository.ts. The db platform itself (src/db/: connection, migrations, seed) is
//             exempt: migrations and the demo seed are data-definition and fixture code.
// Usage: npm run check:layers [-- --json | --write-allow]. The allow-list (check-layers.allow.json) only
// shrinks: test/unit/architecture.test.ts fails on a violation beyond it and on an entry no longer needed.

export const PLATFORM = new Set([
  'config', 'paths', // configuration check, data paths
  'db', // connection, migration runner, schema type, demo seed runner
  'http', // Fastify app, errors, parameters, render, caches
  'web', // layout, components, i18n machinery, CSS, islands
  'jobs', // the job table and its runner
  'messaging', // SMS and e-mail, the per-configuration runtime
  'personal-data', // encryption of patient data (DATA_KEY), the registry of personal-data sources
  'time', // clinic time zone
  'metrics', // Prometheus registry
  'ops', // backup and restore
  'staff', // the staff shell: auth, sessions, roles, plugin, layout, audit log
  'platform', // registries features fill in (routes, jobs, nav, personal-data sources, seed steps)
]);
export const COMPOSITION = new Set(['main', 'server', 'cli', 'demo']); // demo: the demo hospital, seeded across features
export const FEATURES = new Set([
  'content', 'doctors', 'booking', 'questions', 'feedback', 'privacy', 'compliance', 'search', 'site',
  'media', 'import', 'redirects', 'insights', 'share',
]);

/**
 * The features' order, as docs/ARCHITECTURE.md draws it: a feature imports only features of a
 * lower tier (checked by test/unit/architecture.test.ts, which also reads the drawing).
 */
export const FEATURE_TIERS: Record<string, number> = {
  search: 0, media: 0, redirects: 0, insights: 0,
  doctors: 1, compliance: 1,
  content: 2, booking: 2,
  questions: 3, import: 3, privacy: 3,
  feedback: 4,
  site: 5, share: 5,
};

export type Layer = 'platform' | 'feature' | 'composition';
export interface Violation {
  kind: 'cycle' | 'upward' | 'side-door' | 'sql';
  /** Stable key for the allow-list: files for upward/side-door/sql, folders for cycle. */
  key: string;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SRC = path.join(ROOT, 'src');
export const ALLOW_FILE = path.join(ROOT, 'scripts', 'check-layers.allow.json');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

export function folderOf(rel: string): string {
  const parts = rel.split('/');
  return parts.length === 1 ? parts[0]!.replace(/\.tsx?$/, '') : parts[0]!;
}

export function layerOf(folder: string): Layer {
  if (PLATFORM.has(folder)) return 'platform';
  if (COMPOSITION.has(folder)) return 'composition';
  if (FEATURES.has(folder)) return 'feature';
  throw new Error(`src/${folder} is in no layer: add it to PLATFORM or FEATURES in scripts/check-layers.ts`);
}

interface Import {
  from: string; // src-relative file
  to: string; // src-relative file
  typeOnly: boolean;
}

function importsOf(file: string, text: string): { spec: string; typeOnly: boolean }[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { spec: string; typeOnly: boolean }[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const c = n.importClause;
      const typeOnly = !!c && (c.isTypeOnly || (!c.name && !!c.namedBindings && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every((e) => e.isTypeOnly)));
      out.push({ spec: n.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      out.push({ spec: n.moduleSpecifier.text, typeOnly: n.isTypeOnly });
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) {
      out.push({ spec: n.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      out.push({ spec: n.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function resolve(fromAbs: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(fromAbs), spec);
  const stem = base.replace(/\.(m?js|jsx)$/, '');
  for (const c of [base, `${stem}.ts`, `${stem}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return base; // not a source file (e.g. a .txt asset read by path): keep the edge anyway
}

// Kysely query-builder entry points and the sql`` template: what "SQL" means for the data-access rule.
const SQL = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql(<[^>`]*>)?`/g;

export interface Report {
  files: number;
  edges: Map<string, number>; // "a -> b" folder edges with counts
  violations: Violation[];
  cycles: string[][];
}

export function check(SRC = DEFAULT_SRC): Report {
  const files = walk(SRC);
  const imports: Import[] = [];
  const sqlSites = new Map<string, number>();
  for (const abs of files) {
    const rel = path.relative(SRC, abs).split(path.sep).join('/');
    const text = fs.readFileSync(abs, 'utf8');
    for (const i of importsOf(abs, text)) {
      const t = resolve(abs, i.spec);
      if (!t || !t.startsWith(SRC + path.sep)) continue;
      imports.push({ from: rel, to: path.relative(SRC, t).split(path.sep).join('/'), typeOnly: i.typeOnly });
    }
    if (!rel.endsWith('.repository.ts') && folderOf(rel) !== 'db') {
      const n = text.match(SQL)?.length ?? 0;
      if (n) sqlSites.set(rel, n);
    }
  }

  const violations: Violation[] = [];
  const edges = new Map<string, number>();
  const graph = new Map<string, Set<string>>();
  for (const i of imports) {
    const a = folderOf(i.from);
    const b = folderOf(i.to);
    if (a === b) continue;
    const la = layerOf(a);
    const lb = layerOf(b);
    // The one sanctioned exception (decision 0020): db/schema.ts assembles the Database type from
    // each feature's *.tables.ts, type-only (erased at run time), as Kysely's own example does.
    const schemaAssembly = i.from === 'db/schema.ts' && i.typeOnly && /(^|[./])tables\.ts$/.test(i.to);
    if (schemaAssembly) continue;
    edges.set(`${a} -> ${b}`, (edges.get(`${a} -> ${b}`) ?? 0) + 1);
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)!.add(b);
    if ((la === 'platform' && lb !== 'platform') || (la === 'feature' && lb === 'composition')) {
      violations.push({ kind: 'upward', key: `${i.from} -> ${i.to}` });
    } else if (la === 'feature' && lb === 'feature' && i.to !== `${b}/index.ts`) {
      violations.push({ kind: 'side-door', key: `${i.from} -> ${i.to}` });
    }
  }
  for (const [f, n] of sqlSites) for (let k = 0; k < n; k++) violations.push({ kind: 'sql', key: f });

  // Tarjan's strongly connected components over folders: each component of more than one folder is a cycle.
  const cycles: string[][] = [];
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const strong = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const c: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        c.push(w);
      } while (w !== v);
      if (c.length > 1) cycles.push(c.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) strong(v);
  for (const c of cycles) violations.push({ kind: 'cycle', key: c.join(' ') });
  return { files: files.length, edges, violations, cycles };
}

export function counts(vs: Violation[]): Record<Violation['kind'], number> {
  const c = { cycle: 0, upward: 0, 'side-door': 0, sql: 0 };
  for (const v of vs) c[v.kind]++;
  return c;
}

/** The allow-list shape: keys per kind, with how many times each may occur. */
export type Allow = Record<Violation['kind'], Record<string, number>>;

export function toAllow(vs: Violation[]): Allow {
  const a: Allow = { cycle: {}, upward: {}, 'side-door': {}, sql: {} };
  for (const v of vs) a[v.kind][v.key] = (a[v.kind][v.key] ?? 0) + 1;
  for (const k of Object.keys(a) as Violation['kind'][]) a[k] = Object.fromEntries(Object.entries(a[k]).sort(([x], [y]) => x.localeCompare(y)));
  return a;
}

/** Violations beyond the allow-list (new ones), and allow-list entries no longer needed (to delete). */
export function compare(vs: Violation[], allow: Allow): { beyond: string[]; stale: string[] } {
  const now = toAllow(vs);
  const beyond: string[] = [];
  const stale: string[] = [];
  for (const k of Object.keys(now) as Violation['kind'][]) {
    for (const [key, n] of Object.entries(now[k])) if (n > (allow[k]?.[key] ?? 0)) beyond.push(`${k}: ${key} (${n} > ${allow[k]?.[key] ?? 0})`);
    for (const [key, n] of Object.entries(allow[k] ?? {})) if ((now[k][key] ?? 0) < n) stale.push(`${k}: ${key} (allowed ${n}, found ${now[k][key] ?? 0})`);
  }
  return { beyond, stale };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = check();
  const c = counts(r.violations);
  if (process.argv.includes('--write-allow')) {
    fs.writeFileSync(ALLOW_FILE, `${JSON.stringify(toAllow(r.violations), null, 1)}\n`);
    console.log(`wrote ${path.relative(ROOT, ALLOW_FILE)}`);
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(r.violations.map((v) => `${v.kind}: ${v.key}`), null, 1));
  } else {
    for (const v of r.violations) console.log(`${v.kind.padEnd(9)} ${v.key}`);
    console.log(`\n${r.files} files, ${r.edges.size} folder-to-folder edges`);
    console.log(`cycles between folders: ${c.cycle} (${r.cycles.map((x) => `{${x.join(', ')}}`).join(' ')})`);
    console.log(`upward imports: ${c.upward}; feature side doors (not via index.ts): ${c['side-door']}; SQL sites outside *.repository.ts: ${c.sql}`);
  }
}
