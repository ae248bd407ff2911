// Writes the functions reference, in English (docs/functions.md) and Spanish
// (docs/funciones.md), from the registry that also generates the stubs' JSDoc. The
// English text is the registry's; the Spanish text lives here, beside the generator, so
// it does not weigh on the bundle.
//   node scripts/docs.mjs          writes both pages
//   node scripts/docs.mjs --check  exits 1 when a committed page is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from './build.mjs';

/** @typedef {import('../src/server/publicFunction').PublicFunction} PublicFunction */
/**
 * A function's text in one language.
 * @typedef {{ summary: string, details: readonly string[], params: Record<string, string>,
 *   returns: string | undefined }} FunctionText
 */
/**
 * One language's page.
 * @typedef {{ file: string, title: string, intro: string[], argument: string, accepts: string,
 *   optional: string, returns: string, examples: string, text: (entry: PublicFunction) => FunctionText }} Page
 */
/** @typedef {'en' | 'es'} PageLanguage */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @type {Record<string, FunctionText>} */
const SPANISH = {
  KR_PROGRESS: {
    summary:
      'Avance de un resultado clave: la fracción del camino recorrido desde el inicio hasta la meta.',
    details: [
      'aumentar: (actual − inicio)/(meta − inicio). reducir: (inicio − actual)/(inicio − meta). auto: aumentar si meta ≥ inicio, si no reducir. al_menos: 1 si actual ≥ meta, si no 0. como_maximo: 1 si actual ≤ meta, si no 0. binario: 1 si actual es VERDADERO, 1 o sí/si/yes/hecho/done/x, si no 0.',
      'Si inicio = meta: 1 cuando actual alcanza la meta (≥, o ≤ para reducir), si no 0. Un inicio vacío cuenta como 0 (salvo para reducir). Un valor actual vacío da "" (todavía sin medir).',
    ],
    params: {
      start: 'Valor al inicio del período.',
      target: 'Valor a alcanzar.',
      current: 'Último valor.',
      type: 'auto (por defecto), aumentar/increase, reducir/decrease, al_menos/at_least, como_maximo/at_most, binario/binary. Sin importar mayúsculas ni acentos.',
      cap: 'VERDADERO (por defecto) limita a 0–1; FALSO conserva el sobrecumplimiento (mínimo 0).',
    },
    returns: 'El avance (de 0 a 1), o "" si el valor actual está vacío.',
  },
  OKR_ROLLUP: {
    summary: 'Media ponderada de avances, opcionalmente por grupo (objetivo, equipo).',
    details: [
      'Las filas con avance vacío se omiten. Peso vacío = 1; peso 0 deja fuera la fila; un peso negativo no es válido.',
      'Con group_ids y groups: solo las filas cuyo grupo es igual al pedido (sin espacios sobrantes, sin importar mayúsculas). groups puede ser un rango: un resultado por grupo, con su forma. Un grupo sin filas da "".',
    ],
    params: {
      progress: 'Avances (de 0 a 1).',
      weights: 'Peso de cada fila.',
      group_ids: 'Grupo de cada fila, p. ej. la columna ID del objetivo.',
      groups: 'Grupo o grupos a consolidar.',
    },
    returns: 'La media ponderada; una por grupo si groups es un rango.',
  },
  OKR_CASCADE: {
    summary:
      'Avance a lo largo del árbol de alineación: cada padre es la media ponderada de sus hijos.',
    details: [
      'ids enumera todos los nodos (objetivos y resultados clave). Un nodo con hijos recibe la media ponderada de sus hijos (se ignora su propio avance); una hoja conserva su avance; una hoja con avance vacío se omite. Pesos como en OKR_ROLLUP.',
      'Un padre que no está en ids convierte al nodo en raíz. Un ciclo no es válido y el error nombra sus ids.',
    ],
    params: {
      ids: 'El id de cada nodo.',
      parent_ids: 'El id del padre de cada nodo.',
      progress: 'Avance de cada hoja.',
      weights: 'Peso entre hermanos.',
      output_ids: 'Ids a devolver (por defecto: ids), p. ej. la columna ID de Objetivos.',
    },
    returns: 'Un avance por cada id pedido.',
  },
  KR_EXPECTED: {
    summary:
      'Parte del período transcurrida en as_of (de 0 a 1): dónde debería estar el avance hoy.',
    details: [
      'Días naturales: (as_of − start_date)/(end_date − start_date), limitado a 0–1. end_date debe ser posterior a start_date.',
      'Días hábiles, si se indica holidays o weekend: las fechas cuentan como días enteros (redondeadas al día más cercano), y el resultado es el número de días hábiles d con start_date ≤ d < as_of dividido por los que cumplen start_date ≤ d < end_date. Un día hábil no es fin de semana ni feriado. Solo sin ningún día libre (weekend "0000000" y sin feriados) coincide con la proporción en días naturales.',
      'as_of debe ser una celda de fecha (Configuración › Fecha de corte): las funciones personalizadas no pueden usar HOY().',
      'Una celda de holidays puede listar varios días como texto (2026-12-25; 2027-01-01).',
      'El libro sigue una sola regla en todas partes (Configuración › Tiempo transcurrido, la barra lateral, los avisos, la revisión y el cierre): días naturales mientras Configuración › Feriados está vacío (los espacios cuentan como vacío), días hábiles (de lunes a viernes, sin los días de la lista) en cuanto tiene algo. Un feriado de la lista que no es una fecha hace que Tiempo transcurrido dé error, y entonces ninguna vista muestra avance esperado ni estado.',
    ],
    params: {
      start_date: 'Primer día del período.',
      end_date: 'Fin del período.',
      as_of: 'Fecha de medición.',
      holidays: 'Feriados (una lista, no una por fila); activa el cálculo en días hábiles.',
      weekend:
        'Código de DIAS.LAB.INTL: 1 sábado+domingo (por defecto), 2–7 otros pares, 11–17 un solo día, o 7 caracteres 0/1 desde el lunes (1 = libre).',
    },
    returns: 'El avance esperado, de 0 a 1.',
  },
  KR_STATUS: {
    summary: 'Estado de un resultado clave a partir de su avance y del avance esperado.',
    details: [
      'En camino si avance ≥ 1 o esperado ≤ 0. Si no, con razón = avance/esperado: ≥ green_at (0,7 por defecto) En camino, ≥ yellow_at (0,4 por defecto) En riesgo, si no Desviado. Al final del período (esperado = 1) son las bandas clásicas 0,7/0,4.',
      'Etiquetas: en On track / At risk / Off track; es En camino / En riesgo / Desviado. Un avance vacío da "".',
    ],
    params: {
      progress: 'Avance, de 0 a 1.',
      expected: 'Avance esperado (KR_EXPECTED).',
      language: 'en (por defecto) o es; cualquier etiqueta que empiece por es (es-AR) da español.',
      green_at: 'Razón para En camino (0,7).',
      yellow_at: 'Razón para En riesgo (0,4).',
    },
    returns: 'La etiqueta de estado.',
  },
  KPI_STATUS: {
    summary:
      'Salud de un KPI: Saludable dentro de su mínimo y/o máximo saludable; si no, No saludable.',
    details: [
      'Saludable si actual ≥ healthy_min (si se da) y actual ≤ healthy_max (si se da), límites incluidos; sin límites todo valor es saludable. healthy_min mayor que healthy_max es inválido.',
      'Etiquetas: en Healthy / Unhealthy; es Saludable / No saludable. Un actual vacío da "".',
    ],
    params: {
      current: 'Valor actual del KPI.',
      healthy_min: 'Menor valor saludable (vacío: sin mínimo).',
      healthy_max: 'Mayor valor saludable (vacío: sin máximo).',
      language: 'en (por defecto) o es; cualquier etiqueta que empiece por es (es-AR) da español.',
    },
    returns: 'Saludable o No saludable (Healthy o Unhealthy), o "" si el actual está vacío.',
  },
};

