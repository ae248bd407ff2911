// The Spanish text of the custom functions' help: the docs page (docs/funciones.md) and the
// playground's formula autocomplete read it; the English text is the registry's
// (src/server/customFunctions.ts). Nothing in the add-on's bundle imports it.

/** A function's text in one language. */
export interface FunctionText {
  readonly summary: string;
  readonly details: readonly string[];
  readonly params: Readonly<Record<string, string>>;
  readonly returns: string | undefined;
}

export const CUSTOM_FUNCTIONS_SPANISH: Readonly<Record<string, FunctionText>> = {
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
      'Un idioma vacío sigue la configuración regional de la hoja (Archivo › Configuración): etiquetas en español con cualquier configuración es, en inglés con las demás. Las fórmulas de Estado de la plantilla pasan el idioma del libro (Configuración › Idioma), así que siguen a este.',
    ],
    params: {
      progress: 'Avance, de 0 a 1.',
      expected: 'Avance esperado (KR_EXPECTED).',
      language:
        'en o es; cualquier etiqueta o nombre que empiece por es (es-AR, Español) da español. Vacío: la configuración regional de la hoja.',
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
      'Un idioma vacío sigue la configuración regional de la hoja (Archivo › Configuración): etiquetas en español con cualquier configuración es, en inglés con las demás. Las fórmulas de Estado de la plantilla pasan el idioma del libro (Configuración › Idioma), así que siguen a este.',
    ],
    params: {
      current: 'Valor actual del KPI.',
      healthy_min: 'Menor valor saludable (vacío: sin mínimo).',
      healthy_max: 'Mayor valor saludable (vacío: sin máximo).',
      language:
        'en o es; cualquier etiqueta o nombre que empiece por es (es-AR, Español) da español. Vacío: la configuración regional de la hoja.',
    },
    returns: 'Saludable o No saludable (Healthy o Unhealthy), o "" si el actual está vacío.',
  },
};
