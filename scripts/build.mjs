// Builds the deployable add-on into dist/:
//   dist/appsscript.json  the manifest (copied from ./appsscript.json)
//   dist/Code.js          generated top-level stubs + the bundle in the private global OKR_
//   dist/<Page>.html      each UI page (src/ui/<Page>.html) with its script and styles inlined
//   dist/<Asset>.html     texts only one action needs (header notes, Help), as JSON; see ASSETS
// The stubs are generated from the registry of public functions (src/server/registry.ts),
// the single source of truth for names, JSDoc and implementations.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from '@swc/core';
import * as esbuild from 'esbuild';
import ts from 'typescript';

/** @typedef {import('../src/server/publicFunction').PublicFunction} PublicFunction */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const uiDir = join(root, 'src', 'ui');
export const BUNDLE_GLOBAL = 'OKR_';

/**
 * Loads a CommonJS bundle that esbuild wrote to memory (Node cannot import TypeScript):
 * written once under node_modules/.cache, then required.
 * @param {string} code
 * @param {string} name
 * @returns {any}
 */
export function requireBundled(code, name) {
  const cacheDir = join(root, 'node_modules', '.cache', 'okr-build');
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `${name}-${process.pid}-${Date.now()}.cjs`);
  writeFileSync(file, code);
  return createRequire(import.meta.url)(file);
}

/**
 * Loads the registry in Node (bundled to CommonJS) to read names and docs.
 * @returns {Promise<readonly PublicFunction[]>}
 */
export async function loadRegistry() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src', 'server', 'registry.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  return requireBundled(result.outputFiles[0].text, 'registry').PUBLIC_FUNCTIONS;
}

/**
 * Texts shipped beside the script as dist/<name>.html (JSON), read only by the action that
 * needs them (src/services/assets.ts): every execution loads Code.js, none loads these.
 */
export const ASSETS = [
  {
    name: 'HeaderNotes',
    module: 'src/core/workbook/headerNoteTexts.ts',
    exportName: 'HEADER_NOTES',
  },
  { name: 'Help', module: 'src/core/helpText.ts', exportName: 'HELP_TEXT' },
];

/**
 * One asset's JSON text. `<` is escaped so the file stays inert HTML.
 * @param {{ name: string, module: string, exportName: string }} asset
 * @returns {Promise<string>}
 */