/** @type {Record<PageLanguage, Page>} */
const PAGES = {
  en: {
    file: 'functions.md',
    title: 'Custom functions',
    intro: [
      'Generated by `node scripts/docs.mjs` from `src/server/customFunctions.ts` (the same entries produce the Sheets autocomplete help); do not edit by hand. Spanish: [funciones.md](funciones.md).',
      'Every argument may be a single value or a range. Ranges are broadcast together (a single value applies to every row) and the result has their shape, so one formula in row 2 fills a whole column. A row whose inputs are all blank gives `""`. A row with invalid input gives a text starting with `#VALUE!` that names the problem while the other rows still compute; a call on single values raises that error. Dates may be dates or serial numbers.',
    ],
    argument: 'Argument',
    accepts: 'Accepts',
    optional: 'optional',
    returns: 'Returns',
    examples: 'Examples',
    text: (entry) => ({
      summary: entry.summary,
      details: entry.details ?? [],
      params: Object.fromEntries(entry.params.map((param) => [param.name, param.description])),
      returns: entry.returns,
    }),
  },
  es: {
    file: 'funciones.md',
    title: 'Funciones personalizadas',
    intro: [
      'Generado por `node scripts/docs.mjs` a partir de `src/server/customFunctions.ts`; no editar a mano. English: [functions.md](functions.md).',
      'Cada argumento puede ser un valor o un rango. Los rangos se combinan fila a fila (un valor único se aplica a todas las filas) y el resultado tiene su forma, así que una fórmula en la fila 2 llena toda la columna. Una fila con todas sus entradas vacías da `""`. Una fila con datos no válidos da un texto que empieza por `#VALUE!` y nombra el problema, y las demás filas se calculan igual; con valores únicos, la función devuelve ese error. Las fechas pueden ser fechas o números de serie.',
      'Los nombres de las funciones y de los tipos en inglés funcionan en cualquier idioma. En una hoja con configuración regional española, los argumentos se separan con `;` y los decimales con `,`: `=KR_PROGRESS(12%; 7%; 9%)`.',
    ],
    argument: 'Argumento',
    accepts: 'Acepta',
    optional: 'opcional',
    returns: 'Devuelve',
    examples: 'Ejemplos',
    text: (entry) => {
      const spanish = SPANISH[entry.name];
      if (!spanish) throw new Error(`scripts/docs.mjs: no Spanish text for ${entry.name}`);
      for (const param of entry.params) {
        if (!spanish.params[param.name]) {
          throw new Error(`scripts/docs.mjs: no Spanish text for ${entry.name}(${param.name})`);
        }
      }
      return spanish;
    },
  },
};

