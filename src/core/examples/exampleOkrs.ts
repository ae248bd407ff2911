import type { Status } from '../formulas/status';
import type { Language } from '../i18n/language';

/**
 * The example OKRs: a company objective ("record growth") cascading into Marketing, Sales
 * and Customer service, as the OKR guides for commercial teams teach it. Texts are kept as
 * [English, Spanish] pairs so the bundle carries them once.
 */

type Pair = readonly [en: string, es: string];

export const pick = (pair: Pair, language: Language): string => pair[language === 'en' ? 0 : 1];

const TEAMS = {
  management: ['Management', 'Dirección'],
  marketing: ['Marketing', 'Marketing'],
  sales: ['Sales', 'Ventas'],
  service: ['Customer service', 'Atención al cliente'],
} as const satisfies Record<string, Pair>;

type Team = keyof typeof TEAMS;

export const teamName = (team: Team, language: Language) => pick(TEAMS[team], language);

/** name, email, team, manager's email, monthly 1:1 schedule with that manager. */
export const EXAMPLE_PEOPLE: readonly (readonly [string, string, Team, string, Pair])[] = [
  ['Laura Gómez', 'laura@example.com', 'management', '', ['', '']],
  [
    'Martín Ruiz',
    'martin@example.com',
    'marketing',
    'laura@example.com',
    ['first Tuesday', 'primer martes'],
  ],
  [
    'Sofía Díaz',
    'sofia@example.com',
    'sales',
    'laura@example.com',
    ['second Wednesday', 'segundo miércoles'],
  ],
  [
    'Diego Torres',
    'diego@example.com',
    'service',
    'laura@example.com',
    ['last Friday', 'último viernes'],
  ],
  [
    'Lucía Romero',
    'lucia@example.com',
    'marketing',
    'martin@example.com',
    ['first Thursday', 'primer jueves'],
  ],
  ['Ana Pérez', 'ana@example.com', 'sales', 'sofia@example.com', ['15', '15']],
];

/** id, level (0 company, 1 team), team, owner, parent id, objective. */
export const EXAMPLE_OBJECTIVES: readonly (readonly [string, 0 | 1, Team, string, string, Pair])[] =
  [
    [
      'O1',
      0,
      'management',
      'laura@example.com',
      '',
      [
        'Achieve record growth in business volume',
        'Alcanzar un crecimiento récord en el volumen de negocios',
      ],
    ],
    [
      'O2',
      1,
      'marketing',
      'martin@example.com',
      'O1',
      [
        'Turn our digital channels into a demand-generation machine',
        'Convertir los canales digitales en una máquina de generación de demanda',
      ],
    ],
    [
      'O3',
      1,
      'sales',
      'sofia@example.com',
      'O1',
      [
        'Turn every contact into a real opportunity through excellent service',
        'Transformar cada contacto en una oportunidad real mediante la excelencia',
      ],
    ],
    [
      'O4',
      1,
      'service',
      'diego@example.com',
      'O1',
      [
        'Keep our customers longer and make them buy again',
        'Mejorar la retención de clientes y lograr que vuelvan a comprar',
      ],
    ],
  ];

/**
 * id, objective id, owner, type index (0 increase, 1 decrease), start, target, unit, how
 * far along it is against the time elapsed (≥ 0.7 green, 0.4–0.7 yellow, below red),
 * key result.
 */
