// A tiny script project for the emulator's own tests: Apps Script code written the way the
// add-on's is (top-level functions over the global services), so these tests exercise the
// emulator without depending on features that are still being built.
import vm from 'node:vm';
import type { BundleSource } from '../../emulator/bundle';
import { createEmulator, type EmulatorOptions } from '../../emulator/index';

export function scriptProject(code: string): BundleSource[] {
  return [{ file: 'Fixture.js', script: new vm.Script(code, { filename: 'Fixture.js' }) }];
}

export function emulatorWith(code: string, options: EmulatorOptions = {}) {
  return createEmulator({ ...options, sources: scriptProject(code) });
}