/** @param {unknown} text */
function cellText(text) {
  return String(text).replace(/\|/g, '\\|');
}

/**
 * @param {readonly PublicFunction[]} registry
 * @param {PageLanguage} language
 */
export function renderPage(registry, language) {
  const page = PAGES[language];
  const functions = registry.filter((entry) => entry.kind === 'customFunction');
  const lines = [`# ${page.title}`, '', ...page.intro.flatMap((paragraph) => [paragraph, ''])];
  lines.push(...functions.map((entry) => `- [${entry.name}](#${entry.name.toLowerCase()})`), '');
  for (const entry of functions) {
    const text = page.text(entry);
    const signature = entry.params
      .map((param) => (param.optional ? `[${param.name}]` : param.name))
      .join(', ');
    lines.push(`## ${entry.name}`, '', `\`${entry.name}(${signature})\``, '', text.summary, '');
    for (const paragraph of text.details) lines.push(paragraph, '');
    lines.push(`| ${page.argument} | ${page.accepts} |`, '|---|---|');
    for (const param of entry.params) {
      const name = param.optional ? `\`${param.name}\` (${page.optional})` : `\`${param.name}\``;
      lines.push(`| ${name} | ${cellText(text.params[param.name])} |`);
    }
    lines.push('', `**${page.returns}:** ${text.returns}`, '', `**${page.examples}:**`, '');
    for (const example of entry.examples ?? []) lines.push(`- \`${example}\``);
    lines.push('');
  }
  return lines.join('\n');
}

export async function writeDocs({ check = false } = {}) {
  const registry = await loadRegistry();
  /** @type {string[]} */
  const stale = [];
  for (const language of /** @type {PageLanguage[]} */ (Object.keys(PAGES))) {
    const file = join(root, 'docs', PAGES[language].file);
    const content = renderPage(registry, language);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      current = '';
    }
    if (current === content) continue;
    if (check) stale.push(`docs/${PAGES[language].file}`);
    else writeFileSync(file, content);
  }
  return stale;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  writeDocs({ check }).then(
    (stale) => {
      if (stale.length > 0) {
        console.error(`Stale: ${stale.join(', ')}. Run: node scripts/docs.mjs`);
        process.exit(1);
      }
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
