// The custom functions people type in cells (docs/functions.md). The arithmetic lives in
// src/core/formulas; src/server/customFunctions/ converts what Sheets passes. These
// entries are the single source of the Sheets autocomplete help and docs/functions.md.
import {
  KR_EXPECTED,
  KR_PROGRESS,
  KR_STATUS,
  OKR_CASCADE,
  OKR_ROLLUP,
} from './customFunctions/implementations';
import { definePublicFunction, type PublicFunction } from './publicFunction';

const NUMBER_OR_RANGE = 'number|Array<Array<number>>';
const TEXT_OR_RANGE = 'string|Array<Array<string>>';
const DATE_OR_RANGE = 'Date|number|Array<Array<Date|number>>';
// A blank language follows the spreadsheet's locale (one read of it per call); the
// template's formulas pass the workbook language, so they read nothing.
export const LANGUAGE_RULE =
  "A blank language follows the spreadsheet's locale (File › Settings): Spanish labels for any es locale, English otherwise. The template's Status formulas pass the workbook language (Settings › Language), so they follow it instead.";
const RANGES_RULE =
  'Arguments may be ranges, broadcast row by row; a bad row gives a #VALUE! text, a bad single call an error.';

export const customFunctions: readonly PublicFunction[] = [
  definePublicFunction({
    name: 'KR_PROGRESS',
    kind: 'customFunction',
    summary: 'Progress of a key result: the fraction of the way from start to target.',
    details: [
      'increase: (current − start)/(target − start). decrease: (start − current)/(start − target). auto: increase when target ≥ start, else decrease. at_least: 1 if current ≥ target, else 0. at_most: 1 if current ≤ target, else 0. binary: 1 if current is TRUE, 1 or yes/sí/si/done/hecho/x, else 0.',
      'When start = target: 1 once current reaches the target (≥, or ≤ for decrease), else 0. Blank start counts as 0 (not for decrease). Blank current gives "" (not measured yet).',
      RANGES_RULE,
    ],
    params: [
      { name: 'start', type: NUMBER_OR_RANGE, description: 'Value at the start of the period.' },
      { name: 'target', type: NUMBER_OR_RANGE, description: 'Value to reach.' },
      { name: 'current', type: NUMBER_OR_RANGE, description: 'Latest value.' },
      {
        name: 'type',
        type: TEXT_OR_RANGE,
        description:
          'auto (default), increase/aumentar, decrease/reducir, at_least/al_menos, at_most/como_maximo, binary/binario. Any case or accents.',
        optional: true,
      },
      {
        name: 'cap',
        type: 'boolean',
        description: 'TRUE (default) clamps to 0–1; FALSE keeps over-achievement (floor 0).',
        optional: true,
      },
    ],
    returns: 'The progress (0 to 1), or "" when current is blank.',
    examples: [
      '=KR_PROGRESS(12%, 7%, 9%) → 0.6',
      '=KR_PROGRESS(10, 25, 17.5) → 0.5',
      '=KR_PROGRESS(0, 10, -5) → 0',
      '=KR_PROGRESS(100, 60, 50, "decrease", FALSE) → 1.25',
      '=KR_PROGRESS(F2:F, G2:G, H2:H, E2:E)',
    ],
    resultShape: { from: 'broadcast' },
    implementation: KR_PROGRESS,
  }),
  definePublicFunction({
    name: 'OKR_ROLLUP',
    kind: 'customFunction',
    summary: 'Weighted mean of progress values, optionally for each group (objective, team).',
    details: [
      'Blank progress rows are skipped. Blank weight = 1; weight 0 leaves the row out; a negative weight is invalid.',
      'With group_ids and groups: only rows whose group id equals the group (trimmed, any case). groups may be a range: one result per group, in its shape. A group with no rows gives "".',
    ],
    params: [
      { name: 'progress', type: NUMBER_OR_RANGE, description: 'Progress values (0 to 1).' },
      {
        name: 'weights',
        type: NUMBER_OR_RANGE,
        description: 'Weight of each row.',
        optional: true,
      },
      {
        name: 'group_ids',
        type: TEXT_OR_RANGE,
        description: 'Group of each row, e.g. the Objective ID column.',
        optional: true,
      },
      { name: 'groups', type: TEXT_OR_RANGE, description: 'Group(s) to roll up.', optional: true },
    ],
    returns: 'The weighted mean, one per group when groups is a range.',
    examples: [
      '=OKR_ROLLUP({1;0;0}, {100000;20000;1000}) → 0.8264…',
      "=OKR_ROLLUP('Key Results'!K2:K, 'Key Results'!J2:J, 'Key Results'!B2:B, \"O-1\")",
      "=OKR_ROLLUP('Key Results'!K2:K, 'Key Results'!J2:J, 'Key Results'!B2:B, A2:A)",
    ],
    resultShape: { from: 'argument', indexes: [3] },
    implementation: OKR_ROLLUP,
  }),
  definePublicFunction({
    name: 'OKR_CASCADE',
    kind: 'customFunction',
    summary:
      'Progress through the alignment tree: each parent is the weighted mean of its children.',
    details: [
      'ids lists every node (objectives and key results). A node with children gets the weighted mean of its children (its own progress is ignored); a leaf keeps its progress; a leaf with blank progress is skipped. Weights as in OKR_ROLLUP.',
      'A parent id not in ids makes the node a root. A cycle is invalid and the error names its ids.',
    ],
    params: [
      { name: 'ids', type: TEXT_OR_RANGE, description: 'Every node id.' },
      { name: 'parent_ids', type: TEXT_OR_RANGE, description: 'Parent id of each node.' },
      { name: 'progress', type: NUMBER_OR_RANGE, description: 'Progress of each leaf.' },
      {
        name: 'weights',
        type: NUMBER_OR_RANGE,
        description: 'Weight among siblings.',
        optional: true,
      },
      {
        name: 'output_ids',
        type: TEXT_OR_RANGE,
        description: 'Ids to return (default: ids), e.g. the Objectives ID column.',
        optional: true,
      },
    ],
    returns: 'One progress per output id.',
    examples: [
      '=OKR_CASCADE({"O";"KR1";"KR2";"O2";"KR3"}, {"";"O";"O";"O";"O2"}, {"";0.27;0.18;"";0.73}, , "O") → 0.3933…',
      '=OKR_CASCADE(A2:A, B2:B, C2:C, D2:D, Objectives!A2:A)',
    ],
    resultShape: { from: 'argument', indexes: [4, 0] },
    implementation: OKR_CASCADE,
  }),
  definePublicFunction({
    name: 'KR_EXPECTED',
    kind: 'customFunction',
    summary: 'Share of the period elapsed on as_of (0 to 1): where progress should be by now.',
    details: [
      'Calendar days: (as_of − start_date)/(end_date − start_date), clamped to 0–1. end_date must be after start_date.',
      'Working days, when holidays or weekend is given: dates count as whole days (rounded to the nearest day), and the result is the number of working days d with start_date ≤ d < as_of divided by those with start_date ≤ d < end_date. A working day is neither a weekend day nor a holiday. Only with no day off at all (weekend "0000000" and no holidays) does this equal the calendar ratio.',
      'as_of must be a date cell (Settings › As of): custom functions cannot use TODAY().',
      'A holidays cell may list several days as text (2026-12-25; 2027-01-01).',
      'The workbook follows one rule everywhere (Settings › Time elapsed, the sidebar, the reminders, the review and the close): calendar days while Settings › Holidays is blank (spaces count as blank), working days (Monday to Friday, without the listed days) once it holds anything. A listed holiday that is not a date makes Time elapsed an error, and then no view shows an expected progress or a status.',
      RANGES_RULE,
    ],
    params: [
      { name: 'start_date', type: DATE_OR_RANGE, description: 'First day of the period.' },
      { name: 'end_date', type: DATE_OR_RANGE, description: 'End of the period.' },
      { name: 'as_of', type: DATE_OR_RANGE, description: 'The date to measure at.' },
      {
        name: 'holidays',
        type: 'Array<Array<Date>>',
        description: 'Days off (a list, not per row); switches to working days.',
        optional: true,
      },
      {
        name: 'weekend',
        type: 'number|string',
        description:
          'NETWORKDAYS.INTL code: 1 Sat+Sun (default), 2–7 other pairs, 11–17 one day, or 7 characters of 0/1 from Monday (1 = day off).',
        optional: true,
      },
    ],
    returns: 'The expected progress, 0 to 1.',
    examples: [
      '=KR_EXPECTED(DATE(2026,1,1), DATE(2026,4,1), DATE(2026,2,15)) → 0.5',
      '=KR_EXPECTED(DATE(2026,1,5), DATE(2026,1,19), DATE(2026,1,12), , 1) → 0.5',
      '=KR_EXPECTED(Settings!C2, Settings!D2, Settings!E2, Settings!J2:J)',
    ],
    resultShape: { from: 'broadcast', indexes: [0, 1, 2, 4] },
    implementation: KR_EXPECTED,
  }),
  definePublicFunction({
    name: 'KR_STATUS',
    kind: 'customFunction',
    summary: 'Status label of a key result from its progress and expected progress.',
    details: [
      'Green when progress ≥ 1 or expected ≤ 0. Otherwise, ratio = progress/expected: ≥ green_at (default 0.7) green, ≥ yellow_at (default 0.4) yellow, else red. At the end of the period (expected = 1) these are the classic 0.7/0.4 bands.',
      'Labels: en On track / At risk / Off track; es En camino / En riesgo / Desviado. Blank progress gives "".',
      LANGUAGE_RULE,
      RANGES_RULE,
    ],
    params: [
      { name: 'progress', type: NUMBER_OR_RANGE, description: 'Progress, 0 to 1.' },
      { name: 'expected', type: NUMBER_OR_RANGE, description: 'Expected progress (KR_EXPECTED).' },
      {
        name: 'language',
        type: 'string',
        description:
          "en or es; any tag or name starting with es (es-AR, Español) is Spanish. Blank: the spreadsheet's locale.",
        optional: true,
      },
      { name: 'green_at', type: 'number', description: 'Ratio for green (0.7).', optional: true },
      { name: 'yellow_at', type: 'number', description: 'Ratio for yellow (0.4).', optional: true },
    ],
    returns: 'The status label.',
    examples: [
      '=KR_STATUS(0.35, 0.5, "en") → On track',
      '=KR_STATUS(0.3, 0.5, "es") → En riesgo',
      '=KR_STATUS(0.5, 1, "en") → At risk',
      '=KR_STATUS(K2:K, L2:L, Settings!B1)',
    ],
    resultShape: { from: 'broadcast' },
    implementation: KR_STATUS,
  }),
];
