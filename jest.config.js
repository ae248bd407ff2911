// One jest run, one project per test layer (docs/architecture.md, Tests). TypeScript is transformed
// by SWC (ts-jest does not follow TypeScript's newest majors; SWC strips types only,
// and `npm run typecheck` does the type checking).
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};

const layer = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  ...extra,
});

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    layer('core'),
    layer('formula'),
    layer('bundle'),
    layer('emulator'),
    // Browser tests share one Chromium per file and need more time than the rest.
    layer('browser', { slowTestThreshold: 20 }),
  ],
  testTimeout: 60000,
  // Two workers even on a 2-core machine (jest's default there is one): the browser files
  // spend most of their time waiting on Chromium and the playground's engine worker, so a
  // second worker runs the CPU-bound emulator files meanwhile.
  maxWorkers: 2,
};
