import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { BackupError } from './ops/backup.js';
import { rebuildSearchIndex } from './content/content.service.js';
import { DatabaseOpenError, openDatabase, redactUrl, sqliteFile } from './db/connection.js';
import { migrateToLatest } from './db/migrate.js';
import { isEmpty, seedDemo } from './db/seed/seed.js';
import type { Role } from './db/schema.js';
import { audit } from './staff/audit.js';
import { createInvite, createStaffUser, MIN_PASSWORD_LENGTH } from './staff/auth.service.js';
import { ROLES } from './staff/roles.js';

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
                       create a staff account (roles: admin, editor, reviewer, doctor, frontdesk);
                       without --password-stdin it prints a one-time link to set the password
  lint-content [--type kepu|institution|ad|case] [--format text|json] FILE…
                       check articles (Markdown or text, UTF-8; - for standard input) for risky
                       medical-advertising statements; exit 1 if an error-level finding remains

The database is chosen like the server's: DATABASE_URL, or the SQLite file in DATA_DIR.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  // Needs no configuration and no database.
  if (command === 'lint-content') return (await import('./compliance/cli.js')).lintContent(rest);
  const config = loadConfig();
  // Opens its own connections, and must not create the SQLite file it is about to fill.
  if (command === 'restore') {
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { force: { type: 'boolean' } } });
    const source = positionals[0];
    if (!source || positionals.length > 1) {
      console.error('Name the backup file: clinicpress restore FILE [--force]');
      return 2;
    }
    const { restore } = await import('./ops/backup.js');
    const { stderrProgress } = await import('./ops/progress.js');
    {
      const m = await restore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, file: source, force: values.force, progress: stderrProgress() });
      const rows = Object.values(m.counts).reduce((a, b) => a + b, 0);
      console.log(`Restored ${path.resolve(source)} (made ${m.createdAt} by ClinicPress ${m.appVersion}) into ${config.databaseUrl ? redactUrl(config.databaseUrl) : sqliteFile(config.dataDir)}: ${Object.keys(m.counts).length} tables, ${rows} rows, all checksums verified.`);
      if (m.dataKey === 'environment') console.log('The backup was made with DATA_KEY set: start the server with the same DATA_KEY, or patient fields cannot be read.');
      return 0;
    }
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
        const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean' } } });
        if (!values.demo) {
          console.error('Only the demo data can be seeded: clinicpress seed --demo');
          return 2;
        }
        await migrateToLatest(db.kysely);
        if (!(await isEmpty(db.kysely))) {
          console.error(`The database at ${db.location} already has a site; the demo is only loaded into an empty one.`);
          return 1;
        }
        const r = await seedDemo(db.kysely, { now: new Date(), uploadsDir: path.join(config.dataDir, 'uploads'), dataKey: config.booking.dataKey });
        console.log(`Loaded the demo hospital: ${r.doctors} doctors, ${r.articles} articles.`);
        return 0;
      }
      case 'reindex': {
        const r = await rebuildSearchIndex(db.kysely, new Date());
        console.log(`Search index rebuilt: ${r.articles} articles, ${r.doctors} doctors.`);
        return 0;
      }
      case 'backup': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { gzip: { type: 'boolean' } } });
        const target = positionals[0];
        if (!target || positionals.length > 1) {
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
          gzip: values.gzip,
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
        const { values } = parseArgs({ args: rest, options: { remove: { type: 'boolean' } } });
        await migrateToLatest(db.kysely);
        const { migrateUploads } = await import('./media/migrate-uploads.js');
        const dir = path.join(config.dataDir, 'uploads');
        const r = await migrateUploads(db.kysely, dir, { now: new Date(), remove: values.remove });
        console.log(`Moved ${dir} into the media store: ${r.stored} stored, ${r.unchanged} already there, ${r.skipped.length} skipped${values.remove ? `, ${r.removed} removed from the folder` : ''}.`);
        for (const f of r.skipped) console.log(`  skipped: ${f}`);
        return 0;
      }
      case 'create-user': {
        const { values } = parseArgs({
          args: rest,
          options: {
            email: { type: 'string' },
            name: { type: 'string' },
            role: { type: 'string', multiple: true },
            doctor: { type: 'string' },
            'password-stdin': { type: 'boolean' },
          },
        });
        const roles = (values.role ?? []) as Role[];
        const bad = roles.filter((r) => !ROLES.includes(r));
        if (!values.email || !/^[^\s@]+@[^\s@]+$/.test(values.email) || !values.name || !roles.length || bad.length) {
          console.error(`Give --email, --name and at least one --role (${ROLES.join(', ')})${bad.length ? `; unknown: ${bad.join(', ')}` : ''}.`);
          return 2;
        }
        await migrateToLatest(db.kysely);
        let password: string | undefined;
        if (values['password-stdin']) {
          password = (await readStdin()).replace(/\r?\n$/, '');
          if ([...password].length < MIN_PASSWORD_LENGTH) {
            console.error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
            return 2;
          }
        }
        const doctor = values.doctor
          ? await db.kysely.selectFrom('doctor').select('id').where('slug', '=', values.doctor).executeTakeFirst()
          : undefined;
        if (values.doctor && !doctor) {
          console.error(`No doctor with the slug "${values.doctor}".`);
          return 2;
        }
        const now = new Date();
        const exists = await db.kysely.selectFrom('staff_user').select('id').where('email', '=', values.email.toLowerCase()).executeTakeFirst();
        if (exists) {
          console.error(`A staff account with the email ${values.email} already exists.`);
          return 1;
        }
        const link = await db.kysely.transaction().execute(async (trx) => {
          const id = await createStaffUser(trx, { email: values.email!, name: values.name!, roles, password, doctorId: doctor?.id ?? null }, now);
          await audit(trx, { userId: null, name: 'clinicpress create-user', ip: 'cli', userAgent: 'cli' }, 'staff.create', { type: 'staff_user', id }, now, { roles });
          return password ? undefined : `${config.siteUrl}/staff/invite/${await createInvite(trx, id, now)}`;
        });
        console.log(link ? `Created ${values.email}. Open this link within 7 days to set the password:\n${link}` : `Created ${values.email}.`);
        return 0;
      }
      default:
        process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } finally {
    await db.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (err instanceof ConfigError || err instanceof DatabaseOpenError || err instanceof BackupError) {
    console.error(err.message);
    process.exitCode = err instanceof ConfigError ? 2 : 1;
  } else {
    throw err;
  }
}
