#!/usr/bin/env node
// Lints the project's Cypher with Neo4j's own parser (@neo4j-cypher/language-support), offline.
//
//   node lint.mjs [--strict] [--param NAME]... [--property KEY]... [--any-param] FILE|DIR...
//
// FILE is a .cypher script (statements separated by ';', '//' comments allowed) or a .jsonl dry run written by
// `graph push --dry-run` (one {"statement", "parameters"} object a line). A DIR is searched for both.
// Every distinct statement is linted once against a schema built from the graph's vocabulary: labels and
// relationship types read from Graph.Core's C# sources (so they cannot drift), the property keys below, and the
// parameters the statement may use. One line per problem:
//
//   FILE: statement N, LINE:COL: error|warning: MESSAGE
//
// For a .cypher file N counts its statements from 1 and LINE:COL is the place in the file; for a .jsonl file N is
// the line of the file and LINE:COL the place in that statement. Exit code 0 when there are no errors (warnings
// are allowed), 1 when there are, 2 for bad usage or unreadable input. --strict makes unknown labels, types and
// properties errors, for the query catalogue, where a typo silently matches nothing.
//
// Parameters a .cypher statement may use: $rows (the loader's), every --param, and every `// @param NAME` line
// in the same file (the catalogue documents its parameters that way). --any-param accepts any parameter.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery, parseStatementsStrs, parseParameters } from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

// Used only when Graph.Core's sources are not beside this tool (e.g. it was copied elsewhere).
const FALLBACK_LABELS = ['Article', 'Person', 'Institution', 'Country', 'Location', 'Event', 'Meeting', 'Claim', 'Actor'];
const FALLBACK_TYPES = [
  'STATED', 'ABOUT', 'REPORTED_IN', 'MENTIONED_IN', 'PARTICIPATED_IN', 'HELD_IN', 'LOCATED_IN', 'AFFILIATED_WITH',
  'PART_OF', 'MET_WITH', 'COOPERATES_WITH', 'RESTRICTS', 'CRITICIZES', 'SUPPORTS', 'OPPOSES', 'SANCTIONS',
  'ACCUSES', 'THREATENS', 'TALKED_TO',
];

// Property keys of nodes and relationships (docs/CONTRACT.md). TODO: read them from GraphProjection once it exists.
const PROPERTY_KEYS = [
  'id', 'name', 'text', 'aliases', 'iso', 'role', 'cue', 'direct', 'articleId', 'start', 'end', 'confidence', 'count',
  'source', 'title', 'published', 'language', 'date', 'dateText', 'type', 'kind', 'speaker', 'audience', 'extractor',
  'mentions', 'evidence', 'location',
  // Entity properties the resolver sets: a person's nationality and US state, a body's or place's country.
  'nationality', 'state', 'country',
];
// Keys of the loader's row maps ($rows: [{id, from, to, props}]), which the linter also checks as properties.
const ROW_KEYS = ['from', 'to', 'props'];
// Placeholders in cypher/load/*.cypher that the loader fills from the vocabulary.
const LABEL_PLACEHOLDERS = ['__Label__', '__Labels__', '__StartLabel__', '__EndLabel__'];
const TYPE_PLACEHOLDERS = ['__Type__'];
const DEFAULT_PARAMETERS = ['rows'];

const UNKNOWN_NAME = /is not present in the database/;

function usage(message) {
  if (message) console.error(`cypher-lint: ${message}`);
  console.error('usage: node lint.mjs [--strict] [--param NAME]... [--property KEY]... [--any-param] FILE|DIR...');
  process.exit(2);
}

function parseArguments(argv) {
  const options = { strict: false, anyParam: false, params: [], properties: [], paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--strict') options.strict = true;
    else if (arg === '--any-param') options.anyParam = true;
    else if (arg === '--param' || arg === '--property') {
      const value = argv[++i];
      if (!value) usage(`${arg} needs a name`);
      (arg === '--param' ? options.params : options.properties).push(value.replace(/^\$/, ''));
    } else if (arg === '--help' || arg === '-h') usage();
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) usage('no files given');
  return options;
}

/** The string constants of a C# file (`public const string X = "Y";`), or the fallback when it is missing. */
function constantsOf(path, fallback) {
  if (!existsSync(path)) return fallback;
  const values = [...readFileSync(path, 'utf8').matchAll(/const\s+string\s+\w+\s*=\s*"([^"]+)"\s*;/g)].map((m) => m[1]);
  return values.length > 0 ? values : fallback;
}

