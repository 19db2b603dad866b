import { expect } from '@esm-bundle/chai';
import {
  candidateDomains,
  candidatePaths,
  deleteMatchingCookies,
  matchesCookie,
  toCookieMatcher,
} from '../../src/core/cookie-cleanup.js';
import type * as Cleanup from '../../src/core/cookie-cleanup.js';
import { clearCookiesOnAllPaths, deepFrame, type DeepFrame } from '../support/deep-frame.js';
import { clearCookies } from '../support/helpers.js';


/** `name=value` pairs a document sees, sorted. */
function pairs(doc: Document): string[] {
  return doc.cookie.split('; ').filter(Boolean).sort();
}

describe('cookie-cleanup', () => {
  let deep: DeepFrame<typeof Cleanup> | undefined;

  afterEach(() => {
    if (deep) {
      clearCookiesOnAllPaths(deep.document);
      deep.frame.remove();
      deep = undefined;
    }
    clearCookies();
  });

  describe('toCookieMatcher', () => {
    it('turns "/^_ga_/i" into a case-insensitive RegExp', () => {
      const matcher = toCookieMatcher('/^_ga_/i');
      expect(matcher).to.be.instanceOf(RegExp);
      const regex = matcher as RegExp;
      expect(regex.source).to.equal('^_ga_');
      expect(regex.flags).to.equal('i');
      expect(regex.test('_GA_ABC')).to.equal(true);
      expect(regex.test('x_ga_')).to.equal(false);
    });

    it('keeps a plain name as an exact string', () => {
      expect(toCookieMatcher('_ga')).to.equal('_ga');
      expect(toCookieMatcher('^_ga')).to.equal('^_ga');
    });

    it('returns undefined for a pattern that does not compile', () => {
      expect(toCookieMatcher('/[/')).to.equal(undefined);
      expect(toCookieMatcher('/(/')).to.equal(undefined);
      expect(toCookieMatcher('/_ga/z')).to.equal(undefined);
    });

    it('drops the g and y flags, so testing the same name again gives the same answer', () => {
      for (const entry of ['/^_gid/g', '/^_gid/y', '/^_gid/gyi']) {
        const regex = toCookieMatcher(entry) as RegExp;
        expect(regex.flags, entry).not.to.match(/[gy]/);
        expect([1, 2, 3].map(() => regex.test('_gid_123')), entry).to.deep.equal([true, true, true]);
        expect([1, 2].map(() => matchesCookie('_gid', regex)), entry).to.deep.equal([true, true]);
      }
      expect((toCookieMatcher('/^_gid/gyi') as RegExp).flags).to.equal('i');
    });
  });

  describe('matchesCookie', () => {
    it('matches a string exactly and a RegExp by test', () => {
      expect(matchesCookie('_ga', '_ga')).to.equal(true);
      expect(matchesCookie('_ga_X', '_ga')).to.equal(false);
      expect(matchesCookie('_ga_X', /^_ga_/)).to.equal(true);
      expect(matchesCookie('my_ga_X', /^_ga_/)).to.equal(false);
    });
  });

  describe('candidateDomains', () => {
    it('lists the host and every parent domain, public suffixes included', () => {
      expect(candidateDomains('a.b.example.co.uk')).to.deep.equal([
        'a.b.example.co.uk',
        'b.example.co.uk',
        'example.co.uk',
        'co.uk',
        'uk',
      ]);
    });

    it('lists a single-label host as itself', () => {
      expect(candidateDomains('localhost')).to.deep.equal(['localhost']);
    });

    it('lists no domain for IP addresses or an empty host', () => {
      expect(candidateDomains('192.168.0.1')).to.deep.equal([]);
      expect(candidateDomains('127.0.0.1')).to.deep.equal([]);
      expect(candidateDomains('::1')).to.deep.equal([]);
      expect(candidateDomains('[2001:db8::1]')).to.deep.equal([]);
      expect(candidateDomains('')).to.deep.equal([]);
    });
  });

  describe('candidatePaths', () => {
    it('lists / and every prefix of /blog/post/, with and without the trailing slash', () => {
      const paths = candidatePaths('/blog/post/');
      expect(paths).to.include.members(['/', '/blog', '/blog/', '/blog/post', '/blog/post/']);
      expect(paths).to.have.length(new Set(paths).size);
    });

    it('lists only / for the root', () => {
      expect(candidatePaths('/')).to.deep.equal(['/']);
      expect(candidatePaths('')).to.deep.equal(['/']);
    });

    it('covers the directory of a page path such as /blog/post.html', () => {
      expect(candidatePaths('/blog/post.html')).to.include.members(['/', '/blog', '/blog/']);
    });
  });

  describe('deleteMatchingCookies', () => {
    it('deletes matching cookies on Path=/ and leaves the others (on this page, at /)', () => {
      document.cookie = '_ga=1; Path=/';
      document.cookie = '_gid_7=1; Path=/';
      document.cookie = 'theme=dark; Path=/';
      document.cookie = 'x_ga=1; Path=/';
      const deleted = deleteMatchingCookies(['_ga', /^_gid/], location);
      expect([...deleted].sort()).to.deep.equal(['_ga', '_gid_7']);
      expect(pairs(document)).to.deep.equal(['theme=dark', 'x_ga=1']);
    });

    it('deletes a matching cookie on Path=/ and one on the current path\'s directory, leaving non-matching ones', async () => {
      deep = await deepFrame<typeof Cleanup>('/src/core/cookie-cleanup.ts');
      const doc = deep.document;
      expect(deep.directory).not.to.equal('');
      doc.cookie = '_ga=root; Path=/';
      doc.cookie = '_ga_dir=here'; // no Path: lands on the directory of the frame's path
      doc.cookie = `_gid=dir; Path=${deep.directory}`;
      doc.cookie = `_gid_slash=dir; Path=${deep.directory}/`;
      doc.cookie = 'keep_root=1; Path=/';
      doc.cookie = `keep_dir=1; Path=${deep.directory}`;
      // Without Path it lands on the frame's directory: the frame sees it, the page at "/" does not.
      expect(pairs(doc)).to.include('_ga_dir=here');
      expect(document.cookie.includes('_ga_dir')).to.equal(false);
      expect(pairs(doc)).to.have.length(6);

      const deleted = deep.module.deleteMatchingCookies(['/^_ga/', '_gid', '_gid_slash'].map((entry) => deep!.module.toCookieMatcher(entry)!), deep.window.location);
      expect([...deleted].sort()).to.deep.equal(['_ga', '_ga_dir', '_gid', '_gid_slash']);
      expect(pairs(doc)).to.deep.equal(['keep_dir=1', 'keep_root=1']);
    });

    it('deletes both cookies when one name is set on two paths', async () => {
      deep = await deepFrame<typeof Cleanup>('/src/core/cookie-cleanup.ts');
      const doc = deep.document;
      doc.cookie = '_ga=root; Path=/';
      doc.cookie = `_ga=dir; Path=${deep.directory}`;
      expect(pairs(doc)).to.deep.equal(['_ga=dir', '_ga=root']);
      deep.module.deleteMatchingCookies(['_ga'], deep.window.location);
      expect(pairs(doc)).to.deep.equal([]);
    });

    it('deletes a cookie set with Domain= the host', () => {
      document.cookie = `_ga=1; Path=/; Domain=${location.hostname}`;
      expect(pairs(document)).to.deep.equal(['_ga=1']);
      deleteMatchingCookies(['_ga'], location);
      expect(pairs(document)).to.deep.equal([]);
    });

    it('deletes nothing without matchers', () => {
      document.cookie = '_ga=1; Path=/';
      expect(deleteMatchingCookies([], location)).to.deep.equal([]);
      expect(pairs(document)).to.deep.equal(['_ga=1']);
    });
  });
});
