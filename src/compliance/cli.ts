// `clinicpress lint-content [--type kepu|institution|ad|case] [--format text|json] FILE…`
//
// Checks Markdown or plain-text files (UTF-8; `-` reads standard input) and reports risky
// statements with their legal basis and a suggestion. It never changes the files.
// Exit status: 0 no error-level finding, 1 at least one, 2 usage or input error.

import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { DOC_TYPES, DOC_TYPE_LABELS, type DocType, type Finding } from './types.js';

export const LINT_USAGE = `Usage: clinicpress lint-content [--type kepu|institution|ad|case] [--format text|json] FILE…

Checks health-education articles, institution pages, medical ads and case reports (Markdown or
plain text, UTF-8; "-" reads standard input) for statements that Chinese advertising and
medical-advertising law restricts, and explains each finding with its legal basis and a
suggestion. The files are never changed.

  --type     document type: kepu (健康科普, default), institution (机构信息), ad (医疗广告), case (病例报告)
  --format   text (default) or json: one array of findings for all files, each with "file",
             "rule", "category", "severity", "start", "end" (UTF-16 offsets), "line", "text",
             "basis", "message", "suggestion" (a byte-order mark counts as one code unit)

Exit status: 0 when no error-level finding remains, 1 when one does, 2 for a usage or input
error (unknown option, unreadable file, invalid UTF-8).
`;

export interface LintIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  readFile: (path: string) => Buffer;
}

const defaultIo: LintIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
  readFile: (p) => fs.readFileSync(p),
};

export type FileFinding = { file: string } & Finding;

function column(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return [...text.slice(lineStart, offset)].length + 1;
}

const LEVEL_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

export async function lintContent(args: string[], io: LintIo = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { type: { type: 'string', default: 'kepu' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    // One line (issue 11): the full usage is one --help away.
    io.stderr(`clinicpress lint-content: ${(err as Error).message.split('\n')[0]} (see clinicpress lint-content --help)\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(LINT_USAGE);
    return 0;
  }
  const docType = values.type as DocType;
  if (!DOC_TYPES.includes(docType)) {
    io.stderr(`Unknown --type "${values.type}": use one of ${DOC_TYPES.join(', ')}.\n`);
    return 2;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    io.stderr(`Unknown --format "${values.format}": use text or json.\n`);
    return 2;
  }
  if (!positionals.length) {
    io.stderr(`Name at least one file (or - for standard input).\n\n${LINT_USAGE}`);
    return 2;
  }

  // The rules and the model load only now: --help and a usage error answer without them.
  const { checkText, tally } = await import('./checker.js');
  // ignoreBOM keeps a byte-order mark in the text, so offsets match the file as Node reads it.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const all: FileFinding[] = [];
  const texts = new Map<string, string>();
  let inputError = false;
  let stdinUsed = false;
  for (const file of positionals) {
    let bytes: Buffer;
    try {
      if (file === '-') {
        if (stdinUsed) throw new Error('standard input can be read only once');
        stdinUsed = true;
        bytes = await io.readStdin();
      } else {
        bytes = io.readFile(file);
      }
    } catch (err) {
      io.stderr(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      inputError = true;
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      io.stderr(`${file}: not valid UTF-8\n`);
      inputError = true;
      continue;
    }
    texts.set(file, text);
    for (const f of checkText(text, { docType })) all.push({ file, ...f });
  }

  if (values.format === 'json') {
    io.stdout(`${JSON.stringify(all, null, 2)}\n`);
  } else {
    for (const f of all) {
      const text = texts.get(f.file)!;
      io.stdout(
        `${f.file}:${f.line}:${column(text, f.start)}: ${LEVEL_LABEL[f.severity]} [${f.rule}] 「${f.text}」${f.message}\n` +
          `    依据：${f.basis}\n` +
          `    建议：${f.suggestion}\n`,
      );
    }
    const t = tally(all);
    io.stdout(`${texts.size} 个文件（按${DOC_TYPE_LABELS[docType]}检查）：${t.error} 个错误，${t.warning} 个警告，${t.info} 条提示。\n`);
  }
  if (inputError) return 2;
  return all.some((f) => f.severity === 'error') ? 1 : 0;
}