function vocabulary(options) {
  const labels = constantsOf(join(repoRoot, 'src', 'Graph.Core', 'Storage', 'GraphElements.cs'), FALLBACK_LABELS);
  const types = constantsOf(join(repoRoot, 'src', 'Graph.Core', 'Model', 'RelationTypes.cs'), FALLBACK_TYPES);
  return {
    labels: [...labels, ...LABEL_PLACEHOLDERS],
    relationshipTypes: [...types, ...TYPE_PLACEHOLDERS],
    propertyKeys: [...new Set([...PROPERTY_KEYS, ...ROW_KEYS, ...options.properties])],
  };
}

function collectFiles(paths) {
  const files = [];
  const visit = (path) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      usage(`cannot read ${path}`);
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry.startsWith('.') || entry === 'node_modules') continue;
        const child = join(path, entry);
        if (statSync(child).isDirectory() || ['.cypher', '.jsonl'].includes(extname(child))) visit(child);
      }
    } else {
      files.push(path);
    }
  };
  paths.forEach(visit);
  return files;
}

/** Line and column (1-based) of an offset in text. */
function position(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/** True when a chunk holds nothing but whitespace, comments and ';' (Neo4j's splitter keeps those). */
function isEmptyStatement(chunk) {
  return chunk.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').replace(/;/g, '').trim() === '';
}

/** Statements of a .cypher script, with their offsets in the file: Neo4j's own splitter partitions the text. */
function cypherStatements(path, text) {
  const declared = [...text.matchAll(/^\s*\/\/\s*@param\s+\$?(\w+)/gm)].map((m) => m[1]);
  const statements = [];
  let offset = 0;
  let index = 0;
  for (const chunk of parseStatementsStrs(text)) {
    const start = text.indexOf(chunk, offset);
    const at = start >= 0 ? start : offset;
    offset = at + chunk.length;
    if (isEmptyStatement(chunk)) continue;
    index++;
    statements.push({ file: path, index, text: chunk, base: text, baseOffset: at, parameters: declared });
  }
  return statements;
}

/** Statements of a dry-run .jsonl file, with the parameter names each line actually sends. */
function jsonlStatements(path, text, problems) {
  const statements = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let record;
    try {
      record = JSON.parse(line);
    } catch (error) {
      problems.push({ file: path, index: i + 1, line: 1, col: 1, severity: 'error', message: `not JSON: ${error.message}` });
      return;
    }
    if (typeof record.statement !== 'string') {
      problems.push({ file: path, index: i + 1, line: 1, col: 1, severity: 'error', message: 'the line has no "statement" string' });
      return;
    }
    const parameters = record.parameters && typeof record.parameters === 'object' ? Object.keys(record.parameters) : [];
    statements.push({ file: path, index: i + 1, text: record.statement, base: record.statement, baseOffset: 0, parameters, exact: true });
  });
  return statements;
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const schema = vocabulary(options);
  const problems = [];
  const seen = new Set();
  let distinct = 0;
  const files = collectFiles(options.paths);

  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      usage(`cannot read ${file}: ${error.message}`);
    }
    const statements = extname(file) === '.jsonl' ? jsonlStatements(shown, text, problems) : cypherStatements(shown, text);
    for (const statement of statements) {
      // A dry-run line may use exactly the parameters it sends; a script its declared ones and the defaults.
      const allowed = options.anyParam
        ? parseParameters(statement.text, false)
        : statement.exact
          ? statement.parameters
          : [...DEFAULT_PARAMETERS, ...options.params, ...statement.parameters];
      const key = `${statement.text.trim()}\u0000${[...new Set(allowed)].sort().join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      distinct++;

      const parameters = Object.fromEntries(allowed.map((name) => [name, null]));
      const { diagnostics } = lintCypherQuery(statement.text, { ...schema, parameters });
      for (const diagnostic of diagnostics) {
        let severity = diagnostic.severity === 1 ? 'error' : 'warning';
        if (options.strict && severity === 'warning' && UNKNOWN_NAME.test(diagnostic.message)) severity = 'error';
        const at = position(statement.base, statement.baseOffset + (diagnostic.offsets?.start ?? 0));
        problems.push({ file: statement.file, index: statement.index, ...at, severity, message: diagnostic.message.replace(/\s+/g, ' ') });
      }
    }
  }

  for (const p of problems) console.log(`${p.file}: statement ${p.index}, ${p.line}:${p.col}: ${p.severity}: ${p.message}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  console.error(`cypher-lint: ${distinct} distinct statements in ${files.length} files: ${errors} errors, ${warnings} warnings`);
  process.exit(errors > 0 ? 1 : 0);
}

main();
