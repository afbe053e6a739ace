import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Role } from './db/schema.js';
import { ROLES } from './staff/roles.js';

// Only what the usage texts need is imported here: the configuration, the database and each
// command's own modules are imported once the arguments are known to be good, so that --help and a
// mistyped option answer in a fraction of the second the whole import graph takes.

const USAGE = `Usage: clinicpress <command> [options]

Commands:
  migrate              apply pending database migrations
  seed --demo          load the fictional demo hospital into an empty database
  reindex              rebuild the search index from published content
  backup FILE [--gzip] write one archive (database, files, manifest with checksums) while the
                       site runs; gzipped when FILE ends in .gz/.tgz or with --gzip
  restore FILE [--force]
                       restore an archive into an empty data folder or database (--force replaces
                       what is there); verifies every checksum first
  migrate-uploads [--remove]
                       move files from DATA_DIR/uploads into the shared media store (idempotent;
                       --remove deletes each file once the store holds it)
  create-user --email E --name N --role R [--role R…] [--password-stdin]
                       create a staff account (roles: admin, editor, reviewer, doctor, frontdesk, manager);
                       without --password-stdin it prints a one-time link to set the password
  rotate-key           re-encrypt all patient data from DATA_KEY to NEW_DATA_KEY (resumable)
  audit-verify         check the staff audit log's hash chain; exit 1 naming the first broken entry
  lint-content [--type kepu|institution|ad|case] [--format text|json] FILE…
                       check articles (Markdown or text, UTF-8; - for standard input) for risky
                       medical-advertising statements; exit 1 if an error-level finding remains
  audit-site URL [--out DIR] [--limit N] [--concurrency N] [--delay MS]
                       crawl a public site (same host, robots.txt, politely) and write a report
                       (HTML and JSON) of its pages, compliance findings and broken links; changes nothing
  import (--from-site URL | --from-wxr FILE | --from-dir DIR | --from-dedecms FILE.sql [--base URL])
         [--map FILE] [--dry-run] [--json] [--limit N] [--concurrency N] [--delay MS]
                       import an old site's articles as drafts (never published), with their findings,
                       images, doctor cards and old URLs (redirects); safe to run again

The database is chosen like the server's: DATABASE_URL, or the SQLite file in DATA_DIR.
Every command answers --help with its own usage.
`;

/** What each command accepts, checked before any configuration or database is touched. */
interface CommandSpec {
  usage: string;
  options: ParseArgsConfig['options'];
  /** How many FILE-like arguments it takes (default none). */
  positionals?: 'none' | 'one' | 'any';
}

