// The Help text. Not part of the server script: the build writes it to dist/Help.html,
// which the Help item reads (services/assets.ts), so no other execution loads it.
import type { Translations } from './i18n/language';

/**
 * Help: one short line per menu item (every label appears as the menu shows it), the
 * functions and the quarter cycle. An alert shows plain text, so lines stay short.
 */
export type HelpText = Translations<{ readonly title: string; readonly body: string }>;

export const HELP_TEXT: HelpText = {
  en: {
    title: 'OKR Sheets',
    body: [
      'Run your OKRs in this spreadsheet: objectives, key results, check-ins and 1:1 reminders.',
      'Every column header has a note: point at it to see what goes there.',
      '',
      'The OKRs menu:',
      '• Create or upgrade workbook: adds the missing sheets, columns and formulas. Safe any time: it never changes what you typed.',
      '• Insert example OKRs: adds example objectives and key results below your rows, to learn from.',
      '• Check-in…: records a key result’s new value, confidence and comment.',
      '• Review OKRs: lists common mistakes in a report sheet, with links.',
      '• Assign missing IDs: gives each objective and key result without an ID a new one.',
      '• Refresh "as of" date: sets Settings › As of to today, so expected progress is current.',
      '• Mid-period review: a sheet with status counts, status changes and stale check-ins.',
      '• Close period…: saves the period’s final scores in History, then offers the next period.',
      '• Show/hide past periods: hides the rows of closed periods, or shows them again (nothing is moved or deleted).',
      '• Set up 1:1 reminders: emails each manager before a 1:1, at the Settings hour.',
      '• Preview reminders…: shows the emails of a chosen day without sending them.',
      '• Send reminders now: sends today’s reminders (none goes out twice).',
      '• Turn off reminders: stops the daily reminders of this workbook.',
      '• Help › How it works: this text.',
      '• Help › Check setup: authorization, the reminders trigger and its last run, mail quota, time zones, sheets.',
      '',
      'Functions: KR_PROGRESS, KR_EXPECTED, KR_STATUS, OKR_ROLLUP, OKR_CASCADE and KPI_STATUS compute the grey columns; you may use them in your own cells too.',
      'Type = and a function’s name to see its help; the full reference is the add-on’s Functions reference (docs/functions.md).',
      '',
      'The quarter cycle:',
      '1. At the start: write objectives and key results, set Period, Period start and Period end in Settings.',
      '2. Every week or at each 1:1: Check-in… each key result.',
      '3. Halfway: Mid-period review, and adjust what is off track.',
      '4. At the end: Close period…, start the next period and carry over what is unfinished.',
    ].join('\n'),
  },
  es: {
    title: 'OKR Sheets',
    body: [
      'Gestiona tus OKRs en esta hoja de cálculo: objetivos, resultados clave, seguimientos y avisos de 1:1.',
      'Cada encabezado de columna tiene una nota: pasa el cursor por encima para ver qué va en ella.',
      '',
      'El menú OKRs:',
      '• Crear o actualizar el libro: agrega las hojas, columnas y fórmulas que faltan. Puedes usarlo cuando quieras: nunca cambia lo que escribiste.',
      '• Insertar OKRs de ejemplo: agrega objetivos y resultados clave de ejemplo debajo de tus filas, para aprender.',
      '• Registrar avance…: anota el nuevo valor, la confianza y un comentario de un resultado clave.',
      '• Revisar OKRs: lista los errores habituales en una hoja de informe, con enlaces.',
      '• Asignar los IDs que faltan: da un ID nuevo a cada objetivo y resultado clave que no lo tenga.',
      '• Actualizar la fecha de corte: pone hoy en Configuración › Fecha de corte, para que el avance esperado esté al día.',
      '• Revisión de mitad de período: una hoja con los estados, sus cambios y los seguimientos atrasados.',
      '• Cerrar período…: guarda los puntajes finales del período en Historial y luego ofrece el período siguiente.',
      '• Mostrar/ocultar períodos pasados: oculta las filas de los períodos cerrados, o vuelve a mostrarlas (no se mueve ni borra nada).',
      '• Configurar avisos de 1:1: envía un correo a cada responsable antes de un 1:1, a la hora de Configuración.',
      '• Vista previa de los avisos…: muestra los correos de un día elegido sin enviarlos.',
      '• Enviar los avisos ahora: envía los avisos de hoy (ninguno sale dos veces).',
      '• Desactivar los avisos: detiene los avisos diarios de este libro.',
      '• Ayuda › Cómo funciona: este texto.',
      '• Ayuda › Comprobar configuración: autorización, activador de avisos y su última ejecución, cuota de correo, zonas horarias, hojas.',
      '',
      'Funciones: KR_PROGRESS, KR_EXPECTED, KR_STATUS, OKR_ROLLUP, OKR_CASCADE y KPI_STATUS calculan las columnas grises; también puedes usarlas en tus propias celdas.',
      'Escribe = y el nombre de una función para ver su ayuda; la referencia completa es la Referencia de funciones del complemento (docs/funciones.md).',
      '',
      'El ciclo trimestral:',
      '1. Al empezar: escribe los objetivos y resultados clave, y completa Período, Inicio del período y Fin del período en Configuración.',
      '2. Cada semana o en cada 1:1: Registrar avance… de cada resultado clave.',
      '3. A mitad de camino: Revisión de mitad de período, y corrige lo que esté desviado.',
      '4. Al final: Cerrar período…, empieza el período siguiente y pasa a él lo que quedó sin terminar.',
    ].join('\n'),
  },
};
