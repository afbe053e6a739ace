import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { rebuildSearchIndex } from './content/content.service.js';
import { DatabaseOpenError, openDatabase, sqliteFile } from './db/connection.js';
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
  backup FILE          copy the SQLite database to FILE while the site runs (SQLite only)
  create-user --email E --name N --role R [--role R…] [--password-stdin]
                       create a staff account (roles: admin, editor, reviewer, doctor, frontdesk);
                       without --password-stdin it prints a one-time link to set the password
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
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  // Needs no configuration and no database.
  if (command === 'lint-content') return (await import('./compliance/cli.js')).lintContent(rest);
  if (command === 'audit-site') return (await import('./import/cli.js')).auditSiteCommand(rest);
  const config = loadConfig();
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
        const target = rest[0];
        if (!target) {
          console.error('Name the backup file: clinicpress backup FILE');
          return 2;
        }
        if (db.dialect !== 'sqlite') {
          console.error('For PostgreSQL use pg_dump, which the server ships with.');
          return 2;
        }
        const { default: SQLite } = await import('better-sqlite3');
        const conn = new SQLite(sqliteFile(config.dataDir), { readonly: true });
        await conn.backup(path.resolve(target));
        conn.close();
        console.log(`Backed up ${sqliteFile(config.dataDir)} to ${path.resolve(target)}`);
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
      case 'import': {
        await migrateToLatest(db.kysely);
        return await (await import('./import/cli.js')).importCommand(rest, { db: db.kysely, dataDir: config.dataDir });
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
  if (err instanceof ConfigError || err instanceof DatabaseOpenError) {
    console.error(err.message);
    process.exitCode = err instanceof ConfigError ? 2 : 1;
  } else {
    throw err;
  }
}
