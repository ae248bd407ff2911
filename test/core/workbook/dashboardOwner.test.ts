import { freeDashboardName, isAddonDashboard } from '../../../src/core/workbook/dashboard';
import { planWorkbook } from '../../../src/core/workbook/plan';

describe('whose sheet named Dashboard it is', () => {
  it('is the add-on’s only when recorded, or (nothing recorded) blank or titled by the add-on', () => {
    const sheet = (a1: unknown, empty = false) => ({ sheetId: 7, empty, a1 });
    expect(isAddonDashboard(sheet('Budget'), 7)).toBe(true);
    expect(isAddonDashboard(sheet('OKR dashboard'), 8)).toBe(false);
    expect(isAddonDashboard(sheet('', true), 8)).toBe(false);
    expect(isAddonDashboard(sheet('', true), null)).toBe(true);
    expect(isAddonDashboard(sheet('OKR dashboard'), null)).toBe(true);
    expect(isAddonDashboard(sheet('Tablero de OKRs'), null)).toBe(true);
    expect(isAddonDashboard(sheet('Budget'), null)).toBe(false);
    expect(isAddonDashboard(sheet(''), null)).toBe(false);
  });

  it('gives the add-on’s Dashboard a name no sheet uses', () => {
    expect(freeDashboardName('Dashboard', ['Sheet1'])).toBe('Dashboard');
    expect(freeDashboardName('Dashboard', ['dashboard'])).toBe('Dashboard (OKRs)');
    expect(freeDashboardName('Tablero', ['Tablero', 'Tablero (OKRs)'])).toBe('Tablero (OKRs 2)');
  });

  it('plans a new Dashboard beside a person’s own, and says which sheet was kept', () => {
    const plan = planWorkbook({
      tables: {},
      locale: 'en_US',
      today: new Date(2026, 10, 22),
      foreignDashboardName: 'Dashboard',
      sheetNames: ['Dashboard'],
    });
    expect(plan.dashboard).toEqual({
      name: 'Dashboard (OKRs)',
      create: true,
      keptSheet: 'Dashboard',
    });
  });
});