async function buildAsset(asset) {
  const result = await esbuild.build({
    entryPoints: [join(root, asset.module)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  const value = requireBundled(result.outputFiles[0].text, `asset-${asset.name}`)[asset.exportName];
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Message catalogues the server script reads from dist/Texts.html on first use instead of
 * carrying them (src/services/textAssets.ts): only catalogues no custom function and no
 * code at load time touches. Each must be plain data (JSON): an object or an array.
 */
export const TEXT_ASSETS = [
  { module: 'src/core/reminders/messages.ts', names: ['REMINDER_MESSAGES'] },
  {
    module: 'src/core/cycle/messages.ts',
    names: [
      'CYCLE_DIALOGS',
      'REVIEW_TEXTS',
      'SWEET_SPOT_VERDICTS',
      'HISTORY_KINDS',
      'KPI_FINDING_TEXTS',
      'PERIOD_MESSAGES',
    ],
  },
  { module: 'src/core/review/messages.ts', names: ['REVIEW_RULE_TEXTS', 'OKR_REVIEW_TEXTS'] },
  { module: 'src/core/checkIn/messages.ts', names: ['CHECK_IN_MESSAGES', 'CORRECTION_MESSAGES'] },
  { module: 'src/core/workbook/messages.ts', names: ['WORKBOOK_MESSAGES'] },
  {
    module: 'src/core/examples/exampleOkrs.ts',
    names: [
      'EXAMPLE_PEOPLE',
      'EXAMPLE_OBJECTIVES',
      'EXAMPLE_KEY_RESULTS',
      'EXAMPLE_KPIS',
      'EXAMPLE_COMMENTS',
    ],
  },
  { module: 'src/core/nudges/messages.ts', names: ['NUDGE_MESSAGES'] },
];

/** dist/Texts.html: every listed catalogue by name, as JSON. */
async function buildTextAssets() {
  /** @type {Record<string, unknown>} */
  const all = {};
  for (const { module, names } of TEXT_ASSETS) {
    const result = await esbuild.build({
      entryPoints: [join(root, module)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
    });
    const exports = requireBundled(result.outputFiles[0].text, 'texts');
    for (const name of names) {
      const value = exports[name];
      if (JSON.stringify(JSON.parse(JSON.stringify(value ?? null))) !== JSON.stringify(value)) {
        throw new Error(`${module}: ${name} is not plain data, it cannot ship as a text asset`);
      }
      all[name] = value;
    }
  }
  return JSON.stringify(all).replace(/</g, '\\u003c');
}

/**
 * Whether an initializer is an array literal, under any `as const` or `satisfies`.
 * @param {import('typescript').Expression} node
 * @returns {boolean}
 */
function isArrayLiteral(node) {
  if (
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isParenthesizedExpression(node)
  )
    return isArrayLiteral(node.expression);
  return ts.isArrayLiteralExpression(node);
}

/**
 * Source with each listed catalogue's initializer replaced by `textAsset('NAME')`.
 * @param {string} source
 * @param {string} fileName
 * @param {readonly string[]} names
 */
export function textAssetSource(source, fileName, names) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  /** @type {{ start: number; end: number; text: string }[]} */
  const cuts = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const name = declaration.name.text;
      if (!names.includes(name)) continue;
      cuts.push({
        start: declaration.initializer.getStart(file),
        end: declaration.initializer.getEnd(),
        // An array keeps an array as the proxy's target, so Array.isArray still holds.
        text: `textAsset(${JSON.stringify(name)}${isArrayLiteral(declaration.initializer) ? ', []' : ''})`,
      });
    }
  }
  if (cuts.length !== names.length) {
    throw new Error(`${fileName}: not every catalogue of ${names.join(', ')} was found`);
  }
  let result = source;
  for (const cut of cuts.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, cut.start) + cut.text + result.slice(cut.end);
  }
  const runtime = join(root, 'src', 'services', 'textAssets.ts').replace(/\\/g, '/');
  return `import { textAsset } from ${JSON.stringify(runtime)};\n${result}`;
}

/** @type {esbuild.Plugin} */
const textAssetsPlugin = {
  name: 'text-assets',
  setup(pluginBuild) {
    const namesByPath = new Map(
      TEXT_ASSETS.map(({ module, names }) => [join(root, module), names]),
    );
    pluginBuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const names = namesByPath.get(args.path);
      if (!names) return undefined;
      return {
        contents: textAssetSource(readFileSync(args.path, 'utf8'), args.path, names),
        loader: 'ts',
      };
    });
  },
};

/** @param {unknown} text */
function jsdocLines(text) {
  return String(text).split('\n');
}

/**
 * One top-level stub with its JSDoc; Sheets reads `@customfunction` help from it.
 * @param {PublicFunction} entry
 */
export function stubFor(entry) {
  /** @param {string} params */
  const call = (params) =>
    `function ${entry.name}(${params}) {\n  return ${BUNDLE_GLOBAL}.run_(${JSON.stringify(entry.name)}, arguments);\n}\n`;
  // Only a custom function's JSDoc is read (Sheets' help for the formula); the other entry
  // points keep a one-line summary, and their full docs stay in the registry.
  if (entry.kind !== 'customFunction') {
    return `/** ${jsdocLines(entry.summary)[0]} */\n${call(entry.params.map((param) => param.name).join(', '))}`;
  }
  const lines = [...jsdocLines(entry.summary)];
  for (const paragraph of entry.details ?? []) lines.push('', ...jsdocLines(paragraph));
  for (const example of entry.examples ?? []) lines.push('', `Example: ${example}`);
  if (entry.params.length) lines.push('');
  for (const param of entry.params) {
    const name = param.optional ? `[${param.name}]` : param.name;
    lines.push(`@param {${param.type}} ${name} ${param.description}`);
  }
  if (entry.returns) lines.push(`@return ${entry.returns}`);
  lines.push('@customfunction');
  const doc = ['/**', ...lines.map((line) => (line ? ` * ${line}` : ' *')), ' */'].join('\n');
  return `${doc}\n${call(entry.params.map((param) => param.name).join(', '))}`;
}

// Registry entries carry their docs for the stubs and docs/; at run time only the name and
// implementation matter. Dropping the rest keeps the docs text out of the bundle that
// every custom-function cell and sidebar call loads.
const RUNTIME_REGISTRY_FIELDS = new Set(['name', 'kind', 'implementation']);

