import type { Translations } from '../i18n/language';

/** What only the sidebar says (the server does not carry these). */
export interface SidebarMessages {
  readonly title: string;
  readonly loading: string;
  readonly myKeyResults: string;
  readonly myTeam: string;
  readonly views: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly noMyKeyResults: string;
  readonly noTeamKeyResults: string;
  readonly noMatches: string;
  readonly results: string;
  readonly oneResult: string;
  readonly showingFirst: string;
  readonly back: string;
  readonly expected: string;
  readonly lastCheckIn: string;
  readonly never: string;
  readonly noCheckInYet: string;
  readonly noStatus: string;
  readonly progressSummary: string;
  readonly valueHintNumber: string;
  readonly valueHintPercent: string;
  readonly yes: string;
  readonly no: string;
  readonly commentPrompt: string;
  readonly charactersLeft: string;
  readonly save: string;
  readonly saving: string;
  readonly saved: string;
  readonly fixErrors: string;
  readonly history: string;
  readonly noHistory: string;
  readonly earlierHistory: string;
  readonly periodShown: string;
  readonly historyChart: string;
  readonly actualLine: string;
  readonly expectedLine: string;
  readonly loadingHistory: string;
  readonly whoAreYou: string;
  readonly whoAreYouHelp: string;
  readonly person: string;
  readonly choose: string;
  readonly signedInAs: string;
  readonly changePerson: string;
  readonly lastHeading: string;
  readonly correct: string;
  readonly withdraw: string;
  readonly saveCorrection: string;
  readonly cancel: string;
  readonly withdrawQuestion: string;
  readonly corrected: string;
  readonly withdrawn: string;
  readonly sure: string;
  readonly saveAnyway: string;
  readonly draftRestored: string;
  readonly correctedMark: string;
  readonly by: string;
}

export const SIDEBAR_MESSAGES: Translations<SidebarMessages> = {
  en: {
    title: 'OKR check-in',
    loading: 'Loading…',
    myKeyResults: 'My KRs',
    myTeam: 'My team',
    views: 'Key results to show',
    search: 'Search all key results',
    searchPlaceholder: 'Search by title, objective, owner or ID',
    noMyKeyResults: 'No key results are assigned to you.',
    noTeamKeyResults: 'Nobody in People has you as their manager.',
    noMatches: 'No key result matches.',
    results: '{count} key results',
    oneResult: '1 key result',
    showingFirst: 'Showing the first {shown} of {total}. Search to find the others.',
    back: 'Back to the list',
    expected: 'Expected {expected}',
    lastCheckIn: 'Last check-in {date}',
    never: 'never',
    noCheckInYet: 'No check-in yet',
    noStatus: 'Not measured yet',
    progressSummary: 'Progress {progress}, expected {expected}: {status}',
    valueHintNumber: 'Target {target}. Write numbers like 1,234.5',
    valueHintPercent: 'Target {target}. Write a percentage like 12% or 12.5',
    yes: 'Yes',
    no: 'No',
    commentPrompt: 'What moved, what blocks you, what help you need',
    charactersLeft: '{count} characters left',
    save: 'Save check-in',
    saving: 'Saving…',
    saved: 'Saved. Progress {progress}: {status}.',
    fixErrors: 'Please fix the highlighted fields.',
    history: 'History',
    noHistory: 'No check-ins yet.',
    earlierHistory: 'Before the carry-over, as {id}',
    periodShown: 'Period {period}',
    historyChart: 'Value over time against the expected line',
    actualLine: 'Value',
    expectedLine: 'Expected',
    loadingHistory: 'Loading history…',
    whoAreYou: 'Who are you?',
    whoAreYouHelp:
      'Your Google account does not share its email with add-ons. Pick your name from People once; it is remembered.',
    person: 'Your name',
    choose: 'Continue',
    signedInAs: 'Checking in as {name}',
    changePerson: 'Not you?',
    lastHeading: 'Last check-in',
    correct: 'Correct',
    withdraw: 'Withdraw',
    saveCorrection: 'Save correction',
    cancel: 'Cancel',
    withdrawQuestion: 'Withdraw this check-in? The key result goes back to the one before it.',
    corrected: 'Correction saved.',
    withdrawn: 'Check-in withdrawn.',
    sure: 'Are you sure? {question}',
    saveAnyway: 'Save anyway',
    draftRestored: 'Restored what you had typed.',
    correctedMark: 'corrected',
    by: 'by {author}',
  },
  es: {
    title: 'Seguimiento de OKRs',
    loading: 'Cargando…',
    myKeyResults: 'Mis RC',
    myTeam: 'Mi equipo',
    views: 'Resultados clave que mostrar',
    search: 'Buscar en todos los resultados clave',
    searchPlaceholder: 'Buscar por título, objetivo, responsable o ID',
    noMyKeyResults: 'No tienes resultados clave asignados.',
    noTeamKeyResults: 'Nadie en Personas te tiene como responsable.',
    noMatches: 'Ningún resultado clave coincide.',
    results: '{count} resultados clave',
    oneResult: '1 resultado clave',
    showingFirst: 'Se muestran los primeros {shown} de {total}. Busca para encontrar los demás.',
    back: 'Volver a la lista',
    expected: 'Esperado {expected}',
    lastCheckIn: 'Último seguimiento {date}',
    never: 'nunca',
    noCheckInYet: 'Sin seguimientos todavía',
    noStatus: 'Sin medir todavía',
    progressSummary: 'Progreso {progress}, esperado {expected}: {status}',
    valueHintNumber: 'Meta {target}. Escribe números como 1.234,5',
    valueHintPercent: 'Meta {target}. Escribe un porcentaje como 12 % o 12,5',
    yes: 'Sí',
    no: 'No',
    commentPrompt: 'Qué avanzó, qué te bloquea, qué ayuda necesitas',
    charactersLeft: 'Quedan {count} caracteres',
    save: 'Guardar seguimiento',
    saving: 'Guardando…',
    saved: 'Guardado. Progreso {progress}: {status}.',
    fixErrors: 'Corrige los campos marcados.',
    history: 'Historial',
    noHistory: 'Todavía no hay seguimientos.',
    earlierHistory: 'Antes de arrastrarse, como {id}',
    periodShown: 'Período {period}',
    historyChart: 'Valor en el tiempo frente a la línea esperada',
    actualLine: 'Valor',
    expectedLine: 'Esperado',
    loadingHistory: 'Cargando historial…',
    whoAreYou: '¿Quién eres?',
    whoAreYouHelp:
      'Tu cuenta de Google no comparte su correo con los complementos. Elige tu nombre en Personas una vez; se recordará.',
    person: 'Tu nombre',
    choose: 'Continuar',
    signedInAs: 'Registras como {name}',
    changePerson: '¿No eres tú?',
    lastHeading: 'Último seguimiento',
    correct: 'Corregir',
    withdraw: 'Retirar',
    saveCorrection: 'Guardar corrección',
    cancel: 'Cancelar',
    withdrawQuestion: '¿Retirar este seguimiento? El resultado clave vuelve al anterior.',
    corrected: 'Corrección guardada.',
    withdrawn: 'Seguimiento retirado.',
    sure: '¿Seguro? {question}',
    saveAnyway: 'Guardar igual',
    draftRestored: 'Se recuperó lo que habías escrito.',
    correctedMark: 'corregido',
    by: 'por {author}',
  },
};
