import { interpolate, type Language, type Translations } from '../i18n/language';
import type { Finding, ReviewRule } from './rules';

/** A finding's problem and advice, in the workbook language. */
type RuleText = readonly [problem: string, advice: string];

export const REVIEW_RULE_TEXTS: Translations<Readonly<Record<ReviewRule, RuleText>>> = {
  en: {
    tooFewKeyResults: [
      'Objective {id} has {count} key result(s).',
      'Give each objective {min} to {max} measurable key results.',
    ],
    tooManyKeyResults: [
      'Objective {id} has {count} key results.',
      'Keep {min} to {max}: more dilutes focus. Move the rest to another objective or a KPI.',
    ],
    noKeyResults: [
      'Objective {id} has no key results.',
      'Add {min} to {max} key results that prove the objective is reached.',
    ],
    ownerTooManyObjectives: [
      '{name} owns {count} objectives.',
      'When everything is a priority, nothing is: keep at most {max}.',
    ],
    teamTooManyObjectives: [
      'Team {name} has {count} objectives.',
      'When everything is a priority, nothing is: keep at most {max}.',
    ],
    missingId: ['This row has no ID.', 'Use OKRs → Assign missing IDs.'],
    duplicateId: [
      'ID {id} is used again (first in {firstSheet}, row {firstRow}).',
      'Give every objective and key result its own ID.',
    ],
    unknownParent: [
      'Objective {id} has parent {parent}, which is not in Objectives.',
      'Use an existing objective ID as parent, or leave it blank for a top objective.',
    ],
    parentCycle: [
      'Objective {id} is its own ancestor: {cycle}.',
      'Break the loop: one of these objectives must have another parent or none.',
    ],
    unknownObjective: [
      'Key result {id} belongs to objective {objectiveId}, which is not in Objectives.',
      'Pick an objective ID from the dropdown.',
    ],
    targetNotNumber: [
      'Key result {id} has no numeric target ("{value}").',
      'A key result is measurable: write the target as a number.',
    ],
    startNotNumber: [
      'Key result {id} has a start that is not a number ("{value}").',
      'Write the start value as a number.',
    ],
    currentNotNumber: [
      'Key result {id} has a current value that is not a number ("{value}").',
      'Write the current value as a number, or use the check-in sidebar.',
    ],
    startEqualsTarget: [
      'Key result {id} starts where it ends ({value}).',
      'Set the start to today’s value and the target to where you want to get.',
    ],
    noOwner: ['Key result {id} has no owner.', 'Every key result needs one person who owns it.'],
    ownerNotInPeople: [
      'The owner of key result {id}, {owner}, is not in People.',
      'Add the person to People (with their manager) so reminders reach them.',
    ],
    staleCheckIn: [
      'Key result {id} has had no check-in for {days} days.',
      'Check in at least every two weeks.',
    ],
    noCheckIn: [
      'Key result {id} has no check-in yet, {days} days or more into the period.',
      'Record where it stands with OKRs → Check-in.',
    ],
    invalidSchedule: [
      'The 1:1 schedule of {name}, "{schedule}", cannot be read.',
      'Write it like "first Tuesday", "last Friday" or a day of the month like "15".',
    ],
    managerNotInPeople: [
      'The manager of {name}, {manager}, is not in People.',
      'Add the manager to People so they get the 1:1 reminders.',
    ],
  },
  es: {
    tooFewKeyResults: [
      'El objetivo {id} tiene {count} resultado(s) clave.',
      'Dale a cada objetivo de {min} a {max} resultados clave medibles.',
    ],
    tooManyKeyResults: [
      'El objetivo {id} tiene {count} resultados clave.',
      'Deja de {min} a {max}: más diluye el foco. Pasa el resto a otro objetivo o a un KPI.',
    ],
    noKeyResults: [
      'El objetivo {id} no tiene resultados clave.',
      'Agrega de {min} a {max} resultados clave que demuestren que se logró.',
    ],
    ownerTooManyObjectives: [
      '{name} es responsable de {count} objetivos.',
      'Cuando todo es prioridad, nada lo es: deja como máximo {max}.',
    ],
    teamTooManyObjectives: [
      'El equipo {name} tiene {count} objetivos.',
      'Cuando todo es prioridad, nada lo es: deja como máximo {max}.',
    ],
    missingId: ['Esta fila no tiene ID.', 'Usa OKRs → Asignar los IDs que faltan.'],
    duplicateId: [
      'El ID {id} se repite (primero en {firstSheet}, fila {firstRow}).',
      'Cada objetivo y resultado clave necesita su propio ID.',
    ],
    unknownParent: [
      'El objetivo {id} tiene como padre {parent}, que no está en Objetivos.',
      'Usa el ID de un objetivo existente como padre, o déjalo vacío si es un objetivo principal.',
    ],
    parentCycle: [
      'El objetivo {id} es su propio antecesor: {cycle}.',
      'Rompe el ciclo: uno de estos objetivos debe tener otro padre o ninguno.',
    ],
    unknownObjective: [
      'El resultado clave {id} pertenece al objetivo {objectiveId}, que no está en Objetivos.',
      'Elige un ID de objetivo de la lista.',
    ],
    targetNotNumber: [
      'El resultado clave {id} no tiene una meta numérica ("{value}").',
      'Un resultado clave se mide: escribe la meta como número.',
    ],
    startNotNumber: [
      'El resultado clave {id} tiene un inicio que no es un número ("{value}").',
      'Escribe el valor inicial como número.',
    ],
    currentNotNumber: [
      'El resultado clave {id} tiene un valor actual que no es un número ("{value}").',
      'Escribe el valor actual como número, o usa el panel de seguimiento.',
    ],
    startEqualsTarget: [
      'El resultado clave {id} empieza donde termina ({value}).',
      'Pon como inicio el valor de hoy y como meta adonde quieres llegar.',
    ],
    noOwner: [
      'El resultado clave {id} no tiene responsable.',
      'Cada resultado clave necesita una persona responsable.',
    ],
    ownerNotInPeople: [
      'El responsable del resultado clave {id}, {owner}, no está en Personas.',
      'Agrega a la persona en Personas (con su responsable) para que le lleguen los avisos.',
    ],
    staleCheckIn: [
      'El resultado clave {id} lleva {days} días sin seguimiento.',
      'Registra el avance al menos cada dos semanas.',
    ],
    noCheckIn: [
      'El resultado clave {id} todavía no tiene seguimiento, con {days} días o más del período transcurridos.',
      'Registra dónde está con OKRs → Registrar avance.',
    ],
    invalidSchedule: [
      'La agenda 1:1 de {name}, "{schedule}", no se entiende.',
      'Escríbela como "primer martes", "último viernes" o un día del mes como "15".',
    ],
    managerNotInPeople: [
      'El responsable de {name}, {manager}, no está en Personas.',
      'Agrega al responsable en Personas para que reciba los avisos de 1:1.',
    ],
  },
};