export const EXAMPLE_KEY_RESULTS: readonly (readonly [
  string,
  string,
  string,
  0 | 1,
  number,
  number,
  Pair,
  number,
  Pair,
])[] = [
  [
    'KR1.1',
    'O1',
    'laura@example.com',
    0,
    0,
    10_000_000,
    ['$', '$'],
    0.55,
    ['Reach annual revenue of 10,000,000', 'Lograr una facturación anual de 10.000.000'],
  ],
  [
    'KR1.2',
    'O1',
    'laura@example.com',
    0,
    1000,
    1200,
    ['customers', 'clientes'],
    1.05,
    [
      'Grow active customers by 20% (1,000 → 1,200)',
      'Expandir la cartera de clientes activos un 20% (de 1.000 a 1.200)',
    ],
  ],
  [
    'KR1.3',
    'O1',
    'sofia@example.com',
    0,
    800,
    1000,
    ['$', '$'],
    0.9,
    ['Raise the average ticket from 800 to 1,000', 'Elevar el ticket promedio de 800 a 1.000'],
  ],
  [
    'KR2.1',
    'O2',
    'martin@example.com',
    0,
    40,
    100,
    ['leads/month', 'leads/mes'],
    1.1,
    [
      'Generate 100 hot leads a month from new customers',
      'Generar 100 leads calientes al mes de clientes nuevos',
    ],
  ],
  [
    'KR2.2',
    'O2',
    'lucia@example.com',
    0,
    30,
    100,
    ['leads/month', 'leads/mes'],
    0.2,
    [
      'Generate 100 hot leads a month from current customers (remarketing)',
      'Generar 100 leads calientes al mes de clientes actuales (remarketing)',
    ],
  ],
  [
    'KR2.3',
    'O2',
    'lucia@example.com',
    1,
    25,
    15,
    ['$', '$'],
    0.5,
    ['Lower the cost per hot lead from 25 to 15', 'Bajar el costo por lead caliente de 25 a 15'],
  ],
  [
    'KR3.1',
    'O3',
    'ana@example.com',
    0,
    0.55,
    1,
    ['%', '%'],
    1,
    [
      'Answer 100% of hot leads within one hour',
      'Atender el 100% de los leads calientes en menos de una hora',
    ],
  ],
  [
    'KR3.2',
    'O3',
    'sofia@example.com',
    0,
    0.5,
    0.8,
    ['%', '%'],
    0.6,
    ['Reach an 80% close rate', 'Lograr una tasa de cierre del 80%'],
  ],
  [
    'KR3.3',
    'O3',
    'ana@example.com',
    1,
    30,
    20,
    ['days', 'días'],
    0.85,
    ['Cut the sales cycle from 30 to 20 days', 'Reducir el ciclo de venta de 30 a 20 días'],
  ],
  [
    'KR4.1',
    'O4',
    'diego@example.com',
    1,
    0.12,
    0.07,
    ['%', '%'],
    0.25,
    ['Reduce monthly churn from 12% to 7%', 'Reducir la tasa de bajas mensual del 12% al 7%'],
  ],
  [
    'KR4.2',
    'O4',
    'diego@example.com',
    0,
    400,
    500,
    ['purchases', 'compras'],
    0.5,
    [
      'Increase quarterly repurchases by 25% (400 → 500)',
      'Aumentar la recompra trimestral un 25% (de 400 a 500)',
    ],
  ],
  [
    'KR4.3',
    'O4',
    'diego@example.com',
    0,
    7.5,
    9,
    ['/10', '/10'],
    0.95,
    ['Reach an average satisfaction score of 9/10', 'Lograr una satisfacción promedio de 9/10'],
  ],
];

/** KPI, team, owner, current, healthy min, healthy max, related objective. */
export const EXAMPLE_KPIS: readonly (readonly [
  Pair,
  Team,
  string,
  number,
  number | '',
  number | '',
  string,
])[] = [
  [
    ['Monthly revenue', 'Facturación mensual'],
    'management',
    'laura@example.com',
    780_000,
    750_000,
    '',
    'O1',
  ],
  [
    ['Average first response time (hours)', 'Tiempo medio de primera respuesta (horas)'],
    'sales',
    'sofia@example.com',
    1.6,
    '',
    1,
    'O3',
  ],
  [
    ['Hot leads this month', 'Leads calientes del mes'],
    'marketing',
    'martin@example.com',
    142,
    120,
    '',
    'O2',
  ],
  [
    ['Net promoter score', 'Índice de recomendación (NPS)'],
    'service',
    'diego@example.com',
    41,
    30,
    '',
    'O4',
  ],
];

/** Check-in comments by how the KR is going (on track, at risk, off track). */
export const EXAMPLE_COMMENTS: Readonly<Record<Status, readonly Pair[]>> = {
  green: [
    ['Good pace: the new campaign is working.', 'Buen ritmo: la nueva campaña está funcionando.'],
    ['On plan; keeping the weekly review.', 'Según lo previsto; mantenemos la revisión semanal.'],
  ],
  yellow: [
    [
      'Slower than planned; we are adjusting the process.',
      'Más lento de lo previsto; estamos ajustando el proceso.',
    ],
    [
      'Need help from Sales to follow up faster.',
      'Necesitamos ayuda de Ventas para hacer seguimiento más rápido.',
    ],
  ],
  red: [
    [
      'Blocked: the remarketing list is not ready.',
      'Bloqueado: la lista de remarketing no está lista.',
    ],
    ['Off track; to discuss in the 1:1.', 'Desviado; lo hablamos en el 1:1.'],
  ],
};
