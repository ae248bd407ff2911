import type { Translations } from '../i18n/language';

/** What the workbook actions tell the person who ran them (toasts and dialogs). */
interface WorkbookMessages {
  readonly title: string;
  readonly created: string;
  readonly upToDate: string;
  readonly addedSheets: string;
  readonly addedColumns: string;
  readonly restoredFormulas: string;
  readonly blockedFormulas: string;
  readonly keptFormulas: string;
  readonly dashboardKept: string;
  readonly examplesConfirmTitle: string;
  readonly examplesConfirmBody: string;
  readonly examplesInserted: string;
  readonly examplesSkipped: string;
  readonly examplesAlreadyThere: string;
  readonly asOfUpdated: string;
  readonly asOfMissing: string;
  readonly lockTimeout: string;
  readonly failed: string;
}

export const WORKBOOK_MESSAGES: Translations<WorkbookMessages> = {
  en: {
    title: 'OKR Sheets',
    created:
      'Your OKR workbook is ready. Add objectives and key results, or use OKRs → Insert example OKRs to learn from an example.',
    upToDate: 'The OKR workbook is up to date. Nothing you typed was changed.',
    addedSheets: 'Added sheets: {items}.',
    addedColumns: 'Added columns: {items}.',
    restoredFormulas:
      'Restored the formula of {items}. These columns fill themselves; type in the other columns.',
    blockedFormulas:
      'Values typed below row 2 stop {items} from filling in (it shows #REF!): clear those cells.',
    keptFormulas:
      "Left {items} as they are: the column holds your own formulas or values. For the add-on's formula, clear that column below its header and run Create or upgrade again.",
    dashboardKept:
      'Your own sheet "{kept}" was left untouched; the OKR dashboard is in the sheet "{name}".',
    examplesConfirmTitle: 'Insert example OKRs?',
    examplesConfirmBody:
      'This workbook already has data. The examples will be added below your rows; nothing you typed will be changed. Continue?',
    examplesInserted:
      'Added the example OKRs: {objectives} objectives, {keyResults} key results, {people} people and {kpis} KPIs.',
    examplesSkipped: 'No examples were added.',
    examplesAlreadyThere: 'The example OKRs are already in this workbook (IDs {ids}).',
    asOfUpdated: 'The "as of" date is now {date}; expected progress and statuses use it.',
    asOfMissing: 'The workbook has no Settings sheet yet: use OKRs → Create or upgrade workbook.',
    lockTimeout: 'Someone else is changing the workbook right now. Nothing was changed: try again.',
    failed: 'Something went wrong: {detail}',
  },
  es: {
    title: 'OKR Sheets',
    created:
      'Tu libro de OKRs está listo. Agrega objetivos y resultados clave, o usa OKRs → Insertar OKRs de ejemplo para aprender con un ejemplo.',
    upToDate: 'El libro de OKRs está al día. No se cambió nada de lo que escribiste.',
    addedSheets: 'Hojas agregadas: {items}.',
    addedColumns: 'Columnas agregadas: {items}.',
    restoredFormulas:
      'Se restauró la fórmula de {items}. Estas columnas se calculan solas; escribe en las demás columnas.',
    blockedFormulas:
      'Hay valores escritos debajo de la fila 2 que impiden completar {items} (muestra #REF!): borra esas celdas.',
    keptFormulas:
      'Se dejaron {items} como estaban: la columna tiene fórmulas o valores tuyos. Para la fórmula del complemento, borra esa columna debajo del encabezado y vuelve a ejecutar Crear o actualizar.',
    dashboardKept:
      'Tu hoja «{kept}» quedó como estaba; el tablero de OKRs está en la hoja «{name}».',
    examplesConfirmTitle: '¿Insertar OKRs de ejemplo?',
    examplesConfirmBody:
      'Este libro ya tiene datos. Los ejemplos se agregarán debajo de tus filas; no se cambiará nada de lo que escribiste. ¿Continuar?',
    examplesInserted:
      'Se agregaron los OKRs de ejemplo: {objectives} objetivos, {keyResults} resultados clave, {people} personas y {kpis} KPIs.',
    examplesSkipped: 'No se agregaron ejemplos.',
    examplesAlreadyThere: 'Los OKRs de ejemplo ya están en este libro (IDs {ids}).',
    asOfUpdated: 'La fecha de corte ahora es {date}; el progreso esperado y los estados la usan.',
    asOfMissing:
      'El libro todavía no tiene la hoja Configuración: usa OKRs → Crear o actualizar el libro.',
    lockTimeout:
      'Otra persona está cambiando el libro ahora. No se cambió nada: inténtalo de nuevo.',
    failed: 'Algo salió mal: {detail}',
  },
};