interface OkrReviewTexts {
  readonly noProblems: string;
  readonly summary: string;
  readonly missingSheets: string;
  readonly idsAssigned: string;
  readonly noIdsMissing: string;
  readonly foreignColumn: string;
  readonly foreignColumnAdvice: string;
}

export const OKR_REVIEW_TEXTS: Translations<OkrReviewTexts> = {
  en: {
    noProblems: 'No problems found. Well-written OKRs!',
    summary: 'The review found {count} point(s) to improve; see the {sheet} sheet.',
    missingSheets: 'The workbook lacks the {sheet} sheet: use OKRs → Create or upgrade workbook.',
    idsAssigned: 'Assigned {count} ID(s): {ids}.',
    noIdsMissing: 'Every objective and key result already has an ID.',
    foreignColumn:
      'Column {column} is headed "{header}", the Spanish name of {name}, but holds other values: the add-on does not use it as {name}.',
    foreignColumnAdvice:
      'If it is your own column, rename it. If it is {name}, head it "{name}"; otherwise OKRs → Create or upgrade workbook adds a {name} column.',
  },
  es: {
    noProblems: 'No se encontraron problemas. ¡OKRs bien escritos!',
    summary: 'La revisión encontró {count} punto(s) para mejorar; mira la hoja {sheet}.',
    missingSheets: 'Al libro le falta la hoja {sheet}: usa OKRs → Crear o actualizar el libro.',
    idsAssigned: 'Se asignaron {count} ID(s): {ids}.',
    noIdsMissing: 'Todos los objetivos y resultados clave ya tienen ID.',
    foreignColumn:
      'La columna {column} se llama «{header}», el nombre en inglés de {name}, pero tiene otros valores: el complemento no la usa como {name}.',
    foreignColumnAdvice:
      'Si es una columna tuya, cámbiale el nombre. Si es {name}, llámala «{name}»; si no, OKRs → Crear o actualizar el libro agrega una columna {name}.',
  },
};

/** The finding's problem and advice in `language`; `sheetNames` names the sheets. */
export function describeFinding(
  finding: Finding,
  language: Language,
  sheetNames: Readonly<Record<string, string>>,
): { problem: string; advice: string } {
  const [problem, advice] = REVIEW_RULE_TEXTS[language][finding.rule];
  const values: Record<string, string | number> = { ...finding.values };
  if (typeof values.firstSheet === 'string')
    values.firstSheet = sheetNames[values.firstSheet] ?? values.firstSheet;
  return { problem: interpolate(problem, values), advice: interpolate(advice, values) };
}
