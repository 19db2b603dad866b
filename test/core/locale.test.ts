import { expect } from '@esm-bundle/chai';
import { resolveCountry, resolveLanguage } from '../../src/core/locale.js';

describe('locale', () => {
  describe('resolveLanguage: the visitor\'s pick, lang attribute, <html lang>, browser languages, then en', () => {
    const all = {
      stored: { language: 'el', chosen: { language: true } },
      langAttribute: 'de',
      documentLanguage: 'fr',
      browserLanguages: ['es-ES', 'it'],
    };

    it('takes the visitor\'s stored pick first', () => {
      expect(resolveLanguage(all)).to.equal('el');
    });

    it('puts a stored language the visitor did not pick after every live source', () => {
      expect(resolveLanguage({ ...all, stored: { language: 'el' } })).to.equal('de');
      expect(resolveLanguage({ stored: { language: 'el' } })).to.equal('el');
    });

    it('then the lang attribute', () => {
      expect(resolveLanguage({ ...all, stored: null })).to.equal('de');
      expect(resolveLanguage({ ...all, stored: {} })).to.equal('de');
    });

    it('then <html lang>', () => {
      expect(resolveLanguage({ ...all, stored: undefined, langAttribute: undefined })).to.equal('fr');
    });

    it('then the first usable browser language', () => {
      expect(resolveLanguage({ browserLanguages: ['es-ES', 'it'] })).to.equal('es-ES');
      expect(resolveLanguage({ documentLanguage: '', browserLanguages: ['not a tag!', 'it'] })).to.equal('it');
    });

    it('then en', () => {
      expect(resolveLanguage({})).to.equal('en');
      expect(resolveLanguage({ browserLanguages: [] })).to.equal('en');
      expect(resolveLanguage({ documentLanguage: '!!', browserLanguages: ['??'] })).to.equal('en');
    });

    it('skips an empty or malformed <html lang> instead of using it', () => {
      expect(resolveLanguage({ documentLanguage: '', browserLanguages: ['pt-BR'] })).to.equal('pt-BR');
      expect(resolveLanguage({ documentLanguage: 'english please', browserLanguages: ['pt-BR'] })).to.equal('pt-BR');
    });

    it('gives canonical tags', () => {
      expect(resolveLanguage({ documentLanguage: 'PT-br' })).to.equal('pt-BR');
      expect(resolveLanguage({ browserLanguages: ['zh-hant-tw'] })).to.equal('zh-Hant-TW');
    });

    it('follows this browser\'s own languages when nothing else is given', () => {
      const [first] = navigator.languages;
      expect(first).to.be.a('string');
      expect(resolveLanguage({ browserLanguages: navigator.languages })).to.equal(Intl.getCanonicalLocales(first)[0]);
    });
  });

  describe('resolveCountry: stored, country attribute, region of a browser language, else null', () => {
    it('takes the visitor\'s stored pick first, even over the geolocated attribute', () => {
      expect(resolveCountry({ stored: { country: 'CY', chosen: { country: true } }, countryAttribute: 'DE', browserLanguages: ['fr-FR'] })).to.equal('CY');
      expect(resolveCountry({ stored: { chosen: { country: true } }, countryAttribute: 'DE' })).to.equal(null);
    });

    it('lets the attribute win over a stored country the visitor did not pick, which wins over the browser', () => {
      expect(resolveCountry({ stored: { country: 'CY' }, countryAttribute: 'DE', browserLanguages: ['fr-FR'] })).to.equal('DE');
      expect(resolveCountry({ stored: { country: 'CY' }, browserLanguages: ['fr-FR'] })).to.equal('CY');
    });

    it('then the country attribute', () => {
      expect(resolveCountry({ stored: { language: 'el' }, countryAttribute: 'DE', browserLanguages: ['fr-FR'] })).to.equal('DE');
      expect(resolveCountry({ stored: null, countryAttribute: 'DE', browserLanguages: ['fr-FR'] })).to.equal('DE');
    });

    it('then the region of the first browser language that names one', () => {
      expect(resolveCountry({ browserLanguages: ['de-AT', 'de-DE'] })).to.equal('AT');
      expect(resolveCountry({ browserLanguages: ['en', 'fr', 'fr-CA'] })).to.equal('CA');
      expect(resolveCountry({ browserLanguages: ['zh-Hant-TW'] })).to.equal('TW');
    });

    it('does not take a numeric region such as 419 (Latin America) for a country', () => {
      expect(resolveCountry({ browserLanguages: ['es-419'] })).to.equal(null);
      expect(resolveCountry({ browserLanguages: ['es-419', 'es-MX'] })).to.equal('MX');
    });

    it('is null when no source names a country', () => {
      expect(resolveCountry({})).to.equal(null);
      expect(resolveCountry({ browserLanguages: ['en', 'de'] })).to.equal(null);
      expect(resolveCountry({ browserLanguages: ['not a tag!'] })).to.equal(null);
    });

    it('ignores the page language: <html lang="de-AT"> does not say where the visitor is', () => {
      expect(resolveCountry({ documentLanguage: 'de-AT', langAttribute: 'de-CH' })).to.equal(null);
    });
  });
});