const COMMANDS: Record<string, CommandSpec> = {
  migrate: { usage: 'Usage: clinicpress migrate\n\nApplies pending database migrations.\n', options: {} },
  seed: { usage: 'Usage: clinicpress seed --demo\n\nLoads the fictional demo hospital into an empty database.\n', options: { demo: { type: 'boolean' } } },
  reindex: { usage: 'Usage: clinicpress reindex\n\nRebuilds the search index from published content.\n', options: {} },
  backup: {
    usage: `Usage: clinicpress backup FILE [--gzip]

Writes one archive with the database (SQLite online backup, or pg_dump on PostgreSQL), the files of
the media store that live outside it, and a manifest (version, migration level, row counts,
checksums) while the site runs. Gzipped when FILE ends in .gz or .tgz, or with --gzip.
`,
    options: { gzip: { type: 'boolean' } },
    positionals: 'one',
  },
  restore: {
    usage: `Usage: clinicpress restore FILE [--force]

Restores an archive made by clinicpress backup into an empty data folder or database; --force
replaces what is there. Every checksum is verified before anything is written.
`,
    options: { force: { type: 'boolean' } },
    positionals: 'one',
  },
  'migrate-uploads': {
    usage: `Usage: clinicpress migrate-uploads [--remove]

Moves the files of DATA_DIR/uploads into the shared media store (idempotent); --remove deletes each
file once the store holds it.
`,
    options: { remove: { type: 'boolean' } },
  },
  'create-user': {
    usage: `Usage: clinicpress create-user --email E --name N --role R [--role R…] [--doctor SLUG] [--password-stdin]

Creates a staff account. Roles: ${ROLES.join(', ')}. --doctor links the account to a doctor's page
(by its slug). Without --password-stdin it prints a one-time link to set the password.
`,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      doctor: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
  },
  'rotate-key': {
    usage: `Usage: DATA_KEY=<current> NEW_DATA_KEY=<new> clinicpress rotate-key

Re-encrypts every encrypted column (and re-makes the keyed hashes) under NEW_DATA_KEY. Stop the
server first: it refuses to start while a rotation is unfinished. Without DATA_KEY the key kept in
the database (SQLite development set-up) is the current one, and is deleted once the rotation ends.
Progress is recorded per batch: if the run is interrupted, run the same command again to resume.
Afterwards start the server with DATA_KEY set to the new key. Keys come from the environment, never
from the command line (which other users of the machine can read). Texts the recording SMS provider
kept without a booking and unused one-time codes are dropped; private links sent before the
rotation that are not stored (feedback links) stop working.
`,
    options: {},
  },
  'audit-verify': {
    usage: `Usage: clinicpress audit-verify

Checks the staff audit log's hash chain from the first entry to the last. Exits 0 when it is
intact, 1 naming the first entry whose hash or link does not match.
`,
    options: {},
  },
};

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  // Needs no configuration and no database.
  if (command === 'lint-content') return (await import('./compliance/cli.js')).lintContent(rest);
  // Parse their own options (and answer --help) in src/import/cli.ts.
  if (command === 'audit-site') return (await import('./import/cli.js')).auditSiteCommand(rest);
  if (command === 'import') {
    const cmd = await import('./import/cli.js');
    if (rest.includes('--help') || rest.includes('-h')) return cmd.importCommand(rest, undefined as never);
    // Options are checked before anything is opened: a typo creates no database.
    try {
      parseArgs({ args: rest, options: cmd.IMPORT_OPTIONS, strict: true });
    } catch (err) {
      console.error(`clinicpress import: ${(err as Error).message.split('\n')[0]} (see clinicpress import --help)`);
      return 2;
    }
    const { config, openDatabase, migrateToLatest } = await opened();
    const db = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
    try {
      await migrateToLatest(db.kysely);
      return await cmd.importCommand(rest, { db: db.kysely, dataDir: config.dataDir });
    } finally {
      await db.close();
    }
  }
  const spec = COMMANDS[command];
  if (!spec) {
    process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  let args: { values: Record<string, unknown>; positionals: string[] };
  try {
    args = parseArgs({ args: rest, options: { ...spec.options, ...HELP }, allowPositionals: true, strict: true }) as typeof args;
  } catch (err) {
    // One line, no stack: the option parser's message names the option.
    console.error(`clinicpress ${command}: ${(err as Error).message.split('\n')[0]} (see clinicpress ${command} --help)`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(spec.usage);
    return 0;
  }
  const want = spec.positionals ?? 'none';
  if ((want === 'none' && args.positionals.length) || (want === 'one' && args.positionals.length > 1)) {
    console.error(`clinicpress ${command}: unexpected argument "${args.positionals[want === 'one' ? 1 : 0]}" (see clinicpress ${command} --help)`);
    return 2;
  }
  const values = args.values;
  const { config, openDatabase, migrateToLatest, redactUrl, sqliteFile } = await opened({ allowStoredKey: command === 'rotate-key' });
  // Opens its own connections, and must not create the SQLite file it is about to fill.
  if (command === 'restore') {
    const source = args.positionals[0];
    if (!source) {
      console.error('Name the backup file: clinicpress restore FILE [--force]');
      return 2;
    }
    const { restore } = await import('./ops/backup.js');
    const { stderrProgress } = await import('./ops/progress.js');
    const m = await restore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, file: source, force: Boolean(values.force), progress: stderrProgress() });
    const rows = Object.values(m.counts).reduce((a, b) => a + b, 0);
    console.log(`Restored ${path.resolve(source)} (made ${m.createdAt} by ClinicPress ${m.appVersion}) into ${config.databaseUrl ? redactUrl(config.databaseUrl) : sqliteFile(config.dataDir)}: ${Object.keys(m.counts).length} tables, ${rows} rows, all checksums verified.`);
    if (m.dataKey === 'environment') console.log('The backup was made with DATA_KEY set: start the server with the same DATA_KEY, or patient fields cannot be read.');
    return 0;
  }
  const db = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrateToLatest(db.kysely);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
        return 0;
      }
      case 'seed': {
        if (!values.demo) {
          console.error('Only the demo data can be seeded: clinicpress seed --demo');
          return 2;
        }
        await migrateToLatest(db.kysely);
        // The demo and the composition load every feature: only the commands that need them pay for it
        // (`--help` and option errors answer without).
        const { isEmpty, seedDemo } = await import('./demo/seed.js');
        if (!(await isEmpty(db.kysely))) {
          console.error(`The database at ${db.location} already has a site; the demo is only loaded into an empty one.`);
          return 1;
        }
        const r = await seedDemo(db.kysely, { now: new Date(), uploadsDir: path.join(config.dataDir, 'uploads'), dataKey: config.booking.dataKey });
        console.log(`Loaded the demo hospital: ${r.doctors} doctors, ${r.articles} articles.`);
        return 0;
      }
      case 'reindex': {
        const { rebuildSearchIndex } = await import('./main.js');
        const r = await rebuildSearchIndex(db.kysely, new Date());
        console.log(`Search index rebuilt: ${r.articles} articles, ${r.doctors} doctors, ${r.qa} Q&As.`);
        return 0;
      }
      case 'backup': {
        const target = args.positionals[0];
        if (!target) {
          console.error('Name the backup file: clinicpress backup FILE');
          return 2;
        }
        const { backup } = await import('./ops/backup.js');
        const { stderrProgress } = await import('./ops/progress.js');
        const started = Date.now();
        const m = await backup({
          dataDir: config.dataDir,
          databaseUrl: config.databaseUrl,
          file: target,
          gzip: Boolean(values.gzip),
          dataKeyFromEnvironment: Boolean(config.booking.dataKey),
          progress: stderrProgress(),
        });
        const bytes = fs.statSync(target).size;
        console.log(`Backed up ${db.location} to ${path.resolve(target)} (${(bytes / 1024 / 1024).toFixed(1)} MB, ${m.members.length + 1} members, migration ${m.migrations.at(-1) ?? 'none'}, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
        if (m.dataKey === 'environment') console.log('DATA_KEY is set in the environment and is NOT in the archive: keep it elsewhere; a restore needs the same DATA_KEY.');
        else console.log('DATA_KEY is not set: the key that encrypts patient fields is inside this archive. Keep the archive as safe as the database.');
        return 0;
      }
      case 'migrate-uploads': {
        await migrateToLatest(db.kysely);
        const { migrateUploads } = await import('./media/migrate-uploads.js');
        const dir = path.join(config.dataDir, 'uploads');
        const r = await migrateUploads(db.kysely, dir, { now: new Date(), remove: Boolean(values.remove) });
        console.log(`Moved ${dir} into the media store: ${r.stored} stored, ${r.unchanged} already there, ${r.skipped.length} skipped${values.remove ? `, ${r.removed} removed from the folder` : ''}.`);
        for (const f of r.skipped) console.log(`  skipped: ${f}`);
        return 0;
      }
      case 'create-user': {
        const v = values as { email?: string; name?: string; role?: string[]; doctor?: string; 'password-stdin'?: boolean };
        const roles = (v.role ?? []) as Role[];
        const bad = roles.filter((r) => !ROLES.includes(r));
        if (!v.email || !/^[^\s@]+@[^\s@]+$/.test(v.email) || !v.name || !roles.length || bad.length) {
          console.error(`Give --email, --name and at least one --role (${ROLES.join(', ')})${bad.length ? `; unknown: ${bad.join(', ')}` : ''}.`);
          return 2;
        }
        await migrateToLatest(db.kysely);
        const { createInvite, createStaffUser, MIN_PASSWORD_LENGTH } = await import('./staff/auth.service.js');
        const { audit } = await import('./staff/audit.js');
        let password: string | undefined;
        if (v['password-stdin']) {
          password = (await readStdin()).replace(/\r?\n$/, '');
          if ([...password].length < MIN_PASSWORD_LENGTH) {
            console.error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
            return 2;
          }
        }
        const doctor = v.doctor ? await db.kysely.selectFrom('doctor').select('id').where('slug', '=', v.doctor).executeTakeFirst() : undefined;
        if (v.doctor && !doctor) {
          console.error(`No doctor with the slug "${v.doctor}".`);
          return 2;
        }
        const now = new Date();
        const exists = await db.kysely.selectFrom('staff_user').select('id').where('email', '=', v.email.toLowerCase()).executeTakeFirst();
        if (exists) {
          console.error(`A staff account with the email ${v.email} already exists.`);
          return 1;
        }
        const link = await db.kysely.transaction().execute(async (trx) => {
          const id = await createStaffUser(trx, { email: v.email!, name: v.name!, roles, password, doctorId: doctor?.id ?? null }, now);
          await audit(trx, { userId: null, name: 'clinicpress create-user', ip: 'cli', userAgent: 'cli' }, 'staff.create', { type: 'staff_user', id }, now, { roles });
          return password ? undefined : `${config.siteUrl}/staff/invite/${await createInvite(trx, id, now)}`;
        });
        console.log(link ? `Created ${v.email}. Open this link within 7 days to set the password:\n${link}` : `Created ${v.email}.`);
        return 0;
      }
      case 'rotate-key': {
        if (!config.booking.newDataKey) {
          console.error('Set NEW_DATA_KEY to the new key (e.g. `openssl rand -hex 32`), and DATA_KEY to the current one if there is one.');
          return 2;
        }
        await migrateToLatest(db.kysely);
        const { DATA_KEY_STATE, PatientCrypto } = await import('./personal-data/patient-crypto.js');
        const { rotateKey } = await import('./privacy/encrypted-columns.js');
        const kept = await db.kysely.selectFrom('site_state').select('value').where('key', '=', DATA_KEY_STATE.key).executeTakeFirst();
        const current = config.booking.dataKey ?? (kept ? Buffer.from(kept.value, 'base64url') : undefined);
        if (!current) {
          console.error('There is no current key: set DATA_KEY to the key the data is encrypted with.');
          return 2;
        }
        const tty = process.stderr.isTTY;
        const r = await rotateKey(db.kysely, new PatientCrypto(current), new PatientCrypto(config.booking.newDataKey), {
          onProgress: (table, done, total) => {
            const line = `  ${table}: ${done}/${total}`;
            if (tty) process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`);
            else if (done >= total) process.stderr.write(`${line}\n`);
          },
        });
        if (r.alreadyDone) console.log(`The data is already encrypted with the new key (id ${r.to}); nothing to do.`);
        else console.log(`${r.resumed ? 'Resumed and finished' : 'Finished'}: ${r.rows} rows re-encrypted from key ${r.from} to key ${r.to}. Start the server with DATA_KEY set to the new key.`);
        return 0;
      }
      case 'audit-verify': {
        const { verifyAuditChain } = await import('./staff/audit.js');
        const r = await verifyAuditChain(db.kysely);
        if (r.ok) {
          console.log(`The audit log is intact: ${r.checked} entries checked.`);
          return 0;
        }
        console.error(`The audit log is broken at entry #${r.broken!.id}: ${r.broken!.reason}. The ${r.checked} entries before it are intact.`);
        return 1;
      }
      default:
        return 2;
    }
  } catch (err) {
    if (command === 'rotate-key' && err instanceof (await import('./privacy/encrypted-columns.js')).RotationError) {
      console.error(`clinicpress rotate-key: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await db.close();
  }
}

/** The configuration (from the environment) and the database functions every command opens with. */
async function opened(opts: { allowStoredKey?: boolean } = {}) {
  const [{ loadConfig }, { openDatabase, redactUrl, sqliteFile }, { migrateToLatest }] = await Promise.all([import('./config.js'), import('./db/connection.js'), import('./db/migrate.js')]);
  return { config: loadConfig(process.env, opts), openDatabase, redactUrl, sqliteFile, migrateToLatest };
}

/** Errors that are the operator's to fix: their message alone, no stack. */
async function operatorError(err: unknown): Promise<{ code: number } | undefined> {
  const [{ ConfigError }, { DatabaseOpenError }, { BackupError }] = await Promise.all([import('./config.js'), import('./db/connection.js'), import('./ops/backup.js')]);
  if (err instanceof ConfigError) return { code: 2 };
  if (err instanceof DatabaseOpenError || err instanceof BackupError) return { code: 1 };
  return undefined;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  const known = await operatorError(err);
  if (known) {
    console.error((err as Error).message);
    process.exitCode = known.code;
  } else {
    // Whatever went wrong, the operator gets one readable line; CLINICPRESS_DEBUG=1 shows the stack.
    console.error(`clinicpress: ${(err as Error)?.message ?? String(err)}`);
    if (process.env.CLINICPRESS_DEBUG) console.error(err);
    process.exitCode = 1;
  }
}