/**
 * Source with every `definePublicFunction({...})` argument cut down to its runtime fields.
 * @param {string} source
 * @param {string} fileName
 */
export function stripRegistryDocs(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  /** @type {{ start: number; end: number; text: string }[]} */
  const cuts = [];
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'definePublicFunction' &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      const object = node.arguments[0];
      const kept = object.properties.filter(
        (property) => property.name && RUNTIME_REGISTRY_FIELDS.has(property.name.getText(file)),
      );
      cuts.push({
        start: object.getStart(file),
        end: object.getEnd(),
        text: `{ ${kept.map((property) => property.getText(file)).join(', ')} }`,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const cut of cuts.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, cut.start) + cut.text + result.slice(cut.end);
  }
  return result;
}

/** @type {esbuild.Plugin} */
const stripRegistryDocsPlugin = {
  name: 'strip-registry-docs',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]server[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('definePublicFunction(')) return undefined;
      return { contents: stripRegistryDocs(source, args.path), loader: 'ts' };
    });
  },
};

/** @param {readonly PublicFunction[]} registry */
async function buildServer(registry) {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [stripRegistryDocsPlugin, textAssetsPlugin],
  });
  // esbuild bundles and minifies; swc's compressor then takes what esbuild's single pass
  // leaves (about 3% here). Every execution loads this file, so each byte is paid on each
  // custom-function recalculation. Variables only are renamed, never properties, and the
  // top-level OKR_ the stubs call is kept.
  const bundle = (
    await minify(result.outputFiles[0].text, {
      compress: { passes: 2 },
      mangle: true,
      ecma: 2020,
      module: false,
    })
  ).code;
  const header =
    '// OKR Sheets — generated by `npm run build`; do not edit. Source: src/.\n' +
    '// Public entry points first (Apps Script only sees top-level functions); the\n' +
    `// implementation lives in the private global ${BUNDLE_GLOBAL}.\n\n`;
  return {
    code: header + registry.map(stubFor).join('\n') + '\n' + bundle,
    bundleBytes: Buffer.byteLength(bundle),
  };
}

/**
 * Inlines the page's script and styles so HtmlService serves one self-contained file.
 * @param {string} name
 */
async function buildPage(name) {
  const template = readFileSync(join(uiDir, `${name}.html`), 'utf8');
  let script = '';
  let style = '';
  if (existsSync(join(uiDir, `${name}.ts`))) {
    const result = await esbuild.build({
      entryPoints: [join(uiDir, `${name}.ts`)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2019',
      minify: true,
      legalComments: 'none',
      write: false,
      logLevel: 'silent',
    });
    script = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  }
  if (existsSync(join(uiDir, `${name}.css`))) {
    const result = await esbuild.build({
      entryPoints: [join(uiDir, `${name}.css`)],
      bundle: true,
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    style = result.outputFiles[0].text.replace(/<\/(style)/gi, '<\\/$1');
  }
  // Replacer functions, so `$` sequences in the code are not read as patterns.
  return template
    .replace('<!-- inline:style -->', () => `<style>${style}</style>`)
    .replace('<!-- inline:script -->', () => `<script>${script}</script>`);
}

export async function build({ quiet = false } = {}) {
  mkdirSync(dist, { recursive: true });
  const registry = await loadRegistry();
  const server = await buildServer(registry);
  writeFileSync(join(dist, 'Code.js'), server.code);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  /** @type {Record<string, number>} */
  const sizes = {
    'Code.js (bundle only)': server.bundleBytes,
    'Code.js': Buffer.byteLength(server.code),
  };
  for (const file of readdirSync(uiDir).filter((f) => f.endsWith('.html'))) {
    const name = file.slice(0, -'.html'.length);
    const html = await buildPage(name);
    writeFileSync(join(dist, `${name}.html`), html);
    sizes[`${name}.html`] = Buffer.byteLength(html);
  }
  const texts = await buildTextAssets();
  writeFileSync(join(dist, 'Texts.html'), texts);
  sizes['Texts.html'] = Buffer.byteLength(texts);
  for (const asset of ASSETS) {
    const text = await buildAsset(asset);
    writeFileSync(join(dist, `${asset.name}.html`), text);
    sizes[`${asset.name}.html`] = Buffer.byteLength(text);
  }
  if (!quiet) {
    for (const [file, bytes] of Object.entries(sizes))
      console.log(`dist/${file}: ${(bytes / 1024).toFixed(1)} KB`);
  }
  return { registry, sizes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
