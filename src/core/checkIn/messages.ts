import type { Translations } from '../i18n/language';

/**
 * What the check-in server calls say, and the validation messages the sidebar shows
 * inline (shared, so the server's second check reads exactly like the first).
 */
export interface CheckInMessages {
  readonly newValue: string;
  readonly confidence: string;
  readonly comment: string;
  readonly valueRequired: string;
  readonly valueNotNumber: string;
  readonly valueTooLarge: string;
  readonly valuePercentNotAllowed: string;
  readonly valueNotYesNo: string;
  readonly confidenceRequired: string;
  readonly commentTooLong: string;
  readonly unknownKeyResult: string;
  readonly duplicateKeyResult: string;
  readonly badRequest: string;
  readonly unknownPerson: string;
  readonly lockTimeout: string;
  readonly sheetChanged: string;
  readonly missingSheet: string;
  readonly missingColumns: string;
  readonly unexpected: string;
  readonly identityNeeded: string;
  readonly wrongWay: string;
  readonly farBeyondTarget: string;
  readonly negative: string;
}

export const CHECK_IN_MESSAGES: Translations<CheckInMessages> = {
  en: {
    newValue: 'New value',
    confidence: 'Confidence',
    comment: 'Comment',
    valueRequired: 'Enter the new value.',
    valueNotNumber: 'Write a number like 1,234.5 (comma for thousands, point for decimals).',
    valueTooLarge: 'The number is too large.',
    valuePercentNotAllowed: 'This key result is not a percentage: leave out the % sign.',
    valueNotYesNo: 'Choose yes or no.',
    confidenceRequired: 'Choose how confident you are.',
    commentTooLong: 'The comment has {length} characters; the limit is {max}.',
    unknownKeyResult: 'There is no key result with ID "{id}" in the {sheet} sheet.',
    duplicateKeyResult:
      'Rows {rows} of the {sheet} sheet all have the ID "{id}". Nothing was saved: give each key result its own ID and try again.',
    badRequest: 'The request was not understood: {detail}.',
    unknownPerson: 'There is nobody with the email "{email}" in the People sheet.',
    lockTimeout: 'Someone else is saving right now. Nothing was saved: please try again.',
    sheetChanged:
      'The {sheet} sheet changed while saving (a row moved). Nothing was saved: please try again.',
    missingSheet: 'The workbook has no {sheet} sheet.',
    missingColumns: 'The {sheet} sheet lacks the column(s) {columns}.',
    unexpected: 'Something went wrong: {detail}',
    identityNeeded: 'Pick your name first.',
    wrongWay:
      '{value} moves away from the target by more than the whole way from {start} to {target}.',
    farBeyondTarget: '{value} is more than 10 times the target, {target}.',
    negative: '{value} is negative, but this key result runs from {start} to {target}.',
  },
  es: {
    newValue: 'Nuevo valor',
    confidence: 'Confianza',
    comment: 'Comentario',
    valueRequired: 'Escribe el nuevo valor.',
    valueNotNumber: 'Escribe un número como 1.234,5 (punto para miles, coma para decimales).',
    valueTooLarge: 'El número es demasiado grande.',
    valuePercentNotAllowed: 'Este resultado clave no es un porcentaje: quita el signo %.',
    valueNotYesNo: 'Elige sí o no.',
    confidenceRequired: 'Elige tu nivel de confianza.',
    commentTooLong: 'El comentario tiene {length} caracteres; el límite es {max}.',
    unknownKeyResult: 'No hay ningún resultado clave con ID «{id}» en la hoja {sheet}.',
    duplicateKeyResult:
      'Las filas {rows} de la hoja {sheet} tienen el mismo ID «{id}». No se guardó nada: da a cada resultado clave su propio ID y vuelve a intentarlo.',
    badRequest: 'No se entendió la solicitud: {detail}.',
    unknownPerson: 'No hay nadie con el correo «{email}» en la hoja Personas.',
    lockTimeout:
      'Otra persona está guardando en este momento. No se guardó nada: inténtalo de nuevo.',
    sheetChanged:
      'La hoja {sheet} cambió mientras se guardaba (se movió una fila). No se guardó nada: inténtalo de nuevo.',
    missingSheet: 'El libro no tiene la hoja {sheet}.',
    missingColumns: 'A la hoja {sheet} le falta(n) la(s) columna(s) {columns}.',
    unexpected: 'Algo salió mal: {detail}',
    identityNeeded: 'Primero elige tu nombre.',
    wrongWay: '{value} se aleja de la meta más que todo el camino de {start} a {target}.',
    farBeyondTarget: '{value} es más de 10 veces la meta, {target}.',
    negative: '{value} es negativo, pero este resultado clave va de {start} a {target}.',
  },
};

/** What only the server says about corrections and unconfirmed values (kept out of the sidebar). */
export const CORRECTION_MESSAGES: Translations<{
  readonly unconfirmed: string;
  readonly notLatest: string;
  readonly notAuthor: string;
  readonly correctsColumn: string;
}> = {
  en: {
    unconfirmed: 'Nothing was saved: {question} Confirm in the sidebar to save it anyway.',
    notLatest:
      'That check-in is no longer the latest of {id}: someone checked in or corrected it since. Nothing was changed.',
    notAuthor: 'Only {author}, who made the latest check-in of {id}, can correct or withdraw it.',
    correctsColumn:
      'The {sheet} sheet has no Corrects column yet: run Create or upgrade workbook, then try again.',
  },
  es: {
    unconfirmed:
      'No se guardó nada: {question} Confírmalo en la barra lateral para guardarlo de todos modos.',
    notLatest:
      'Ese seguimiento ya no es el último de {id}: alguien registró otro o lo corrigió. No se cambió nada.',
    notAuthor:
      'Solo {author}, que hizo el último seguimiento de {id}, puede corregirlo o retirarlo.',
    correctsColumn:
      'La hoja {sheet} todavía no tiene la columna Corrige: ejecuta Crear o actualizar el libro y vuelve a intentarlo.',
  },
};
