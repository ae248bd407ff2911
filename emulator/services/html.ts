// HtmlService: HTML outputs from dist/<name>.html or from text, and templates whose
// scriptlets run in the bundle's own scope.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { enumOf } from '../enumOf';
import { instrument, type Runtime } from '../runtime';
import { kinds } from './kinds';

class HtmlOutput {
  private title = 'Untitled';
  private width = 300;
  private height = 500;
  constructor(private content: string) {}
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.content += String(addedContent).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = Number(width);
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = Number(height);
    return this;
  }
  setSandboxMode(): this {
    return this;
  }
  setXFrameOptionsMode(): this {
    return this;
  }
  addMetaTag(): this {
    return this;
  }
  setFaviconUrl(): this {
    return this;
  }
}

function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

/** `<?= … ?>` (escaped), `<?!= … ?>` (raw) and `<? … ?>` scriptlets, run in the bundle's scope. */
function compileTemplate(source: string): string {
  let code = 'let __out = "";\n';
  const pattern = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    code += `__out += ${JSON.stringify(source.slice(last, match.index))};\n`;
    if (match[1] === '=') code += `__out += __escape(${match[2]});\n`;
    else if (match[1] === '!=') code += `__out += String(${match[2]} ?? "");\n`;
    else code += `${match[2]}\n`;
    last = pattern.lastIndex;
  }
  code += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  return `(function (__vars, __escape) { with (__vars) { ${code} } })`;
}

export function createHtmlService(runtime: Runtime, distDir: string, context: () => vm.Context) {
  const classify = kinds('html', () => 'pure');
  const output = (content: string) =>
    instrument(new HtmlOutput(content), 'HtmlOutput', runtime, classify);
  const readFile = (name: string): string => {
    const file = join(distDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return readFileSync(file, 'utf8');
  };
  const template = (source: string) => {
    const vars: Record<string, unknown> = {};
    return Object.assign(vars, {
      getRawContent: () => source,
      evaluate: () => {
        const { getRawContent: _raw, evaluate: _evaluate, ...fields } = vars;
        const render = vm.runInContext(compileTemplate(source), context()) as (
          fields: object,
          escapeValue: (value: unknown) => string,
        ) => string;
        return output(render(fields, escapeHtml));
      },
    });
  };
  const service = {
    SandboxMode: enumOf('IFRAME', 'NATIVE', 'EMULATED'),
    XFrameOptionsMode: enumOf('ALLOWALL', 'DEFAULT'),
    createHtmlOutput: (html?: string) => output(html === undefined ? '' : String(html)),
    createHtmlOutputFromFile: (filename: string) => output(readFile(String(filename))),
    createTemplate: (html: string) => template(String(html)),
    createTemplateFromFile: (filename: string) => template(readFile(String(filename))),
  };
  return instrument(service, 'HtmlService', runtime, classify);
}
