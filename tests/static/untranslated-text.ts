import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

// Attributes that carry code, not words a person reads.
const technicalAttributes = new Set([
  'className',
  'id',
  'href',
  'to',
  'type',
  'name',
  'method',
  'action',
  'autoComplete',
  'inputMode',
  'role',
  'rel',
  'target',
  'lang',
  'key',
  'htmlFor',
  'variant',
  'encType',
  'pattern',
  'accept',
  'form',
  'value',
  'defaultValue',
  'src',
  'loading',
  'dir',
  'headers',
  'scope',
  'tone',
  'size',
  'enterKeyHint',
  'spellCheck',
  'wrap',
  'download',
  'aria-live',
  'aria-current',
  'aria-hidden',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'aria-haspopup',
  'aria-expanded',
  'width',
  'height',
  'viewBox',
  'fill',
  'stroke',
  'd',
  'focusable',
  'xmlns',
  'preventScrollReset',
  'replace',
  'navigate',
  'fetcherKey',
  'step',
  'min',
  'max',
  'kind',
  'status',
  'strokeWidth',
  'strokeLinecap',
  'strokeLinejoin',
  'cx',
  'cy',
  'r',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'points',
  'transform',
  'textAnchor',
  'dominantBaseline',
  'fontSize',
  'data-testid',
  'returnTo',
  'autoCapitalize',
  'autoCorrect',
  'capture',
  'list',
  'colSpan',
  'rowSpan',
  'tabIndex',
]);

// Names are the same in every language.
const names =
  /^(Feedforward|Slack|Microsoft Teams|Google Calendar|Outlook|Apple Calendar|OpenID Connect|SSO|CSV|iCalendar|API|TOTP|SMTP)$/;

// Prose: starts with a capital and has a second word, or ends a sentence (period, ellipsis, question mark).
const looksLikeProse = (text: string) =>
  /^[A-Z][a-zA-Z'’]*[ ,][A-Za-z]/.test(text) || /[a-z][.…?!]$/.test(text.trim());

export type UntranslatedText = { file: string; line: number; text: string };

/** Every text a person would read that is written in code rather than taken from a catalog. */
export function untranslatedTexts(file: string, source: string): UntranslatedText[] {
  const sourceFile = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: UntranslatedText[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node)) {
      const text = node.text.replace(/\s+/g, ' ').trim();
      if (/[A-Za-z]/.test(text) && !names.test(text)) report(node, text);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sourceFile);
      const value = node.initializer;
      if (technicalAttributes.has(name)) return;
      if (value && ts.isStringLiteral(value)) {
        if (/[A-Za-z]{2}/.test(value.text) && !names.test(value.text))
          report(node, `${name}="${value.text}"`);
        return;
      }
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isTechnicalPosition(node) && looksLikeProse(node.text)) report(node, node.text);
    } else if (ts.isTemplateExpression(node) && !isTechnicalPosition(node)) {
      const pieces = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (pieces.some((piece) => looksLikeProse(piece) || /[a-z]{2,} [a-z]{2,}/.test(piece))) {
        report(node, node.getText(sourceFile));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

// Keys of objects, arguments of translators and comparisons are code, not words shown.
function isTechnicalPosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isCallExpression(parent) && /(^|\.)(t|text|\w+Text)$/.test(parent.expression.getText())) return true;
  if (ts.isLiteralTypeNode(parent)) return true;
  return false;
}

const skipped = (path: string) =>
  path.endsWith('.test.ts') ||
  path.endsWith('.test.tsx') ||
  path.endsWith('.d.ts') ||
  // The stakeholder's page has its own catalogs in four languages (decision 0050).
  path.startsWith('src/web/answer/') ||
  path === 'src/web/answer-main.tsx';

/** Every leader screen file under src/web. */
export function screenFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !skipped(relative(root, path))) files.push(path);
    }
  };
  walk(join(root, 'src/web'));
  return files.sort();
}

export const readSource = (path: string) => readFileSync(path, 'utf8');
