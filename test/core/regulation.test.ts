import { expect } from '@esm-bundle/chai';
import { GPC_CATEGORY, MODES, defaultValues, effectiveMode, gpcSignal } from '../../src/core/regulation.js';

const EU = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];
const OTHER_OPT_IN = ['IS', 'LI', 'NO', 'GB', 'CH'];
const OPT_OUT = ['US', 'BR', 'JP', 'IN', 'AU', 'CA', 'CN', 'ZA', 'TR', 'RU'];

describe('regulation', () => {
  describe('effectiveMode', () => {
    it('lists the three modes', () => {
      expect(MODES).to.deep.equal(['opt-in', 'opt-out', 'auto']);
    });

    it('has the 27 EU member states in the table', () => {
      expect(new Set(EU).size).to.equal(27);
    });

    for (const mode of ['opt-in', 'opt-out'] as const) {
      for (const country of [null, 'DE', 'US', 'GB', 'JP']) {
        it(`${mode} stays ${mode} for ${String(country)}`, () => {
          expect(effectiveMode(mode, country)).to.equal(mode);
        });
      }
    }

    for (const country of [...EU, ...OTHER_OPT_IN]) {
      it(`auto is opt-in for ${country}`, () => {
        expect(effectiveMode('auto', country)).to.equal('opt-in');
      });
    }

    it('auto is opt-in for an unknown country (null)', () => {
      expect(effectiveMode('auto', null)).to.equal('opt-in');
    });

    for (const country of OPT_OUT) {
      it(`auto is opt-out for ${country}`, () => {
        expect(effectiveMode('auto', country)).to.equal('opt-out');
      });
    }
  });

  describe('defaultValues', () => {
    const categories = ['analytics', 'marketing', 'social'];

    it('names marketing as the category GPC switches off', () => {
      expect(GPC_CATEGORY).to.equal('marketing');
    });

    const table: ['opt-in' | 'opt-out', boolean, Record<string, boolean>][] = [
      ['opt-out', false, { analytics: true, marketing: true, social: true }],
      ['opt-out', true, { analytics: true, marketing: false, social: true }],
      ['opt-in', false, { analytics: false, marketing: false, social: false }],
      ['opt-in', true, { analytics: false, marketing: false, social: false }],
    ];
    for (const [mode, gpc, expected] of table) {
      it(`${mode}${gpc ? ' with GPC' : ''}: ${JSON.stringify(expected)}`, () => {
        expect(defaultValues(categories, mode, gpc)).to.deep.equal(expected);
      });
    }

    it('keeps the given categories as keys, in order, and nothing else', () => {
      expect(Object.keys(defaultValues(['b', 'a', 'marketing'], 'opt-out', true))).to.deep.equal(['b', 'a', 'marketing']);
      expect(defaultValues([], 'opt-out', true)).to.deep.equal({});
    });

    it('with GPC and no marketing category, leaves opt-out categories on', () => {
      expect(defaultValues(['analytics'], 'opt-out', true)).to.deep.equal({ analytics: true });
    });
  });

  describe('gpcSignal', () => {
    const own = Object.getOwnPropertyDescriptor(navigator, 'globalPrivacyControl');

    afterEach(() => {
      if (own) Object.defineProperty(navigator, 'globalPrivacyControl', own);
      else delete (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl;
    });

    const table: [unknown, boolean][] = [
      [true, true],
      [false, false],
      [1, false],
      ['true', false],
      [null, false],
      [undefined, false],
      [{}, false],
    ];
    for (const [value, expected] of table) {
      it(`is ${String(expected)} when navigator.globalPrivacyControl is ${value === undefined ? 'undefined' : JSON.stringify(value)}`, () => {
        Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });
        expect(gpcSignal()).to.equal(expected);
      });
    }

    it('reads navigator.globalPrivacyControl through a getter too', () => {
      Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true, configurable: true });
      expect(gpcSignal()).to.equal(true);
    });

    it('restores cleanly between tests', () => {
      expect(Object.getOwnPropertyDescriptor(navigator, 'globalPrivacyControl')).to.deep.equal(own);
    });
  });
});
